"""Dates said by the school's holidays: "na de kerstvakantie" is the first school day after it."""

from __future__ import annotations

from datetime import date

import pytest

from dialogues.language import DateAnswer, SchoolBreak, parse_date

HOLIDAYS = (
    SchoolBreak("Herfstvakantie", date(2026, 10, 17), date(2026, 10, 25)),
    SchoolBreak("Kerstvakantie", date(2026, 12, 19), date(2027, 1, 3)),
    SchoolBreak("Voorjaarsvakantie", date(2027, 2, 20), date(2027, 2, 28)),
    SchoolBreak("Meivakantie", date(2027, 4, 24), date(2027, 5, 2)),
    SchoolBreak("Zomervakantie regio midden", date(2027, 7, 17), date(2027, 8, 29)),
    SchoolBreak("Kerstvakantie", date(2027, 12, 25), date(2028, 1, 9)),
    SchoolBreak("Studiedagen", date(2027, 3, 11), date(2027, 3, 12)),
)
TODAY = date(2026, 11, 22)  # a Sunday


def _day(text: str, *, today: date = TODAY, tense: str = "future") -> date | None:
    answer = parse_date(text, today=today, language="nl", tense=tense, school_holidays=HOLIDAYS)  # type: ignore[arg-type]
    return answer.value if answer.kind == "date" else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("na de kerstvakantie", date(2027, 1, 4)),
        ("Na de kerst vakantie!", date(2027, 1, 4)),
        ("na kerst", date(2027, 1, 4)),
        ("after the Christmas holidays", date(2027, 1, 4)),
        ("voor de kerstvakantie", date(2026, 12, 18)),
        ("na de zomervakantie", date(2027, 8, 30)),
        ("voor de zomer", date(2027, 7, 16)),
        ("na de krokusvakantie", date(2027, 3, 1)),
        ("na de meivakantie", date(2027, 5, 3)),
        ("na de studiedagen", date(2027, 3, 15)),
        ("ik denk na de kerstvakantie pas", date(2027, 1, 4)),
    ],
)
def test_after_and_before_a_holiday(text: str, expected: date) -> None:
    assert _day(text) == expected


def test_the_next_one_for_a_plan_the_last_one_for_what_happened() -> None:
    # During the Christmas holiday "after it" is the coming Monday; a year later the next one is meant.
    assert _day("na de kerstvakantie", today=date(2026, 12, 28)) == date(2027, 1, 4)
    assert _day("na de kerstvakantie", today=date(2027, 3, 1)) == date(2028, 1, 10)
    assert _day("na de herfstvakantie", tense="past") == date(2026, 10, 26)
    # A holiday the school gave no dates for (any more): asked again, not guessed.
    assert _day("na de herfstvakantie") is None


def test_without_the_schools_holidays_the_answer_is_asked_again() -> None:
    answer = parse_date("na de kerstvakantie", today=TODAY, language="nl")
    assert answer == DateAnswer("unparsed")


def test_ordinary_dates_are_read_as_before() -> None:
    assert _day("volgende week dinsdag") == date(2026, 11, 24)
    assert _day("vrijdag") == date(2026, 11, 27)
