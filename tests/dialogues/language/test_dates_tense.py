"""Which day a date means depends on the day it is said and on the tense of the question."""

from __future__ import annotations

from datetime import date

import pytest

from dialogues.language._dates import Tense

from .days import DEC, FRI, MON, MONTH_END, SAT, read_date


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        # On a Friday, "vrijdag" is today but "aanstaande vrijdag" is a week later.
        ("vrijdag", FRI, date(2026, 11, 27)),
        ("deze vrijdag", FRI, date(2026, 11, 27)),
        ("aanstaande vrijdag", FRI, date(2026, 12, 4)),
        ("komende vrijdag", FRI, date(2026, 12, 4)),
        ("volgende week vrijdag", FRI, date(2026, 12, 4)),
        ("next friday", FRI, date(2026, 12, 4)),
        ("last friday", FRI, date(2026, 11, 20)),
        ("donderdag", FRI, date(2026, 12, 3)),
        ("eind van de week", FRI, date(2026, 11, 27)),
        ("morgen", FRI, date(2026, 11, 28)),
        # On a Monday "volgende week dinsdag" is not tomorrow.
        ("dinsdag", MON, date(2026, 11, 24)),
        ("volgende week dinsdag", MON, date(2026, 12, 1)),
        ("vorige week dinsdag", MON, date(2026, 11, 17)),
        # The last day of a month.
        ("eind van de maand", MONTH_END, date(2026, 4, 30)),
        ("end of the month", MONTH_END, date(2026, 4, 30)),
        ("morgen", MONTH_END, date(2026, 5, 1)),
        ("volgende maand", MONTH_END, date(2026, 5, 1)),
        ("begin volgende maand", MONTH_END, date(2026, 5, 1)),
        ("eind volgende maand", MONTH_END, date(2026, 5, 31)),
        ("over een maand", MONTH_END, date(2026, 5, 30)),
        ("over 2 maanden", MONTH_END, date(2026, 6, 30)),
        ("31 mei", MONTH_END, date(2026, 5, 31)),
        ("de 30e", MONTH_END, date(2026, 4, 30)),
        ("de 31e", MONTH_END, date(2026, 5, 31)),  # April has no 31st
        # December: yearless spring dates roll into next year.
        ("15 maart", DEC, date(2027, 3, 15)),
        ("15-3", DEC, date(2027, 3, 15)),
        ("march 15", DEC, date(2027, 3, 15)),
        ("1 december", DEC, date(2027, 12, 1)),
        ("15 december", DEC, date(2026, 12, 15)),
        ("volgende maand", DEC, date(2027, 1, 1)),
        ("eind volgende maand", DEC, date(2027, 1, 31)),
        ("over een maand", DEC, date(2027, 1, 10)),
        ("volgende week", DEC, date(2026, 12, 14)),
        ("29 februari", DEC, date(2028, 2, 29)),
    ],
)
def test_other_days(text: str, today: date, expected: date) -> None:
    assert read_date(text, today) == expected


@pytest.mark.parametrize(
    ("text", "today", "tense", "expected"),
    [
        ("woensdag", SAT, "future", date(2026, 11, 25)),
        ("woensdag", SAT, "past", date(2026, 11, 18)),
        ("woensdag", SAT, "any", date(2026, 11, 18)),
        ("maandag", SAT, "any", date(2026, 11, 23)),
        ("vrijdag", SAT, "past", date(2026, 11, 20)),
        ("zaterdag", SAT, "past", date(2026, 11, 21)),
        ("zaterdag", SAT, "any", date(2026, 11, 21)),
        ("vrijdag", FRI, "past", date(2026, 11, 27)),
        ("dinsdag", FRI, "any", date(2026, 11, 24)),
        ("maandag", FRI, "any", date(2026, 11, 30)),
        ("15 maart", SAT, "past", date(2026, 3, 15)),
        ("15 maart", SAT, "any", date(2027, 3, 15)),
        ("15 maart", DEC, "past", date(2026, 3, 15)),
        ("15 maart", DEC, "any", date(2027, 3, 15)),
        ("20 november", SAT, "future", date(2027, 11, 20)),
        ("20 november", SAT, "past", date(2026, 11, 20)),
        ("20 november", SAT, "any", date(2026, 11, 20)),
        ("21 november", SAT, "past", date(2026, 11, 21)),
        ("1 december", DEC, "past", date(2026, 12, 1)),
        ("1 december", DEC, "any", date(2026, 12, 1)),
        ("20/11", SAT, "past", date(2026, 11, 20)),
        ("de 15e", SAT, "past", date(2026, 11, 15)),
        ("de 15e", SAT, "any", date(2026, 11, 15)),
        ("eind maart", SAT, "past", date(2026, 3, 31)),
        ("friday", SAT, "past", date(2026, 11, 20)),
        # 2027-03-01 and 2028-03-01 are both 183 days away: a tie goes to the future.
        ("1 maart", date(2027, 8, 31), "any", date(2028, 3, 1)),
        # Week-relative words ignore the tense.
        ("volgende week dinsdag", SAT, "past", date(2026, 11, 24)),
        ("aanstaande maandag", SAT, "past", date(2026, 11, 23)),
        ("morgen", SAT, "past", date(2026, 11, 22)),
    ],
)
def test_tense(text: str, today: date, tense: Tense, expected: date) -> None:
    assert read_date(text, today, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 maart 2020", date(2020, 3, 15)),
        ("15-3-2020", date(2020, 3, 15)),
        ("15.3.20", date(2020, 3, 15)),
        ("1 november 2026", date(2026, 11, 1)),
        ("March 15th, 2024", date(2024, 3, 15)),
    ],
)
@pytest.mark.parametrize("tense", ["future", "any"])
def test_explicit_years_are_kept_even_in_the_past(text: str, expected: date, tense: Tense) -> None:
    assert read_date(text, SAT, tense=tense) == expected
