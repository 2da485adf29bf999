"""One bad update must not stop the bot, and a redelivered or forged one must not act twice."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from bot.channels.telegram import TelegramBot
from storage import SqliteStore, Store, StudentKey
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone, running

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


@pytest.mark.parametrize(
    ("fault", "repair"),
    [
        # A full disk: SQLite can grow the file by no more pages (SQLITE_FULL), until space returns.
        ("PRAGMA max_page_count = {pages}", "PRAGMA max_page_count = 1073741823"),
        # A read-only database (SQLITE_READONLY), until it is writable again.
        ("PRAGMA query_only = 1", "PRAGMA query_only = 0"),
    ],
    ids=["full-disk", "read-only"],
)
async def test_a_database_that_cannot_write_loses_the_turn_whole_and_recovers_by_itself(
    make_bot: Any, fake: FakeBotApi, sam: Phone, fault: str, repair: str, caplog: pytest.LogCaptureFixture
) -> None:
    app, telegram = make_bot()
    async with running(telegram):
        await sam.say("/reflecteren", "Waar wil je op terugkijken?")
        await sam.tap("Stage", "Waar was het?")
        store = app.store
        assert isinstance(store, SqliteStore)
        writer = store._conn
        assert writer is not None
        [[pages]] = await writer.execute_fetchall("PRAGMA page_count")
        await writer.execute(fault.format(pages=pages))
        with caplog.at_level(logging.ERROR):
            for answer in ("Bakkerij De Zoete Inval", "De bakkerij", "bakker"):
                # Long enough to need new pages, which the full disk does not have.
                await sam.say(f"{answer} {'lang verhaal ' * 1000}", "niet bewaard, alles van daarvoor wel")
        async with store.read() as view:
            student = await view.students.find(StudentKey("telegram", str(sam.chat_id)))
            assert student is not None
            assert [e.place for e in await view.dossier.experiences(student.id)] in ([], [None])
        handling = [r for r in caplog.records if "error handling update" in r.getMessage()]
        assert len(handling) == 1, "the log says it once, not for every turn"
        await writer.execute(repair)
        await sam.say("Bakkerij De Zoete Inval", "Wanneer was het?")  # the same question, now stored
    fake.assert_no_errors()
