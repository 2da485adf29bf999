"""The model's training sentences: labelled sensibly, and never a copy of a set that measures it."""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path

import pytest

from bot.safety import About, SignalKind, about
from bot.safety.training import HARMLESS, SIGNALS

_SETS = sorted(p.stem for p in Path(__file__).parent.glob("heldout*.py"))


def test_every_kind_and_subject_is_trained_in_both_languages() -> None:
    kinds = Counter((lang, kind) for lang, _, kind, _ in SIGNALS)
    assert all(kinds[("nl", kind)] >= 10 and kinds[("en", kind)] >= 5 for kind in SignalKind), kinds
    assert {a for *_, a in SIGNALS} == {"self", "other", "past"}
    assert Counter(lang for lang, _ in HARMLESS)["en"] >= 40


@pytest.mark.parametrize("name", _SETS)
def test_no_training_sentence_is_in_an_evaluation_set(name: str) -> None:
    module = importlib.import_module(f"tests.bot.safety.{name}")
    evaluation = {e[1].casefold() for e in (*module.HELDOUT_TRIGGER, *module.HELDOUT_NOT_TRIGGER)}
    training = {e[1].casefold() for e in (*SIGNALS, *HARMLESS)}
    assert not training & evaluation


def test_the_subject_rules_agree_with_most_training_labels() -> None:
    right = sum(about(text, kind) is About(label) for _, text, kind, label in SIGNALS)
    # The rules err towards "self" (today's full help) when unsure; measured 255 of 259 at writing.
    assert right / len(SIGNALS) >= 0.95
