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

__all__ = ["BUCKETS", "char_counts", "char_entries", "model_text", "word_buckets"]

BUCKETS: Final = 2**14
_NOT_WORD: Final = re.compile(r"[^\w\s]+")

Entries = tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]


def model_text(text: str) -> str:
    """Lower case, punctuation and emoji out, whitespace squeezed."""
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def word_buckets(word: str) -> list[int]:
    """The buckets of one word's n-grams (a word already passed through `model_text`)."""
    padded = f" {word} "
    return [
        zlib.crc32(padded[i : i + n].encode()) % BUCKETS
        for n in range(2, min(5, len(padded)) + 1)
        for i in range(len(padded) - n + 1)
    ]


def char_counts(text: str) -> Counter[int]:
    """How often each bucket's n-grams occur in the text (already passed through `model_text`)."""
    counts: Counter[int] = Counter()
    for word in text.split():
        counts.update(word_buckets(word))
    return counts


def char_entries(text: str, idf: npt.NDArray[np.float32]) -> Entries:
    """The non-zero buckets and their values: sublinear tf x idf, L2-normalised (the character features)."""
    counts = char_counts(text)
    buckets = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    values = ((1.0 + np.log(tf)) * idf[buckets]).astype(np.float32)
    norm = float(np.linalg.norm(values))
    return buckets, values / norm if norm > 0 else values
