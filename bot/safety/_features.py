"""The features the safety model reads: character n-grams hashed into buckets, next to the e5 embedding.

Shared by training and scoring so both see exactly the same numbers. The n-grams are those of each word
padded with a space (2 to 5 characters), like scikit-learn's ``char_wb``; crc32 keeps the bucket of an
n-gram the same in every process (Python's own ``hash`` is salted per process).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = ["BUCKETS", "MAX_CHARS", "char_counts", "char_vector", "model_text"]

BUCKETS: Final = 2**14
# The model reads at most this much of a message (the rules read all of it): e5's cost grows with the
# length, and a long message is cut into pieces of this size, each scored on its own.
MAX_CHARS: Final = 400
_NOT_WORD: Final = re.compile(r"[^\w\s]+")


def model_text(text: str) -> str:
    """Lower case, punctuation and emoji out, whitespace squeezed."""
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def char_counts(text: str) -> Counter[int]:
    """How often each bucket's n-grams occur in the text (already passed through `model_text`)."""
    counts: Counter[int] = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in range(2, 6):
            if n > len(padded):
                break
            for i in range(len(padded) - n + 1):
                counts[zlib.crc32(padded[i : i + n].encode()) % BUCKETS] += 1
    return counts


def char_vector(text: str, idf: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Sublinear tf x idf, L2-normalised: the character half of the model's input."""
    vector = np.zeros(BUCKETS, dtype=np.float32)
    counts = char_counts(text)
    if counts:
        buckets = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        vector[buckets] = (1.0 + np.log(tf)) * idf[buckets]
        norm = float(np.linalg.norm(vector))
        if norm > 0:
            vector /= norm
    return vector
