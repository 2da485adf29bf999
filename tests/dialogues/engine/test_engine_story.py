"""The small story: the feeling named or asked for, and gentle follow-ups on thin or empty answers."""

from __future__ import annotations

from dialogues import ScriptVersion, Target
from dialogues.engine import Engine

from .driver import STORY_EN, STORY_NL, Driver


def test_an_emotion_in_the_small_story_is_named_and_the_moment_asked(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("Ik moest een klant helpen en ik was heel zenuwachtig")
    assert chat.state.node == "moment"
    assert "Je was zenuwachtig." in chat.text()
    assert "precies" in chat.text()


def test_without_an_emotion_the_bot_asks_how_it_felt(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("Ik moest dozen uitpakken en de schappen vullen")
    assert chat.state.node == "gevoel"
    assert "voelde" in chat.text().lower()
    chat.send("best gespannen eigenlijk")
    assert chat.state.node == "moment"
    assert "Je was gespannen." in chat.text()


def test_emotion_naming_in_english_and_with_negation(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect, language="en")
    chat.to("klein_verhaal", STORY_EN)
    chat.send("I had to answer the phone and I was really nervous")
    assert "You felt nervous." in chat.text()
    chat = Driver(engine, reflect, language="en")
    chat.to("klein_verhaal", STORY_EN)
    chat.send("I had to answer the phone and I was not confident at all")
    # Only what they did not feel: the bot asks instead of naming "not confident" as their feeling.
    assert chat.state.node == "gevoel"
    assert "confident" not in chat.text()


def test_a_non_answer_gets_one_gentle_follow_up_then_moves_on(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    followups = []
    for answer in ("weet niet", "niks"):
        chat.send(answer)
        followups.append(chat.text())
    assert chat.state.node != "klein_verhaal", "the student must never be trapped at one question"
    assert followups[0] != question
    assert "Hoe voelde jij je" in followups[1], "on to the next question"
    assert chat.stored(Target.ENTRY_GEDAAN) == [], "'weet niet' is not stored as the student's story"


def test_a_thin_answer_gets_at_most_two_follow_ups(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    for answer in ("leuk", "ging goed", "was oké"):
        chat.send(answer)
    assert chat.state.node != "klein_verhaal"
    assert chat.stored(Target.ENTRY_GEDAAN) == ["leuk\nging goed\nwas oké"]


def test_a_short_answer_is_kept_and_joined_with_the_follow_up(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("leuk")
    assert chat.state.node == "klein_verhaal"
    chat.send("Ik mocht zelf brood vlechten en dat lukte")
    assert chat.stored(Target.ENTRY_GEDAAN) == ["leuk\nIk mocht zelf brood vlechten en dat lukte"]
