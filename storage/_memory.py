"""An in-memory store: every record round-trips through JSON, so it behaves like a real database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from ._entities import (
    Contact,
    ContactMoment,
    Entry,
    EntryAnswer,
    Experience,
    NextStep,
    Nudge,
    SessionRecord,
    Student,
    StudentKey,
    TurnStart,
)
from ._errors import ConflictError
from ._memory_dossier import DossierRepo, NudgesRepo
from ._memory_guard import Attempts, GuardTables, Receipts
from ._memory_places import Places, PlaceTables
from ._memory_school import Privacy, School
from ._memory_studio import Studio, StudioTables, Tallies
from ._memory_tables import MemoryRepo, Table
from ._memory_web import Codes, Logins, SchoolAccounts, Transcript, WebTables
from ._protocols import Transaction
from ._school_entities import Link, Mentor, MentorInvite, SafetyEvent

__all__ = ["MemoryStore"]

_OPEN_SESSION = ("active", "paused")


class MemoryStore:
    """The whole store in dictionaries; for tests, demos (DATABASE_URL=memory://) and benchmarks."""

    shared = False

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._log: list[Callable[[], object]] | None = None
        undo = self._remember
        self.students = Table(Student, None, undo)
        self.student_keys: dict[StudentKey, int] = {}
        self.sessions = Table(SessionRecord, "student_id", undo)
        self.experiences = Table(Experience, "student_id", undo)
        self.entries = Table(Entry, None, undo)
        self.answers = Table(EntryAnswer, "experience_id", undo)
        self.steps = Table(NextStep, "student_id", undo)
        self.contacts = Table(Contact, "student_id", undo)
        self.moments = Table(ContactMoment, "contact_id", undo)
        self.nudges = Table(Nudge, "student_id", undo, lookup=("kind", "item_id"))
        self.invites = Table(MentorInvite, None, undo)
        self.mentors = Table(Mentor, None, undo)
        self.links = Table(Link, "mentor_id", undo)
        self.safety = Table(SafetyEvent, None, undo)
        self.scripts: dict[str, tuple[str, str]] = {}
        self.script_times: dict[str, datetime] = {}
        self.guard = GuardTables()
        self.web = WebTables(self)
        self.places = PlaceTables(self)
        self.studio = StudioTables(self)

    def _remember(self, undo: Callable[[], object]) -> None:
        if self._log is None:
            raise RuntimeError("write outside a transaction")
        self._log.append(undo)

    async def open(self) -> None:
        """Nothing to connect to."""

    async def close(self) -> None:
        """Nothing to release."""

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Transaction]:
        """Reads without the lock (every method is atomic on the event loop); writes raise."""
        yield _MemoryTransaction(self, writable=False)

    @asynccontextmanager
    async def transaction(self, *, lock: str | None = None) -> AsyncIterator[Transaction]:
        """Serialised unit of work (one process: every unit in turn, whatever its `lock`); an exception
        undoes every write made in it."""
        async with self._lock:
            self._log = []
            try:
                yield _MemoryTransaction(self, writable=True)
            except BaseException:
                for undo in reversed(self._log):
                    undo()
                raise
            finally:
                self._log = None


class _MemoryTransaction:
    def __init__(self, store: MemoryStore, *, writable: bool) -> None:
        self._store = store
        self._writable = writable

    @property
    def students(self) -> _Students:
        return _Students(self._store, self._writable)

    @property
    def sessions(self) -> _Sessions:
        return _Sessions(self._store, self._writable)

    @property
    def dossier(self) -> DossierRepo:
        return DossierRepo(self._store, self._writable)

    @property
    def scripts(self) -> _Scripts:
        return _Scripts(self._store, self._writable)

    @property
    def nudges(self) -> NudgesRepo:
        return NudgesRepo(self._store, self._writable)

    @property
    def school(self) -> School:
        return School(self._store, self._writable)

    @property
    def privacy(self) -> Privacy:
        return Privacy(self._store, self._writable)

    @property
    def receipts(self) -> Receipts:
        return Receipts(self._store, self._writable)

    @property
    def attempts(self) -> Attempts:
        return Attempts(self._store, self._writable)

    @property
    def codes(self) -> Codes:
        return Codes(self._store, self._writable)

    @property
    def logins(self) -> Logins:
        return Logins(self._store, self._writable)

    @property
    def transcript(self) -> Transcript:
        return Transcript(self._store, self._writable)

    @property
    def school_accounts(self) -> SchoolAccounts:
        return SchoolAccounts(self._store, self._writable)

    @property
    def places(self) -> Places:
        return Places(self._store, self._writable)

    @property
    def studio(self) -> Studio:
        return Studio(self._store, self._writable)

    @property
    def tally(self) -> Tallies:
        return Tallies(self._store, self._writable)


class _Students(MemoryRepo):
    async def upsert(self, key: StudentKey, *, display_name: str, language: str, now: datetime) -> Student:
        self._check()
        existing = await self.find(key)
        if existing is not None:
            changed = existing.model_copy(
                update={"last_seen_at": now, "display_name": display_name or existing.display_name}
            )
            self._s.students.put(existing.id, changed)
            return changed
        table = self._s.students
        student = Student(
            id=table.new_id(),
            channel=key.channel,
            external_id=key.external_id,
            display_name=display_name,
            language=language,
            created_at=now,
            last_seen_at=now,
        )
        table.put(student.id, student)
        self._s.student_keys[key] = student.id
        self._s._remember(lambda: self._s.student_keys.pop(key, None))
        return student

    async def get(self, student_id: int) -> Student | None:
        return self._s.students.get(student_id)

    async def find(self, key: StudentKey) -> Student | None:
        student_id = self._s.student_keys.get(key)
        return None if student_id is None else self._s.students.get(student_id)

    async def for_turn(
        self, key: StudentKey, *, receipt: tuple[str, int] | None = None, now: datetime
    ) -> TurnStart:
        student = await self.find(key)
        session = None if student is None else await _Sessions(self._s, self._writable).current(student.id)
        if receipt is None:
            return TurnStart(student, session)
        receipts = Receipts(self._s, self._writable)
        if await receipts.seen(*receipt):
            return TurnStart(student, session, new_update=False)
        await receipts.record(*receipt, now=now)
        return TurnStart(student, session, new_update=True)

    async def save(self, student: Student) -> None:
        self._check()
        self._s.students.require(student.id)
        self._s.students.put(student.id, student)

    async def update(self, student_id: int, **changes: object) -> None:
        self._check()
        self._s.students.change(student_id, changes)

    async def rekey(self, student_id: int, key: StudentKey) -> None:
        self._check()
        if key in self._s.student_keys:
            raise ConflictError(f"{key.channel}:{key.external_id} belongs to someone else")
        student = self._s.students.require(student_id)
        keys = self._s.student_keys
        old = student.key
        keys.pop(old, None)
        keys[key] = student_id

        def undo() -> None:
            keys.pop(key, None)
            keys[old] = student_id

        self._s._remember(undo)
        self._s.students.change(student_id, {"channel": key.channel, "external_id": key.external_id})


class _Sessions(MemoryRepo):
    @property
    def _t(self) -> Table[SessionRecord]:
        return self._s.sessions

    async def current(self, student_id: int, *, lane: str | None = None) -> SessionRecord | None:
        open_ones = [
            s for s in self._t.owned(student_id) if s.status in _OPEN_SESSION and lane in (None, s.lane)
        ]
        return max(open_ones, key=lambda s: s.id, default=None)

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
        self._check()
        for other in self._t.owned(student_id):
            if other.status in _OPEN_SESSION and other.lane == lane:
                self._t.put(other.id, other.model_copy(update={"status": "abandoned", "updated_at": now}))
        record = SessionRecord(
            id=self._t.new_id(),
            student_id=student_id,
            script_id=script_id,
            script_hash=script_hash,
            status=str(state.get("status", "active")),
            state=state,
            experience_id=experience_id,
            started_at=now,
            updated_at=now,
            lane=lane,
        )
        self._t.put(record.id, record)
        return record

    async def save(self, record: SessionRecord) -> SessionRecord:
        self._check()
        if self._t.require(record.id).version != record.version:
            raise ConflictError(f"session {record.id} was saved by someone else")
        saved = record.model_copy(update={"version": record.version + 1})
        self._t.put(record.id, saved)
        return saved


class _Scripts(MemoryRepo):
    async def remember(self, digest: str, *, script_id: str, source: str, now: datetime) -> None:
        self._check()
        if digest not in self._s.scripts:
            self._s.scripts[digest] = (script_id, source)
            self._s.script_times[digest] = now
            self._s._remember(
                lambda: (self._s.scripts.pop(digest, None), self._s.script_times.pop(digest, None))
            )

    async def source(self, digest: str) -> str | None:
        found = self._s.scripts.get(digest)
        return None if found is None else found[1]
