"""Dates written for students: weekday, day and month, the year only when it is not this one."""

from __future__ import annotations

from datetime import date

import pytest

from dialogues.language._dates import format_date

from .days import SAT, Language, read_date


@pytest.mark.parametrize(
    ("value", "language", "today", "expected"),
    [
        (date(2025, 3, 14), "nl", date(2025, 1, 10), "vrijdag 14 maart"),
        (date(2025, 3, 14), "en", date(2025, 1, 10), "Friday 14 March"),
        (date(2025, 3, 14), "nl", date(2026, 1, 10), "vrijdag 14 maart 2025"),
        (date(2027, 3, 14), "nl", SAT, "zondag 14 maart 2027"),
        (date(2027, 3, 14), "en", SAT, "Sunday 14 March 2027"),
        (date(2026, 11, 23), "nl", SAT, "maandag 23 november"),
        (date(2026, 5, 1), "nl", SAT, "vrijdag 1 mei"),
        (date(2026, 10, 7), "en", SAT, "Wednesday 7 October"),
        (date(2026, 2, 3), "nl", SAT, "dinsdag 3 februari"),
    ],
)
def test_format_date(value: date, language: Language, today: date, expected: str) -> None:
    assert format_date(value, language=language, today=today) == expected


@pytest.mark.parametrize("text", ["vrijdag 14 mei", "volgende week dinsdag", "15-3-2027", "over twee weken"])
def test_format_round_trip(text: str) -> None:
    value = read_date(text, SAT)
    assert value is not None
    said = format_date(value, language="nl", today=SAT)
    assert read_date(said, SAT) == value
