"""The SQLite repositories for students, sessions, nudges and script versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._entities import (
    Nudge,
    NudgeKind,
    NudgeStatus,
    SessionRecord,
    Student,
    StudentKey,
    TurnStart,
)
from ._sqlite_guard import Receipts
from ._sqlite_statements import Repo, to_db

__all__ = ["Nudges", "Scripts", "Sessions", "Students"]

_SESSION_COLUMNS = tuple(name for name in SessionRecord.model_fields if name not in ("id", "version"))
_SAVE_SESSION = (
    f"UPDATE sessions SET {', '.join(f'{column} = ?' for column in _SESSION_COLUMNS)}, version = version + 1"
    " WHERE id = ? AND version = ?"
)


class Students(Repo):
    async def upsert(self, key: StudentKey, *, display_name: str, language: str, now: datetime) -> Student:
        found = await self._one(
            Student,
            "INSERT INTO students (channel, external_id, display_name, language, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, external_id) DO UPDATE SET"
            " last_seen_at = excluded.last_seen_at,"
            " display_name = CASE WHEN excluded.display_name = ''"
            " THEN display_name ELSE excluded.display_name END RETURNING *",
            (key.channel, key.external_id, display_name, language, to_db(now), to_db(now)),
        )
        assert found is not None
        return found

    async def get(self, student_id: int) -> Student | None:
        return await self._one(Student, "SELECT * FROM students WHERE id = ?", (student_id,))

    async def find(self, key: StudentKey) -> Student | None:
        sql = "SELECT * FROM students WHERE channel = ? AND external_id = ?"
        return await self._one(Student, sql, (key.channel, key.external_id))

    async def for_turn(
        self, key: StudentKey, *, receipt: tuple[str, int] | None = None, now: datetime
    ) -> TurnStart:
        # One process per file: the bot reads these separately, outside a unit (see ConversationService).
        student = await self.find(key)
        session = None if student is None else await Sessions(self._sql).current(student.id)
        if receipt is None:
            return TurnStart(student, session)
        receipts = Receipts(self._sql)
        if await receipts.seen(*receipt):
            return TurnStart(student, session, new_update=False)
        await receipts.record(*receipt, now=now)
        return TurnStart(student, session, new_update=True)

    async def save(self, student: Student) -> None:
        self._update("students", student)

    async def update(self, student_id: int, **changes: object) -> None:
        self._change("students", Student, student_id, changes)

    async def rekey(self, student_id: int, key: StudentKey) -> None:
        self._sql.defer(
            "UPDATE students SET channel = ?, external_id = ? WHERE id = ?",
            (key.channel, key.external_id, student_id),
            must_change=f"student {student_id}",
        )


class Sessions(Repo):
    async def current(self, student_id: int, *, lane: str | None = None) -> SessionRecord | None:
        in_lane = " AND lane = ?" if lane is not None else ""
        sql = (
            f"SELECT * FROM sessions WHERE student_id = ? AND status IN ('active', 'paused'){in_lane}"
            " ORDER BY id DESC LIMIT 1"
        )
        return await self._one(SessionRecord, sql, (student_id, *((lane,) if lane is not None else ())))

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
        self._sql.defer(
            "UPDATE sessions SET status = 'abandoned', updated_at = ?"
            " WHERE student_id = ? AND status IN ('active', 'paused') AND lane = ?",
            (to_db(now), student_id, lane),
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
        # Every turn saves its conversation: the fields are read as they are, not through model_dump,
        # which copies the whole state dict only for it to be written as JSON.
        self._sql.defer(
            _SAVE_SESSION,
            [*(to_db(getattr(record, column)) for column in _SESSION_COLUMNS), record.id, record.version],
            must_change=f"sessions {record.id} at version {record.version}",
            conflict=True,
        )
        return record.model_copy(update={"version": record.version + 1})


_LIVE = "('pending', 'sending', 'sent')"


def _on_channels(channels: tuple[str, ...] | None) -> tuple[str, tuple[str, ...]]:
    if channels is None:
        return "", ()
    marks = ", ".join("?" for _ in channels)
    return f" AND student_id IN (SELECT id FROM students WHERE channel IN ({marks}))", channels


_PLAN = (
    "INSERT INTO nudges (student_id, kind, item_id, due_at, status, attempts, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)"
    f" ON CONFLICT (kind, item_id) WHERE status IN {_LIVE} DO UPDATE SET"
    " due_at = excluded.due_at, status = 'pending', attempts = 0, sent_at = NULL,"
    " claimed_by = NULL, lease_until = NULL,"
    " updated_at = excluded.updated_at"
)


class Nudges(Repo):
    async def plan(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> Nudge:
        params = (student_id, kind.value, item_id, to_db(due_at), to_db(now), to_db(now))
        found = await self._one(Nudge, f"{_PLAN} RETURNING *", params)
        assert found is not None
        return found

    async def schedule(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> None:
        # Held back to the end of the unit: no round trip (and no hold on the writer) mid-turn.
        self._sql.defer(_PLAN, (student_id, kind.value, item_id, to_db(due_at), to_db(now), to_db(now)))

    async def cancel(self, kind: NudgeKind, item_id: int, *, now: datetime) -> None:
        self._sql.defer(
            "UPDATE nudges SET status = 'cancelled', updated_at = ?"
            f" WHERE kind = ? AND item_id = ? AND status IN {_LIVE}",
            (to_db(now), kind.value, item_id),
        )

    async def get(self, nudge_id: int) -> Nudge | None:
        return await self._one(Nudge, "SELECT * FROM nudges WHERE id = ?", (nudge_id,))

    async def save(self, nudge: Nudge) -> None:
        self._update("nudges", nudge)

    async def due(
        self, before: datetime, *, limit: int, channels: tuple[str, ...] | None = None
    ) -> list[Nudge]:
        on, params = _on_channels(channels)
        sql = f"SELECT * FROM nudges WHERE status IN {_LIVE} AND due_at <= ?{on} ORDER BY due_at, id LIMIT ?"
        return await self._all(Nudge, sql, (to_db(before), *params, limit))

    async def next_due(self, channels: tuple[str, ...] | None = None) -> datetime | None:
        on, params = _on_channels(channels)
        rows = await self._sql.rows(f"SELECT MIN(due_at) FROM nudges WHERE status IN {_LIVE}{on}", params)
        return datetime.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    async def live_for(self, student_id: int) -> list[Nudge]:
        sql = f"SELECT * FROM nudges WHERE student_id = ? AND status IN {_LIVE} ORDER BY due_at, id"
        return await self._all(Nudge, sql, (student_id,))

    async def listing(self, statuses: tuple[NudgeStatus, ...] = (), *, limit: int = 1000) -> list[Nudge]:
        where = f" WHERE status IN ({', '.join('?' for _ in statuses)})" if statuses else ""
        sql = f"SELECT * FROM nudges{where} ORDER BY due_at, id LIMIT ?"
        return await self._all(Nudge, sql, [*(s.value for s in statuses), limit])

    async def claim_due(
        self,
        before: datetime,
        *,
        limit: int,
        owner: str,
        lease_until: datetime,
        channels: tuple[str, ...] | None = None,
    ) -> list[Nudge]:
        on, params = _on_channels(channels)
        # One writer at a time in SQLite: nobody else can be claiming meanwhile.
        free = f"status IN {_LIVE} AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
        moment = to_db(before)
        found = await self._all(
            Nudge,
            f"UPDATE nudges SET claimed_by = ?, lease_until = ? WHERE {free} AND student_id IN"
            f" (SELECT student_id FROM nudges WHERE {free}{on} ORDER BY due_at, id LIMIT ?) RETURNING *",
            (owner, to_db(lease_until), moment, moment, moment, moment, *params, limit),
        )
        return sorted(found, key=lambda n: (n.due_at, n.id))

    async def handed_over(self, nudge_ids: list[int], *, now: datetime, owner: str | None = None) -> int:
        marks = ", ".join("?" for _ in nudge_ids)
        mine = " AND claimed_by = ?" if owner is not None else ""
        rows = await self._sql.rows(
            f"UPDATE nudges SET status = 'sent', updated_at = ? WHERE status = 'sending' AND id IN ({marks})"
            f"{mine} RETURNING id",
            (to_db(now), *nudge_ids, *((owner,) if owner is not None else ())),
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
        conditions, params = "", [to_db(now), to_db(now)]
        if ids is not None:
            conditions += f" AND id IN ({', '.join('?' for _ in ids)})"
            params.extend(ids)
        if expired_by is not None:
            conditions += " AND (lease_until IS NULL OR lease_until <= ?)"
            params.append(to_db(expired_by))
        if owner is not None:
            conditions += " AND claimed_by = ?"
            params.append(owner)
        rows = await self._sql.rows(
            "UPDATE nudges SET status = 'pending', attempts = MAX(attempts - 1, 0), due_at = ?,"
            " sent_at = NULL, claimed_by = NULL, lease_until = NULL, updated_at = ?"
            f" WHERE status = 'sending'{conditions} RETURNING id",
            params,
        )
        if ids is None and expired_by is None and owner is None:
            self._sql.defer(
                f"UPDATE nudges SET claimed_by = NULL, lease_until = NULL WHERE status IN {_LIVE}"
                " AND lease_until IS NOT NULL"
            )
        return len(rows)

    async def unask(self, nudge_ids: list[int], *, now: datetime) -> None:
        marks = ", ".join("?" for _ in nudge_ids)
        self._sql.defer(
            "UPDATE nudges SET status = 'pending', attempts = MAX(attempts - 1, 0), due_at = ?,"
            f" sent_at = NULL, updated_at = ? WHERE status IN ('sending', 'sent') AND id IN ({marks})",
            (to_db(now), to_db(now), *nudge_ids),
        )

    async def messages_between(self, student_id: int, start: datetime, end: datetime) -> int:
        rows = await self._sql.rows(
            "SELECT COUNT(DISTINCT sent_at) FROM nudges"
            " WHERE student_id = ? AND sent_at >= ? AND sent_at < ?",
            (student_id, to_db(start), to_db(end)),
        )
        return int(rows[0][0])


class Scripts(Repo):
    async def remember(self, digest: str, *, script_id: str, source: str, now: datetime) -> None:
        self._sql.defer(
            "INSERT INTO script_versions (digest, script_id, source, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (digest) DO NOTHING",
            (digest, script_id, source, to_db(now)),
        )

    async def source(self, digest: str) -> str | None:
        rows = await self._sql.rows("SELECT source FROM script_versions WHERE digest = ?", (digest,))
        return str(rows[0][0]) if rows else None
