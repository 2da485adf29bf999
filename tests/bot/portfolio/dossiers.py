"""Dossiers to show: built as the store returns them, without a conversation."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storage import (
    Contact,
    Dossier,
    Entry,
    EntryAnswer,
    Experience,
    ExperienceWithEntry,
    NextStep,
    StepStatus,
    Student,
)

NOW = datetime(2026, 11, 22, 10, tzinfo=UTC)
TODAY = date(2026, 11, 22)
PASTE = "Ik moest de hele dag dozen inpakken. " * 140  # about 5,000 characters pasted in one go


def answer(
    ident: int, experience: int, field: str, question: str, text: str, *, empty: bool = False
) -> EntryAnswer:
    return EntryAnswer(
        id=ident,
        experience_id=experience,
        field=field,
        question=question,
        answer=text,
        empty=empty,
        created_at=NOW,
    )


def student(name: str = "Sam de Vries") -> Student:
    return Student(id=1, channel="web", external_id="x", display_name=name, created_at=NOW, last_seen_at=NOW)


def bakery() -> ExperienceWithEntry:
    """A reflection with a feeling, a repeated answer, non-answers, a 5,000-character paste and a key word."""
    experience = Experience(
        id=1, student_id=1, kind="stage", place="Bakkerij De Zoete Inval", happens_on=date(2026, 11, 20),
        created_at=NOW, reflected_at=NOW,
    )  # fmt: skip
    answers = [
        answer(1, 1, "gedaan", "klein_verhaal", "Ik mocht taarten versieren"),
        answer(2, 1, "gedaan", "gevoel", "trots"),
        answer(3, 1, "gedaan", "moment", PASTE),
        answer(4, 1, "verbreden", "verbreden", "nee\nnee\nniks", empty=True),
        answer(5, 1, "verdiepen", "verdiepen", "er was geen keer\nbij tekenen op school"),
        answer(6, 1, "verdiepen", "aanleiding_gevoel", "Ik mocht taarten versieren"),
        answer(7, 1, "ontdekt", "vooruitkijken", "iets met ontwerpen"),
    ]
    entry = Entry(
        experience_id=1,
        gedaan="Ik mocht taarten versieren\ntrots\n" + PASTE,
        verbreden="nee\nnee\nniks",
        kernwoord="creatief",
        competencies=["werkexploratie", "kwaliteitenreflectie", "motievenreflectie", "loopbaansturing"],
    )
    return ExperienceWithEntry(experience=experience, entry=entry, answers=answers)


def open_day() -> ExperienceWithEntry:
    """A prepared open day from before answers were kept per question: one text per component."""
    experience = Experience(
        id=2, student_id=1, kind="open dag", place="ROC", happens_on=date(2026, 12, 3), created_at=NOW,
        prepared_at=NOW,
    )  # fmt: skip
    entry = Entry(
        experience_id=2,
        voorkennis="Ze hebben een bakkersopleiding\nweet ik niet",
        doel="Wat je leert in het eerste jaar\nWat je leert in het eerste jaar",
        competencies=["werkexploratie", "netwerken"],
    )
    return ExperienceWithEntry(experience=experience, entry=entry)


def dossier() -> Dossier:
    steps = [
        NextStep(
            id=1, student_id=1, experience_id=1, what="De bakker vragen of ik nog een dag mag komen",
            due=date(2026, 11, 27), helper="tante Els", obstacle="dat ik het vergeet", created_at=NOW,
            updated_at=NOW,
        ),
        NextStep(
            id=2, student_id=1, experience_id=1, what="Een taart bakken voor oma", status=StepStatus.DONE,
            created_at=NOW, updated_at=NOW,
        ),
    ]  # fmt: skip
    contacts = [Contact(id=1, student_id=1, name="Els", role="tante", reach="bellen", created_at=NOW)]
    return Dossier(student=student(), experiences=[bakery(), open_day()], steps=steps, contacts=contacts)
