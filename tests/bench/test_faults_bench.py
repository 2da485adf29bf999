"""The fault bench runs end to end in its quick form, and every figure that must be zero is zero.

Timings (how fast a student was answered, how long a start took) are not asserted here: CI machines vary.
"""

from __future__ import annotations

from typing import Any

import pytest

from bench import faults
from bench._faults_catalogue import CATALOGUE

# About 25 s of CPU; a 2-core machine shared with other work has taken over 120 s.
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return faults.run(quick=True, write=False)


def _zeros(figures: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: figures[name] for name in names if figures[name] != 0}


def test_poison_updates_are_skipped_and_leave_no_trace(results: dict[str, Any]) -> None:
    poison = results["poison"]
    assert poison["answered"] == poison["students"]
    assert poison["skipped (logged)"] == poison["poison updates"]
    assert not _zeros(poison, "texts in log", "tracebacks", "log errors", "pending at end", "rejected")


def test_sigkill_loses_nothing_acknowledged_and_stores_nothing_twice(results: dict[str, Any]) -> None:
    kill = results["kill"]
    assert kill["kills"] > 0 and kill["finished"] == kill["students"]
    assert not _zeros(
        kill, "updates lost", "answers lost", "stored twice", "handled not stored", "skipped",
        "duplicate rows", "stuck", "doubles", "pending at end", "rejected", "tracebacks", "texts in log",
    )  # fmt: skip


def test_resets_and_429s_double_nothing_and_lose_nothing_but_the_window(results: dict[str, Any]) -> None:
    reset, flood = results["reset"], results["flood"]
    assert reset["reset before"] + reset["reset after"] > 0 and flood["429s"] > 0
    assert not _zeros(reset, "doubles", "resent after a reset", "answers lost", "stored twice", "rejected")
    assert reset["pokes"] <= reset["reset before"], "a student asks again only for a message that never came"
    assert not _zeros(flood, "doubles", "pokes", "given up (logged)", "answers lost", "rejected")
    assert reset["finished"] == reset["students"] and flood["finished"] == flood["students"]


def test_bad_inputs_are_answered_or_deliberately_ignored(results: dict[str, Any]) -> None:
    inputs = results["inputs"]
    assert inputs["kinds"] == len(CATALOGUE), "every kind of bad input was sent"
    assert not _zeros(
        inputs, "unanswered", "answered but meant to be ignored", "rejected", "tracebacks", "log errors",
        "texts in log", "stored with NUL or invalid Unicode",
    )  # fmt: skip
    assert inputs["conversations that go on"] == inputs["students"]


def test_a_database_that_cannot_write_stores_no_half_turn(results: dict[str, Any]) -> None:
    for name, figures in results["storage"].items():
        assert figures["told not saved"] == figures["refused answers"], name
        assert figures["recovered"] > 0, name
        assert not _zeros(figures, "half-stored turns", "tracebacks", "texts in log", "rejected"), name


def test_far_dates_codes_and_file_modes(results: dict[str, Any]) -> None:
    dates, codes = results["dates"], results["codes"]
    assert not _zeros(dates, "far dates stored", "tracebacks", "log errors", "rejected")
    assert dates["conversations that go on"] == dates["students"]
    assert codes["most counted for one person"] <= 5 and codes["refused unlooked (too many tries)"] > 0
    assert codes["right code while throttled: refused"] == 1
    assert not _zeros(codes, "unanswered", "codes in log", "tracebacks", "rejected")
    assert set(results["modes"].values()) <= {0o600, 0o700}, results["modes"]
