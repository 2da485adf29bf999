"""The portfolio to take along (to a next school) and the card for the kitchen table at home."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.portfolio import Line, Portfolio, build_portfolio, shorten
from bot.portfolio._charts import competency_chart, thread_chart
from dialogues import TextCatalog
from dialogues.language import fold
from storage import Dossier

from ._render import render

__all__ = ["HomeCard", "chart_context", "home_card", "home_card_html", "take_along_html"]


def chart_context(portfolio: Portfolio, texts: TextCatalog, language: str, today: date) -> dict[str, Any]:
    """What the chart macros need: the thread and the competencies as coordinates."""
    hints = {key: texts.get(f"portfolio.competency_hint.{key}", language) for key in _COMPETENCY_KEYS}
    return {
        "thread": thread_chart(portfolio, language, today),
        "competencies": competency_chart(portfolio, hints, language, today),
    }


_COMPETENCY_KEYS = (
    "kwaliteitenreflectie",
    "motievenreflectie",
    "werkexploratie",
    "loopbaansturing",
    "netwerken",
)


def _title(texts: TextCatalog, language: str, name: str) -> str:
    if name:
        return texts.get("take_along.title", language, naam=name)
    return texts.get("take_along.title_unnamed", language)


def take_along_html(
    dossier: Dossier,
    texts: TextCatalog,
    language: str,
    today: date,
    *,
    standalone: bool = True,
    links: Sequence[tuple[str, str]] = (),
) -> str:
    """The whole dossier as a printable portfolio; long answers are shortened, their whole text at the end."""
    portfolio = build_portfolio(dossier, texts, language, today)
    fulltexts: list[tuple[str, Line]] = []
    refs: dict[Line, int] = {}
    for experience in portfolio.experiences:
        for line in experience.shortened:
            if line not in refs:
                fulltexts.append((experience.title, line))
                refs[line] = len(fulltexts)
    return render(
        "doc_take_along.html",
        texts=texts,
        language=language,
        today=today,
        standalone=standalone,
        links=links,
        title=_title(texts, language, portfolio.name),
        portfolio=portfolio,
        refs=refs,
        fulltexts=fulltexts,
        **chart_context(portfolio, texts, language, today),
    )


@dataclass(frozen=True, slots=True)
class HomeCard:
    """What the student may show at home: their key words, their next step, three questions."""

    keywords: tuple[str, ...]
    step: str
    questions: tuple[str, ...]


def home_card(dossier: Dossier, texts: TextCatalog, language: str, today: date) -> HomeCard:
    """The card's content from the dossier (most recent key words first)."""
    portfolio = build_portfolio(dossier, texts, language, today)
    words: dict[str, str] = {}
    for point in reversed(portfolio.thread):
        words.setdefault(fold(point.word), point.word)
    keywords = tuple(words.values())
    step_line = portfolio.open_steps[0].text if portfolio.open_steps else ""
    step_what = next(
        (s.what for s in sorted(dossier.steps, key=lambda s: (s.due is None, s.due or today, s.id))
         if s.status.value in ("open", "changed") and s.what),
        "",
    )  # fmt: skip
    t = texts
    first = (
        t.get("home.q_keyword", language, woord=keywords[0])
        if keywords
        else t.get("home.q_no_keyword", language)
    )
    second = (
        t.get("home.q_step", language, stap=shorten(step_what, 80))
        if step_what
        else t.get("home.q_no_step", language)
    )
    return HomeCard(keywords, step_line, (first, second, t.get("home.q_you", language)))


def home_card_html(
    dossier: Dossier,
    texts: TextCatalog,
    language: str,
    today: date,
    *,
    standalone: bool = True,
    links: Sequence[tuple[str, str]] = (),
) -> str:
    """The card as a page to print or show on a screen; the bot never sends it to anyone."""
    card = home_card(dossier, texts, language, today)
    return render(
        "doc_home.html",
        texts=texts,
        language=language,
        today=today,
        standalone=standalone,
        links=links,
        title=texts.get("home.title", language),
        keywords=card.keywords,
        step=card.step,
        questions=card.questions,
    )
