"""Script validation: every broken script is refused with its file, line and node."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main
from dialogues import DEFAULT_SCRIPTS, Problem, ScriptError, check_paths, check_script, parse_script
from dialogues._messages import check_texts

# A minimal reflection that satisfies every rule; tests break one thing at a time.
GOOD = """\
id: mini
version: "1"
kind: reflection
languages: [nl, en]
title: {nl: Mini, en: Mini}
start: verhaal
nodes:
  - id: verhaal
    kind: question
    store: entry.gedaan
    detect_emotion: true
    text: {nl: 'Wat gebeurde er?', en: 'What happened?'}
    next: woord
  - id: woord
    kind: keyword
    text: {nl: 'Welk woord past?', en: 'Which word fits?'}
    examples: {nl: [a, b, c], en: [a, b, c]}
    next: stap
  - id: stap
    kind: question
    store: step.what
    text: {nl: 'Wat ga je doen?', en: 'What will you do?'}
    next: wanneer
  - id: wanneer
    kind: date
    store: step.due
    text: {nl: 'Wanneer?', en: 'When?'}
    next: wie
  - id: wie
    kind: contact
    text: {nl: 'Wie helpt?', en: 'Who helps?'}
    next: eind
  - id: eind
    kind: end
    text: {nl: Klaar, en: Done}
"""


def problems(source: str) -> list[Problem]:
    _, found = check_script(source, "mini.yaml")
    return [p for p in found if p.severity == "error"]


def test_the_minimal_script_is_valid() -> None:
    assert problems(GOOD) == []


def test_the_shipped_scripts_are_valid() -> None:
    versions, found = check_paths([DEFAULT_SCRIPTS])
    assert [p for p in found if p.severity == "error"] == []
    assert sorted(v.script.id for v in versions) == [
        "contact_opvolgen",
        "inchecken",
        "netwerk",
        "reflecteren",
        "stap_opvolgen",
        "terugblik",
        "voorbereiden",
    ]
    for version in versions:
        assert version.script.languages == ["nl", "en"]


@pytest.mark.parametrize(
    ("change", "line", "node", "key", "params"),
    [
        (
            ("next: woord", "next: wooord"),
            13,
            "verhaal",
            "graph.unknown_target",
            {"target": "wooord", "suggestion": "woord"},
        ),
        (
            ("- id: wie\n", "- id: wanneer\n"),
            29,
            "wanneer",
            "script.duplicate_id",
            {"node": "wanneer", "first_line": "24"},
        ),
        (
            ("text: {nl: 'Wie helpt?', en: 'Who helps?'}", "text: {nl: 'Wie helpt?'}"),
            31,
            "wie",
            "text.missing_language",
            {"lang": "en"},
        ),
        (
            (
                "{nl: 'Wat gebeurde er?', en: 'What happened?'}",
                "{nl: 'Waarom deed je dat?', en: 'What happened?'}",
            ),
            12,
            "verhaal",
            "text.why",
            {"lang": "nl", "word": "Waarom"},
        ),
        (
            (
                "{nl: 'Wat gebeurde er?', en: 'What happened?'}",
                "{nl: 'Wat gebeurde er?', en: 'Why did you?'}",
            ),
            12,
            "verhaal",
            "text.why",
            {"lang": "en", "word": "Why"},
        ),
        (
            (
                "{nl: 'Wat ga je doen?', en: 'What will you do?'}",
                "{nl: 'Hoezo dan?', en: 'What will you do?'}",
            ),
            22,
            "stap",
            "text.why",
            {"word": "Hoezo"},
        ),
        (("    next: eind\n", ""), 29, "wie", "graph.no_next", {}),
        (
            ("kind: date\n    store: step.due", "kind: date\n    store: entry.gedaan"),
            26,
            "wanneer",
            "kind.date_store",
            {"allowed": "contact.last_contact, experience.when, step.due"},
        ),
        (
            (
                "text: {nl: 'Wat gebeurde er?', en: 'What happened?'}",
                "text: {nl: 'Wat gebeurde er {nergens}?', en: 'What happened?'}",
            ),
            12,
            "verhaal",
            "text.unknown_placeholder",
            {"placeholder": "{nergens}"},
        ),
        (
            ("kind: question\n    store: entry.gedaan", "kind: vraag\n    store: entry.gedaan"),
            9,
            "verhaal",
            "schema.unknown_kind",
            {"value": "vraag"},
        ),
        (
            ("kind: question\n    store: entry.gedaan", "kind: questoin\n    store: entry.gedaan"),
            9,
            "verhaal",
            "schema.unknown_kind",
            {"value": "questoin", "suggestion": "question"},
        ),
        (
            ("    detect_emotion: true\n", "    detect_emotoin: true\n"),
            11,
            "verhaal",
            "schema.unknown_key",
            {"name": "detect_emotoin", "suggestion": "detect_emotion"},
        ),
        (
            ("    detect_emotion: true\n", "    options: []\n"),
            11,
            "verhaal",
            "schema.key_not_here",
            {"name": "options", "kind": "question"},
        ),
        (
            ("    detect_emotion: true\n", "    phase: verdiep\n"),
            11,
            "verhaal",
            "schema.not_allowed",
            {"name": "phase", "value": "verdiep", "suggestion": "verdiepen"},
        ),
        (
            ("    detect_emotion: true\n", "    competency: netwerk\n"),
            11,
            "verhaal",
            "schema.not_allowed",
            {"name": "competency", "suggestion": "netwerken"},
        ),
        (
            ("    store: entry.gedaan\n", "    store: entry.gedan\n"),
            10,
            "verhaal",
            "schema.not_allowed",
            {"name": "store", "suggestion": "entry.gedaan"},
        ),
        (
            ("languages: [nl, en]", "languages: [nl, EN]"),
            4,
            None,
            "schema.not_allowed",
            {"name": "languages", "value": "EN", "suggestion": "en"},
        ),
        (
            ("start: verhaal", "start: verhal"),
            6,
            None,
            "graph.start_unknown",
            {"target": "verhal", "suggestion": "verhaal"},
        ),
        (
            ("- id: woord\n", "- id: Woord!\n"),
            14,
            "Woord!",
            "schema.bad_id",
            {"value": "Woord!"},
        ),
    ],
)
def test_each_broken_script_is_refused_with_line_node_and_what_to_do(
    change: tuple[str, str], line: int, node: str | None, key: str, params: dict[str, str]
) -> None:
    old, new = change
    assert old in GOOD
    found = problems(GOOD.replace(old, new, 1))
    assert any(
        p.line == line and p.node == node and p.key == key and params.items() <= p.params.items()
        for p in found
    ), found
    for problem in found:
        assert_rendered(problem)


def assert_rendered(problem: Problem) -> None:
    """The problem's key is in the catalogue in both languages and every parameter its text uses is given."""
    for language in ("nl", "en"):
        assert check_texts().has(problem.key), problem.key
        template = check_texts().variants(problem.key, language)[0]
        for name in re.findall(r"\{([a-z_]+)\}", template):
            assert name in problem.params or (name == "lang_name" and "lang" in problem.params), (
                problem.key,
                name,
            )
        assert problem.text(language)


def test_an_unreachable_node_is_reported() -> None:
    source = GOOD + "  - id: los\n    kind: say\n    text: {nl: Hoi, en: Hi}\n    next: eind\n"
    [found] = problems(source)
    assert (found.line, found.node, found.key) == (36, "los", "graph.unreachable")
    assert found.message.startswith("Geen enkele vraag gaat hierheen, dus niemand krijgt deze vraag.")


def test_a_cycle_without_an_exit_is_a_dead_end() -> None:
    # wie -> lus -> wie: once there, the conversation can never finish.
    source = GOOD.replace("    next: eind\n", "    next: lus\n") + (
        "  - id: lus\n    kind: question\n    text: {nl: 'Nog eens?', en: 'Again?'}\n    next: wie\n"
    )
    found = problems(source)
    assert {"wie", "lus"} <= {p.node for p in found if p.key == "graph.cannot_finish"}
    assert any(p.node == "eind" and p.key == "graph.unreachable" for p in found)


def test_a_reflection_path_that_skips_the_key_word_is_refused() -> None:
    source = GOOD.replace("    next: woord\n", "    next: keuze\n", 1) + (
        "  - id: keuze\n    kind: choice\n    text: {nl: Kies, en: Pick}\n    options:\n"
        "      - {value: a, label: {nl: A, en: A}, next: woord}\n"
        "      - {value: b, label: {nl: B, en: B}, next: stap}\n"
    )
    found = problems(source)
    assert any(p.node == "eind" and p.key == "path.no_keyword" for p in found), found


def test_a_reflection_that_ends_without_a_next_step_is_refused() -> None:
    # After the key word, one option skips the whole next step.
    source = GOOD.replace("    next: stap\n", "    next: keuze\n", 1) + (
        "  - id: keuze\n    kind: choice\n    text: {nl: Kies, en: Pick}\n    options:\n"
        "      - {value: a, label: {nl: A, en: A}, next: stap}\n"
        "      - {value: b, label: {nl: B, en: B}, next: eind}\n"
    )
    found = problems(source)
    assert {p.key for p in found if p.node == "eind"} == {
        "path.no_step_what",
        "path.no_step_due",
        "path.no_step_helper",
    }


def test_a_step_agreed_before_the_key_word_does_not_count() -> None:
    reordered = GOOD.replace("start: verhaal", "start: stap").replace("next: wie\n", "next: verhaal\n", 1)
    reordered = reordered.replace("    next: stap\n", "    next: wie\n", 1)
    found = problems(reordered)
    assert any(p.node == "eind" and p.key.startswith("path.no_step") for p in found), found


def test_yaml_syntax_errors_carry_a_line() -> None:
    [found] = problems(GOOD.replace("title: {nl: Mini, en: Mini}", "title: {nl: Mini, en: Mini"))
    assert found.line is not None and found.line >= 5
    assert found.key.startswith("yaml.")


def test_duplicate_yaml_keys_are_reported() -> None:
    found = problems(GOOD.replace("    next: woord\n", "    next: woord\n    next: stap\n", 1))
    assert any(p.key == "yaml.duplicate_key" and p.params["name"] == "next" and p.line == 14 for p in found)


def test_parse_script_raises_with_every_problem() -> None:
    broken = GOOD.replace("next: woord", "next: x").replace(
        "{nl: 'Wie helpt?', en: 'Who helps?'}", "{nl: 'Wie?'}"
    )
    with pytest.raises(ScriptError) as caught:
        parse_script(broken, "mini.yaml")
    assert len(caught.value.problems) == 2
    assert "mini.yaml, regel 13, vraag 'verhaal'" in str(caught.value)


def test_cli_check_exits_non_zero_and_prints_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kapot.yaml").write_text(GOOD.replace("next: woord", "next: nergens"), encoding="utf-8")
    assert main(["dialogues", "check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert (
        f"{tmp_path / 'kapot.yaml'}, regel 13, vraag 'verhaal', bij 'next': fout: Na deze vraag gaat het"
        " gesprek"
        " naar 'nergens', maar die vraag bestaat niet." in out
    )


def test_cli_check_accepts_the_shipped_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dialogues", "check"]) == 0
    out = capsys.readouterr().out
    assert "reflecteren" in out and "voorbereiden" in out


def test_two_files_with_the_same_script_id_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    versions, found = check_paths([tmp_path])
    assert len(versions) == 1
    [duplicate] = [p for p in found if p.key == "library.duplicate_id"]
    assert (duplicate.file, duplicate.line, duplicate.params["other"]) == (
        str(tmp_path / "b.yaml"),
        1,
        str(tmp_path / "a.yaml"),
    )
