"""Language helpers for Dutch and English student answers: emotions, dates, short answers."""

from ._answers import (
    Contact,
    Quality,
    is_help_request,
    is_no,
    is_nobody,
    is_yes,
    match_option,
    quality,
    split_contact,
)
from ._dates import DateAnswer, Tense, format_date, parse_date
from ._emotions import Emotion, find_emotion
from ._holiday_dates import SchoolBreak
from ._normalize import fold, words

__all__ = [
    "Contact",
    "DateAnswer",
    "Emotion",
    "Quality",
    "SchoolBreak",
    "Tense",
    "find_emotion",
    "fold",
    "format_date",
    "is_help_request",
    "is_no",
    "is_nobody",
    "is_yes",
    "match_option",
    "parse_date",
    "quality",
    "split_contact",
    "words",
]
