"""Safety signals: the rules alone and the rules with the trained model, on every labelled set.

Sets: the tuned corpus (tests/bot/safety/corpus.py; the rules were built on it, so it only shows nothing
regressed), held-out set 3 (heldout3.py; blind once, now a dev set that was looked at while building the
model) and any set named with ``--heldout`` (a dotted module or a .py path; entries ``(lang, text, kind)``
or ``(lang, text, kind, about)``), e.g. ``python3 tasks.py bench safety --heldout tests.bot.safety.heldout4``.
Set 4 (heldout4.py) was blind when first measured (combined recall 0.87, 0.81-0.91; harmless: full help
0.011, check-in 0.040) and is a dev set since: it was looked at while improving the model. A set not named
in `DEV_SETS` is reported as blind, and its messages are not listed. The model's own 5-fold
cross-validation on its training data is read from bot/safety/model/model.json.

Time per message is wall clock and CPU time of the scoring thread over every message of the sets, in
`--rounds` rounds (3; medians of the rounds): the machine is shared, so the wall clock says as much about
the other work on it as about the detector, and the CPU time is what the detector itself costs.

A message is *found* when the bot answers it with the full help or a check-in; precision and recall here
count found messages whatever the kind (a check-in's "niet zo goed" leads to help in any case), and the
kind is reported on its own. Targets on a blind set: recall >= 0.9, at most 1 in 10 harmless messages a
check-in and 1 in 30 the full help, p99 under 30 ms per message.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from typing import Final

from bot.safety import load_assessor
from bot.safety._score import MODEL_DIR

from ._report import machine, median, write_section
from ._safety_sets import Timing, counted, load_corpus, score_set, time_sets

__all__ = ["main", "run"]

TUNED = ("tests.bot.safety.corpus", "tuned (corpus.py)", "tuned: the rules were built on it")
DEV = ("tests.bot.safety.heldout3", "set 3 (heldout3.py)", "dev set (not blind)")
# Sets that were blind once and were looked at since: their figures are optimistic, their messages listed.
DEV_SETS: Final = frozenset({"heldout3", "heldout4"})

_STARTUP = (
    "import json, resource, time\n"
    "began = time.perf_counter()\n"
    "import bot.wiring\n"
    "imported = time.perf_counter()\n"
    "from bot.safety import load_assessor\n"
    "assessor = load_assessor()\n"
    "model = assessor.model\n"
    "loaded = time.perf_counter()\n"
    "from tests.bot.safety.heldout3 import HELDOUT_TRIGGER\n"
    "for _, text, _ in HELDOUT_TRIGGER:\n"
    "    assessor.assess(text)\n"
    "def vm(key):\n"
    "    return int(open('/proc/self/status').read().split(key + ':')[1].split()[0]) / 1024\n"
    "try:\n"
    "    # VmHWM: this process's own peak; ru_maxrss would carry the parent's peak over the exec.\n"
    "    status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
    "    rss = int(status.split()[0]) / 1024\n"
    "except (OSError, IndexError):\n"
    "    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
    "print(json.dumps({'import s': imported - began, 'load s': loaded - imported,\n"
    "    'rss mb': rss, 'rss now mb': vm('VmRSS'), 'loaded': model is not None}))\n"
)


def startup() -> dict[str, float]:
    """Start-up as the bot pays it (a fresh process): importing the bot, then loading the model; RSS."""
    runs = {}
    for name, switch in (("with model", "on"), ("rules only", "off")):
        env = {**os.environ, "SAFETY_MODEL": switch}
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP], env=env, capture_output=True, text=True, check=True
        ).stdout
        runs[name] = json.loads(out.strip().splitlines()[-1])
    return {
        "import s": runs["rules only"]["import s"],
        "model load s": runs["with model"]["load s"],
        "rss rules only mb": runs["rules only"]["rss mb"],
        "rss with model mb": runs["with model"]["rss mb"],
        "rss rules only after scoring mb": runs["rules only"]["rss now mb"],
        "rss with model after scoring mb": runs["with model"]["rss now mb"],
        "model loaded": float(runs["with model"]["loaded"]),
    }


def run(
    *, heldout: list[str], write: bool = True, timed_startup: bool = True, rounds: int = 1
) -> dict[str, dict[str, float]]:
    """Score every set, time the combination and the start-up; return the figures (and write them)."""
    assessor = counted(load_assessor())
    if assessor.model is None:
        print("WARNING: the model did not load; the combination below is the rules alone", file=sys.stderr)
    specs = [TUNED, DEV] + [(h, _set_name(h), _role(h)) for h in heldout]
    scores = [score_set(load_corpus(spec, name, role), assessor) for spec, name, role in specs]
    figures: dict[str, dict[str, float]] = {s.corpus.name: s.figures() for s in scores}
    timings = [Timing.of(scores)] + [time_sets(scores, assessor) for _ in range(rounds - 1)]
    figures["timing"] = _timing(timings)
    if timed_startup:
        figures["startup"] = startup()
    meta = json.loads((MODEL_DIR / "model.json").read_text(encoding="utf-8"))
    figures["cross-validation"] = meta["cross_validation"]["all training data"]
    for s in scores:
        f = figures[s.corpus.name]
        print(
            f"{s.corpus.name} [{s.corpus.role}]: rules P {f['rules precision']:.2f} R {f['rules recall']:.2f}"
            f" | combined P {f['combined precision']:.2f} R {f['combined recall']:.2f}"
            f" ({f['combined recall low']:.2f}-{f['combined recall high']:.2f}); harmless: full help"
            f" {f['harmless full help']:.3f}, check-in {f['harmless check-in']:.3f}"
        )
    t = figures["timing"]
    print(
        f"per message (median of {rounds} rounds): mean {t['combined mean ms']:.1f} ms, p99"
        f" {t['combined p99 ms']:.1f} ms; CPU mean {t['cpu mean ms']:.1f} ms, p99 {t['cpu p99 ms']:.1f} ms;"
        f" embedded {t['embedded share']:.2f}"
    )
    if write:
        from ._safety_write import write_report

        write_section("safety", write_report(scores, figures, meta, machine(), assessor))
    return figures


def main(argv: list[str] | None = None) -> None:
    """Command line of the safety benchmark."""
    parser = argparse.ArgumentParser(prog="bench safety")
    parser.add_argument(
        "--heldout",
        action="append",
        default=[],
        help="another labelled set to report (dotted module or .py path); may be given more than once",
    )
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (medians are reported)")
    parser.add_argument("--quick", action="store_true", help="a tiny run that only checks the bench works")
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else max(1, args.rounds)
    run(heldout=args.heldout, write=not args.quick, timed_startup=not args.quick, rounds=rounds)


def _timing(timings: list[Timing]) -> dict[str, float]:
    """The median of the rounds for every figure (one round: its own figures)."""
    rounds = [t.figures() for t in timings]
    return {key: median([r[key] for r in rounds]) for key in rounds[0]} | {"rounds": float(len(rounds))}


def _role(spec: str) -> str:
    return "dev set (not blind)" if _set_name(spec) in DEV_SETS else "blind held-out"


def _set_name(spec: str) -> str:
    """heldout4 for tests.bot.safety.heldout4 or for a path to heldout4.py."""
    return spec.rsplit("/", 1)[-1].removesuffix(".py") if spec.endswith(".py") else spec.rsplit(".", 1)[-1]
