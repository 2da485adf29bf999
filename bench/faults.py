"""The bot under faults, end to end: poison updates, SIGKILLs, a bad line to Telegram, 429s, bad inputs, a
database that cannot write, far dates, bad settings and databases at start-up, wrong codes, file modes.

Everything runs against the fake Bot API on 127.0.0.1 with the bot as a real `loopbaanbot run` process
(LOG_LEVEL=INFO, its log captured to a file and searched for what students wrote), in process only where
the fault needs the bot's own database connection. Every scenario is bounded in time and stops its bot.
`--quick` runs a small version of each (start-up aside), at the same time; the fast test asserts its zero
figures.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import tempfile
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._faults_dates import run_codes, run_far_dates
from ._faults_inputs import run_bad_inputs
from ._faults_kill import run_kills
from ._faults_network import run_flood, run_slow_and_reset
from ._faults_poison import run_poison
from ._faults_report import write_report
from ._faults_startup import run_file_modes, run_startup
from ._faults_storage import run_storage

__all__ = ["Plan", "main", "run"]


@dataclass(frozen=True)
class Plan:
    """How big each scenario is."""

    kill_students: int = 40
    kills: int = 30
    kills_aimed: int = 5
    reset_students: int = 12
    flood_students: int = 10
    flood_share: float = 0.3
    input_students: int = 25
    inputs_each: int = 21
    disk_students: int = 10
    disk_tries: int = 3
    disk_hold: float = 6.0
    date_students: int = 16
    code_guesses: int = 20
    code_crowd: int = 56
    late: tuple[float, float] = (1.0, 5.0)
    # Full: the bot paces its sends like in production (30/s, 1/s per chat); quick: as fast as it can.
    paced: bool = True
    budget: float = 300.0


QUICK = Plan(
    kill_students=6, kills=2, kills_aimed=1, reset_students=4, flood_students=2, flood_share=0.2,
    input_students=8, inputs_each=7, disk_students=3, disk_tries=1, disk_hold=0.5, date_students=4,
    code_guesses=8, code_crowd=20, late=(0.3, 1.0), paced=False, budget=90.0,
)  # fmt: skip


def _scenarios(
    plan: Plan, folder: Path, seed: int, quick: bool
) -> dict[str, Callable[[], Coroutine[Any, Any, Any]]]:
    def sub(name: str) -> Path:
        path = folder / name
        path.mkdir()
        return path

    scenarios: dict[str, Callable[[], Coroutine[Any, Any, Any]]] = {
        "poison": lambda: run_poison(sub("poison")),
        "kill": lambda: run_kills(
            sub("kill"), students=plan.kill_students, kills=plan.kills, aimed=plan.kills_aimed, seed=seed,
            budget=plan.budget, paced=plan.paced,
        ),
        "reset": lambda: run_slow_and_reset(
            sub("reset"), students=plan.reset_students, seed=seed, budget=plan.budget, late=plan.late,
            paced=plan.paced,
        ),
        "flood": lambda: run_flood(
            sub("flood"), students=plan.flood_students, seed=seed, budget=plan.budget, share=plan.flood_share,
            paced=plan.paced,
        ),
        "inputs": lambda: run_bad_inputs(
            sub("inputs"), students=plan.input_students, per_student=plan.inputs_each, seed=seed
        ),
        "storage": lambda: run_storage(
            sub("storage"), students=plan.disk_students, tries=plan.disk_tries, hold=plan.disk_hold
        ),
        "dates": lambda: run_far_dates(sub("dates"), students=plan.date_students),
        "codes": lambda: run_codes(sub("codes"), guesses=plan.code_guesses, crowd=plan.code_crowd, each=5),
        "startup": lambda: run_startup(sub("startup")),
        "modes": lambda: run_file_modes(sub("modes")),
    }  # fmt: skip
    if quick:
        # tests/bot/test_startup.py starts the bot with bad settings and databases in the test run already.
        del scenarios["startup"]
    return scenarios


async def _all_at_once(scenarios: dict[str, Callable[[], Coroutine[Any, Any, Any]]]) -> dict[str, Any]:
    names = list(scenarios)
    results = await asyncio.gather(*(scenarios[name]() for name in names))
    return dict(zip(names, results, strict=True))


def run(*, quick: bool = False, seed: int = 11, write: bool = True) -> dict[str, Any]:
    """Every scenario (quick: small ones, at once); the figures by scenario; BENCHMARKS.md when `write`."""
    plan = QUICK if quick else Plan()
    folder = Path(tempfile.mkdtemp(prefix="lb-bench-faults-"))
    try:
        scenarios = _scenarios(plan, folder, seed, quick)
        if quick:
            began = time.monotonic()
            results = asyncio.run(_all_at_once(scenarios))
            print(f"quick fault run: {time.monotonic() - began:.1f} s")
        else:
            results = {}
            for name, scenario in scenarios.items():
                began = time.monotonic()
                results[name] = asyncio.run(scenario())
                print(f"{name}: {time.monotonic() - began:.1f} s", flush=True)
    finally:
        for path in folder.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)
    if write:
        write_report(results, plan=plan, seed=seed)
    return results


def main(argv: list[str] | None = None) -> None:
    """Command line of the fault benchmark."""
    parser = argparse.ArgumentParser(prog="bench faults")
    parser.add_argument(
        "--quick", action="store_true", help="small scenarios at once; BENCHMARKS.md untouched"
    )
    parser.add_argument("--seed", type=int, default=11, help="for the random moments, faults and inputs")
    args = parser.parse_args(argv)
    results = run(quick=args.quick, seed=args.seed, write=not args.quick)
    for name, figures in results.items():
        print(f"\n== {name}")
        for key, value in figures.items() if isinstance(figures, dict) else []:
            print(f"  {key}: {value}")
