"""A student's records as a mentor may see them, or as an export: one definition for both backends."""

from __future__ import annotations

from collections.abc import Sequence

from ._entities import ContactMoment, Dossier, Entry, Nudge, NudgeKind, NudgeStatus, SessionRecord, Student
from ._school_entities import (
    SHARED_ANSWER_FIELDS,
    Link,
    Mentor,
    SafetyEvent,
    SharedContact,
    SharedExperience,
    SharedFlag,
    SharedStep,
    SharedStudent,
    StudentExport,
)
from ._web_entities import ChatLine

__all__ = ["export_of", "project"]


def project(dossier: Dossier, *, share_answers: bool, nudges: list[Nudge]) -> SharedStudent:
    """The shared fields of a dossier: titles, dates, key words, steps, contacts' roles, flags."""
    experiences = [
        SharedExperience(
            kind=item.experience.kind,
            place=item.experience.place,
            happens_on=item.experience.happens_on,
            prepared=item.experience.prepared_at is not None,
            reflected_at=item.experience.reflected_at,
            kernwoord=item.entry.kernwoord,
            answers=(
                {f: getattr(item.entry, f) for f in SHARED_ANSWER_FIELDS if getattr(item.entry, f)}
                if share_answers
                else {}
            ),
            answered=len(item.answers) or _components_filled(item.entry),
            empty_answers=sum(answer.empty for answer in item.answers),
        )
        for item in dossier.experiences
    ]
    steps = [
        SharedStep(what=s.what, due=s.due, status=s.status, updated_at=s.updated_at) for s in dossier.steps
    ]
    contacts = [
        SharedContact(role=c.role, created_at=c.created_at, last_contact=c.last_contact)
        for c in dossier.contacts
    ]
    return SharedStudent(
        student_id=dossier.student.id,
        name=_known_as(dossier.student),
        last_seen_at=dossier.student.last_seen_at,
        share_answers=share_answers,
        experiences=experiences,
        steps=steps,
        contacts=contacts,
        flags=[_flag(dossier, n) for n in nudges if n.status is NudgeStatus.FLAGGED],
    )


def _components_filled(entry: Entry) -> int:
    # Answers from before they were kept per question (migration 10): count the components with text, so
    # an old reflection is not taken for one in which nothing was said.
    return sum(bool(getattr(entry, name)) for name in SHARED_ANSWER_FIELDS)


def _known_as(student: Student) -> str:
    """The name a mentor knows a student by: the one given (Telegram's, a sign-in code's), else the
    local chat's user name (`chat --user sam`), which is all a local student has."""
    if student.display_name:
        return student.display_name
    return student.external_id if student.channel == "console" else ""


def _flag(dossier: Dossier, nudge: Nudge) -> SharedFlag:
    about = ""
    if nudge.kind in (NudgeKind.STEP, NudgeKind.CHECK_IN):
        about = next((s.what for s in dossier.steps if s.id == nudge.item_id), "")
    elif nudge.kind is NudgeKind.CONTACT:
        # A contact is shared by role only, here too.
        about = next((c.role or "" for c in dossier.contacts if c.id == nudge.item_id), "")
    else:
        found = next((i.experience for i in dossier.experiences if i.experience.id == nudge.item_id), None)
        if found is not None:
            about = " · ".join(part for part in (found.kind, found.place) if part)
    return SharedFlag(kind=nudge.kind, about=about, flagged_at=nudge.updated_at)


def export_of(
    dossier: Dossier,
    *,
    moments: dict[int, list[ContactMoment]],
    sessions: list[SessionRecord],
    nudges: list[Nudge],
    link: Link | None,
    linked_mentor: Mentor | None,
    mentor: Mentor | None,
    safety: list[SafetyEvent],
    chat: Sequence[ChatLine] = (),
) -> StudentExport:
    """Everything about one person as plain data (the right of access)."""
    return StudentExport(
        student=dossier.student.model_dump(mode="json"),
        experiences=[
            {
                **item.experience.model_dump(mode="json"),
                "entry": item.entry.model_dump(mode="json"),
                "answers": [
                    answer.model_dump(mode="json", include={"field", "question", "answer", "created_at"})
                    for answer in item.answers
                ],
            }
            for item in dossier.experiences
        ],
        steps=[s.model_dump(mode="json") for s in dossier.steps],
        contacts=[
            {
                **c.model_dump(mode="json"),
                "moments": [m.model_dump(mode="json") for m in moments.get(c.id, [])],
            }
            for c in dossier.contacts
        ],
        conversations=[
            {
                "script": s.script_id,
                "status": s.status,
                "started_at": s.started_at.isoformat(),
                "updated_at": s.updated_at.isoformat(),
                "answers": dict(s.state.get("answers", {})),
            }
            for s in sessions
        ],
        follow_ups=[
            n.model_dump(mode="json", include={"kind", "item_id", "due_at", "status", "attempts", "sent_at"})
            for n in nudges
        ],
        link=(
            {**link.model_dump(mode="json"), "mentor_name": linked_mentor.name if linked_mentor else ""}
            if link is not None
            else None
        ),
        mentor=mentor.model_dump(mode="json") if mentor is not None else None,
        safety_events=[
            e.model_dump(mode="json", include={"kind", "created_at", "mentor_told_at"}) for e in safety
        ],
        chat=[line.model_dump(mode="json", include={"sender", "body", "created_at"}) for line in chat],
    )
