"""Which places of the school's network fit what a student said: by sector and by key word, at most three.

A place fits when a word of the student's points to a sector the place is in ("iets in de zorg" and a place
in "Zorg en welzijn"), or matches one of the place's key words ("helpen"). What the place offers to do only
orders places that fit already; nothing else makes a place fit, so with no fit nothing is offered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from ._sectors import Sectors, compound_of
from ._words import words

__all__ = ["MAX_OFFERED", "Match", "Matcher", "PlaceLike", "Signal"]

MAX_OFFERED = 3
_SECTOR = 2
_KEYWORD = 3


class PlaceLike(Protocol):
    """What matching reads of a place (a student's view of it is enough)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def sector(self) -> str: ...

    @property
    def activities(self) -> str: ...

    @property
    def keywords(self) -> tuple[str, ...]: ...


P = TypeVar("P", bound=PlaceLike)


@dataclass(frozen=True, slots=True)
class Signal:
    """Something the conversation knows the student looks for, and how much it says (1 to 3)."""

    text: str
    weight: int = 1


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    """A place that fits, how well, and the student's words it fits (for "past bij: zorg")."""

    place: P
    score: int
    because: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Profile:
    """A place as matching sees it: its sectors, its key words' stems, the stems of what one can do."""

    sectors: frozenset[str]
    keywords: tuple[tuple[str, ...], ...]
    activities: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Said:
    token: str
    stem: str
    sectors: frozenset[str]
    weight: int


@dataclass(eq=False)
class Matcher:
    """Matches places to signals with the sector file; keeps what it worked out about places it saw."""

    sectors: Sectors = field(default_factory=Sectors.default)
    _profiles: dict[tuple[str, str, str, tuple[str, ...]], _Profile] = field(default_factory=dict)

    def match(
        self,
        places: Iterable[P],
        signals: Sequence[Signal],
        *,
        limit: int = MAX_OFFERED,
        skip: Iterable[int] = (),
    ) -> list[Match[P]]:
        """What to offer a student: the places that fit best, at most three; none when nothing fits."""
        return self.fits(places, signals, skip=skip)[: max(0, min(limit, MAX_OFFERED))]

    def fits(
        self, places: Iterable[P], signals: Sequence[Signal], *, skip: Iterable[int] = ()
    ) -> list[Match[P]]:
        """Every place that fits, best first (ties by name); `skip` leaves places out by id."""
        said = self._said(signals)
        if not said:
            return []
        left_out = set(skip)
        found: list[Match[P]] = []
        for place in places:
            if place.id in left_out:
                continue
            scored = self._score(self._profile(place), said)
            if scored is not None:
                found.append(Match(place, scored[0], scored[1]))
        found.sort(key=lambda m: (-m.score, m.place.name.casefold(), m.place.id))
        return found

    def _said(self, signals: Sequence[Signal]) -> list[_Said]:
        said: list[_Said] = []
        for signal in signals:
            seen: set[str] = set()
            for token, stemmed in words(signal.text):
                if stemmed in seen or not self.sectors.counts(token):
                    continue
                seen.add(stemmed)
                said.append(_Said(token, stemmed, self.sectors.of(stemmed), max(1, min(signal.weight, 3))))
        return said

    def _profile(self, place: PlaceLike) -> _Profile:
        key = (place.name, place.sector, place.activities, tuple(place.keywords))
        profile = self._profiles.get(key)
        if profile is None:
            keywords = tuple(
                stems
                for keyword in place.keywords
                if (stems := tuple(s for t, s in words(keyword) if self.sectors.counts(t)))
            )
            sectors = set(self.sectors.sectors_in(place.sector))
            for keyword in place.keywords:
                sectors |= self.sectors.sectors_in(keyword)
            activities = frozenset(
                s for t, s in words(place.activities) if self.sectors.counts(t) and len(t) > 3
            )
            profile = _Profile(frozenset(sectors), keywords, activities)
            if len(self._profiles) < 10_000:
                self._profiles[key] = profile
        return profile

    @staticmethod
    def _score(profile: _Profile, said: list[_Said]) -> tuple[int, tuple[str, ...]] | None:
        score = 0
        because: dict[str, None] = {}
        for item in said:
            if item.sectors & profile.sectors:
                score += _SECTOR * item.weight
                because[item.token] = None
            if any(_keyword_fits(item.stem, stems, said) for stems in profile.keywords):
                score += _KEYWORD * item.weight
                because[item.token] = None
        if score == 0:
            return None
        # What one can do there only orders places that fit already.
        score += sum(1 for item in said if item.stem in profile.activities)
        return score, tuple(because)


def _keyword_fits(stemmed: str, keyword: tuple[str, ...], said: list[_Said]) -> bool:
    """One word of the student's fits a key word: the same word, or a compound of it (either way); a key
    word of several words ("mensen helpen") fits when the student said each of them."""
    if len(keyword) == 1:
        return compound_of(stemmed, keyword[0]) or compound_of(keyword[0], stemmed)
    if stemmed not in keyword:
        return False
    stems = {item.stem for item in said}
    return all(part in stems for part in keyword)
