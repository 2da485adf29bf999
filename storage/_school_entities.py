"""The school around the student: roles, mentors and their links, what a mentor sees, safety events."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._entities import NudgeKind, Role, StepStatus

__all__ = [
    "SHARED_ANSWER_FIELDS",
    "Link",
    "Mentor",
    "MentorInvite",
    "Role",
    "SafetyEvent",
    "SchoolCounts",
    "SharedContact",
    "SharedExperience",
    "SharedFlag",
    "SharedStep",
    "SharedStudent",
    "StudentExport",
]

# What a student shares only when they opt in: their own words in the conversations.
SHARED_ANSWER_FIELDS = ("doel", "voorkennis", "gedaan", "verbreden", "verdiepen", "ontdekt")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MentorInvite(_Record):
    """A one-time code a coordinator hands to a new mentor."""

    code: str
    name: str
    created_by: int | None = None
    created_at: datetime
    used_by: int | None = None
    used_at: datetime | None = None
    expires_at: datetime | None = None


class Mentor(_Record):
    """A registered mentor; students link with the class code."""

    person_id: int
    name: str
    class_code: str
    created_at: datetime
    summary_week: str | None = None  # ISO week ("2026-W48") of the last weekly summary handed over
    email: str | None = None  # where a mentor on the web gets the weekly summary (when SMTP is set up)
    # The bot instance sending this week's summary, and until when (another waits out the lease).
    summary_claimed_by: str | None = None
    summary_lease_until: datetime | None = None


class Link(_Record):
    """A student's link to their mentor, and whether their own answers are shared too."""

    student_id: int
    mentor_id: int
    share_answers: bool = False
    created_at: datetime


class SharedExperience(_Record):
    """An experience as a mentor sees it: its title and dates, the key word; answers only if shared."""

    kind: str | None = None
    place: str | None = None
    happens_on: date | None = None
    prepared: bool = False
    reflected_at: datetime | None = None
    kernwoord: str = ""
    answers: dict[str, str] = Field(default_factory=dict)
    # How many questions were answered, and how many of them with a non-answer ("niks", "weet ik niet"):
    # counts only, never the words, so a mentor sees who may need a talk.
    answered: int = 0
    empty_answers: int = 0


class SharedStep(_Record):
    """A step and its status."""

    what: str
    due: date | None = None
    status: StepStatus
    updated_at: datetime


class SharedContact(_Record):
    """Someone in the student's network, by role only (never their name)."""

    role: str | None = None
    created_at: datetime
    last_contact: date | None = None


class SharedFlag(_Record):
    """Something the bot stopped asking about after unanswered follow-ups."""

    kind: NudgeKind
    about: str  # the step's text, the contact's role, or the experience's kind and place
    flagged_at: datetime


class SharedStudent(_Record):
    """Everything a linked mentor may see of one student: the shared fields, nothing else."""

    student_id: int
    name: str
    last_seen_at: datetime
    share_answers: bool
    experiences: list[SharedExperience]
    steps: list[SharedStep]
    contacts: list[SharedContact]
    flags: list[SharedFlag]


class SafetyEvent(_Record):
    """A safety signal in a student's message: its kind and time, never the message."""

    id: int
    student_id: int | None = None
    kind: str
    created_at: datetime
    mentor_told_at: datetime | None = None


class SchoolCounts(_Record):
    """Numbers for the coordinator: counts only, nothing about any one student."""

    students: int
    active: int
    reflections: int
    steps_done: int
    mentors: int
    linked: int
    safety: dict[str, int] = Field(default_factory=dict)


class StudentExport(_Record):
    """Everything stored about one person (their right of access): plain data, ready for JSON."""

    student: dict[str, Any]
    experiences: list[dict[str, Any]]
    steps: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    conversations: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    link: dict[str, Any] | None = None
    mentor: dict[str, Any] | None = None
    chat: list[dict[str, Any]] = Field(default_factory=list)
    safety_events: list[dict[str, Any]] = Field(default_factory=list)
    # Places of the school's network the person chose (their name, when, for which experience or step).
    place_choices: list[dict[str, Any]] = Field(default_factory=list)
