"""The emotion lexicon: size, common forms, negation, and words that are not emotions."""

from __future__ import annotations

import pytest

from dialogues.language import find_emotion
from dialogues.language._emotion_words import LEXICON


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_lexicon_has_at_least_sixty_words_per_language(language: str) -> None:
    assert len(LEXICON[language]) >= 60
    forms = sum(1 + len(others) for _, _, others in LEXICON[language])
    assert forms >= 100, "common forms are listed, not only the base word"


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("Ik was zo trots!!", "trots", "je je trots voelde"),
        ("ik had echt zenuwen voor die presentatie", "zenuwachtig", "je je zenuwachtig voelde"),
        ("Ik ergerde me aan een collega", "geërgerd", "je je geërgerd voelde"),
        ("IK WAS GEERGERD", "geërgerd", "je je geërgerd voelde"),
        ("ik schrok toen de brandweer kwam", "geschrokken", "je je geschrokken voelde"),
        ("het was best eng om te bellen", "eng", "je het eng vond"),
        ("Het was super leuk 😍", "leuk", "je het leuk vond"),
        ("ik voelde me niet op mijn gemak", "ongemakkelijk", "je je ongemakkelijk voelde"),
        ("ik was helemaal in de war", "in de war", "je je in de war voelde"),
        ("ik was niet blij met mijn werk", "blij", "je je niet blij voelde"),
        ("ik was verbaasd dat het zo druk was", "verbaasd", "je je verbaasd voelde"),
        ("geen stress gehad", "gestrest", "je je niet gestrest voelde"),
    ],
)
def test_dutch_emotions_and_the_clause_that_echoes_them(text: str, word: str, clause: str) -> None:
    found = find_emotion(text, "nl")
    assert found is not None
    assert found.word == word
    assert found.clause("nl") == clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("I was really nervous", "you felt nervous"),
        ("it was boring honestly", "you found it boring"),
        ("I wasn't proud of it", "you did not feel proud"),
        ("I felt left out during lunch", "you felt left out"),
    ],
)
def test_english_emotions(text: str, clause: str) -> None:
    found = find_emotion(text, "en")
    assert found is not None
    assert found.clause("en") == clause


@pytest.mark.parametrize(
    "text",
    [
        "Ik moest dozen uitpakken en de schappen vullen",
        "de machine was kapot",
        "ik moest zorgen voor de klanten",
        "we hebben de wedstrijd verloren",
        "het was rustig in de winkel",
        "ik heb de vloer geveegd",
    ],
)
def test_plain_stories_hold_no_emotion(text: str) -> None:
    assert find_emotion(text, "nl") is None


def test_the_students_language_is_tried_first_then_the_other() -> None:
    found = find_emotion("I was proud", "nl")
    assert found is not None and found.word == "proud"
