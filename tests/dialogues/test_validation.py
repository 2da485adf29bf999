"""Script validation: every broken script is refused with its file, line and node."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from dialogues import DEFAULT_SCRIPTS, Problem, ScriptError, check_paths, check_script, parse_script

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
    assert found == []
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
    ("change", "line", "node", "message"),
    [
        (("next: woord", "next: wooord"), 13, "verhaal", "unknown node 'wooord'"),
        (("- id: wie\n", "- id: wanneer\n"), 29, "wanneer", "duplicate node id (first defined on line 24)"),
        (
            ("text: {nl: 'Wie helpt?', en: 'Who helps?'}", "text: {nl: 'Wie helpt?'}"),
            31,
            "wie",
            "no text for declared language 'en'",
        ),
        (
            (
                "{nl: 'Wat gebeurde er?', en: 'What happened?'}",
                "{nl: 'Waarom deed je dat?', en: 'What happened?'}",
            ),
            12,
            "verhaal",
            "asks 'Waarom'",
        ),
        (
            (
                "{nl: 'Wat gebeurde er?', en: 'What happened?'}",
                "{nl: 'Wat gebeurde er?', en: 'Why did you?'}",
            ),
            12,
            "verhaal",
            "asks 'Why'",
        ),
        (
            (
                "{nl: 'Wat ga je doen?', en: 'What will you do?'}",
                "{nl: 'Hoezo dan?', en: 'What will you do?'}",
            ),
            22,
            "stap",
            "asks 'Hoezo'",
        ),
        (("    next: eind\n", ""), 29, "wie", "dead end: no next node"),
        (
            ("kind: date\n    store: step.due", "kind: date\n    store: entry.gedaan"),
            26,
            "wanneer",
            "a date node must store to one of contact.last_contact, experience.when, step.due",
        ),
        (
            (
                "text: {nl: 'Wat gebeurde er?', en: 'What happened?'}",
                "text: {nl: 'Wat gebeurde er {nergens}?', en: 'What happened?'}",
            ),
            12,
            "verhaal",
            "unknown placeholder '{nergens}'",
        ),
        (
            ("kind: question\n    store: entry.gedaan", "kind: vraag\n    store: entry.gedaan"),
            9,
            "verhaal",
            "does not match any of the expected tags",
        ),
    ],
)
def test_each_broken_script_is_refused_with_line_and_node(
    change: tuple[str, str], line: int, node: str, message: str
) -> None:
    old, new = change
    assert old in GOOD
    found = problems(GOOD.replace(old, new, 1))
    assert any(p.line == line and p.node == node and message in p.message for p in found), found


def test_an_unreachable_node_is_reported() -> None:
    source = GOOD + "  - id: los\n    kind: say\n    text: {nl: Hoi, en: Hi}\n    next: eind\n"
    [found] = problems(source)
    assert (found.line, found.node) == (36, "los")
    assert "unreachable" in found.message


def test_a_cycle_without_an_exit_is_a_dead_end() -> None:
    # wie -> lus -> wie: once there, the conversation can never finish.
    source = GOOD.replace("    next: eind\n", "    next: lus\n") + (
        "  - id: lus\n    kind: question\n    text: {nl: 'Nog eens?', en: 'Again?'}\n    next: wie\n"
    )
    found = problems(source)
    assert {"wie", "lus"} <= {p.node for p in found if "can never reach an end" in p.message}
    assert any(p.node == "eind" and "unreachable" in p.message for p in found)


def test_a_reflection_path_that_skips_the_key_word_is_refused() -> None:
    source = GOOD.replace("    next: woord\n", "    next: keuze\n", 1) + (
        "  - id: keuze\n    kind: choice\n    text: {nl: Kies, en: Pick}\n    options:\n"
        "      - {value: a, label: {nl: A, en: A}, next: woord}\n"
        "      - {value: b, label: {nl: B, en: B}, next: stap}\n"
    )
    found = problems(source)
    assert any(p.node == "eind" and "without passing a key word" in p.message for p in found), found


def test_a_reflection_that_ends_without_a_next_step_is_refused() -> None:
    # After the key word, one option skips the whole next step.
    source = GOOD.replace("    next: stap\n", "    next: keuze\n", 1) + (
        "  - id: keuze\n    kind: choice\n    text: {nl: Kies, en: Pick}\n    options:\n"
        "      - {value: a, label: {nl: A, en: A}, next: stap}\n"
        "      - {value: b, label: {nl: B, en: B}, next: eind}\n"
    )
    found = problems(source)
    [end] = [p for p in found if p.node == "eind"]
    assert "step.what" in end.message and "step.due" in end.message and "step.helper" in end.message


def test_a_step_agreed_before_the_key_word_does_not_count() -> None:
    reordered = GOOD.replace("start: verhaal", "start: stap").replace("next: wie\n", "next: verhaal\n", 1)
    reordered = reordered.replace("    next: stap\n", "    next: wie\n", 1)
    found = problems(reordered)
    assert any(p.node == "eind" and "step" in p.message for p in found), found


def test_yaml_syntax_errors_carry_a_line() -> None:
    [found] = problems(GOOD.replace("title: {nl: Mini, en: Mini}", "title: {nl: Mini, en: Mini"))
    assert found.line is not None and found.line >= 5
    assert "not valid YAML" in found.message


def test_duplicate_yaml_keys_are_reported() -> None:
    found = problems(GOOD.replace("    next: woord\n", "    next: woord\n    next: stap\n", 1))
    assert any("key 'next' appears twice" in p.message and p.line == 14 for p in found), found


def test_parse_script_raises_with_every_problem() -> None:
    broken = GOOD.replace("next: woord", "next: x").replace(
        "{nl: 'Wie helpt?', en: 'Who helps?'}", "{nl: 'Wie?'}"
    )
    with pytest.raises(ScriptError) as caught:
        parse_script(broken, "mini.yaml")
    assert len(caught.value.problems) == 2
    assert "mini.yaml:13" in str(caught.value)


def test_cli_check_exits_non_zero_and_prints_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kapot.yaml").write_text(GOOD.replace("next: woord", "next: nergens"), encoding="utf-8")
    assert main(["dialogues", "check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'kapot.yaml'}:13: node 'verhaal': error: goes to unknown node 'nergens'" in out


def test_cli_check_accepts_the_shipped_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dialogues", "check"]) == 0
    out = capsys.readouterr().out
    assert "reflecteren" in out and "voorbereiden" in out


def test_two_files_with_the_same_script_id_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    versions, found = check_paths([tmp_path])
    assert len(versions) == 1
    assert any("also used by" in p.message for p in found)
