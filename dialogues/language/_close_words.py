"""Feeling words so close that denying one denies the other: "ik was niet bang, ik was gespannen" after the
bot said "Je vond het eng" corrects "eng"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._feeling_table import family_of
from ._feeling_types import Reading
from ._normalize import fold

__all__ = ["near_denied"]

_NEAR_PAIRS = (
    ("eng", "bang"),
    ("spannend", "zenuwachtig"),
    ("spannend", "gespannen"),
    ("zenuwachtig", "gespannen"),
    ("scary", "scared"),
    ("nervous", "tense"),
)
_NEAR: dict[str, set[str]] = {}
for _one, _other in _NEAR_PAIRS:
    _NEAR.setdefault(_one, set()).add(_other)
    _NEAR.setdefault(_other, set()).add(_one)
# "niet bang om te vallen", "niet bang voor de klanten", "not scared of people": a fear of something named,
# which says nothing about the named word.
_OBJECT_AFTER = re.compile(r"^\s+(?:voor|om|te|van|to|of|about|for)\b")
# "normaal ben ik niet bang", "ik probeerde niet zenuwachtig te zijn", "je hoeft niet bang te zijn":
# how it usually is, an attempt, someone's advice; not how it was.
_FRAMED = frozenset(
    "normaal meestal vaak probeerde probeer probeerden hoeft hoef hoefde hoeven zei usually normally tried "
    "try trying often said".split()
)


def near_denied(text: str, reading: Reading, held: Iterable[str], language: str) -> frozenset[str]:
    """The named families (`held`) a close word denied in their place turns down: "niet zenuwachtig maar
    nieuwsgierig" after "spannend"; not when the named one is said too ("het was spannend maar ik was niet
    zenuwachtig"), the denial has an object or a frame ("niet bang voor de hoogte", "normaal ben ik niet
    bang"), or is someone else's."""
    named = frozenset(held)
    if any(f.family in named for f in reading.own):
        return frozenset()
    folded = fold(text)
    down: set[str] = set()
    for feeling in reading.denied:
        close = _NEAR.get(feeling.family, set()) & named
        if close and _in_place(folded, feeling.family, language):
            down |= close
    return frozenset(down)


def _in_place(folded: str, family: str, language: str) -> bool:
    """Whether a word of `family` stands in the text with nothing making it about something else."""
    for match in re.finditer(r"[a-z\u00e0-\u024f']+", folded):
        if family_of(match.group(0), language) != family:
            continue
        clause = re.split(r"[,.!?;]", folded[: match.start()])[-1].split()
        if _OBJECT_AFTER.match(folded[match.end() :]) or _FRAMED & set(clause):
            continue
        return True
    return False
