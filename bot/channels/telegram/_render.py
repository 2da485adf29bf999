"""Outgoing replies as Telegram messages: escaped HTML, inline keyboards, split to fit 4,096 characters."""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.conversation import Block, Outgoing, encode_button

__all__ = ["MAX_UTF16", "TelegramMessage", "merge", "render", "utf16_len"]

# Telegram counts a message's length in UTF-16 code units of the visible text (tags and escapes excluded).
MAX_UTF16 = 4096
# Room for what we add around a part (a title line, a "(1/2)").
_BUDGET = MAX_UTF16 - 96


@dataclass(frozen=True, slots=True)
class TelegramMessage:
    """One sendMessage: HTML text and rows of (label, callback_data) buttons."""

    html: str
    buttons: tuple[tuple[str, str], ...] = ()


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: emoji outside the BMP count twice."""
    return len(text.encode("utf-16-le")) // 2


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _split_plain(text: str, budget: int) -> list[str]:
    """Split plain text into parts of at most `budget`, at paragraph, line or word boundaries."""
    parts: list[str] = []
    rest = text
    while utf16_len(rest) > budget:
        window = rest[:budget]
        while utf16_len(window) > budget:  # surrogate pairs make the window too long
            window = window[:-1]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        if cut < budget // 2:
            cut = len(window)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return parts


def _block_lines(block: Block) -> list[tuple[str, str]]:
    """(plain, html) pairs, one per line; a title is bold; a long line or title is split."""
    lines: list[tuple[str, str]] = []
    # A title can hold what a student typed (the place of an experience), so it can be long as well.
    for part in _split_plain(block.title, _BUDGET) if block.title else ():
        lines.append((part, f"<b>{_escape(part)}</b>"))
    for line in block.lines:
        for part in _split_plain(line, _BUDGET):
            lines.append((part, _escape(part)))
    return lines


def _pack(pieces: list[list[tuple[str, str]]]) -> list[str]:
    """Pack groups of lines into messages; a group (a block) stays together when it fits."""
    messages: list[str] = []
    current: list[str] = []
    used = 0
    for group in pieces:
        size = sum(utf16_len(plain) + 1 for plain, _ in group) + 1
        if current and used + size > _BUDGET:
            messages.append("\n".join(current).strip())
            current, used = [], 0
        for plain, markup in group:
            length = utf16_len(plain) + 1
            if current and used + length > _BUDGET:
                messages.append("\n".join(current).strip())
                current, used = [], 0
            current.append(markup)
            used += length
        current.append("")
        used += 1
    if current and any(current):
        messages.append("\n".join(current).strip())
    return messages


def render(reply: Outgoing) -> list[TelegramMessage]:
    """The Telegram messages for one reply; buttons go on the last part."""
    groups: list[list[tuple[str, str]]] = []
    if reply.text:
        groups.append([(part, _escape(part)) for part in _split_plain(reply.text, _BUDGET)])
    groups.extend(_block_lines(block) for block in reply.blocks)
    texts = _pack(groups) or [""]
    buttons = tuple((button.label, encode_button(button.data)) for button in reply.buttons)
    return [
        TelegramMessage(html=text, buttons=buttons if index == len(texts) - 1 else ())
        for index, text in enumerate(texts)
        if text or buttons
    ]


def merge(replies: list[Outgoing]) -> list[Outgoing]:
    """Join a turn's short replies into one message: one notification, and buttons under the question.

    Overviews, errors and pop-up notes stay on their own; a reply with buttons ends a message.
    """
    merged: list[Outgoing] = []
    pending: list[Outgoing] = []

    def flush() -> None:
        if pending:
            last = pending[-1]
            text = "\n\n".join(r.text for r in pending if r.text)
            merged.append(Outgoing(text=text, buttons=last.buttons, kind=last.kind))
            pending.clear()

    for reply in replies:
        if reply.blocks or reply.attachments or reply.kind in ("overview", "error", "stale"):
            flush()
            merged.append(reply)
            continue
        pending.append(reply)
        if reply.buttons:
            flush()
    flush()
    return merged
