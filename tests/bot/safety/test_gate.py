"""Tests for the rule gate: the same answer as searching the union of the rules, found faster."""

from __future__ import annotations

import re

import pytest

from bot.safety import _detector
from bot.safety._gate import RuleGate, starts
from tests.bot.safety import heldout, heldout2, heldout3, heldout4, heldout5, heldout6
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER, NOT_RETRACTIONS, RETRACTIONS


def _texts() -> list[str]:
    texts = [t for _, t, _ in MUST_TRIGGER] + [t for _, t in MUST_NOT_TRIGGER]
    texts += [t for t in (*RETRACTIONS, *NOT_RETRACTIONS) if isinstance(t, str)]
    for module in (heldout, heldout2, heldout3, heldout4, heldout5, heldout6):
        for value in vars(module).values():
            if isinstance(value, tuple):
                texts += [item[1] for item in value if isinstance(item, tuple) and isinstance(item[1], str)]
    return texts


def test_the_gate_answers_as_the_union_of_every_rule_on_every_labelled_message() -> None:
    union = re.compile("|".join(f"(?:{rule.regex.pattern})" for rule in _detector._RULES))
    texts = _texts()
    assert len(texts) > 1000
    hits = 0
    for text in texts:
        norm = _detector.normalise(text)
        expected = union.search(norm) is not None
        hits += expected
        assert _detector._ANY_RULE.matches(norm) is expected, text
    assert hits > 300, "the labelled sets hold many messages a rule catches"


def test_most_rules_take_the_shortcut() -> None:
    assert _detector._ANY_RULE.shortcut >= len(_detector._RULES) - 5


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bwil(?:de)? dood\b", {"wil"}),
        # Read up to the end of the first group: enough to pick a few rules per word.
        (r"\b(?<!dat )(?:ik|wij) ga\b", {"ik", "wij"}),
        (r"\b(?:i|me) hurt", {"i", "me"}),
        (r"\bzo (?:i|me) hurt", {"zo "}),  # three letters are enough to tell the groups apart
        (r"\b[bp]ang", {"b", "p"}),
        (r"\b(?:ik )+moe", {"ik "}),
    ],
)
def test_starts_are_the_literal_beginnings_of_every_match(pattern: str, expected: set[str]) -> None:
    assert starts(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\w*(?:wildood|killmyself)\w*",  # may start anywhere in a word
        r"wil dood",  # no word boundary: may start inside a word
        r"(?:^|\| )ik",  # a start of the text
        r"\b(?:ik )?wil",  # may start with either word
        r"(?i)\bwil",  # case-insensitive
        r"(?a:\bkut)",  # ASCII: "ékut" has a word boundary before the k, a Unicode word start has not
        r"(?a)\bkut",
        r"\b\d+ pillen",
    ],
)
def test_no_shortcut_where_the_start_cannot_be_read(pattern: str) -> None:
    assert starts(re.compile(pattern)) is None


def test_the_gate_finds_a_match_after_the_first_word_and_respects_look_behinds() -> None:
    gate = RuleGate([re.compile(r"\b(?<!dat )wil dood\b"), re.compile(r"\bwilde\b")])
    assert gate.matches("soms wil dood zijn")
    assert not gate.matches("soms dat wil dood zijn")  # the look-behind still sees the word before
    assert gate.matches("ik wilde")
    assert not gate.matches("ikwilde niet")
    assert not gate.matches("")


def test_rules_without_a_readable_start_are_still_searched_everywhere() -> None:
    gate = RuleGate([re.compile(r"\b\w*(?:wildood)\w*"), re.compile(r"\bnooit\b")])
    assert gate.shortcut == 1
    assert gate.matches("echt ikwildood hoor")
    assert gate.matches("nooit")
    assert not gate.matches("wil niet dood")


def test_an_ascii_rule_is_searched_everywhere_and_still_found() -> None:
    gate = RuleGate([re.compile(r"(?a:\bkut)")])
    assert gate.matches("ékut")
