"""The in-memory repositories for the school around the student, and for privacy and retention."""

from __future__ import annotations

from datetime import datetime

from ._entities import NudgeStatus, Role, StepStatus, Student
from ._errors import NotFoundError
from ._memory_dossier import DossierRepo
from ._memory_tables import MemoryRepo
from ._place_entities import with_choices
from ._school_entities import (
    Link,
    Mentor,
    MentorInvite,
    SafetyEvent,
    SchoolCounts,
    SharedStudent,
    StudentExport,
)
from ._sharing import export_of, project

__all__ = ["Privacy", "School"]


class School(MemoryRepo):
    async def set_role(self, person_id: int, role: Role) -> None:
        self._check()
        self._s.students.change(person_id, {"role": role})
        if role is not Role.STUDENT:
            # A student who becomes staff could no longer /ontkoppel: their link goes with the old role.
            self._s.links.delete(person_id)

    async def with_role(self, role: Role) -> list[Student]:
        return [s for s in self._s.students.all() if s.role is role]

    async def create_invite(
        self, *, code: str, name: str, created_by: int | None, now: datetime, expires_at: datetime | None
    ) -> MentorInvite:
        self._check()
        if self._s.invites.get(code) is not None:
            raise ValueError(f"invite code {code} exists already")
        invite = MentorInvite(
            code=code, name=name, created_by=created_by, created_at=now, expires_at=expires_at
        )
        self._s.invites.put(code, invite)
        return invite

    async def redeem_invite(
        self, code: str, person_id: int, *, class_code: str, now: datetime
    ) -> Mentor | None:
        self._check()
        invite = self._s.invites.get(code)
        if invite is None or invite.used_by is not None or invite.used_at is not None:
            return None
        if invite.expires_at is not None and invite.expires_at <= now:
            return None
        self._s.invites.put(code, invite.model_copy(update={"used_by": person_id, "used_at": now}))
        existing = self._s.mentors.get(person_id)
        mentor = (
            existing.model_copy(update={"name": invite.name})
            if existing is not None
            else Mentor(person_id=person_id, name=invite.name, class_code=class_code, created_at=now)
        )
        if existing is None and any(m.class_code == class_code for m in self._s.mentors.all()):
            raise ValueError(f"class code {class_code} exists already")
        self._s.mentors.put(person_id, mentor)
        await self.set_role(person_id, Role.MENTOR)
        return mentor

    async def mentor(self, person_id: int) -> Mentor | None:
        return self._s.mentors.get(person_id)

    async def mentor_by_class_code(self, class_code: str) -> Mentor | None:
        return next((m for m in self._s.mentors.all() if m.class_code == class_code), None)

    async def mentors(self) -> list[Mentor]:
        return sorted(self._s.mentors.all(), key=lambda m: (m.created_at, m.person_id))

    async def claim_summary(
        self, mentor_id: int, week: str, *, owner: str, lease_until: datetime, now: datetime
    ) -> bool:
        self._check()
        mentor = self._s.mentors.get(mentor_id)
        lease = mentor.summary_lease_until if mentor is not None else None
        if mentor is None or mentor.summary_week == week or (lease is not None and lease > now):
            return False
        changes: dict[str, object] = {"summary_claimed_by": owner, "summary_lease_until": lease_until}
        self._s.mentors.change(mentor_id, changes)
        return True

    async def mark_summary(self, mentor_id: int, week: str, *, owner: str | None = None) -> bool:
        self._check()
        mentor = self._s.mentors.get(mentor_id)
        if mentor is None or mentor.summary_week == week:
            return False
        if owner is not None and mentor.summary_claimed_by != owner:
            return False
        changes: dict[str, object] = {"summary_week": week, "summary_claimed_by": None}
        changes["summary_lease_until"] = None
        self._s.mentors.change(mentor_id, changes)
        return True

    async def set_email(self, mentor_id: int, email: str | None) -> None:
        self._check()
        if self._s.mentors.get(mentor_id) is not None:
            self._s.mentors.change(mentor_id, {"email": email})

    async def link(self, student_id: int, mentor_id: int, *, share_answers: bool, now: datetime) -> Link:
        self._check()
        self._s.students.require(student_id)
        self._s.mentors.require(mentor_id)
        await self.unlink(student_id)
        link = Link(student_id=student_id, mentor_id=mentor_id, share_answers=share_answers, created_at=now)
        self._s.links.put(student_id, link)
        return link

    async def unlink(self, student_id: int) -> bool:
        self._check()
        found = self._s.links.get(student_id) is not None
        self._s.links.delete(student_id)
        return found

    async def link_of(self, student_id: int) -> Link | None:
        return self._s.links.get(student_id)

    async def _shared(self, student_id: int, share_answers: bool) -> SharedStudent:
        dossier = await DossierRepo(self._s, self._writable).dossier(student_id)
        flagged = [n for n in self._s.nudges.owned(student_id) if n.status is NudgeStatus.FLAGGED]
        return project(dossier, share_answers=share_answers, nudges=flagged)

    async def shared_students(self, mentor_id: int) -> list[SharedStudent]:
        # The mentor's own links decide whose data is read, and each link how much of it.
        links = sorted(self._s.links.owned(mentor_id), key=lambda link: link.student_id)
        return [await self._shared(link.student_id, link.share_answers) for link in links]

    async def shared_view(self, student_id: int, *, share_answers: bool) -> SharedStudent | None:
        try:
            return await self._shared(student_id, share_answers)
        except NotFoundError:
            return None

    async def record_safety(self, student_id: int, kind: str, *, now: datetime) -> SafetyEvent:
        self._check()
        event = SafetyEvent(id=self._s.safety.new_id(), student_id=student_id, kind=kind, created_at=now)
        self._s.safety.put(event.id, event)
        return event

    async def safety_event(self, event_id: int) -> SafetyEvent | None:
        return self._s.safety.get(event_id)

    async def safety_told(self, event_id: int, *, now: datetime) -> None:
        self._check()
        self._s.safety.change(event_id, {"mentor_told_at": now})

    async def counts(self, *, since: datetime) -> SchoolCounts:
        students = await self.with_role(Role.STUDENT)
        experiences = self._s.experiences.all()
        safety: dict[str, int] = {}
        for event in self._s.safety.all():
            if event.created_at >= since:
                safety[event.kind] = safety.get(event.kind, 0) + 1
        return SchoolCounts(
            students=len(students),
            active=sum(s.last_seen_at >= since for s in students),
            reflections=sum(e.reflected_at is not None and e.reflected_at >= since for e in experiences),
            steps_done=sum(
                s.status is StepStatus.DONE and s.updated_at >= since for s in self._s.steps.all()
            ),
            mentors=len(self._s.mentors.rows),
            linked=len(self._s.links.rows),
            safety=dict(sorted(safety.items())),
        )


class Privacy(MemoryRepo):
    async def export(self, person_id: int) -> StudentExport:
        dossier_repo = DossierRepo(self._s, self._writable)
        dossier = await dossier_repo.dossier(person_id)
        link = self._s.links.get(person_id)
        exported = export_of(
            dossier,
            moments={c.id: await dossier_repo.contact_moments(c.id) for c in dossier.contacts},
            sessions=sorted(self._s.sessions.owned(person_id), key=lambda s: s.id),
            nudges=sorted(self._s.nudges.owned(person_id), key=lambda n: n.id),
            link=link,
            linked_mentor=self._s.mentors.get(link.mentor_id) if link is not None else None,
            mentor=self._s.mentors.get(person_id),
            safety=[e for e in self._s.safety.all() if e.student_id == person_id],
            chat=self._s.web.lines.owned(person_id),
        )
        return with_choices(exported, self._s.places.choices.owned(person_id))

    async def delete_person(self, person_id: int) -> None:
        self._check()
        s = self._s
        student = s.students.require(person_id)
        for session in s.sessions.owned(person_id):
            s.sessions.delete(session.id)
        for experience in s.experiences.owned(person_id):
            for answer in s.answers.owned(experience.id):
                s.answers.delete(answer.id)
            s.entries.delete(experience.id)
            s.experiences.delete(experience.id)
        for step in s.steps.owned(person_id):
            s.steps.delete(step.id)
        for contact in s.contacts.owned(person_id):
            for moment in s.moments.owned(contact.id):
                s.moments.delete(moment.id)
            s.contacts.delete(contact.id)
        for nudge in s.nudges.owned(person_id):
            s.nudges.delete(nudge.id)
        s.links.delete(person_id)
        for link in s.links.owned(person_id):  # their students, if they were a mentor
            s.links.delete(link.student_id)
        s.mentors.delete(person_id)
        for invite in s.invites.all():
            if invite.used_by == person_id:  # it carries their name
                s.invites.delete(invite.code)
            elif invite.created_by == person_id:
                let_go = {k: None for k in ("created_by", "used_by") if getattr(invite, k) == person_id}
                s.invites.put(invite.code, invite.model_copy(update=let_go))
        for event in s.safety.all():
            if event.student_id == person_id:
                s.safety.put(event.id, event.model_copy(update={"student_id": None}))
        s.guard.forget_person(s, person_id)
        for code in s.web.codes.all():
            if code.used_by == person_id:  # it carries their name
                s.web.codes.delete(code.code_hash)
        s.web.forget_person(person_id)
        s.places.forget_person(person_id)
        s.studio.forget_person(person_id)
        s.students.delete(person_id)
        key = student.key
        s.student_keys.pop(key, None)
        s._remember(lambda: s.student_keys.__setitem__(key, person_id))

    async def inactive(
        self, *, before: datetime, limit: int, after: tuple[datetime, int] | None = None
    ) -> list[Student]:
        found = sorted(
            (
                p
                for p in self._s.students.all()
                if p.role is Role.STUDENT
                and p.last_seen_at < before
                and (after is None or (p.last_seen_at, p.id) > after)
            ),
            key=lambda p: (p.last_seen_at, p.id),
        )
        return found[:limit]

    async def close_stale_sessions(self, *, before: datetime, now: datetime) -> int:
        self._check()
        closed = 0
        for raw_key in list(self._s.sessions.rows):
            session = self._s.sessions.require(raw_key)
            if session.status in ("active", "paused") and session.updated_at < before:
                update = {"status": "abandoned", "updated_at": now, "version": session.version + 1}
                self._s.sessions.put(raw_key, session.model_copy(update=update))
                closed += 1
        return closed
