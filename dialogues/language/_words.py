"""Whether a word is a word of the language (simplemma's dictionaries), for typos and first names.

The dictionaries cost about a second and 30-40 MB each to load, so they load the first time a
question needs them (a possible typo, a name written in lower case), not when the bot starts.
"""

from __future__ import annotations

from functools import cache

__all__ = ["known_word", "lemma"]


@cache
def _simplemma() -> object | None:
    try:
        import simplemma
    except ImportError:  # pragma: no cover - a declared dependency; without it typos are simply not read
        return None
    return simplemma


def known_word(word: str, language: str) -> bool:
    """Whether `word` is in the dictionary of `language` (nl or en)."""
    module = _simplemma()
    if module is None:
        return True
    return bool(module.is_known(word, lang=language))  # type: ignore[attr-defined]


def lemma(word: str, language: str) -> str:
    """The dictionary form of `word` ("schaamde" → "schamen"), or the word itself."""
    module = _simplemma()
    if module is None:
        return word
    return str(module.lemmatize(word, lang=language))  # type: ignore[attr-defined]
