"""What a channel hands to the conversation service, and what it gets back to show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from storage import StudentKey

__all__ = [
    "Answer",
    "Attachment",
    "Block",
    "Button",
    "ButtonData",
    "Command",
    "Incoming",
    "Menu",
    "NonText",
    "Outgoing",
    "Pressed",
    "Receipt",
    "Text",
    "Who",
    "clean_text",
    "cleaned_input",
    "cleaned_who",
    "decode_button",
    "encode_button",
    "small_id",
]

_SURROGATE = re.compile("[\ud800-\udfff]")
# Ids the bot hands out fit in 18 decimal digits (SQLite's and PostgreSQL's 64-bit integers).
_MAX_ID_DIGITS = 18


def small_id(text: str) -> int | None:
    """An id typed or sent back by a client: ASCII digits only (not "²" or "٣"), at most 18 of them."""
    if not text or len(text) > _MAX_ID_DIGITS or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def clean_text(text: str) -> str:
    """Text as it may be stored and shown: lone surrogates (invalid UTF-8) and NUL characters replaced."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


@dataclass(frozen=True, slots=True)
class Who:
    """The sender of an update, as the channel knows them."""

    key: StudentKey
    display_name: str = ""
    language_hint: str | None = None


@dataclass(frozen=True, slots=True)
class Receipt:
    """Which delivered update this is (its source and id): one that was handled before is dropped."""

    source: str
    update_id: int


# ---- what the student did ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Answer:
    """A press on option `index` of question `seq` in conversation `session_id`."""

    session_id: int
    seq: int
    index: int


@dataclass(frozen=True, slots=True)
class Menu:
    """A press on a menu button, e.g. "reflecteren"."""

    action: str
    arg: str = ""


ButtonData = Answer | Menu


@dataclass(frozen=True, slots=True)
class Text:
    """Typed text."""

    text: str


@dataclass(frozen=True, slots=True)
class Pressed:
    """A button press."""

    data: ButtonData


@dataclass(frozen=True, slots=True)
class Command:
    """A /command, lower-cased, without the slash and without a @botname suffix."""

    name: str
    arg: str = ""


@dataclass(frozen=True, slots=True)
class NonText:
    """Something the bot cannot read: a sticker, photo, voice message, location, document, ..."""

    kind: str


Incoming = Text | Pressed | Command | NonText

# ---- what the bot shows ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Button:
    """A choice the student can press (or type)."""

    label: str
    data: ButtonData


@dataclass(frozen=True, slots=True)
class Block:
    """A titled group of lines, for longer overviews (dossier, steps); channels format the title."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to hand over with a message (an export, a printable summary)."""

    filename: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message: plain text (never markup) or blocks, plus buttons."""

    text: str = ""
    buttons: tuple[Button, ...] = ()
    blocks: tuple[Block, ...] = ()
    # "stale": a note about a button that no longer counts (Telegram shows it as a short pop-up).
    kind: Literal["say", "question", "notice", "overview", "error", "stale"] = "say"
    attachments: tuple[Attachment, ...] = ()
    # Everything about this person was just deleted: a channel drops what it keeps of them (files).
    erased: bool = False
    # Where a question is in its conversation: (question n, of about m), for a progress line.
    progress: tuple[int, int] | None = None
    # Which question this is: (conversation id, question number); a channel that keeps a transcript
    # can tell whether it shows the question the conversation is at now.
    asks: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        """What a channel keeps to show the message again (files by name only; their bytes are not kept)."""
        data: dict[str, Any] = {"kind": self.kind}
        if self.text:
            data["text"] = self.text
        if self.buttons:
            data["buttons"] = [[button.label, encode_button(button.data)] for button in self.buttons]
        if self.blocks:
            data["blocks"] = [[block.title, list(block.lines)] for block in self.blocks]
        if self.attachments:
            data["files"] = [file.filename for file in self.attachments]
        if self.progress is not None:
            data["progress"] = list(self.progress)
        if self.asks is not None:
            data["asks"] = list(self.asks)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outgoing:
        """The message kept by `to_json` (without its files); unreadable parts are left out."""
        buttons = tuple(
            Button(str(label), decoded)
            for label, raw in data.get("buttons", [])
            if (decoded := decode_button(str(raw))) is not None
        )
        blocks = tuple(
            Block(str(title), tuple(str(line) for line in lines)) for title, lines in data.get("blocks", [])
        )
        progress = data.get("progress")
        asks = data.get("asks")
        kind = data.get("kind", "say")
        return cls(
            text=str(data.get("text", "")),
            buttons=buttons,
            blocks=blocks,
            kind=kind if kind in _KINDS else "say",
            progress=(int(progress[0]), int(progress[1])) if progress else None,
            asks=(int(asks[0]), int(asks[1])) if asks else None,
        )


_KINDS = frozenset({"say", "question", "notice", "overview", "error", "stale"})


def encode_button(data: ButtonData) -> str:
    """A compact ASCII form, well within Telegram's 64-byte callback_data."""
    if isinstance(data, Answer):
        return f"a:{data.session_id}:{data.seq}:{data.index}"
    return f"m:{data.action}:{data.arg}"[:64]


def decode_button(raw: str) -> ButtonData | None:
    """The inverse of encode_button; None for anything malformed (old or forged buttons)."""
    # A menu's argument may itself contain ":" ("ervaring:12"), so split it off at most twice.
    if len(raw) > 64:  # Telegram's limit: nothing longer was ever issued
        return None
    parts = raw.split(":", 2) if raw.startswith("m:") else raw.split(":")
    if parts[0] == "a" and len(parts) == 4:
        numbers = [small_id(part) for part in parts[1:]]
        if any(n is None for n in numbers):
            return None
        session, seq, index = (n for n in numbers if n is not None)
        return Answer(session, seq, index)
    if parts[0] == "m" and len(parts) == 3 and parts[1]:
        return Menu(parts[1], parts[2])
    return None


# Longer than any name a channel gives; a display name is shown in a mentor's overview.
_NAME_LIMIT = 64


def cleaned_who(who: Who) -> Who:
    """A sender whose name can be stored and shown (no invalid Unicode, not endless)."""
    name = clean_text(who.display_name)[:_NAME_LIMIT]
    return who if name == who.display_name else Who(who.key, name, who.language_hint)


def cleaned_input(incoming: Incoming) -> Incoming:
    """Input validated at the edge: text without invalid Unicode, before it is stored or rendered."""
    if isinstance(incoming, Text):
        text = clean_text(incoming.text)
        return incoming if text == incoming.text else Text(text)
    if isinstance(incoming, Command):
        name, arg = clean_text(incoming.name), clean_text(incoming.arg)
        return incoming if (name, arg) == (incoming.name, incoming.arg) else Command(name, arg)
    return incoming
