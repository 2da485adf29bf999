"""Which words are 'far above B1': long, rare, and not made of common words (dialogues/words/*.txt)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

__all__ = ["MIN_SYLLABLES", "hard_words", "is_hard", "syllables"]

_WORDS = Path(__file__).parent / "words"
# Short words are easy enough even when rare ("appen"); B1 texts avoid long rare ones ("implementeren").
MIN_SYLLABLES = 4
# Dutch glues words together: "stagebegeleider" is easy when "stage" and "begeleider" are.
_LINKS = ("", "s", "e", "en")
_MIN_PART = 3
_MAX_PARTS = 3
_VOWELS = "aeiouyáéíóúàèâêîôûäöü"
_DIAERESIS = "ëï"


@cache
def _common(language: str) -> frozenset[str]:
    path = _WORDS / f"{language}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def syllables(word: str, language: str = "nl") -> int:
    """A count of syllables: groups of vowels; a diaeresis (ë, ï) starts a new one; English drops a mute e."""
    count = 0
    previous = False
    for char in word.lower():
        vowel = char in _VOWELS or char in _DIAERESIS
        if vowel and (not previous or char in _DIAERESIS):
            count += 1
        previous = vowel
    if (
        language == "en"
        and word.lower().endswith("e")
        and not word.lower().endswith(("le", "ee"))
        and count > 1
    ):
        count -= 1
    return max(count, 1)


def _compound(word: str, common: frozenset[str], parts: int) -> bool:
    if word in common and len(word) >= _MIN_PART:
        return True
    if parts <= 1:
        return False
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head = word[:cut]
        if head not in common:
            continue
        rest = word[cut:]
        for link in _LINKS:
            if rest.startswith(link) and _compound(rest[len(link) :], common, parts - 1):
                return True
    return False


def is_hard(word: str, language: str) -> bool:
    """Whether `word` is far above B1: 4 syllables or more, not frequent, not made of frequent words."""
    common = _common(language)
    if not common:
        return False
    lowered = word.lower()
    if lowered in common or syllables(lowered, language) < MIN_SYLLABLES:
        return False
    return not all(
        part in common or len(part) < _MIN_PART or _compound(part, common, _MAX_PARTS)
        for part in re.split(r"[-'’]", lowered)
    )


_TOKEN = re.compile(r"(?<![\w/{])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w}])")
_SENTENCE_START = re.compile(r"(^|[.!?:]\s+|\n)\s*['\"(]?$")


def hard_words(text: str, language: str) -> list[str]:
    """The hard words in `text`, in order, each once; names (a capital inside a sentence) are left alone."""
    found: list[str] = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if word[0].isupper() and not _SENTENCE_START.search(text[: match.start()]):
            continue
        if any(char.isupper() for char in word[1:]):
            continue  # WhatsApp, HBO: names and abbreviations
        if is_hard(word, language) and word.lower() not in found:
            found.append(word.lower())
    return found
