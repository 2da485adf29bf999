"""Corrections and answers at the questions after the moment, and answers that speak of another time."""

from __future__ import annotations

import pytest

from dialogues import ScriptVersion
from dialogues.engine import Engine

from .driver import at_question, said_back


def test_a_feeling_of_an_earlier_moment_is_the_answer_not_a_correction(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik vond het zielig voor die kat")
    chat.to("verdiepen", ["toen ze ging hechten", "mijn moeder is ook zo, die blijft altijd rustig"])
    chat.send("toen mijn hond ziek was was ik zelf juist in paniek")
    assert chat.state.node != "verdiepen", "the answer counts and the conversation goes on"
    assert "had ik het mis" not in chat.text()


@pytest.mark.parametrize(
    ("answer", "now"),
    [
        ("nee, ik was niet zenuwachtig maar boos eigenlijk", ["boos"]),
        ("eigenlijk was het meer stress dan zenuwen", ["gestrest"]),
        ("nee ik was niet zenuwachtig, eerder boos", ["boos"]),
        ("nee, eigenlijk was ik boos", ["boos"]),
        ("nee dat was ik niet, ik was boos", ["boos"]),
    ],
)
def test_a_correction_at_a_later_question_is_still_heard(
    engine: Engine, reflect: ScriptVersion, answer: str, now: list[str]
) -> None:
    chat = at_question(engine, reflect, "ik was zenuwachtig", "verbreden")
    chat.send(answer)
    assert chat.feelings() == now


@pytest.mark.parametrize(
    ("story", "answer", "now"),
    [
        # a time word in the reason is no other time
        ("ik was zenuwachtig", "eigenlijk was ik boos want ik had nooit uitleg gekregen", ["boos"]),
        ("ik was zenuwachtig", "eigenlijk boos, de eerste dag ging het ook al mis", ["boos"]),
        ("I was nervous", "actually angry, my coworker never helps", ["angry"]),
        # another time told, and then how it was this time
        (
            "ik was zenuwachtig",
            "vroeger was ik altijd zenuwachtig maar nu niet meer, ik was vooral blij",
            ["blij"],
        ),
    ],
)
def test_a_correction_with_another_time_in_its_reason(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str]
) -> None:
    chat = said_back(engine, reflect, story, "en" if story.startswith("I ") else "nl")
    chat.send(answer)
    assert chat.feelings() == now


def test_the_same_correction_said_again_is_taken_as_the_answer(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig")
    chat.send("nee eigenlijk was ik boos")
    assert chat.feelings() == ["boos"] and chat.state.node == "moment"
    chat.send("nee eigenlijk was ik boos")
    assert chat.state.node != "moment", "the same message again is not swallowed again"
