"""The safety bench scores both corpora with figures that add up; the held-out corpus is big enough."""

from __future__ import annotations

from collections import Counter

from bench import safety
from bot.safety import SignalKind
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER
from tests.bot.safety.heldout3 import HELDOUT_NOT_TRIGGER, HELDOUT_TRIGGER

RATIOS = ("precision", "recall", "recall 95% low", "recall 95% high", "detected recall", "false alarm rate")


def test_a_safety_run_reports_figures_that_add_up() -> None:
    figures = safety.run(rounds=1, write=False)
    sizes = {"tuned": (MUST_TRIGGER, MUST_NOT_TRIGGER), "held-out": (HELDOUT_TRIGGER, HELDOUT_NOT_TRIGGER)}
    for name, (trigger, not_trigger) in sizes.items():
        f = figures[name]
        assert f["trigger"] == len(trigger)
        assert f["not trigger"] == len(not_trigger)
        assert f["true positives"] + f["wrong kind"] + f["missed"] == len(trigger)
        assert 0 <= f["false positives"] <= len(not_trigger)
        for key in RATIOS:
            assert 0.0 <= f[key] <= 1.0, (name, key, f[key])
        assert f["recall"] <= f["detected recall"]
        assert f["recall 95% low"] <= f["recall"] <= f["recall 95% high"]
    by_kind = figures["held-out recall by kind"]
    assert set(by_kind) == {kind.value for kind in SignalKind}
    assert all(
        0.0 <= value <= figures["held-out detected recall by kind"][k] <= 1.0 for k, value in by_kind.items()
    )
    assert figures["timing"]["texts"] == sum(map(len, (*sizes["tuned"], *sizes["held-out"])))
    assert figures["timing"]["mean us per call"] > 0


def test_the_held_out_corpus_is_big_enough_and_covers_every_kind_in_both_languages() -> None:
    assert len(HELDOUT_TRIGGER) >= 60
    languages = Counter(lang for lang, _, _ in HELDOUT_TRIGGER)
    assert languages["nl"] >= 45
    assert languages["en"] >= 15
    kinds = Counter(kind for _, _, kind in HELDOUT_TRIGGER)
    assert all(kinds[kind] >= 6 for kind in SignalKind), kinds
    assert len(HELDOUT_NOT_TRIGGER) >= 60
    negatives = Counter(lang for lang, _ in HELDOUT_NOT_TRIGGER)
    assert negatives["nl"] >= 45
    assert negatives["en"] >= 15
    assert set(languages) | set(negatives) == {"nl", "en"}


def test_the_held_out_corpus_does_not_repeat_the_tuned_one() -> None:
    tuned = {text.casefold() for _, text, _ in MUST_TRIGGER} | {
        text.casefold() for _, text in MUST_NOT_TRIGGER
    }
    held = [text.casefold() for _, text, _ in HELDOUT_TRIGGER] + [
        text.casefold() for _, text in HELDOUT_NOT_TRIGGER
    ]
    assert not tuned & set(held)
    assert len(held) == len(set(held))
