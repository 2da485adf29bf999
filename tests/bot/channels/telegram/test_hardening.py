"""One bad update must not stop the bot, and a redelivered or forged one must not act twice."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from bot.channels.telegram import TelegramBot
from storage import Store, StudentKey
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone

MARKER = "PRIVE-zin-van-een-leerling"


def _poll_without_persistent_id(chat_id: int) -> str:
    """A poll in a message as a Bot API server before 9.6 sends it: python-telegram-bot 22.8 refuses it."""
    message = {
        "message_id": 9999,
        "date": 1795000000,
        "chat": {"id": chat_id, "type": "private", "first_name": "Pol"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Pol"},
        "poll": {
            "id": "1",
            "question": MARKER,
            "options": [{"text": MARKER, "voter_count": 0}],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
        },
    }
    return ',"message":' + json.dumps(message)


async def test_an_update_the_library_cannot_read_is_skipped_and_everyone_else_is_answered(
    bot: TelegramBot, fake: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    phones = [Phone(fake, 3000 + n) for n in range(10)]
    for phone in phones:
        fake.user(phone.chat_id, first_name=f"S{phone.chat_id}")
    with caplog.at_level(logging.INFO):
        poison = fake.send_raw_update(_poll_without_persistent_id(2999))
        for phone in phones:
            phone.send(f"/start {MARKER}")
        for phone in phones:
            await phone.expect("Wat wil je doen?", within=5)
    assert bot.reader.skipped == 1
    skipped = [r for r in caplog.records if "skipped an update" in r.getMessage()]
    assert len(skipped) == 1 and f"update_id={poison}" in skipped[0].getMessage()
    assert "message" in skipped[0].getMessage(), "its type is logged"
    assert all(MARKER not in r.getMessage() for r in caplog.records), "never its content"
    polls = [r for r in fake.sent if r.method == "getUpdates"]
    assert len(polls) < 100, "no tight loop of getUpdates on the same batch"


async def test_a_redelivered_update_is_acknowledged_and_dropped(
    bot: TelegramBot, fake: FakeBotApi, sam: Phone
) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    await sam.tap("Stage", "Waar was het?")
    answer = fake.send_text(sam.chat_id, "Bakkerij De Zoete Inval")
    await sam.expect("Wanneer was het?")
    before = len(sam.bot_messages())
    fake.redeliver(answer)  # the bot died before confirming it; Telegram sends it again
    await fake.wait_until_fetched()
    await asyncio.sleep(0.3)
    assert len(sam.bot_messages()) == before, "no second reply"
    await sam.say("gisteren", "klopt dat?")  # and the conversation is where it was
    store: Store = bot.app.store
    async with store.read() as view:
        student = await view.students.find(StudentKey("telegram", str(sam.chat_id)))
        assert student is not None
        [experience] = await view.dossier.experiences(student.id)
    assert experience.place == "Bakkerij De Zoete Inval", "stored once, in the right field"


async def test_a_press_on_a_button_the_bot_never_issued_does_nothing(
    bot: TelegramBot, fake: FakeBotApi, sam: Phone
) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    question = sam.keyboard_message()
    before = len(sam.bot_messages())
    for forged in ("m:verwijderen:ja", "a:99999999999999999999999:1:0", "a:1:²:0", "m:koppel:X|alles"):
        query = fake.press_forged(sam.chat_id, question.message_id, forged)
        answer = await fake.wait_for_answer(query)
        assert answer.text == "Die knop hoort bij een eerdere vraag."
    await asyncio.sleep(0.2)
    assert len(sam.bot_messages()) == before
    await sam.tap("Stage", "Waar was het?")
    fake.assert_no_errors()
