"""Readable overviews built from dossier records: the dossier, steps, network, and what a mentor sees."""

from __future__ import annotations

from collections import Counter
from datetime import date

from dialogues import TextCatalog, as_language
from dialogues.language import fold, format_date
from storage import (
    Contact,
    Dossier,
    ExperienceWithEntry,
    NextStep,
    SharedExperience,
    SharedStudent,
    StepStatus,
)

from .conversation._entities import Block

__all__ = [
    "contacts_blocks",
    "dossier_blocks",
    "keyword_thread",
    "link_preview_blocks",
    "shared_experience_title",
    "step_line",
    "steps_blocks",
]


def keyword_thread(dossier: Dossier) -> list[tuple[str, int]]:
    """The student's key words, most frequent first (the common thread), first-seen order on ties."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for item in dossier.experiences:
        word = item.entry.kernwoord.strip()
        if word:
            key = fold(word)
            counts[key] += 1
            shown.setdefault(key, word)
    order = {key: index for index, key in enumerate(shown)}
    ranked = sorted(counts, key=lambda key: (-counts[key], order[key]))
    return [(shown[key], counts[key]) for key in ranked]


def step_line(step: NextStep, texts: TextCatalog, language: str, today: date) -> str:
    """One step in a sentence: what, by when, with whom."""
    what = step.what or texts.get("steps.untitled", language)
    if step.due is not None:
        when = texts.get(
            "steps.due", language, datum=format_date(step.due, language=as_language(language), today=today)
        )
    else:
        when = texts.get("steps.no_date", language)
    parts = [what, when]
    if step.helper:
        parts.append(texts.get("steps.with", language, wie=step.helper))
    return " · ".join(parts)


def _experience_title(item: ExperienceWithEntry, texts: TextCatalog, language: str, today: date) -> str:
    experience = item.experience
    kind = experience.kind if experience.kind in _KINDS else "other"
    parts = [texts.get(f"kinds.{kind}", language)]
    if experience.place:
        parts.append(experience.place)
    if experience.happens_on is not None:
        parts.append(format_date(experience.happens_on, language=as_language(language), today=today))
    if experience.prepared_at is not None and experience.reflected_at is None:
        parts.append(f"({texts.get('dossier.planned', language)})")
    return " · ".join(parts)


_KINDS = ("stage", "meeloopdag", "open dag", "interview", "opdracht", "other")


def _experience_block(
    item: ExperienceWithEntry, steps: list[NextStep], texts: TextCatalog, language: str, today: date
) -> Block:
    entry = item.entry
    lines: list[str] = []

    def add(key: str, *values: str) -> None:
        # Each answer was its own message; keep them apart so sentences do not run into each other.
        text = "; ".join(part.strip() for v in values for part in v.split("\n") if part.strip())
        if text:
            lines.append(texts.get(f"dossier.{key}", language, tekst=text))

    add("doel", entry.doel)
    add("voorkennis", entry.voorkennis)
    add("gedaan", entry.gedaan)
    add("ontdekt", entry.verbreden, entry.verdiepen, entry.ontdekt)
    add("kernwoord", entry.kernwoord)
    for step in steps:
        add("stap", step_line(step, texts, language, today))
    if not lines:
        lines.append(texts.get("dossier.nothing_yet", language))
    return Block(title=_experience_title(item, texts, language, today), lines=tuple(lines))


def dossier_blocks(dossier: Dossier, texts: TextCatalog, language: str, today: date) -> list[Block]:
    """The whole dossier: per experience its four components, then the key words, steps and network."""
    if not dossier.experiences and not dossier.steps:
        return [
            Block(title=texts.get("dossier.title", language), lines=(texts.get("dossier.empty", language),))
        ]
    blocks = [Block(title=texts.get("dossier.title", language))]
    for item in dossier.experiences:
        steps = [s for s in dossier.steps if s.experience_id == item.experience.id]
        blocks.append(_experience_block(item, steps, texts, language, today))
    thread = keyword_thread(dossier)
    words = [f"{word} ({count}×)" if count > 1 else word for word, count in thread]
    blocks.append(
        Block(
            title=texts.get("dossier.keywords_title", language),
            lines=(", ".join(words),) if words else (texts.get("dossier.keywords_none", language),),
        )
    )
    blocks.extend(steps_blocks(dossier.steps, texts, language, today))
    if dossier.contacts:
        blocks.extend(contacts_blocks(dossier.contacts, texts, language, today))
    return blocks


def steps_blocks(steps: list[NextStep], texts: TextCatalog, language: str, today: date) -> list[Block]:
    """The open steps, soonest first; steps without a date last."""
    still_open = [s for s in steps if s.status in (StepStatus.OPEN, StepStatus.CHANGED)]
    if not still_open:
        return [Block(title=texts.get("steps.title", language), lines=(texts.get("steps.none", language),))]
    still_open.sort(key=lambda s: (s.due is None, s.due or today, s.id))
    lines = tuple(f"• {step_line(s, texts, language, today)}" for s in still_open)
    return [Block(title=texts.get("steps.title", language), lines=lines)]


def contacts_blocks(contacts: list[Contact], texts: TextCatalog, language: str, today: date) -> list[Block]:
    """The student's network: who, their role, how to reach them, and when they last spoke."""
    title = texts.get("network.title", language)
    if not contacts:
        return [Block(title=title, lines=(texts.get("network.none", language),))]
    lines = []
    for contact in contacts:
        if contact.last_contact is not None:
            datum = format_date(contact.last_contact, language=as_language(language), today=today)
            last = texts.get("network.last", language, datum=datum)
        else:
            last = texts.get("network.never", language)
        lines.append(
            "• "
            + " · ".join(part for part in (contact.name, contact.role or "", contact.reach, last) if part)
        )
    return [Block(title=title, lines=tuple(lines))]


def shared_experience_title(
    experience: SharedExperience, texts: TextCatalog, language: str, today: date, *, dated: bool = True
) -> str:
    """ "Stage · Bakkerij · vrijdag 20 november", as a mentor sees it."""
    kind = experience.kind if experience.kind in _KINDS else "other"
    parts = [texts.get(f"kinds.{kind}", language)]
    if experience.place:
        parts.append(experience.place)
    if dated and experience.happens_on is not None:
        parts.append(format_date(experience.happens_on, language=as_language(language), today=today))
    return " · ".join(parts)


def link_preview_blocks(
    shared: SharedStudent, mentor: str, texts: TextCatalog, language: str, today: date
) -> list[Block]:
    """Before linking: exactly what the mentor will see, with the student's current data, and what not."""
    t = texts
    experiences = [shared_experience_title(e, t, language, today) for e in shared.experiences]
    keywords = [e.kernwoord for e in shared.experiences if e.kernwoord]
    steps = [f"{s.what} ({t.get(f'link.status.{s.status.value}', language)})" for s in shared.steps]
    roles = [c.role or t.get("link.someone", language) for c in shared.contacts]
    nothing = t.get("link.nothing_yet", language)
    lines = (
        t.get("link.sees_experiences", language, lijst="; ".join(experiences) or nothing),
        t.get("link.sees_keywords", language, lijst=", ".join(keywords) or nothing),
        t.get("link.sees_steps", language, lijst="; ".join(steps) or nothing),
        t.get("link.sees_contacts", language, lijst=", ".join(roles) or nothing),
        t.get("link.sees_flags", language),
    )
    return [
        Block(t.get("link.preview_title", language, mentor=mentor), lines),
        Block(t.get("link.private_title", language), (t.get("link.private", language),)),
    ]
