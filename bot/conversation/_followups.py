"""What to ask a student about a nudge's item: the follow-up script, its context and its links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dialogues import TextCatalog, as_language
from dialogues.language import format_date, second_person
from storage import Experience, Nudge, NudgeKind, StepStatus, Transaction

__all__ = [
    "FOLLOW_UP_SCRIPTS",
    "Followup",
    "Links",
    "describe_experience",
    "followup_for",
    "look_back_context",
]

FOLLOW_UP_SCRIPTS = {
    NudgeKind.STEP: "stap_opvolgen",
    NudgeKind.CHECK_IN: "inchecken",
    NudgeKind.CONTACT: "contact_opvolgen",
    NudgeKind.REFLECT: "terugblik",
}
_ACTIVE = (StepStatus.OPEN, StepStatus.CHANGED)


@dataclass(frozen=True, slots=True)
class Links:
    """The dossier rows a conversation writes to."""

    experience_id: int | None = None
    step_id: int | None = None
    contact_id: int | None = None


@dataclass(frozen=True, slots=True)
class Followup:
    """A follow-up conversation to start for one nudge."""

    nudge_id: int
    script_id: str
    context: dict[str, str] = field(default_factory=dict)
    links: Links = field(default_factory=Links)


def describe_experience(experience: Experience, texts: TextCatalog, language: str, today: date) -> str:
    """ "je meeloopdag bij Ziekenhuis Isala", for texts like "Gisteren was {ervaring}"."""
    # A school's own scripts may store kinds the catalogue has no name for.
    kind = experience.kind if experience.kind and texts.has(f"kinds.{experience.kind}") else "other"
    soort = texts.get(f"kinds.{kind}", language).lower()
    key = "ervaring.met_plaats" if experience.place else "ervaring.zonder_plaats"
    return texts.get(key, language, soort=soort, plaats=experience.place or "")


async def followup_for(
    tx: Transaction, nudge: Nudge, *, texts: TextCatalog, language: str, today: date
) -> Followup | None:
    """The follow-up for a nudge, or None when its item no longer needs asking (done, dropped, gone)."""
    script = FOLLOW_UP_SCRIPTS[nudge.kind]
    if nudge.kind in (NudgeKind.STEP, NudgeKind.CHECK_IN):
        step = await tx.dossier.get_step(nudge.item_id)
        if step is None or step.status not in _ACTIVE:
            return None
        if nudge.kind is NudgeKind.STEP and step.due is None:
            return None
        datum = format_date(step.due, language=as_language(language), today=today) if step.due else ""
        context = {"stap": step.what, "datum": datum}
        return Followup(nudge.id, script, context, Links(experience_id=step.experience_id, step_id=step.id))
    if nudge.kind is NudgeKind.CONTACT:
        contact = await tx.dossier.get_contact(nudge.item_id)
        if contact is None or contact.last_contact is not None:
            return None
        # Stored as the student said it ("mijn moeder"); the bot says "je moeder".
        label = second_person(contact.name, as_language(language))
        return Followup(nudge.id, script, {"contact": label}, Links(contact_id=contact.id))
    experience = await tx.dossier.get_experience(nudge.item_id)
    if experience is None or experience.reflected_at is not None or experience.happens_on is None:
        return None
    context = await look_back_context(tx, experience, texts=texts, language=language, today=today)
    return Followup(nudge.id, script, context, Links(experience_id=experience.id))


async def look_back_context(
    tx: Transaction, experience: Experience, *, texts: TextCatalog, language: str, today: date
) -> dict[str, str]:
    """{ervaring}, {datum} and {doel} for looking back on a prepared experience."""
    context = {"ervaring": describe_experience(experience, texts, language, today)}
    if experience.happens_on is not None:
        context["datum"] = format_date(experience.happens_on, language=as_language(language), today=today)
    doel = (await tx.dossier.entry(experience.id)).doel.split("\n")[0].strip()
    if doel:
        context["doel"] = doel
    return context
