"""What a student wants when they type outside a conversation: look back on something, or prepare it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ._normalize import fold

__all__ = ["Wish", "read_wish"]

_TOPICS = (
    (r"\b(?:snuffel)?stage\w*|\binternship\b|\bplacement\b", "stage"),
    (r"\bmeeloop\w*|\bmee(?:ge)?lo(?:pen|op|opt)\b|\bshadow\w*", "meeloopdag"),
    (r"\bopen ?dag\w*|\bopen day\b|\bopen avond\b|\bproefstudeer\w*", "open dag"),
    (r"\binterview\w*|\bgesprek met\b|\bsollicitatie\w*", "interview"),
    (r"\bopdracht\w*|\bassignment\b|\bproject\b", "opdracht"),
    (r"\bbijbaan\w*|\bwerk\b|\bjob\b|\bwerkdag\b", "other"),
)
_FUTURE = re.compile(
    r"\b(?:ik ga|ga ik|gaan we|we gaan|volgende week|morgen|overmorgen|binnenkort|straks|komende|"
    r"aanstaande|heb ik (?:een |mijn )?(?:stage|open dag|meeloopdag)|voorbereiden|voorbereiding|"
    r"i'?m going|i am going|going to|i will|next week|tomorrow|soon|prepare|preparing|i have (?:an? )?"
    r"(?:internship|open day) (?:on|next))\b"
)
_PAST = re.compile(
    r"\b(?:was|waren|had|hadden|heb \w+ gedaan|gelopen|geweest|vandaag|gisteren|vorige week|"
    r"terugkijken|terug kijken|reflecteren|praten over|vertellen over|het ging|"
    r"it was|i had|yesterday|today|last week|look back|talk about|tell you about|went)\b"
)
_WANT = re.compile(r"\b(?:ik wil|wil ik|kan ik|mag ik|kunnen we|i want|i'?d like|can i|can we)\b")


@dataclass(frozen=True, slots=True)
class Wish:
    """What the student seems to want (`reflect` or `prepare`) and about what kind of experience, if said."""

    what: Literal["reflect", "prepare"]
    topic: str | None


def read_wish(text: str) -> Wish | None:
    """ "ik wil praten over mijn stage" → reflect on a stage; "ik ga volgende week meelopen" → prepare."""
    folded = fold(text).replace("’", "'")
    topic = next((kind for pattern, kind in _TOPICS if re.search(pattern, folded)), None)
    future = _FUTURE.search(folded) is not None
    past = _PAST.search(folded) is not None
    if future and not re.search(
        r"\b(?:was|geweest|gisteren|vandaag|vorige week|yesterday|last week)\b", folded
    ):
        return Wish("prepare", topic)
    if past or (topic is not None and (_WANT.search(folded) or len(folded.split()) <= 6)):
        return Wish("reflect", topic)
    return None
