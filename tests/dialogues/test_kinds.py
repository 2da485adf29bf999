"""Node kinds as classes: each describes itself for a form editor, and an unknown kind fails loudly."""

from __future__ import annotations

import random
from typing import Literal

import pytest
import yaml

from dialogues import (
    DEFAULT_SCRIPTS,
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

ALL_KINDS = ["say", "question", "choice", "date", "contact", "keyword", "summary", "branch", "set", "end"]


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
    assert (found.line, found.node, found.key, found.path) == (9, "verhaal", "schema.unknown_kind", ("kind",))
    assert found.message == f"'vraag' is geen soort vraag. Kies uit: {', '.join(ALL_KINDS)}."
    assert found.text("en") == f"'vraag' is not a kind of question. Choose from: {', '.join(ALL_KINDS)}."
    with pytest.raises(ScriptError, match=r"mini\.yaml, regel 9, vraag 'verhaal'"):
        parse_script(source, "mini.yaml")


def test_a_node_without_a_kind_is_refused_naming_the_kinds_there_are() -> None:
    [found] = errors(
        GOOD.replace("    kind: question\n    store: entry.gedaan", "    store: entry.gedaan", 1)
    )
    assert (found.line, found.node, found.key) == (8, "verhaal", "schema.no_kind")
    assert (
        found.message
        == f"Hier staat niet wat voor vraag dit is. Zet er 'kind:' bij met een van: {', '.join(ALL_KINDS)}."
    )


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


# ---- what a form editor learns from a kind -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "texts"),
    [
        ("say", ("text",)),
        ("question", ("text", "followups")),
        ("choice", ("text", "followups")),
        ("date", ("text", "followups")),
        ("contact", ("text", "followups", "reach")),
        ("keyword", ("text", "followups", "examples")),
        ("branch", ()),
        ("set", ()),
        ("end", ("text",)),
    ],
)
def test_each_kind_says_which_fields_are_texts_per_language(kind: str, texts: tuple[str, ...]) -> None:
    described = kind_class(kind).describe()
    assert described.kind == kind
    assert described.summary
    assert described.texts == texts
    assert "kind" not in {f.name for f in described.fields}
    assert {f.name for f in described.fields} >= {"id", "phase", "competency"}


def test_which_kinds_ask_the_student_and_which_end_the_conversation() -> None:
    asking = {name for name, cls in KINDS.items() if cls.describe().asks}
    assert asking == {"question", "choice", "date", "contact", "keyword"}
    assert {name for name, cls in KINDS.items() if cls.describe().ends} == {"end"}


def test_each_kind_says_where_in_the_dossier_it_may_store() -> None:
    date = KINDS["date"].describe()
    assert set(date.store_targets) == {"experience.when", "step.due", "contact.last_contact"}
    assert date.store_required and date.field("store").required
    assert date.field("store").values == date.store_targets
    assert KINDS["contact"].describe().store_targets == ("step.helper",)
    assert KINDS["keyword"].describe().store_targets == ("entry.kernwoord",)
    question = KINDS["question"].describe().store_targets
    assert "entry.gedaan" in question and "step.due" not in question and "step.status" not in question
    choice = KINDS["choice"].describe().store_targets
    assert "step.status" in choice and "step.due" not in choice
    assert KINDS["set"].describe().field("values").values == KINDS["set"].describe().store_targets
    for kind in ("say", "branch", "end"):
        assert KINDS[kind].describe().store_targets == ()


def test_a_choice_describes_its_buttons_and_links() -> None:
    options = KINDS["choice"].describe().field("options")
    assert (options.type, options.minimum, options.maximum) == ("list", 2, 12)
    value, label, link, means = options.items
    assert (value.name, value.type, value.maximum) == ("value", "text", 40)
    assert (label.name, label.per_language, label.max_chars) == ("label", True, 40)
    assert (link.name, link.type, link.required) == ("next", "node", False)
    assert (means.name, means.values) == ("means", ("yes", "no", "unknown", "other"))


def test_fields_name_their_values_defaults_and_links() -> None:
    date = KINDS["date"].describe()
    assert (date.field("tense").values, date.field("tense").default) == (("future", "past", "any"), "future")
    question = KINDS["question"].describe()
    min_words = question.field("min_words")
    assert (min_words.type, min_words.default, min_words.minimum, min_words.maximum) == ("number", 3, 1, 20)
    assert question.field("detect_emotion").type == "yes/no"
    assert question.field("next").type == "node"
    branch = KINDS["branch"].describe()
    assert branch.field("else").type == "node" and branch.field("else").required
    condition, case_next = branch.field("cases").items
    assert (condition.name, condition.type, case_next.type) == ("if", "group", "node")
    # An end's `then` names a script, not a node of this one.
    assert KINDS["end"].describe().field("then").type == "text"


def test_the_description_covers_every_key_the_shipped_scripts_write() -> None:
    for path in sorted(DEFAULT_SCRIPTS.glob("*.yaml")):
        for node in yaml.safe_load(path.read_text(encoding="utf-8"))["nodes"]:
            described = kind_class(node["kind"]).describe()
            names = {f.name for f in described.fields}
            required = {f.name for f in described.fields if f.required}
            assert set(node) - {"kind"} <= names, (path.name, node["id"])
            assert required <= set(node), (path.name, node["id"])


def test_a_text_an_editor_allows_is_a_text_the_checks_allow() -> None:
    limit = KINDS["choice"].describe().field("options").items[1].max_chars
    assert limit is not None
    source = GOOD.replace("    next: woord\n", "    next: keuze\n", 1) + (
        "  - id: keuze\n    kind: choice\n    text: {nl: Kies, en: Pick}\n    next: woord\n    options:\n"
        f"      - {{value: a, label: {{nl: {'a' * limit}, en: A}}}}\n"
        f"      - {{value: b, label: {{nl: {'b' * (limit + 1)}, en: B}}}}\n"
    )
    [found] = errors(source)
    assert (found.node, found.key, found.path) == ("keuze", "text.too_long", ("options", 1, "label", "nl"))
    assert found.describe() == (
        "mini.yaml, regel 42, vraag 'keuze', knop 2: fout: De tekst in het Nederlands is te lang:"
        f" {limit + 1}"
        f" tekens, hoogstens {limit}. Maak hem korter."
    )
