"""Safety signals: precision and recall of `detect_signal` on its tuning corpus and on a held-out one.

The tuned corpus (tests/bot/safety/corpus.py) is what the detector was built against; the tests demand a
perfect score there, so its figures only show that nothing regressed. The held-out corpus
(tests/bot/safety/heldout3.py) was written blind and never used for tuning: its figures are the
estimate of how the detector does on a message it has not seen. Sets 1 and 2 (heldout.py, heldout2.py) were
blind once and have been folded into the tuned corpus. Nothing here is required to reach a target; the
figures are reported.

A detection only counts as a true positive when the kind is right (the kind decides which help is
offered); a detection of the wrong kind counts against precision, and "detected at all" recall shows how
many signals were caught with any kind. Speed is the mean time of one `detect_signal` call over every text
of both corpora, repeated for several rounds.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter
from dataclasses import dataclass, field

from bot.safety import SignalKind, detect_signal
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER
from tests.bot.safety.heldout3 import HELDOUT_NOT_TRIGGER, HELDOUT_TRIGGER

from ._report import machine, median, write_section

__all__ = ["main", "run"]

ROUNDS = 20
LANGUAGES = ("nl", "en")

Trigger = tuple[tuple[str, str, SignalKind], ...]
NotTrigger = tuple[tuple[str, str], ...]


@dataclass
class Score:
    """What the detector made of one corpus."""

    trigger: int
    not_trigger: int
    true_positives: int = 0
    by_kind: Counter[SignalKind] = field(default_factory=Counter)
    right_by_kind: Counter[SignalKind] = field(default_factory=Counter)
    detected_by_kind: Counter[SignalKind] = field(default_factory=Counter)
    missed: list[tuple[str, str, SignalKind]] = field(default_factory=list)
    wrong_kind: list[tuple[str, str, SignalKind, SignalKind]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, SignalKind]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.true_positives + len(self.wrong_kind) + len(self.false_alarms)
        return self.true_positives / flagged if flagged else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.trigger if self.trigger else 0.0

    @property
    def detected_recall(self) -> float:
        return (self.true_positives + len(self.wrong_kind)) / self.trigger if self.trigger else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.not_trigger if self.not_trigger else 0.0

    def figures(self) -> dict[str, float]:
        recall_low, recall_high = _wilson(self.true_positives, self.trigger)
        return {
            "trigger": float(self.trigger),
            "not trigger": float(self.not_trigger),
            "true positives": float(self.true_positives),
            "wrong kind": float(len(self.wrong_kind)),
            "missed": float(len(self.missed)),
            "false positives": float(len(self.false_alarms)),
            "precision": self.precision,
            "recall": self.recall,
            "recall 95% low": recall_low,
            "recall 95% high": recall_high,
            "detected recall": self.detected_recall,
            "false alarm rate": self.false_alarm_rate,
        }


def _wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion: how far a small corpus pins the figure down."""
    if total == 0:
        return 0.0, 1.0
    share = hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    # Clamped to the share itself: at 0 % or 100 % rounding must not put the share outside its interval.
    return max(0.0, min(share, centre - half)), min(1.0, max(share, centre + half))


def score(trigger: Trigger, not_trigger: NotTrigger) -> Score:
    """Run the detector over one corpus and sort every outcome."""
    result = Score(trigger=len(trigger), not_trigger=len(not_trigger))
    for lang, text, kind in trigger:
        result.by_kind[kind] += 1
        signal = detect_signal(text)
        if signal is None:
            result.missed.append((lang, text, kind))
        elif signal.kind is kind:
            result.true_positives += 1
            result.right_by_kind[kind] += 1
            result.detected_by_kind[kind] += 1
        else:
            result.wrong_kind.append((lang, text, kind, signal.kind))
            result.detected_by_kind[kind] += 1
    for lang, text in not_trigger:
        signal = detect_signal(text)
        if signal is not None:
            result.false_alarms.append((lang, text, signal.kind))
    return result


def _timing(rounds: int) -> list[float]:
    """Mean microseconds per call in each round, over every text of both corpora."""
    texts = [t for _, t, _ in MUST_TRIGGER + HELDOUT_TRIGGER] + [
        t for _, t in MUST_NOT_TRIGGER + HELDOUT_NOT_TRIGGER
    ]
    for text in texts:  # warm up: compiled patterns, caches
        detect_signal(text)
    means = []
    for _ in range(rounds):
        began = time.perf_counter()
        for text in texts:
            detect_signal(text)
        means.append((time.perf_counter() - began) / len(texts) * 1e6)
    return means


def run(*, rounds: int = ROUNDS, write: bool = True) -> dict[str, dict[str, float]]:
    """Score both corpora and time the detector; return the figures (and write them)."""
    tuned = score(MUST_TRIGGER, MUST_NOT_TRIGGER)
    heldout = score(HELDOUT_TRIGGER, HELDOUT_NOT_TRIGGER)
    means = _timing(rounds)
    calls = len(MUST_TRIGGER) + len(MUST_NOT_TRIGGER) + len(HELDOUT_TRIGGER) + len(HELDOUT_NOT_TRIGGER)
    figures = {
        "tuned": tuned.figures(),
        "held-out": heldout.figures(),
        "held-out recall by kind": {
            kind.value: heldout.right_by_kind[kind] / heldout.by_kind[kind]
            for kind in SignalKind
            if heldout.by_kind[kind]
        },
        "held-out detected recall by kind": {
            kind.value: heldout.detected_by_kind[kind] / heldout.by_kind[kind]
            for kind in SignalKind
            if heldout.by_kind[kind]
        },
        "timing": {
            "mean us per call": sum(means) / len(means),
            "median round us per call": median(means),
            "texts": float(calls),
            "rounds": float(rounds),
        },
    }
    for name, result in (("tuned", tuned), ("held-out", heldout)):
        print(f"{name}: precision {result.precision:.3f}, recall {result.recall:.3f} "
              f"(detected at all {result.detected_recall:.3f}); {len(result.missed)} missed, "
              f"{len(result.wrong_kind)} wrong kind, {len(result.false_alarms)} false alarms")  # fmt: skip
    for (lang, kind), count in sorted(_misses_by(heldout).items()):
        print(f"held-out not caught with the right kind: [{lang}] {kind}: {count}")
    for lang, count in sorted(Counter(lang for lang, _, _ in heldout.false_alarms).items()):
        print(f"held-out false alarms: [{lang}]: {count}")
    print(
        f"detect_signal: {figures['timing']['mean us per call']:.1f} µs per call ({calls} texts × {rounds})"
    )
    if write:
        _write(tuned, heldout, means, calls)
    return figures


def _misses_by(result: Score) -> Counter[tuple[str, str]]:
    """Signals not caught with the right kind (missed or wrong kind), by language and expected kind."""
    counts: Counter[tuple[str, str]] = Counter()
    for lang, _, kind in result.missed:
        counts[(lang, kind.value)] += 1
    for lang, _, kind, _ in result.wrong_kind:
        counts[(lang, kind.value)] += 1
    return counts


def _pct(value: float) -> str:
    return f"{value:.2f}"


def _write(tuned: Score, heldout: Score, means: list[float], calls: int) -> None:
    low, high = heldout.figures()["recall 95% low"], heldout.figures()["recall 95% high"]
    rows = [
        "| corpus | must trigger | must not | right kind | wrong kind | missed | false alarms "
        "| precision | recall | detected at all |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    corpora = (("tuned (corpus.py)", tuned), ("held-out (heldout3.py)", heldout))
    for name, r in corpora:
        rows.append(
            f"| {name} | {r.trigger} | {r.not_trigger} | {r.true_positives} | {len(r.wrong_kind)} "
            f"| {len(r.missed)} | {len(r.false_alarms)} | {_pct(r.precision)} | {_pct(r.recall)} "
            f"| {_pct(r.detected_recall)} |"
        )
    kinds = [
        "| kind | held-out messages (nl / en) | right kind | recall | detected at all |",
        "|---|---|---|---|---|",
    ]
    for kind in SignalKind:
        total = heldout.by_kind[kind]
        if not total:
            continue
        per_lang = Counter(lang for lang, _, k in HELDOUT_TRIGGER if k is kind)
        kinds.append(
            f"| {kind.value} | {total} ({per_lang['nl']} / {per_lang['en']}) | {heldout.right_by_kind[kind]} "
            f"| {_pct(heldout.right_by_kind[kind] / total)} "
            f"| {_pct(heldout.detected_by_kind[kind] / total)} |"
        )
    by = _misses_by(heldout)
    counts = ["| expected kind | " + " | ".join(LANGUAGES) + " |", "|---|" + "---|" * len(LANGUAGES)]
    for kind in SignalKind:
        if any(by[(lang, kind.value)] for lang in LANGUAGES):
            counts.append(
                f"| {kind.value} | " + " | ".join(str(by[(lang, kind.value)]) for lang in LANGUAGES) + " |"
            )
    alarms = Counter((lang, kind.value) for lang, _, kind in heldout.false_alarms)
    alarm_counts = ["| flagged as | " + " | ".join(LANGUAGES) + " |", "|---|" + "---|" * len(LANGUAGES)]
    for kind in SignalKind:
        if any(alarms[(lang, kind.value)] for lang in LANGUAGES):
            alarm_counts.append(
                f"| {kind.value} | "
                + " | ".join(str(alarms[(lang, kind.value)]) for lang in LANGUAGES)
                + " |"
            )
    missed = [f'- [{lang}, {kind.value}] "{text}"' for lang, text, kind in heldout.missed] or ["- none"]
    wrong = [
        f'- [{lang}, {kind.value}, detected as {got.value}] "{text}"'
        for lang, text, kind, got in heldout.wrong_kind
    ] or ["- none"]
    false = [
        f'- [{lang}, flagged as {kind.value}] "{text}"' for lang, text, kind in heldout.false_alarms
    ] or ["- none"]
    nl = chr(10)
    body = f"""## Safety signals: precision and recall (issue 5)

Command: `python3 tasks.py bench safety`. Measured {machine()}.

{nl.join(rows)}

A detection counts as right only with the right kind (the kind decides which help the bot offers).
Precision = right kind / (right kind + wrong kind + false alarms); recall = right kind / must trigger;
"detected at all" = any kind / must trigger. `detect_signal` takes {sum(means) / len(means):.1f} µs per call
on average (median round {median(means):.1f} µs, {min(means):.1f}–{max(means):.1f}; {calls} texts of both
corpora × {len(means)} rounds).

**Held-out recall by kind:**

{nl.join(kinds)}

**Held-out signals not caught with the right kind**, by language ({len(heldout.missed)} missed,
{len(heldout.wrong_kind)} with the wrong kind):

{nl.join(counts) if len(counts) > 2 else "none"}

Missed:

{nl.join(missed)}

Detected with the wrong kind:

{nl.join(wrong)}

**Held-out false alarms** ({len(heldout.false_alarms)} of {heldout.not_trigger}), by language:

{nl.join(alarm_counts) if len(alarm_counts) > 2 else "none"}

{nl.join(false)}

These are synthetic test phrases written for the corpus, not messages from students.

{_interpretation(tuned, heldout, low, high)}
"""
    write_section("safety", body)


def _interpretation(tuned: Score, heldout: Score, low: float, high: float) -> str:
    if heldout.wrong_kind:
        kinds = f"{len(heldout.wrong_kind)} held-out detections had the wrong kind"
    else:
        kinds = "every held-out detection had the right kind, so its errors are misses, not confusions"
    scored = f"{_pct(tuned.precision)} / {_pct(tuned.recall)}"
    return f"""What this says: the tuned corpus scores {scored} (precision / recall) because the
detector was built on it; that only shows nothing regressed. The held-out set is the honest estimate, and it
is small: with {heldout.trigger} signals, a recall of {_pct(heldout.recall)} could lie anywhere between about
{_pct(low)} and {_pct(high)} (95% Wilson interval), so a few points between runs or versions mean little.
On unseen text the detector catches roughly {round(heldout.recall * 10)} signals in 10; {kinds}.

History: held-out set 1 (77 signals, 71 harmless) scored precision 0.89 and recall 0.61 with the first
detector; its misses were mostly Dutch word order (the verb before its subject after an opening word, as in
"soms wil ik niet meer", or at the end of a clause), a friend in the third person, and harm told through
what happens. The detector then got general rules for those, set 1 was folded into the tuned corpus, and
set 2 (heldout2.py) was written blind afterwards: it scored precision 0.90 and recall 0.64 before anyone
looked at it. A tuning round then studied its misses and added general rules for them, and set 2 was folded
into the tuned corpus as well. Set 3 (heldout3.py) was written by someone who never opened the detector
and has never been used for tuning: the held-out figures above are set 3's. Set 3 scored precision 0.80 and
recall 0.45 just before that set-2 round (2026-11-22); the rise since is the set-2 rules carrying over to
text they were not written for, though still inside the interval above. Recall near one in two on unseen
text is the honest limit of a phrase matcher; the next step would be a classifier trained on real, consented
examples, with this corpus as its test.

A false alarm costs the student a gentle check-in; a miss costs a student who is not offered help. So
held-out recall is the figure to watch, and a phrase matcher should not be the only way a student in trouble
is noticed: mentors and the weekly summary's "went quiet" list are the other ways. When a held-out miss
leads to a detector change, move set 3 into corpus.py and write a fresh blind set, or this stops being a
held-out figure."""


def main(argv: list[str] | None = None) -> None:
    """Command line of the safety benchmark."""
    parser = argparse.ArgumentParser(prog="bench safety")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--quick", action="store_true", help="a tiny run that only checks the bench works")
    args = parser.parse_args(argv)
    if args.quick:
        run(rounds=1, write=False)
    else:
        run(rounds=args.rounds)
