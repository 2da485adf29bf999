"""The getUpdates offset confirms an update to Telegram only once the bot has handled it."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.channels.telegram import UpdateLedger
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone, running


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


async def test_an_update_waiting_for_the_database_is_not_confirmed_until_it_is_stored(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone, db: Path
) -> None:
    _, telegram = make_bot()
    async with running(telegram):
        await sam.say("/reflecteren", "Waar wil je op terugkijken?")
        # Another program holds the write lock (a backup, a command): the turn waits for the database.
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
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
