"""The PostgreSQL repositories of the studio: drafts, publications and log; the counts per question."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import asyncpg

from ._errors import ConflictError
from ._postgres_statements import PgRepo, to_db, to_model
from ._studio_entities import WORDS_CAP, Draft, Publication, StudioChange, Tally, TallyStep, Waiting
from ._studio_tally import (
    Delta,
    asked_deltas,
    finished_deltas,
    forget_deltas,
    merged,
    when,
)

__all__ = ["Studio", "Tallies"]

_KEY = "script_hash, node, arm, measure, value"
_DELTAS = f"INSERT INTO question_deltas ({_KEY}, count)"
# In the order of their key: two folds running at once take the totals' row locks in the same order, so
# they wait for each other instead of deadlocking.
_FOLD = (
    f"WITH moved AS (DELETE FROM question_deltas RETURNING {_KEY}, count)"
    f" INSERT INTO question_totals ({_KEY}, count) SELECT {_KEY}, sum(count) FROM moved"
    f" GROUP BY {_KEY} ORDER BY {_KEY}"
    f" ON CONFLICT ({_KEY}) DO UPDATE SET count = question_totals.count + excluded.count"
)


# seconds_bucket and words_bucket (storage/_studio_entities.py) in SQL, on the answered visit's integer
# seconds and words: a turn's counts then take one statement. A contract test pins them to the Python ones.
_SECONDS = (
    "CASE WHEN greatest(seconds, 0) < 60 THEN greatest(seconds, 0)"
    " WHEN seconds < 300 THEN seconds - seconds % 5 WHEN seconds < 3600 THEN seconds - seconds % 60"
    " ELSE 3600 END"
)
_DELTA_TYPES = ("::text", "::text", "::integer", "::text", "::integer", "::integer")


class _Statement:
    """One statement for everything a turn counts (TallyRepository.step), with data-modifying CTEs.

    Every part sees the same snapshot, as each would if it ran first, and each touches other rows: the
    question answered is closed (with the turn's note on it), the next one added as a visit ('students'
    looks for this student's earlier visits, which the new one is not), and what the totals gain is added
    as rows of question_deltas: no row another turn writes, so turns at the same question never wait for
    each other (Tallies.compact folds the deltas into the totals).
    """

    def __init__(self) -> None:
        self._ctes: list[str] = []
        self._params: list[Any] = []
        self._deltas: list[str] = []
        self._alone = ""

    def _p(self, value: Any, cast: str = "") -> str:
        self._params.append(value)
        return f"${len(self._params)}{cast}"

    def mark(self, step: TallyStep, *, answer: bool) -> _Statement:
        """The turn's note on the question waited at, and with `answer` that question answered."""
        words = self._p(step.words, "::integer")
        changes = (
            f"thin = thin + {self._p(step.thin)}, helps = helps + {self._p(step.helps)},"
            f" words = CASE WHEN {words} IS NULL THEN words ELSE coalesce(words, 0) + {words} END"
        )
        where = f" WHERE session_id = {self._p(step.session_id)} AND answered_at IS NULL"
        if not answer:
            self._alone = f"UPDATE question_visits SET {changes}{where}"
            return self
        now = self._p(to_db(step.now), "::timestamptz")
        self._ctes.append(
            f"answered AS (UPDATE question_visits SET answered_at = {now},"
            f" seconds = floor(extract(epoch FROM {now} - asked_at))::integer, {changes}{where}"
            " RETURNING script_hash, node, arm, words, thin, helps, seconds)"
        )
        cap = self._p(WORDS_CAP, "::integer")
        self._deltas += [
            "SELECT script_hash, node, arm, 'answered', 0, 1 FROM answered",
            f"SELECT script_hash, node, arm, 'seconds', {_SECONDS}, 1 FROM answered",
            f"SELECT script_hash, node, arm, 'words', greatest(0, least(words, {cap})), 1 FROM answered"
            " WHERE words IS NOT NULL",
            "SELECT script_hash, node, arm, 'thin', 0, 1 FROM answered WHERE thin > 0",
            "SELECT script_hash, node, arm, 'help', 0, 1 FROM answered WHERE helps > 0",
        ]
        return self

    def visit(self, step: TallyStep, node: str, arm: int, *, ended: bool) -> _Statement:
        digest, n, a = self._p(step.script_hash, "::text"), self._p(node, "::text"), self._p(arm, "::integer")
        who = self._p(step.student_id, "::bigint")
        # Before the visit is added: whether this student was asked this question in this wording before.
        self._deltas.append(
            f"SELECT {digest}, {n}, {a}, 'students', 0, 1 WHERE NOT EXISTS (SELECT 1 FROM question_visits"
            f" WHERE script_hash = {digest} AND node = {n} AND arm = {a} AND student_id = {who})"
        )
        session, now = self._p(step.session_id), self._p(to_db(step.now), "::timestamptz")
        if ended:
            self._ctes.append(
                "visit AS (INSERT INTO question_visits (student_id, session_id, script_hash, node, arm,"
                f" asked_at, answered_at, seconds, ended) VALUES ({who}, {session}, {digest}, {n}, {a},"
                f" {now}, {now}, 0, true))"
            )
        else:
            self._ctes.append(
                "visit AS (INSERT INTO question_visits (student_id, session_id, script_hash, node, arm,"
                f" asked_at) VALUES ({who}, {session}, {digest}, {n}, {a}, {now}))"
            )
        return self

    def totals(self, rows: list[Delta]) -> _Statement:
        """Add these to the totals (with what the answered question adds, if any)."""
        for row in rows:
            values = ", ".join(self._p(value, cast) for value, cast in zip(row, _DELTA_TYPES, strict=True))
            self._deltas.append(f"SELECT {values}")
        return self

    def sql(self) -> tuple[str, list[Any]]:
        """The statement and its parameters ("" when there is nothing to count)."""
        ctes = [f"marked AS ({self._alone})"] if self._alone else []
        ctes += self._ctes
        if self._deltas:
            main = (
                f"{_DELTAS} SELECT {_KEY}, sum(amount) FROM ("
                + " UNION ALL ".join(self._deltas)
                + f") AS d ({_KEY}, amount) GROUP BY {_KEY}"
            )
        elif self._ctes:
            main = "SELECT 1"
        elif self._alone:
            # Only a note on the question waited at (no totals change): that UPDATE on its own.
            return self._alone, self._params
        else:
            return "", []
        return f"WITH {', '.join(ctes)} {main}" if ctes else main, self._params


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
    # Every statement is a round trip to the server: a turn's counts take one (see step), and add rows of
    # their own to question_deltas, which compact folds into the totals (a job every few minutes).
    async def _add(self, deltas: Iterable[Delta]) -> None:
        rows = merged(deltas)
        if rows:
            await self._run(_Statement().totals(rows))

    async def _run(self, statement: _Statement) -> None:
        sql, params = statement.sql()
        if sql:
            await self._sql.write(sql, *params)

    async def asked(
        self, student_id: int, session_id: int, *, script_hash: str, node: str, arm: int, now: datetime
    ) -> None:
        await self.step(TallyStep(student_id, session_id, script_hash, now, asked=(node, arm)))

    async def mark(self, session_id: int, *, thin: int = 0, helps: int = 0, words: int | None = None) -> None:
        await self.step(TallyStep(0, session_id, "", datetime.now(UTC), thin=thin, helps=helps, words=words))

    async def answered(self, session_id: int, *, now: datetime) -> None:
        await self.step(TallyStep(0, session_id, "", now, answered=True))

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
        statement = _Statement()
        if step.answered or step.marks:
            statement.mark(step, answer=step.answered)
        if step.finished is not None:
            statement.visit(step, step.finished, 0, ended=True)
            statement.totals(merged(finished_deltas(step.script_hash, step.finished, step.arms)))
        elif step.asked is not None:
            statement.visit(step, *step.asked, ended=False)
            statement.totals(asked_deltas(step.script_hash, *step.asked))
        await self._run(statement)

    async def totals(self, script_hash: str) -> list[Tally]:
        # The folded totals with what the turns added since the last fold.
        return await self._all(
            Tally,
            "SELECT node, arm, measure, value, sum(count)::integer AS count FROM ("
            "SELECT node, arm, measure, value, count FROM question_totals WHERE script_hash = $1"
            " UNION ALL SELECT node, arm, measure, value, count FROM question_deltas WHERE script_hash = $1"
            ") AS found GROUP BY node, arm, measure, value HAVING sum(count) > 0",
            script_hash,
        )

    async def compact(self) -> None:
        await self._sql.write(_FOLD)
        # Only a deleted student's part taken off brings a total to zero (see forget).
        await self._sql.write("DELETE FROM question_totals WHERE count <= 0")

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
        await self._add(forget_deltas([dict(r) for r in rows]))
        await self.compact()
