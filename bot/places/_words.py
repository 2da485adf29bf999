"""Dutch words made comparable: lower case, no accents, a light stem (plural, diminutive, a final -e).

Deliberately simple and predictable: a coordinator's "Ziekenhuizen" and a student's "ziekenhuis" meet, and
what does not meet is put in the sector file by hand (irregular plurals, look-alikes).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "stem", "words"]

_TOKEN = re.compile(r"[a-z0-9]+")
_APOSTROPHE_S = re.compile(r"['\u2019]s\b")
_DOUBLE_VOWEL = re.compile(r"([aou])\1|(e)e(?!e)")
_DIMINUTIVE = ("etjes", "etje", "tjes", "pjes", "tje", "pje", "jes", "je")
_VOWELS = frozenset("aeiou")
# Endings of Dutch plurals in -s ("winkels", "kappers", "installaties", "monteurs"); a word like
# "ziekenhuis" or "bus" ends in an s of its own.
_S_PLURALS = ("els", "ers", "ems", "ens", "ies", "eurs", "ants", "ents", "ors")
# Shorter stems than this are left alone: "les", "bus" and "ict" are words of their own.
_SHORTEST = 3


def fold(text: str) -> str:
    """Lower case without accents: "Café Élise" → "cafe elise" (also "ĳ" → "ij")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _undouble(word: str) -> str:
    # "bakk(en)" → "bak", "less(en)" → "les"; "ziekenhuiz(en)" → "ziekenhuis", "diev(en)" → "dief".
    if len(word) > _SHORTEST and word[-1] == word[-2] and word[-1] not in _VOWELS:
        return word[:-1]
    if word.endswith("z"):
        return word[:-1] + "s"
    if word.endswith("v"):
        return word[:-1] + "f"
    return word


def stem(word: str) -> str:
    """A light Dutch stem of one folded word: "dieren" → "dier", "winkeltjes" → "winkel"."""
    for suffix in _DIMINUTIVE:
        if word.endswith(suffix) and len(word) - len(suffix) >= _SHORTEST + 1:
            word = word[: -len(suffix)]
            break
    if word.endswith("en") and len(word) - 2 >= _SHORTEST + 1:
        word = _undouble(word[:-2])
    elif word.endswith(_S_PLURALS) and len(word) - 1 >= _SHORTEST + 2:
        word = word[:-1]
    if word.endswith("e") and len(word) - 1 >= _SHORTEST + 2:
        word = word[:-1]
    # "kantoor" and "kantoren", "school" and "scholen": the vowel is written once in the stem.
    return _DOUBLE_VOWEL.sub(lambda m: m.group(1) or m.group(2), word)


def words(text: str) -> list[tuple[str, str]]:
    """Every word of `text` as (folded, stem), in order: "Auto's repareren" → [("auto", "auto"), ...]."""
    folded = _APOSTROPHE_S.sub("", fold(text))
    return [(token, stem(token)) for token in _TOKEN.findall(folded)]
