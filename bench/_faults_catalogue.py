"""What students can send that is not a plain answer: the bad-inputs catalogue of the fault bench.

Each input says what should happen: "reply" (a message in the student's chat, or for a button press the
pop-up that answers it) or "ignored" (nothing at all: edited messages, which the bot does not even ask
Telegram for, and messages in a group chat, where a reply would be read by the whole group).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from tests.fakes.bot_api import FakeBotApi, FakeMessage

__all__ = ["CATALOGUE", "BadInput", "Target"]

HUGE = "99999999999999999999999"


@dataclass
class Target:
    """The student an input is sent by, and what it may refer to."""

    fake: FakeBotApi
    chat_id: int
    name: str
    serial: int = 0

    def message_id(self) -> int:
        # Raw messages get ids far above the fake's own sequence, so they never collide.
        self.serial += 1
        return 9_000_000 + self.serial

    def keyboard(self) -> FakeMessage | None:
        """The bot's latest message with buttons in this chat."""
        with_buttons = [m for m in self.fake.messages(self.chat_id) if m.callback_data()]
        return with_buttons[-1] if with_buttons else None

    def latest(self) -> FakeMessage | None:
        """The bot's latest message in this chat."""
        messages = self.fake.messages(self.chat_id)
        return messages[-1] if messages else None


Action = Callable[[Target], str | int | None]


@dataclass(frozen=True)
class BadInput:
    """One kind of input: its name, what should happen, and how a student sends it (returns a press id)."""

    name: str
    expect: Literal["reply", "ignored"]
    send: Action


def _user(target: Target, **extra: Any) -> dict[str, Any]:
    return {"id": target.chat_id, "is_bot": False, "first_name": target.name, "language_code": "nl", **extra}


def _raw(target: Target, *, chat: dict[str, Any] | None = None, sender: dict[str, Any] | None = None,
         **fields: Any) -> None:  # fmt: skip
    """A message update exactly as given; ASCII JSON, so lone surrogates travel as \\ud800 escapes."""
    message = {
        "message_id": target.message_id(),
        "date": 1_795_000_000,
        "chat": chat or {"id": target.chat_id, "type": "private", "first_name": target.name},
        "from": sender or _user(target),
        **fields,
    }
    target.fake.send_raw_update(',"message":' + json.dumps(message, ensure_ascii=True))


def _text(text: str) -> Action:
    return lambda t: t.fake.send_text(t.chat_id, text)


def _raw_text(text: str, **fields: Any) -> Action:
    return lambda t: _raw(t, text=text, **fields)


def _command(line: str) -> Action:
    def send(target: Target) -> int:
        head = line.split(" ", 1)[0]
        entity = {"offset": 0, "length": len(head), "type": "bot_command"}
        return target.fake.send_text(target.chat_id, line, entities=[entity])

    return send


def _press(data: str) -> Callable[[Target], str | None]:
    def send(target: Target) -> str | None:
        message = target.keyboard() or target.latest()
        if message is not None and data in message.callback_data():
            # The bot really offers this button now (after a forwarded /verwijderen): not a forgery.
            message = next(
                (m for m in target.fake.messages(target.chat_id) if data not in m.callback_data()), None
            )
        if message is None:
            return None
        return target.fake.press_forged(target.chat_id, message.message_id, data)

    return send


def _press_old(target: Target) -> str | None:
    """A button that was real once, on an older message (its keyboard since replaced)."""
    for message in reversed(target.fake.messages(target.chat_id)):
        for markup in reversed(message.markup_history):
            for row in (markup or {}).get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data")
                    if data and message.reply_markup != markup:
                        return target.fake.press_forged(target.chat_id, message.message_id, data)
    return _press("a:1:1:1")(target)


def _edit(target: Target) -> int | None:
    mine = [m for m in target.fake.chat_log(target.chat_id) if not m.from_bot and m.kind == "text"]
    if not mine:
        return None
    return target.fake.edit_text(target.chat_id, mine[-1].message_id, "toch iets anders, bewerkt")


def _group(text: str) -> Action:
    group = {"id": -1_001_234_567_890, "type": "supergroup", "title": "Klas 3B"}
    return lambda t: _raw(t, chat=group, text=text)


_POLL = {
    "id": "5", "question": "Welke stage?", "total_voter_count": 0, "is_closed": False, "is_anonymous": True,
    "type": "regular", "allows_multiple_answers": False, "allows_revoting": False, "members_only": False,
    "options": [{"text": "bakker", "voter_count": 0, "persistent_id": "0"},
                {"text": "kapper", "voter_count": 0, "persistent_id": "1"}],
}  # fmt: skip
_FILE = {"file_id": "AgACAgQAAxkBAAIB", "file_unique_id": "AQADAgAD"}
_FORWARDED = {
    "type": "user",
    "date": 1_794_000_000,
    "sender_user": {"id": 4242, "is_bot": False, "first_name": "X"},
}

CATALOGUE: tuple[BadInput, ...] = (
    BadInput("sticker", "reply", lambda t: t.fake.send_sticker(t.chat_id)),
    BadInput("photo", "reply", lambda t: t.fake.send_photo(t.chat_id)),
    BadInput(
        "photo with markup caption", "reply", lambda t: t.fake.send_photo(t.chat_id, "<b>kijk</b> & < >")
    ),
    BadInput("voice", "reply", lambda t: t.fake.send_voice(t.chat_id)),
    BadInput("location", "reply", lambda t: t.fake.send_location(t.chat_id)),
    BadInput("document", "reply", lambda t: t.fake.send_document(t.chat_id)),
    BadInput("poll", "reply", lambda t: _raw(t, poll=_POLL)),
    BadInput(
        "contact", "reply", lambda t: _raw(t, contact={"phone_number": "+31612345678", "first_name": "Ma"})
    ),
    BadInput("dice", "reply", lambda t: _raw(t, dice={"emoji": "🎲", "value": 6})),
    BadInput(
        "venue",
        "reply",
        lambda t: _raw(
            t,
            venue={
                "location": {"latitude": 52.1, "longitude": 5.1},
                "title": "Bakkerij",
                "address": "Dorpsstraat 1",
            },
        ),
    ),
    BadInput("video note", "reply", lambda t: _raw(t, video_note={**_FILE, "length": 240, "duration": 3})),
    BadInput(
        "animation",
        "reply",
        lambda t: _raw(t, animation={**_FILE, "width": 1, "height": 1, "duration": 1}, document={**_FILE}),
    ),
    BadInput("5,000 characters", "reply", _raw_text("Ik vond het leuk omdat " + "heel erg " * 553)),
    BadInput("5,000 characters without spaces", "reply", _raw_text("x" * 5000)),
    BadInput(
        "markup", "reply", _text("<b>vet</b> & <i>schuin</i> < > &amp; &lt;script&gt; *ster* _lijn_ `c`")
    ),
    BadInput("a lone < and &", "reply", _text("<")),
    BadInput("emoji", "reply", _text("🎉🔥👍🏽👨‍👩‍👧 🇳🇱")),
    BadInput("right to left", "reply", _text("مرحبا שלום \u202ebakker\u202c")),
    BadInput("lone surrogates", "reply", _raw_text("stage \ud800 bij de \udfff bakker")),
    BadInput("NUL", "reply", _raw_text("bak\x00ker")),
    BadInput("zero-width only", "reply", _raw_text("\u200b\u200c\u200d\ufeff")),
    BadInput("combining marks", "reply", _text("e\u0301" * 1500)),
    BadInput("newlines only", "reply", _raw_text("\n\n\n")),
    BadInput("/stap huge", "reply", _command(f"/stap {HUGE}")),
    BadInput("/stap ²", "reply", _command("/stap ²")),
    BadInput("/stap -1", "reply", _command("/stap -1")),
    BadInput("/netwerk ²", "reply", _command("/netwerk ²")),
    BadInput("/netwerk huge", "reply", _command(f"/netwerk {HUGE}")),
    BadInput("/koppel ²", "reply", _command("/koppel ²")),
    BadInput("/mentor huge", "reply", _command(f"/mentor {HUGE}")),
    BadInput("unknown command", "reply", _command("/onbekend")),
    BadInput("empty command /", "reply", _raw_text("/")),
    BadInput("long command", "reply", _command("/" + "a" * 70)),
    BadInput("command for another bot", "reply", _command("/help@andere_bot")),
    BadInput("/start with a long payload", "reply", _command("/start " + "A" * 64)),
    BadInput(
        "forwarded /verwijderen ja",
        "reply",
        _raw_text(
            "/verwijderen ja",
            forward_origin=_FORWARDED,
            entities=[{"offset": 0, "length": 12, "type": "bot_command"}],
        ),
    ),
    BadInput(
        "entities out of range",
        "reply",
        _raw_text("hallo", entities=[{"offset": 40, "length": 900, "type": "bold"}]),
    ),
    BadInput(
        "reply to an old message",
        "reply",
        _raw_text(
            "dit bedoel ik",
            reply_to_message={"message_id": 1, "date": 1_794_000_000, "chat": {"id": 1, "type": "private"}},
        ),
    ),
    BadInput(
        "odd name and language",
        "reply",
        lambda t: _raw(
            t,
            text="hoi",
            sender=_user(t, first_name="\u202e\x00\ud800" + "N" * 300, language_code="xx-YYYY-zzzz"),
        ),
    ),
    BadInput("/dossier after all this", "reply", _command("/dossier")),
    BadInput("/mijngegevens after all this", "reply", _command("/mijngegevens")),
    BadInput("/stappen", "reply", _command("/stappen")),
    BadInput("/netwerk", "reply", _command("/netwerk")),
    BadInput("/help", "reply", _command("/help")),
    BadInput("forged press", "reply", _press("m:verwijderen:ja")),
    BadInput("forged huge press", "reply", _press(f"a:{HUGE}:1:0")),
    BadInput("forged ² press", "reply", _press("a:1:²:0")),
    BadInput("forged 200-byte press", "reply", _press("m:" + "x" * 198)),
    BadInput("empty press", "reply", _press("")),
    BadInput("old button", "reply", _press_old),
    BadInput("edited message", "ignored", _edit),
    BadInput("group message", "ignored", _group("hoi allemaal")),
    BadInput("group /verwijderen", "ignored", _group("/verwijderen")),
)
