"""Dates as students type them, on a Saturday: Dutch and English phrases, mixed, past words, noise."""

from __future__ import annotations

from datetime import date

import pytest

from dialogues.language._dates import Tense

from .days import SAT, Language, read_date

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
    assert read_date(text, SAT) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH_ON_SATURDAY)
def test_english_phrases(text: str, expected: date) -> None:
    assert read_date(text, SAT, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH_ON_SATURDAY[:12] + DUTCH_ON_SATURDAY[:12])
def test_students_mix_languages(text: str, expected: date) -> None:
    other: Language = "nl" if text in dict(ENGLISH_ON_SATURDAY) else "en"
    assert read_date(text, SAT, other) == expected


@pytest.mark.parametrize(("text", "language", "expected"), PAST_WORDS_ON_SATURDAY)
@pytest.mark.parametrize("tense", ["future", "past", "any"])
def test_past_words(text: str, language: Language, expected: date, tense: Tense) -> None:
    assert read_date(text, SAT, language, tense) == expected


@pytest.mark.parametrize(("text", "expected"), NOISY_ON_SATURDAY)
def test_noise_around_the_date(text: str, expected: date) -> None:
    assert read_date(text, SAT) == expected
