"""The chat as the page shows it: transcript lines as messages, buttons only on the latest question."""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import Outgoing, encode_button
from storage import ChatLine

__all__ = ["ChatButton", "ChatMessage", "latest_buttons", "messages_of"]


@dataclass(frozen=True, slots=True)
class ChatButton:
    """A button of the latest question: its label and the data it posts."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message in the chat log."""

    line_id: int
    from_bot: bool
    paragraphs: tuple[str, ...]
    blocks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    buttons: tuple[ChatButton, ...] = ()
    files: tuple[str, ...] = ()
    progress: tuple[int, int] | None = None
    kind: str = "say"
    # The student's message the safety step took: not kept, so the chat says so instead of showing it.
    withheld: bool = False


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(part.strip("\n") for part in text.split("\n\n") if part.strip())


def _live(lines: list[ChatLine]) -> int:
    """The index of the line whose buttons count now: the last bot line with buttons after the student's
    last message (-1: none)."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.sender == "student":
            return -1
        if line.body.get("buttons"):
            return index
    return -1


def messages_of(lines: list[ChatLine], *, live_buttons: bool = True) -> list[ChatMessage]:
    """The lines as messages; only the latest question keeps its buttons (older ones are history)."""
    messages: list[ChatMessage] = []
    live = _live(lines) if live_buttons else -1
    for index, line in enumerate(lines):
        if line.sender == "student":
            withheld = bool(line.body.get("withheld"))
            text = "" if withheld else str(line.body.get("text", ""))
            messages.append(ChatMessage(line.id, False, _paragraphs(text), withheld=withheld))
            continue
        reply = Outgoing.from_json(line.body)
        show = index == live
        buttons = tuple(ChatButton(b.label, encode_button(b.data)) for b in reply.buttons) if show else ()
        messages.append(
            ChatMessage(
                line.id,
                True,
                _paragraphs(reply.text),
                tuple((block.title, block.lines) for block in reply.blocks),
                buttons,
                tuple(str(name) for name in line.body.get("files", [])),
                reply.progress,
                reply.kind,
            )
        )
    return messages


def latest_buttons(lines: list[ChatLine]) -> dict[str, str]:
    """The buttons the page offers now (data → label): only these may be pressed."""
    live = _live(lines)
    if live < 0:
        return {}
    reply = Outgoing.from_json(lines[live].body)
    return {encode_button(button.data): button.label for button in reply.buttons}
