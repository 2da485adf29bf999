"""A redelivered update is recognised whether this process handled it or the one before it did."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.conversation import Receipt
from bot.conversation._receipts import HandledUpdates
from storage import SqliteStore

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
BOT = "telegram:1"


async def _noted(store: SqliteStore, *update_ids: int) -> None:
    async with store.transaction() as tx:
        for update_id in update_ids:
            await tx.receipts.record(BOT, update_id, now=NOW)


async def test_an_update_handled_before_a_restart_is_known_and_a_new_one_is_new(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "bot.sqlite3")
    await store.open()
    try:
        await _noted(store, 100, 101, 102)  # handled by the process before this one
        handled = HandledUpdates()
        async with store.read() as view:
            assert await handled.seen(view, Receipt(BOT, 101)), "sent again after the restart: dropped"
            assert not await handled.seen(view, Receipt(BOT, 103))
            assert not await handled.seen(view, Receipt("telegram:2", 101)), "another bot's ids"
        await _noted(store, 103)
        handled.handled(Receipt(BOT, 103))
        async with store.read() as view:
            assert await handled.seen(view, Receipt(BOT, 103)), "sent again while running (a webhook's retry)"
            assert not await handled.seen(view, Receipt(BOT, 7)), "ids that start low again are asked about"
    finally:
        await store.close()


async def test_what_it_let_go_of_is_asked_about_again(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "bot.sqlite3")
    await store.open()
    try:
        handled = HandledUpdates(keep=2)
        async with store.read() as view:
            assert not await handled.seen(view, Receipt(BOT, 1)), "a new database: nothing handled"
        for update_id in (1, 2, 4, 5):
            await _noted(store, update_id)
            handled.handled(Receipt(BOT, update_id))
        async with store.read() as view:
            assert await handled.seen(view, Receipt(BOT, 1)), "forgotten here, found in the database"
            assert await handled.seen(view, Receipt(BOT, 2))
            assert not await handled.seen(view, Receipt(BOT, 3)), "never handled, below the ones let go"
            assert await handled.seen(view, Receipt(BOT, 5))
            assert not await handled.seen(view, Receipt(BOT, 6))
    finally:
        await store.close()
