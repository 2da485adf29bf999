"""What is not read as a date: impossible dates, "don't know", other answers, dates beyond the horizon."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dialogues.language import _dates
from dialogues.language._dates import DateAnswer, parse_date

from .days import SAT, Language, read_date


@pytest.mark.parametrize(
    "text",
    ["31 februari", "30-2", "31/4", "32 maart", "0 maart", "15.13", "29-2-2027", "31 april 2027",
     "february 30"],
)  # fmt: skip
def test_impossible_dates_are_unparsed(text: str) -> None:
    assert parse_date(text, today=SAT, language="nl") == DateAnswer("unparsed")


UNKNOWN = [
    "weet ik nog niet", "weet niet", "weet ik niet", "Weet ik niet.", "ik weet het nog niet", "geen idee",
    "geen idee nog", "Geen flauw idee", "nog niet bekend", "nog onbekend", "weet ik veel", "nog niet",
    "idk", "IDK", "don't know", "dont know", "I don’t know", "not sure yet", "no idea", "?", "???", " ? ",
    "🤷", "🤷‍♀️",
]  # fmt: skip


@pytest.mark.parametrize("text", UNKNOWN)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_unknown(text: str, language: Language) -> None:
    assert parse_date(text, today=SAT, language=language) == DateAnswer("unknown")


NOT_A_DATE = [
    "ik ga mijn oom bellen", "samen met mijn mentor", "ja", "nee", "", "   ", "ok", "zo snel mogelijk",
    "mijn ma helpt", "ik ben vrij", "de 3e klas", "ik heb 3 vakken", "om 3 uur", "15", "2026", "in maart",
    "na de kerstvakantie", "voor de zomervakantie", "call my uncle", "with my mentor", "yes", "I sat down",
    "over mijn toekomst", "vrijdag of maandag", "morgen niet, maar dinsdag", "over 1-2 weken",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_A_DATE)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_not_a_date(text: str, language: Language) -> None:
    assert parse_date(text, today=SAT, language=language) == DateAnswer("unparsed")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_dateparser_fallback(language: Language) -> None:
    # No own rule reads year-first dates with slashes or dots; dateparser does.
    assert read_date("2026/12/01", SAT, language) == date(2026, 12, 1)
    assert read_date("2026.12.01", SAT, language) == date(2026, 12, 1)


def test_dateparser_errors_become_unparsed(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def get_date_data(self, text: str) -> Any:
            raise RuntimeError("boom")

    monkeypatch.setattr(_dates, "_parser", lambda *args: Broken())
    assert parse_date("2026/12/01", today=SAT, language="nl") == DateAnswer("unparsed")
    # Own rules never need dateparser.
    assert read_date("vrijdag", SAT) == date(2026, 11, 27)


def test_date_answer_defaults() -> None:
    assert DateAnswer("unknown").value is None


@pytest.mark.parametrize(
    "text", ["31-12-9999", "9999-12-31", "31 december 9999", "1-1-1900", "over 99999 weken"]
)
def test_a_date_beyond_the_horizon_is_far_not_a_date(text: str) -> None:
    answer = parse_date(text, today=date(2026, 12, 6), language="nl")
    assert answer.kind == "far"
    assert answer.value is not None


def test_dates_within_two_years_are_dates() -> None:
    today = date(2026, 12, 6)
    assert parse_date("1 december 2028", today=today, language="nl").kind == "date"
    assert parse_date("31-12-2029", today=today, language="nl").kind == "far"
