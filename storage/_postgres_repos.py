"""The PostgreSQL repositories for students, sessions, nudges and script versions."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ._entities import Nudge, NudgeKind, NudgeStatus, SessionRecord, Student, StudentKey, TurnStart
from ._postgres_statements import PgRepo, to_db

__all__ = ["Nudges", "Scripts", "Sessions", "Students"]


class Students(PgRepo):
    async def upsert(self, key: StudentKey, *, display_name: str, language: str, now: datetime) -> Student:
        [row] = await self._sql.returning(
            "INSERT INTO students (channel, external_id, display_name, language, created_at, last_seen_at)"
            " VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (channel, external_id) DO UPDATE SET"
            " last_seen_at = excluded.last_seen_at,"
            " display_name = CASE WHEN excluded.display_name = ''"
            " THEN students.display_name ELSE excluded.display_name END RETURNING *",
            key.channel,
            key.external_id,
            to_db(display_name),
            language,
            to_db(now),
        )
        return Student.model_validate(dict(row))

    async def get(self, student_id: int) -> Student | None:
        return await self._one(Student, "SELECT * FROM students WHERE id = $1", student_id)

    async def find(self, key: StudentKey) -> Student | None:
        sql = "SELECT * FROM students WHERE channel = $1 AND external_id = $2"
        return await self._one(Student, sql, key.channel, key.external_id)

    async def for_turn(
        self, key: StudentKey, *, receipt: tuple[str, int] | None = None, now: datetime
    ) -> TurnStart:
        # One round trip instead of three (and the receipt's INSERT at the end): most of a turn's cost here.
        # The conversation comes as JSON (its state column is json: embedded as stored, key order kept).
        args: list[Any] = [key.channel, key.external_id]
        head, new_update = "", "NULL::bigint"
        if receipt is not None:
            head = (
                "WITH claim AS (INSERT INTO receipts (source, update_id, handled_at) VALUES ($3, $4, $5)"
                " ON CONFLICT DO NOTHING RETURNING 1) "
            )
            new_update = "(SELECT count(*) FROM claim)"
            args += [receipt[0], receipt[1], to_db(now)]
        sql = (
            f"{head}SELECT {new_update} AS lb_new_update, row_to_json(open_session) AS lb_session, s.*"
            " FROM (SELECT 1) AS one LEFT JOIN students s ON s.channel = $1 AND s.external_id = $2"
            " LEFT JOIN LATERAL (SELECT * FROM sessions WHERE student_id = s.id"
            " AND status IN ('active', 'paused') ORDER BY id DESC LIMIT 1) AS open_session ON true"
        )
        rows = await (self._sql.returning(sql, *args) if receipt else self._sql.rows(sql, *args))
        row = dict(rows[0])
        claimed, session = row.pop("lb_new_update"), row.pop("lb_session")
        student = Student.model_validate(row) if row["id"] is not None else None
        found = SessionRecord.model_validate(json.loads(session)) if session is not None else None
        return TurnStart(student, found, None if claimed is None else claimed > 0)

    async def save(self, student: Student) -> None:
        await self._update("students", student)

    async def update(self, student_id: int, **changes: object) -> None:
        await self._change("students", Student, student_id, changes)

    async def rekey(self, student_id: int, key: StudentKey) -> None:
        await self._sql.write(
            "UPDATE students SET channel = $1, external_id = $2 WHERE id = $3",
            key.channel,
            key.external_id,
            student_id,
            must_change=f"student {student_id}",
        )


class Sessions(PgRepo):
    async def current(self, student_id: int, *, lane: str | None = None) -> SessionRecord | None:
        sql = "SELECT * FROM sessions WHERE student_id = $1 AND status IN ('active', 'paused')"
        if lane is None:
            return await self._one(SessionRecord, sql + " ORDER BY id DESC LIMIT 1", student_id)
        return await self._one(
            SessionRecord, sql + " AND lane = $2 ORDER BY id DESC LIMIT 1", student_id, lane
        )

    async def create(
        self,
        student_id: int,
        *,
        script_id: str,
        script_hash: str,
        state: dict[str, Any],
        experience_id: int | None,
        now: datetime,
        lane: str = "main",
    ) -> SessionRecord:
        await self._sql.write(
            "UPDATE sessions SET status = 'abandoned', updated_at = $1"
            " WHERE student_id = $2 AND status IN ('active', 'paused') AND lane = $3",
            to_db(now),
            student_id,
            lane,
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
            "lane": lane,
        }
        session_id = await self._insert("sessions", values)
        return SessionRecord(id=session_id, **values)

    async def save(self, record: SessionRecord) -> SessionRecord:
        values = record.model_dump(exclude={"id", "version"})
        assignments = ", ".join(f"{column} = ${n}" for n, column in enumerate(values, start=1))
        count = len(values)
        await self._sql.write(
            f"UPDATE sessions SET {assignments}, version = version + 1"
            f" WHERE id = ${count + 1} AND version = ${count + 2}",
            *(to_db(v) for v in values.values()),
            record.id,
            record.version,
            must_change=f"sessions {record.id} at version {record.version}",
            conflict=True,
        )
        return record.model_copy(update={"version": record.version + 1})


_LIVE = "('pending', 'sending', 'sent')"


def _on_channels(channels: tuple[str, ...] | None, number: int) -> tuple[str, tuple[list[str], ...]]:
    """The condition "of a student on these channels" as parameter `number`, and its argument."""
    if channels is None:
        return "", ()
    return f" AND student_id IN (SELECT id FROM students WHERE channel = ANY(${number}::text[]))", (
        list(channels),
    )


class Nudges(PgRepo):
    async def plan(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> Nudge:
        [row] = await self._sql.returning(
            "INSERT INTO nudges (student_id, kind, item_id, due_at, status, attempts, created_at, updated_at)"
            " VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5)"
            f" ON CONFLICT (kind, item_id) WHERE status IN {_LIVE} DO UPDATE SET"
            " due_at = excluded.due_at, status = 'pending', attempts = 0, sent_at = NULL,"
            " claimed_by = NULL, lease_until = NULL,"
            " updated_at = excluded.updated_at RETURNING *",
            student_id,
            kind.value,
            item_id,
            to_db(due_at),
            to_db(now),
        )
        return Nudge.model_validate(dict(row))

    async def schedule(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> None:
        await self.plan(student_id, kind, item_id, due_at=due_at, now=now)

    async def cancel(self, kind: NudgeKind, item_id: int, *, now: datetime) -> None:
        await self._sql.write(
            "UPDATE nudges SET status = 'cancelled', updated_at = $1"
            f" WHERE kind = $2 AND item_id = $3 AND status IN {_LIVE}",
            to_db(now),
            kind.value,
            item_id,
        )

    async def get(self, nudge_id: int) -> Nudge | None:
        return await self._one(Nudge, "SELECT * FROM nudges WHERE id = $1", nudge_id)

    async def save(self, nudge: Nudge) -> None:
        await self._update("nudges", nudge)

    async def due(
        self, before: datetime, *, limit: int, channels: tuple[str, ...] | None = None
    ) -> list[Nudge]:
        on, args = _on_channels(channels, 3)
        sql = (
            f"SELECT * FROM nudges WHERE status IN {_LIVE} AND due_at <= $1{on} ORDER BY due_at, id LIMIT $2"
        )
        return await self._all(Nudge, sql, to_db(before), limit, *args)

    async def next_due(self, channels: tuple[str, ...] | None = None) -> datetime | None:
        on, args = _on_channels(channels, 1)
        rows = await self._sql.rows(f"SELECT MIN(due_at) FROM nudges WHERE status IN {_LIVE}{on}", *args)
        found: datetime | None = rows[0][0]
        return found

    async def live_for(self, student_id: int) -> list[Nudge]:
        sql = f"SELECT * FROM nudges WHERE student_id = $1 AND status IN {_LIVE} ORDER BY due_at, id"
        return await self._all(Nudge, sql, student_id)

    async def listing(self, statuses: tuple[NudgeStatus, ...] = (), *, limit: int = 1000) -> list[Nudge]:
        if not statuses:
            return await self._all(Nudge, "SELECT * FROM nudges ORDER BY due_at, id LIMIT $1", limit)
        sql = "SELECT * FROM nudges WHERE status = ANY($2::text[]) ORDER BY due_at, id LIMIT $1"
        return await self._all(Nudge, sql, limit, [s.value for s in statuses])

    async def claim_due(
        self,
        before: datetime,
        *,
        limit: int,
        owner: str,
        lease_until: datetime,
        channels: tuple[str, ...] | None = None,
    ) -> list[Nudge]:
        on, args = _on_channels(channels, 5)
        # SKIP LOCKED: instances claiming at the same moment each get other rows instead of waiting.
        free = f"status IN {_LIVE} AND due_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)"
        rows = await self._sql.returning(
            f"WITH picked AS (SELECT student_id FROM nudges WHERE {free}{on}"
            " ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED),"
            f" mine AS (SELECT id FROM nudges WHERE {free}"
            " AND student_id IN (SELECT student_id FROM picked) FOR UPDATE SKIP LOCKED)"
            " UPDATE nudges SET claimed_by = $3, lease_until = $4 WHERE id IN (SELECT id FROM mine)"
            " RETURNING *",
            to_db(before),
            limit,
            owner,
            to_db(lease_until),
            *args,
        )
        return sorted((Nudge.model_validate(dict(row)) for row in rows), key=lambda n: (n.due_at, n.id))

    async def handed_over(self, nudge_ids: list[int], *, now: datetime, owner: str | None = None) -> int:
        mine = " AND claimed_by = $3" if owner is not None else ""
        rows = await self._sql.returning(
            "UPDATE nudges SET status = 'sent', updated_at = $1"
            f" WHERE status = 'sending' AND id = ANY($2){mine} RETURNING id",
            to_db(now),
            nudge_ids,
            *((owner,) if owner is not None else ()),
        )
        return len(rows)

    async def requeue_unsent(
        self,
        *,
        now: datetime,
        ids: list[int] | None = None,
        expired_by: datetime | None = None,
        owner: str | None = None,
    ) -> int:
        conditions, args = "", [to_db(now)]
        if ids is not None:
            args.append(ids)
            conditions += f" AND id = ANY(${len(args)})"
        if expired_by is not None:
            args.append(to_db(expired_by))
            conditions += f" AND (lease_until IS NULL OR lease_until <= ${len(args)})"
        if owner is not None:
            args.append(owner)
            conditions += f" AND claimed_by = ${len(args)}"
        rows = await self._sql.returning(
            "UPDATE nudges SET status = 'pending', attempts = GREATEST(attempts - 1, 0), due_at = $1,"
            " sent_at = NULL, claimed_by = NULL, lease_until = NULL, updated_at = $1"
            f" WHERE status = 'sending'{conditions} RETURNING id",
            *args,
        )
        if ids is None and expired_by is None and owner is None:
            await self._sql.write(
                f"UPDATE nudges SET claimed_by = NULL, lease_until = NULL WHERE status IN {_LIVE}"
                " AND lease_until IS NOT NULL"
            )
        return len(rows)

    async def unask(self, nudge_ids: list[int], *, now: datetime) -> None:
        await self._sql.write(
            "UPDATE nudges SET status = 'pending', attempts = GREATEST(attempts - 1, 0), due_at = $1,"
            " sent_at = NULL, updated_at = $1 WHERE status IN ('sending', 'sent') AND id = ANY($2)",
            to_db(now),
            nudge_ids,
        )

    async def messages_between(self, student_id: int, start: datetime, end: datetime) -> int:
        rows = await self._sql.rows(
            "SELECT COUNT(DISTINCT sent_at) FROM nudges"
            " WHERE student_id = $1 AND sent_at >= $2 AND sent_at < $3",
            student_id,
            to_db(start),
            to_db(end),
        )
        return int(rows[0][0])


class Scripts(PgRepo):
    async def remember(self, digest: str, *, script_id: str, source: str, now: datetime) -> None:
        await self._sql.write(
            "INSERT INTO script_versions (digest, script_id, source, created_at) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (digest) DO NOTHING",
            digest,
            script_id,
            to_db(source),
            to_db(now),
        )

    async def source(self, digest: str) -> str | None:
        rows = await self._sql.rows("SELECT source FROM script_versions WHERE digest = $1", digest)
        return str(rows[0][0]) if rows else None
