"""Who sends follow-ups: one process for SQLite (a lease), every instance for PostgreSQL (claims)."""

from __future__ import annotations

from bot.nudges import SenderLease
from storage import MemoryStore, PostgresStore, Store


async def test_only_one_process_holds_the_sender_lease_of_a_sqlite_file(store: Store) -> None:
    bot, cli = SenderLease.for_store(store), SenderLease.for_store(store)
    assert await bot.acquire()
    try:
        if isinstance(store, MemoryStore | PostgresStore):
            assert await cli.acquire(), "memory: one process anyway; PostgreSQL: every instance sends"
            assert bot.exclusive is isinstance(store, MemoryStore)
            return
        assert bot.exclusive
        assert not await cli.acquire(), "the command line must not send next to the running bot"
        assert bot.held and not cli.held
    finally:
        await bot.release()
        await cli.release()
    assert await cli.acquire(), "once the bot let go, someone else may send"
    await cli.release()


async def test_a_single_job_runs_in_one_process_at_a_time(store: Store) -> None:
    mine, theirs = (
        SenderLease.for_store(store).job_lock("retention"),
        SenderLease.for_store(store).job_lock("retention"),
    )
    assert await mine.acquire()
    try:
        assert await theirs.acquire() is not isinstance(store, PostgresStore)
    finally:
        await mine.release()
        await theirs.release()
