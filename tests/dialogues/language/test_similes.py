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
        ("ik voelde me alsof ik mezelf kwijt was", "nl", "Je voelde je alsof je jezelf kwijt was."),
        ("ik voelde me als een baas lol", "nl", "Je voelde je als een baas."),
        ("ik voelde me als een baas ik had alles gedaan", "nl", "Je voelde je als een baas."),
        ("ik voelde me net als Messi", "nl", "Je voelde je net als Messi."),
        (
            "Na afloop voelde ik me als iemand die er echt bij hoort.",
            "nl",
            "Je voelde je als iemand die er echt bij hoort.",
        ),
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
        "het voelde als een droom",  # how it was, said of "het"
        "ik voelde me zo als ik bij hem was",  # "als" is "when"
        "ik voelde me als een mongool",  # never said back
        "ik voelde me alsof ik dood wilde",  # for the safety check, not a picture to repeat
    ],
)
def test_no_comparison_where_there_is_none(text: str) -> None:
    assert not any(f.word.startswith(("als", "net", "alsof")) for f in read_feelings(text, "nl").own)


@pytest.mark.parametrize("text", ["I felt like crying", "I feel like a pizza rn", "it feels like a real job"])
def test_english_like_is_a_picture_only_after_i_felt(text: str) -> None:
    assert not any(f.word.startswith("like") for f in read_feelings(text, "en").own)


def test_a_known_idiom_keeps_its_word() -> None:
    own = read_feelings("ik voelde me als een kind in een snoepwinkel", "nl").own
    assert [f.word for f in own] == ["enthousiast"]


def test_the_comparison_reads_in_a_clause_after_its_verb() -> None:
    own = read_feelings("ik voelde me alsof ik er niet bij hoorde", "nl").own
    assert feelings_clause(own, "nl") == "je je voelde alsof je er niet bij hoorde"
