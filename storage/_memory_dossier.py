"""The in-memory repositories for the career dossier and for nudges."""

from __future__ import annotations

from datetime import date, datetime

from ._entities import (
    ENTRY_FIELDS,
    LIVE_NUDGE,
    Contact,
    ContactMoment,
    Dossier,
    Entry,
    EntryAnswer,
    Experience,
    ExperienceWithEntry,
    NextStep,
    Nudge,
    NudgeKind,
    NudgeStatus,
    StepStatus,
)
from ._memory_tables import MemoryRepo

__all__ = ["DossierRepo", "NudgesRepo"]


class DossierRepo(MemoryRepo):
    async def create_experience(self, student_id: int, *, now: datetime) -> Experience:
        self._check()
        table = self._s.experiences
        experience = Experience(id=table.new_id(), student_id=student_id, created_at=now)
        table.put(experience.id, experience)
        return experience

    async def get_experience(self, experience_id: int) -> Experience | None:
        return self._s.experiences.get(experience_id)

    async def experiences(self, student_id: int) -> list[Experience]:
        return self._s.experiences.owned(student_id)

    async def save_experience(self, experience: Experience) -> None:
        self._check()
        self._s.experiences.require(experience.id)
        self._s.experiences.put(experience.id, experience)

    async def update_experience(self, experience_id: int, **changes: object) -> None:
        self._check()
        self._s.experiences.change(experience_id, changes)

    async def entry(self, experience_id: int) -> Entry:
        self._s.experiences.require(experience_id)
        return self._s.entries.get(experience_id) or Entry(experience_id=experience_id)

    async def save_entry(self, entry: Entry) -> None:
        self._check()
        self._s.experiences.require(entry.experience_id)
        self._s.entries.put(entry.experience_id, entry)

    async def add_to_entry(
        self, experience_id: int, *, field: str | None, text: str, replace: bool, competency: str | None
    ) -> None:
        self._check()
        entry = await self.entry(experience_id)
        await self.save_entry(_added(entry, field, text, replace, competency))

    async def add_answer(
        self, experience_id: int, *, field: str, question: str, answer: str, empty: bool, now: datetime
    ) -> None:
        self._check()
        if field not in ENTRY_FIELDS:
            raise ValueError(f"unknown entry field {field!r}")
        self._s.experiences.require(experience_id)
        table = self._s.answers
        row = EntryAnswer(
            id=table.new_id(),
            experience_id=experience_id,
            field=field,
            question=question,
            answer=answer,
            empty=empty,
            created_at=now,
        )
        table.put(row.id, row)

    async def create_step(self, student_id: int, *, experience_id: int | None, now: datetime) -> NextStep:
        self._check()
        table = self._s.steps
        step = NextStep(
            id=table.new_id(),
            student_id=student_id,
            experience_id=experience_id,
            created_at=now,
            updated_at=now,
        )
        table.put(step.id, step)
        return step

    async def get_step(self, step_id: int) -> NextStep | None:
        return self._s.steps.get(step_id)

    async def save_step(self, step: NextStep) -> None:
        self._check()
        self._s.steps.require(step.id)
        self._s.steps.put(step.id, step)

    async def update_step(self, step_id: int, **changes: object) -> None:
        self._check()
        self._s.steps.change(step_id, changes)

    async def steps(self, student_id: int, statuses: tuple[StepStatus, ...] = ()) -> list[NextStep]:
        found = self._s.steps.owned(student_id)
        return [s for s in found if not statuses or s.status in statuses]

    async def create_contact(self, student_id: int, *, name: str, role: str | None, now: datetime) -> Contact:
        self._check()
        table = self._s.contacts
        contact = Contact(id=table.new_id(), student_id=student_id, name=name, role=role, created_at=now)
        table.put(contact.id, contact)
        return contact

    async def get_contact(self, contact_id: int) -> Contact | None:
        return self._s.contacts.get(contact_id)

    async def save_contact(self, contact: Contact) -> None:
        self._check()
        self._s.contacts.require(contact.id)
        self._s.contacts.put(contact.id, contact)

    async def update_contact(self, contact_id: int, **changes: object) -> None:
        self._check()
        self._s.contacts.change(contact_id, changes)

    async def add_contact_moment(
        self, contact_id: int, *, happened_on: date | None, note: str, now: datetime
    ) -> ContactMoment:
        self._check()
        self._s.contacts.require(contact_id)
        table = self._s.moments
        moment = ContactMoment(
            id=table.new_id(), contact_id=contact_id, happened_on=happened_on, note=note, created_at=now
        )
        table.put(moment.id, moment)
        return moment

    async def contact_moments(self, contact_id: int) -> list[ContactMoment]:
        return self._s.moments.owned(contact_id)

    async def dossier(self, student_id: int) -> Dossier:
        student = self._s.students.require(student_id)
        experiences = [
            ExperienceWithEntry(
                experience=e,
                entry=self._s.entries.get(e.id) or Entry(experience_id=e.id),
                answers=self._s.answers.owned(e.id),
            )
            for e in self._s.experiences.owned(student_id)
        ]
        return Dossier(
            student=student,
            experiences=experiences,
            steps=self._s.steps.owned(student_id),
            contacts=self._s.contacts.owned(student_id),
        )


def _added(entry: Entry, field: str | None, text: str, replace: bool, competency: str | None) -> Entry:
    update: dict[str, object] = {}
    if field is not None and text:
        if field not in ENTRY_FIELDS:
            raise ValueError(f"unknown entry field {field!r}")
        previous = str(getattr(entry, field))
        update[field] = text if replace or not previous else f"{previous}\n{text}"
    if competency is not None and competency not in entry.competencies:
        update["competencies"] = [*entry.competencies, competency]
    return entry.model_copy(update=update)


class NudgesRepo(MemoryRepo):
    def _all(self) -> list[Nudge]:
        return [Nudge.model_validate_json(raw) for raw in self._s.nudges.rows.values()]

    def _live(self, kind: NudgeKind, item_id: int) -> Nudge | None:
        return next((n for n in self._s.nudges.looked_up(kind, item_id) if n.status in LIVE_NUDGE), None)

    async def schedule(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> None:
        await self.plan(student_id, kind, item_id, due_at=due_at, now=now)

    async def plan(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> Nudge:
        self._check()
        table = self._s.nudges
        live = self._live(kind, item_id)
        if live is None:
            live = Nudge(
                id=table.new_id(),
                student_id=student_id,
                kind=kind,
                item_id=item_id,
                due_at=due_at,
                created_at=now,
                updated_at=now,
            )
        else:
            live = live.model_copy(
                update={
                    "due_at": due_at,
                    "status": NudgeStatus.PENDING,
                    "attempts": 0,
                    "sent_at": None,
                    "claimed_by": None,
                    "lease_until": None,
                    "updated_at": now,
                }
            )
        table.put(live.id, live)
        return live

    async def cancel(self, kind: NudgeKind, item_id: int, *, now: datetime) -> None:
        self._check()
        live = self._live(kind, item_id)
        if live is not None:
            self._s.nudges.put(
                live.id, live.model_copy(update={"status": NudgeStatus.CANCELLED, "updated_at": now})
            )

    async def get(self, nudge_id: int) -> Nudge | None:
        return self._s.nudges.get(nudge_id)

    async def save(self, nudge: Nudge) -> None:
        self._check()
        self._s.nudges.require(nudge.id)
        self._s.nudges.put(nudge.id, nudge)

    def _on(self, nudge: Nudge, channels: tuple[str, ...] | None) -> bool:
        if channels is None:
            return True
        student = self._s.students.get(nudge.student_id)
        return student is not None and student.channel in channels

    async def due(
        self, before: datetime, *, limit: int, channels: tuple[str, ...] | None = None
    ) -> list[Nudge]:
        found = sorted(
            (
                n
                for n in self._all()
                if n.status in LIVE_NUDGE and n.due_at <= before and self._on(n, channels)
            ),
            key=lambda n: (n.due_at, n.id),
        )
        return found[:limit]

    async def next_due(self, channels: tuple[str, ...] | None = None) -> datetime | None:
        live = (n.due_at for n in self._all() if n.status in LIVE_NUDGE and self._on(n, channels))
        return min(live, default=None)

    async def live_for(self, student_id: int) -> list[Nudge]:
        live = [n for n in self._s.nudges.owned(student_id) if n.status in LIVE_NUDGE]
        return sorted(live, key=lambda n: (n.due_at, n.id))

    async def listing(self, statuses: tuple[NudgeStatus, ...] = (), *, limit: int = 1000) -> list[Nudge]:
        found = [n for n in self._all() if not statuses or n.status in statuses]
        return sorted(found, key=lambda n: (n.due_at, n.id))[:limit]

    async def claim_due(
        self,
        before: datetime,
        *,
        limit: int,
        owner: str,
        lease_until: datetime,
        channels: tuple[str, ...] | None = None,
    ) -> list[Nudge]:
        self._check()

        def free(n: Nudge) -> bool:
            lease = n.lease_until
            return n.status in LIVE_NUDGE and n.due_at <= before and (lease is None or lease <= before)

        ordered = sorted((n for n in self._all() if free(n)), key=lambda n: (n.due_at, n.id))
        picked = [n for n in ordered if self._on(n, channels)][:limit]
        students = {n.student_id for n in picked}
        claimed = []
        for nudge in ordered:
            if nudge.student_id in students:
                nudge = nudge.model_copy(update={"claimed_by": owner, "lease_until": lease_until})
                self._s.nudges.put(nudge.id, nudge)
                claimed.append(nudge)
        return claimed

    async def handed_over(self, nudge_ids: list[int], *, now: datetime, owner: str | None = None) -> int:
        self._check()
        marked = 0
        for nudge_id in nudge_ids:
            nudge = self._s.nudges.get(nudge_id)
            if nudge is None or nudge.status is not NudgeStatus.SENDING:
                continue
            if owner is not None and nudge.claimed_by != owner:
                continue
            self._s.nudges.put(
                nudge_id, nudge.model_copy(update={"status": NudgeStatus.SENT, "updated_at": now})
            )
            marked += 1
        return marked

    async def requeue_unsent(
        self,
        *,
        now: datetime,
        ids: list[int] | None = None,
        expired_by: datetime | None = None,
        owner: str | None = None,
    ) -> int:
        self._check()

        def ended(n: Nudge) -> bool:
            if owner is not None and n.claimed_by != owner:
                return False
            return expired_by is None or n.lease_until is None or n.lease_until <= expired_by

        unsent = [
            n
            for n in self._all()
            if n.status is NudgeStatus.SENDING and (ids is None or n.id in ids) and ended(n)
        ]
        for nudge in unsent:
            update = {
                "status": NudgeStatus.PENDING,
                "attempts": max(nudge.attempts - 1, 0),
                "due_at": now,
                "sent_at": None,
                "claimed_by": None,
                "lease_until": None,
                "updated_at": now,
            }
            self._s.nudges.put(nudge.id, nudge.model_copy(update=update))
        if ids is None and expired_by is None and owner is None:
            for nudge in self._all():
                if nudge.status in LIVE_NUDGE and nudge.lease_until is not None:
                    freed = nudge.model_copy(update={"claimed_by": None, "lease_until": None})
                    self._s.nudges.put(nudge.id, freed)
        return len(unsent)

    async def unask(self, nudge_ids: list[int], *, now: datetime) -> None:
        self._check()
        for nudge_id in nudge_ids:
            nudge = self._s.nudges.get(nudge_id)
            if nudge is not None and nudge.status in (NudgeStatus.SENDING, NudgeStatus.SENT):
                update = {
                    "status": NudgeStatus.PENDING,
                    "attempts": max(nudge.attempts - 1, 0),
                    "due_at": now,
                    "sent_at": None,
                    "updated_at": now,
                }
                self._s.nudges.put(nudge_id, nudge.model_copy(update=update))

    async def messages_between(self, student_id: int, start: datetime, end: datetime) -> int:
        owned = self._s.nudges.owned(student_id)
        return len({n.sent_at for n in owned if n.sent_at is not None and start <= n.sent_at < end})
