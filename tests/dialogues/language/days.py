"""The days the date tests are said on (a Saturday, a Monday, ...), and reading one date on such a day."""

from __future__ import annotations

from datetime import date
from typing import Literal

from dialogues.language._dates import Tense, parse_date

__all__ = ["DEC", "FRI", "MON", "MONTH_END", "SAT", "Language", "read_date"]

SAT = date(2026, 11, 21)  # Saturday; its ISO week runs Mon 16 - Sun 22 November
MON = date(2026, 11, 23)  # Monday
FRI = date(2026, 11, 27)  # Friday
MONTH_END = date(2026, 4, 30)  # Thursday, last day of April
DEC = date(2026, 12, 10)  # Thursday in December: yearless spring dates fall in 2027

Language = Literal["nl", "en"]


def read_date(text: str, today: date, language: Language = "nl", tense: Tense = "future") -> date | None:
    """The date `text` means on `today`; it must be read as one."""
    answer = parse_date(text, today=today, language=language, tense=tense)
    assert answer.kind == "date", f"{text!r} gave {answer}"
    return answer.value
