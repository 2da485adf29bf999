"""Dates and titles as the portfolio says them, in chats, on pages and in the charts."""

from __future__ import annotations

from datetime import date

from dialogues import TextCatalog, as_language
from dialogues.language import format_date

from ._model import PortfolioExperience

__all__ = ["experience_title", "short_date"]

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
