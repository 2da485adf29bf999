"""Dates relative to the school's holidays: "na de kerstvakantie", "voor de zomervakantie", "after Christmas".

The school's holidays differ per region and year, so they come from the school (the bot's HOLIDAYS_FILE);
without them these answers are not understood and the student is asked again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ._date_math import Tense
from ._normalize import fold

__all__ = ["SchoolBreak", "holiday_date"]


@dataclass(frozen=True, slots=True)
class SchoolBreak:
    """A school holiday: its name as the school gives it ("Kerstvakantie") and its first and last day."""

    name: str
    start: date
    end: date


# What students call each holiday, folded; the holiday's own name in the school's file is found by its stem.
_ALIASES: dict[str, tuple[str, ...]] = {
    kind: tuple(words.split("|"))
    for kind, words in {
        "kerst": "kerstvakantie|kerst vakantie|kerstmis|kerst|wintervakantie|christmas holidays|"
        "christmas holiday|christmas break|christmas|winter holidays|winter break",
        "zomer": "zomervakantie|zomer vakantie|grote vakantie|zomer|summer holidays|summer holiday|"
        "summer break|summer vacation|summer",
        "herfst": "herfstvakantie|herfst vakantie|herfst|autumn holidays|autumn holiday|autumn break|"
        "fall break",
        "voorjaar": "voorjaarsvakantie|voorjaars vakantie|voorjaar|krokusvakantie|krokus vakantie|krokus|"
        "carnavalsvakantie|spring break|spring holidays|spring holiday",
        "mei": "meivakantie|mei vakantie|may holidays|may holiday|may break",
        "pasen": "paasvakantie|paas vakantie|pasen|easter holidays|easter holiday|easter break|easter",
    }.items()
}
_STEMS: dict[str, tuple[str, ...]] = {
    "kerst": ("kerst", "winter", "christmas"),
    "zomer": ("zomer", "summer"),
    "herfst": ("herfst", "autumn", "fall"),
    "voorjaar": ("voorjaar", "krokus", "carnaval", "spring"),
    "mei": ("mei", "may"),
    "pasen": ("paas", "pasen", "easter"),
}
_AFTER = ("na", "after")
_BEFORE = ("voor", "before")
_REL = r"(?P<rel>na|after|voor|before)\s+(?:de\s+|het\s+|the\s+|onze\s+|our\s+)?"


def _kind(name: str) -> str | None:
    plain = fold(name)
    return next((kind for kind, stems in _STEMS.items() if any(stem in plain for stem in stems)), None)


def _weekday(day: date, step: int) -> date:
    # A step is not planned on a Saturday or Sunday: the next (or previous) school day.
    while day.weekday() >= 5:
        day += timedelta(days=step)
    return day


def _phrases(holiday: SchoolBreak) -> tuple[str, ...]:
    kind = _kind(holiday.name)
    own = " ".join(fold(holiday.name).split())
    return (own, *(_ALIASES[kind] if kind is not None else ()))


def holiday_date(text: str, today: date, tense: Tense, holidays: Sequence[SchoolBreak]) -> date | None:
    """The school day right after (or before) the holiday `text` names, or None when it names none we know.

    `text` is already normalised (folded, lower case). Of the holidays with that name, the next one is meant
    for a future date, the last one for a past date.
    """
    found: list[date] = []
    for holiday in holidays:
        words = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_phrases(holiday), key=len, reverse=True)
        )
        match = re.search(rf"\b{_REL}(?:{words})\b", text)
        if match is None:
            continue
        if match["rel"] in _AFTER:
            found.append(_weekday(holiday.end + timedelta(days=1), 1))
        else:
            found.append(_weekday(holiday.start - timedelta(days=1), -1))
    if not found:
        return None
    future = sorted(day for day in found if day >= today)
    past = sorted(day for day in found if day <= today)
    if tense == "past":
        return past[-1] if past else None
    if tense == "future":
        return future[0] if future else None
    return future[0] if future else past[-1]
