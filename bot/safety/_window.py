"""The part of a long message the embedding reads: a window of a few dozen tokens, where it weighs most.

e5 costs about 0.7 ms per token on one thread (6 layers), so a long message would make the student wait (and
everyone behind them). The rules always read the whole message; the embedding reads at most `TOKENS`
tokens of it: the run of words whose character n-grams weigh most towards a signal in the cheap first
pass. Training reads its messages through the same window, so the model learns what it will be shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import numpy as np

from bot.safety._score import WORDS

__all__ = ["TOKENS", "WORDS", "heaviest", "window"]

# e5's tokens for one message, its own included ("query: " and the two special tokens). On the first 6 of
# e5's 12 layers (what the model reads) 24 tokens take about 16 ms on one thread of this machine when it is
# quiet; 28 measured no better in recall, 20 worse (BENCHMARKS.md). Most messages of the labelled sets fit
# whole.
TOKENS: Final = 24


def heaviest(words: list[str], weigh: Callable[[str], float], size: int) -> int:
    """Where the run of `size` words with the largest total weight starts (the first such run on a tie)."""
    if len(words) <= size:
        return 0
    weights = np.fromiter((weigh(w) for w in words), dtype=np.float64, count=len(words))
    sums = np.convolve(weights, np.ones(size), mode="valid")
    return int(np.argmax(sums))


def window(
    text: str, count: Callable[[str], int], weigh: Callable[[str], float], budget: int = TOKENS
) -> str:
    """The whole text when it fits in `budget` tokens, else its heaviest run of words that does."""
    text = " ".join(text.split())
    total = count(text)
    if total <= budget:
        return text
    words = text.split()
    overhead = count("")
    # As many words as fit at this message's own tokens per word; the loop below makes sure.
    size = max(1, (budget - overhead) * len(words) // max(1, total - overhead))
    start = heaviest(words, weigh, size)
    piece = words[start : start + size]
    while len(piece) > 1 and count(" ".join(piece)) > budget:
        # Drop the lighter end: the weight stays where the signal is.
        piece = piece[1:] if weigh(piece[0]) <= weigh(piece[-1]) else piece[:-1]
    return " ".join(piece)
