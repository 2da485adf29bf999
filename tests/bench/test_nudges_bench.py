"""The follow-up benchmark runs end to end on a tiny workload (start-up processes and a real bot process)."""

from __future__ import annotations

from bench import nudges


def test_a_tiny_nudge_run_reports_start_up_and_a_complete_dispatch() -> None:
    figures = nudges.run(pending=50, due=12, rounds=1, write=False)
    assert figures["no nudges (baseline)"]["seconds"] > 0
    assert figures["50 pending"]["peak_mb"] > 0
    dispatch = figures["dispatch"]
    assert (dispatch["lost"], dispatch["duplicates"], dispatch["other errors"]) == (0, 0, 0)
    assert dispatch["messages/s overall"] > 0
