"""Turn a student's free-text answer to "by when?" into a date, and say a date back in words."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Literal

from dialogues.language._date_math import (
    Tense,
    add_months,
    choose,
    explicit,
    make,
    monday,
    shift,
    weekday_after,
    weekday_near,
    yearless,
)
from dialogues.language._date_words import (
    DATE_VOCABULARY,
    DUTCH_MONTHS,
    DUTCH_WEEKDAYS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FILLER_WORDS,
    MONTHS,
    QUANTITIES,
    UNITS,
    UNKNOWN_PATTERNS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from dialogues.language._holiday_dates import SchoolBreak, holiday_date
from dialogues.language._normalize import fold

__all__ = ["DateAnswer", "Tense", "format_date", "parse_date"]


@dataclass(frozen=True, slots=True)
class DateAnswer:
    """What a student's date answer means."""

    # unknown = "weet ik nog niet" & co; unparsed = no date found; far = a date outside the horizon
    kind: Literal["date", "unknown", "unparsed", "far"]
    value: date | None = None  # set when kind is "date" or "far"


# Dates a student can mean for a step or an experience: from 2000 up to two years ahead. Anything else
# ("31-12-9999") is asked again kindly; it would also overflow date arithmetic later (a date plus days).
EARLIEST = date(2000, 1, 1)
HORIZON_DAYS = 2 * 366
_UNPARSED = DateAnswer("unparsed")
_UNKNOWN = DateAnswer("unknown")
_ANY_WEEKDAY = {**WEEKDAYS, **WEEKDAY_ABBREVIATIONS}


def _alt(words: Iterable[str]) -> str:
    # Longest first, because regex alternation takes the first branch that fits ("een paar" before "een").
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _wd(group: str, *, short: bool = False) -> str:
    # Compounds such as "vrijdagmiddag" are one word in Dutch; the part of day does not change the date.
    names = _alt(_ANY_WEEKDAY if short else WEEKDAYS)
    return rf"(?P<{group}>{names})(?:ochtend|middag|avond|morgen|nacht)?"


_MON = _alt(MONTHS)
_QTY = rf"\d{{1,2}}|{_alt(QUANTITIES)}"
_UNIT = _alt(UNITS)
_ORD = r"(?:st|nd|rd|th|ste|de|e)"
_FILLER = _alt(FILLER_WORDS)
_FUTURE_MODS = frozenset({"aanstaande", "as", "komende", "volgende", "next", "coming"})
_PAST_MODS = frozenset({"vorige", "afgelopen", "last", "previous", "past"})
_WEEK_OFFSETS = {"volgende": 1, "komende": 1, "aanstaande": 1, "next": 1, "vorige": -1, "afgelopen": -1,
                 "last": -1, "previous": -1, "deze": 0, "this": 0}  # fmt: skip
_REL_WEEK = rf"(?:{_alt(_WEEK_OFFSETS)})\s+week"


_Handler = Callable[[re.Match[str], date, Tense], date | None]
_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        _RULES.append((re.compile(rf"\b(?:{pattern})\b"), handler))
        return handler

    return register


@_rule(rf"(?:{_wd('wd', short=True)}\s+(?:the\s+|de\s+)?)?(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+|van\s+)?"
       rf"(?P<m>{_MON})(?:\s+(?P<y>\d{{4}}|\d{{2}}(?!\s+(?:\d|{_UNIT})\b)))?")  # fmt: skip
def _day_month(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return explicit(m["y"], MONTHS[m["m"]], int(m["d"]), today, tense)


@_rule(rf"(?:{_wd('wd', short=True)}\s+)?(?P<m>{_MON})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}?"
       rf"(?:\s+(?P<y>\d{{4}}))?(?!\s+(?:{_UNIT})\b)")  # fmt: skip
def _month_day(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return explicit(m["y"], MONTHS[m["m"]], int(m["d"]), today, tense)


@_rule(r"(?<![\d./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d./-])")
def _iso(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return make(int(m["y"]), int(m["m"]), int(m["d"]))


# Day first, as everywhere in the Netherlands: "3/4" is 3 April.
@_rule(rf"(?:{_wd('wd', short=True)}\s+)?(?<![\d./-])(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})"
       rf"(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?![\d/-]|\.\d)(?!\s+(?:{_UNIT})\b)")  # fmt: skip
def _numeric(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return explicit(m["y"], int(m["m"]), int(m["d"]), today, tense)


# "de 15e" only when nothing but filler follows: "de 3e klas" is a school year, not a date.
@_rule(rf"(?:{_wd('wd', short=True)}\s+)?(?:de|the)\s+(?P<d>\d{{1,2}}){_ORD}"
       rf"(?=\s*$|\s+(?:van\s+de(?:ze)?\s+maand|of\s+(?:the|this)\s+month|(?:{_FILLER})\b))")  # fmt: skip
def _day_of_month(m: re.Match[str], today: date, tense: Tense) -> date | None:
    firsts = (add_months(today.replace(day=1), k) for k in range(-14, 15))
    days = [d for f in firsts if (d := make(f.year, f.month, int(m["d"]))) is not None]
    # "vrijdag de 13e" names no month, so the weekday is what tells which month is meant.
    if m["wd"] and (fitting := [d for d in days if d.weekday() == _ANY_WEEKDAY[m["wd"]]]):
        days = fitting
    return choose(days, today, tense)


@_rule(rf"(?P<pos>begin|start|early|einde?|end|late|halverwege|half|midden|medio|mid|middle)\s+"
       rf"(?:of\s+|van\s+)?(?P<m>{_MON})(?:\s+(?P<y>\d{{4}}))?")  # fmt: skip
def _part_of_month(m: re.Match[str], today: date, tense: Tense) -> date | None:
    pos = m["pos"]
    day = 1 if pos in {"begin", "start", "early"} else None if pos in {"eind", "einde", "end", "late"} else 15
    if m["y"]:
        return make(int(m["y"]), MONTHS[m["m"]], day)
    return yearless(MONTHS[m["m"]], day, today, tense)


# Abbreviations only after the week phrase: "zo, volgende week" is "so, next week", not Sunday.
@_rule(rf"{_wd('wd1')}\s+(?:van\s+|of\s+|in\s+)?(?:de\s+|the\s+)?(?P<r1>{_REL_WEEK})"
       rf"|(?P<r2>{_REL_WEEK})\s+(?:op\s+|on\s+)?{_wd('wd2', short=True)}")  # fmt: skip
def _weekday_of_week(m: re.Match[str], today: date, tense: Tense) -> date | None:
    offset = _WEEK_OFFSETS[(m["r1"] or m["r2"]).split()[0]]
    return monday(today, offset) + timedelta(days=_ANY_WEEKDAY[m["wd1"] or m["wd2"]])


# "dinsdag over een week" skips the coming Tuesday, so count from that one.
@_rule(rf"{_wd('wd1')}\s+(?:over|in)\s+(?P<n1>{_QTY})\s+(?:weken|week|weeks)|(?:over|in)\s+"
       rf"(?P<n2>{_QTY})\s+(?:weken|week|weeks)\s+(?:op\s+|on\s+)?{_wd('wd2', short=True)}"
       rf"|(?P<n3>{_QTY})\s+(?:weken|week|weeks)\s+(?:na|from|after)\s+{_wd('wd3')}")  # fmt: skip
def _weekday_in_weeks(m: re.Match[str], today: date, tense: Tense) -> date | None:
    coming = weekday_after(_ANY_WEEKDAY[m["wd1"] or m["wd2"] or m["wd3"]], today, 1)
    return shift(m["n1"] or m["n2"] or m["n3"], "weken", coming, 1)


@_rule(rf"(?P<mod>{_alt(_FUTURE_MODS | _PAST_MODS | {'deze', 'this'})})\s+{_wd('wd1', short=True)}"
       rf"|{_wd('wd2')}\s+(?P<mod2>aanstaande|komende|as)")  # fmt: skip
def _weekday_with_modifier(m: re.Match[str], today: date, tense: Tense) -> date | None:
    mod, weekday = m["mod"] or m["mod2"], _ANY_WEEKDAY[m["wd1"] or m["wd2"]]
    # "aanstaande vrijdag" said on a Friday means next week's; plain or "deze vrijdag" may be today.
    if mod in _FUTURE_MODS:
        return weekday_after(weekday, today, 1)
    if mod in _PAST_MODS:
        return weekday_after(weekday, today, -1)
    return weekday_near(weekday, today, tense)


@_rule(rf"(?:over|in|binnen|within|na)\s+(?P<n1>{_QTY})\s+(?P<u1>{_UNIT})|(?P<n2>{_QTY})\s+(?P<u2>{_UNIT})"
       r"\s+(?:(?:from|after)\s+(?:now|today)|(?:vanaf|na)\s+(?:nu|vandaag)|later)")  # fmt: skip
def _from_now(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return shift(m["n1"] or m["n2"], m["u1"] or m["u2"], today, 1)


@_rule(rf"(?P<n>{_QTY})\s+(?P<u>{_UNIT})\s+(?:geleden|ago|terug)")
def _ago(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return shift(m["n"], m["u"], today, -1)


def _end_of_month(value: date) -> date:
    return value.replace(day=calendar.monthrange(value.year, value.month)[1])


_NEXT = r"(?:volgende|komende|next|coming)"
_THE = r"(?:(?:van\s+)?(?:de|deze)\s+|v\s*d\s+|of\s+(?:the\s+|this\s+)?|van\s+)?"
_FIXED: tuple[tuple[str, Callable[[date], date]], ...] = (
    (r"vandaag|today|tonight|vanavond|vanmiddag|vanochtend|vanmorgen|this\s+(?:morning|afternoon|evening)",
     lambda t: t),
    (r"morgen(?:ochtend|middag|avond|vroeg)?|tomorrow|tmrw?", lambda t: t + timedelta(days=1)),
    (r"overmorgen|(?:the\s+)?day\s+after\s+tomorrow", lambda t: t + timedelta(days=2)),
    (r"gister(?:en)?(?:ochtend|middag|avond)?|yesterday", lambda t: t - timedelta(days=1)),
    (r"eergister(?:en)?|(?:the\s+)?day\s+before\s+yesterday", lambda t: t - timedelta(days=2)),
    (rf"(?:{_NEXT}|aanstaande)\s+week|(?:begin|start|beginning|early)\s+{_THE}{_NEXT}\s+week",
     lambda t: monday(t, 1)),
    (rf"(?:einde?|end|late)\s+{_THE}{_NEXT}\s+week", lambda t: monday(t, 1) + timedelta(days=4)),
    (r"(?:vorige|afgelopen|last|previous|past)\s+week", lambda t: monday(t, -1)),
    # The school week ends on Friday; on a weekend "this week" can only mean the coming one.
    (rf"deze\s+week|this\s+week|(?:einde?|end)\s+{_THE}week|(?:voor|before)\s+(?:het|the)\s+weekend",
     lambda t: t if t.weekday() == 4 else weekday_after(4, t, 1)),
    (r"(?:dit|komend|het|this|the|coming)\s+weekend|weekend",
     lambda t: t if t.weekday() >= 5 else weekday_after(5, t, 1)),
    (r"(?:volgend|next)\s+weekend", lambda t: monday(t, 1) + timedelta(days=5)),
    (r"(?:na|after)\s+(?:het|the)\s+weekend", lambda t: weekday_after(0, t, 1)),
    (rf"{_NEXT}\s+maand|next\s+month|(?:begin|start|beginning|early)\s+{_THE}{_NEXT}\s+(?:maand|month)",
     lambda t: add_months(t.replace(day=1), 1)),
    (rf"(?:einde?|end|late)\s+{_THE}{_NEXT}\s+(?:maand|month)",
     lambda t: _end_of_month(add_months(t.replace(day=1), 1))),
    (rf"(?:einde?|end)\s+{_THE}(?:maand|month)", _end_of_month),
    (rf"(?:halverwege|half|midden|medio|mid|middle)\s+{_THE}(?:maand|month)", lambda t: t.replace(day=15)),
    (rf"(?:halverwege|half|midden|medio|mid|middle)\s+{_THE}{_NEXT}\s+(?:maand|month)",
     lambda t: add_months(t.replace(day=15), 1)),
    (r"(?:vorige|afgelopen|last|previous)\s+(?:maand|month)", lambda t: add_months(t.replace(day=1), -1)),
    (r"(?:einde?|end)\s+(?:van\s+|of\s+)?(?:het|dit|the|this)\s+(?:jaar|year)",
     lambda t: date(t.year, 12, 31)),
    (r"(?:volgend|komend|next)\s+(?:jaar|year)", lambda t: date(t.year + 1, 1, 1)),
)  # fmt: skip


def _fixed(func: Callable[[date], date]) -> _Handler:
    return lambda m, today, tense: func(today)


for _pattern, _func in _FIXED:
    _rule(_pattern)(_fixed(_func))


@_rule(_wd("wd"))
def _bare_weekday(m: re.Match[str], today: date, tense: Tense) -> date | None:
    return weekday_near(WEEKDAYS[m["wd"]], today, tense)


# Only trusted when the rest of the answer is filler: "zo" is also "so", "2 weken" may be a duration.
_BARE: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (re.compile(rf"\b(?P<wd>{_alt(WEEKDAY_ABBREVIATIONS)})\b"),
     lambda m, today, tense: weekday_near(WEEKDAY_ABBREVIATIONS[m["wd"]], today, tense)),
    (re.compile(rf"\b(?P<n>{_QTY})\s+(?P<u>{_UNIT})\b"),
     lambda m, today, tense: shift(m["n"], m["u"], today, 1)),
)  # fmt: skip


def _own_rules(text: str, today: date, tense: Tense) -> DateAnswer | None:
    found: list[tuple[int, int, int, date | None]] = []
    for index, (pattern, handler) in enumerate(_RULES):
        found.extend((m.start(), m.end(), index, handler(m, today, tense)) for m in pattern.finditer(text))
    # Longest match wins so "volgende week dinsdag" is not also read as "dinsdag".
    found.sort(key=lambda f: (f[0] - f[1], f[2]))
    taken: list[tuple[int, int]] = []
    values: set[date | None] = set()
    for start, end, _, value in found:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            values.add(value)
    if not values:
        return None
    # An impossible date ("31 februari") or two different dates: better to ask again than to guess.
    if None in values or len(values) > 1:
        return _UNPARSED
    return DateAnswer("date", values.pop())


def _bare_rules(text: str, today: date, tense: Tense) -> date | None:
    for pattern, handler in _BARE:
        match = pattern.search(text)
        rest = (text[: match.start()] + " " + text[match.end() :]).split() if match else ["-"]
        if match and all(word in FILLER_WORDS for word in rest):
            return handler(match, today, tense)
    return None


_PREFER: dict[Tense, str] = {"future": "future", "past": "past", "any": "current_period"}


@lru_cache(maxsize=8)
def _parser(language: str, tense: Tense, today: date) -> Any:
    # Imported here: loading it costs ~60 ms and most answers never get this far.
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": _PREFER[tense], "DATE_ORDER": "DMY",
                "RELATIVE_BASE": datetime.combine(today, time(12))}  # fmt: skip
    return DateDataParser(languages=[language], settings=settings)


def _dateparser(text: str, today: date, language: str, tense: Tense) -> date | None:
    words = text.split()
    while words and words[0] in FILLER_WORDS:
        words.pop(0)
    while words and words[-1] in FILLER_WORDS:
        words.pop()
    # Long sentences and texts without a digit or date word are chatter, not dates.
    if not 0 < len(words) <= 6 or not any(w in DATE_VOCABULARY or re.search(r"\d", w) for w in words):
        return None
    try:
        data = _parser(language, tense, today).get_date_data(" ".join(words))
        found, period, parts = data.date_obj, data.period, getattr(data, "parts", None)
    except Exception:  # dateparser raises many kinds of errors on odd input; none of them is a date
        return None
    if not isinstance(found, datetime) or period not in {"day", "week"}:
        return None
    if parts is None:
        return found.date()
    if not {"day", "month"} <= set(parts):  # "15" alone or a time of day is not an answer
        return None
    return found.date() if "year" in parts else yearless(found.month, found.day, today, tense)


_SHRUG = re.compile(r"[\s?¿\U0001F937\u200d\u2640\u2642\ufe0f\U0001F3FB-\U0001F3FF]+")
_TIME = re.compile(
    r"\b(?:(?:om|at|rond|tegen|vanaf|tot|from|until|till|around)\s+(?:half\s+)?)?\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:uur|u|h|am|pm|oclock)\b"
    r"|\b\d{1,2}:\d{2}\b"
    rf"|\b(?:om|at)\s+(?:half\s+)?\d{{1,2}}(?:\.\d{{2}})?\b(?![.:/-]?\d)(?!\s+(?:{_MON})\b)"
)
_UNKNOWN_RE = re.compile("|".join(UNKNOWN_PATTERNS))


def _normalise(text: str) -> str:
    plain = fold(text[:500])
    plain = re.sub(r"\ba\s?\.\s?s\b\.?", " aanstaande ", plain)
    plain = _TIME.sub(" ", re.sub(r"['’‘`]", "", plain).replace("–", "-"))
    plain = re.sub(r"[^a-z0-9./\-\s]", " ", plain)
    # Dots, slashes and dashes only matter between digits ("15.3.27", "3/4"); elsewhere they split words.
    plain = re.sub(r"(?<!\d)[./-]|[./-](?!\d)", " ", plain)
    return " ".join(plain.split())


def parse_date(
    text: str,
    *,
    today: date,
    language: Literal["nl", "en"],
    tense: Tense = "future",
    school_holidays: Sequence[SchoolBreak] = (),
) -> DateAnswer:
    """Read a student's answer to "by when?" relative to `today`; a date beyond the horizon is "far".

    With the school's holidays, "na de kerstvakantie" is the first school day after that holiday.
    """
    answer = _parse(text, today=today, language=language, tense=tense, holidays=school_holidays)
    value = answer.value
    if answer.kind == "date" and value and not EARLIEST <= value <= today + timedelta(days=HORIZON_DAYS):
        return DateAnswer("far", value)
    return answer


def _parse(
    text: str, *, today: date, language: Literal["nl", "en"], tense: Tense, holidays: Sequence[SchoolBreak]
) -> DateAnswer:
    if _SHRUG.fullmatch(text) and re.search("[?¿\U0001f937]", text):
        return _UNKNOWN
    normal = _normalise(text)
    if holidays and (after_holiday := holiday_date(normal, today, tense, holidays)) is not None:
        return DateAnswer("date", after_holiday)
    own = _own_rules(normal, today, tense)
    if own is not None:
        return own
    bare = _bare_rules(normal, today, tense)
    if bare is not None:
        return DateAnswer("date", bare)
    if _UNKNOWN_RE.search(normal):
        return _UNKNOWN
    found = _dateparser(normal, today, language, tense)
    return _UNPARSED if found is None else DateAnswer("date", found)


def format_date(value: date, *, language: Literal["nl", "en"], today: date) -> str:
    """Say `value` the way the bot confirms it: "vrijdag 14 maart", plus the year if not this year."""
    dutch = language == "nl"
    weekday = (DUTCH_WEEKDAYS if dutch else ENGLISH_WEEKDAYS)[value.weekday()]
    text = f"{weekday} {value.day} {(DUTCH_MONTHS if dutch else ENGLISH_MONTHS)[value.month - 1]}"
    return text if value.year == today.year else f"{text} {value.year}"
