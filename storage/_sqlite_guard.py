"""The SQLite repositories that guard the edges: handled updates and limited attempts."""

from __future__ import annotations

from datetime import datetime

from ._sqlite_statements import Repo, to_db

__all__ = ["Attempts", "Receipts"]


class Receipts(Repo):
    async def seen(self, source: str, update_id: int) -> bool:
        sql = "SELECT 1 FROM receipts WHERE source = ? AND update_id = ?"
        return bool(await self._sql.rows(sql, (source, update_id)))

    async def record(self, source: str, update_id: int, *, now: datetime) -> None:
        self._sql.defer(
            "INSERT INTO receipts (source, update_id, handled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (source, update_id, to_db(now)),
        )

    async def latest(self, source: str) -> int | None:
        rows = await self._sql.rows("SELECT max(update_id) FROM receipts WHERE source = ?", (source,))
        return None if rows[0][0] is None else int(rows[0][0])

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.rows(
            "DELETE FROM receipts WHERE handled_at < ? RETURNING update_id", (to_db(before),)
        )
        return len(rows)


class Attempts(Repo):
    async def record(self, kind: str, *, person_id: int | None, now: datetime) -> None:
        self._sql.defer(
            "INSERT INTO attempts (kind, person_id, at) VALUES (?, ?, ?)", (kind, person_id, to_db(now))
        )

    async def count(self, kind: str, *, since: datetime, person_id: int | None = None) -> int:
        if person_id is None:
            sql, params = "SELECT count(*) FROM attempts WHERE kind = ? AND at >= ?", (kind, to_db(since))
        else:
            sql = "SELECT count(*) FROM attempts WHERE person_id = ? AND kind = ? AND at >= ?"
            params = (person_id, kind, to_db(since))  # type: ignore[assignment]
        rows = await self._sql.rows(sql, params)
        return int(rows[0][0])

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.rows("DELETE FROM attempts WHERE at < ? RETURNING id", (to_db(before),))
        return len(rows)
