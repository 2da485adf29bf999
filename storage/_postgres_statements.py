"""Statements on PostgreSQL (asyncpg): value conversion, error translation and the repository base."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

import asyncpg
from pydantic import BaseModel

from ._entities import checked_changes
from ._errors import ConflictError, NotFoundError, StorageError, TransactionLostError

__all__ = ["LOST", "PgRepo", "PgStatements", "Runner", "to_db", "to_model"]

M = TypeVar("M", bound=BaseModel)
# A unit of work runs on one connection; a read-only view takes a connection from its pool per statement.
Runner = asyncpg.Connection | asyncpg.pool.PoolConnectionProxy | asyncpg.Pool
_JSON_FIELDS = frozenset({"state", "body"})
# The server went away, or was told to stop: whatever the unit did is rolled back (or never arrived).
# A connection the server ended shows up in asyncpg as an InterfaceError ("released back to the pool",
# once asyncpg noticed) or an InternalClientError (a statement racing the news); both seen in
# tests/storage/test_postgres.py. A unit runs one statement at a time and is sealed at its end, so
# neither can mean a misuse of the connection here.
LOST = (
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.OperatorInterventionError,
    asyncpg.InternalClientError,
    OSError,
)


def to_db(value: Any) -> Any:
    """A Python value as asyncpg sends it: times with a zone, enums by value, dicts as JSON text."""
    if isinstance(value, datetime):
        # A time without a zone means UTC, as in the SQLite store (asyncpg would take the machine's zone).
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, str) and "\x00" in value:
        # PostgreSQL text cannot hold NUL; one typed into a chat becomes the replacement character.
        return value.replace("\x00", "\ufffd")
    return value


def to_model(model: type[M], row: asyncpg.Record) -> M:
    """A row as a model; JSON columns are decoded."""
    data = {key: json.loads(value) if key in _JSON_FIELDS else value for key, value in row.items()}
    return model.model_validate(data)


def _changed(status: str) -> int:
    """The row count of a command tag ("UPDATE 1", "INSERT 0 1", "DELETE 0")."""
    return int(status.rsplit(" ", 1)[-1])


class PgStatements:
    """The statements of one unit of work (on its connection) or of a read-only view (on a pool).

    Statements run at once, in order; database errors come back as this package's errors. A unit's
    connection runs one statement at a time, so two of its queries started together take turns.
    """

    def __init__(self, runner: Runner, *, writable: bool) -> None:
        self._runner = runner
        self._writable = writable
        self._turn = asyncio.Lock()
        self._sealed = False

    def seal(self) -> None:
        """The unit is over: any later statement is a mistake and raises."""
        self._sealed = True

    def usable(self, *, write: bool) -> None:
        """Raise unless a statement (a write, if `write`) may run here now."""
        if self._sealed:
            raise RuntimeError("statement after the end of its transaction")
        if write and not self._writable:
            raise RuntimeError("write through a read-only view")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except asyncpg.ForeignKeyViolationError as exc:
            raise NotFoundError(f"a record this refers to does not exist ({exc.constraint_name})") from exc
        except asyncpg.UniqueViolationError as exc:
            raise ValueError(f"that record exists already ({exc.constraint_name})") from exc
        except (asyncpg.CheckViolationError, asyncpg.DataError) as exc:
            raise ValueError(f"a value the database does not accept: {type(exc).__name__}") from exc
        except (asyncpg.DeadlockDetectedError, asyncpg.SerializationError) as exc:
            # Two units touched the same rows in opposite orders; the server ended one: redo it.
            raise ConflictError(f"the server ended this unit for another ({type(exc).__name__})") from exc
        except asyncpg.ReadOnlySQLTransactionError as exc:
            raise RuntimeError("write through a read-only view") from exc
        except LOST as exc:
            if self._writable:
                raise TransactionLostError(f"the database connection failed: {type(exc).__name__}") from exc
            raise StorageError(f"the database connection failed: {type(exc).__name__}") from exc

    async def rows(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        """Run a query; its rows."""
        self.usable(write=False)
        async with self._turn:
            with self._translated():
                return await self._runner.fetch(sql, *args)

    async def returning(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        """Run a write that returns rows (INSERT/UPDATE ... RETURNING); its rows."""
        self.usable(write=True)
        async with self._turn:
            with self._translated():
                return await self._runner.fetch(sql, *args)

    async def write(
        self, sql: str, *args: Any, must_change: str | None = None, conflict: bool = False
    ) -> None:
        """Run a write; `must_change` names the record a zero row count means is missing (or changed)."""
        self.usable(write=True)
        async with self._turn:
            with self._translated():
                status = await self._runner.execute(sql, *args)
        if must_change is not None and _changed(status) == 0:
            if conflict:
                raise ConflictError(f"{must_change} was changed by someone else (or is gone)")
            raise NotFoundError(f"{must_change} does not exist")


class PgRepo:
    """What every PostgreSQL repository shares: reading models, inserting, partial and whole updates."""

    def __init__(self, sql: PgStatements) -> None:
        self._sql = sql

    async def _one(self, model: type[M], sql: str, *args: Any) -> M | None:
        rows = await self._sql.rows(sql, *args)
        return to_model(model, rows[0]) if rows else None

    async def _all(self, model: type[M], sql: str, *args: Any) -> list[M]:
        return [to_model(model, row) for row in await self._sql.rows(sql, *args)]

    async def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join(f"${n}" for n in range(1, len(values) + 1))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id"
        rows = await self._sql.returning(sql, *(to_db(v) for v in values.values()))
        return int(rows[0][0])

    async def _change(
        self, table: str, model: type[BaseModel], ident: int, changes: dict[str, object]
    ) -> None:
        # Checked against the model: column names never come from outside, and a wrong type fails here.
        checked = checked_changes(model, changes)
        if not checked:
            self._sql.usable(write=True)
            return
        await self._set(table, "id", ident, checked)

    async def _update(self, table: str, record: BaseModel, key: str = "id") -> None:
        values = record.model_dump()
        ident = values.pop(key)
        await self._set(table, key, ident, values)

    async def _set(self, table: str, key: str, ident: object, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{column} = ${n}" for n, column in enumerate(values, start=1))
        await self._sql.write(
            f"UPDATE {table} SET {assignments} WHERE {key} = ${len(values) + 1}",
            *(to_db(v) for v in values.values()),
            ident,
            must_change=f"{table} {ident}",
        )
