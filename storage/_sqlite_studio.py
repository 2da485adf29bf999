"""The SQLite repositories of the studio: drafts, publications and log; the counts per question."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import aiosqlite

from ._errors import ConflictError
from ._sqlite_statements import Repo, to_db
from ._studio_entities import Draft, Publication, StudioChange, Tally, TallyStep, Waiting
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

_UPSERT = (
    "INSERT INTO question_totals (script_hash, node, arm, measure, value, count) VALUES {rows}"
    " ON CONFLICT (script_hash, node, arm, measure, value) DO UPDATE"
    " SET count = question_totals.count + excluded.count"
)
_MARK = (
    "UPDATE question_visits SET thin = thin + ?, helps = helps + ?,"
    " words = CASE WHEN ? IS NULL THEN words ELSE coalesce(words, 0) + ? END"
    " WHERE session_id = ? AND answered_at IS NULL"
)
# Before the visit is added: whether this student was asked this question in this wording before.
_STUDENTS = (
    "INSERT INTO question_totals (script_hash, node, arm, measure, value, count)"
    " SELECT ?, ?, ?, 'students', 0, 1 WHERE NOT EXISTS (SELECT 1 FROM question_visits"
    " WHERE script_hash = ? AND node = ? AND arm = ? AND student_id = ?)"
    " ON CONFLICT (script_hash, node, arm, measure, value) DO UPDATE"
    " SET count = question_totals.count + 1"
)


def _upsert(rows: list[Delta]) -> tuple[str, list[Any]]:
    marks = ", ".join("(?, ?, ?, ?, ?, ?)" for _ in rows)
    return _UPSERT.format(rows=marks), [v for d in rows for v in d]


def _total(raw: sqlite3.Connection, deltas: list[Delta]) -> None:
    """On the database thread: add to the running totals."""
    rows = merged(deltas)
    if rows:
        raw.execute(*_upsert(rows))


def _answer(
    raw: sqlite3.Connection, session_id: int, now: datetime, thin: int, helps: int, words: int | None
) -> list[Delta]:
    """On the database thread: close the question the conversation waited at (with the turn's note on it,
    as `mark` would have added it first); what that adds to the totals."""
    deltas: list[Delta] = []
    open_visits = raw.execute(
        "SELECT id, script_hash, node, arm, asked_at, words, thin, helps FROM question_visits"
        " WHERE session_id = ? AND answered_at IS NULL",
        (session_id,),
    ).fetchall()
    for row in open_visits:
        seconds = (now - when(row["asked_at"])).total_seconds()
        typed = row["words"] if words is None else (row["words"] or 0) + words
        thin_now, helps_now = row["thin"] + thin, row["helps"] + helps
        raw.execute(
            "UPDATE question_visits SET answered_at = ?, seconds = ?, thin = ?, helps = ?, words = ?"
            " WHERE id = ?",
            (to_db(now), int(seconds), thin_now, helps_now, typed, row["id"]),
        )
        deltas += answered_deltas(
            row["script_hash"], row["node"], row["arm"], typed, thin_now, helps_now, seconds
        )
    return deltas


def _step(raw: sqlite3.Connection, step: TallyStep) -> None:
    """On the database thread: a turn's counts (TallyRepository.step), the totals in one upsert."""
    deltas: list[Delta] = []
    if step.answered:
        deltas += _answer(raw, step.session_id, step.now, step.thin, step.helps, step.words)
    elif step.marks:
        raw.execute(_MARK, (step.thin, step.helps, step.words, step.words, step.session_id))
    digest, student, now = step.script_hash, step.student_id, to_db(step.now)
    if step.finished is not None:
        node = step.finished
        raw.execute(_STUDENTS, (digest, node, 0, digest, node, 0, student))
        raw.execute(
            "INSERT INTO question_visits (student_id, session_id, script_hash, node, arm, asked_at,"
            " answered_at, seconds, ended) VALUES (?, ?, ?, ?, 0, ?, ?, 0, 1)",
            (student, step.session_id, digest, node, now, now),
        )
        deltas += finished_deltas(digest, node, step.arms)
    elif step.asked is not None:
        node, arm = step.asked
        raw.execute(_STUDENTS, (digest, node, arm, digest, node, arm, student))
        raw.execute(
            "INSERT INTO question_visits (student_id, session_id, script_hash, node, arm, asked_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (student, step.session_id, digest, node, arm, now),
        )
        deltas += asked_deltas(digest, node, arm)
    _total(raw, deltas)


def _draft(row: aiosqlite.Row) -> Draft:
    return Draft.model_validate({**dict(row), "experiments": json.loads(row["experiments"])})


def _publication(row: aiosqlite.Row) -> Publication:
    return Publication.model_validate({**dict(row), "experiments": json.loads(row["experiments"])})


class Studio(Repo):
    async def draft(self, script_id: str) -> Draft | None:
        rows = await self._sql.rows("SELECT * FROM studio_drafts WHERE script_id = ?", (script_id,))
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
        values = (source, base_digest, json.dumps(experiments), person_id, to_db(now))
        if revision == 0:
            sql = (
                "INSERT INTO studio_drafts (source, base_digest, experiments, updated_by, updated_at,"
                " script_id, revision) VALUES (?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT (script_id) DO NOTHING RETURNING *"
            )
            rows = await self._sql.rows(sql, (*values, script_id))
        else:
            sql = (
                "UPDATE studio_drafts SET source = ?, base_digest = ?, experiments = ?, updated_by = ?,"
                " updated_at = ?, revision = revision + 1 WHERE script_id = ? AND revision = ? RETURNING *"
            )
            rows = await self._sql.rows(sql, (*values, script_id, revision))
        if not rows:
            raise ConflictError(f"the draft of {script_id} is no longer at revision {revision}")
        return _draft(rows[0])

    async def discard_draft(self, script_id: str, *, revision: int) -> None:
        rows = await self._sql.rows(
            "DELETE FROM studio_drafts WHERE script_id = ? AND revision = ? RETURNING script_id",
            (script_id, revision),
        )
        if not rows:
            raise ConflictError(f"the draft of {script_id} is no longer at revision {revision}")

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
        rows = await self._sql.rows(
            "INSERT INTO script_publications (script_id, digest, note, published_by, published_at,"
            " rollback_of, experiments) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *",
            (script_id, digest, note, person_id, to_db(now), rollback_of, json.dumps(experiments)),
        )
        return _publication(rows[0])

    async def published(self, script_id: str) -> Publication | None:
        rows = await self._sql.rows(
            "SELECT * FROM script_publications WHERE script_id = ? ORDER BY id DESC LIMIT 1", (script_id,)
        )
        return _publication(rows[0]) if rows else None

    async def publications(self, script_id: str) -> list[Publication]:
        rows = await self._sql.rows(
            "SELECT * FROM script_publications WHERE script_id = ? ORDER BY id DESC", (script_id,)
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
        self._sql.defer(
            "INSERT INTO studio_log (script_id, question, action, detail, person_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (script_id, question, action, detail, person_id, to_db(now)),
        )

    async def changes(self, script_id: str, *, limit: int) -> list[StudioChange]:
        return await self._all(
            StudioChange,
            "SELECT * FROM studio_log WHERE script_id = ? ORDER BY id DESC LIMIT ?",
            (script_id, limit),
        )

    async def versions(self, script_id: str) -> list[tuple[str, datetime]]:
        rows = await self._sql.rows(
            "SELECT digest, min(at) FROM (SELECT digest, created_at AS at FROM script_versions"
            " WHERE script_id = ? UNION ALL SELECT digest, published_at FROM script_publications"
            " WHERE script_id = ?) GROUP BY digest ORDER BY min(at), digest",
            (script_id, script_id),
        )
        return [(str(r[0]), when(r[1])) for r in rows]


class Tallies(Repo):
    # A turn's counts are written as one job on the database thread (see step): no round trip of their own
    # in the middle of the turn, and one upsert of the totals for everything the turn counted.
    def _add(self, deltas: Iterable[Delta]) -> None:
        rows = merged(deltas)
        if rows:
            self._sql.defer(*_upsert(rows))

    async def asked(
        self, student_id: int, session_id: int, *, script_hash: str, node: str, arm: int, now: datetime
    ) -> None:
        await self.step(TallyStep(student_id, session_id, script_hash, now, asked=(node, arm)))

    async def mark(self, session_id: int, *, thin: int = 0, helps: int = 0, words: int | None = None) -> None:
        self._sql.defer(_MARK, (thin, helps, words, words, session_id))

    async def answered(self, session_id: int, *, now: datetime) -> None:
        self._sql.defer_job(lambda raw: _total(raw, _answer(raw, session_id, now, 0, 0, None)))

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
        await self.step(TallyStep(student_id, session_id, script_hash, now, finished=node, arms=arms))

    async def step(self, step: TallyStep) -> None:
        if step.answered or step.asked is not None or step.finished is not None:
            self._sql.defer_job(lambda raw: _step(raw, step))
        elif step.marks:
            await self.mark(step.session_id, thin=step.thin, helps=step.helps, words=step.words)

    async def totals(self, script_hash: str) -> list[Tally]:
        return await self._all(
            Tally,
            "SELECT node, arm, measure, value, count FROM question_totals WHERE script_hash = ?",
            (script_hash,),
        )

    async def compact(self) -> None:
        # Turns add to the totals in place here (one writer at a time): nothing kept apart to fold.
        return None

    async def waiting(self, script_hash: str, *, stopped_before: datetime) -> list[Waiting]:
        return await self._all(
            Waiting,
            "SELECT node, arm, sum(asked_at < ?1) AS stopped,"
            " count(DISTINCT CASE WHEN asked_at < ?1 THEN student_id END) AS stopped_students,"
            # Without statistics SQLite would pick the (script_hash, ...) index and read every visit of
            # the version; only the few unanswered ones are needed.
            " sum(asked_at >= ?1) AS waiting FROM question_visits INDEXED BY question_visits_waiting"
            " WHERE script_hash = ?2 AND answered_at IS NULL GROUP BY node, arm",
            (to_db(stopped_before), script_hash),
        )

    async def students(self, script_hash: str, node: str, arm: int, *, answered: bool, at_most: int) -> int:
        condition = " AND answered_at IS NOT NULL" if answered else ""
        rows = await self._sql.rows(
            "SELECT count(*) FROM (SELECT DISTINCT student_id FROM question_visits"
            f" WHERE script_hash = ? AND node = ? AND arm = ?{condition} LIMIT ?)",
            (script_hash, node, arm, at_most),
        )
        return int(rows[0][0])

    async def forget(self, person_id: int) -> None:
        rows = await self._sql.rows(
            "SELECT session_id, script_hash, node, arm, answered_at IS NOT NULL AS answered, words, thin,"
            " helps, seconds, ended FROM question_visits WHERE student_id = ? ORDER BY id",
            (person_id,),
        )
        deltas = forget_deltas([dict(r) for r in rows])
        self._add(deltas)
        for script_hash in sorted({d.script_hash for d in deltas}):
            self._sql.defer(
                "DELETE FROM question_totals WHERE script_hash = ? AND count <= 0", (script_hash,)
            )
