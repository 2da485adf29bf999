"""Where a clause of a student's message ends and what its small words say about a feeling in it.

Emoji and chat laughter end a clause unless they stand right after someone or a small word; a feeling
may be only expected ("I thought I'd find it boring"), how it used to be ("vroeger"), told with the verb
after it ("dat ik me klein voelde"), the whole answer ("gewoon rustig."), next in line after a first one
("eerst bang, daarna gwn rustig") or put in a named one's place ("more like lost").
"""

from __future__ import annotations

import itertools
import re

from ._feeling_said import clause_bounds
from ._whose_words import ARTICLES, COPULAS, NEGATIONS, OTHERS, PEOPLE, POSSESSIVES, SELF, SOFT

__all__ = [
    "EMOJI",
    "LAUGH",
    "answer_start",
    "as_comma",
    "emoji_break",
    "expected",
    "felt_after",
    "formerly",
    "instead_of",
    "joined_to",
    "next_in_line",
]

EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


# Laughing in chat ends a clause as an emoji does: "... die begonnen haha was eigl wel grappig".
LAUGH = re.compile(r"\b(?:(?:ha){2,}h?|(?:he){2,}|hihi|lol|xd)\b")


def as_comma(match: re.Match[str]) -> str:
    """A laugh as the end of a clause (same length), unless it stands right after someone or a small word."""
    before = _WORD_BEFORE.search(match.string[: match.start()])
    if before and before.group(1) in _NO_BREAK_AFTER:
        return match.group(0)
    return "," + " " * (len(match.group(0)) - 1)  # the same length: positions stay


# The word before an emoji that makes it an aside, not the end of a clause: "mijn baas 🙄 was chagrijnig".
_WORD_BEFORE = re.compile(r"([a-z0-9']+)\W*$")


def emoji_break(match: re.Match[str]) -> str:
    """An emoji as the end of a clause, unless it stands right after someone or a small word."""
    before = _WORD_BEFORE.search(match.string[: match.start()])
    word = before.group(1) if before else ""
    return match.group(0) if word in _NO_BREAK_AFTER else ","


# After these an emoji or a laugh is an aside inside the clause: "mijn baas 🙄 was", "ik was niet haha bang".
_NO_BREAK_AFTER = PEOPLE | OTHERS | SELF | NEGATIONS | COPULAS | SOFT | ARTICLES | POSSESSIVES


# "eerst was ik bang, daarna gwn rustig": the feeling after it shares the first one's subject and verb.
_THEN = frozenset({"daarna", "toen", "later", "then", "afterwards"})


def expected(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether the feeling was only expected ("I thought I'd find it boring")."""
    window = set(
        itertools.takewhile(
            lambda t: t.isalnum(), (t for t, _ in reversed(tokens[max(0, index - 6) : index]))
        )
    )
    # "I expected to be super nervous", "ik verwachtte dat ik zenuwachtig zou zijn"
    return bool(window & _THOUGHT) and (bool(window & _WOULD_OR_WILL) or {"expected", "to"} <= window)


_THOUGHT = frozenset({"thought", "dacht", "verwachtte", "expected", "dachten"})


_WOULD_OR_WILL = frozenset({"zou", "zouden", "would", "id", "zal", "will"})


_NOW = frozenset("ben bent is word wordt voel voelt am are get feel".split())
_HABIT = frozenset("altijd vaak meestal normaal snel always usually often normally".split())
_SET_AGAINST = frozenset({"want", "terwijl", "omdat", "because", "while", "whereas"})


def formerly(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether the feeling is how it used to be or is elsewhere ("vroeger was ik bang", "I used to be
    scared", "thuis ben ik ongeduldig")."""
    start, _ = clause_bounds(tokens, index)
    clause = [t for t, _ in tokens[start:index]]
    # "want thuis ben ik best ongeduldig": how it is at home, not how this day felt.
    # Only as a habit set against the day ("want thuis ben ik best ongeduldig", "thuis ben ik altijd ..."):
    # "thuis was ik nog zenuwachtig" can be that morning, "thuis ben ik pas echt geschrokken" is that evening.
    home = clause[:1] == ["thuis"] or clause[:2] == ["at", "home"]
    before = tokens[start - 1][0] if start > 0 else ""
    habit = bool(_HABIT & set(clause)) or before in _SET_AGAINST
    at_home = home and habit and bool(_NOW & set(clause))
    return "vroeger" in clause or ("used" in clause and "to" in clause) or at_home


def felt_after(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """Whether the clause ends in a verb of feeling with "me" before the word ("dat ik me klein voelde")."""
    # "dat ik me heel klein voelde": the verb at the end of a clause of its own.
    me = any(t in ("me", "mij", "mezelf") for t, _ in tokens[max(0, index - 3) : index])
    return me and after < len(tokens) and tokens[after][0].startswith("voel")


def answer_start(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """Whether the word is the answer itself, with only small words around it ("gewoon rustig."), or
    follows a label about the student ("ik daarna: kapot")."""
    if index > 1 and tokens[index - 1][0] == ":":
        label = itertools.takewhile(
            lambda t: t not in _LABEL_ENDS, (t for t, _ in reversed(tokens[: index - 1]))
        )
        if SELF & set(label):
            return True
    # The answer is the word, with only small words around it: "gewoon rustig.", "rustig eigenlijk" (not
    # "rustig werk vandaag").
    ends = after >= len(tokens) or not tokens[after][0].isalnum() or tokens[after][0] in _AFTER_ANSWER
    # "ik denk rustig?": the answer, hedged
    return ends and [t for t, _ in tokens[:index] if t not in SOFT] in _HEDGED


_LABEL_ENDS = frozenset({".", "!", "?", "\n", ":", ","})
_HEDGED: tuple[list[str], ...] = (
    [],
    ["ik", "denk"],
    ["denk"],
    ["misschien"],
    ["i", "think"],
    ["maybe"],
    ["idk"],
)


# "kapot gewoon", "moe echt": a small word after the answer keeps it the whole answer.
_AFTER_ANSWER = frozenset(
    {"en", "maar", "eigenlijk", "ofzo", "hoor", "and", "but", "though", "tbh", "gewoon", "gwn", "echt", "joh"}
)


def next_in_line(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether the word follows "daarna"/"then" after an earlier feeling ("eerst bang, daarna gwn rustig")."""
    before = index - 1
    while before >= 0 and tokens[before][0] in SOFT:
        before -= 1
    return before >= 0 and tokens[before][0] in _THEN


_JOIN = frozenset({"en", "maar", "and", "but"})


def joined_to(tokens: list[tuple[str, int]], index: int, previous: int) -> bool:
    """Whether the word is joined right to the feeling word at character `previous` ("trots maar ook gewoon
    kapot", "blij en kapot"): a second word of how they were."""
    before = index - 1
    while before >= 0 and tokens[before][0] in SOFT:
        before -= 1
    return before >= 1 and tokens[before][0] in _JOIN and tokens[before - 1][1] == previous


# "more like lost", "eerder klein": a word put in place of a named feeling is a feeling too.
_INSTEAD_OF = frozenset({"like", "rather", "eerder", "meer", "juist", "more"})


def instead_of(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether the word is put in a named one's place ("more like lost", "eerder klein")."""
    # "meer... onzichtbaar": the dots of a pause are no break between the two.
    dots = 0
    while dots < index and tokens[index - dots - 1][0] == ".":
        dots += 1
    index -= dots if dots >= 2 else 0
    # Not after "het"/"it": "ik vond het eerder dom" judges the thing, it is no feeling.
    before = [t for t, _ in tokens[max(0, index - 2) : index]]
    return bool(before) and before[-1] in _INSTEAD_OF and not ({"het", "t", "it"} & set(before))
