"""Statements on one SQLite connection: a unit's writes go to aiosqlite's thread as one batch."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar

import aiosqlite
import pydantic_core
from pydantic import BaseModel

from ._entities import (
    checked_changes,
)
from ._errors import ConflictError, NotFoundError, TransactionLostError
from ._sqlite_ids import Ids

__all__ = [
    "Finished",
    "Group",
    "Job",
    "Repo",
    "Statements",
    "Write",
    "in_worker",
    "submit",
    "to_db",
    "to_model",
]


M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
_JSON_FIELDS = frozenset({"state", "competencies", "body"})


# Values SQLite takes as they are; checked by exact type first, since most values are of these.
_AS_IS = frozenset({str, int, float, type(None), bytes})


def to_db(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
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
        # The same text as json.dumps(ensure_ascii=False, compact), four times faster: a conversation's
        # state is written on every turn.
        return pydantic_core.to_json(value).decode()
    return value


def to_model(model: type[M], row: aiosqlite.Row) -> M:
    data = {key: json.loads(row[key]) if key in _JSON_FIELDS else row[key] for key in row.keys()}  # noqa: SIM118
    return model.model_validate(data)


# Statements that need what an earlier one returned, run on the database thread in the batch's order.
Job = Callable[[sqlite3.Connection], None]


# Not frozen: a turn makes about ten, and a frozen dataclass sets each field through object.__setattr__.
@dataclass(slots=True)
class Write:
    sql: str
    params: tuple[Any, ...]
    must_change: str | None = None
    conflict: bool = False
    job: Job | None = None
    # A new row of this table with an id the store chose (Ids), which the database may already hold.
    fresh: str | None = None
    ids: Ids | None = None


def _run_batch(raw: sqlite3.Connection, writes: list[Write], query: Write | None) -> list[sqlite3.Row]:
    """Runs on aiosqlite's thread: the queued writes in order, then the query (if any)."""
    for write in writes:
        if write.job is not None:
            write.job(raw)
            continue
        try:
            cursor = raw.execute(write.sql, write.params)
        except sqlite3.IntegrityError as exc:
            if write.ids is None or f"{write.fresh}.id" not in str(exc):
                raise
            # Another program added a row with the id chosen here: read the highest ids again, redo.
            write.ids.read(raw)
            raise ConflictError(f"a new {write.fresh} row's id was taken by another program") from exc
        if write.must_change is not None and cursor.rowcount == 0:
            if write.conflict:
                raise ConflictError(f"{write.must_change} was changed by someone else (or is gone)")
            raise NotFoundError(f"{write.must_change} does not exist")
    return raw.execute(query.sql, query.params).fetchall() if query is not None else []


class Group:
    """What the database thread knows of one group of units (one database transaction)."""

    def __init__(self) -> None:
        self.began = False


def _open_unit(raw: sqlite3.Connection, group: Group) -> None:
    # The first unit of a group opens the database transaction; every unit has a savepoint of its own.
    if not raw.in_transaction:
        if group.began:
            raise TransactionLostError("the database rolled back this group's transaction")
        raw.execute("BEGIN IMMEDIATE")
        group.began = True
    raw.execute("SAVEPOINT unit")


def _close_unit(
    raw: sqlite3.Connection, group: Group, writes: list[Write], *, opened: bool, ok: bool, commit: bool
) -> Finished:
    """Runs on aiosqlite's thread: a unit's last writes, its RELEASE (or undo), then COMMIT if asked.

    Never raises: the unit's error and the commit's error are returned, so that a failing unit undoes only
    itself and the units queued behind it (in the same database transaction) carry on.
    """
    unit_error: Exception | None = None
    if ok and writes:
        try:
            if not opened:
                _open_unit(raw, group)
                opened = True
            _run_batch(raw, writes, None)
        except Exception as exc:
            unit_error, ok = exc, False
    if opened:
        try:
            raw.execute("RELEASE unit" if ok else "ROLLBACK TO unit")
            if not ok:
                raw.execute("RELEASE unit")
        except sqlite3.Error as exc:
            unit_error = unit_error or exc
    commit_error: Exception | None = None
    if commit and raw.in_transaction:
        try:
            raw.execute("COMMIT")
        except Exception as exc:
            commit_error = exc
            with contextlib.suppress(sqlite3.Error):
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
    elif commit and group.began:
        # Nothing to commit although the group began: nobody may be told their work is durable.
        commit_error = TransactionLostError("the database rolled back this group's transaction")
    return Finished(unit_error, commit_error)


@dataclass(frozen=True, slots=True)
class Finished:
    """How closing a unit went: its own error (it was undone) and the COMMIT's (the group was undone)."""

    unit_error: Exception | None = None
    commit_error: Exception | None = None


async def in_worker(
    conn: aiosqlite.Connection, writes: list[Write], query: Write | None, *, open_unit: Group | None = None
) -> list[sqlite3.Row]:
    """Run a batch of statements in one round trip to the connection's thread, in queue order.

    Every aiosqlite call is one round trip to its thread, measured here at 85-180 us of CPU (GIL hand-offs)
    against ~13 us for the SQL itself, so a unit's statements go as one batch.
    """

    def run(raw: sqlite3.Connection) -> list[sqlite3.Row]:
        if open_unit is not None:
            _open_unit(raw, open_unit)
        return _run_batch(raw, writes, query)

    return await submit(conn, run)


def submit(conn: aiosqlite.Connection, job: Callable[[sqlite3.Connection], T]) -> asyncio.Future[T]:
    """Queue `job` on the connection's thread now, in call order, and return its future without waiting.

    aiosqlite has no public call for either (its `_execute` queues the same way, but only once awaited,
    which is too late to keep the order). requirements.lock pins the version, and the storage contract
    tests run through this path.
    """
    if not conn._running or conn._connection is None:
        raise ValueError("Connection closed")
    raw = conn._connection
    future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    conn._tx.put_nowait((future, lambda: job(raw)))
    return future


class Statements:
    """The statements of one unit (or of a read-only view) on one connection.

    Writes whose result nobody needs are held back and sent together with the next query or at the end of
    the unit (with its SAVEPOINT/RELEASE), so a typical turn costs one round trip. They run in the order
    they were made; a failing write raises before anything after it runs.
    """

    def __init__(
        self,
        conn: aiosqlite.Connection,
        *,
        enter: Callable[[], Awaitable[Group]] | None = None,
        ids: Ids | None = None,
    ) -> None:
        self._conn = conn
        self.ids = ids
        self._pending: list[Write] = []
        # A unit of work (on the writer) waits for `enter` before its first round trip; a view has none.
        self._enter = enter
        self._opened = False
        self._sealed = False

    def seal(self) -> None:
        """The unit is over: any later statement is a mistake and raises."""
        self._sealed = True

    def _usable(self) -> None:
        if self._sealed:
            raise RuntimeError("statement after the end of its transaction")

    @property
    def holding(self) -> bool:
        """Whether writes are held back, waiting to be sent."""
        return bool(self._pending)

    async def rows(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        """Run a query after every held-back write; return its rows."""
        self._usable()
        opening: Group | None = None
        if self._enter is not None and not self._opened:
            group = await self._enter()
            # Two queries of one unit may have waited together: only the first one opens it.
            if not self._opened:
                opening, self._opened = group, True
        writes, self._pending = self._pending, []
        return list(await in_worker(self._conn, writes, Write(sql, tuple(params)), open_unit=opening))

    def defer(
        self,
        sql: str,
        params: Iterable[Any] = (),
        *,
        must_change: str | None = None,
        conflict: bool = False,
        fresh: str | None = None,
    ) -> None:
        """Hold back a write; `must_change` names the record a zero row count means is missing or changed,
        `fresh` the table of a new row whose id the store chose (see Ids)."""
        self._usable()
        if self._enter is None:
            raise RuntimeError("write through a read-only view")
        ids = self.ids if fresh is not None else None
        self._pending.append(Write(sql, tuple(params), must_change, conflict, fresh=fresh, ids=ids))

    def defer_job(self, job: Job) -> None:
        """Hold back writes that read as they go: `job` runs on the database thread where its place in
        the batch comes, with the connection (it must not touch anything of the event loop's)."""
        self._usable()
        if self._enter is None:
            raise RuntimeError("write through a read-only view")
        self._pending.append(Write("", (), job=job))

    def close(self, group: Group, *, ok: bool, commit: bool) -> asyncio.Future[Finished] | None:
        """Queue the unit's end now (its held-back writes and RELEASE, or its undo) and COMMIT if asked.

        Returns the future of that work, or None when there was nothing to send.
        """
        writes, self._pending = (self._pending if ok else []), []
        if not (writes or self._opened or commit):
            return None
        opened = self._opened
        return submit(
            self._conn, lambda raw: _close_unit(raw, group, writes, opened=opened, ok=ok, commit=commit)
        )


class Repo:
    def __init__(self, sql: Statements) -> None:
        self._sql = sql

    async def _one(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> M | None:
        rows = await self._sql.rows(sql, params)
        return to_model(model, rows[0]) if rows else None

    async def _all(self, model: type[M], sql: str, params: Iterable[Any] = ()) -> list[M]:
        return [to_model(model, row) for row in await self._sql.rows(sql, params)]

    async def _insert(self, table: str, values: dict[str, Any]) -> int:
        ident = self._sql.ids.take(table) if self._sql.ids is not None else None
        if ident is not None:
            values = {"id": ident, **values}
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
        if ident is not None:
            self._sql.defer(sql, [to_db(v) for v in values.values()], fresh=table)
            return ident
        rows = await self._sql.rows(f"{sql} RETURNING id", [to_db(v) for v in values.values()])
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
