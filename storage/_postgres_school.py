"""The PostgreSQL repositories for the school around the student, and for privacy and retention."""

from __future__ import annotations

from datetime import datetime

from ._entities import ContactMoment, Nudge, Role, SessionRecord, StepStatus, Student
from ._place_entities import with_choices
from ._postgres_dossier import DossierRepo
from ._postgres_places import Places
from ._postgres_statements import PgRepo, to_db
from ._postgres_studio import Tallies
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
from ._web_entities import ChatLine

__all__ = ["Privacy", "School"]


class School(PgRepo):
    async def set_role(self, person_id: int, role: Role) -> None:
        await self._sql.write(
            "UPDATE students SET role = $1 WHERE id = $2",
            role.value,
            person_id,
            must_change=f"person {person_id}",
        )
        if role is not Role.STUDENT:
            # A student who becomes staff could no longer /ontkoppel: their link goes with the old role.
            await self._sql.write("DELETE FROM links WHERE student_id = $1", person_id)

    async def with_role(self, role: Role) -> list[Student]:
        return await self._all(Student, "SELECT * FROM students WHERE role = $1 ORDER BY id", role.value)

    async def create_invite(
        self, *, code: str, name: str, created_by: int | None, now: datetime, expires_at: datetime | None
    ) -> MentorInvite:
        invite = MentorInvite(
            code=code, name=name, created_by=created_by, created_at=now, expires_at=expires_at
        )
        await self._sql.write(
            "INSERT INTO mentor_invites (code, name, created_by, created_at, expires_at)"
            " VALUES ($1, $2, $3, $4, $5)",
            code,
            to_db(name),
            created_by,
            to_db(now),
            to_db(expires_at),
        )
        return invite

    async def redeem_invite(
        self, code: str, person_id: int, *, class_code: str, now: datetime
    ) -> Mentor | None:
        used = await self._sql.returning(
            "UPDATE mentor_invites SET used_by = $1, used_at = $2"
            " WHERE code = $3 AND used_by IS NULL AND used_at IS NULL"
            " AND (expires_at IS NULL OR expires_at > $2) RETURNING name",
            person_id,
            to_db(now),
            code,
        )
        if not used:
            return None
        await self._sql.write(
            "INSERT INTO mentors (person_id, name, class_code, created_at) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (person_id) DO UPDATE SET name = excluded.name",
            person_id,
            str(used[0][0]),
            class_code,
            to_db(now),
        )
        await self.set_role(person_id, Role.MENTOR)
        return await self.mentor(person_id)

    async def mentor(self, person_id: int) -> Mentor | None:
        return await self._one(Mentor, "SELECT * FROM mentors WHERE person_id = $1", person_id)

    async def mentor_by_class_code(self, class_code: str) -> Mentor | None:
        return await self._one(Mentor, "SELECT * FROM mentors WHERE class_code = $1", class_code)

    async def mentors(self) -> list[Mentor]:
        return await self._all(Mentor, "SELECT * FROM mentors ORDER BY created_at, person_id")

    async def claim_summary(
        self, mentor_id: int, week: str, *, owner: str, lease_until: datetime, now: datetime
    ) -> bool:
        rows = await self._sql.returning(
            "UPDATE mentors SET summary_claimed_by = $1, summary_lease_until = $2"
            " WHERE person_id = $3 AND summary_week IS DISTINCT FROM $4"
            " AND (summary_lease_until IS NULL OR summary_lease_until <= $5) RETURNING person_id",
            owner,
            to_db(lease_until),
            mentor_id,
            week,
            to_db(now),
        )
        return bool(rows)

    async def mark_summary(self, mentor_id: int, week: str, *, owner: str | None = None) -> bool:
        mine = " AND summary_claimed_by = $3" if owner is not None else ""
        rows = await self._sql.returning(
            "UPDATE mentors SET summary_week = $1, summary_claimed_by = NULL, summary_lease_until = NULL"
            f" WHERE person_id = $2 AND summary_week IS DISTINCT FROM $1{mine} RETURNING person_id",
            week,
            mentor_id,
            *((owner,) if owner is not None else ()),
        )
        return bool(rows)

    async def set_email(self, mentor_id: int, email: str | None) -> None:
        await self._sql.write("UPDATE mentors SET email = $1 WHERE person_id = $2", email, mentor_id)

    async def link(self, student_id: int, mentor_id: int, *, share_answers: bool, now: datetime) -> Link:
        link = Link(student_id=student_id, mentor_id=mentor_id, share_answers=share_answers, created_at=now)
        await self._sql.write(
            "INSERT INTO links (student_id, mentor_id, share_answers, created_at) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (student_id) DO UPDATE SET mentor_id = excluded.mentor_id,"
            " share_answers = excluded.share_answers, created_at = excluded.created_at",
            student_id,
            mentor_id,
            share_answers,
            to_db(now),
        )
        return link

    async def unlink(self, student_id: int) -> bool:
        rows = await self._sql.returning(
            "DELETE FROM links WHERE student_id = $1 RETURNING student_id", student_id
        )
        return bool(rows)

    async def link_of(self, student_id: int) -> Link | None:
        return await self._one(Link, "SELECT * FROM links WHERE student_id = $1", student_id)

    async def _shared(self, student_id: int, share_answers: bool) -> SharedStudent:
        dossier = await DossierRepo(self._sql).dossier(student_id)
        nudges = await self._all(
            Nudge, "SELECT * FROM nudges WHERE student_id = $1 AND status = 'flagged'", student_id
        )
        return project(dossier, share_answers=share_answers, nudges=nudges)

    async def shared_students(self, mentor_id: int) -> list[SharedStudent]:
        # The mentor's own links decide whose data is read, and each link how much of it.
        links = await self._all(
            Link, "SELECT * FROM links WHERE mentor_id = $1 ORDER BY student_id", mentor_id
        )
        return [await self._shared(link.student_id, link.share_answers) for link in links]

    async def shared_view(self, student_id: int, *, share_answers: bool) -> SharedStudent | None:
        if not await self._sql.rows("SELECT 1 FROM students WHERE id = $1", student_id):
            return None
        return await self._shared(student_id, share_answers)

    async def record_safety(self, student_id: int, kind: str, *, now: datetime) -> SafetyEvent:
        values = {"student_id": student_id, "kind": kind, "created_at": now}
        event_id = await self._insert("safety_events", values)
        return SafetyEvent(id=event_id, student_id=student_id, kind=kind, created_at=now)

    async def safety_event(self, event_id: int) -> SafetyEvent | None:
        return await self._one(SafetyEvent, "SELECT * FROM safety_events WHERE id = $1", event_id)

    async def safety_told(self, event_id: int, *, now: datetime) -> None:
        await self._sql.write(
            "UPDATE safety_events SET mentor_told_at = $1 WHERE id = $2", to_db(now), event_id
        )

    async def counts(self, *, since: datetime) -> SchoolCounts:
        [row] = await self._sql.rows(
            "SELECT"
            " (SELECT COUNT(*) FROM students WHERE role = 'student'),"
            " (SELECT COUNT(*) FROM students WHERE role = 'student' AND last_seen_at >= $1),"
            " (SELECT COUNT(*) FROM experiences WHERE reflected_at >= $1),"
            " (SELECT COUNT(*) FROM next_steps WHERE status = $2 AND updated_at >= $1),"
            " (SELECT COUNT(*) FROM mentors),"
            " (SELECT COUNT(*) FROM links)",
            to_db(since),
            StepStatus.DONE.value,
        )
        safety = await self._sql.rows(
            "SELECT kind, COUNT(*) FROM safety_events WHERE created_at >= $1 GROUP BY kind ORDER BY kind",
            to_db(since),
        )
        return SchoolCounts(
            students=row[0],
            active=row[1],
            reflections=row[2],
            steps_done=row[3],
            mentors=row[4],
            linked=row[5],
            safety={str(kind): int(n) for kind, n in safety},
        )


class Privacy(PgRepo):
    async def export(self, person_id: int) -> StudentExport:
        dossier = await DossierRepo(self._sql).dossier(person_id)
        moments: dict[int, list[ContactMoment]] = {}
        for contact in dossier.contacts:
            moments[contact.id] = await DossierRepo(self._sql).contact_moments(contact.id)
        school = School(self._sql)
        link = await school.link_of(person_id)
        exported = export_of(
            dossier,
            moments=moments,
            sessions=await self._all(
                SessionRecord, "SELECT * FROM sessions WHERE student_id = $1 ORDER BY id", person_id
            ),
            nudges=await self._all(
                Nudge, "SELECT * FROM nudges WHERE student_id = $1 ORDER BY id", person_id
            ),
            link=link,
            linked_mentor=await school.mentor(link.mentor_id) if link is not None else None,
            mentor=await school.mentor(person_id),
            safety=await self._all(
                SafetyEvent, "SELECT * FROM safety_events WHERE student_id = $1 ORDER BY id", person_id
            ),
            chat=await self._all(
                ChatLine, "SELECT * FROM chat_lines WHERE person_id = $1 ORDER BY id", person_id
            ),
        )
        return with_choices(exported, await Places(self._sql).choices(person_id))

    async def delete_person(self, person_id: int) -> None:
        # Their part of the studio's running totals goes first (their rows go with them, below).
        await Tallies(self._sql).forget(person_id)
        # The invite a mentor redeemed carries their name; invites they sent out only let go of them.
        await self._sql.write("DELETE FROM mentor_invites WHERE used_by = $1", person_id)
        await self._sql.write("DELETE FROM signin_codes WHERE used_by = $1", person_id)
        # Foreign keys do the rest: every table that refers to a person cascades or lets go (SET NULL).
        await self._sql.write(
            "DELETE FROM students WHERE id = $1", person_id, must_change=f"person {person_id}"
        )

    async def inactive(
        self, *, before: datetime, limit: int, after: tuple[datetime, int] | None = None
    ) -> list[Student]:
        # Mentors and coordinators only read; their accounts are the school's to manage, not retention's.
        sql = "SELECT * FROM students WHERE role = 'student' AND last_seen_at < $1"
        if after is None:
            return await self._all(Student, sql + " ORDER BY last_seen_at, id LIMIT $2", to_db(before), limit)
        sql += " AND (last_seen_at, id) > ($3, $4) ORDER BY last_seen_at, id LIMIT $2"
        return await self._all(Student, sql, to_db(before), limit, to_db(after[0]), after[1])

    async def close_stale_sessions(self, *, before: datetime, now: datetime) -> int:
        rows = await self._sql.returning(
            "UPDATE sessions SET status = 'abandoned', updated_at = $1, version = version + 1"
            " WHERE status IN ('active', 'paused') AND updated_at < $2 RETURNING id",
            to_db(now),
            to_db(before),
        )
        return len(rows)
