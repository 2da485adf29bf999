"""Word tables for the date parser in `_dates`; all keys are lower case and accent-free."""

from __future__ import annotations

__all__ = [
    "DATE_VOCABULARY",
    "DUTCH_MONTHS",
    "DUTCH_WEEKDAYS",
    "ENGLISH_MONTHS",
    "ENGLISH_WEEKDAYS",
    "FILLER_WORDS",
    "MONTHS",
    "QUANTITIES",
    "UNITS",
    "UNKNOWN_PATTERNS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
]

# Full names only: these are safe to find anywhere in a sentence.
WEEKDAYS: dict[str, int] = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

# Short forms double as ordinary words ("zo", "ma", "do", "vrij", "sat", "sun"), so they only count
# when the answer is little more than the abbreviation or when a date or week phrase sits next to it.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "ma": 0, "maa": 0, "di": 1, "din": 1, "wo": 2, "woe": 2, "do": 3, "don": 3, "vr": 4, "vrij": 4,
    "za": 5, "zat": 5, "zo": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "febr": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# "een paar" is three days by product decision; "a couple" is read literally.
QUANTITIES: dict[str, int] = {
    "een paar": 3, "paar": 3, "a few": 3, "few": 3, "a couple of": 2, "a couple": 2, "couple of": 2,
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Value is (unit, multiplier); diminutives ("weekje") are common in chat Dutch.
UNITS: dict[str, tuple[str, int]] = {
    "dag": ("day", 1), "dagen": ("day", 1), "dagje": ("day", 1), "dagjes": ("day", 1),
    "day": ("day", 1), "days": ("day", 1),
    "week": ("day", 7), "weken": ("day", 7), "weekje": ("day", 7), "weekjes": ("day", 7),
    "weeks": ("day", 7), "wk": ("day", 7), "wks": ("day", 7),
    "fortnight": ("day", 14), "fortnights": ("day", 14),
    "maand": ("month", 1), "maanden": ("month", 1), "maandje": ("month", 1),
    "month": ("month", 1), "months": ("month", 1),
    "jaar": ("month", 12), "jaren": ("month", 12), "year": ("month", 12), "years": ("month", 12),
}  # fmt: skip

# Words that carry no meaning in an answer to "by when?"; used to decide whether an answer is "bare"
# (only a weekday abbreviation or "2 weken") and to trim text before dateparser sees it.
FILLER_WORDS: frozenset[str] = frozenset(
    """
    ik denk het dat dan wel misschien uiterlijk voor op om tegen graag echt zeker ja nou eh ehm uhm
    hm hmm oke ok okay oki lukt wordt is me mij moet kan ga gaan doe doen zal hopelijk rond ongeveer
    ergens nog wil lijkt de een uh
    i think it that then maybe probably by on before at around about hopefully yes yeah ok lets say
    will can should be the
    """.split()
)

# Words that make dateparser worth asking at all (besides digits).
DATE_VOCABULARY: frozenset[str] = frozenset(
    [
        *WEEKDAYS,
        *MONTHS,
        *UNITS,
        *"""
        vandaag morgen overmorgen gisteren eergisteren geleden volgende vorige komende aanstaande
        today tomorrow yesterday ago next last coming weekend
        """.split(),
    ]
)

# Regexes over normalised text (lower case, no accents, no apostrophes).
UNKNOWN_PATTERNS: tuple[str, ...] = (
    r"\bweet\b.*\bnie[t]?\b",
    r"\bweetnie[t]?\b",
    r"\bweet\s+ik\s+veel\b",
    r"\bgeen\s+(?:flauw\s+)?(?:idee|benul)\b",
    r"\b(?:nog\s+)?onbekend\b",
    r"\b(?:nog\s+)?niet\s+(?:bekend|zeker|duidelijk)\b",
    r"^(?:nog\s+niet|not\s+yet)$",
    r"\bidk\b",
    r"\b(?:i\s+)?(?:dont|do\s+not|don\s+t)\s+know\b",
    r"\bdunno\b",
    r"\bno\s+(?:idea|clue)\b",
    r"\bnot\s+sure\b",
    r"\bunknown\b",
)

DUTCH_WEEKDAYS: tuple[str, ...] = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)  # fmt: skip
ENGLISH_WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
DUTCH_MONTHS: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
