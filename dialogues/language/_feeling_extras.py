"""Feelings told beside the feeling words: by an emoji, by "en ik ook", and the checks on a word's
neighbours that say a feeling word is no feeling here ("printer kapot", "ik ben grappig", "vies werk"), is
wondered ("was ik nou trots?") or is what someone else thinks ("iedereen denkt dat ik bang ben")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ._feeling_context import context
from ._feeling_marks import emoji_marks
from ._feeling_types import Feeling
from ._normalize import fold
from ._whose_words import (
    ASK,
    CLAUSE_BREAKS,
    COPULAS,
    CROWD,
    FIRST_PERSON,
    NEGATIONS,
    OTHERS,
    PEOPLE,
    SELF,
    SOFT,
)

__all__ = [
    "ABOUT_THEM",
    "AFTER_NOT_EVAL",
    "SEQUEL",
    "asked",
    "emoji_feelings",
    "me_too",
    "no_feeling_of",
    "not_knowing",
    "of_self",
    "only_feelings",
    "others_think",
]

Tokens = list[tuple[str, int]]

# Words that mark a turn in the story between two feelings.
SEQUEL = frozenset(
    "toen daarna later maar vervolgens uiteindelijk opeens ineens na daarop "
    "then later but after afterwards suddenly eventually".split()
)


# Words that may stand beside feeling words in a short answer that names only feelings.
_JOINERS = frozenset(
    "en daarna toen eerst later maar ook heel echt best wel erg beetje een super and then but".split()
)


def only_feelings(tokens: Tokens, hits: Sequence[tuple[int, int, object]]) -> bool:
    """Whether a short answer is only feeling words ("machteloos en daarna rustig"), not "printer kapot"."""
    return all(
        not token[0].isalnum() or token in _JOINERS or any(a <= pos < b for a, b, _ in hits)
        for token, pos in tokens
    )


# After "vies"/"smerig" these make it describe a thing or say how much ("vies werk", "smerig goed"); "leuk
# werk", "saai werk" stay how the student found it.
AFTER_NOT_EVAL = frozenset("werk werkje klus klusje baan job taak goed lekker mooi snel duur gaaf".split())
# Evaluations that, said of oneself, describe the student ("ik ben grappig", "i was sick": ill, not cool).
ABOUT_THEM = frozenset({"grappig", "funny", "vies", "sick", "lit"})


def of_self(tokens: Tokens, index: int) -> bool:
    """ "ik ben grappig": said of the student themselves."""
    before = [t for t, _ in tokens[max(0, index - 4) : index] if t not in SOFT and t != "helemaal"]
    return (before[-2:-1] in (["ik"], ["i"]) and before[-1:] in (["ben"], ["was"], ["am"])) or before[
        -1:
    ] == ["im"]


def no_feeling_of(tokens: Tokens, index: int) -> bool:
    """ "ik had niet het gevoel dat ik nuttig was": a feeling denied before "gevoel"."""
    for k in range(index - 1, max(-1, index - 9), -1):
        if not tokens[k][0][0].isalnum() and tokens[k][0] != ",":
            return False
        if tokens[k][0] == "gevoel":
            return any(t in NEGATIONS for t, _ in tokens[max(0, k - 3) : k])
    return False


_ME_TOO = (
    *(("en", "ik", "ook"), ("and", "me", "too"), ("and", "so", "was", "i"), ("and", "so", "did", "i")),
    # "iedereen schrok. ik ook", "everyone laughed, me too"
    *(
        (mark, *words)
        for mark in (",", ".", "!")
        for words in (("ik", "ook"), ("me", "too"), ("i", "did", "too"))
    ),
)


def me_too(tokens: Tokens, found: list[Feeling]) -> list[Feeling]:
    """ "werd ze rustig en ik ook": someone else's feeling the student says they shared."""
    shared: list[Feeling] = []
    for f in found:
        if f.whose != "other" or f.negated:
            continue
        after = next((i for i, (_, pos) in enumerate(tokens) if pos > f.start), len(tokens))
        following = tuple(t for t, _ in tokens[after : after + 5])
        for words in _ME_TOO:
            # Only "ik ook" ending its clause: "hij was boos en ik ook verdrietig" names a feeling of its own.
            ends = len(following) <= len(words) or not following[len(words)][0].isalnum()
            if following[: len(words)] == words and ends:
                position = tokens[after + 1][1]
                shared.append(Feeling(f.word, f.family, f.frame, False, f.present, "self", position, True))
    return shared


# An emoji this many words or fewer after a feeling word is about that feeling ("ik was blij! 😁").
_EMOJI_REACH = 8
# Words told before an emoji for it to say how that felt (an answer of only emoji counts too).
_EMOJI_AFTER = 3


def emoji_feelings(
    folded: str, tokens: Tokens, found: list[Feeling], language: str, display: Callable[[str], str | None]
) -> list[Feeling]:
    """The student's own feelings said by an emoji where no feeling word is near it.

    In a word's place it is read like that word ("mijn moeder was 😡" is hers, "ik was niet 😢" is
    denied); an emoji after a word or two ("dankje 😊") is a smile, not a feeling told.
    """
    emoji: list[Feeling] = []
    told = sum(t[0].isalnum() for t, _ in tokens)
    for position, family in emoji_marks(folded, language):
        index = sum(pos < position for _, pos in tokens)
        words = [(t, pos) for t, pos in tokens[:index] if t[0].isalnum()]
        if told > 0 and len(words) < _EMOJI_AFTER:
            continue
        near = words[-_EMOJI_REACH:]
        since = near[0][1] if near else 0
        if any(since <= f.start < position for f in (*found, *emoji)):
            continue
        if {t for t, _ in words[-15:]} & _ONIONS:
            continue  # "uien snijden, m'n ogen traanden echt 😭": tears from onions, not sadness
        # In a word's place after "was"/"niet" ("mijn moeder was 😡", "ik was niet 😢") it is read like that
        # word; after a whole clause ("toen ze allemaal meededen 😁") it is the writer's own reaction.
        if words and (words[-1][0] in COPULAS or words[-1][0] in NEGATIONS):
            whose, negated, _ = context(tokens, index, index)
            if whose != "self" or negated:
                continue
        previous = max((f.start for f in (*found, *emoji) if f.start < position), default=None)
        between = {t for t, pos in tokens if previous is not None and previous < pos < position}
        word = display(fold(family)) or family
        emoji.append(Feeling(word, family, "state", False, False, "self", position, bool(between & SEQUEL)))
    return emoji


_ONIONS = frozenset({"ui", "uien", "uitjes", "onion", "onions"})
_WONDER = frozenset({"dacht", "denk", "vroeg", "afvroeg", "thought", "wondered", "asked", "me", "myself"})
_NO = frozenset({"nee", "neen", "nah", "no", "nope", "weet", "geen", "niet", "not", "idk", "dunno", "kweet"})
_HEDGE = frozenset({"nou", "nu", "echt", "wel", "really", "actually", "eigenlijk", "toen", "then"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "\n"})
_SAYS = frozenset({"said", "says", "zei", "zegt"})
_THINK = frozenset(
    "denkt dacht denken dachten zegt zei zeggen zeiden vindt vond vinden vonden "
    "thinks thought think says said".split()
)


def others_think(tokens: Tokens, index: int) -> bool:
    """Whether the feeling is what someone else thinks or says of the student: "iedereen denkt dat ik bang
    ben", "ze zei dat ik rustig overkwam"."""
    for k in range(index - 1, max(-1, index - 8), -1):
        token = tokens[k][0]
        joins = token in _THAT or token in _WHETHER
        if not token[0].isalnum() or (token in CLAUSE_BREAKS and not joins):
            return False
        if token in COPULAS and k + 1 < index and tokens[k + 1][0] in SELF:
            return False  # "toen ze zei dat het mooi was, was ik opgelucht": a main clause of its own
        if (
            token in _SAYS
            and k >= 1
            and tokens[k - 1][0] in OTHERS | PEOPLE | CROWD
            and k + 1 < index
            and tokens[k + 1][0] in SELF
            and sum(t in SELF for t, _ in tokens[k + 1 : index]) == 1
        ):
            # "she said I stayed calm", "mijn baas zei ik was rustig": what they say of the student
            return not _confirmed(tokens, index)
        if joins and k >= 2:
            verb, subject = tokens[k - 1][0], tokens[k - 2][0]
            if verb not in _ASK and verb not in _THINK and k >= 3 and tokens[k - 2][0] in _ASK:
                verb, subject = tokens[k - 2][0], tokens[k - 3][0]  # "iedereen vroeg daarna of ik ..."
            if verb not in _ASK and verb not in _THINK and k >= 4 and tokens[k - 3][0] in _ASK:
                verb, subject = tokens[k - 3][0], tokens[k - 1][0]  # "daarna vroeg mijn baas of ik ..."
            asker = next((j for j in range(k - 4, max(k - 7, 0), -1) if tokens[j][0] in _ASK), None)
            # Only "of ik ..." asked by someone: not "vroeg me iets over de kassa of zo", "vroeg ik ... of".
            whether_i = k + 1 < len(tokens) and tokens[k + 1][0] in SELF
            if asker is not None and (not whether_i or tokens[asker + 1][0] in FIRST_PERSON):
                asker = None
            if verb not in _ASK and verb not in _THINK and asker is not None:
                # "mijn moeder vroeg 's ochtends nog of ik ...": when, between the question and "of"
                verb, subject = tokens[asker][0], tokens[asker - 1][0]
            if token in _THAT:
                # "iedereen denkt dat ik bang ben": what they think
                return (
                    verb in _THINK
                    and (subject in OTHERS or subject in PEOPLE or subject in CROWD)
                    and not _confirmed(tokens, index)
                )
            # "mijn tante vroeg of ik het eng vond", "one guy asked if I was bored", "... en vroeg of ik ...":
            # someone else's question (the student asking is "ik vroeg of"), not the student's answer
            return verb in _ASK and subject not in FIRST_PERSON and not _confirmed(tokens, index)
        if token in _IT and k >= 1 and tokens[k - 1][0] in _SAYS and _said_by_others(tokens, k - 1):
            return not _confirmed(tokens, index)  # "my dad always says it's boring work"
    return False


_IT = frozenset({"it", "its", "it's", "het", "t"})
_SAYS = frozenset("says said thinks zegt zei vindt".split())


def _said_by_others(tokens: Tokens, verb: int) -> bool:
    before = [t for t, _ in tokens[max(0, verb - 3) : verb]]
    return bool(set(before) & (OTHERS | PEOPLE)) and not set(before) & FIRST_PERSON


_THAT = frozenset({"dat", "that"})
_ASK = ASK | {"asking", "ask"}  # "everyone kept asking if I was nervous", "my friend ask later if I was"


def _confirmed(tokens: Tokens, index: int) -> bool:
    """ "hij zei dat ik boos was, en dat was ook zo": the student agrees, so it is theirs."""
    rest = [t for t, _ in tokens[index + 1 : index + 10]]
    pairs = set(itertools.pairwise(rest))
    yes = {"ja", "yes", "yeah", "jazeker"} & set(rest[:3])  # "hij vroeg of ik zenuwachtig was, ja heel erg"
    # "hij vroeg of ik het leuk vond en ik zei ja", "she asked if I was nervous and I said yes"
    said_yes = any(
        a in ("zei", "said") and b in ("ja", "yes", "yeah") for a, b in itertools.pairwise(rest[:8])
    )
    # "I said no, which was true" is no yes; "I said no but I was" is one.
    said_no = any(
        a in ("zei", "said") and b in _NO_WORDS and not _BUT & set(rest[k + 2 : k + 5])
        for k, (a, b) in enumerate(itertools.pairwise(rest[:8]))
    )
    if said_no or _taken_back([t for t, _ in tokens[index + 1 : index + 16]]):
        # "she asked if I was nervous and I said no, which was true": the "true" is of the no
        return False  # "... en ik zei ja maar eigenlijk weet ik dat niet zo goed"
    return (
        bool(yes)
        or said_yes
        or bool({"klopte", "klopt", "true", "agree", "agreed", "eens"} & set(rest))
        or bool(
            pairs & {("ook", "zo"), ("ik", "ook"), ("ik", "wel"), ("i", "was"), ("i", "did"), ("i", "am")}
        )
    )


_BUT = frozenset({"maar", "but"})
_NO_WORDS = frozenset({"nee", "no", "nope", "nah"})
# "maar eigenlijk weet ik dat niet zo goed", "but honestly I'm not sure": the words of a yes taken back.
_TAKE_BACK = re.compile(
    r"^(?:(?:eigenlijk|echt|nu|honestly|actually|ik|i) )*"
    r"(?:weet (?:(?:ik|het|dat|eigenlijk|echt|nu) )*(?:niet|nie)|idk|dunno|"
    r"(?:im |i am )?not (?:so |really )?sure|"
    # "ik zei ja maar dat was eigenlijk niet zo", "I said yes but that wasn't true"
    r"(?:(?:dat|het|t) (?:was|is) (?:eigenlijk |gewoon )?niet (?:zo|waar)|gelogen|"
    r"(?:that|it) (?:was|is)n'?t (?:true|really true)|(?:that|it) (?:was|is) not true|(?:that was )?a lie)"
    r"(?=\s*(?:[.,!?]|$)))"
    r"(?: (?:zo goed|goed|meer zo zeker|zo zeker|zeker|echt|precies|anymore|meer))?(?: (\w+))?"
)
# After the doubt, a question word says what is not known: "ik weet niet meer waarom", "not sure why".
_DOUBT_OF_WHAT = frozenset("waarom hoe wat of wanneer why how what whether if when".split())


def _taken_back(rest: list[str]) -> bool:
    """A yes taken back: "ik zei ja maar eigenlijk weet ik dat niet zo goed", "I said yes but I'm not
    sure"; not "ja heel erg, maar ik weet niet meer waarom" (a doubt about something else)."""
    for k, token in enumerate(rest):
        if token in _BUT:
            match = _TAKE_BACK.match(" ".join(rest[k + 1 : k + 9]))
            return match is not None and match.group(1) not in _DOUBT_OF_WHAT
    return False


def not_knowing(tokens: Tokens, index: int) -> bool:
    """Whether the feeling is one the student does not know they had: "idk of ik zenuwachtig was of gwn
    moe", "ik weet niet of ik bang was", "not sure if I was scared"."""
    for k in range(index - 1, max(-1, index - 10), -1):
        token = tokens[k][0]
        if token in _SENTENCE_ENDS or token in _STOP_WHETHER:
            return False
        if token in _WHETHER and k > 0:
            before = [t for t, _ in tokens[max(0, k - 3) : k]]
            if before and (before[-1] in _DONT_KNOW or tuple(before[-2:]) in _DONT_KNOW_TWO):
                return True
    return False


_WHETHER = frozenset({"of", "if", "whether"})
_STOP_WHETHER = frozenset(
    {",", "maar", "but", "want", "because", "toen", "then", "daarna", "en", "and", "dus", "so"}
)
_DONT_KNOW = frozenset({"idk", "dunno", "niet", "sure", "know", "idee", "twijfel", "twijfelde"})
_DONT_KNOW_TWO = frozenset({("weet", "niet"), ("not", "sure"), ("dont", "know"), ("geen", "idee")})


def asked(tokens: Tokens, index: int) -> bool:
    """Whether the feeling is wondered in a question about oneself, not told: "was ik nou trots, of
    gewoon opgelucht?", "Was ik bang? Nee, ...". "Was I proud? Yeah", "ben ik raar dat ik het eng vond?"
    tell it."""
    start = index
    while start > 0 and tokens[start - 1][0] not in _SENTENCE_ENDS:
        start -= 1
    end = index
    while end < len(tokens) and tokens[end][0] not in _SENTENCE_ENDS:
        end += 1
    if end >= len(tokens) or tokens[end][0] != "?":
        return False
    words = [t for t, _ in tokens[start:index] if t[0].isalnum()]
    if words[:1] in (["en"], ["maar"], ["and"], ["but"]):
        words = words[1:]
    # "ik stond daar en dacht was ik nou bang of niet?": the question inside the sentence.
    asking = next(
        (j for j in range(len(words) - 2, 0, -1) if words[j] in COPULAS and words[j + 1] in SELF), None
    )
    if asking is not None and words[asking - 1] in _WONDER:
        words = words[asking:]
    if len(words) < 2 or words[0] not in COPULAS or words[1] not in SELF:
        return False
    if {"of", "or"} & set(words[2:]):
        return True  # the second of two feelings weighed: "was ik nou trots, of gewoon opgelucht?"
    if not set(words[2:]) <= _HEDGE:
        return False  # the feeling right after "was ik", "ben ik" (a "nou", "echt" between)
    rest = [t for t, _ in tokens[index:end]]
    answer = tokens[end + 1][0] if end + 1 < len(tokens) else ""
    return bool({"of", "or"} & set(rest)) or answer in _NO
