"""The SQLite store over aiosqlite: WAL, foreign keys, numbered migrations, serialised transactions."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Literal, TypeVar

import aiosqlite
from pydantic import BaseModel

from ._entities import (
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
)
from ._errors import MigrationError, NotFoundError
from ._migrations import MIGRATIONS
from ._protocols import Transaction

__all__ = ["SqliteStore"]

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

    def __init__(self, path: Path, *, synchronous: Synchronous = "FULL") -> None:
        self.path = path
        self._synchronous = synchronous
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    async def open(self) -> None:
        """Connect, configure and migrate."""
        if self._conn is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        # WAL lets readers go on during a write; FULL makes a commit survive power loss, not just a crash.
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute(f"PRAGMA synchronous={self._synchronous}")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA busy_timeout=5000")
        self._conn = conn
        try:
            await self._migrate()
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Close the connection; safe to call twice."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
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
    async def transaction(self) -> AsyncIterator[Transaction]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an exception."""
        conn = self._connection()
        async with self._lock:
            await conn.execute("BEGIN IMMEDIATE")
            try:
                yield _SqliteTransaction(conn)
            except BaseException:
                await conn.execute("ROLLBACK")
                raise
            await conn.execute("COMMIT")


class _Repo:
    # Every call below is exactly one round trip to aiosqlite's thread: a cursor used with
    # `async with` + fetchone costs three, and round trips are what a turn's latency is made of.
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._c = conn

    async def _one(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> M | None:
        rows = list(await self._c.execute_fetchall(sql, tuple(params)))
        return _model(model, rows[0]) if rows else None

    async def _all(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> list[M]:
        return [_model(model, row) for row in await self._c.execute_fetchall(sql, tuple(params))]

    async def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id"
        rows = list(await self._c.execute_fetchall(sql, [_db(v) for v in values.values()]))
        return int(rows[0][0])

    async def _update(self, table: str, record: BaseModel, key: str = "id") -> None:
        values = record.model_dump()
        ident = values.pop(key)
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = await self._c.execute(
            f"UPDATE {table} SET {assignments} WHERE {key} = ?", [*(_db(v) for v in values.values()), ident]
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"{table} {ident} does not exist")


class _SqliteTransaction:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    @property
    def students(self) -> _Students:
        return _Students(self._conn)

    @property
    def sessions(self) -> _Sessions:
        return _Sessions(self._conn)

    @property
    def dossier(self) -> _Dossier:
        return _Dossier(self._conn)

    @property
    def scripts(self) -> _Scripts:
        return _Scripts(self._conn)


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
        await self._update("students", student)


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
        await self._c.execute(
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

    async def save(self, record: SessionRecord) -> None:
        await self._update("sessions", record)


class _Dossier(_Repo):
    async def create_experience(self, student_id: int, *, now: datetime) -> Experience:
        experience_id = await self._insert("experiences", {"student_id": student_id, "created_at": now})
        return Experience(id=experience_id, student_id=student_id, created_at=now)

    async def get_experience(self, experience_id: int) -> Experience | None:
        return await self._one(Experience, "SELECT * FROM experiences WHERE id = ?", (experience_id,))

    async def save_experience(self, experience: Experience) -> None:
        await self._update("experiences", experience)

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
        await self._c.execute(
            f"INSERT INTO entries ({columns}) VALUES ({marks})"
            f" ON CONFLICT (experience_id) DO UPDATE SET {updates}",
            [_db(v) for v in values.values()],
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
        await self._update("next_steps", step)

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
        await self._update("contacts", contact)

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
        await self._c.execute(
            "INSERT INTO script_versions (digest, script_id, source, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (digest) DO NOTHING",
            (digest, script_id, source, _db(now)),
        )

    async def source(self, digest: str) -> str | None:
        async with self._c.execute(
            "SELECT source FROM script_versions WHERE digest = ?", (digest,)
        ) as cursor:
            row = await cursor.fetchone()
        return None if row is None else str(row[0])
