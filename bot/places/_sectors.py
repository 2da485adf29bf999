"""The sector file (bot/places/sectors.yaml): which words point to which sector of work."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ._errors import PlacesError
from ._words import fold, stem, words

__all__ = ["DEFAULT_SECTORS", "Sectors", "compound_of"]

DEFAULT_SECTORS = Path(__file__).parent / "sectors.yaml"
# A part of a compound word is a word of four letters or more ("zorg" in "ouderenzorg"), and what is left
# is three letters or more ("sportief", not "mode" in "modern").
_PART = 4
_REST = 3


def compound_of(word: str, part: str) -> bool:
    """Whether `word` is `part` or a compound that starts or ends with it: "ouderenzorg" and "zorg"."""
    if word == part:
        return True
    if len(part) < _PART or len(word) - len(part) < _REST:
        return False
    return word.startswith(part) or word.endswith(part)


@dataclass(frozen=True, eq=False)
class Sectors:
    """Sector terms by stem, their names for a form, and words that never count."""

    terms: Mapping[str, frozenset[str]]
    names: Mapping[str, Mapping[str, str]]
    ignore: frozenset[str]
    stopwords: frozenset[str]
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: Path = DEFAULT_SECTORS) -> Sectors:
        """Read a sector file; PlacesError names what is wrong with it."""
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise PlacesError(f"{path}: cannot read the sector file ({exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("sectors"), dict):
            raise PlacesError(f"{path}: the sector file needs a 'sectors:' section")
        terms: dict[str, set[str]] = {}
        names: dict[str, dict[str, str]] = {}
        for sector, entry in data["sectors"].items():
            if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
                raise PlacesError(f"{path}: sector '{sector}' needs a list of 'words'")
            names[str(sector)] = {str(k): str(v) for k, v in (entry.get("names") or {}).items()}
            for word in entry["words"]:
                for _, stemmed in words(str(word)):
                    terms.setdefault(stemmed, set()).add(str(sector))
        return cls(
            terms={term: frozenset(found) for term, found in terms.items()},
            names=names,
            ignore=frozenset(fold(str(w)) for w in data.get("ignore") or ()),
            stopwords=frozenset(
                form for w in data.get("stopwords") or () for form in (fold(str(w)), stem(fold(str(w))))
            ),
        )

    @classmethod
    @functools.cache
    def default(cls) -> Sectors:
        """The shipped sector file, read once."""
        return cls.load()

    def counts(self, token: str) -> bool:
        """Whether a folded word may make a match at all (not ignored, not a small word)."""
        return token not in self.ignore and token not in self.stopwords and len(token) >= _REST

    def of(self, stemmed: str) -> frozenset[str]:
        """The sectors a stemmed word points to: as listed, else those of the listed words it is made of."""
        found = self._cache.get(stemmed)
        if found is None:
            exact = self.terms.get(stemmed)
            if exact is not None:
                found = exact
            else:
                parts = [sectors for term, sectors in self.terms.items() if compound_of(stemmed, term)]
                found = frozenset().union(*parts) if parts else frozenset()
            if len(self._cache) < 50_000:
                self._cache[stemmed] = found
        return found

    def sectors_in(self, text: str) -> frozenset[str]:
        """Every sector the words of `text` point to ("Zorg en welzijn" → zorg, welzijn)."""
        found: set[str] = set()
        for token, stemmed in words(text):
            if self.counts(token):
                found |= self.of(stemmed)
        return frozenset(found)

    def label(self, sector: str, language: str) -> str:
        """A sector's name in a language (its id when it has none)."""
        names = self.names.get(sector, {})
        return names.get(language) or names.get("nl") or sector
