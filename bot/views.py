"""Readable overviews built from dossier records: the dossier, steps, network, and what a mentor sees."""

from __future__ import annotations

from datetime import date

from dialogues import TextCatalog, as_language
from dialogues.language import fold, format_date
from storage import (
    Contact,
    Dossier,
    NextStep,
    SharedExperience,
    SharedStudent,
    StepStatus,
)

from .conversation._entities import Block
from .portfolio import Portfolio, PortfolioExperience, build_portfolio
from .portfolio._words import experience_title, short_date

__all__ = [
    "contacts_blocks",
    "dossier_blocks",
    "experience_block",
    "link_preview_blocks",
    "portfolio_blocks",
    "shared_experience_title",
    "step_line",
    "steps_blocks",
    "thread_blocks",
]


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


_KINDS = ("stage", "meeloopdag", "open dag", "interview", "opdracht", "other")


def dossier_blocks(dossier: Dossier, texts: TextCatalog, language: str, today: date) -> list[Block]:
    """The whole dossier as a portfolio: per experience its four components in labelled lines per
    question, the thread and the competencies over time, then the open steps and the network."""
    portfolio = build_portfolio(dossier, texts, language, today)
    blocks = portfolio_blocks(portfolio, texts, language, today)
    if portfolio.empty:
        return blocks
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


def experience_block(item: PortfolioExperience, texts: TextCatalog, language: str, today: date) -> Block:
    """One experience: each component that has something, with a labelled line per question."""
    lines: list[str] = []
    for component in item.components:
        if not component.lines:
            continue
        lines.append(f"{component.title}:")
        for line in component.lines:
            status = f" ({line.status})" if line.status else ""
            lines.append(f"• {line.label}: {line.text}{status}" if line.label else f"• {line.text}{status}")
    if not lines:
        lines.append(texts.get("dossier.nothing_yet", language))
    return Block(title=experience_title(item, texts, language, today), lines=tuple(lines))


def thread_blocks(portfolio: Portfolio, texts: TextCatalog, language: str, today: date) -> list[Block]:
    """The key words over time and the five competencies over time, as text."""
    t = texts
    if portfolio.thread:
        words = " → ".join(f"{p.word} ({short_date(p.day, language, today)})" for p in portfolio.thread)
        lines = [t.get("portfolio.thread_chat", language, lijst=words)]
        again: dict[str, str] = {}
        for point in sorted(portfolio.thread, key=lambda p: -p.repeats):
            if point.repeats > 1:
                again.setdefault(fold(point.word), f"{point.word} ({point.repeats}×)")
        if again:
            lines.append(t.get("portfolio.thread_repeats", language, lijst=", ".join(again.values())))
    else:
        lines = [t.get("dossier.keywords_none", language)]
    blocks = [Block(t.get("portfolio.thread_title", language), tuple(lines))]
    if portfolio.competencies:
        total = str(len(portfolio.timeline))
        rows = [t.get("portfolio.competencies_chat", language)]
        rows.extend(
            t.get(
                "portfolio.competency_line",
                language,
                naam=row.label,
                tekens="".join("●" if mark else "○" for mark in row.marks),
                aantal=str(row.count),
                totaal=total,
            )
            for row in portfolio.competencies
        )
        blocks.append(Block(t.get("portfolio.competencies_title", language), tuple(rows)))
    return blocks


def portfolio_blocks(portfolio: Portfolio, texts: TextCatalog, language: str, today: date) -> list[Block]:
    """The dossier in a chat: a title, each experience, the thread, the open steps and the network."""
    t = texts
    if portfolio.empty:
        return [Block(title=t.get("dossier.title", language), lines=(t.get("dossier.empty", language),))]
    blocks = [Block(title=t.get("dossier.title", language))]
    blocks.extend(experience_block(item, t, language, today) for item in portfolio.experiences)
    if any(item.shortened for item in portfolio.experiences):
        blocks.append(Block(title="", lines=(t.get("portfolio.shortened_chat", language),)))
    blocks.extend(thread_blocks(portfolio, t, language, today))
    return blocks
