"""The studio benchmark runs end to end on a tiny workload."""

from __future__ import annotations

from bench import studio


def test_a_tiny_studio_run_reads_the_funnel() -> None:
    figures = studio.run(conversations=50, rounds=1, write=False)
    assert figures["visits"] > 50 and 0 < figures["slowest s"] < 5
