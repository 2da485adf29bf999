"""Corrections that students of second reflections and prepared days wrote (the dev40 set): a word of their
own in the named one's place, a named word called too strong, one of two kept for only the first minutes."""

from __future__ import annotations

import pytest

from dialogues import ScriptVersion
from dialogues.engine import Engine

from .driver import said_back


@pytest.mark.parametrize(
    ("story", "answer", "now", "language"),
    [
        (
            "ik was boos",
            "nou boos is het niet echt. meer... onzichtbaar. alsof we er niet zijn",
            ["onzichtbaar"],
            "nl",
        ),
        (
            "I was a bit annoyed because I thought I'd be training people",
            "haha annoyed is a strong word, I'm not a monster 😅 more disappointed I guess",
            ["disappointed"],
            "en",
        ),
        (
            "ik was zenuwachtig en blij",
            "blij klopt wel, zenuwachtig eigenlijk alleen de eerste 2 minuten, dat telt niet echt",
            ["blij"],
            "nl",
        ),
        ("I was nervous and proud", "proud yes, nervous only at the start", ["proud"], "en"),
        # a word of the same kind denied is the named one denied (dev41)
        (
            "ik vond het best eng. toen ie weer beneden stond was ik echt opgelucht",
            "ik was niet bang hoor, ik was gespannen. is gwn veel verantwoordelijkheid",
            ["gespannen"],
            "nl",
        ),
        ("ik vond het wel spannend", "niet zenuwachtig ofzo maar nieuwsgierig", ["nieuwsgierig"], "nl"),
    ],
)
def test_the_named_word_gives_way_to_the_students_own(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str], language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == now
    assert chat.state.node == "moment"


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        # what happened, not how strong the word was
        ("ik was zenuwachtig", "alleen de eerste keer dat ik moest afrekenen"),
        ("I was nervous", "only at the start, when the phone rang"),
    ],
)
def test_only_at_the_start_without_the_named_word_tells_the_moment(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat = said_back(engine, reflect, story, "en" if story.startswith("I ") else "nl")
    before = chat.feelings()
    chat.send(answer)
    assert chat.feelings() == before and chat.state.node == "verbreden"


def test_a_word_of_the_same_kind_denied_alone_asks_again(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik vond het wel spannend")
    chat.send("ik was niet zenuwachtig")
    assert chat.feelings() == [] and "Hoe voelde jij je toen?" in chat.text()
