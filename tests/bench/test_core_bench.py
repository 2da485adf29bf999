"""The core benchmark runs end to end on a tiny workload and reports every figure it promises."""

from __future__ import annotations

import math

from bench import core
from bench._report import percentile
from storage.testing import ThrowawayPostgres


def test_a_tiny_core_run_reports_every_store_and_figure() -> None:
    medians = core.run(students=4, rounds=1, rate=200, write=False)
    assert set(medians) == {"memory (baseline)", core.DEFAULT, "SQLite, synchronous=FULL"}
    for figures in medians.values():
        assert figures["capacity turns/s"] > 0
        assert all(math.isfinite(value) and value >= 0 for value in figures.values())


def test_a_tiny_core_run_on_postgresql_reports_it_beside_the_baseline(postgres: ThrowawayPostgres) -> None:
    # `postgres` only gates the test (skipped, or failed with the install hint, as the other PostgreSQL tests
    # are); the bench starts a server of its own.
    medians = core.run(students=4, rounds=1, rate=200, write=False, stores="postgres", durable=False)
    assert set(medians) == {"memory (baseline)", core.POSTGRES}
    assert medians[core.POSTGRES]["capacity turns/s"] > 0


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 99) == 3.0
    assert math.isnan(percentile([], 50))
