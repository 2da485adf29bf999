"""Feelings said through idioms and figures of speech, and whose they are when someone else is near."""

from __future__ import annotations

import pytest

from dialogues.language import read_feelings


def own(text: str, language: str = "nl") -> list[str]:
    return [f.word for f in read_feelings(text, language).own]


def others(text: str, language: str = "nl") -> list[str]:
    return [f.word for f in read_feelings(text, language).feelings if f.whose == "other"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("toen hij zei dat ik de leukste was liep ik de rest van de dag op wolkjes", ["blij"]),
        ("ik kon mn geluk niet op", ["blij"]),
        ("toen zakte de moed me echt in de schoenen", ["moedeloos"]),
        ("ik stond om 7 uur al voor de deur te popelen", ["enthousiast"]),
        ("toen kreeg ik echt een brok in mn keel 🥹", ["ontroerd"]),
        ("ik zat daar te trillen als een rietje", ["gespannen"]),
        ("ik zweette echt peentjes", ["gespannen"]),
        ("te veel woorden. mijn hoofd was vol", ["overweldigd"]),
        ("ik moest bijna overgeven van de geur", ["misselijk"]),
    ],
)
def test_dutch_idioms_are_the_feelings_they_stand_for(text: str, words: list[str]) -> None:
    assert own(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("before she came i was a total nervous wreck", ["nervous"]),
        ("my stomach was in knots the whole time", ["tense"]),
        ("at the end i was chuffed to bits", ["chuffed"]),
        ("the alarm went off and i jumped out of my skin", ["shocked"]),
        ("i wasn't even scared, i was fascinated watching the doctor stitch it", ["fascinated"]),
        ("the butcher was cutting up a whole pig and i felt sick", ["sick"]),
        ("i was more disgusted by the smell", ["disgusted"]),
    ],
)
def test_english_idioms_are_the_feelings_they_stand_for(text: str, words: list[str]) -> None:
    assert own(text, "en") == words


def test_sick_as_slang_still_needs_a_verb_and_a_sick_day_is_no_feeling() -> None:
    assert own("it was a sick day", "en") == []
    assert own("i felt sick", "en") == ["sick"]


@pytest.mark.parametrize(
    ("text", "mine", "theirs", "language"),
    [
        ("ik was zo blij. toen ik weg moest waren twee kleintjes verdrietig", ["blij"], ["verdrietig"], "nl"),
        ("toen hij weg was waren ik en mn collega echt opgelucht", ["opgelucht"], [], "nl"),
        ("ik en mn collega waren opgelucht", ["opgelucht"], [], "nl"),
        ("me and my friend were so happy", ["happy"], [], "en"),
        ("mijn collega en zijn vriend waren blij", [], ["blij"], "nl"),
        ("ik was moe en mijn collega was blij", ["moe"], ["blij"], "nl"),
        (
            "een klant was boos, en ik zag dat zij zelf ook gefrustreerd was",
            [],
            ["boos", "gefrustreerd"],
            "nl",
        ),
    ],
)
def test_the_student_with_someone_else_shares_the_feeling(
    text: str, mine: list[str], theirs: list[str], language: str
) -> None:
    assert own(text, language) == mine
    assert others(text, language) == theirs


def test_a_denial_after_a_word_to_start_with_is_still_a_denial() -> None:
    reading = read_feelings("wacht nee zenuwachtig was ik niet echt hoor, ik was eigenlijk best rustig", "nl")
    assert [(f.word, f.negated) for f in reading.feelings] == [("zenuwachtig", True), ("rustig", False)]
