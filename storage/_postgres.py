"""The PostgreSQL store over asyncpg: two connection pools, numbered migrations, per-student locks."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from ._errors import MigrationError, StorageError, TransactionLostError
from ._pg_migrations import PG_MIGRATIONS
from ._postgres_dossier import DossierRepo
from ._postgres_guard import Attempts, Receipts
from ._postgres_listen import Listener
from ._postgres_places import Places
from ._postgres_repos import Nudges, Scripts, Sessions, Students
from ._postgres_school import Privacy, School
from ._postgres_statements import LOST, PgStatements
from ._postgres_studio import Studio, Tallies
from ._postgres_web import Codes, Logins, SchoolAccounts, Transcript
from ._protocols import Transaction

__all__ = ["AdvisoryLock", "PostgresStore", "lock_number"]

log = logging.getLogger("loopbaanbot.storage")

# Advisory lock keys (two int4s: a class and the lock's number). They are only taken by loopbaanbot's own
# code, so they cannot clash with anything else in a shared database.
_PROJECT = 0x4C42  # "LB": the migrations
_MIGRATING = 1
_NAMED = 0x4C4E  # "LN": session locks by name (who polls a Telegram bot, who runs the housekeeping)
_UNITS = 0x4C55  # "LU": units of work by lock name (a student's turns)


# A session lock is held as long as its connection lives. When the holder is cut off from the network the
# server only notices through TCP keepalives, by default after two hours; these make it about 25 seconds,
# after which another instance takes over (over TCP; a Unix socket notices a dead process at once).
KEEPALIVE = {"tcp_keepalives_idle": "10", "tcp_keepalives_interval": "5", "tcp_keepalives_count": "3"}


def lock_number(name: str) -> int:
    """A lock name as the int4 PostgreSQL's advisory locks take (a rare collision only serialises more)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=4).digest(), "big", signed=True)


class PostgresStore:
    """All data in a PostgreSQL database, shared by every bot instance (and CLI command) that uses it.

    Units of work run side by side; a unit with a lock name (a student's key) first takes a transaction-
    level advisory lock on it, so one student's turns run one after the other across every process, while
    different students' turns run in parallel. Units without a lock rely on each statement being atomic
    (claims are conditional updates, inserts use ON CONFLICT). Reads go through a pool of their own whose
    sessions are read-only. A lost connection (a restarted server) fails the unit it was in; the pools
    connect again by themselves.
    """

    shared = True

    def __init__(self, url: str, *, readers: int = 8, writers: int = 20) -> None:
        # The URL may carry a password: it is never logged or shown.
        self.url = url
        self._readers = readers
        self._writers = writers
        self._reader: asyncpg.Pool | None = None
        self._writer: asyncpg.Pool | None = None
        self._finishing: set[asyncio.Task[None]] = set()
        self.listener = Listener(url)

    async def open(self) -> None:
        """Connect both pools and migrate."""
        if self._writer is not None:
            return
        try:
            self._writer = await _pool(self.url, size=self._writers)
            await self._migrate()
            self._reader = await _pool(
                self.url, size=self._readers, settings={"default_transaction_read_only": "on"}
            )
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Close both pools (waiting for work in progress); safe to call twice."""
        await self.listener.close()
        if self._finishing:
            await asyncio.gather(*self._finishing, return_exceptions=True)
        for name in ("_reader", "_writer"):
            pool: asyncpg.Pool | None = getattr(self, name)
            if pool is not None:
                setattr(self, name, None)
                await pool.close()

    async def schema_version(self) -> int:
        """The migration number the database is at (0: none yet)."""
        async with self._pool_of("_writer").acquire() as conn:
            return await _version(conn)

    async def _migrate(self) -> None:
        latest = PG_MIGRATIONS[-1][0]
        async with self._pool_of("_writer").acquire() as conn, conn.transaction():
            # Several instances starting together: one migrates, the others wait here and find it done.
            await conn.execute("SELECT pg_advisory_xact_lock($1, $2)", _PROJECT, _MIGRATING)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            current = await _version(conn)
            if current > latest:
                raise MigrationError(f"the database is at schema {current}; this code knows up to {latest}")
            for number, sql in PG_MIGRATIONS:
                if number <= current:
                    continue
                try:
                    async with conn.transaction():  # a savepoint: the error names the migration
                        await conn.execute(sql)
                        await conn.execute("INSERT INTO schema_version (version) VALUES ($1)", number)
                except asyncpg.PostgresError as exc:
                    raise MigrationError(f"migration {number} failed: {exc}") from exc
                log.info("database migrated to schema %s", number)

    def _pool_of(self, name: str) -> asyncpg.Pool:
        pool: asyncpg.Pool | None = getattr(self, name)
        if pool is None:
            raise RuntimeError("store is not open")
        return pool

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Transaction]:
        """Committed data; each statement takes a read-only connection and sees the latest commit."""
        yield _PgTransaction(PgStatements(self._pool_of("_reader"), writable=False))

    @asynccontextmanager
    async def transaction(self, *, lock: str | None = None) -> AsyncIterator[Transaction]:
        """A unit of work on one connection: committed when the block ends, rolled back on an exception.

        With `lock`, the unit first waits for every other unit with that lock (in any process) to end.
        The end (COMMIT or ROLLBACK, and giving the connection back) runs shielded: a caller cancelled
        while it runs does not leave the connection half-way, and its work is stored or not as a whole.
        """
        pool = self._pool_of("_writer")
        # One round trip for both (a simple query may hold two statements, with the lock's number as a
        # literal): a round trip is most of what a unit costs (measured 150-450 us each on this VM).
        begin = "BEGIN"
        if lock is not None:
            begin += f"; SELECT pg_advisory_xact_lock({_UNITS}, {lock_number(lock)})"
        conn = await pool.acquire()
        try:
            await conn.execute(begin)
        except BaseException as exc:
            await asyncio.shield(pool.release(conn))
            if isinstance(exc, LOST):
                raise TransactionLostError(f"could not begin: {type(exc).__name__}") from exc
            raise
        statements = PgStatements(conn, writable=True)
        ok = False
        try:
            yield _PgTransaction(statements)
            ok = True
        finally:
            statements.seal()
            # A task of its own, kept until done: it goes on when the caller is cancelled.
            finish = asyncio.create_task(_finish(pool, conn, commit=ok))
            self._finishing.add(finish)
            finish.add_done_callback(self._finishing.discard)
            await asyncio.shield(finish)

    def session_lock(self, name: str) -> AdvisoryLock:
        """A lock held by one process at a time for as long as it wants (who polls a Telegram bot)."""
        return AdvisoryLock(self.url, (_NAMED, lock_number(name)))

    async def broadcast(self, topic: str, message: str) -> None:
        """Tell every process subscribed to `topic` (PostgreSQL's NOTIFY; delivered to all, this one too)."""
        async with self._pool_of("_writer").acquire() as conn:
            try:
                await conn.execute("SELECT pg_notify($1, $2)", f"lb_{topic}", message)
            except LOST as exc:
                raise StorageError(f"the database connection failed: {type(exc).__name__}") from exc

    async def subscribe(self, topic: str, callback: Callable[[str], None]) -> None:
        """Call `callback(message)` for every broadcast on `topic`, also after the server restarted."""
        await self.listener.subscribe(f"lb_{topic}", callback)


async def _finish(pool: asyncpg.Pool, conn: Any, *, commit: bool) -> None:
    """COMMIT (or ROLLBACK) a unit and give its connection back; a lost connection is TransactionLostError."""
    try:
        if commit:
            try:
                await conn.execute("COMMIT")
            except LOST as exc:
                # Lost while committing: whether the server stored it cannot be known from here.
                raise TransactionLostError(f"the connection failed at COMMIT: {type(exc).__name__}") from exc
        else:
            try:
                await conn.execute("ROLLBACK")
            except LOST:
                # The connection is gone, and with it the transaction; the pool replaces the connection.
                log.warning("could not roll back a unit of work: its connection was lost")
    finally:
        await pool.release(conn)


async def _version(conn: asyncpg.Connection | asyncpg.pool.PoolConnectionProxy) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_version') IS NOT NULL")
    if not exists:
        return 0
    found = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version")
    return int(found)


async def _keep_session(_: asyncpg.Connection) -> None:
    """Nothing to reset: the store never changes session state (saves a round trip per unit)."""


async def _pool(url: str, *, size: int, settings: dict[str, str] | None = None) -> asyncpg.Pool:
    return await asyncpg.create_pool(
        url, min_size=1, max_size=size, reset=_keep_session, server_settings=settings or {}
    )


class AdvisoryLock:
    """A session-level advisory lock on a connection of its own, held until `release` or the process ends.

    The server lets go when the connection closes, also when the process is killed or cut off, so a crash
    never leaves it behind; `check` tells a holder whether it still has it (its connection may have been
    lost, and with it the lock). Behind PgBouncer in transaction mode session locks do not work: connect
    directly.
    """

    def __init__(self, url: str, key: tuple[int, int]) -> None:
        self._url = url
        self._key = key
        self._conn: asyncpg.Connection | None = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock (as far as it knows: see `check`)."""
        return self._conn is not None and not self._conn.is_closed()

    async def acquire(self) -> bool:
        """Take the lock if nobody else has it; True when this process now holds it."""
        if self.held:
            return True
        await self.release()
        conn = await asyncpg.connect(self._url, timeout=10, server_settings=KEEPALIVE)
        try:
            taken = await conn.fetchval("SELECT pg_try_advisory_lock($1, $2)", *self._key)
        except BaseException:
            await conn.close()
            raise
        if not taken:
            await conn.close()
            return False
        self._conn = conn
        return True

    async def check(self, within: float = 5.0) -> bool:
        """Whether the lock is still held: its connection answers (a lost one is closed, and with it the
        lock is gone)."""
        conn = self._conn
        if conn is None or conn.is_closed():
            return False
        try:
            await conn.fetchval("SELECT 1", timeout=within)
        except (*LOST, TimeoutError, asyncpg.PostgresError):
            await self.release()
            return False
        return True

    async def release(self) -> None:
        """Give the lock back (closing the connection releases it)."""
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            await _close_quietly(conn)


async def _close_quietly(conn: asyncpg.Connection) -> None:
    try:
        await asyncio.wait_for(conn.close(), timeout=2)
    except (*LOST, TimeoutError, asyncpg.PostgresError):
        conn.terminate()


class _PgTransaction:
    def __init__(self, statements: PgStatements) -> None:
        self.statements = statements

    @property
    def students(self) -> Students:
        return Students(self.statements)

    @property
    def sessions(self) -> Sessions:
        return Sessions(self.statements)

    @property
    def dossier(self) -> DossierRepo:
        return DossierRepo(self.statements)

    @property
    def scripts(self) -> Scripts:
        return Scripts(self.statements)

    @property
    def nudges(self) -> Nudges:
        return Nudges(self.statements)

    @property
    def school(self) -> School:
        return School(self.statements)

    @property
    def privacy(self) -> Privacy:
        return Privacy(self.statements)

    @property
    def receipts(self) -> Receipts:
        return Receipts(self.statements)

    @property
    def attempts(self) -> Attempts:
        return Attempts(self.statements)

    @property
    def codes(self) -> Codes:
        return Codes(self.statements)

    @property
    def logins(self) -> Logins:
        return Logins(self.statements)

    @property
    def transcript(self) -> Transcript:
        return Transcript(self.statements)

    @property
    def school_accounts(self) -> SchoolAccounts:
        return SchoolAccounts(self.statements)

    @property
    def places(self) -> Places:
        return Places(self.statements)

    @property
    def studio(self) -> Studio:
        return Studio(self.statements)

    @property
    def tally(self) -> Tallies:
        return Tallies(self.statements)
