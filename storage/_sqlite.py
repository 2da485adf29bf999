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
from ._sqlite_dossier import DossierRepo
from ._sqlite_repos import Nudges, Scripts, Sessions, Students
from ._sqlite_school import Privacy, School
from ._sqlite_statements import Statements, Write, in_worker

Synchronous = Literal["OFF", "NORMAL", "FULL"]
__all__ = ["SqliteStore", "Synchronous"]

log = logging.getLogger("loopbaanbot.storage")


class SqliteStore:
    """All data in one SQLite file; one connection, with writes serialised by an asyncio lock."""

    def __init__(
        self,
        path: Path,
        *,
        synchronous: Synchronous = "NORMAL",
        max_batch: int = 8,
        max_batch_age: float = 0.002,
        checkpoint_every: float = 1.0,
    ) -> None:
        self.path = path
        self._synchronous = synchronous
        self._max_batch = max_batch
        self._max_batch_age = max_batch_age
        self._checkpoint_every = checkpoint_every
        self._checkpointer: asyncio.Task[None] | None = None
        self._conn: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._batch: _Batch | None = None
        self._pending = 0

    async def open(self) -> None:
        """Connect, configure and migrate."""
        if self._conn is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        # WAL lets readers go on during a write. NORMAL: a commit survives the process crashing; only an OS
        # crash or power loss can roll back the last moments (never corrupt). FULL also survives those, at
        # the price of an fsync per commit, which on virtual disks has 100+ ms spikes (see BENCHMARKS.md).
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute(f"PRAGMA synchronous={self._synchronous}")
        # Checkpoints run in the background on the reader (see _checkpoint_loop): done inside a COMMIT they
        # stall every writer for the ~100 ms it takes to copy the WAL into the database and fsync it.
        await conn.execute("PRAGMA wal_autocheckpoint=0")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA busy_timeout=5000")
        self._conn = conn
        try:
            await self._migrate()
            # A second connection for reads: in WAL mode it runs in parallel with the writer.
            reader = await aiosqlite.connect(self.path, isolation_level=None)
            reader.row_factory = aiosqlite.Row
            await reader.execute("PRAGMA query_only=ON")
            await reader.execute("PRAGMA busy_timeout=5000")
            self._reader = reader
            self._checkpointer = asyncio.create_task(self._checkpoint_loop(), name="sqlite-checkpoint")
        except BaseException:
            await self.close()
            raise

    async def _checkpoint_loop(self) -> None:
        """Copy the WAL into the database now and then, without ever blocking a writer (PASSIVE)."""
        while True:
            await asyncio.sleep(self._checkpoint_every)
            reader = self._reader
            if reader is None:
                return
            try:
                await reader.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:
                log.warning("background WAL checkpoint failed; will try again", exc_info=True)

    async def close(self) -> None:
        """Close the connections; safe to call twice."""
        if self._checkpointer is not None:
            self._checkpointer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpointer
            self._checkpointer = None
        if self._reader is not None:
            with contextlib.suppress(sqlite3.Error):
                await self._reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for name in ("_reader", "_conn"):
            conn = getattr(self, name)
            if conn is not None:
                setattr(self, name, None)
                await conn.close()

    async def schema_version(self) -> int:
        """The migration number the database is at."""
        rows = list(await self._connection().execute_fetchall("PRAGMA user_version"))
        return int(rows[0][0]) if rows else 0

    async def _migrate(self) -> None:
        current = await self.schema_version()
        latest = MIGRATIONS[-1][0]
        if current > latest:
            raise MigrationError(
                f"database {self.path} is at schema {current}; this code knows up to {latest}"
            )
        conn = self._connection()
        for number, sql in MIGRATIONS:
            if number <= current:
                continue
            try:
                await conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
            except Exception as exc:
                if conn.in_transaction:
                    await conn.execute("ROLLBACK")
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
        yield _SqliteTransaction(self._reader)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """A unit of work that is durable (committed) when the block exits, or undone on an exception.

        Group commit: units that queue up while another runs share one database transaction and one
        COMMIT (one fsync). Each unit after the first runs in a SAVEPOINT, so a failing unit undoes only
        itself. Nobody returns before the COMMIT that contains their work has finished.
        """
        conn = self._connection()
        self._pending += 1
        counted = True
        try:
            async with self._lock:
                batch = self._batch
                shared = batch is not None
                if batch is None:
                    batch = self._batch = _Batch()
                opening = [Write("SAVEPOINT unit" if shared else "BEGIN IMMEDIATE", ())]
                tx = _SqliteTransaction(conn, opening)
                try:
                    yield tx
                    await tx.statements.flush(*(["RELEASE unit"] if shared else []))
                except BaseException:
                    tx.statements.discard()
                    await self._undo(batch, shared)
                    raise
                else:
                    batch.size += 1
                finally:
                    self._pending -= 1
                    counted = False
                    # Commit when nobody else is waiting, or before the first member has waited too long.
                    full = batch.size >= self._max_batch or batch.age() >= self._max_batch_age
                    if self._batch is batch and (self._pending == 0 or full):
                        await self._commit(batch)
            # Outside the lock, so the next batch can start while this one's members wake up.
            await asyncio.shield(batch.committed)
        finally:
            if counted:
                self._pending -= 1

    async def _undo(self, batch: _Batch, shared: bool) -> None:
        conn = self._connection()
        if shared:
            # Savepoint may not exist yet if nothing was sent; ROLLBACK TO then fails, which is harmless.
            with contextlib.suppress(sqlite3.OperationalError):
                await in_worker(conn, [Write("ROLLBACK TO unit", ()), Write("RELEASE unit", ())], None)
        else:
            # First in its batch: the whole database transaction holds only this unit's work.
            with contextlib.suppress(sqlite3.OperationalError):
                await in_worker(conn, [Write("ROLLBACK", ())], None)
            self._batch = None
            batch.committed.set_result(None)

    async def _commit(self, batch: _Batch) -> None:
        self._batch = None
        if batch.size == 0:
            batch.committed.set_result(None)
            return
        try:
            await in_worker(self._connection(), [Write("COMMIT", ())], None)
        except BaseException as exc:
            batch.committed.set_exception(
                exc if isinstance(exc, Exception) else RuntimeError("commit cancelled")
            )
            # This member raises `exc` itself; marking it seen keeps asyncio from warning when nobody
            # else shares the batch (a cancelled shutdown), while those who do still get the error.
            batch.committed.exception()
            raise
        batch.committed.set_result(None)


class _Batch:
    """One database transaction shared by the units that queued up together."""

    def __init__(self) -> None:
        self.size = 0
        loop = asyncio.get_running_loop()
        self.started = loop.time()
        self.committed: asyncio.Future[None] = loop.create_future()

    def age(self) -> float:
        """Seconds since the first member started."""
        return asyncio.get_running_loop().time() - self.started


class _SqliteTransaction:
    def __init__(self, conn: aiosqlite.Connection, opening: list[Write] | None = None) -> None:
        self.statements = Statements(conn, opening)

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
