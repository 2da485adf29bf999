"""Statements on one SQLite connection: a unit's writes go to aiosqlite's thread as one batch."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar

import aiosqlite
from pydantic import BaseModel

from ._entities import (
    checked_changes,
)
from ._errors import ConflictError, NotFoundError

__all__ = ["Repo", "Statements", "Write", "in_worker", "to_db", "to_model"]


M = TypeVar("M", bound=BaseModel)
_JSON_FIELDS = frozenset({"state", "competencies"})


def to_db(value: Any) -> Any:
    if isinstance(value, datetime):
        # Always UTC, one format: due times are compared and ordered as text.
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def to_model(model: type[M], row: aiosqlite.Row) -> M:
    data = {key: json.loads(row[key]) if key in _JSON_FIELDS else row[key] for key in row.keys()}  # noqa: SIM118
    return model.model_validate(data)


@dataclass(frozen=True, slots=True)
class Write:
    sql: str
    params: tuple[Any, ...]
    must_change: str | None = None
    conflict: bool = False


def _run_batch(raw: sqlite3.Connection, writes: list[Write], query: Write | None) -> list[sqlite3.Row]:
    """Runs on aiosqlite's thread: the queued writes in order, then the query (if any)."""
    for write in writes:
        cursor = raw.execute(write.sql, write.params)
        if write.must_change is not None and cursor.rowcount == 0:
            if write.conflict:
                raise ConflictError(f"{write.must_change} was changed by someone else (or is gone)")
            raise NotFoundError(f"{write.must_change} does not exist")
    return raw.execute(query.sql, query.params).fetchall() if query is not None else []


async def in_worker(
    conn: aiosqlite.Connection, writes: list[Write], query: Write | None
) -> list[sqlite3.Row]:
    """Run a batch of statements in one round trip to the connection's thread, in queue order.

    Every aiosqlite call is one round trip to its thread, measured here at 85-180 us of CPU (GIL hand-offs)
    against ~13 us for the SQL itself, so a unit's statements go as one batch. aiosqlite has no public call
    for this; `_execute` is what its own Cursor uses. requirements.lock pins the version, and the storage
    contract tests run through this path.
    """
    rows: list[sqlite3.Row] = await conn._execute(lambda: _run_batch(conn._conn, writes, query))  # type: ignore[no-untyped-call]
    return rows


class Statements:
    """The statements of one unit on one connection.

    Writes whose result nobody needs are held back and sent together with the next query or at the end of
    the unit (with its SAVEPOINT/RELEASE), so a typical turn costs one round trip. They run in the order
    they were made; a failing write raises before anything after it runs.
    """

    def __init__(self, conn: aiosqlite.Connection, opening: list[Write] | None = None) -> None:
        self._conn = conn
        self._pending: list[Write] = list(opening or [])

    async def rows(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        """Run a query after every held-back write; return its rows."""
        writes, self._pending = self._pending, []
        return list(await in_worker(self._conn, writes, Write(sql, tuple(params))))

    def defer(
        self, sql: str, params: Iterable[Any] = (), *, must_change: str | None = None, conflict: bool = False
    ) -> None:
        """Hold back a write; `must_change` names the record a zero row count means is missing or changed."""
        self._pending.append(Write(sql, tuple(params), must_change, conflict))

    async def flush(self, *closing: str) -> None:
        """Send the held-back writes, followed by `closing` statements (RELEASE, COMMIT)."""
        writes = [*self._pending, *(Write(sql, ()) for sql in closing)]
        self._pending = []
        if writes:
            await in_worker(self._conn, writes, None)

    def discard(self) -> None:
        """Forget held-back writes (the unit is being rolled back)."""
        self._pending = []


class Repo:
    def __init__(self, sql: Statements) -> None:
        self._sql = sql

    async def _one(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> M | None:
        rows = await self._sql.rows(sql, params)
        return to_model(model, rows[0]) if rows else None

    async def _all(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> list[M]:
        return [to_model(model, row) for row in await self._sql.rows(sql, params)]

    async def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id"
        rows = await self._sql.rows(sql, [to_db(v) for v in values.values()])
        return int(rows[0][0])

    def _change(self, table: str, model: type[BaseModel], ident: int, changes: dict[str, object]) -> None:
        # Checked against the model: column names never come from outside, and a wrong type fails here.
        checked = checked_changes(model, changes)
        if not checked:
            return
        assignments = ", ".join(f"{column} = ?" for column in checked)
        self._sql.defer(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            [*(to_db(v) for v in checked.values()), ident],
            must_change=f"{table} {ident}",
        )

    def _update(self, table: str, record: BaseModel, key: str = "id") -> None:
        values = record.model_dump()
        ident = values.pop(key)
        assignments = ", ".join(f"{column} = ?" for column in values)
        self._sql.defer(
            f"UPDATE {table} SET {assignments} WHERE {key} = ?",
            [*(to_db(v) for v in values.values()), ident],
            must_change=f"{table} {ident}",
        )
