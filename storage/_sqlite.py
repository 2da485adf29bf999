"""The SQLite store over aiosqlite: WAL, foreign keys, numbered migrations, serialised transactions."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Literal, TypeVar

import aiosqlite
from pydantic import BaseModel

from ._entities import (
    ENTRY_FIELDS,
    Contact,
    Dossier,
    Entry,
    Experience,
    ExperienceWithEntry,
    NextStep,
    SessionRecord,
    StepStatus,
    Student,
    StudentKey,
    checked_changes,
)
from ._errors import ConflictError, MigrationError, NotFoundError
from ._migrations import MIGRATIONS
from ._protocols import Transaction

__all__ = ["SqliteStore", "Synchronous"]

log = logging.getLogger("loopbaanbot.storage")

M = TypeVar("M", bound=BaseModel)
Synchronous = Literal["OFF", "NORMAL", "FULL"]
_JSON_FIELDS = frozenset({"state", "competencies"})


def _db(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _model(model: type[M], row: aiosqlite.Row) -> M:
    data = {key: json.loads(row[key]) if key in _JSON_FIELDS else row[key] for key in row.keys()}  # noqa: SIM118
    return model.model_validate(data)


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
                opening = [_Write("SAVEPOINT unit" if shared else "BEGIN IMMEDIATE", ())]
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
                await _in_worker(conn, [_Write("ROLLBACK TO unit", ()), _Write("RELEASE unit", ())], None)
        else:
            # First in its batch: the whole database transaction holds only this unit's work.
            with contextlib.suppress(sqlite3.OperationalError):
                await _in_worker(conn, [_Write("ROLLBACK", ())], None)
            self._batch = None
            batch.committed.set_result(None)

    async def _commit(self, batch: _Batch) -> None:
        self._batch = None
        if batch.size == 0:
            batch.committed.set_result(None)
            return
        try:
            await _in_worker(self._connection(), [_Write("COMMIT", ())], None)
        except BaseException as exc:
            batch.committed.set_exception(
                exc if isinstance(exc, Exception) else RuntimeError("commit cancelled")
            )
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


@dataclass(frozen=True, slots=True)
class _Write:
    sql: str
    params: tuple[Any, ...]
    must_change: str | None = None
    conflict: bool = False


def _run_batch(raw: sqlite3.Connection, writes: list[_Write], query: _Write | None) -> list[sqlite3.Row]:
    """Runs on aiosqlite's thread: the queued writes in order, then the query (if any)."""
    for write in writes:
        cursor = raw.execute(write.sql, write.params)
        if write.must_change is not None and cursor.rowcount == 0:
            if write.conflict:
                raise ConflictError(f"{write.must_change} was changed by someone else (or is gone)")
            raise NotFoundError(f"{write.must_change} does not exist")
    return raw.execute(query.sql, query.params).fetchall() if query is not None else []


async def _in_worker(
    conn: aiosqlite.Connection, writes: list[_Write], query: _Write | None
) -> list[sqlite3.Row]:
    """Run a batch of statements in one round trip to the connection's thread, in queue order.

    Every aiosqlite call is one round trip to its thread, measured here at 85-180 us of CPU (GIL hand-offs)
    against ~13 us for the SQL itself, so a unit's statements go as one batch. aiosqlite has no public call
    for this; `_execute` is what its own Cursor uses. requirements.lock pins the version, and the storage
    contract tests run through this path.
    """
    rows: list[sqlite3.Row] = await conn._execute(lambda: _run_batch(conn._conn, writes, query))  # type: ignore[no-untyped-call]
    return rows


class _Statements:
    """The statements of one unit on one connection.

    Writes whose result nobody needs are held back and sent together with the next query or at the end of
    the unit (with its SAVEPOINT/RELEASE), so a typical turn costs one round trip. They run in the order
    they were made; a failing write raises before anything after it runs.
    """

    def __init__(self, conn: aiosqlite.Connection, opening: list[_Write] | None = None) -> None:
        self._conn = conn
        self._pending: list[_Write] = list(opening or [])

    async def rows(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        """Run a query after every held-back write; return its rows."""
        writes, self._pending = self._pending, []
        return list(await _in_worker(self._conn, writes, _Write(sql, tuple(params))))

    def defer(
        self, sql: str, params: Iterable[Any] = (), *, must_change: str | None = None, conflict: bool = False
    ) -> None:
        """Hold back a write; `must_change` names the record a zero row count means is missing or changed."""
        self._pending.append(_Write(sql, tuple(params), must_change, conflict))

    async def flush(self, *closing: str) -> None:
        """Send the held-back writes, followed by `closing` statements (RELEASE, COMMIT)."""
        writes = [*self._pending, *(_Write(sql, ()) for sql in closing)]
        self._pending = []
        if writes:
            await _in_worker(self._conn, writes, None)

    def discard(self) -> None:
        """Forget held-back writes (the unit is being rolled back)."""
        self._pending = []


class _Repo:
    def __init__(self, sql: _Statements) -> None:
        self._sql = sql

    async def _one(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> M | None:
        rows = await self._sql.rows(sql, params)
        return _model(model, rows[0]) if rows else None

    async def _all(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> list[M]:
        return [_model(model, row) for row in await self._sql.rows(sql, params)]

    async def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id"
        rows = await self._sql.rows(sql, [_db(v) for v in values.values()])
        return int(rows[0][0])

    def _change(self, table: str, model: type[BaseModel], ident: int, changes: dict[str, object]) -> None:
        # Checked against the model: column names never come from outside, and a wrong type fails here.
        checked = checked_changes(model, changes)
        if not checked:
            return
        assignments = ", ".join(f"{column} = ?" for column in checked)
        self._sql.defer(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            [*(_db(v) for v in checked.values()), ident],
            must_change=f"{table} {ident}",
        )

    def _update(self, table: str, record: BaseModel, key: str = "id") -> None:
        values = record.model_dump()
        ident = values.pop(key)
        assignments = ", ".join(f"{column} = ?" for column in values)
        self._sql.defer(
            f"UPDATE {table} SET {assignments} WHERE {key} = ?",
            [*(_db(v) for v in values.values()), ident],
            must_change=f"{table} {ident}",
        )


class _SqliteTransaction:
    def __init__(self, conn: aiosqlite.Connection, opening: list[_Write] | None = None) -> None:
        self.statements = _Statements(conn, opening)

    @property
    def students(self) -> _Students:
        return _Students(self.statements)

    @property
    def sessions(self) -> _Sessions:
        return _Sessions(self.statements)

    @property
    def dossier(self) -> _Dossier:
        return _Dossier(self.statements)

    @property
    def scripts(self) -> _Scripts:
        return _Scripts(self.statements)


class _Students(_Repo):
    async def upsert(self, key: StudentKey, *, display_name: str, language: str, now: datetime) -> Student:
        found = await self._one(
            Student,
            "INSERT INTO students (channel, external_id, display_name, language, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, external_id) DO UPDATE SET"
            " last_seen_at = excluded.last_seen_at,"
            " display_name = CASE WHEN excluded.display_name = ''"
            " THEN display_name ELSE excluded.display_name END RETURNING *",
            (key.channel, key.external_id, display_name, language, _db(now), _db(now)),
        )
        assert found is not None
        return found

    async def get(self, student_id: int) -> Student | None:
        return await self._one(Student, "SELECT * FROM students WHERE id = ?", (student_id,))

    async def find(self, key: StudentKey) -> Student | None:
        sql = "SELECT * FROM students WHERE channel = ? AND external_id = ?"
        return await self._one(Student, sql, (key.channel, key.external_id))

    async def save(self, student: Student) -> None:
        self._update("students", student)


class _Sessions(_Repo):
    async def current(self, student_id: int) -> SessionRecord | None:
        sql = (
            "SELECT * FROM sessions WHERE student_id = ? AND status IN ('active', 'paused')"
            " ORDER BY id DESC LIMIT 1"
        )
        return await self._one(SessionRecord, sql, (student_id,))

    async def create(
        self,
        student_id: int,
        *,
        script_id: str,
        script_hash: str,
        state: dict[str, Any],
        experience_id: int | None,
        now: datetime,
    ) -> SessionRecord:
        self._sql.defer(
            "UPDATE sessions SET status = 'abandoned', updated_at = ?"
            " WHERE student_id = ? AND status IN ('active', 'paused')",
            (_db(now), student_id),
        )
        values = {
            "student_id": student_id,
            "script_id": script_id,
            "script_hash": script_hash,
            "status": str(state.get("status", "active")),
            "state": state,
            "experience_id": experience_id,
            "started_at": now,
            "updated_at": now,
        }
        session_id = await self._insert("sessions", values)
        return SessionRecord(id=session_id, **values)

    async def save(self, record: SessionRecord) -> SessionRecord:
        values = record.model_dump(exclude={"id", "version"})
        assignments = ", ".join(f"{column} = ?" for column in values)
        self._sql.defer(
            f"UPDATE sessions SET {assignments}, version = version + 1 WHERE id = ? AND version = ?",
            [*(_db(v) for v in values.values()), record.id, record.version],
            must_change=f"sessions {record.id} at version {record.version}",
            conflict=True,
        )
        return record.model_copy(update={"version": record.version + 1})


class _Dossier(_Repo):
    async def create_experience(self, student_id: int, *, now: datetime) -> Experience:
        experience_id = await self._insert("experiences", {"student_id": student_id, "created_at": now})
        return Experience(id=experience_id, student_id=student_id, created_at=now)

    async def get_experience(self, experience_id: int) -> Experience | None:
        return await self._one(Experience, "SELECT * FROM experiences WHERE id = ?", (experience_id,))

    async def save_experience(self, experience: Experience) -> None:
        self._update("experiences", experience)

    async def update_experience(self, experience_id: int, **changes: object) -> None:
        self._change("experiences", Experience, experience_id, changes)

    async def entry(self, experience_id: int) -> Entry:
        found = await self._one(Entry, "SELECT * FROM entries WHERE experience_id = ?", (experience_id,))
        if found is not None:
            return found
        if await self.get_experience(experience_id) is None:
            raise NotFoundError(f"experience {experience_id} does not exist")
        return Entry(experience_id=experience_id)

    async def save_entry(self, entry: Entry) -> None:
        values = entry.model_dump()
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in values if c != "experience_id")
        self._sql.defer(
            f"INSERT INTO entries ({columns}) VALUES ({marks})"
            f" ON CONFLICT (experience_id) DO UPDATE SET {updates}",
            [_db(v) for v in values.values()],
        )

    async def add_to_entry(
        self, experience_id: int, *, field: str | None, text: str, replace: bool, competency: str | None
    ) -> None:
        # One statement instead of read-modify-write: this runs on most turns of a reflection.
        if field is not None and field not in ENTRY_FIELDS:
            raise ValueError(f"unknown entry field {field!r}")
        columns: list[str] = ["experience_id"]
        values: list[object] = [experience_id]
        updates: list[str] = []
        if field is not None and text:
            columns.append(field)
            values.append(text)
            old, new = f"entries.{field}", f"excluded.{field}"
            joined = f"CASE WHEN {old} = '' THEN {new} ELSE {old} || char(10) || {new} END"
            updates.append(f"{field} = {new if replace else joined}")
        if competency is not None:
            columns.append("competencies")
            values.append(json.dumps([competency]))
            updates.append(
                "competencies = CASE WHEN EXISTS"
                " (SELECT 1 FROM json_each(entries.competencies) WHERE value = ?)"
                " THEN entries.competencies ELSE json_insert(entries.competencies, '$[#]', ?) END"
            )
        if len(columns) == 1:
            return
        marks = ", ".join("?" for _ in columns)
        params = [*values, *([competency, competency] if competency is not None else [])]
        self._sql.defer(
            f"INSERT INTO entries ({', '.join(columns)}) VALUES ({marks})"
            f" ON CONFLICT (experience_id) DO UPDATE SET {', '.join(updates)}",
            params,
        )

    async def create_step(self, student_id: int, *, experience_id: int | None, now: datetime) -> NextStep:
        values = {
            "student_id": student_id,
            "experience_id": experience_id,
            "created_at": now,
            "updated_at": now,
        }
        step_id = await self._insert("next_steps", values)
        return NextStep(id=step_id, **values)

    async def get_step(self, step_id: int) -> NextStep | None:
        return await self._one(NextStep, "SELECT * FROM next_steps WHERE id = ?", (step_id,))

    async def save_step(self, step: NextStep) -> None:
        self._update("next_steps", step)

    async def update_step(self, step_id: int, **changes: object) -> None:
        self._change("next_steps", NextStep, step_id, changes)

    async def steps(self, student_id: int, statuses: tuple[StepStatus, ...] = ()) -> list[NextStep]:
        sql = "SELECT * FROM next_steps WHERE student_id = ?"
        params: list[Any] = [student_id]
        if statuses:
            sql += f" AND status IN ({', '.join('?' for _ in statuses)})"
            params += [s.value for s in statuses]
        return await self._all(NextStep, sql + " ORDER BY id", params)

    async def create_contact(self, student_id: int, *, name: str, role: str | None, now: datetime) -> Contact:
        values = {"student_id": student_id, "name": name, "role": role, "created_at": now}
        contact_id = await self._insert("contacts", values)
        return Contact(id=contact_id, **values)

    async def get_contact(self, contact_id: int) -> Contact | None:
        return await self._one(Contact, "SELECT * FROM contacts WHERE id = ?", (contact_id,))

    async def save_contact(self, contact: Contact) -> None:
        self._update("contacts", contact)

    async def update_contact(self, contact_id: int, **changes: object) -> None:
        self._change("contacts", Contact, contact_id, changes)

    async def dossier(self, student_id: int) -> Dossier:
        student = await self._one(Student, "SELECT * FROM students WHERE id = ?", (student_id,))
        if student is None:
            raise NotFoundError(f"student {student_id} does not exist")
        experiences = await self._all(
            Experience, "SELECT * FROM experiences WHERE student_id = ? ORDER BY id", (student_id,)
        )
        entries = {
            e.experience_id: e
            for e in await self._all(
                Entry,
                "SELECT entries.* FROM entries JOIN experiences ON experiences.id = entries.experience_id"
                " WHERE experiences.student_id = ?",
                (student_id,),
            )
        }
        return Dossier(
            student=student,
            experiences=[
                ExperienceWithEntry(experience=e, entry=entries.get(e.id) or Entry(experience_id=e.id))
                for e in experiences
            ],
            steps=await self.steps(student_id),
            contacts=await self._all(
                Contact, "SELECT * FROM contacts WHERE student_id = ? ORDER BY id", (student_id,)
            ),
        )


class _Scripts(_Repo):
    async def remember(self, digest: str, *, script_id: str, source: str, now: datetime) -> None:
        self._sql.defer(
            "INSERT INTO script_versions (digest, script_id, source, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (digest) DO NOTHING",
            (digest, script_id, source, _db(now)),
        )

    async def source(self, digest: str) -> str | None:
        rows = await self._sql.rows("SELECT source FROM script_versions WHERE digest = ?", (digest,))
        return str(rows[0][0]) if rows else None
