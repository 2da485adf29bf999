"""The studio's preview: the engine can be told which variant of each text to show; else they take turns."""

from __future__ import annotations

import random

from dialogues import ScriptLibrary, TextCatalog
from dialogues.engine import Engine, TextInput
from tests.conftest import TODAY


def texts_seen(engine: Engine, library: ScriptLibrary) -> list[str]:
    version = library.current("reflecteren")
    turn = engine.start(version.script, script_hash=version.digest, language="nl")
    return [message.text for message in turn.messages]


def test_a_fixed_variant_shows_that_variant_of_every_text(
    engine_texts: TextCatalog, library: ScriptLibrary
) -> None:
    welcome = library.current("reflecteren").script.node("welkom").text["nl"]  # type: ignore[union-attr]
    for variant in (0, 1, 3):
        engine = Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(7), variant=variant)
        assert texts_seen(engine, library)[0] == welcome[variant % len(welcome)]


def test_the_preview_can_switch_the_waiting_question_to_another_variant(
    engine_texts: TextCatalog, library: ScriptLibrary
) -> None:
    version = library.current("reflecteren")
    script = version.script
    engine = Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(7), variant=0)
    state = engine.start(script, script_hash=version.digest, language="nl").state
    state = engine.handle(script, state, TextInput("1")).state
    state = engine.handle(script, state, TextInput("Bakkerij Jansen")).state
    state = engine.handle(script, state, TextInput("gisteren")).state
    state = engine.handle(script, state, TextInput("ja")).state
    assert state.node == "klein_verhaal"
    story = script.node("klein_verhaal").text["nl"]  # type: ignore[union-attr]
    assert engine.current(script, state).messages[0].text == story[0]
    second = engine.current(script, state, variant=1)
    assert second.messages[0].text == story[1]
    assert second.state.variant == 1 and state.variant == 0, "the state given is not changed"


def test_without_a_fixed_variant_the_wordings_take_turns_over_conversations(
    engine_texts: TextCatalog, library: ScriptLibrary
) -> None:
    version = library.current("reflecteren")
    welcome = version.script.node("welkom").text["nl"]  # type: ignore[union-attr]
    for rotation in range(len(welcome) + 1):
        # The random source does not decide: the student's how-manieth conversation does.
        seen = {
            Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(seed))
            .start(version.script, script_hash=version.digest, language="nl", rotation=rotation)
            .messages[0]
            .text
            for seed in range(5)
        }
        assert seen == {welcome[rotation % len(welcome)]}
