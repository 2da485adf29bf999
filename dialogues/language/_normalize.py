"""Text normalisation shared by the language helpers: lowercase, no accents, plain words."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "words"]

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def fold(text: str) -> str:
    """Lowercase, strip accents (geërgerd → geergerd) and collapse whitespace."""
    if text.isascii():
        # No accents to strip, and ASCII's case folding is lower(): the same result, many times faster.
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def words(text: str) -> list[str]:
    """The words of a text after folding; emoji and punctuation are dropped."""
    return _WORD.findall(fold(text))
