"""How a feeling word is said in its clause: where the clause ends, a "niet" after the verb, a modal.

`_feeling_context` reads whose feeling a word is; these read the clause it stands in: its bounds (between
punctuation and joining words), a "niet" after a feeling verb ("ik baalde niet echt") or after a feeling
put first ("Trots voelde ik me niet"), "voelde"/"felt" before it, a copula, and a modal of the unreal
("zou bang zijn").
"""

from __future__ import annotations

import itertools

from ._whose_words import (
    CLAUSE_BREAKS,
    COPULAS,
    EXPERIENCER,
    FUTURE,
    NEGATIONS,
    OTHERS,
    PEOPLE,
    SELF,
    WOULD,
)

__all__ = [
    "after_copula",
    "clause_bounds",
    "denied_after",
    "denied_fronted",
    "felt",
    "felt_before",
    "hypothetical",
    "of_myself",
]

_ALSO = frozenset({"ook", "also"})
# Joining words that are also adverbs of time: inside a clause when they follow its verb.
_TIME_ADVERBS = frozenset({"eerst", "daarna", "later", "toen", "uiteindelijk", "first", "then"})
_SO = frozenset({"so", "dus"})
_IT = frozenset({"het", "t", "it"})
_OPENERS = frozenset("nee neuh nope no nah wacht wait hmm uhm eh oh nou well ja yes".split())
# Words that may stand between a verb and its "niet" ("ik baalde me niet echt", "ik schrok er niet van").
_BEFORE_NOT = frozenset(
    {"me", "mij", "er", "echt", "zo", "eigenlijk", "wel", "helemaal", "totally", "really"}
)


def denied_after(tokens: list[tuple[str, int]], after: int) -> bool:
    """Whether "niet" follows a feeling verb in its clause: "ik baalde niet echt", "ik schrok niet"."""
    # "ik verveelde me echt helemaal niet": up to three small words before the "niet"
    for i, (token, _) in enumerate(tokens[after : after + 4]):
        if token in NEGATIONS:
            # "ik genoot niet alleen van de klanten": not a denial
            following = tokens[after + i + 1][0] if after + i + 1 < len(tokens) else ""
            return following not in {"alleen", "only", "just"}
        if token not in _BEFORE_NOT:
            return False
    return False


def denied_fronted(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """Whether a feeling put first is denied after its verb: "Trots voelde ik me niet echt", "Teleurgesteld
    ben ik niet"."""
    start = clause_bounds(tokens, index)[0]
    # "wacht nee, zenuwachtig was ik niet echt": a word to start a reply with may come first.
    if any(t not in _OPENERS for t, _ in tokens[start:index]):
        return False
    if after >= len(tokens) or tokens[after][0] not in COPULAS:
        return False
    for k, (token, _) in enumerate(tokens[after + 1 : after + 5]):
        if token in NEGATIONS:
            following = tokens[after + k + 2][0] if after + k + 2 < len(tokens) else ""
            return following not in {"alleen", "only", "just"}  # "Blij was ik niet alleen, ook trots"
        if token not in SELF and token not in EXPERIENCER and token not in _BEFORE_NOT and token not in _IT:
            return False
    return False


def felt(tokens: list[tuple[str, int]], index: int) -> bool:
    start, _ = clause_bounds(tokens, index)
    return any(t.startswith(("voel", "felt", "feel")) for t, _ in tokens[start:index])


def hypothetical(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """Whether a modal of the unreal stands right before or after the feeling word."""
    before = [t for t, _ in tokens[max(0, index - 2) : index]]
    # After the word only within its clause: "ik was bang, zou het lukken?" is a real fear.
    # Nor past a new subject: "I was worried she would say ..." is a real worry.
    following = itertools.takewhile(
        lambda t: t[0].isalnum() and t not in SELF and t not in OTHERS,
        (t for t, _ in tokens[after : after + 2]),
    )
    # "scared they'd be bored": "theyd" has a subject of its own, it begins what was feared.
    return any(t in WOULD or t in FUTURE for t in before) or any(
        t in WOULD and t not in _WITH_SUBJECT for t in following
    )


_WITH_SUBJECT = frozenset({"youd", "hed", "shed", "theyd"})


def felt_before(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether "voelde"/"felt" comes shortly before in the sentence ("voelde me eerst een beetje dom")."""
    for token, _ in reversed(tokens[_six_back(tokens, index) : index]):
        if not token[0].isalnum():
            return False
        if token.startswith(("voel", "felt", "feel", "gevoel")):
            return True  # "het gaf me het gevoel dat ik ertoe deed" too
    return False


# Small words that do not count towards the distance: "ik voel me er nog steeds een beetje rot over".
_SMALL = frozenset(
    "me mij er nog steeds een beetje wel echt heel zo erg toch gewoon ook a bit really so".split()
)


def _six_back(tokens: list[tuple[str, int]], index: int) -> int:
    """Where six words before `index` start, small words not counted (at most ten back)."""
    start, counted = index, 0
    while start > max(0, index - 10) and counted < 6:
        start -= 1
        if tokens[start][0] in _DENIED:
            # "ik voel me er nu niet meer echt zo heel erg rot over": past a denial, only as far as before
            return max(0, index - 6)
        counted += tokens[start][0] not in _SMALL
    return start


_DENIED = NEGATIONS | {"niks", "niets"}


def after_copula(tokens: list[tuple[str, int]], index: int) -> bool:
    # Up to six words back within the clause: "ik voel me nu nog steeds rot".
    start = max(clause_bounds(tokens, index)[0], _six_back(tokens, index))
    return any(t in COPULAS for t, _ in tokens[start:index])


_LOOKED = frozenset({"looked", "look", "looks", "sounded", "acted", "stayed", "remained"})


def clause_bounds(tokens: list[tuple[str, int]], index: int) -> tuple[int, int]:
    """The bounds of the clause around token `index`: between punctuation and joining words."""
    start = index
    while start > 0 and not _breaks(tokens, start - 1) and tokens[start - 1][0][0].isalnum():
        start -= 1
    if 0 < start < index and tokens[start - 1][0] in ("after", "before") and tokens[start][0] == "that":
        start += 1  # "after that just really tired": a time, not someone
    end = index
    while end < len(tokens) and not _breaks(tokens, end) and tokens[end][0][0].isalnum():
        end += 1
    return start, end


def _breaks(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether token `i` starts a new clause; "eerst" after a verb or a subject does not ("hij was eerst
    bang", "dat hij eerst bang was")."""
    token = tokens[i][0]
    if token not in CLAUSE_BREAKS:
        return False
    if i == 0:
        return True
    previous = tokens[i - 1][0]
    if token in _ALSO:
        # "ook" starts a clause only after a joining word or a comma ("maar ook", ", ook"): "dat zij
        # daar zelf ook gefrustreerd was" is one clause.
        return previous in CLAUSE_BREAKS or not previous[0].isalnum()
    if token in _SO:
        # "he was so happy", "he looked so tired": "so" says how much, it starts no clause
        return previous not in COPULAS and previous not in _LOOKED
    if token not in _TIME_ADVERBS:
        return True
    return not (previous in COPULAS or previous in SELF or previous in OTHERS or previous in PEOPLE)


_OF = frozenset({"van", "over", "of", "about"})
_MYSELF = frozenset({"mezelf", "mijzelf", "myself"})


def of_myself(tokens: list[tuple[str, int]], after: int) -> bool:
    """Whether "van mezelf" / "of myself" follows the word: "stoer van mezelf" is how they saw themselves."""
    return after + 1 < len(tokens) and tokens[after][0] in _OF and tokens[after + 1][0] in _MYSELF
