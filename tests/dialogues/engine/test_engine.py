"""Each engine behaviour a student would notice, on the shipped scripts and small inline ones: commands,
inputs of every kind, determinism, the state, and a prepared experience."""

from __future__ import annotations

import random

import pytest

from dialogues import ScriptVersion, Target, TextCatalog
from dialogues.engine import ChoiceInput, CommandInput, Engine, SessionState, TextInput, UnsupportedInput
from tests.conftest import TODAY

from .driver import STORY_NL, Driver


def test_help_explains_and_repeats_the_current_question(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    before = chat.state
    chat.send(CommandInput("help"))
    assert chat.turn.messages[-1].text == question
    assert "geen foute antwoorden" in chat.turn.messages[0].text
    assert chat.state.answers == before.answers and chat.state.node == before.node


def test_stop_pauses_keeps_everything_and_a_greeting_shows_where_we_were(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    chat.send(CommandInput("stop"))
    assert chat.state.status == "paused"
    assert "bewaard" in chat.text()
    chat.send("hoi")
    assert chat.state.status == "active"
    assert chat.turn.messages[0].text.startswith("Welkom terug")
    assert chat.turn.messages[-1].text == question
    assert chat.state.answers["waar"] == "Bakkerij"


def test_a_real_answer_after_a_pause_is_not_thrown_away(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send(CommandInput("stop"))
    chat.send("Ik moest de kassa doen en ik was zenuwachtig")
    assert chat.state.node == "moment"
    assert chat.stored(Target.ENTRY_GEDAAN) == ["Ik moest de kassa doen en ik was zenuwachtig"]


@pytest.mark.parametrize(
    ("kind", "expected"), [("voice", "typen"), ("sticker", "sticker"), ("photo", "tekst")]
)
def test_non_text_gets_a_kind_reply_and_the_question_again(
    engine: Engine, reflect: ScriptVersion, kind: str, expected: str
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    chat.send(UnsupportedInput(kind))
    assert expected in chat.turn.messages[0].text.lower()
    assert chat.turn.messages[-1].text == question
    assert chat.state.node == "klein_verhaal"


def test_a_button_of_an_earlier_question_is_not_acted_on(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    first_question = chat.turn.messages[-1]
    chat.send(ChoiceInput(seq=first_question.seq or 0, index=0))
    state = chat.state
    turn = chat.send(ChoiceInput(seq=first_question.seq or 0, index=2))
    assert turn.outcome == "stale"
    assert turn.state == state
    assert chat.stored(Target.EXPERIENCE_KIND) == ["stage"]


def test_options_can_be_typed_by_number_or_word(engine: Engine, reflect: ScriptVersion) -> None:
    by_word = Driver(engine, reflect)
    by_word.send("meeloopdag")
    by_number = Driver(engine, reflect)
    by_number.send("2")
    assert (
        by_word.stored(Target.EXPERIENCE_KIND) == by_number.stored(Target.EXPERIENCE_KIND) == ["meeloopdag"]
    )
    unclear = Driver(engine, reflect)
    unclear.send("geen idee")
    assert unclear.state.node == "soort"
    assert "knoppen" in unclear.text()


def test_markup_and_long_text_are_kept_verbatim(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    story = "Ik was <b>trots</b> & blij_*[ 🙂 " + "x" * 5000
    chat.send(story)
    assert chat.stored(Target.ENTRY_GEDAAN) == [story]
    assert len(chat.text()) < 600, "an echo of a long answer is shortened"


def test_the_engine_is_deterministic_given_clock_and_seed(
    engine_texts: TextCatalog, reflect: ScriptVersion
) -> None:
    def transcript(seed: int, rotation: int = 0) -> list[str]:
        engine = Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(seed))
        chat = Driver(engine, reflect, rotation=rotation)
        out = [m.text for m in chat.turn.messages]
        for line in [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school"]:
            out += [m.text for m in chat.send(line).messages]
        return out

    assert transcript(3) == transcript(3)
    # The student's next conversations are worded differently: three in a row share no question.
    three = [set(transcript(3, rotation)) for rotation in range(3)]
    assert not three[0] & three[1] and not three[1] & three[2] and not three[0] & three[2]


def test_the_state_round_trips_through_json_mid_conversation(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("Ik was trots op mijn taart")
    restored = SessionState.model_validate_json(chat.state.model_dump_json())
    assert restored == chat.state
    a = engine.handle(reflect.script, restored, TextInput("de klant lachte"))
    b = engine.handle(reflect.script, chat.state, TextInput("de klant lachte"))
    assert a.state.node == b.state.node == "verbreden"


def test_a_prepared_experience_brings_its_goal_into_the_reflection(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(
        engine, reflect, doel="kijken of ik het werk leuk vind", ervaring="de meeloopdag bij de bakker"
    )
    text = "\n".join(m.text for m in chat.turn.messages)
    assert "kijken of ik het werk leuk vind" in text
    assert chat.state.node == "klein_verhaal", "the kind, place and date are already known"
