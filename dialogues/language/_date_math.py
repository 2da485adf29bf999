"""Calendar arithmetic for reading dates: which occurrence of a day a student means, and shifts."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from dialogues.language._date_words import QUANTITIES, UNITS

__all__ = [
    "Tense",
    "add_months",
    "choose",
    "explicit",
    "make",
    "monday",
    "shift",
    "weekday_after",
    "weekday_near",
    "yearless",
]

Tense = Literal["future", "past", "any"]


def make(year: int, month: int, day: int | None) -> date | None:
    """Return the date, or None when it does not exist; day None means the last day of the month."""
    try:
        return date(year, month, calendar.monthrange(year, month)[1] if day is None else day)
    except ValueError:
        return None


def add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(value.day, calendar.monthrange(year, month0 + 1)[1]))


def choose(options: Iterable[date], today: date, tense: Tense) -> date | None:
    """Pick the occurrence the tense asks for; "any" takes the nearest, ties going to the future."""
    listed = list(options)
    later = min((o for o in listed if o >= today), default=None)
    earlier = max((o for o in listed if o <= today), default=None)
    if later is None or earlier is None:
        return later or earlier
    if tense == "future":
        return later
    if tense == "past":
        return earlier
    return later if later - today <= today - earlier else earlier


def yearless(month: int, day: int | None, today: date, tense: Tense) -> date | None:
    # Eight years either side always include a leap year, so "29 februari" resolves too.
    years = range(today.year - 8, today.year + 9)
    return choose((d for y in years if (d := make(y, month, day)) is not None), today, tense)


def weekday_near(weekday: int, today: date, tense: Tense) -> date | None:
    days = (today + timedelta(days=k) for k in range(-7, 8))
    return choose((d for d in days if d.weekday() == weekday), today, tense)


def weekday_after(weekday: int, today: date, step: int) -> date:
    """First `weekday` strictly after (step 1) or strictly before (step -1) today."""
    value = today + timedelta(days=step)
    while value.weekday() != weekday:
        value += timedelta(days=step)
    return value


def monday(today: date, weeks: int = 0) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)


def explicit(year: str | None, month: int, day: int, today: date, tense: Tense) -> date | None:
    if year is None:
        return yearless(month, day, today, tense)
    # Written years are kept even when past: the caller corrects the student kindly.
    return make(int(year) + (2000 if len(year) == 2 else 0), month, day)


def shift(amount: str, unit: str, today: date, sign: int) -> date:
    count = int(amount) if amount.isdigit() else QUANTITIES[" ".join(amount.split())]
    kind, factor = UNITS[unit]
    if kind == "month":
        return add_months(today, sign * count * factor)
    return today + timedelta(days=sign * count * factor)
