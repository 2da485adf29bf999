from __future__ import annotations

from datetime import date
from typing import Any, Literal

import pytest

from dialogues.language import _dates
from dialogues.language._dates import DateAnswer, Tense, format_date, parse_date

SAT = date(2026, 11, 21)  # Saturday; its ISO week runs Mon 16 - Sun 22 November
MON = date(2026, 11, 23)  # Monday
FRI = date(2026, 11, 27)  # Friday
MONTH_END = date(2026, 4, 30)  # Thursday, last day of April
DEC = date(2026, 12, 10)  # Thursday in December: yearless spring dates fall in 2027

Language = Literal["nl", "en"]


def _date(text: str, today: date, language: Language = "nl", tense: Tense = "future") -> date | None:
    answer = parse_date(text, today=today, language=language, tense=tense)
    assert answer.kind == "date", f"{text!r} gave {answer}"
    return answer.value


DUTCH_ON_SATURDAY = [
    ("vandaag", date(2026, 11, 21)),
    ("morgen", date(2026, 11, 22)),
    ("overmorgen", date(2026, 11, 23)),
    ("maandag", date(2026, 11, 23)),
    ("dinsdag", date(2026, 11, 24)),
    ("woensdag", date(2026, 11, 25)),
    ("donderdag", date(2026, 11, 26)),
    ("vrijdag", date(2026, 11, 27)),
    ("zaterdag", date(2026, 11, 21)),  # today counts in tense future
    ("zondag", date(2026, 11, 22)),
    ("ma", date(2026, 11, 23)),
    ("di", date(2026, 11, 24)),
    ("wo", date(2026, 11, 25)),
    ("do", date(2026, 11, 26)),
    ("vr", date(2026, 11, 27)),
    ("vr.", date(2026, 11, 27)),
    ("za", date(2026, 11, 21)),
    ("zo", date(2026, 11, 22)),
    ("op vr", date(2026, 11, 27)),
    ("volgende week dinsdag", date(2026, 11, 24)),
    ("dinsdag volgende week", date(2026, 11, 24)),
    ("volgende week vrijdag", date(2026, 11, 27)),
    ("volgende week op do", date(2026, 11, 26)),
    ("a.s. maandag", date(2026, 11, 23)),
    ("a.s. zaterdag", date(2026, 11, 28)),  # "aanstaande" never means today
    ("maandag a.s.", date(2026, 11, 23)),
    ("aanstaande maandag", date(2026, 11, 23)),
    ("komende maandag", date(2026, 11, 23)),
    ("deze vrijdag", date(2026, 11, 27)),
    ("over twee weken", date(2026, 12, 5)),
    ("over 3 dagen", date(2026, 11, 24)),
    ("over drie dagen", date(2026, 11, 24)),
    ("over een week", date(2026, 11, 28)),
    ("over één week", date(2026, 11, 28)),
    ("over een weekje", date(2026, 11, 28)),
    ("over een paar dagen", date(2026, 11, 24)),
    ("over tien dagen", date(2026, 12, 1)),
    ("binnen twee weken", date(2026, 12, 5)),
    ("over een maand", date(2026, 12, 21)),
    ("over 2 maanden", date(2027, 1, 21)),
    ("2 weken", date(2026, 12, 5)),
    ("dinsdag over een week", date(2026, 12, 1)),
    ("volgende week", date(2026, 11, 23)),
    ("begin volgende week", date(2026, 11, 23)),
    ("eind volgende week", date(2026, 11, 27)),
    ("volgende maand", date(2026, 12, 1)),
    ("15 maart", date(2027, 3, 15)),
    ("15 mrt", date(2027, 3, 15)),
    ("15 mrt.", date(2027, 3, 15)),
    ("maart 15", date(2027, 3, 15)),
    ("15e maart", date(2027, 3, 15)),
    ("15-3", date(2027, 3, 15)),
    ("15/3", date(2027, 3, 15)),
    ("15.3", date(2027, 3, 15)),
    ("3/4", date(2027, 4, 3)),  # day first
    ("15-3-2027", date(2027, 3, 15)),
    ("15.3.27", date(2027, 3, 15)),
    ("2027-03-15", date(2027, 3, 15)),
    ("15 maart 2027", date(2027, 3, 15)),
    ("1 december", date(2026, 12, 1)),
    ("1 dec 26", date(2026, 12, 1)),
    ("vrijdag 14 mei", date(2027, 5, 14)),
    ("zaterdag 15 maart", date(2027, 3, 15)),  # the date wins over a wrong weekday
    ("de 15e", date(2026, 12, 15)),
    ("vrijdag de 13e", date(2027, 8, 13)),  # the next 13th that is a Friday
    ("eind van de maand", date(2026, 11, 30)),
    ("eind deze maand", date(2026, 11, 30)),
    ("einde van de maand", date(2026, 11, 30)),
    ("eind v/d maand", date(2026, 11, 30)),
    ("eind volgende maand", date(2026, 12, 31)),
    ("eind van de volgende maand", date(2026, 12, 31)),
    ("begin volgende maand", date(2026, 12, 1)),
    ("halverwege de maand", date(2026, 11, 15)),
    ("halverwege volgende maand", date(2026, 12, 15)),
    ("eind maart", date(2027, 3, 31)),
    ("begin maart", date(2027, 3, 1)),
    ("half december", date(2026, 12, 15)),
    ("eind februari", date(2027, 2, 28)),
    ("deze week", date(2026, 11, 27)),
    ("eind van de week", date(2026, 11, 27)),
    ("voor het weekend", date(2026, 11, 27)),
    ("in het weekend", date(2026, 11, 21)),
    ("na het weekend", date(2026, 11, 23)),
    ("volgend weekend", date(2026, 11, 28)),
    ("eind van het jaar", date(2026, 12, 31)),
    ("volgend jaar", date(2027, 1, 1)),
    ("morgenochtend", date(2026, 11, 22)),
    ("vanavond", date(2026, 11, 21)),
    ("vrijdagmiddag", date(2026, 11, 27)),
]

ENGLISH_ON_SATURDAY = [
    ("today", date(2026, 11, 21)),
    ("tomorrow", date(2026, 11, 22)),
    ("day after tomorrow", date(2026, 11, 23)),
    ("the day after tomorrow", date(2026, 11, 23)),
    ("monday", date(2026, 11, 23)),
    ("Friday", date(2026, 11, 27)),
    ("saturday", date(2026, 11, 21)),
    ("fri", date(2026, 11, 27)),
    ("thurs", date(2026, 11, 26)),
    ("next tuesday", date(2026, 11, 24)),
    ("next saturday", date(2026, 11, 28)),
    ("this friday", date(2026, 11, 27)),
    ("tuesday next week", date(2026, 11, 24)),
    ("next week tuesday", date(2026, 11, 24)),
    ("on tuesday of next week", date(2026, 11, 24)),
    ("in two weeks", date(2026, 12, 5)),
    ("in 3 days", date(2026, 11, 24)),
    ("in a week", date(2026, 11, 28)),
    ("in a few days", date(2026, 11, 24)),
    ("in a couple of days", date(2026, 11, 23)),
    ("within a week", date(2026, 11, 28)),
    ("3 weeks from now", date(2026, 12, 12)),
    ("a week from monday", date(2026, 11, 30)),
    ("in a fortnight", date(2026, 12, 5)),
    ("next week", date(2026, 11, 23)),
    ("next month", date(2026, 12, 1)),
    ("15 march", date(2027, 3, 15)),
    ("march 15", date(2027, 3, 15)),
    ("March 15th", date(2027, 3, 15)),
    ("15th of March", date(2027, 3, 15)),
    ("the 15th of march", date(2027, 3, 15)),
    ("March 15th, 2027", date(2027, 3, 15)),
    ("3/4", date(2027, 4, 3)),  # day first, like Dutch
    ("end of the month", date(2026, 11, 30)),
    ("end of month", date(2026, 11, 30)),
    ("end of next month", date(2026, 12, 31)),
    ("end of next week", date(2026, 11, 27)),
    ("mid-march", date(2027, 3, 15)),
    ("the 15th", date(2026, 12, 15)),
    ("this weekend", date(2026, 11, 21)),
]

# Past words mean the past whatever the tense; the caller decides what to do with them.
PAST_WORDS_ON_SATURDAY = [
    ("gisteren", "nl", date(2026, 11, 20)),
    ("eergisteren", "nl", date(2026, 11, 19)),
    ("vorige week dinsdag", "nl", date(2026, 11, 10)),
    ("dinsdag vorige week", "nl", date(2026, 11, 10)),
    ("afgelopen dinsdag", "nl", date(2026, 11, 17)),
    ("vorige week", "nl", date(2026, 11, 9)),
    ("vorige maand", "nl", date(2026, 10, 1)),
    ("3 dagen geleden", "nl", date(2026, 11, 18)),
    ("twee weken geleden", "nl", date(2026, 11, 7)),
    ("yesterday", "en", date(2026, 11, 20)),
    ("the day before yesterday", "en", date(2026, 11, 19)),
    ("last friday", "en", date(2026, 11, 20)),
    ("last saturday", "en", date(2026, 11, 14)),
    ("two days ago", "en", date(2026, 11, 19)),
    ("2 weeks ago", "en", date(2026, 11, 7)),
    ("last week", "en", date(2026, 11, 9)),
]

NOISY_ON_SATURDAY = [
    ("ik denk vrijdag", date(2026, 11, 27)),
    ("uiterlijk vrijdag", date(2026, 11, 27)),
    ("voor vrijdag", date(2026, 11, 27)),
    ("op 15 maart", date(2027, 3, 15)),
    ("Vrijdag!", date(2026, 11, 27)),
    ("VRIJDAG.", date(2026, 11, 27)),
    ("vrijdag 🙂", date(2026, 11, 27)),
    ("vrijdag??", date(2026, 11, 27)),
    ("Vrijdág", date(2026, 11, 27)),
    ("  morgen  ", date(2026, 11, 22)),
    ("ik denk dat het volgende week dinsdag wordt 💪", date(2026, 11, 24)),
    ("ik ga vrijdag mijn oom bellen", date(2026, 11, 27)),
    ("vrijdag om 15.30", date(2026, 11, 27)),
    ("vrijdag om 16:00 uur", date(2026, 11, 27)),
    ("morgen om 3 uur", date(2026, 11, 22)),
    ("uiterlijk 1-12", date(2026, 12, 1)),
    ("weet ik niet, misschien vrijdag", date(2026, 11, 27)),  # a named day beats the hedge
    ("I think by friday", date(2026, 11, 27)),
    ("maybe next week", date(2026, 11, 23)),
]


@pytest.mark.parametrize(("text", "expected"), DUTCH_ON_SATURDAY)
def test_dutch_phrases(text: str, expected: date) -> None:
    assert _date(text, SAT) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH_ON_SATURDAY)
def test_english_phrases(text: str, expected: date) -> None:
    assert _date(text, SAT, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH_ON_SATURDAY[:12] + DUTCH_ON_SATURDAY[:12])
def test_students_mix_languages(text: str, expected: date) -> None:
    other: Language = "nl" if text in dict(ENGLISH_ON_SATURDAY) else "en"
    assert _date(text, SAT, other) == expected


@pytest.mark.parametrize(("text", "language", "expected"), PAST_WORDS_ON_SATURDAY)
@pytest.mark.parametrize("tense", ["future", "past", "any"])
def test_past_words(text: str, language: Language, expected: date, tense: Tense) -> None:
    assert _date(text, SAT, language, tense) == expected


@pytest.mark.parametrize(("text", "expected"), NOISY_ON_SATURDAY)
def test_noise_around_the_date(text: str, expected: date) -> None:
    assert _date(text, SAT) == expected


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
    assert _date(text, today) == expected


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
    assert _date(text, today, tense=tense) == expected


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
    assert _date(text, SAT, tense=tense) == expected


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
    assert _date("2026/12/01", SAT, language) == date(2026, 12, 1)
    assert _date("2026.12.01", SAT, language) == date(2026, 12, 1)


def test_dateparser_errors_become_unparsed(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def get_date_data(self, text: str) -> Any:
            raise RuntimeError("boom")

    monkeypatch.setattr(_dates, "_parser", lambda *args: Broken())
    assert parse_date("2026/12/01", today=SAT, language="nl") == DateAnswer("unparsed")
    # Own rules never need dateparser.
    assert _date("vrijdag", SAT) == date(2026, 11, 27)


def test_date_answer_defaults() -> None:
    assert DateAnswer("unknown").value is None


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
    value = _date(text, SAT)
    assert value is not None
    said = format_date(value, language="nl", today=SAT)
    assert _date(said, SAT) == value


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
