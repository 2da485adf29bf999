"""The features the safety model reads: character n-grams hashed into buckets, next to the e5 embedding.

Shared by training and scoring so both see exactly the same numbers. The n-grams are those of each word
padded with a space (2 to 5 characters), like scikit-learn's ``char_wb``; crc32 keeps the bucket of an
n-gram the same in every process (Python's own ``hash`` is salted per process).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from functools import lru_cache
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


def _spans(size: int) -> list[tuple[int, int]]:
    """Where the n-grams of a padded word of `size` characters are, in the order they are counted."""
    spans = _SPANS.get(size)
    if spans is None:
        spans = _SPANS[size] = [(i, i + n) for n in range(2, min(5, size) + 1) for i in range(size - n + 1)]
    return spans


_SPANS: dict[int, list[tuple[int, int]]] = {}


def word_buckets(word: str) -> list[int]:
    """The buckets of one word's n-grams (a word already passed through `model_text`)."""
    return list(_buckets(word))


# Students use the same few thousand words over and over: a word's n-grams are hashed once (about 60
# crc32 calls for a long word) and then looked up. Bounded, so a flood of unique words cannot grow it.
@lru_cache(maxsize=8192)
def _buckets(word: str) -> tuple[int, ...]:
    padded = f" {word} "
    data = padded.encode()
    if len(data) == len(padded):
        # ASCII: a character is a byte, so slicing the bytes once encoded gives the same n-grams.
        return tuple(zlib.crc32(data[start:end]) % BUCKETS for start, end in _spans(len(data)))
    return tuple(zlib.crc32(padded[start:end].encode()) % BUCKETS for start, end in _spans(len(padded)))


def char_counts(text: str) -> Counter[int]:
    """How often each bucket's n-grams occur in the text (already passed through `model_text`)."""
    buckets: list[int] = []
    for word in text.split():
        buckets += _buckets(word)
    # One Counter over all of them: the same counts in the same order as counting word by word, faster.
    return Counter(buckets)


def char_entries(text: str, idf: npt.NDArray[np.float32]) -> Entries:
    """The non-zero buckets and their values: sublinear tf x idf, L2-normalised (the character features)."""
    counts = char_counts(text)
    buckets = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    values = ((1.0 + np.log(tf)) * idf[buckets]).astype(np.float32)
    # The L2 norm; numpy's linalg.norm costs more in its checks than in the sum on a few dozen values.
    norm = math.sqrt(float(values @ values))
    return buckets, values / norm if norm > 0 else values
