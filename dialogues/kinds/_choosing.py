"""What an answer chooses among the feelings said back: the one that matters, one weighed in a question,
and emoji that only colour the words."""

from __future__ import annotations

import re

from dialogues._entities import EmotionNote
from dialogues.language import Feeling, Reading

from ._reply_words import MATTERS_AFTER, MATTERS_BEFORE

__all__ = ["WEIGHED", "asked_in", "emoji_beside_words", "what_matters"]


def emoji_beside_words(reading: Reading, folded: str) -> set[str]:
    """The families only an emoji stands for when words name a feeling too: how it is said, no feeling of
    its own ("ja klopt helemaal 😊 vooral dat trots", "I was ecstatic lol 😭"); with no word of a feeling
    ("nee eigenlijk meer 😡") the emoji is the answer."""
    worded = {f.family for f in reading.feelings if folded[f.start : f.start + 1].isalnum()}
    return {f.family for f in reading.feelings} - worded if worded else set()


WEIGHED = re.compile(r"\b(?:of|or) (?:was|is) (?:het|t|it)\b")


def asked_in(folded: str, start: int) -> bool:
    """Whether the sentence the word is in ends with a question mark."""
    end = min((p for p in (folded.find(c, start) for c in ".!?\n") if p >= 0), default=-1)
    return end >= 0 and folded[end] == "?"


def what_matters(named: list[EmotionNote], own: list[Feeling], folded: str) -> list[EmotionNote]:
    """Of the feelings said back, the ones the answer says matter ("waar het mij om gaat is dat voldane
    gevoel"); none when it names all of them or none."""
    after = MATTERS_AFTER.search(folded)
    before = MATTERS_BEFORE.search(folded)
    if after is not None:
        spoken = {f.family for f in own if f.start >= after.end() and not f.negated}
    elif before is not None:
        start = max(folded.rfind(end, 0, before.start()) for end in ".!?")
        spoken = {f.family for f in own if start < f.start < before.start() and not f.negated}
    else:
        return []
    kept = [n for n in named if n.family in spoken]
    # With a feeling not said back among them ("daar gaat het me niet om. ik was trots maar ook moe") the
    # answer tells more than a choice: the usual reading goes on.
    if spoken - {n.family for n in named}:
        return []
    return kept if 0 < len(kept) < len(named) else []
