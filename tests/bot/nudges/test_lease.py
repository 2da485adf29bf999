"""One sender of follow-ups per database, for every kind of database."""

from __future__ import annotations

from bot.nudges import SenderLease
from storage import MemoryStore, Store


async def test_only_one_process_holds_the_sender_lease(store: Store) -> None:
    bot, cli = SenderLease.for_store(store), SenderLease.for_store(store)
    assert await bot.acquire()
    try:
        if isinstance(store, MemoryStore):
            assert await cli.acquire(), "an in-memory store has one process anyway"
            return
        assert not await cli.acquire(), "the command line must not send next to the running bot"
        assert bot.held and not cli.held
    finally:
        await bot.release()
        await cli.release()
    assert await cli.acquire(), "once the bot let go, someone else may send"
    await cli.release()
