"""The storage contract: a store hands out transactions; a transaction holds small repositories.

Every backend (in-memory, aiosqlite, asyncpg) implements exactly this, and one contract test suite
runs against each. One student's turn is written as a whole or not at all, and a student's turns run one
after the other (a lock per student, held in the database by PostgreSQL).
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import date, datetime
from typing import Any, Protocol

from ._entities import (
    Contact,
    ContactMoment,
    Dossier,
    Entry,
    Experience,
    NextStep,
    SessionRecord,
    StepStatus,
    Student,
    StudentKey,
    TurnStart,
)
from ._nudge_protocols import NudgeRepository
from ._place_protocols import PlaceRepository
from ._school_protocols import PrivacyRepository, SchoolRepository
from ._studio_protocols import StudioRepository, TallyRepository
from ._web_protocols import (
    CodeRepository,
    LoginRepository,
    SchoolAccountRepository,
    TranscriptRepository,
)

__all__ = [
    "AttemptRepository",
    "DossierRepository",
    "NudgeRepository",
    "ReceiptRepository",
    "ScriptRepository",
    "SessionRepository",
    "Store",
    "StudentRepository",
    "Transaction",
]


class StudentRepository(Protocol):
    """Students by channel identity."""

    async def upsert(self, key: StudentKey, *, display_name: str, language: str, now: datetime) -> Student:
        """The student with this key, created if new; refreshes display name and last-seen time."""
        ...

    async def get(self, student_id: int) -> Student | None:
        """A student by id."""
        ...

    async def find(self, key: StudentKey) -> Student | None:
        """A student by channel identity, without creating one."""
        ...

    async def save(self, student: Student) -> None:
        """Write back a changed student (language, active flag, ...)."""
        ...

    async def update(self, student_id: int, **changes: object) -> None:
        """Change some fields of a student, leaving the rest as stored (NotFoundError if missing)."""
        ...

    async def rekey(self, student_id: int, key: StudentKey) -> None:
        """Give a person another channel identity (their dossier moves along; the key must be free)."""
        ...

    async def for_turn(
        self, key: StudentKey, *, receipt: tuple[str, int] | None = None, now: datetime
    ) -> TurnStart:
        """The student by key and their open conversation; with a receipt (source, update_id), whether that
        update is new, noting it as handled in this transaction (ReceiptRepository.record) if so.

        What a turn in a unit of its own reads first, in one round trip where the backend can."""
        ...


class SessionRepository(Protocol):
    """Conversations and their engine state."""

    async def current(self, student_id: int, *, lane: str | None = None) -> SessionRecord | None:
        """The student's latest conversation that is active or paused (in any lane, or in this one)."""
        ...

    async def create(
        self,
        student_id: int,
        *,
        script_id: str,
        script_hash: str,
        state: dict[str, Any],
        experience_id: int | None,
        now: datetime,
        lane: str = "main",
    ) -> SessionRecord:
        """Start a conversation; the student's other open conversation in the same lane is abandoned."""
        ...

    async def save(self, record: SessionRecord) -> SessionRecord:
        """Write back state, status and links; ConflictError if it was saved since `record` was read.

        Returns the stored record (with its new version), so a caller can keep it for the next turn.
        """
        ...


class DossierRepository(Protocol):
    """Experiences, entries, steps and contacts of one student at a time."""

    async def create_experience(self, student_id: int, *, now: datetime) -> Experience:
        """A new, empty experience."""
        ...

    async def get_experience(self, experience_id: int) -> Experience | None:
        """An experience by id."""
        ...

    async def experiences(self, student_id: int) -> list[Experience]:
        """The student's experiences without their entries, oldest first (cheaper than the dossier)."""
        ...

    async def save_experience(self, experience: Experience) -> None:
        """Write back a changed experience."""
        ...

    async def update_experience(self, experience_id: int, **changes: object) -> None:
        """Change some fields of an experience (NotFoundError if it does not exist)."""
        ...

    async def entry(self, experience_id: int) -> Entry:
        """The dossier entry of an experience (empty if nothing is written yet)."""
        ...

    async def save_entry(self, entry: Entry) -> None:
        """Write back an entry."""
        ...

    async def add_to_entry(
        self, experience_id: int, *, field: str | None, text: str, replace: bool, competency: str | None
    ) -> None:
        """Add a text to one dossier component (appended on a new line unless `replace`) and a competency."""
        ...

    async def add_answer(
        self, experience_id: int, *, field: str, question: str, answer: str, empty: bool, now: datetime
    ) -> None:
        """Keep one answer to one question (`field` is its dossier component, `empty` a non-answer)."""
        ...

    async def create_step(self, student_id: int, *, experience_id: int | None, now: datetime) -> NextStep:
        """A new, open next step."""
        ...

    async def get_step(self, step_id: int) -> NextStep | None:
        """A next step by id."""
        ...

    async def save_step(self, step: NextStep) -> None:
        """Write back a changed step."""
        ...

    async def update_step(self, step_id: int, **changes: object) -> None:
        """Change some fields of a step (NotFoundError if it does not exist)."""
        ...

    async def steps(self, student_id: int, statuses: tuple[StepStatus, ...] = ()) -> list[NextStep]:
        """The student's steps (all, or those with one of `statuses`), oldest first."""
        ...

    async def create_contact(self, student_id: int, *, name: str, role: str | None, now: datetime) -> Contact:
        """A new network contact."""
        ...

    async def get_contact(self, contact_id: int) -> Contact | None:
        """A contact by id."""
        ...

    async def save_contact(self, contact: Contact) -> None:
        """Write back a changed contact."""
        ...

    async def update_contact(self, contact_id: int, **changes: object) -> None:
        """Change some fields of a contact (NotFoundError if it does not exist)."""
        ...

    async def add_contact_moment(
        self, contact_id: int, *, happened_on: date | None, note: str, now: datetime
    ) -> ContactMoment:
        """Note a moment the student was in touch with a contact."""
        ...

    async def contact_moments(self, contact_id: int) -> list[ContactMoment]:
        """A contact's history, oldest first."""
        ...

    async def dossier(self, student_id: int) -> Dossier:
        """Everything in the student's dossier, oldest experience first."""
        ...


class ScriptRepository(Protocol):
    """Every script version a conversation was ever started with, by content hash."""

    async def remember(self, digest: str, *, script_id: str, source: str, now: datetime) -> None:
        """Keep this version's source (no-op when it is already known)."""
        ...

    async def source(self, digest: str) -> str | None:
        """The source of a version, or None."""
        ...


class ReceiptRepository(Protocol):
    """Updates a channel delivered that were handled: a redelivered one is recognised and dropped."""

    async def seen(self, source: str, update_id: int) -> bool:
        """Whether this update of this source (e.g. "telegram:<bot id>") was handled before."""
        ...

    async def record(self, source: str, update_id: int, *, now: datetime) -> None:
        """Note an update as handled, in the transaction of the turn it produced (no-op if noted)."""
        ...

    async def latest(self, source: str) -> int | None:
        """The highest update id of this source noted as handled (None: none is)."""
        ...

    async def prune(self, *, before: datetime) -> int:
        """Forget receipts older than `before` (no channel redelivers that late); how many went."""
        ...


class AttemptRepository(Protocol):
    """Attempts that are limited (a wrong code, say), counted in the database so a restart forgets none."""

    async def record(self, kind: str, *, person_id: int | None, now: datetime) -> None:
        """Note one attempt of `kind`, by a person (deleted with them) or by nobody in particular."""
        ...

    async def count(self, kind: str, *, since: datetime, person_id: int | None = None) -> int:
        """Attempts of `kind` since `since`: by this person, or by everyone when `person_id` is None."""
        ...

    async def prune(self, *, before: datetime) -> int:
        """Forget attempts older than `before`; how many went."""
        ...


class Transaction(Protocol):
    """One unit of work; committed when the `async with` block ends without an exception."""

    @property
    def students(self) -> StudentRepository:
        """Students."""
        ...

    @property
    def sessions(self) -> SessionRepository:
        """Conversations."""
        ...

    @property
    def dossier(self) -> DossierRepository:
        """Career dossiers."""
        ...

    @property
    def scripts(self) -> ScriptRepository:
        """Script versions."""
        ...

    @property
    def nudges(self) -> NudgeRepository:
        """Follow-ups."""
        ...

    @property
    def school(self) -> SchoolRepository:
        """Roles, mentors, links and what mentors may see."""
        ...

    @property
    def privacy(self) -> PrivacyRepository:
        """Access, erasure and retention."""
        ...

    @property
    def receipts(self) -> ReceiptRepository:
        """Updates already handled."""
        ...

    @property
    def attempts(self) -> AttemptRepository:
        """Limited attempts (wrong codes)."""
        ...

    @property
    def codes(self) -> CodeRepository:
        """One-time sign-in codes for the web."""
        ...

    @property
    def logins(self) -> LoginRepository:
        """Signed-in browsers."""
        ...

    @property
    def transcript(self) -> TranscriptRepository:
        """The web chat's recent messages."""
        ...

    @property
    def school_accounts(self) -> SchoolAccountRepository:
        """School accounts (OpenID Connect) and whom they sign in as."""

    @property
    def places(self) -> PlaceRepository:
        """The school's network of places, and the places students chose."""
        ...

    @property
    def studio(self) -> StudioRepository:
        """The coordinator's studio: drafts, publications and its log."""
        ...

    @property
    def tally(self) -> TallyRepository:
        """Counts per question for the studio's figures (never words)."""
        ...


class Store(Protocol):
    """A storage backend."""

    # Whether other processes may work on the same data at the same time (PostgreSQL): then a student's
    # turn reads and writes in one unit under their lock, and nothing read earlier is taken as current.
    shared: bool

    async def open(self) -> None:
        """Connect and bring the schema up to date."""
        ...

    async def close(self) -> None:
        """Release the connection; safe to call twice."""
        ...

    def transaction(self, *, lock: str | None = None) -> AbstractAsyncContextManager[Transaction]:
        """A unit of work: all of it is stored, or (on an exception) none of it.

        Units with the same `lock` (a student's key) run one after the other, in every process that uses
        the database. SQLite and memory run every unit one after the other; PostgreSQL runs units without
        a lock, or with different ones, side by side (each statement is atomic on its own).
        """
        ...

    def read(self) -> AbstractAsyncContextManager[Transaction]:
        """Read-only access to everything committed, without waiting for writers; writes raise.

        Not serialised with transactions: a caller that reads here and then writes must make sure nobody
        else changes the same rows in between (the conversation service holds a per-student lock).
        """
        ...
