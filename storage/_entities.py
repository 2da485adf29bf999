"""The records the career dossier is made of."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

__all__ = [
    "ENTRY_FIELDS",
    "LIVE_NUDGE",
    "Contact",
    "ContactMoment",
    "Dossier",
    "Entry",
    "EntryAnswer",
    "Experience",
    "ExperienceWithEntry",
    "NextStep",
    "Nudge",
    "NudgeKind",
    "NudgeStatus",
    "Role",
    "SessionRecord",
    "StepStatus",
    "Student",
    "StudentKey",
    "TurnStart",
    "checked_changes",
]

ENTRY_FIELDS = ("doel", "voorkennis", "gedaan", "verbreden", "verdiepen", "ontdekt", "kernwoord")


@dataclass(frozen=True, slots=True)
class StudentKey:
    """Who a student is on a channel: ("telegram", "12345") or ("console", "sam")."""

    channel: str
    external_id: str


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Role(StrEnum):
    """What someone is to the bot; everybody starts as a student."""

    STUDENT = "student"
    MENTOR = "mentor"
    COORDINATOR = "coordinator"


class Student(_Record):
    """Someone known to the bot: a student, a mentor or a coordinator (see `role`)."""

    id: int
    channel: str
    external_id: str
    display_name: str = ""
    language: str = "nl"
    active: bool = True
    created_at: datetime
    last_seen_at: datetime
    role: Role = Role.STUDENT
    # When the bot announced that this student's data will be deleted for inactivity (None: not yet).
    retention_notice_at: datetime | None = None

    @property
    def key(self) -> StudentKey:
        """The channel identity of this student."""
        return StudentKey(self.channel, self.external_id)


class SessionRecord(_Record):
    """One conversation: the engine state plus the dossier rows it writes to."""

    id: int
    student_id: int
    script_id: str
    script_hash: str
    status: str
    state: dict[str, Any]
    experience_id: int | None = None
    step_id: int | None = None
    contact_id: int | None = None
    started_at: datetime
    updated_at: datetime
    version: int = 0
    lane: str = "main"


@dataclass(frozen=True, slots=True)
class TurnStart:
    """What a turn starts from, read at once (StudentRepository.for_turn)."""

    student: Student | None
    # The student's latest open conversation (SessionRepository.current), None without a student.
    session: SessionRecord | None
    # With a receipt: True when this update is new (it is noted now), False when it was handled before.
    new_update: bool | None = None


class Experience(_Record):
    """Something the student did or will do: a stage, meeloopdag, open dag, ..."""

    id: int
    student_id: int
    kind: str | None = None
    place: str | None = None
    happens_on: date | None = None
    created_at: datetime
    prepared_at: datetime | None = None
    reflected_at: datetime | None = None


class Entry(_Record):
    """The dossier components of one experience."""

    experience_id: int
    doel: str = ""
    voorkennis: str = ""
    gedaan: str = ""
    verbreden: str = ""
    verdiepen: str = ""
    ontdekt: str = ""
    kernwoord: str = ""
    competencies: list[str] = Field(default_factory=list)


class EntryAnswer(_Record):
    """One answer to one question, with the question's id in its script and the component it went to."""

    id: int
    experience_id: int
    field: str  # the entry component: doel, voorkennis, gedaan, verbreden, verdiepen, ontdekt
    question: str  # the question's id in its script ("klein_verhaal", "gevoel", ...)
    answer: str
    # A non-answer ("weet ik niet", "niks", "nee"), as the bot judged it when it was given.
    empty: bool = False
    created_at: datetime


class StepStatus(StrEnum):
    """Where a next step stands."""

    OPEN = "open"
    DONE = "done"
    CHANGED = "changed"
    DROPPED = "dropped"


class NextStep(_Record):
    """A small, concrete action with a date and, ideally, someone who helps."""

    id: int
    student_id: int
    experience_id: int | None = None
    what: str = ""
    due: date | None = None
    check_in_on: date | None = None
    helper: str = ""
    helper_contact_id: int | None = None
    obstacle: str = ""
    status: StepStatus = StepStatus.OPEN
    created_at: datetime
    updated_at: datetime


class Contact(_Record):
    """Someone in the student's network."""

    id: int
    student_id: int
    name: str
    role: str | None = None
    reach: str = ""
    last_contact: date | None = None
    created_at: datetime


class ContactMoment(_Record):
    """A moment the student was in touch with a contact, and what came of it."""

    id: int
    contact_id: int
    happened_on: date | None = None
    note: str = ""
    created_at: datetime


class NudgeKind(StrEnum):
    """What a nudge follows up on."""

    STEP = "step"  # a next step on its due date
    CHECK_IN = "check_in"  # a step without a date yet
    CONTACT = "contact"  # a network contact the student meant to approach
    REFLECT = "reflect"  # a prepared experience, the day after


class NudgeStatus(StrEnum):
    """Where a nudge stands; pending, sending and sent are "live"."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    ANSWERED = "answered"
    CANCELLED = "cancelled"
    FLAGGED = "flagged"


LIVE_NUDGE = (NudgeStatus.PENDING, NudgeStatus.SENDING, NudgeStatus.SENT)


class Nudge(_Record):
    """A follow-up the bot owes a student; the database row is the single source of truth."""

    id: int
    student_id: int
    kind: NudgeKind
    item_id: int
    due_at: datetime
    status: NudgeStatus = NudgeStatus.PENDING
    attempts: int = 0
    sent_at: datetime | None = None
    answered_at: datetime | None = None
    created_at: datetime
    updated_at: datetime
    # Which bot instance claimed it for sending, and until when (a lease another instance waits out).
    claimed_by: str | None = None
    lease_until: datetime | None = None


class ExperienceWithEntry(_Record):
    """An experience with its dossier entry, for showing the dossier."""

    experience: Experience
    entry: Entry
    # Per question, in the order given (experiences from before migration 10 have none: see `entry`).
    answers: list[EntryAnswer] = Field(default_factory=list)


class Dossier(_Record):
    """Everything in one student's career dossier."""

    student: Student
    experiences: list[ExperienceWithEntry]
    steps: list[NextStep]
    contacts: list[Contact]


@functools.cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    annotation = model.model_fields[name].annotation
    assert annotation is not None, f"{model.__name__}.{name} has no type"
    return TypeAdapter(annotation)


def checked_changes(model: type[BaseModel], changes: dict[str, object]) -> dict[str, Any]:
    """Validate a partial update: known fields only (never the id), each value of the field's type."""
    unknown = sorted(name for name in changes if name == "id" or name not in model.model_fields)
    if unknown:
        raise ValueError(f"cannot change {unknown} of {model.__name__}")
    return {name: _adapter(model, name).validate_python(value) for name, value in changes.items()}
