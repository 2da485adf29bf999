"""The PostgreSQL repository for the career dossier."""

from __future__ import annotations

from datetime import date, datetime

from ._entities import (
    ENTRY_FIELDS,
    Contact,
    ContactMoment,
    Dossier,
    Entry,
    EntryAnswer,
    Experience,
    ExperienceWithEntry,
    NextStep,
    StepStatus,
    Student,
)
from ._errors import NotFoundError
from ._postgres_statements import PgRepo, to_db

__all__ = ["DossierRepo"]


class DossierRepo(PgRepo):
    async def create_experience(self, student_id: int, *, now: datetime) -> Experience:
        experience_id = await self._insert("experiences", {"student_id": student_id, "created_at": now})
        return Experience(id=experience_id, student_id=student_id, created_at=now)

    async def get_experience(self, experience_id: int) -> Experience | None:
        return await self._one(Experience, "SELECT * FROM experiences WHERE id = $1", experience_id)

    async def experiences(self, student_id: int) -> list[Experience]:
        sql = "SELECT * FROM experiences WHERE student_id = $1 ORDER BY id"
        return await self._all(Experience, sql, student_id)

    async def save_experience(self, experience: Experience) -> None:
        await self._update("experiences", experience)

    async def update_experience(self, experience_id: int, **changes: object) -> None:
        await self._change("experiences", Experience, experience_id, changes)

    async def entry(self, experience_id: int) -> Entry:
        found = await self._one(Entry, "SELECT * FROM entries WHERE experience_id = $1", experience_id)
        if found is not None:
            return found
        if await self.get_experience(experience_id) is None:
            raise NotFoundError(f"experience {experience_id} does not exist")
        return Entry(experience_id=experience_id)

    async def save_entry(self, entry: Entry) -> None:
        values = entry.model_dump()
        columns = ", ".join(values)
        marks = ", ".join(f"${n}" for n in range(1, len(values) + 1))
        updates = ", ".join(f"{c} = excluded.{c}" for c in values if c != "experience_id")
        await self._sql.write(
            f"INSERT INTO entries ({columns}) VALUES ({marks})"
            f" ON CONFLICT (experience_id) DO UPDATE SET {updates}",
            *(to_db(v) for v in values.values()),
        )

    async def add_to_entry(
        self, experience_id: int, *, field: str | None, text: str, replace: bool, competency: str | None
    ) -> None:
        # One statement instead of read-modify-write: this runs on most turns of a reflection.
        if field is not None and field not in ENTRY_FIELDS:
            raise ValueError(f"unknown entry field {field!r}")
        columns: list[str] = ["experience_id"]
        values: list[object] = [experience_id]
        updates: list[str] = []
        if field is not None and text:
            columns.append(field)
            values.append(to_db(text))
            old, new = f"entries.{field}", f"excluded.{field}"
            joined = f"CASE WHEN {old} = '' THEN {new} ELSE {old} || chr(10) || {new} END"
            updates.append(f"{field} = {new if replace else joined}")
        if competency is not None:
            columns.append("competencies")
            values.append([to_db(competency)])
            updates.append(
                "competencies = CASE WHEN excluded.competencies[1] = ANY(entries.competencies)"
                " THEN entries.competencies ELSE entries.competencies || excluded.competencies END"
            )
        if len(columns) == 1:
            self._sql.usable(write=True)
            return
        marks = ", ".join(f"${n}" for n in range(1, len(columns) + 1))
        await self._sql.write(
            f"INSERT INTO entries ({', '.join(columns)}) VALUES ({marks})"
            f" ON CONFLICT (experience_id) DO UPDATE SET {', '.join(updates)}",
            *values,
        )

    async def add_answer(
        self, experience_id: int, *, field: str, question: str, answer: str, empty: bool, now: datetime
    ) -> None:
        if field not in ENTRY_FIELDS:
            raise ValueError(f"unknown entry field {field!r}")
        await self._sql.write(
            "INSERT INTO entry_answers (experience_id, field, question, answer, empty, created_at)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            experience_id,
            field,
            question,
            to_db(answer),
            empty,
            to_db(now),
        )

    async def create_step(self, student_id: int, *, experience_id: int | None, now: datetime) -> NextStep:
        values = {
            "student_id": student_id,
            "experience_id": experience_id,
            "created_at": now,
            "updated_at": now,
        }
        step_id = await self._insert("next_steps", values)
        return NextStep(id=step_id, **values)

    async def get_step(self, step_id: int) -> NextStep | None:
        return await self._one(NextStep, "SELECT * FROM next_steps WHERE id = $1", step_id)

    async def save_step(self, step: NextStep) -> None:
        await self._update("next_steps", step)

    async def update_step(self, step_id: int, **changes: object) -> None:
        await self._change("next_steps", NextStep, step_id, changes)

    async def steps(self, student_id: int, statuses: tuple[StepStatus, ...] = ()) -> list[NextStep]:
        if not statuses:
            sql = "SELECT * FROM next_steps WHERE student_id = $1 ORDER BY id"
            return await self._all(NextStep, sql, student_id)
        sql = "SELECT * FROM next_steps WHERE student_id = $1 AND status = ANY($2::text[]) ORDER BY id"
        return await self._all(NextStep, sql, student_id, [s.value for s in statuses])

    async def create_contact(self, student_id: int, *, name: str, role: str | None, now: datetime) -> Contact:
        values = {"student_id": student_id, "name": name, "role": role, "created_at": now}
        contact_id = await self._insert("contacts", values)
        return Contact(id=contact_id, **values)

    async def get_contact(self, contact_id: int) -> Contact | None:
        return await self._one(Contact, "SELECT * FROM contacts WHERE id = $1", contact_id)

    async def save_contact(self, contact: Contact) -> None:
        await self._update("contacts", contact)

    async def update_contact(self, contact_id: int, **changes: object) -> None:
        await self._change("contacts", Contact, contact_id, changes)

    async def add_contact_moment(
        self, contact_id: int, *, happened_on: date | None, note: str, now: datetime
    ) -> ContactMoment:
        values = {"contact_id": contact_id, "happened_on": happened_on, "note": note, "created_at": now}
        moment_id = await self._insert("contact_moments", values)
        return ContactMoment(
            id=moment_id, contact_id=contact_id, happened_on=happened_on, note=note, created_at=now
        )

    async def contact_moments(self, contact_id: int) -> list[ContactMoment]:
        sql = "SELECT * FROM contact_moments WHERE contact_id = $1 ORDER BY id"
        return await self._all(ContactMoment, sql, contact_id)

    async def dossier(self, student_id: int) -> Dossier:
        student = await self._one(Student, "SELECT * FROM students WHERE id = $1", student_id)
        if student is None:
            raise NotFoundError(f"student {student_id} does not exist")
        experiences = await self.experiences(student_id)
        entries = {
            e.experience_id: e
            for e in await self._all(
                Entry,
                "SELECT entries.* FROM entries JOIN experiences ON experiences.id = entries.experience_id"
                " WHERE experiences.student_id = $1",
                student_id,
            )
        }
        answers: dict[int, list[EntryAnswer]] = {}
        for row in await self._all(
            EntryAnswer,
            "SELECT entry_answers.* FROM entry_answers"
            " JOIN experiences ON experiences.id = entry_answers.experience_id"
            " WHERE experiences.student_id = $1 ORDER BY entry_answers.id",
            student_id,
        ):
            answers.setdefault(row.experience_id, []).append(row)
        return Dossier(
            student=student,
            experiences=[
                ExperienceWithEntry(
                    experience=e,
                    entry=entries.get(e.id) or Entry(experience_id=e.id),
                    answers=answers.get(e.id, []),
                )
                for e in experiences
            ],
            steps=await self.steps(student_id),
            contacts=await self._all(
                Contact, "SELECT * FROM contacts WHERE student_id = $1 ORDER BY id", student_id
            ),
        )
