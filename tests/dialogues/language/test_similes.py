"""Feelings said as a comparison are said back in the student's own picture, turned to "je"/"you"."""

from __future__ import annotations

import pytest

from dialogues.language import feelings_clause, feelings_sentence, read_feelings


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("ik voelde me als echte baas", "nl", "Je voelde je als echte baas."),
        (
            "Ik voelde me echt als een moeder, ik moest alles tegelijk doen.",
            "nl",
            "Je voelde je als een moeder.",
        ),
        ("ik voelde me net een echte kok", "nl", "Je voelde je net een echte kok."),
        ("ik voelde me alsof ik er al jaren werkte", "nl", "Je voelde je alsof je er al jaren werkte."),
        ("ik voelde me als mijn vader", "nl", "Je voelde je als je vader."),
        ("I felt like part of the team", "en", "You felt like part of the team."),
        ("I felt as if I was home", "en", "You felt as if you were home."),
        (
            "ik was gestrest maar toen voelde ik me als een echte baas",
            "nl",
            "Eerst was je gestrest, daarna voelde je je als een echte baas.",
        ),
    ],
)
def test_a_comparison_after_feeling_is_said_back_in_their_words(text: str, language: str, said: str) -> None:
    assert feelings_sentence(read_feelings(text, language).own, language) == said


@pytest.mark.parametrize(
    "text",
    [
        "hij zag eruit als een baas",  # no feeling verb
        "ik voel me blij als ik help",  # "als" is "when": the feeling is "blij"
        "ik voelde me net wat beter",  # "net" is "just"
        "ik voel me alsof ik erbij hoor",  # a present verb after "ik": not turned to "je" by guessing
        "mijn moeder voelde zich als een koningin",  # hers
    ],
)
def test_no_comparison_where_there_is_none(text: str) -> None:
    assert not any(f.word.startswith(("als", "net", "alsof")) for f in read_feelings(text, "nl").own)


def test_english_felt_like_doing_is_a_wish_not_a_picture() -> None:
    assert not any(f.word.startswith("like") for f in read_feelings("I felt like crying", "en").own)


def test_a_known_idiom_keeps_its_word() -> None:
    own = read_feelings("ik voelde me als een kind in een snoepwinkel", "nl").own
    assert [f.word for f in own] == ["enthousiast"]


def test_the_comparison_reads_in_a_clause() -> None:
    own = read_feelings("ik voelde me als een moeder", "nl").own
    assert feelings_clause(own, "nl") == "je je als een moeder voelde"
