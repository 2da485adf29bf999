"""The in-memory repositories of the studio: drafts, publications and log; the counts per question."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ._errors import ConflictError
from ._memory_tables import MemoryRepo, Table
from ._studio_entities import Draft, Publication, StudioChange, Tally, TallyStep, Waiting
from ._studio_tally import (
    Delta,
    answered_deltas,
    asked_deltas,
    finished_deltas,
    forget_deltas,
    merged,
)

if TYPE_CHECKING:
    from ._memory import MemoryStore

__all__ = ["Studio", "StudioTables", "Tallies"]

TotalKey = tuple[str, str, int, str, int]


class Visit(BaseModel):
    """A row of question_visits."""

    model_config = ConfigDict(extra="forbid")

    id: int
    student_id: int
    session_id: int
    script_hash: str
    node: str
    arm: int = 0
    asked_at: datetime
    answered_at: datetime | None = None
    words: int | None = None
    seconds: int | None = None
    thin: int = 0
    helps: int = 0
    ended: bool = False


class StudioTables:
    """The studio's tables in one store."""

    def __init__(self, store: MemoryStore) -> None:
        undo = store._remember
        self._store = store
        self.drafts = Table(Draft, None, undo)
        self.publications = Table(Publication, None, undo)
        self.log = Table(StudioChange, None, undo)
        self.visits = Table(Visit, "student_id", undo, lookup=("session_id",))
        self.totals: dict[TotalKey, int] = {}

    def add(self, deltas: Iterable[Delta]) -> None:
        """Add to the running totals (undone with the transaction)."""
        totals = self.totals
        for delta in merged(deltas):
            key: TotalKey = (delta.script_hash, delta.node, delta.arm, delta.measure, delta.value)
            old = totals.get(key)
            if (old or 0) + delta.amount:
                totals[key] = (old or 0) + delta.amount
            else:
                totals.pop(key, None)

            def undo(key: TotalKey = key, old: int | None = old) -> None:
                if old is None:
                    totals.pop(key, None)
                else:
                    totals[key] = old

            self._store._remember(undo)

    def forget_person(self, person_id: int) -> None:
        """What the foreign keys do in a database: their counts go (off the totals too); the studio's
        records let go of them."""
        visits = sorted(self.visits.owned(person_id), key=lambda v: v.id)
        rows = [{**v.model_dump(), "answered": v.answered_at is not None} for v in visits]
        self.add(forget_deltas(rows))
        for visit in visits:
            self.visits.delete(visit.id)
        for draft in self.drafts.all():
            if draft.updated_by == person_id:
                self.drafts.put(draft.script_id, draft.model_copy(update={"updated_by": None}))
        for publication in self.publications.all():
            if publication.published_by == person_id:
                self.publications.put(publication.id, publication.model_copy(update={"published_by": None}))
        for change in self.log.all():
            if change.person_id == person_id:
                self.log.put(change.id, change.model_copy(update={"person_id": None}))

    def open_visits(self, session_id: int) -> list[Visit]:
        """The session's questions waiting for an answer."""
        return [v for v in self.visits.looked_up(session_id) if v.answered_at is None]


class Studio(MemoryRepo):
    @property
    def _t(self) -> StudioTables:
        return self._s.studio

    async def draft(self, script_id: str) -> Draft | None:
        return self._t.drafts.get(script_id)

    async def drafts(self) -> list[Draft]:
        return sorted(self._t.drafts.all(), key=lambda d: d.script_id)

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
        self._check()
        stored = self._t.drafts.get(script_id)
        if (stored.revision if stored is not None else 0) != revision:
            raise ConflictError(f"the draft of {script_id} is no longer at revision {revision}")
        draft = Draft(
            script_id=script_id,
            source=source,
            base_digest=base_digest,
            revision=revision + 1,
            experiments=list(experiments),
            updated_by=person_id,
            updated_at=now,
        )
        self._t.drafts.put(script_id, draft)
        return draft

    async def discard_draft(self, script_id: str, *, revision: int) -> None:
        self._check()
        stored = self._t.drafts.get(script_id)
        if stored is None or stored.revision != revision:
            raise ConflictError(f"the draft of {script_id} is no longer at revision {revision}")
        self._t.drafts.delete(script_id)

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
        self._check()
        table = self._t.publications
        publication = Publication(
            id=table.new_id(),
            script_id=script_id,
            digest=digest,
            note=note,
            published_by=person_id,
            published_at=now,
            rollback_of=rollback_of,
            experiments=list(experiments),
        )
        table.put(publication.id, publication)
        return publication

    async def published(self, script_id: str) -> Publication | None:
        found = await self.publications(script_id)
        return found[0] if found else None

    async def publications(self, script_id: str) -> list[Publication]:
        found = [p for p in self._t.publications.all() if p.script_id == script_id]
        return sorted(found, key=lambda p: -p.id)

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
        self._check()
        table = self._t.log
        change = StudioChange(
            id=table.new_id(),
            script_id=script_id,
            question=question,
            action=action,
            detail=detail,
            person_id=person_id,
            at=now,
        )
        table.put(change.id, change)

    async def changes(self, script_id: str, *, limit: int) -> list[StudioChange]:
        found = [c for c in self._t.log.all() if c.script_id == script_id]
        return sorted(found, key=lambda c: -c.id)[:limit]

    async def versions(self, script_id: str) -> list[tuple[str, datetime]]:
        first: dict[str, datetime] = {}
        for digest, (owner, _source) in self._s.scripts.items():
            at = self._s.script_times.get(digest)
            if owner == script_id and at is not None:
                first[digest] = min(at, first.get(digest, at))
        for publication in self._t.publications.all():
            if publication.script_id == script_id:
                at = publication.published_at
                first[publication.digest] = min(at, first.get(publication.digest, at))
        return sorted(first.items(), key=lambda item: (item[1], item[0]))


class Tallies(MemoryRepo):
    @property
    def _t(self) -> StudioTables:
        return self._s.studio

    def _students(self, student_id: int, script_hash: str, node: str, arm: int) -> None:
        seen = any(
            (v.script_hash, v.node, v.arm) == (script_hash, node, arm)
            for v in self._t.visits.owned(student_id)
        )
        if not seen:
            self._t.add([Delta(script_hash, node, arm, "students", 0, 1)])

    async def asked(
        self, student_id: int, session_id: int, *, script_hash: str, node: str, arm: int, now: datetime
    ) -> None:
        self._check()
        self._students(student_id, script_hash, node, arm)
        visits = self._t.visits
        visit = Visit(
            id=visits.new_id(),
            student_id=student_id,
            session_id=session_id,
            script_hash=script_hash,
            node=node,
            arm=arm,
            asked_at=now,
        )
        visits.put(visit.id, visit)
        self._t.add(asked_deltas(script_hash, node, arm))

    async def mark(self, session_id: int, *, thin: int = 0, helps: int = 0, words: int | None = None) -> None:
        self._check()
        for visit in self._t.open_visits(session_id):
            changes: dict[str, object] = {"thin": visit.thin + thin, "helps": visit.helps + helps}
            if words is not None:
                changes["words"] = (visit.words or 0) + words
            self._t.visits.put(visit.id, visit.model_copy(update=changes))

    async def answered(self, session_id: int, *, now: datetime) -> None:
        self._check()
        for visit in self._t.open_visits(session_id):
            seconds = (now - visit.asked_at).total_seconds()
            closed = visit.model_copy(update={"answered_at": now, "seconds": int(seconds)})
            self._t.visits.put(visit.id, closed)
            self._t.add(
                answered_deltas(
                    visit.script_hash, visit.node, visit.arm, visit.words, visit.thin, visit.helps, seconds
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
        self._check()
        self._students(student_id, script_hash, node, 0)
        visits = self._t.visits
        visit = Visit(
            id=visits.new_id(),
            student_id=student_id,
            session_id=session_id,
            script_hash=script_hash,
            node=node,
            asked_at=now,
            answered_at=now,
            seconds=0,
            ended=True,
        )
        visits.put(visit.id, visit)
        self._t.add(finished_deltas(script_hash, node, arms))

    async def step(self, step: TallyStep) -> None:
        if step.marks:
            await self.mark(step.session_id, thin=step.thin, helps=step.helps, words=step.words)
        if step.answered:
            await self.answered(step.session_id, now=step.now)
        if step.finished is not None:
            await self.finished(
                step.student_id,
                step.session_id,
                script_hash=step.script_hash,
                node=step.finished,
                arms=step.arms,
                now=step.now,
            )
        elif step.asked is not None:
            node, arm = step.asked
            await self.asked(
                step.student_id,
                step.session_id,
                script_hash=step.script_hash,
                node=node,
                arm=arm,
                now=step.now,
            )

    async def totals(self, script_hash: str) -> list[Tally]:
        return [
            Tally.model_validate(
                {"node": node, "arm": arm, "measure": measure, "value": value, "count": count}
            )
            for (digest, node, arm, measure, value), count in self._t.totals.items()
            if digest == script_hash and count
        ]

    async def compact(self) -> None:
        # Turns add to the totals in place here (one writer at a time): nothing kept apart to fold.
        return None

    async def waiting(self, script_hash: str, *, stopped_before: datetime) -> list[Waiting]:
        groups: dict[tuple[str, int], tuple[int, set[int], int]] = {}
        for visit in self._t.visits.all():
            if visit.script_hash != script_hash or visit.answered_at is not None:
                continue
            stopped, students, waiting = groups.get((visit.node, visit.arm), (0, set(), 0))
            if visit.asked_at < stopped_before:
                groups[(visit.node, visit.arm)] = (stopped + 1, students | {visit.student_id}, waiting)
            else:
                groups[(visit.node, visit.arm)] = (stopped, students, waiting + 1)
        return [
            Waiting(node=node, arm=arm, stopped=s, stopped_students=len(who), waiting=w)
            for (node, arm), (s, who, w) in groups.items()
        ]

    async def students(self, script_hash: str, node: str, arm: int, *, answered: bool, at_most: int) -> int:
        who = {
            v.student_id
            for v in self._t.visits.all()
            if (v.script_hash, v.node, v.arm) == (script_hash, node, arm)
            and (not answered or v.answered_at is not None)
        }
        return min(len(who), at_most)
