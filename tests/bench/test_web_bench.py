"""The web benchmark runs end to end on a tiny workload: paced and saturated figures.

Its event-stream part waits for the scheduler (half a minute); the chat's own tests cover a follow-up
reaching an open page.
"""

from __future__ import annotations

import math

from bench import web


def test_a_tiny_web_run_reports_both_loads() -> None:
    figures = web.run(students=3, rounds=1, streams=0, think=0.05, write=False)
    for load in ("paced", "saturated"):
        assert figures[load]["turns/s"] > 0
        assert all(math.isfinite(value) for value in figures[load].values())
