"""The safety bench scores both corpora with figures that add up; the held-out corpus is big enough."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench import safety
from bot.safety import SignalKind
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER
from tests.bot.safety.heldout3 import HELDOUT_NOT_TRIGGER, HELDOUT_TRIGGER

RATIOS = (
    "rules precision",
    "rules recall",
    "combined precision",
    "combined recall",
    "signals full help",
    "signals check-in",
    "harmless full help",
    "harmless check-in",
)


def test_a_safety_run_reports_figures_that_add_up(tmp_path: Path) -> None:
    extra = tmp_path / "heldout_extra.py"
    extra.write_text(
        "HELDOUT_TRIGGER = (('nl', 'mn neef wil er een eind aan maken', 'suicide', 'other'),"
        " ('nl', 'ik wil dood', 'suicide'))\n"
        "HELDOUT_NOT_TRIGGER = (('nl', 'ik lag dubbel van het lachen'),)\n"
    )
    figures = safety.run(heldout=[str(extra)], write=False, timed_startup=False)
    sizes = {
        "tuned (corpus.py)": (MUST_TRIGGER, MUST_NOT_TRIGGER),
        "set 3 (heldout3.py)": (HELDOUT_TRIGGER, HELDOUT_NOT_TRIGGER),
    }
    for name, (trigger, not_trigger) in sizes.items():
        f = figures[name]
        assert f["signals"] == len(trigger)
        assert f["harmless"] == len(not_trigger)
        for key in RATIOS:
            assert 0.0 <= f[key] <= 1.0, (name, key, f[key])
        for key in ("rules recall", "combined recall", "rules precision", "combined precision"):
            assert f[f"{key} low"] <= f[key] <= f[f"{key} high"]
        assert f["signals full help"] + f["signals check-in"] == pytest.approx(f["combined recall"])
    # A set given on the command line, with 3- and 4-tuples: the subject is scored where it is labelled.
    extra_figures = figures["heldout_extra"]
    assert extra_figures["signals"] == 2
    assert extra_figures["about labelled"] == 1
    assert (
        figures["timing"]["messages"]
        == sum(map(len, (*sizes["tuned (corpus.py)"], *sizes["set 3 (heldout3.py)"]))) + 3
    )
    assert figures["timing"]["combined p99 ms"] >= figures["timing"]["combined p50 ms"] > 0


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
