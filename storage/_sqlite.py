"""The SQLite store over aiosqlite: WAL, foreign keys, numbered migrations, serialised transactions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Literal

import aiosqlite

from ._errors import MigrationError
from ._migrations import MIGRATIONS
from ._protocols import Transaction
from ._sqlite_check import check_database, describe, prepare_file
from ._sqlite_ids import Ids
from ._sqlite_statements import Finished, Group, Statements, submit
from ._sqlite_transaction import SqliteTransaction

Synchronous = Literal["OFF", "NORMAL", "FULL"]
__all__ = ["SqliteStore", "Synchronous"]

log = logging.getLogger("loopbaanbot.storage")
# SQLite's primary result codes for "another connection holds the lock".
_BUSY, _LOCKED = 5, 6


class SqliteStore:
    """All data in one SQLite file; one connection, with writes serialised by an asyncio lock.

    A new database file is made readable by its owner only (0600, in a folder made 0700). An existing file
    keeps its mode (an administrator may have chosen it); a wider one than 0600 is named in the log.
    """

    # One bot process per file (`loopbaanbot run` takes a lock next to it); several need PostgreSQL.
    shared = False

    def __init__(
        self,
        path: Path,
        *,
        synchronous: Synchronous = "NORMAL",
        max_batch: int = 8,
        max_batch_age: float = 0.002,
        checkpoint_every: float = 5.0,
        open_timeout: float = 15.0,
    ) -> None:
        self.path = path
        self._open_timeout = open_timeout
        self._synchronous = synchronous
        self._max_batch = max_batch
        self._max_batch_age = max_batch_age
        self._checkpoint_every = checkpoint_every
        self._checkpointer: asyncio.Task[None] | None = None
        self._conn: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._copier: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._ids = Ids()
        self._batch: _Batch | None = None
        self._pending = 0
        # The last COMMIT queued on the database thread, until it is done.
        self._in_flight: asyncio.Future[Finished] | None = None

    async def open(self) -> None:
        """Check the file, connect, configure and migrate.

        Raises DatabaseUnusableError (one line: what is wrong, what to do) when the file cannot be the
        database, and MigrationError when it is from newer code; on any failure every connection opened
        so far is closed again (an open aiosqlite thread would keep the process from exiting).
        """
        if self._conn is not None:
            return
        prepare_file(self.path, await check_database(self.path, give_up_after=self._open_timeout))
        try:
            await self._open_writer()
            await self._migrate()
            await submit(self._connection(), self._ids.read)
            # A second connection for reads: in WAL mode it runs in parallel with the writer.
            self._reader = await self._read_only()
            # Checkpoints get a connection (and thread) of their own: on the reader, every read waited
            # behind the 10-30 ms a checkpoint takes, once a second (measured: the p99 of a turn doubled).
            self._copier = await self._read_only()
            self._checkpointer = asyncio.create_task(self._checkpoint_loop(), name="sqlite-checkpoint")
        except BaseException as exc:
            await self.close()
            if isinstance(exc, sqlite3.Error | OSError | UnicodeDecodeError):
                raise describe(self.path, exc) from exc
            raise

    async def _open_writer(self) -> None:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        self._conn = conn  # from here on, close() closes it whatever fails next
        conn.row_factory = aiosqlite.Row
        # Before anything below writes to the file (WAL mode is set in its header): newer code's database
        # is left exactly as it was.
        await self._refuse_newer()
        # WAL lets readers go on during a write. NORMAL: a commit survives the process crashing; only an OS
        # crash or power loss can roll back the last moments (never corrupt). FULL also survives those, at
        # the price of an fsync per commit, which on virtual disks has 100+ ms spikes (see BENCHMARKS.md).
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute(f"PRAGMA synchronous={self._synchronous}")
        # Checkpoints run in the background on a connection of their own (see _checkpoint_loop): done inside
        # a COMMIT they stall every writer for the ~100 ms it takes to copy the WAL and fsync the database.
        # Every 5 s, not every second: the fsync still holds up the writer's WAL appends on this VM's disk
        # (bench core p99 7.7 vs 9.4 ms, 6 runs each); at a school's load the WAL stays small either way.
        await conn.execute("PRAGMA wal_autocheckpoint=0")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA busy_timeout=5000")
        # Deleted data (a student's /verwijderen) is overwritten with zeros, not left in free pages. Many
        # SQLite builds do this by default, but not all: it is set here rather than relied on.
        await conn.execute("PRAGMA secure_delete=ON")

    async def _read_only(self) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute("PRAGMA query_only=ON")
            await conn.execute("PRAGMA busy_timeout=5000")
        except BaseException:
            await conn.close()
            raise
        return conn

    async def _checkpoint_loop(self) -> None:
        """Copy the WAL into the database now and then, without ever blocking a writer (PASSIVE)."""
        failures = 0
        while True:
            await asyncio.sleep(self._checkpoint_every)
            copier = self._copier
            if copier is None:
                return
            try:
                await copier.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error as exc:
                # A full or read-only disk fails every try: one line when it starts, one when it is over.
                failures += 1
                if failures == 1:
                    log.warning(
                        "background WAL checkpoint failed (%s); trying again every %.0f s",
                        type(exc).__name__,
                        self._checkpoint_every,
                    )
                continue
            if failures:
                log.info("background WAL checkpoint works again, after %d failed tries", failures)
                failures = 0

    async def close(self) -> None:
        """Close the connections; safe to call twice."""
        await self._settle()
        if self._checkpointer is not None:
            self._checkpointer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpointer
            self._checkpointer = None
        if self._copier is not None:
            with contextlib.suppress(sqlite3.Error):
                await self._copier.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for name in ("_copier", "_reader", "_conn"):
            conn = getattr(self, name)
            if conn is not None:
                setattr(self, name, None)
                await conn.close()

    async def _settle(self) -> None:
        """Commit the units that ended and wait behind a running COMMIT (group commit), and wait for it."""
        while True:
            if self._in_flight is None:
                self._commit_orphaned()
            flight = self._in_flight
            if flight is None:
                return
            with contextlib.suppress(Exception):  # its members are told; closing goes on
                await asyncio.shield(flight)
            if self._in_flight is flight:  # its end was not seen yet: let the callbacks run
                await asyncio.sleep(0)

    async def schema_version(self) -> int:
        """The migration number the database is at."""
        rows = list(await self._connection().execute_fetchall("PRAGMA user_version"))
        return int(rows[0][0]) if rows else 0

    async def _refuse_newer(self) -> None:
        current, latest = await self.schema_version(), MIGRATIONS[-1][0]
        if current > latest:
            raise MigrationError(
                f"The database {self.path} is from a newer version of loopbaanbot (schema {current}; this"
                f" version knows up to {latest}): run that newer version, or restore a backup from this one."
            )

    async def _migrate(self) -> None:
        await self._refuse_newer()
        current = await self.schema_version()
        conn = self._connection()
        for number, sql in MIGRATIONS:
            if number <= current:
                continue
            try:
                await conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
            except Exception as exc:
                if conn.in_transaction:
                    await conn.execute("ROLLBACK")
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (_BUSY, _LOCKED):
                    raise  # not the migration's fault: open() says the database is busy
                raise MigrationError(f"migration {number} failed: {exc}") from exc

    def _connection(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("store is not open")
        return self._conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Transaction]:
        """Committed data through the read-only connection; each statement sees the latest commit."""
        if self._reader is None:
            raise RuntimeError("store is not open")
        yield SqliteTransaction(self._reader)

    @asynccontextmanager
    async def transaction(self, *, lock: str | None = None) -> AsyncIterator[Transaction]:
        """A unit of work that is durable (committed) when the block exits, or undone on an exception.

        Units run one after the other whatever their `lock` (one writer).

        Group commit: units that queue up while another runs share one database transaction and one
        COMMIT (one fsync); each unit has a SAVEPOINT of its own, so a failing unit undoes only itself.
        A unit takes the one writer at its first round trip to the database, or else only when it ends:
        writes are held back until then, so the writer is not held while a turn does its own work. At
        its end the unit's last writes, RELEASE (and COMMIT, when it is the last one) are queued on the
        database thread and the writer is given up; the unit waits for them outside, while the next
        unit's statements queue behind them (one thread, in order). Nobody returns before the COMMIT that
        contains their work has finished.
        """
        conn = self._connection()
        unit = _Unit(self)
        tx = SqliteTransaction(conn, enter=unit.enter, ids=self._ids)
        statements = tx.statements
        ok = False
        closed: asyncio.Future[Finished] | None = None
        try:
            yield tx
            ok = True
        finally:
            statements.seal()
            if unit.batch is None and ok and statements.holding:
                await unit.enter()
            if unit.batch is not None:
                closed = self._leave(statements, unit.batch, ok=ok)
        # Only reached when the unit succeeded: wait for its statements and its group's COMMIT.
        if closed is not None:
            finished = await asyncio.shield(closed)
            if finished.unit_error is not None:
                raise finished.unit_error
        if unit.batch is not None:
            await asyncio.shield(unit.batch.committed)

    async def _enter(self) -> _Batch:
        """Take the writer for a unit; it joins the open group, or starts one."""
        self._pending += 1
        try:
            await self._lock.acquire()
        except BaseException:
            # Cancelled while waiting: if the group was waiting for this unit, commit it now.
            self._pending -= 1
            self._commit_orphaned()
            raise
        if self._batch is None:
            self._batch = _Batch()
        return self._batch

    def _leave(self, statements: Statements, batch: _Batch, *, ok: bool) -> asyncio.Future[Finished] | None:
        """Queue the unit's end (and the group's COMMIT when due) and give up the writer; never awaits."""
        try:
            self._pending -= 1
            batch.size += 1
            # Commit when nobody else is waiting and no COMMIT is still running (the group stays open for
            # the units that end meanwhile; the running COMMIT's end commits it), or before the group
            # grows too big or its first member has waited too long. A unit takes the writer only as it
            # ends, so "nobody waiting" alone is nearly always true: every turn paid a COMMIT of its own.
            due = batch.size >= self._max_batch or batch.age() >= self._max_batch_age
            commit = due or (self._pending == 0 and self._in_flight is None)
            if commit:
                self._batch = None
            return self._queue_end(statements, batch, ok=ok, commit=commit)
        finally:
            self._lock.release()

    def _queue_end(
        self, statements: Statements, batch: _Batch, *, ok: bool, commit: bool
    ) -> asyncio.Future[Finished] | None:
        """Queue a unit's end, and the group's COMMIT if `commit`; settle the group when that is done."""
        try:
            closed = statements.close(batch.group, ok=ok, commit=commit)
        except BaseException as exc:
            # The connection is gone: nobody may join this group or wait for it any longer.
            if self._batch is batch:
                self._batch = None
            batch.failed(exc)
            raise
        if closed is not None:
            closed.add_done_callback(_seen)
            if commit:
                self._in_flight = closed
                closed.add_done_callback(self._landed)
        if commit:
            batch.commit_with(closed)
        return closed

    def _landed(self, done: asyncio.Future[Finished]) -> None:
        """A COMMIT is done: the group left open behind it is committed now, unless someone has the writer."""
        if self._in_flight is done:
            self._in_flight = None
            self._commit_orphaned()

    def _commit_orphaned(self) -> None:
        """Commit the open group when nobody has or waits for the writer (a cancelled waiter, a COMMIT
        that landed); never raises: a group that cannot be committed fails its members."""
        batch = self._batch
        if batch is None or self._pending > 0 or self._lock.locked():
            return
        self._batch = None
        if self._conn is None:
            batch.failed(RuntimeError("the store was closed before this work was committed"))
            return
        try:
            self._queue_end(Statements(self._conn), batch, ok=True, commit=True)
        except Exception:  # the group has failed its members; this is the cancel path, so no raise
            log.warning("could not queue the COMMIT of a waiting group")


class _Unit:
    """One unit's hold on the writer, taken once: at its first round trip, or when it ends."""

    def __init__(self, store: SqliteStore) -> None:
        self._store = store
        self._entering = asyncio.Lock()  # two queries of one unit at once must not both queue
        self.batch: _Batch | None = None

    async def enter(self) -> Group:
        """Take the writer (and join a group) unless this unit already has; the group."""
        async with self._entering:
            if self.batch is None:
                self.batch = await self._store._enter()
        return self.batch.group


def _seen(done: asyncio.Future[Finished]) -> None:
    """Mark a failure of queued work as retrieved (whoever cares gets it through the unit or the group)."""
    if not done.cancelled():
        done.exception()


class _Batch:
    """One database transaction shared by the units that queued up together."""

    def __init__(self) -> None:
        self.size = 0
        self.group = Group()
        self._loop = asyncio.get_running_loop()
        self.started = self._loop.time()
        self.committed: asyncio.Future[None] = self._loop.create_future()

    def age(self) -> float:
        """Seconds since the first member started."""
        return self._loop.time() - self.started

    def commit_with(self, closing: asyncio.Future[Finished] | None) -> None:
        """Settle `committed` when the work that ends with this group's COMMIT is done."""
        if closing is None:
            if not self.committed.done():
                self.committed.set_result(None)
            return

        def settle(done: asyncio.Future[Finished]) -> None:
            if done.cancelled():
                self.failed(RuntimeError("commit cancelled"))
            elif (exc := done.exception()) is not None:
                self.failed(exc)
            elif (commit_error := done.result().commit_error) is not None:
                self.failed(commit_error)
            elif not self.committed.done():
                self.committed.set_result(None)

        closing.add_done_callback(settle)

    def failed(self, exc: BaseException) -> None:
        """Every member raises `exc`; marked as seen so a group nobody waits for does not warn."""
        if self.committed.done():
            return
        self.committed.set_exception(exc if isinstance(exc, Exception) else RuntimeError("commit failed"))
        self.committed.exception()
