"""Feelings read from deeds, idioms and doubts, and when such a form says something else: "keek steeds op de
klok" (bored, unless a reason follows), "de tijd vergeten" (only where its clause ends), "ik weet niet of ik
boos was of moe" (a doubt between two)."""

from __future__ import annotations

import re
from dataclasses import replace

from ._feeling_types import Feeling
from ._whose_words import ARTICLES

__all__ = ["PERFECT", "SAYS_ITSELF", "between_two", "says_something_else", "told_outright"]


def says_something_else(
    folded: str, start: int, end: int, tokens: list[tuple[str, int]], at: tuple[int, int], display: str
) -> bool:
    """Whether a form found at start:end (tokens `at`: its first and the one after it) tells something other
    than a feeling here: "ik vergat de tijd bij te houden", "mijn pauze ging helemaal op in wachten", "een
    belangrijk moment", "ik smolt de boter"."""
    said = folded[start:end]
    index, after = at
    before = {t for t, _ in tokens[max(0, index - 3) : index]}
    if (display == "shook" or said in _MELTED) and after < len(tokens) and tokens[after][0] in _AN_OBJECT:
        return True  # "ik smolt de chocolade", "kinda shook his hand": the literal verb
    if display == "shook" and before & _BODY_SHAKING:
        return True  # "my hands kinda shook": nerves in the body, not shocked
    if said in _HEAVY and (
        (index > 0 and tokens[index - 1][0] == "te") or _LIFTING & {t for t, _ in tokens[after : after + 4]}
    ):
        return True  # "werk is te zwaar voor mij", "zwaar voor me om te tillen": heavy to lift
    if said in _AT_CLAUSE_END and not _CLAUSE_ENDS.match(folded, end):
        return True
    if said in _ABSORBED and before & _TIME_SPENT:
        return True  # used up, not taken in
    following = _NEXT_WORD.match(folded, end)
    if said in _SIGHT and following and following.group(1) in _WHICH:
        return True  # "het was moeilijk om te zien welke kabel waar moest": hard to see, no feeling
    if said == "opgejaagd" and following and following.group(1) == "door":
        return True  # "opgejaagd door de hond": chased
    return display in _NOT_AFTER_ARTICLE and index > 0 and tokens[index - 1][0] in ARTICLES


_MELTED = frozenset({"smolt ik", "ik smolt"})
_AN_OBJECT = frozenset("de het een the a an his her my their mijn mn zijn haar hun me him them".split())
_BODY_SHAKING = frozenset({"hands", "hand", "voice", "legs", "knees", "handen", "stem", "benen"})
_HEAVY = frozenset({"zwaar voor mij", "zwaar voor me"})
_LIFTING = frozenset({"tillen", "dragen", "sjouwen", "optillen", "duwen", "trekken", "rug", "armen"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_SIGHT = frozenset({"moeilijk om te zien", "lastig om te zien", "moeilijk om aan te zien"})
_WHICH = frozenset("welke welk wat waar wie of hoeveel wanneer".split())
# Idioms that say the feeling themselves after "ik": no "voelde" needed ("dat ik er niks te zoeken had").
SAYS_ITSELF = frozenset({"er niks te zoeken had", "er niets te zoeken had"})
# Forms that say a feeling only where their clause ends ("toen ben ik echt de tijd vergeten.", "ik kon het
# echt niet geloven, ik mocht zelf spuiten!"); with more after them they tell something else.
_AT_CLAUSE_END = frozenset(
    {
        *("de tijd vergeten", "vergat de tijd", "vergat ik de tijd", "vergat helemaal de tijd"),
        *("kon het niet geloven", "kon het echt niet geloven", "couldnt believe it", "couldn't believe it"),
        "lost track of time",
        # "ik wist niet waar ik moest kijken om de schroeven te vinden", "i didnt know where to look for
        # the files", "ik had me willen verstoppen achter de bank", "last van me af en toe": something else
        *("wist niet waar ik moest kijken", "wist echt niet waar ik moest kijken"),
        *("wist gewoon niet waar ik moest kijken", "wist echt gewoon niet waar ik moest kijken"),
        *("didnt know where to look", "didn't know where to look"),
        *("had me wel in de kast willen verstoppen", "had me in de kast willen verstoppen"),
        *("had me wel willen verstoppen", "had me willen verstoppen", "wilde me het liefst verstoppen"),
        *("een last van me af", "een last van mij af"),
    }
)
# Idioms in the perfect tense: "ben" before them tells the past ("toen ben ik echt de tijd vergeten").
PERFECT = frozenset({"de tijd vergeten"})
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,!;:)\n]|$|(?:en|toen|and|then|haha\w*|lol|echt|man)\b|[^\w\s?])")
_ABSORBED = frozenset(
    {"helemaal opging in", "ging helemaal op in", "ging er helemaal in op", "ging er echt in op"}
)
_TIME_SPENT = frozenset("tijd pauze ochtend middag dag uur uren avond week geld budget".split())
_NOT_AFTER_ARTICLE = frozenset({"belangrijk", "important"})


def told_outright(found: list[Feeling], folded: str) -> list[Feeling]:
    """Feelings read from a deed or the body ("wist niet of ik het goed deed", "keek steeds op de klok",
    "voelde mn hart bonken") only when no feeling is told outright beside them in the sentence ("..., ik
    was zo zenuwachtig"); and never with a reason or an aim after them ("op de klok want ik moest mijn bus
    halen")."""
    ends = {f.start: end for f in found if (end := _end_of(folded, f.start)) > f.start}
    told = {_sentence(folded, t.start) for t in found if t.start not in ends and t.whose == "self"}
    return [
        f
        for f in found
        if f.start not in ends
        or (not _REASON_AFTER.match(folded, ends[f.start]) and _sentence(folded, f.start) not in told)
    ]


def _sentence(folded: str, at: int) -> int:
    """Which sentence a position is in (the count of sentence ends before it)."""
    return len(_SENTENCE_ENDS.findall(folded, 0, at))


_SENTENCE_ENDS = re.compile(r"[.!?\n]")


def _end_of(folded: str, start: int) -> int:
    """Where a weak form starting at `start` ends, or `start` when none starts there."""
    return next((start + len(w) for w in _WEAK_FORMS if folded.startswith(w, start)), start)


# Forms read from a deed or the body (as the reader finds them in the folded text, ungapped).
_WEAK_FORMS = (
    "ik wist niet of ik het goed deed",
    "wist niet of ik het goed deed",
    *("te kijken hoe laat het was", "keek steeds op de klok", "keek de hele tijd op de klok"),
    *("keek steeds hoe laat het was", "zat op de klok te kijken", "telde de minuten"),
    *("kept checking the time", "kept looking at the clock", "watching the clock", "counting the minutes"),
    *("voelde mn hart bonken", "voelde mn hart bonzen", "voel mn hart bonken"),
)
# "op de klok want ik moest mijn bus halen", "telde de minuten tot mijn eerste dag", "hart bonken van het
# sporten": a reason or an aim, not how the student felt.
_REASON_AFTER = re.compile(
    r"[ ,]*(?:want|omdat|tot|voor|van|na|door|om|until|till|because|cause|cuz|since|for|from|after)\b"
)


def between_two(found: list[Feeling]) -> list[Feeling]:
    """Doubted feelings kept only as two the student is torn between ("ik weet niet of ik nou boos was of
    gewoon moe"); one alone ("ik weet niet of ik bang was") is not felt, and the bot asks."""
    doubted = [f for f in found if f.doubt]
    torn = (
        len(doubted) == 2
        and all(f.whose == "self" and not f.negated and f.frame != "verb" for f in doubted)
        and doubted[0].family != doubted[1].family
    )
    # "ik weet niet of ik boos was of moe, en daarna was ik trots": a doubt beside a feeling told is no pair
    # to say back ("Je twijfelt tussen ..." names only two), so only the feeling told stays.
    pair = {f.family for f in doubted}
    torn = torn and not any(
        not f.doubt and f.whose == "self" and not f.negated and f.family not in pair for f in found
    )
    return [replace(f, sequel=False) if f.doubt else f for f in found if torn or not f.doubt]
