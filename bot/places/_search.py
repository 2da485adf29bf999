"""Looking places up for staff: by the words of their name, sector, where or key words, then by fit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ._match import Matcher, PlaceLike, Signal
from ._words import fold

__all__ = ["search"]

P = TypeVar("P", bound=PlaceLike)


def _haystack(place: PlaceLike) -> str:
    location = getattr(place, "location", "")
    return fold(f"{place.name} {place.sector} {location} {' '.join(place.keywords)}")


def search(places: Sequence[P], wanted: str, matcher: Matcher) -> list[P]:
    """Places whose name, sector, where or key words hold the text, then those that fit it by sector or key
    word ("ziekenhuis" also finds the places in care); in the order given, then by fit."""
    folded = " ".join(fold(wanted).split())
    if not folded:
        return list(places)
    direct = [place for place in places if folded in _haystack(place)]
    seen = {place.id for place in direct}
    fitting = [m.place for m in matcher.fits(places, [Signal(wanted, 3)]) if m.place.id not in seen]
    return [*direct, *fitting]
