"""From the stored dossier to a portfolio: labelled lines per question, no repeats, long answers shortened."""

from __future__ import annotations

from collections import Counter
from datetime import date

from bot.non_answers import is_non_answer
from dialogues import TextCatalog, as_language
from dialogues.language import fold, format_date
from storage import Dossier, Entry, ExperienceWithEntry, NextStep, StepStatus

from ._model import (
    COMPETENCIES,
    COMPONENTS,
    CompetencyRow,
    Component,
    Line,
    Portfolio,
    PortfolioExperience,
    ThreadPoint,
)

__all__ = ["SHORT", "build_portfolio", "shorten"]

# A line a student reads at a glance on a phone; the rest of a long answer is one step away.
SHORT = 180
# Experiences in the competency chart: the latest ones, so the picture stays readable on a phone.
CHART_EXPERIENCES = 12
_KINDS = ("stage", "meeloopdag", "open dag", "interview", "opdracht")
# Which stored fields belong to which component.
_COMPONENT_OF = {
    "voorkennis": "doel",
    "doel": "doel",
    "gedaan": "gedaan",
    "verbreden": "ontdekt",
    "verdiepen": "ontdekt",
    "ontdekt": "ontdekt",
}
_LEGACY_ORDER = ("voorkennis", "doel", "gedaan", "verbreden", "verdiepen", "ontdekt")
_ACTIVE = (StepStatus.OPEN, StepStatus.CHANGED)


def shorten(text: str, limit: int = SHORT) -> str:
    """The start of `text`, cut after a whole word with an ellipsis when it is longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip(" ,.;:") + "…"


def _line(label: str, text: str, limit: int, status: str | None = None) -> Line:
    short = shorten(text, limit)
    full = " ".join(text.split())
    return Line(label, short, full if short != full else None, status)


class _Builder:
    def __init__(self, texts: TextCatalog, language: str, today: date, limit: int) -> None:
        self.texts = texts
        self.language = language
        self.today = today
        self.limit = limit

    def t(self, key: str, **params: str) -> str:
        return self.texts.get(key, self.language, **params)

    def when(self, day: date) -> str:
        return format_date(day, language=as_language(self.language), today=self.today)

    def label(self, question: str, field: str) -> str:
        key = f"portfolio.q.{question}"
        return self.t(key) if question and self.texts.has(key) else self.t(f"portfolio.field.{field}")

    def answers(self, item: ExperienceWithEntry) -> dict[str, list[Line]]:
        """The answers as lines per component: each question once, repeats and empty words left out."""
        rows = [(a.field, a.question, a.answer) for a in item.answers] or _legacy_rows(item.entry)
        seen: set[str] = set()
        lines: dict[str, list[Line]] = {key: [] for key in COMPONENTS}
        for field, question, answer in rows:
            parts = [part.strip() for part in answer.splitlines() if part.strip()]
            real = [part for part in parts if not is_non_answer(part)]
            kept = []
            for part in real:
                key = _same(part)
                if key and key not in seen:
                    seen.add(key)
                    kept.append(part)
            if kept:
                component = _COMPONENT_OF.get(field, "ontdekt")
                lines[component].append(_line(self.label(question, field), " · ".join(kept), self.limit))
        return lines

    def step_lines(self, steps: list[NextStep]) -> list[Line]:
        lines = []
        for step in steps:
            parts = [step.what or self.t("steps.untitled")]
            if step.due is not None:
                parts.append(self.t("steps.due", datum=self.when(step.due)))
            if step.helper:
                parts.append(self.t("steps.with", wie=step.helper))
            status = self.t(f"link.status.{step.status.value}")
            lines.append(_line(self.t("portfolio.step"), " · ".join(parts), self.limit * 2, status))
            if step.obstacle and not is_non_answer(step.obstacle):
                lines.append(_line(self.t("portfolio.obstacle"), step.obstacle, self.limit))
        return lines

    def experience(self, item: ExperienceWithEntry, steps: list[NextStep]) -> PortfolioExperience:
        experience = item.experience
        lines = self.answers(item)
        keyword = item.entry.kernwoord.strip()
        if keyword:
            lines["ontdekt"].append(_line(self.t("portfolio.keyword"), keyword, self.limit))
        lines["stap"].extend(self.step_lines(steps))
        components = tuple(
            Component(key, self.t(f"portfolio.component.{key}"), tuple(lines[key])) for key in COMPONENTS
        )
        kind = experience.kind if experience.kind in _KINDS else "other"
        title = " · ".join([self.t(f"kinds.{kind}"), *([experience.place] if experience.place else [])])
        return PortfolioExperience(
            id=experience.id,
            title=title,
            happens_on=experience.happens_on,
            day=_day_of(item),
            planned=experience.prepared_at is not None and experience.reflected_at is None,
            keyword=keyword,
            competencies=tuple(c for c in COMPETENCIES if c in item.entry.competencies),
            components=components,
        )


def _same(text: str) -> str:
    """What two answers share when they are the same answer (case, accents, spaces and end marks aside).

    A long answer is compared by its start and length: folding all of a 5,000-character paste is slow.
    """
    head = " ".join(fold(text[:200]).strip(" .!?").split())
    return head if len(text) <= 200 else f"{head}…{len(text)}"


def _legacy_rows(entry: Entry) -> list[tuple[str, str, str]]:
    # Before answers were kept per question (migration 10) each component was one text, a line per answer.
    return [(name, "", getattr(entry, name)) for name in _LEGACY_ORDER if getattr(entry, name)]


def _day_of(item: ExperienceWithEntry) -> date:
    experience = item.experience
    if experience.happens_on is not None:
        return experience.happens_on
    return (experience.reflected_at or experience.created_at).date()


def build_portfolio(
    dossier: Dossier, texts: TextCatalog, language: str, today: date, *, limit: int = SHORT
) -> Portfolio:
    """The dossier as a portfolio: experiences in the order they were added, the thread in time order."""
    build = _Builder(texts, language, today, limit)
    experiences = tuple(
        build.experience(item, [s for s in dossier.steps if s.experience_id == item.experience.id])
        for item in dossier.experiences
    )
    in_time = sorted(experiences, key=lambda e: (e.day, e.id))
    counts = Counter(fold(e.keyword) for e in experiences if e.keyword)
    thread = tuple(
        ThreadPoint(e.day, e.keyword, e.title, counts[fold(e.keyword)]) for e in in_time if e.keyword
    )
    timeline = tuple(e for e in in_time if e.competencies)[-CHART_EXPERIENCES:]
    rows = tuple(
        CompetencyRow(
            key, build.t(f"portfolio.competency.{key}"), tuple(key in e.competencies for e in timeline)
        )
        for key in COMPETENCIES
    )
    active = [s for s in dossier.steps if s.status in _ACTIVE]
    active.sort(key=lambda s: (s.due is None, s.due or today, s.id))
    network = tuple(Line(c.role or "", c.name) for c in dossier.contacts)
    return Portfolio(
        name=dossier.student.display_name,
        experiences=experiences,
        thread=thread,
        timeline=timeline,
        competencies=rows if timeline else (),
        open_steps=tuple(build.step_lines(active)),
        network=network,
    )
