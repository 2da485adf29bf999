"""The portfolio in a chat: labelled lines per experience, the thread and the competencies as text."""

from __future__ import annotations

from datetime import date

from bot.conversation._entities import Block
from dialogues import TextCatalog, as_language
from dialogues.language import fold, format_date

from ._model import Portfolio, PortfolioExperience

__all__ = ["experience_block", "portfolio_blocks", "short_date", "thread_blocks"]

_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def short_date(day: date, language: str, today: date) -> str:
    """ "20 nov", or "20 nov 2025" in another year: for charts and lists where space is short."""
    month = _MONTHS.get(language, _MONTHS["nl"])[day.month - 1]
    return f"{day.day} {month}" if day.year == today.year else f"{day.day} {month} {day.year}"


def experience_title(item: PortfolioExperience, texts: TextCatalog, language: str, today: date) -> str:
    """ "Stage · Bakkerij · vrijdag 20 november (gepland)"."""
    parts = [item.title]
    if item.happens_on is not None:
        parts.append(format_date(item.happens_on, language=as_language(language), today=today))
    title = " · ".join(parts)
    return f"{title} ({texts.get('portfolio.planned', language)})" if item.planned else title


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
