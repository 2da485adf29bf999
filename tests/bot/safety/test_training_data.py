"""The model's training sentences: labelled sensibly, and never a copy of a set that measures it."""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.safety import About, SignalKind, about
from bot.safety.training import HARMLESS, SIGNALS
from bot.safety.training._method_answers import METHOD_ANSWERS
from bot.safety.training._round3 import SIGNALS as ROUND3
from bot.safety.training._round4 import SIGNALS as ROUND4

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
    # One-word messages ("ok") are never scored by the model (rules only), so sharing them proves nothing.
    assert not {t for t in training & evaluation if len(t.split()) > 1}


def test_no_answer_of_a_blind_method_set_is_trained_on() -> None:
    root = Path(__file__).resolve().parents[3] / "tests/golden"
    blind = [root / "method_blind.yaml", *sorted((root / "method").glob("blind*.yaml"))]
    said: set[str] = set()
    for path in blind:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            for value in case["answers"].values():
                said |= {
                    " ".join(str(v).split()).casefold()
                    for v in (value if isinstance(value, list) else [value])
                }
    assert len(blind) >= 3 and said
    training = {text.casefold() for _, text in METHOD_ANSWERS}
    assert len(METHOD_ANSWERS) > 2000 and all(t in HARMLESS for t in METHOD_ANSWERS[:50])
    assert not training & said


def test_the_subject_rules_agree_with_most_training_labels() -> None:
    earlier = [s for s in SIGNALS if s not in ROUND3 and s not in ROUND4]
    right = sum(about(text, kind) is About(label) for _, text, kind, label in earlier)
    # The rules err towards "self" (today's full help) when unsure; measured 255 of 259 at writing, 637
    # of 657 with the second round.
    assert right / len(earlier) >= 0.95


def test_the_subject_rules_get_most_of_the_blind_third_round() -> None:
    # Round 3 was written by someone who saw neither the rules nor earlier data: here the agreement
    # measures the subject rules more than the labels. Measured 218 of 260 when it was added; each of the 42
    # others was read: the labels are right, and the rules took a friend, a sibling or the past for the
    # student now (40; that errs towards the full help) or the other way round (2).
    right = sum(about(text, kind) is About(label) for _, text, kind, label in ROUND3)
    assert right / len(ROUND3) >= 0.8
    # Round 4, written blind too (2026-12-07): 78 of 90 when it was added; the 12 others were the past (8) or
    # a friend (4) taken for the student now, which errs towards the full help.
    right = sum(about(text, kind) is About(label) for _, text, kind, label in ROUND4)
    assert right / len(ROUND4) >= 0.8
