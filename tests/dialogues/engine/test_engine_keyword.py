"""The key word is the student's own: examples on request, their own word, never one filled in."""

from __future__ import annotations

from dialogues import ScriptVersion, Target
from dialogues.engine import ChoiceInput, Engine

from .driver import STORY_NL, Driver


def _to_keyword(chat: Driver) -> None:
    chat.to(
        "kernwoord",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken"],
    )


def test_keyword_is_never_filled_in_examples_are_offered_and_the_student_chooses(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    _to_keyword(chat)
    chat.send("weet niet")
    assert chat.state.node == "kernwoord"
    [question] = chat.turn.messages
    labels = [o.label for o in question.options]
    assert len(labels) >= 4 and labels[-1] == "Ik typ zelf een woord"
    assert chat.stored(Target.ENTRY_KERNWOORD) == [], "the bot did not pick a word for the student"
    chat.send(ChoiceInput(seq=question.seq or 0, index=1))
    assert chat.stored(Target.ENTRY_KERNWOORD) == [labels[1]]


def test_keyword_own_word_button_then_typing(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_keyword(chat)
    chat.send("help")
    question = chat.turn.messages[-1]
    chat.send(ChoiceInput(seq=question.seq or 0, index=len(question.options) - 1))
    assert "Typ je eigen woord" in chat.text()
    chat.send("zorgzaam")
    assert chat.stored(Target.ENTRY_KERNWOORD) == ["zorgzaam"]


def test_a_stuck_student_moves_on_without_a_keyword(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_keyword(chat)
    for _ in range(3):
        chat.send("geen idee")
    assert chat.state.node == "stap_wat", "no key word, no loop: on to the next step"
    assert chat.stored(Target.ENTRY_KERNWOORD) == []


def test_a_long_keyword_is_asked_shorter_once(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_keyword(chat)
    chat.send("dat ik het fijn vind om dingen met mijn handen te maken")
    assert "één woord" in chat.text()
    chat.send("met mijn handen werken")
    assert chat.stored(Target.ENTRY_KERNWOORD) == ["met mijn handen werken"]


def test_hulp_asked_once_gets_examples_said_again_it_is_the_key_word(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    _to_keyword(chat)
    chat.send("hulp")
    assert chat.stored(Target.ENTRY_KERNWOORD) == [] and len(chat.turn.messages[-1].options) >= 4
    chat.send("hulp")
    assert chat.stored(Target.ENTRY_KERNWOORD) == ["hulp"]


def test_earlier_key_words_come_first_among_the_examples(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect, kernwoorden="durven|samenwerken")
    _to_keyword(chat)
    chat.send("weet niet")
    question = chat.turn.messages[-1]
    assert [o.label for o in question.options][:2] == ["durven", "samenwerken"]
    assert "'durven' en 'samenwerken'" in question.text
    assert chat.stored(Target.ENTRY_KERNWOORD) == [], "offered, never filled in"
