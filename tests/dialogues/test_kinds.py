"""Node kinds as classes: an unknown kind fails loudly, in a script and in the code."""

from __future__ import annotations

import random
from typing import Literal

import pytest

from dialogues import (
    EngineError,
    Problem,
    ScriptError,
    ScriptLibrary,
    TextCatalog,
    UnknownKindError,
    check_script,
    parse_script,
)
from dialogues.engine import Engine, SessionState, TextInput
from dialogues.kinds import KINDS, AskingKind, NodeKind, kind_class
from tests.conftest import TODAY
from tests.dialogues.test_validation import GOOD

ALL_KINDS = ["say", "question", "choice", "date", "contact", "keyword", "branch", "set", "end"]


def errors(source: str) -> list[Problem]:
    _, found = check_script(source, "mini.yaml")
    return [p for p in found if p.severity == "error"]


# ---- an unknown kind fails loudly ------------------------------------------------------------------


def test_every_kind_is_one_registered_class() -> None:
    assert list(KINDS) == ALL_KINDS
    for name, cls in KINDS.items():
        assert kind_class(name) is cls
        assert cls.kind_name == name


def test_an_unknown_kind_in_a_script_is_refused_naming_the_kinds_there_are() -> None:
    source = GOOD.replace(
        "kind: question\n    store: entry.gedaan", "kind: vraag\n    store: entry.gedaan", 1
    )
    [found] = errors(source)
    assert (found.line, found.node) == (9, "verhaal")
    assert "'vraag'" in found.message
    assert all(f"'{name}'" in found.message for name in ALL_KINDS)
    with pytest.raises(ScriptError, match=r"mini\.yaml:9: node 'verhaal'"):
        parse_script(source, "mini.yaml")


def test_a_node_without_a_kind_is_refused_naming_the_kinds_there_are() -> None:
    [found] = errors(
        GOOD.replace("    kind: question\n    store: entry.gedaan", "    store: entry.gedaan", 1)
    )
    assert (found.line, found.node) == (8, "verhaal")
    assert found.message == f"nodes.0: a node needs a kind: one of {', '.join(ALL_KINDS)}"


def test_asking_for_an_unknown_kind_by_name_says_which_exist() -> None:
    with pytest.raises(UnknownKindError, match=r"unknown node kind 'vraag' \(known: say, question, choice,"):
        kind_class("vraag")


def test_a_kind_class_without_its_behaviour_is_refused_when_it_is_defined() -> None:
    with pytest.raises(TypeError, match=r"node kind 'half' \(HalfQuestion\) does not define take"):

        class HalfQuestion(AskingKind):
            kind: Literal["half"]

    with pytest.raises(TypeError, match=r"node kind 'idle' \(Idle\) does not define successors, enter"):

        class Idle(NodeKind):
            kind: Literal["idle"]


def test_a_session_waiting_at_a_node_that_asks_nothing_is_an_error_not_a_question(
    engine_texts: TextCatalog, library: ScriptLibrary
) -> None:
    version = library.current("reflecteren")
    say = next(node for node in version.script.nodes if node.kind_name == "say")
    state = SessionState(script_id="reflecteren", script_hash=version.digest, language="nl", node=say.id)
    engine = Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(1))
    with pytest.raises(EngineError, match=f"session waits at node '{say.id}', which asks nothing"):
        engine.handle(version.script, state, TextInput("ik was bij de bakker"))
    with pytest.raises(EngineError, match=f"node '{say.id}' does not ask anything"):
        engine.current(version.script, state)
