"""Telegram updates as conversation events."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, Update

from bot.channels.telegram._convert import incoming_of, who_of
from bot.conversation import Answer, Command, Menu, NonText, Pressed, Text

BOT = Bot("123:abc")
USER = {"id": 7, "is_bot": False, "first_name": "Sam", "language_code": "en-GB"}
CHAT = {"id": 7, "type": "private", "first_name": "Sam"}


def update(**fields: Any) -> Update:
    return Update.de_json({"update_id": 1, **fields}, BOT)


def message(**fields: Any) -> dict[str, Any]:
    return {"message_id": 5, "date": 1795000000, "chat": CHAT, "from": USER, **fields}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/reflecteren", Command("reflecteren")),
        ("/Dossier@loopbaan_bot", Command("dossier")),
        ("/taal en", Command("taal", "en")),
        ("Ik was trots", Text("Ik was trots")),
        ("/", Text("/")),
    ],
)
def test_text_and_commands(text: str, expected: object) -> None:
    assert incoming_of(update(message=message(text=text))) == expected


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"sticker": {"file_id": "s", "file_unique_id": "u", "type": "regular", "width": 1, "height": 1,
                      "is_animated": False, "is_video": False}}, "sticker"),
        ({"voice": {"file_id": "v", "file_unique_id": "u", "duration": 3}}, "voice"),
        ({"photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]}, "photo"),
        ({"location": {"latitude": 52.0, "longitude": 5.0}}, "location"),
        ({"document": {"file_id": "d", "file_unique_id": "u"}}, "document"),
        ({}, "other"),
    ],
)  # fmt: skip
def test_non_text_messages(fields: dict[str, Any], kind: str) -> None:
    assert incoming_of(update(message=message(**fields))) == NonText(kind)


def test_button_presses_and_forged_data() -> None:
    query = {"id": "q", "from": USER, "chat_instance": "c", "message": message(text="Vraag?")}
    assert incoming_of(update(callback_query={**query, "data": "a:3:4:1"})) == Pressed(Answer(3, 4, 1))
    assert incoming_of(update(callback_query={**query, "data": "m:dossier:"})) == Pressed(Menu("dossier"))
    assert incoming_of(update(callback_query={**query, "data": "a:x:1:2"})) is None
    assert incoming_of(update(callback_query={**query, "data": "' OR 1=1"})) is None


def test_edits_are_not_events_and_the_sender_is_known() -> None:
    edited = update(edited_message=message(text="andere tekst", edit_date=1795000100))
    assert incoming_of(edited) is None
    who = who_of(edited)
    assert who is not None
    assert (who.key.channel, who.key.external_id, who.display_name, who.language_hint) == (
        "telegram",
        "7",
        "Sam",
        "en-GB",
    )
