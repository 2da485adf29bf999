"""Contracts for the school around the student: roles, mentors, what they may see, privacy, retention.

Authorisation lives here, not in the bot's handlers: the only way to read another person's data is
`SchoolRepository.shared_students`/`shared_student`, which return linked students' shared fields only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from ._entities import Role, Student
from ._school_entities import (
    Link,
    Mentor,
    MentorInvite,
    SafetyEvent,
    SchoolCounts,
    SharedStudent,
    StudentExport,
)

__all__ = ["PrivacyRepository", "SchoolRepository"]


class SchoolRepository(Protocol):
    """Roles, mentor invites and links, the mentor's view, safety events and counts."""

    async def set_role(self, person_id: int, role: Role) -> None:
        """Make someone a student, mentor or coordinator; staff no longer share anything as a student."""
        ...

    async def with_role(self, role: Role) -> list[Student]:
        """Everyone with this role, oldest first."""
        ...

    async def create_invite(
        self, *, code: str, name: str, created_by: int | None, now: datetime, expires_at: datetime | None
    ) -> MentorInvite:
        """A new one-time mentor invite, usable until `expires_at` (None: no end)."""
        ...

    async def redeem_invite(
        self, code: str, person_id: int, *, class_code: str, now: datetime
    ) -> Mentor | None:
        """Use an unused, unexpired invite: the person becomes a mentor with this class code (or None)."""
        ...

    async def mentor(self, person_id: int) -> Mentor | None:
        """The mentor record of a person, if they are one."""
        ...

    async def mentor_by_class_code(self, class_code: str) -> Mentor | None:
        """The mentor a class code belongs to."""
        ...

    async def mentors(self) -> list[Mentor]:
        """Every mentor, oldest first."""
        ...

    async def claim_summary(
        self, mentor_id: int, week: str, *, owner: str, lease_until: datetime, now: datetime
    ) -> bool:
        """Claim this ISO week's summary of the mentor for sending, unless it went out already or someone
        else's claim is still running at `now`; True when `owner` holds it until `lease_until`."""
        ...

    async def mark_summary(self, mentor_id: int, week: str, *, owner: str | None = None) -> bool:
        """Record that this ISO week's summary was handed over to the mentor (False: it was already).

        With `owner`, only while `owner` holds the claim (a claim that was taken over is not its to send).
        """
        ...

    async def set_email(self, mentor_id: int, email: str | None) -> None:
        """Where the mentor gets the weekly summary by e-mail (None: not by e-mail)."""
        ...

    async def link(self, student_id: int, mentor_id: int, *, share_answers: bool, now: datetime) -> Link:
        """Link a student to a mentor (replacing an earlier link), sharing the basics or their answers too."""
        ...

    async def unlink(self, student_id: int) -> bool:
        """Remove the student's link; whether there was one."""
        ...

    async def link_of(self, student_id: int) -> Link | None:
        """The student's link, if any."""
        ...

    async def shared_students(self, mentor_id: int) -> list[SharedStudent]:
        """The mentor's linked students, each with only what they share; nobody else's data."""
        ...

    async def shared_view(self, student_id: int, *, share_answers: bool) -> SharedStudent | None:
        """A student's own data as a mentor would see it with these settings (shown before linking)."""
        ...

    async def record_safety(self, student_id: int, kind: str, *, now: datetime) -> SafetyEvent:
        """A safety signal: kind and time, never the message."""
        ...

    async def safety_event(self, event_id: int) -> SafetyEvent | None:
        """A safety event by id."""
        ...

    async def safety_told(self, event_id: int, *, now: datetime) -> None:
        """The student agreed, and their mentor was told they would like to talk."""
        ...

    async def counts(self, *, since: datetime) -> SchoolCounts:
        """Counts for the coordinator (activity since `since`); nothing about any one person."""
        ...


class PrivacyRepository(Protocol):
    """A person's rights (access, erasure) and keeping data no longer than needed."""

    async def export(self, person_id: int) -> StudentExport:
        """Everything stored about the person."""
        ...

    async def delete_person(self, person_id: int) -> None:
        """Delete the person and everything that refers to them (safety events stay as anonymous counts)."""
        ...

    async def inactive(
        self, *, before: datetime, limit: int, after: tuple[datetime, int] | None = None
    ) -> list[Student]:
        """Students (not staff) last seen before `before`, longest inactive first, from past `after`."""
        ...

    async def close_stale_sessions(self, *, before: datetime, now: datetime) -> int:
        """Open conversations untouched since `before` are closed as abandoned; how many."""
        ...
