"""The getUpdates offset confirms an update to Telegram only once the bot has handled it."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.telegram import TelegramBot, UpdateLedger
from bot.runner import serving
from tests.fakes.bot_api import FakeBotApi

from .conftest import NO_LIMITS, Phone, running
from .test_running import _free_port


def _hold_writer(db: Path) -> sqlite3.Connection:
    """Take the database's write lock, as another program would (in a thread: the bot may be mid-write)."""
    holder = sqlite3.connect(db, isolation_level=None, timeout=30, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_the_offset_stays_at_the_oldest_update_still_being_handled() -> None:
    ledger = UpdateLedger()
    assert ledger.offset(None) is None, "nothing fetched yet: what python-telegram-bot asks for"
    for update_id in (10, 11, 12):
        ledger.fetched(update_id)
    assert ledger.offset(13) == 10
    ledger.finished(11)
    assert ledger.offset(13) == 10, "11 is done, 10 is not: Telegram must not forget 10"
    assert ledger.seen(11) and ledger.seen(10), "both come again with every poll, and are left out"
    ledger.finished(10)
    assert ledger.offset(13) == 12
    ledger.confirmed(12)
    assert not ledger.seen(11), "confirmed: Telegram will not send it again"
    ledger.finished(12)
    assert ledger.offset(None) == 13 and ledger.open == 0
    assert ledger.seen(12), "a poll sent before 12 was done may still bring it: left out then"
    ledger.confirmed(13)
    assert not ledger.seen(12)


def test_an_update_stuck_for_a_minute_no_longer_holds_the_others(caplog: pytest.LogCaptureFixture) -> None:
    ledger = UpdateLedger(stuck_after=0.0)
    ledger.fetched(20)
    ledger.fetched(21)
    assert ledger.offset(22) == 22
    assert ledger.offset(22) == 22
    stuck = [r for r in caplog.records if "still being handled" in r.getMessage()]
    assert len(stuck) == 2, "each stuck update is logged once"


async def test_a_poll_that_brings_only_updates_in_hand_waits_for_progress() -> None:
    ledger = UpdateLedger()
    ledger.fetched(30)
    waiting = asyncio.create_task(ledger.progress(5.0))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    ledger.finished(30)
    await asyncio.wait_for(waiting, 1.0)


async def test_a_poll_waits_while_many_fetched_updates_are_still_to_be_handled() -> None:
    ledger = UpdateLedger()
    for update_id in range(40, 44):
        ledger.fetched(update_id)
    await asyncio.wait_for(ledger.room(5, 5.0), 0.1)  # 4 in hand: room for more at once
    ledger.fetched(44)
    waiting = asyncio.create_task(ledger.room(5, 5.0))
    await asyncio.sleep(0.01)
    assert not waiting.done(), "5 in hand: the next poll would bring all 5 again"
    ledger.finished(40)
    await asyncio.wait_for(waiting, 1.0)
    await asyncio.wait_for(ledger.room(1, 0.05), 1.0)  # bounded: it polls anyway after `within`


async def test_a_busy_bot_does_not_fetch_the_updates_in_hand_again_with_every_poll(
    make_bot: Callable[..., Any], fake: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, telegram = make_bot()
    handle = app.conversations.handle

    async def slow(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.01)  # a busy moment: updates wait their turn
        return await handle(*args, **kwargs)

    monkeypatch.setattr(app.conversations, "handle", slow)
    students = range(3000, 3150)
    for chat_id in students:
        fake.user(chat_id, first_name="Kim", language_code="nl")
    async with running(telegram):
        for chat_id in students:  # all at once: most wait their turn
            fake.send_command(chat_id, "help")
        answered = lambda: all(any(m.from_bot for m in fake.messages(c)) for c in students)  # noqa: E731
        await fake.wait_for(answered, timeout=30)
    assert len(fake.delivered) < 2 * len(students), "each update fetched about once, not with every poll"
    fake.assert_no_errors()


async def test_an_update_waiting_for_the_database_is_not_confirmed_until_it_is_stored(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone, db: Path
) -> None:
    _, telegram = make_bot()
    async with running(telegram):
        await sam.say("/reflecteren", "Waar wil je op terugkijken?")
        # Another program holds the write lock (a backup, a command): the turn waits for the database.
        holder = await asyncio.to_thread(_hold_writer, db)
        try:
            polls = fake.call_counts["getUpdates"]
            answer = fake.send_text(sam.chat_id, "stage")
            await fake.wait_for(lambda: any(u == answer for u, _ in fake.delivered))
            await asyncio.sleep(1.0)
            assert fake.pending_updates == 1, "fetched, but Telegram still has it: a crash now loses nothing"
            assert fake.call_counts["getUpdates"] - polls < 15, "no tight loop on the update in hand"
        finally:
            holder.rollback()
            holder.close()
        await sam.expect("Waar was het?")
        await fake.wait_until_fetched()
    answers = [m for m in sam.bot_messages() if "Waar was het?" in (m.text or "")]
    assert len(answers) == 1, "handled once, though Telegram sent it with every poll meanwhile"
    fake.assert_no_errors()


async def test_the_webhook_answers_telegram_only_once_the_update_is_handled(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone, db: Path
) -> None:
    port = _free_port()
    app, _ = make_bot(
        telegram_webhook_url="https://school.example/hook/abc",
        telegram_webhook_secret="geheim_123",
        telegram_webhook_listen="127.0.0.1",
        telegram_webhook_port=port,
    )
    fake.send_text(sam.chat_id, "hoi")  # the fake only lets the bot write to chats it has seen
    update = {
        "update_id": 515151,
        "message": {
            "message_id": 77, "date": 1795000000, "text": "/start",
            "chat": {"id": sam.chat_id, "type": "private", "first_name": "Sam"},
            "from": {"id": sam.chat_id, "is_bot": False, "first_name": "Sam", "language_code": "nl"},
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }  # fmt: skip
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "geheim_123"}
    telegram = TelegramBot(app, webhook=True, limits=NO_LIMITS)
    async with serving(app, [telegram]), httpx.AsyncClient(timeout=30) as client:
        holder = await asyncio.to_thread(_hold_writer, db)  # the turn waits for the database
        try:
            post = asyncio.create_task(
                client.post(f"http://127.0.0.1:{port}/hook/abc", content=json.dumps(update), headers=headers)
            )
            await asyncio.sleep(1.0)
            assert not post.done(), "not yet handled: Telegram must not be told it may forget the update"
        finally:
            holder.rollback()
            holder.close()
        assert (await post).status_code == 200
        await sam.expect("Hoi Sam!")
