"""An in-memory store: every record round-trips through JSON, so it behaves like a real database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from ._entities import (
    ENTRY_FIELDS,
    Contact,
    Dossier,
    Entry,
    Experience,
    ExperienceWithEntry,
    NextStep,
    SessionRecord,
    StepStatus,
    Student,
    StudentKey,
    checked_changes,
)
from ._errors import ConflictError, NotFoundError
from ._protocols import Transaction

__all__ = ["MemoryStore"]

M = TypeVar("M", bound=BaseModel)
_OPEN_SESSION = ("active", "paused")


class _Table(Generic[M]):
    """Rows as JSON text by key, with an index by owner (student or experience)."""

    def __init__(
        self, model: type[M], owner: str | None, undo: Callable[[Callable[[], object]], None]
    ) -> None:
        self.model = model
        self.owner = owner
        self.rows: dict[Any, str] = {}
        self.by_owner: dict[int, list[Any]] = {}
        self.last_id = 0
        self._undo = undo

    def get(self, key: Any) -> M | None:
        raw = self.rows.get(key)
        return None if raw is None else self.model.model_validate_json(raw)

    def put(self, key: Any, record: M) -> None:
        old = self.rows.get(key)
        self.rows[key] = record.model_dump_json()
        if old is None:
            self._undo(lambda: self.rows.pop(key, None))
            if self.owner is not None:
                owned = self.by_owner.setdefault(getattr(record, self.owner), [])
                owned.append(key)
                self._undo(owned.pop)
        else:
            self._undo(lambda: self.rows.__setitem__(key, old))

    def new_id(self) -> int:
        self.last_id += 1
        previous = self.last_id - 1
        self._undo(lambda: setattr(self, "last_id", previous))
        return self.last_id

    def owned(self, owner_id: int) -> list[M]:
        return [self.model.model_validate_json(self.rows[key]) for key in self.by_owner.get(owner_id, [])]

    def change(self, key: Any, changes: dict[str, object]) -> None:
        checked = checked_changes(self.model, changes)
        self.put(key, self.require(key).model_copy(update=checked))

    def require(self, key: Any) -> M:
        found = self.get(key)
        if found is None:
            raise NotFoundError(f"{self.model.__name__} {key} does not exist")
        return found


class MemoryStore:
    """The whole store in dictionaries; for tests, demos (DATABASE_URL=memory://) and benchmarks."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._log: list[Callable[[], object]] | None = None
        undo = self._remember
        self.students = _Table(Student, None, undo)
        self.student_keys: dict[StudentKey, int] = {}
        self.sessions = _Table(SessionRecord, "student_id", undo)
        self.experiences = _Table(Experience, "student_id", undo)
        self.entries = _Table(Entry, None, undo)
        self.steps = _Table(NextStep, "student_id", undo)
        self.contacts = _Table(Contact, "student_id", undo)
        self.scripts: dict[str, tuple[str, str]] = {}

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
    async def transaction(self) -> AsyncIterator[Transaction]:
        """Serialised unit of work; an exception undoes every write made in it."""
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
    def dossier(self) -> _Dossier:
        return _Dossier(self._store, self._writable)

    @property
    def scripts(self) -> _Scripts:
        return _Scripts(self._store, self._writable)


class _Repo:
    def __init__(self, store: MemoryStore, writable: bool) -> None:
        self._s = store
        self._writable = writable

    def _check(self) -> None:
        if not self._writable:
            raise RuntimeError("write through a read-only view")


class _Students(_Repo):
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

    async def save(self, student: Student) -> None:
        self._check()
        self._s.students.require(student.id)
        self._s.students.put(student.id, student)


class _Sessions(_Repo):
    @property
    def _t(self) -> _Table[SessionRecord]:
        return self._s.sessions

    async def current(self, student_id: int) -> SessionRecord | None:
        open_ones = [s for s in self._t.owned(student_id) if s.status in _OPEN_SESSION]
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
    ) -> SessionRecord:
        self._check()
        for other in self._t.owned(student_id):
            if other.status in _OPEN_SESSION:
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


class _Dossier(_Repo):
    async def create_experience(self, student_id: int, *, now: datetime) -> Experience:
        self._check()
        table = self._s.experiences
        experience = Experience(id=table.new_id(), student_id=student_id, created_at=now)
        table.put(experience.id, experience)
        return experience

    async def get_experience(self, experience_id: int) -> Experience | None:
        return self._s.experiences.get(experience_id)

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

    async def dossier(self, student_id: int) -> Dossier:
        student = self._s.students.require(student_id)
        experiences = [
            ExperienceWithEntry(experience=e, entry=self._s.entries.get(e.id) or Entry(experience_id=e.id))
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


class _Scripts(_Repo):
    async def remember(self, digest: str, *, script_id: str, source: str, now: datetime) -> None:
        self._check()
        if digest not in self._s.scripts:
            self._s.scripts[digest] = (script_id, source)
            self._s._remember(lambda: self._s.scripts.pop(digest, None))

    async def source(self, digest: str) -> str | None:
        found = self._s.scripts.get(digest)
        return None if found is None else found[1]
