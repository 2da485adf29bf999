"""The safety bench's corpora: how a labelled set is found, read and scored by rules alone and combined."""

from __future__ import annotations

import importlib
import importlib.util
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from bot.safety import About, Assessment, Assessor, Level, ModelScore, Scorer, SignalKind, detect_signal
from bot.safety._assess import FirstPass

from ._report import percentile

__all__ = [
    "Corpus",
    "Outcome",
    "SetScore",
    "Timing",
    "counted",
    "load_corpus",
    "score_set",
    "time_sets",
    "wilson",
]


@dataclass(frozen=True)
class Corpus:
    """A labelled set: signals ``(lang, text, kind, about or None)`` and harmless ``(lang, text)``."""

    name: str
    role: str
    signals: tuple[tuple[str, str, SignalKind, About | None], ...]
    harmless: tuple[tuple[str, str], ...]


def _module(spec: str) -> ModuleType:
    """A dotted module name (tests.bot.safety.heldout4) or a path to a .py file."""
    path = Path(spec)
    if spec.endswith(".py") and path.exists():
        found = importlib.util.spec_from_file_location(path.stem, path)
        if found is None or found.loader is None:
            raise ImportError(f"cannot load {spec}")
        module = importlib.util.module_from_spec(found)
        found.loader.exec_module(module)
        return module
    return importlib.import_module(spec)


def load_corpus(spec: str, name: str, role: str) -> Corpus:
    """Read a set; its entries may be 3-tuples or carry a 4th field, about (self / other / past)."""
    module = _module(spec)
    signals: tuple[tuple[str, ...], ...] = getattr(module, "HELDOUT_TRIGGER", ()) or getattr(
        module, "MUST_TRIGGER", ()
    )
    harmless: tuple[tuple[str, ...], ...] = getattr(module, "HELDOUT_NOT_TRIGGER", ()) or getattr(
        module, "MUST_NOT_TRIGGER", ()
    )
    rows = []
    for entry in signals:
        lang, text, kind = entry[0], entry[1], SignalKind(entry[2])
        about = About(entry[3]) if len(entry) > 3 and entry[3] else None
        rows.append((lang, text, kind, about))
    return Corpus(name, role, tuple(rows), tuple((e[0], e[1]) for e in harmless))


def wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion: how far a small corpus pins the figure down."""
    if total == 0:
        return 0.0, 1.0
    share = hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, min(share, centre - half)), min(1.0, max(share, centre + half))


@dataclass(frozen=True)
class Outcome:
    """What the bot did with one message: rules alone, and rules with the model."""

    lang: str
    text: str
    kind: SignalKind | None
    about: About | None
    rules: SignalKind | None
    level: Level
    got_kind: SignalKind | None
    got_about: About


class _Counting:
    """The model as the assessor sees it, counting how often the embedding ran (not the text)."""

    def __init__(self, model: Scorer) -> None:
        self.model = model
        self.embedded = 0
        self.check, self.full, self.veto = model.check, model.full, model.veto
        first = model if isinstance(model, FirstPass) else None
        self.screen, self.sure = (first.screen, first.sure) if first else (0.0, 2.0)
        self._first = first

    def first_pass(self, text: str) -> float:
        # Without a first pass of its own the model embeds every message: report a score that settles none.
        return self._first.first_pass(text) if self._first else 0.5

    def score(self, text: str) -> ModelScore:
        self.embedded += 1
        return self.model.score(text)


def counted(assessor: Assessor) -> Assessor:
    """An assessor whose model counts its embeddings (rules alone stay rules alone)."""
    return Assessor(_Counting(assessor.model) if assessor.model is not None else None)


def _embedded(assessor: Assessor) -> int:
    return assessor.model.embedded if isinstance(assessor.model, _Counting) else 0


@dataclass
class Timing:
    """One round over every message: wall clock and CPU time of the combination, the rules alone."""

    ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    rules_ms: list[float] = field(default_factory=list)
    embedded: list[bool] = field(default_factory=list)

    @classmethod
    def of(cls, scores: list[SetScore]) -> Timing:
        """The round the sets were scored in."""
        joined = cls()
        for s in scores:
            joined.ms += s.timing.ms
            joined.cpu_ms += s.timing.cpu_ms
            joined.rules_ms += s.timing.rules_ms
            joined.embedded += s.timing.embedded
        return joined

    def add(self, text: str, assessor: Assessor) -> Assessment:
        """Time one message through the rules alone and through the combination."""
        began = time.perf_counter()
        detect_signal(text)
        self.rules_ms.append((time.perf_counter() - began) * 1000)
        before = _embedded(assessor)
        cpu, began = time.thread_time(), time.perf_counter()
        verdict = assessor.assess(text)
        self.ms.append((time.perf_counter() - began) * 1000)
        self.cpu_ms.append((time.thread_time() - cpu) * 1000)
        self.embedded.append(_embedded(assessor) > before)
        return verdict

    def figures(self) -> dict[str, float]:
        """Mean and percentiles; those of the messages the embedding read, and of the others."""
        read = [ms for ms, e in zip(self.ms, self.embedded, strict=True) if e]
        settled = [ms for ms, e in zip(self.ms, self.embedded, strict=True) if not e]
        return {
            "messages": float(len(self.ms)),
            "combined mean ms": sum(self.ms) / len(self.ms),
            "combined p50 ms": percentile(self.ms, 50),
            "combined p90 ms": percentile(self.ms, 90),
            "combined p99 ms": percentile(self.ms, 99),
            "cpu mean ms": sum(self.cpu_ms) / len(self.cpu_ms),
            "cpu p99 ms": percentile(self.cpu_ms, 99),
            "embedded share": len(read) / len(self.ms),
            "embedded p50 ms": percentile(read, 50) if read else 0.0,
            "embedded p99 ms": percentile(read, 99) if read else 0.0,
            "settled p99 ms": percentile(settled, 99) if settled else 0.0,
            "rules mean ms": sum(self.rules_ms) / len(self.rules_ms),
            "rules p99 ms": percentile(self.rules_ms, 99),
        }


@dataclass
class SetScore:
    """The outcomes of one set, and the figures drawn from them."""

    corpus: Corpus
    outcomes: list[Outcome] = field(default_factory=list)
    timing: Timing = field(default_factory=Timing)

    def _split(self) -> tuple[list[Outcome], list[Outcome]]:
        return [o for o in self.outcomes if o.kind], [o for o in self.outcomes if not o.kind]

    def figures(self) -> dict[str, float]:
        """Precision and recall (with 95% intervals) of rules alone and combined, the share per answer."""
        signals, harmless = self._split()
        n, m = len(signals), len(harmless)
        rules_tp = sum(o.rules is not None for o in signals)
        rules_fp = sum(o.rules is not None for o in harmless)
        flagged = sum(o.level is not Level.NONE for o in signals)
        false = sum(o.level is not Level.NONE for o in harmless)
        out: dict[str, float] = {"signals": float(n), "harmless": float(m)}
        for name, tp, fp in (("rules", rules_tp, rules_fp), ("combined", flagged, false)):
            out[f"{name} recall"] = tp / n if n else 0.0
            out[f"{name} recall low"], out[f"{name} recall high"] = wilson(tp, n)
            out[f"{name} precision"] = tp / (tp + fp) if tp + fp else 0.0
            out[f"{name} precision low"], out[f"{name} precision high"] = wilson(tp, tp + fp)
        out["rules right kind"] = sum(o.rules is o.kind for o in signals) / n if n else 0.0
        out["combined right kind"] = sum(
            o.got_kind is o.kind for o in signals if o.level is not Level.NONE
        ) / (flagged or 1)
        out["signals full help"] = sum(o.level is Level.FULL for o in signals) / n if n else 0.0
        out["signals check-in"] = sum(o.level is Level.CHECK for o in signals) / n if n else 0.0
        out["harmless full help"] = sum(o.level is Level.FULL for o in harmless) / m if m else 0.0
        out["harmless check-in"] = sum(o.level is Level.CHECK for o in harmless) / m if m else 0.0
        labelled = [o for o in signals if o.about is not None and o.level is not Level.NONE]
        if labelled:
            out["about right"] = sum(o.about is o.got_about for o in labelled) / len(labelled)
            out["about labelled"] = float(len(labelled))
        return out

    def by_kind(self) -> Counter[tuple[str, str]]:
        """Signals per kind, and how many of them the combination answered (full help or check-in)."""
        counts: Counter[tuple[str, str]] = Counter()
        for o in self._split()[0]:
            assert o.kind is not None
            counts[(o.kind.value, "all")] += 1
            counts[(o.kind.value, "found")] += o.level is not Level.NONE
            counts[(o.kind.value, "rules")] += o.rules is not None
        return counts


def _rows(corpus: Corpus) -> list[tuple[str, str, SignalKind | None, About | None]]:
    rows: list[tuple[str, str, SignalKind | None, About | None]] = list(corpus.signals)
    return rows + [(lang, text, None, None) for lang, text in corpus.harmless]


def score_set(corpus: Corpus, assessor: Assessor) -> SetScore:
    """Every message of a set through the rules alone and through the combination, timed."""
    result = SetScore(corpus)
    for lang, text, kind, about in _rows(corpus):
        verdict = result.timing.add(text, assessor)
        signal = detect_signal(text)
        result.outcomes.append(
            Outcome(
                lang,
                text,
                kind,
                about,
                signal.kind if signal else None,
                verdict.level,
                verdict.kind,
                verdict.about,
            )
        )
    return result


def time_sets(scores: list[SetScore], assessor: Assessor) -> Timing:
    """Another timing round over every message of the sets (the verdicts are those of the first)."""
    timing = Timing()
    for s in scores:
        for _, text, _, _ in _rows(s.corpus):
            timing.add(text, assessor)
    return timing
