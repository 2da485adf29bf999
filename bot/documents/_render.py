"""Rendering a document: a Jinja2 template with autoescape, the catalogue's texts, dates in words."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup

from dialogues import TextCatalog, as_language
from dialogues.language import format_date

__all__ = ["STATIC", "TEMPLATES", "VERSION", "DateWords", "environment", "render"]

_HERE = Path(__file__).parent
TEMPLATES = _HERE / "templates"
STATIC = _HERE / "static"
VERSION = "1"  # part of the stylesheets' URLs on the web: a new version makes browsers fetch them again


@functools.cache
def environment() -> jinja2.Environment:
    """The documents' templates; everything that comes from a person is escaped (autoescape)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
    )


@functools.cache
def _css() -> Markup:
    # Our own stylesheets, put inline in a file that is opened on its own (no server to fetch them from).
    return Markup("\n".join((STATIC / name).read_text(encoding="utf-8") for name in _SHEETS))


_SHEETS = ("document.css", "portfolio.css")


class DateWords:
    """Dates and moments said the way the bot says them: "vrijdag 20 november", "... om 14:05"."""

    def __init__(self, texts: TextCatalog, language: str, today: date, tz: ZoneInfo | None = None) -> None:
        self.texts = texts
        self.language = language
        self.today = today
        self.tz = tz

    def day(self, value: date) -> str:
        """A date in words; the year only when it is not this year."""
        return format_date(value, language=as_language(self.language), today=self.today)

    def moment(self, value: datetime) -> str:
        """A moment in words, in the school's time zone."""
        local = value.astimezone(self.tz) if self.tz is not None else value
        return self.texts.get(
            "export_doc.at", self.language, datum=self.day(local.date()), tijd=local.strftime("%H:%M")
        )


def render(
    template: str,
    *,
    texts: TextCatalog,
    language: str,
    today: date,
    standalone: bool = True,
    links: Sequence[tuple[str, str]] = (),
    **context: Any,
) -> str:
    """A document as HTML: a file with its styles inside (`standalone`), or a web page that links them."""

    def t(key: str, **params: str) -> str:
        return texts.get(key, language, **params)

    words = DateWords(texts, language, today)
    return (
        environment()
        .get_template(template)
        .render(
            t=t,
            lang=language,
            datum=words.day,
            today=today,
            standalone=standalone,
            css=_css() if standalone else "",
            version=VERSION,
            links=list(links),
            **context,
        )
    )
