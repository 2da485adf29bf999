"""The method's wording rules: no 'why' in disguise, short questions, one at a time, words a student knows."""

from __future__ import annotations

import pytest

from dialogues import DEFAULT_SCRIPTS, check_paths, check_script
from dialogues._words import hard_words, syllables
from tests.dialogues.test_validation import GOOD

QUESTION = "{nl: 'Wat gebeurde er?', en: 'What happened?'}"


def findings(nl: str = "Wat gebeurde er?", en: str = "What happened?") -> list[tuple[str, str, str]]:
    source = GOOD.replace(QUESTION, "{nl: " + repr(nl) + ", en: " + repr(en) + "}", 1)
    _, found = check_script(source, "mini.yaml")
    return [(p.key, p.severity, p.params.get("lang", "")) for p in found if p.node == "verhaal"]


@pytest.mark.parametrize(
    ("nl", "en"),
    [
        ("Hoe komt het dat je dat belangrijk vindt?", "What happened?"),
        ("Hoe kwam het dat je zo blij was?", "What happened?"),
        ("Waardoor voelde je je zo?", "What happened?"),
        ("Wat is de reden dat je dit koos?", "What happened?"),
        ("Om welke reden koos je dit?", "What happened?"),
        ("Wat maakt dat je dit leuk vindt?", "What happened?"),
        ("Wat gebeurde er?", "What makes you like this work?"),
        ("Wat gebeurde er?", "What made you choose it?"),
        ("Wat gebeurde er?", "What is the reason you chose it?"),
    ],
)
def test_a_why_question_in_disguise_is_an_error(nl: str, en: str) -> None:
    language = "nl" if nl != "Wat gebeurde er?" else "en"
    assert ("text.disguised_why", "error", language) in findings(nl, en)


def test_how_come_is_a_why_question_too() -> None:
    assert ("text.why", "error", "en") in findings(en="How come you liked it?")


@pytest.mark.parametrize(
    "nl",
    [
        # 'waardoor' in a statement, 'dat' as 'that moment': not a why question.
        "Je vertelde iets waardoor je trots was. Wat gebeurde er precies?",
        "Wat maakte dat moment bijzonder voor jou?",
        "Wat zorgde er precies voor dat je je zo voelde?",
    ],
)
def test_questions_about_what_happened_are_fine(nl: str) -> None:
    assert findings(nl) == []


def test_a_question_over_25_words_is_a_warning() -> None:
    long = "Wat " + "deed je toen allemaal precies " * 6 + "?"
    assert ("text.long", "warning", "nl") in findings(long)
    twenty_five = "Wat " + "deed je daar " * 8 + "?"
    assert len(twenty_five.split()) == 26 and twenty_five.endswith(" ?")
    assert findings(twenty_five.replace(" ?", "?")) == []


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Heb je dit eerder meegemaakt? Wat gebeurde er toen?", True),
        ("Wie waren er bij jou? En wat deed jij op dat moment?", True),
        ("Gebeurt zoiets ook op een andere plek? Op school, bij sport of thuis?", False),
        ("Was het spannend, leuk of saai? Of iets heel anders?", False),
        ("Hebben jullie iets afgesproken? Wat dan?", False),
    ],
)
def test_two_questions_in_one_message_is_a_warning(text: str, two: bool) -> None:
    assert (("text.two_questions", "warning", "nl") in findings(text)) is two


def test_words_far_above_b1_are_a_warning_with_the_words() -> None:
    source = GOOD.replace(QUESTION, "{nl: 'Welke competenties heb je geëxploreerd?', en: 'What happened?'}")
    [hard] = [p for p in check_script(source, "mini.yaml")[1] if p.key == "text.hard_words"]
    assert (hard.severity, hard.params["words"]) == ("warning", "competenties, geëxploreerd")
    assert hard.text().startswith("Deze woorden zijn te moeilijk voor veel leerlingen (boven B1, Nederlands)")


@pytest.mark.parametrize(
    ("text", "language", "hard"),
    [
        ("Welke loopbaancompetenties wil je implementeren?", "nl", ["loopbaancompetenties", "implementeren"]),
        ("Wat is je intrinsieke motivatie?", "nl", ["intrinsieke"]),
        # Compounds of everyday words, short rare words, names and placeholders are fine.
        ("Wie is je stagebegeleider op de meeloopdag? Typ /dossier.", "nl", []),
        ("Ga je appen met Mohammed of met je WhatsApp-groep?", "nl", []),
        ("Welk beroepsperspectief zie je?", "nl", []),
        ("Did you leverage your vocational competencies?", "en", ["competencies"]),
        ("Who could help you? Think of family, neighbours or your mentor.", "en", []),
    ],
)
def test_hard_words(text: str, language: str, hard: list[str]) -> None:
    assert hard_words(text, language) == hard


def test_syllables_are_counted_from_vowel_groups() -> None:
    assert [syllables(w) for w in ("stage", "geëxploreerd", "implementeren", "bijbaan")] == [2, 4, 5, 2]
    assert syllables("mature", "en") == 2


def test_the_shipped_scripts_raise_no_false_alarms() -> None:
    _, found = check_paths([DEFAULT_SCRIPTS])
    assert [p for p in found if p.severity == "error"] == []
    # Long questions, hard words, double questions: none. Every shipped text asks one question at a time.
    assert found == []
