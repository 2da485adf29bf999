"""Who is the subject when the student is in a clause about someone else, or shares their feeling:
"the guy i shadowed was tense", "harm is altijd vrolijk", "mijn collega was moe, ik ook"."""

from __future__ import annotations

from ._whose_words import COPULAS, FIND, NOT_SOMEONE, PEOPLE, RELATIVE, SOFT

__all__ = ["inner_of_someone", "me_as_well", "seen_in_them", "someone_is"]


def inner_of_someone(words: list[str], i: int) -> bool:
    """The student at `i` is the subject of a clause about someone named just before, and that someone the
    subject of the verb of being after it: "the guy i shadowed was", "de vrouw die ik hielp was"; not "die ik
    een beetje eng vond" nor "the lady i thought was scary" (the student's own view)."""
    inner = words[i + 1 :]
    if i == 0 or not inner or not set(inner) & COPULAS or set(inner) & _JUDGING:
        return False
    if words[i - 1] in PEOPLE and words[i] == "i":
        return True  # English leaves "who(m)" out ("the guy i shadowed"); Dutch never leaves out "die"
    return words[i - 1] in _RELATIVE and any(w in PEOPLE for w in words[max(0, i - 4) : i - 1])


# "the guy who I shadowed", "de journalist met wie ik meeliep" ("which" never has a person before it)
_RELATIVE = RELATIVE - {"which", "dat"} | {"wie", "whom"}
_JUDGING = FIND | {"dacht", "denk"}


def someone_is(before: list[str]) -> bool:
    """A word that is no "het", "dat" or "er" right before an "is" in the clause: "harm is altijd vrolijk"."""
    at = next((i for i, w in enumerate(before) if w == "is"), None)
    return at is not None and at > 0 and before[at - 1] not in NOT_SOMEONE


def me_as_well(rest: list[str]) -> bool:
    """ "net als ik", "zoals ik", "en ik ook", "same as me", "like me", "me too" right after the feeling, and
    nothing after it ("en ik ook verdrietig" has a feeling of its own, "ik ook niet" is a no)."""
    words = rest[1:] if rest[:1] == [","] else rest
    # "ze schrok zich dood en ik ook echt": the rest of the feeling's words first, a word of stress after
    while words and words[0] in _OF_THE_FEELING:
        words = words[1:]
    # "ze waren zo blij en ik eigenlijk ook": a small word between "ik" and "ook"
    at = 1 if words[:1] == ["en"] else 0
    if words[at : at + 1] == ["ik"] and words[at + 2 : at + 3] == ["ook"] and words[at + 1] in _SMALL_BETWEEN:
        words = [*words[: at + 1], *words[at + 2 :]]
    for said in _AS_ME:
        size = len(said.split())
        if " ".join(words[:size]) == said:
            rest = words[size:]
            # "en ik ook echt", not "en ik ook wel een beetje verdrietig" (a feeling of its own)
            if rest[:1] and rest[0] in _STRESS:
                rest = rest[1:]
            return not rest or not rest[0][0].isalnum()
    return False


_OF_THE_FEELING = frozenset({"zich", "dood", "rot", "kapot", "suf", "wezenloos", "lam"})
_STRESS = frozenset(
    {"echt", "wel", "hoor", "haha", "lol", "really", "tbh", "eigenlijk", "stiekem", "trouwens"}
)
_SMALL_BETWEEN = frozenset(
    {"eigenlijk", "stiekem", "dus", "zelf", "trouwens", "natuurlijk", "eerlijk", "wel"}
)


_AS_ME = ("net als ik", "zoals ik", "en ik ook", "ik ook", "same as me", "just like me", "like me", "me too")


def seen_in_them(tokens: list[tuple[str, int]], index: int) -> bool:
    """ "i didnt like seeing her so scared", "ik zag hem zo verdrietig": a state seen in someone; not "ik
    keek hem boos aan" or "ik vond hem eng", how the student was or found them."""
    before = [t for t, _ in tokens[max(0, index - 4) : index] if t not in SOFT]
    return len(before) >= 2 and before[-1] in _THEM and before[-2] in _SAW


_THEM = frozenset({"him", "her", "them", "hem", "haar", "hen", "hun"})
_SAW = frozenset("zag zie ziet zagen zien gezien saw see sees seeing seen watched watching".split())
