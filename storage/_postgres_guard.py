"""The PostgreSQL repositories that guard the edges: handled updates and limited attempts."""

from __future__ import annotations

from datetime import datetime

from ._postgres_statements import PgRepo, to_db

__all__ = ["Attempts", "Receipts"]


class Receipts(PgRepo):
    async def seen(self, source: str, update_id: int) -> bool:
        sql = "SELECT 1 FROM receipts WHERE source = $1 AND update_id = $2"
        return bool(await self._sql.rows(sql, source, update_id))

    async def record(self, source: str, update_id: int, *, now: datetime) -> None:
        await self._sql.write(
            "INSERT INTO receipts (source, update_id, handled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            source,
            update_id,
            to_db(now),
        )

    async def latest(self, source: str) -> int | None:
        rows = await self._sql.rows("SELECT max(update_id) FROM receipts WHERE source = $1", source)
        return None if rows[0][0] is None else int(rows[0][0])

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.returning(
            "DELETE FROM receipts WHERE handled_at < $1 RETURNING update_id", to_db(before)
        )
        return len(rows)


class Attempts(PgRepo):
    async def record(self, kind: str, *, person_id: int | None, now: datetime) -> None:
        await self._sql.write(
            "INSERT INTO attempts (kind, person_id, at) VALUES ($1, $2, $3)", kind, person_id, to_db(now)
        )

    async def count(self, kind: str, *, since: datetime, person_id: int | None = None) -> int:
        if person_id is None:
            rows = await self._sql.rows(
                "SELECT count(*) FROM attempts WHERE kind = $1 AND at >= $2", kind, to_db(since)
            )
        else:
            rows = await self._sql.rows(
                "SELECT count(*) FROM attempts WHERE person_id = $1 AND kind = $2 AND at >= $3",
                person_id,
                kind,
                to_db(since),
            )
        return int(rows[0][0])

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.returning("DELETE FROM attempts WHERE at < $1 RETURNING id", to_db(before))
        return len(rows)
