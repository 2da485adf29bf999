"""Feeling words the student uses but does not feel: shown ("ik deed alsof ik rustig was"), denied by the
phrase ("niks om bang voor te zijn"), a being's ("a dog came in, it was terrified") or quoted from someone
else ("ze zei 'ik ben zo eenzaam'")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ._feeling_types import Feeling
from ._whose_words import BEINGS, CLAUSE_BREAKS, COPULAS, FIRST_PERSON, PEOPLE, SOFT

__all__ = ["a_beings", "less_than_that", "nothing_to", "pretended", "quoted_of_others", "taken_back"]

# Feelings only someone has: after "het was", "it was" they are of a being, never of the situation.
_SOMEONE_ONLY = frozenset(
    "bang blij boos zenuwachtig moe trots scared happy angry nervous tired proud panicked".split()
)


_NOTHING_BEFORE = re.compile(r"\b(?:niks|niets) om $|\bnothing to (?:be|get) $")
_NOTHING_AFTER = (" voor te zijn", " over te zijn", " voor te worden", " over te worden")


def nothing_to(folded: str, start: int, end: int) -> bool:
    """Whether the feeling is what there was no reason for: "niks om bang voor te zijn", "nothing to be
    scared of"."""
    if _NOTHING_OF.search(folded[max(0, start - 20) : start]):
        return True  # "ik voelde niks van de spanning", "merkte niets van stress"
    before = _NOTHING_BEFORE.search(folded[max(0, start - 20) : start])
    if before is None:
        return False
    return before.group(0).startswith("nothing") or folded[end:].startswith(_NOTHING_AFTER)


_NOTHING_OF = re.compile(r"\b(?:niks|niets|nothing) (?:van|of) (?:de |die |het |dat |that |the )?$")
_PRETEND = frozenset({("deed", "alsof"), ("deden", "alsof"), ("acted", "like"), ("acted", "as")})


def pretended(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether the feeling is only shown in its clause: "ik deed alsof ik rustig was", "I acted like"."""
    before: list[str] = []
    for token, _ in reversed(tokens[max(0, index - 6) : index]):
        if not token[0].isalnum() or token in CLAUSE_BREAKS:
            break  # "ik deed alsof, maar ik was bang", "I pretended I knew because I was nervous"
        before.insert(0, token)
    return any(pair in _PRETEND for pair in itertools.pairwise(before)) or bool(
        {"pretended", "faked", "pretend"} & set(before)
    )


def a_beings(family: str, tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether the feeling is a being's after "het was", "it was" (an animal or a person named shortly
    before): "a dog came in, it was terrified"."""
    return family in _SOMEONE_ONLY and _it_was(tokens, index) and _being_before(tokens, index)


def _being_before(tokens: list[tuple[str, int]], index: int) -> bool:
    """An animal or a person named shortly before: "a dog came in, it was terrified" (not "het was zo
    blij makend", where "het" is the moment)."""
    return any(t in BEINGS or t in PEOPLE for t, _ in tokens[max(0, index - 16) : index])


def _it_was(tokens: list[tuple[str, int]], index: int) -> bool:
    """ "het was (echt) bang", "het was sloom en bang", "it was terrified": "het"/"it" is who feels."""
    k = index - 1
    for _ in range(3):
        while k >= 0 and tokens[k][0] in SOFT:
            k -= 1
        if k >= 1 and tokens[k][0] in {"en", "and"}:
            k -= 2  # "sloom en": one more word of how it was
    return k >= 1 and tokens[k][0] in COPULAS and tokens[k - 1][0] in {"it", "het", "t"}


# "ze zei 'ik ben zo eenzaam meisje'", "mn vader appte 'trots op je'": words quoted after someone's verb of
# saying or writing are theirs.
_QUOTE = re.compile(
    r"(?P<before>(?:[^\s.!?]+\s+){0,6})(?:zei|zegt|zeiden|riep|vroeg|appte|appt|stuurde|schreef|"
    r"said|says|asked|told me|texted|wrote|messaged)\b"
    r"(?P<after>[^'\"“”‘’.!?]{0,12}?)[\s:][\"“‘'](?!s |t )"
    r"(?P<said>[^\"“”‘’.!?]{1,160}?[.!?]?)[\"”’'](?![a-z])"
)


def quoted_of_others(folded: str, found: list[Feeling]) -> list[Feeling]:
    """The feelings with those inside someone else's quoted words made theirs."""
    # Not the student's own words: "ik zei 'ik ben blij'", "toen zei ik: 'ik ben trots'", "I walked in and
    # said 'I'm so nervous'" (the student is the subject before the verb or right after it).
    spans = [
        m.span("said")
        for m in _QUOTE.finditer(folded)
        if not set(re.findall(r"[a-z]+", m.group("before") + " " + m.group("after"))) & FIRST_PERSON
    ]
    return [
        replace(f, whose="other") if f.whose == "self" and any(a <= f.start < b for a, b in spans) else f
        for f in found
    ]


def less_than_that(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """ "minder heftig dan dat,": the size of the word named, no feeling ("minder bang dan dat ik dacht" is
    one, denied)."""
    rest = [t for t, _ in tokens[after : after + 3]]
    ends = len(rest) < 3 or not rest[2][0].isalnum()
    return index > 0 and tokens[index - 1][0] in _LESS and ends and rest[:2] in _THAN_THAT


_LESS = frozenset({"minder", "less"})
_THAN_THAT = (["dan", "dat"], ["als", "dat"], ["than", "that"], ["dan", "dit"], ["than", "this"])


def taken_back(found: list[Feeling], folded: str) -> list[Feeling]:
    """Without a feeling the student takes back in the same breath: "ik raakte wel een beetje in paniek? nee
    dat is te sterk, gewoon onzeker", "I was scared. no, too strong, more like nervous"."""
    kept = []
    for i, f in enumerate(found):
        back = _TAKE_BACK.match(folded, f.start) if f.whose == "self" and not f.negated else None
        # Only with the word put in its place right after: not "nee meer op mezelf dan op hem, en daarna ..."
        if back is None or not any(
            g.whose == "self" and g.family != f.family and back.end() <= g.start <= back.end() + 20
            for g in found[i + 1 :]
        ):
            kept.append(f)
    return kept


# Right after the feeling's clause: a "no" and a word on its size, or a no and "gewoon"/"meer".
_TAKE_BACK = re.compile(
    r"\S*[^.?!]{0,16}?[.?!,]\s*(?:nee+|no|nah)\b,?\s*(?:dat is |that'?s |is )?(?:wel |een beetje |a bit )?"
    r"(?:te sterk|te veel|overdreven|too strong|too much|gewoon|meer|eerder|more like|just)\b"
)
