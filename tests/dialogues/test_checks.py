"""The checks as a coordinator meets them: plain Dutch (or English), where it is and what to do, once."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from dialogues import DEFAULT_SCRIPTS, Problem, check_paths, check_script, check_sources
from dialogues._messages import check_texts
from tests.dialogues.test_validation import GOOD, assert_rendered


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A school's copy of the shipped scripts."""
    folder = tmp_path / "gesprekken"
    shutil.copytree(DEFAULT_SCRIPTS, folder)
    return folder


def plant(file: Path, old: str, new: str) -> None:
    source = file.read_text(encoding="utf-8")
    assert old in source, old
    file.write_text(source.replace(old, new, 1), encoding="utf-8")


def line_of(file: Path, text: str) -> int:
    return next(n for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_three_planted_mistakes_are_found_where_they_are_and_nowhere_else(scripts: Path) -> None:
    _, clean = check_paths([scripts])
    reflect, prepare = scripts / "reflecteren.yaml", scripts / "voorbereiden.yaml"
    plant(reflect, "    next: verdiepen\n", "    next: verdiepe\n")
    plant(reflect, "Wat maakte dat moment bijzonder voor jou?", "Hoe komt het dat je dat belangrijk vindt?")
    plant(prepare, "- Waar ga je naartoe? Bijvoorbeeld", "- Waar ga je naartoe? Let op:")

    _, found = check_paths([scripts])

    errors = [p for p in found if p.severity == "error"]
    assert {Path(p.file).name for p in errors} == {"reflecteren.yaml", "voorbereiden.yaml"}
    target, why = sorted((p for p in errors if p.file == str(reflect)), key=lambda p: p.line or 0)
    assert target.describe() == (
        f"{reflect}, regel {line_of(reflect, 'next: verdiepe')}, vraag 'verbreden', bij 'next': fout: Na deze"
        " vraag gaat het gesprek naar 'verdiepe', maar die vraag bestaat niet. Bedoel je 'verdiepen'?"
    )
    assert (why.node, why.key, why.line) == (
        "aanleiding_moment",
        "text.disguised_why",
        line_of(reflect, "Hoe komt"),
    )
    assert "'Hoe komt het dat' is een waarom-vraag in andere woorden" in why.text()
    [colon] = [p for p in errors if p.file == str(prepare)]
    assert colon.line == line_of(prepare, "Let op:")
    assert colon.text() == (
        "Er staat een dubbele punt (:) in een tekst. Zet de hele tekst tussen aanhalingstekens, zo:"
        ' - "Waar ga je naartoe? Let op: de naam van het bedrijf of de school."'
    )
    # The files nobody touched say what they said before: no "there is no script 'reflecteren'".
    untouched = [p for p in found if Path(p.file).name not in ("reflecteren.yaml", "voorbereiden.yaml")]
    assert untouched == [
        p for p in clean if Path(p.file).name not in ("reflecteren.yaml", "voorbereiden.yaml")
    ]


def test_a_script_that_is_not_even_yaml_does_not_break_the_scripts_that_name_it(scripts: Path) -> None:
    plant(scripts / "reflecteren.yaml", "title:\n", "title: [\n")
    _, found = check_paths([scripts])
    assert {Path(p.file).name for p in found if p.severity == "error"} == {"reflecteren.yaml"}


def test_a_then_that_names_no_script_is_reported_once_on_its_own_file(scripts: Path) -> None:
    follow_up = scripts / "terugblik.yaml"
    plant(follow_up, "then: reflecteren", "then: reflecteer")
    _, found = check_paths([scripts])
    [wrong] = [p for p in found if p.severity == "error"]
    assert (wrong.file, wrong.line, wrong.key) == (
        str(follow_up),
        line_of(follow_up, "then:"),
        "library.unknown_then",
    )
    assert wrong.params["suggestion"] == "reflecteren"
    assert wrong.path == ("then",)


def test_scripts_can_be_checked_from_memory_as_the_studio_holds_them() -> None:
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(DEFAULT_SCRIPTS.glob("*.yaml"))}
    versions, found = check_sources(sources)
    assert len(versions) == 7 and not [p for p in found if p.severity == "error"]
    del sources["reflecteren.yaml"]
    _, found = check_sources(sources)
    assert {(p.file, p.key) for p in found if p.severity == "error"} == {
        ("stap_opvolgen.yaml", "library.unknown_then"),
        ("terugblik.yaml", "library.unknown_then"),
    }


@pytest.mark.parametrize(
    ("old", "new", "line", "fixed"),
    [
        (
            "text: {nl: 'Wie helpt?', en: 'Who helps?'}",
            "text:\n      nl: Let op: wie helpt?\n      en: Who?",
            32,
            'nl: "Let op: wie helpt?"',
        ),
        (
            "text: {nl: 'Wie helpt?', en: 'Who helps?'}",
            "text:\n      nl:\n        - Tip: wie?\n      en: Who?",
            33,
            '- "Tip: wie?"',
        ),
    ],
)
def test_a_colon_in_a_text_gets_the_hint_to_put_it_in_quotes(
    old: str, new: str, line: int, fixed: str
) -> None:
    _, found = check_script(GOOD.replace(old, new, 1), "mini.yaml")
    [problem] = [p for p in found if p.severity == "error"]
    assert (problem.key, problem.line, problem.params["fixed"]) == ("yaml.colon", line, fixed)
    assert problem.text("en").startswith("There is a colon (:) in a text. Put the whole text in quotes")


def test_a_colon_in_a_text_between_braces_gets_the_hint_too() -> None:
    source = GOOD.replace("{nl: 'Wie helpt?', en: 'Who helps?'}", "{nl: Let op: wie?, en: 'Who helps?'}")
    [problem] = [p for p in check_script(source, "mini.yaml")[1] if p.severity == "error"]
    assert (problem.key, problem.line) == ("yaml.colon_flow", 31)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("    next: wie\n", "\tnext: wie\n", "yaml.tab"),
        (
            "text: {nl: 'Wie helpt?', en: 'Who helps?'}",
            "text: {nl: 'Wie helpt?, en: 'Who helps?'}",
            "yaml.syntax",
        ),
        ("    next: wie\n", "   next: wie\n", "yaml.indent"),
    ],
)
def test_other_yaml_mistakes_say_what_to_look_at(old: str, new: str, key: str) -> None:
    [problem] = check_script(GOOD.replace(old, new, 1), "mini.yaml")[1]
    assert problem.key == key and problem.line is not None
    assert "YAML" not in problem.text() and "scalar" not in problem.text()


def test_an_unclosed_quote_points_at_where_it_opens() -> None:
    source = GOOD.replace("title: {nl: Mini, en: Mini}", 'title:\n  nl: "Mini\n  en: Mini')
    [problem] = check_script(source, "mini.yaml")[1]
    assert (problem.key, problem.line) == ("yaml.quote", 6)


def test_the_catalogue_speaks_to_a_coordinator_not_a_programmer() -> None:
    for key in check_texts().keys():  # noqa: SIM118 (a catalogue, not a dict)
        for language in ("nl", "en"):
            for text in check_texts().variants(key, language):
                # `node:` is a key a choice condition is written with; otherwise the word is 'vraag'.
                assert not re.search(r"\bnode\b", re.sub(r"'node'|\{node[:}]", "", text)), (
                    key,
                    text,
                )
                assert not re.search(r"declared|gedeclareerd|mapping|scalar|discriminator", text), text


def test_every_message_key_the_checks_use_is_in_the_catalogue_in_both_languages() -> None:
    package = Path(__file__).parents[2] / "dialogues"
    used: set[str] = set()
    for path in package.rglob("*.py"):
        used |= set(
            re.findall(
                r'"((?:yaml|script|schema|condition|graph|text|path|kind|library|catalog)\.[a-z_]+)"',
                path.read_text(encoding="utf-8"),
            )
        )
    used = {key for key in used if not key.endswith(".yaml")}  # a default file name, not a message
    assert len(used) > 50
    missing = sorted(key for key in used if not check_texts().has(key))
    assert missing == []
    for key in check_texts().keys():  # noqa: SIM118 (a catalogue, not a dict)
        dutch = check_texts().variants(key, "nl")
        if re.sub(r"\{[a-z_]+\}|\W", "", dutch[0]):  # "{node} = {value}" has no words to translate
            assert dutch != check_texts().variants(key, "en"), key


def test_a_problem_from_outside_the_catalogue_is_shown_as_it_is() -> None:
    problem = Problem("scripts", None, None, "no scripts found")
    assert problem.message == "no scripts found"
    assert str(problem) == "scripts: fout: no scripts found"


def test_check_prints_dutch_by_default_and_english_on_request(
    scripts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant(scripts / "reflecteren.yaml", "    next: verdiepen\n", "    next: verdiepe\n")
    assert main(["dialogues", "check", str(scripts)]) == 1
    captured = capsys.readouterr()
    assert (
        "vraag 'verbreden', bij 'next': fout: Na deze vraag gaat het gesprek naar 'verdiepe'" in captured.out
    )
    assert "Bedoel je 'verdiepen'?" in captured.out
    assert "1 fout(en) gevonden." in captured.err
    assert main(["dialogues", "check", "--lang", "en", str(scripts)]) == 1
    captured = capsys.readouterr()
    assert (
        "question 'verbreden', at 'next': error: After this question the conversation goes to 'verdiepe'"
        in captured.out
    )
    assert "Did you mean 'verdiepen'?" in captured.out
    assert "1 error(s) found." in captured.err


def test_rendered_problems_of_many_mistakes_fill_every_parameter() -> None:
    branch = "  - id: tak\n    kind: branch\n    cases: [{{if: {}, next: eind}}]\n    else: eind\n"
    broken = [
        GOOD.replace("store: step.due", "store: step.dew"),
        GOOD.replace("examples: {nl: [a, b, c], en: [a, b, c]}", "examples: {nl: [a], en: [a, b, c]}"),
        GOOD.replace("    next: woord\n", "    next: woord\n    min_words: nul\n", 1),
        GOOD.replace("kind: contact", "kind: contact\n    store: step.what"),
        GOOD.replace("languages: [nl, en]", "languages: [nl]"),
        GOOD + branch.format("{emotion: woord}"),
        GOOD + branch.format("{choice: {node: verhaal, value: x}}"),
        GOOD + branch.format("{context: doell}"),
        GOOD + branch.format("{answered: verhal}"),
        GOOD + branch.format("{emotion: a, answered: b}"),
        GOOD
        + "  - id: zet\n    kind: set\n    values: {step.status: klaar, step.due: '1', step.what: '{x}'}\n"
        + "    next: eind\n",
    ]
    keys: set[str] = set()
    for source in broken:
        _, found = check_script(source, "mini.yaml")
        assert found, source
        for problem in found:
            assert_rendered(problem)
            keys.add(problem.key)
    assert {
        "schema.not_allowed",
        "kind.few_examples",
        "schema.not_number",
        "kind.contact_store",
        "text.undeclared_language",
        "condition.no_emotion",
        "condition.not_choice",
        "condition.unknown_context",
        "condition.unknown_node",
        "kind.value_not_allowed",
        "kind.set_date",
        "kind.unknown_placeholder",
        "condition.exactly_one",
    } <= keys
