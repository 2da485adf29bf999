"""Editing a script in the studio: YAML comes back with its comments and order; checks point at fields."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from dialogues import DEFAULT_SCRIPTS, EditError, ScriptError, check_sources, digest_of
from dialogues._edit import EditableScript

REFLECT = (DEFAULT_SCRIPTS / "reflecteren.yaml").read_text(encoding="utf-8")


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.mark.parametrize("path", sorted(DEFAULT_SCRIPTS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_script_comes_back_byte_for_byte(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    script = EditableScript.parse(source)
    assert script.dump() == source
    assert script.digest() == digest_of(source)


def test_changing_one_text_changes_only_that_line() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    variants = list(EditableScript.parse(REFLECT).question("waar")["text"]["nl"])
    variants[1] = "Waar was je? Noem het bedrijf of de school."
    script.set_texts("waar", "text", "nl", variants)
    assert changed_lines(REFLECT, script.dump()) == [
        "-        - Waar was je? Noem bijvoorbeeld het bedrijf of de school.",
        "+        - Waar was je? Noem het bedrijf of de school.",
    ]
    assert script.dump().startswith("# Terugkijken op een ervaring: klein verhaal -> verbreden")


def test_a_text_with_a_colon_is_written_so_that_it_reads_back() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    script.set_texts("waar", "text", "en", ["Where was it? Note: the company's name", "Where: which place?"])
    assert EditableScript.parse(script.dump()).question("waar")["text"]["en"] == [
        "Where was it? Note: the company's name",
        "Where: which place?",
    ]
    _, problems = script.check()
    assert [p for p in problems if p.severity == "error"] == []


def test_variants_follow_ups_options_store_and_competency_are_fields_of_a_question() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    script.set_texts("klein_verhaal", "followups", "nl", ["Waar was je?", "Wie was erbij?"])
    script.set_field("waar", "competency", "werkexploratie")
    script.set_field("waar", "store", "experience.title")
    options = script.question("soort")["options"]
    options[0]["label"]["nl"] = "Snuffelstage"
    script.set_field("soort", "options", options)
    dumped = script.dump()
    assert "        label: {nl: Snuffelstage, en: Internship}\n" in dumped, "a button keeps its one-line form"
    waar = EditableScript.parse(dumped).question("waar")
    assert (waar["competency"], waar["store"]) == ("werkexploratie", "experience.title")
    assert list(waar)[-1] == "next", "a new field goes before the way on"
    assert EditableScript.parse(dumped).question("klein_verhaal")["followups"]["nl"] == [
        "Waar was je?",
        "Wie was erbij?",
    ]


def test_the_checks_name_the_question_and_field_a_form_shows_them_at() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    script.set_field("verbreden", "next", "verdiepe")
    script.set_texts("aanleiding_moment", "text", "nl", "Hoe komt het dat je dat belangrijk vindt?")
    _, problems = script.check()
    errors = {(p.node, p.field, p.key, p.params.get("suggestion")) for p in problems if p.severity == "error"}
    assert errors == {
        ("verbreden", "next", "graph.unknown_target", "verdiepen"),
        ("aanleiding_moment", "text", "text.disguised_why", None),
    }
    why = next(p for p in problems if p.key == "text.disguised_why")
    assert (why.language, why.path) == ("nl", ("text", "nl"))


def test_questions_can_be_added_moved_and_removed() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    script.add_question(
        {
            "id": "trots",
            "kind": "question",
            "phase": "verdiepen",
            "store": "entry.verdiepen",
            "text": {"nl": "Op welk moment was je trots?", "en": "At what moment were you proud?"},
            "next": "aanleiding",
        },
        after="verdiepen",
    )
    script.set_field("verdiepen", "next", "trots")
    ids = script.question_ids()
    assert ids[ids.index("verdiepen") + 1] == "trots"
    script.move_question("trots", 0)
    assert script.question_ids()[0] == "trots"
    _, problems = script.check()
    assert [p for p in problems if p.severity == "error"] == []
    script.remove_question("trots")
    _, problems = script.check()
    assert {(p.node, p.key, p.params.get("target")) for p in problems if p.severity == "error"} == {
        ("verdiepen", "graph.unknown_target", "trots")
    }


def test_renaming_a_question_follows_every_link_and_placeholder() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    script.set_field("kernwoord", "id", "mijn_woord")
    dumped = script.dump()
    assert "{mijn_woord}" in dumped and "{kernwoord}" not in dumped
    assert "if: {answered: mijn_woord}" in dumped
    _, problems = script.check()
    assert [p for p in problems if p.severity == "error"] == []


def test_adding_a_language_shows_which_texts_are_missing_or_copies_them() -> None:
    dutch = EditableScript.new("mijn", {"nl": "Mijn gesprek"}, languages=["nl"])
    assert dutch.check()[1] == []
    dutch.add_language("en")
    _, problems = dutch.check()
    assert {(p.node, p.field, p.key, p.language) for p in problems} == {
        (None, "title", "text.missing_language", "en"),
        ("welkom", "text", "text.missing_language", "en"),
        ("einde", "text", "text.missing_language", "en"),
    }
    copied = EditableScript.new("mijn", {"nl": "Mijn gesprek"}, languages=["nl"])
    copied.add_language("en", copy_from="nl")
    assert copied.languages == ["nl", "en"]
    assert copied.check()[1] == []
    assert "languages: [nl, en]" in copied.dump()


def test_a_new_script_is_valid_and_checks_with_the_others() -> None:
    script = EditableScript.new("kennismaken", {"nl": "Kennismaken", "en": "Getting to know you"})
    sources = {p.name: p.read_text(encoding="utf-8") for p in DEFAULT_SCRIPTS.glob("*.yaml")}
    sources["kennismaken.yaml"] = script.dump()
    versions, problems = check_sources(sources)
    assert "kennismaken" in {v.script.id for v in versions}
    assert not [p for p in problems if p.severity == "error"]


def test_meta_fields_and_their_limits() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    script.set_meta("title", {"nl": "Terugkijken", "en": "Looking back"})
    script.set_meta("version", "1.1")
    assert script.meta()["title"] == {"nl": "Terugkijken", "en": "Looking back"}
    assert script.meta()["version"] == "1.1" and script.id == "reflecteren"
    with pytest.raises(EditError, match="no field 'nodes'"):
        script.set_meta("nodes", [])


def test_mistakes_of_the_caller_are_refused() -> None:
    script = EditableScript.parse(REFLECT, "reflecteren.yaml")
    with pytest.raises(EditError, match="no question 'nergens'"):
        script.set_field("nergens", "next", "waar")
    with pytest.raises(EditError, match="question 'waar' has no field 'options'"):
        script.set_field("waar", "options", [])
    with pytest.raises(EditError, match="already is a question 'waar'"):
        script.add_question({"id": "waar", "kind": "say"})
    with pytest.raises(EditError, match="already is a question 'wanneer'"):
        script.rename_question("waar", "wanneer")
    with pytest.raises(EditError, match="unsupported language 'de'"):
        script.add_language("de")
    with pytest.raises(EditError, match="no position 99"):
        script.move_question("waar", 99)


def test_yaml_that_cannot_be_read_gives_the_checks_problem() -> None:
    with pytest.raises(ScriptError) as caught:
        EditableScript.parse("id: x\ntitle:\n  nl: Let op: dit\n", "x.yaml")
    [problem] = caught.value.problems
    assert (problem.key, problem.line, problem.params["fixed"]) == ("yaml.colon", 3, 'nl: "Let op: dit"')
    with pytest.raises(ScriptError) as caught:
        EditableScript.parse("- a\n- b\n", "x.yaml")
    assert caught.value.problems[0].key == "script.not_mapping"
