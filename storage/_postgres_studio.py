"""The PostgreSQL repositories of the studio: drafts, publications and log; the counts per question."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import asyncpg

from ._errors import ConflictError
from ._postgres_statements import PgRepo, to_db, to_model
from ._studio_entities import Draft, Publication, StudioChange, Tally, Waiting
from ._studio_tally import (
    Delta,
    answered_deltas,
    asked_deltas,
    finished_deltas,
    forget_deltas,
    merged,
    when,
)

__all__ = ["Studio", "Tallies"]

_CONFLICT = (
    " ON CONFLICT (script_hash, node, arm, measure, value) DO UPDATE"
    " SET count = question_totals.count + excluded.count"
)


def _draft(row: asyncpg.Record) -> Draft:
    return Draft.model_validate({**dict(row), "experiments": json.loads(row["experiments"])})


def _publication(row: asyncpg.Record) -> Publication:
    return Publication.model_validate({**dict(row), "experiments": json.loads(row["experiments"])})


class Studio(PgRepo):
    async def draft(self, script_id: str) -> Draft | None:
        rows = await self._sql.rows("SELECT * FROM studio_drafts WHERE script_id = $1", script_id)
        return _draft(rows[0]) if rows else None

    async def drafts(self) -> list[Draft]:
        return [_draft(r) for r in await self._sql.rows("SELECT * FROM studio_drafts ORDER BY script_id")]

    async def save_draft(
        self,
        script_id: str,
        *,
        source: str,
        base_digest: str,
        experiments: list[str],
        revision: int,
        person_id: int | None,
        now: datetime,
    ) -> Draft:
        values = (to_db(source), base_digest, json.dumps(experiments), person_id, to_db(now), script_id)
        if revision == 0:
            rows = await self._sql.returning(
                "INSERT INTO studio_drafts (source, base_digest, experiments, updated_by, updated_at,"
                " script_id, revision) VALUES ($1, $2, $3, $4, $5, $6, 1)"
                " ON CONFLICT (script_id) DO NOTHING RETURNING *",
                *values,
            )
        else:
            rows = await self._sql.returning(
                "UPDATE studio_drafts SET source = $1, base_digest = $2, experiments = $3, updated_by = $4,"
                " updated_at = $5, revision = revision + 1 WHERE script_id = $6 AND revision = $7"
                " RETURNING *",
                *values,
                revision,
            )
        if not rows:
            raise ConflictError(f"the draft of {script_id} is no longer at revision {revision}")
        return _draft(rows[0])

    async def discard_draft(self, script_id: str, *, revision: int) -> None:
        await self._sql.write(
            "DELETE FROM studio_drafts WHERE script_id = $1 AND revision = $2",
            script_id,
            revision,
            must_change=f"the draft of {script_id} at revision {revision}",
            conflict=True,
        )

    async def publish(
        self,
        script_id: str,
        *,
        digest: str,
        note: str,
        person_id: int | None,
        now: datetime,
        experiments: list[str],
        rollback_of: int | None = None,
    ) -> Publication:
        rows = await self._sql.returning(
            "INSERT INTO script_publications (script_id, digest, note, published_by, published_at,"
            " rollback_of, experiments) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *",
            script_id,
            digest,
            to_db(note),
            person_id,
            to_db(now),
            rollback_of,
            json.dumps(experiments),
        )
        return _publication(rows[0])

    async def published(self, script_id: str) -> Publication | None:
        rows = await self._sql.rows(
            "SELECT * FROM script_publications WHERE script_id = $1 ORDER BY id DESC LIMIT 1", script_id
        )
        return _publication(rows[0]) if rows else None

    async def publications(self, script_id: str) -> list[Publication]:
        rows = await self._sql.rows(
            "SELECT * FROM script_publications WHERE script_id = $1 ORDER BY id DESC", script_id
        )
        return [_publication(r) for r in rows]

    async def log(
        self,
        script_id: str,
        *,
        action: str,
        person_id: int | None,
        now: datetime,
        question: str | None = None,
        detail: str = "",
    ) -> None:
        await self._sql.write(
            "INSERT INTO studio_log (script_id, question, action, detail, person_id, at)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            script_id,
            question,
            action,
            to_db(detail),
            person_id,
            to_db(now),
        )

    async def changes(self, script_id: str, *, limit: int) -> list[StudioChange]:
        return await self._all(
            StudioChange,
            "SELECT * FROM studio_log WHERE script_id = $1 ORDER BY id DESC LIMIT $2",
            script_id,
            limit,
        )

    async def versions(self, script_id: str) -> list[tuple[str, datetime]]:
        rows = await self._sql.rows(
            "SELECT digest, min(at) AS at FROM (SELECT digest, created_at AS at FROM script_versions"
            " WHERE script_id = $1 UNION ALL SELECT digest, published_at FROM script_publications"
            " WHERE script_id = $1) AS found GROUP BY digest ORDER BY min(at), digest",
            script_id,
        )
        return [(str(r["digest"]), when(r["at"])) for r in rows]


class Tallies(PgRepo):
    async def _add(self, deltas: Iterable[Delta]) -> None:
        rows = merged(deltas)
        if not rows:
            return
        marks = ", ".join(
            f"(${n * 6 + 1}, ${n * 6 + 2}, ${n * 6 + 3}, ${n * 6 + 4}, ${n * 6 + 5}, ${n * 6 + 6})"
            for n in range(len(rows))
        )
        params: list[Any] = [v for d in rows for v in d]
        await self._sql.write(
            "INSERT INTO question_totals (script_hash, node, arm, measure, value, count)"
            f" VALUES {marks}{_CONFLICT}",
            *params,
        )

    async def _students(self, student_id: int, script_hash: str, node: str, arm: int) -> None:
        # Before the row is added: whether this student was asked this question in this wording before.
        await self._sql.write(
            "INSERT INTO question_totals (script_hash, node, arm, measure, value, count)"
            " SELECT $1, $2, $3, 'students', 0, 1 WHERE NOT EXISTS (SELECT 1 FROM question_visits"
            " WHERE script_hash = $1 AND node = $2 AND arm = $3 AND student_id = $4)" + _CONFLICT,
            script_hash,
            node,
            arm,
            student_id,
        )

    async def asked(
        self, student_id: int, session_id: int, *, script_hash: str, node: str, arm: int, now: datetime
    ) -> None:
        await self._students(student_id, script_hash, node, arm)
        await self._sql.write(
            "INSERT INTO question_visits (student_id, session_id, script_hash, node, arm, asked_at)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            student_id,
            session_id,
            script_hash,
            node,
            arm,
            to_db(now),
        )
        await self._add(asked_deltas(script_hash, node, arm))

    async def mark(self, session_id: int, *, thin: int = 0, helps: int = 0, words: int | None = None) -> None:
        await self._sql.write(
            "UPDATE question_visits SET thin = thin + $1, helps = helps + $2,"
            " words = CASE WHEN $3::integer IS NULL THEN words ELSE coalesce(words, 0) + $3::integer END"
            " WHERE session_id = $4 AND answered_at IS NULL",
            thin,
            helps,
            words,
            session_id,
        )

    async def answered(self, session_id: int, *, now: datetime) -> None:
        rows = await self._sql.returning(
            "UPDATE question_visits SET answered_at = $1,"
            " seconds = floor(extract(epoch FROM $1 - asked_at))::integer"
            " WHERE session_id = $2 AND answered_at IS NULL"
            " RETURNING script_hash, node, arm, words, thin, helps, seconds",
            to_db(now),
            session_id,
        )
        for row in rows:
            await self._add(
                answered_deltas(
                    row["script_hash"],
                    row["node"],
                    row["arm"],
                    row["words"],
                    row["thin"],
                    row["helps"],
                    float(row["seconds"]),
                )
            )

    async def finished(
        self,
        student_id: int,
        session_id: int,
        *,
        script_hash: str,
        node: str,
        arms: dict[str, int],
        now: datetime,
    ) -> None:
        await self._students(student_id, script_hash, node, 0)
        await self._sql.write(
            "INSERT INTO question_visits (student_id, session_id, script_hash, node, arm, asked_at,"
            " answered_at, seconds, ended) VALUES ($1, $2, $3, $4, 0, $5, $5, 0, true)",
            student_id,
            session_id,
            script_hash,
            node,
            to_db(now),
        )
        await self._add(finished_deltas(script_hash, node, arms))

    async def totals(self, script_hash: str) -> list[Tally]:
        return await self._all(
            Tally,
            "SELECT node, arm, measure, value, count FROM question_totals WHERE script_hash = $1",
            script_hash,
        )

    async def waiting(self, script_hash: str, *, stopped_before: datetime) -> list[Waiting]:
        rows = await self._sql.rows(
            "SELECT node, arm, count(*) FILTER (WHERE asked_at < $1) AS stopped,"
            " count(DISTINCT student_id) FILTER (WHERE asked_at < $1) AS stopped_students,"
            " count(*) FILTER (WHERE asked_at >= $1) AS waiting FROM question_visits"
            " WHERE script_hash = $2 AND answered_at IS NULL GROUP BY node, arm",
            to_db(stopped_before),
            script_hash,
        )
        return [to_model(Waiting, row) for row in rows]

    async def students(self, script_hash: str, node: str, arm: int, *, answered: bool, at_most: int) -> int:
        condition = " AND answered_at IS NOT NULL" if answered else ""
        rows = await self._sql.rows(
            "SELECT count(*) FROM (SELECT DISTINCT student_id FROM question_visits"
            f" WHERE script_hash = $1 AND node = $2 AND arm = $3{condition} LIMIT $4) AS found",
            script_hash,
            node,
            arm,
            at_most,
        )
        return int(rows[0][0])

    async def forget(self, person_id: int) -> None:
        rows = await self._sql.rows(
            "SELECT session_id, script_hash, node, arm, answered_at IS NOT NULL AS answered, words, thin,"
            " helps, seconds, ended FROM question_visits WHERE student_id = $1 ORDER BY id",
            person_id,
        )
        deltas = forget_deltas([dict(r) for r in rows])
        await self._add(deltas)
        for script_hash in sorted({d.script_hash for d in deltas}):
            await self._sql.write(
                "DELETE FROM question_totals WHERE script_hash = $1 AND count <= 0", script_hash
            )
