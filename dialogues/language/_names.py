"""Who is named in a student's text: names after a person, with a capital, told twice; asides about them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ._normalize import fold
from ._whose_words import COPULAS, EXPERIENCER, NOT_SOMEONE, PEOPLE, SELF
from ._words import known_word

__all__ = ["names_in", "names_of", "past_asides"]

_AFTER_PERSON = re.compile(r"\b(?=([a-z]+) ([a-z]{3,})\b)")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<![.!?])\b([A-Z][a-z]+)\b")


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """The names of people in `texts` (folded): "een jongetje Ravi" in the story is someone else in a later
    answer. Only a name right after a person ("juf Marleen", "mijn collega fatma"): a capital alone may be
    a shop ("bij Albert Heijn") or a word typed with one ("Echt leuk")."""
    return frozenset().union(*(_people_named(text) for text in texts))


@lru_cache(maxsize=256)
def _people_named(text: str) -> frozenset[str]:
    folded = fold(text)
    after_someone = {m.group(2) for m in _AFTER_PERSON.finditer(folded) if m.group(1) in PEOPLE}
    return frozenset(after_someone) & _names(text)


# Every turn looks for the names in all earlier answers again (known_names): each answer once.
@lru_cache(maxsize=256)
def _names(text: str) -> frozenset[str]:
    """Words written with a capital inside a sentence: names ("hoe Lotte knipt"), never typos of a feeling;
    and a word after a person that is no Dutch or English word ("mijn collega fatma")."""
    folded = fold(text)
    inside = {fold(m.group(1)) for m in _NAME.finditer(text.strip())}
    after = {
        m.group(2)
        for m in _AFTER_PERSON.finditer(folded)
        if m.group(1) in PEOPLE and not known_word(m.group(2), "nl") and not known_word(m.group(2), "en")
    }
    # "mo (mn leermeester) bleef rustig": a name with its role in brackets
    bracketed = {m.group(1) for m in _ROLE_IN_BRACKETS.finditer(folded) if m.group(2) in PEOPLE}
    return frozenset(inside | after | bracketed | _named_twice(folded) | _kept_calm(folded))


def _kept_calm(folded: str) -> set[str]:
    """ "karin bleef de hele dag gewoon rustig": a word opening a sentence and staying so is someone (things
    and times do not "blijven" a feeling; "toen bleef ik rustig" has its own subject)."""
    return {m.group(1) for m in _STAYED.finditer(folded) if m.group(1) not in _NOT_SOMEONE}


# Only with a calm or kind word after it: not "koken bleef leuk".
_STAYED = re.compile(
    r"(?:^|[.!?,] ?)([a-z]{3,}) (?:bleef|blijft|stayed|stays|remained) (?!(?:ik|i|je|we)\b)(?:[a-z]+ ){0,5}?"
    r"(?:rustig|kalm|relaxed|ontspannen|geduldig|vrolijk|positief|chill|calm|patient|aardig|vriendelijk|cool)\b"
)
# Besides the words that are no one anywhere: things, times and pronouns that may stay calm too.
_NOT_SOMEONE = NOT_SOMEONE | frozenset(
    "die niks niets daarna later eerst sfeer stemming werk stage dag winkel it that this there then "
    "everything nothing work verder gelukkig uiteindelijk iedereen niemand hij zij ze wij jij je he she "
    "they you everyone nobody".split()
)


def _named_twice(folded: str) -> set[str]:
    """A name typed in lower case, told after "bij", "met" ... and later opening a sentence as someone who
    does something: "zo goed als bij nesrin zelf. nesrin moest lachen". No word of either language, and
    not a shop or an app ("bij etos. etos is gezellig"): those do not laugh or say things."""
    acting = {m.group(1) for m in _ACTS.finditer(folded)}
    return {
        m.group(1)
        for m in _AFTER_WITH.finditer(folded)
        if m.group(1) in acting and not known_word(m.group(1), "nl") and not known_word(m.group(1), "en")
    }


_ACTS = re.compile(
    r"(?:^|[.!?] )([a-z]{3,}) (?:moest|zei|zegt|lachte|lacht|vroeg|riep|keek|hielp|gaf|liet|begon|dacht|"
    r"laughed|said|asked|smiled|looked|helped|told|started)\b"
)


_AFTER_WITH = re.compile(r"\b(?=(?:bij|met|van|voor|als|aan|naar|tegen|with|to|for|from)\s+([a-z]{3,})\b)")


_BRACKETED = re.compile(r"\((?:[a-z']+ ?){1,4}\)")


# Only a person who opens the sentence ("een jongetje, finn, was boos"); not an object ("ik belde de klant,
# mevrouw Jansen, was super zenuwachtig", where the student left out "ik").
_PERSON_WORD = "|".join(map(re.escape, sorted(PEOPLE)))
_COPULA_WORD = "|".join(map(re.escape, sorted(COPULAS)))
_APPOSITION = re.compile(
    rf"((?:^|[.!?] |\ben )(?:(?:een|de|het|mijn|mn|m'n|die|onze|zijn|haar|my|the|a) )?(?:{_PERSON_WORD}))"
    rf"(, (?:[a-z']+ ){{0,2}}[a-z']+,)(?= (?:{_COPULA_WORD})\b)"
)


_NAMED_ROLE = re.compile(
    rf"((?:^|[.!?] |\ben ))([a-z]+, )((?:de|het|mijn|mn|m'n|onze|zijn|haar|my|the|a|een) (?:{_PERSON_WORD}))"
    rf",(?= (?:{_COPULA_WORD})\b)"
)


def _role_aside(aside: str) -> bool:
    """ "(mn leermeester)", "(juf anna)": who someone is, no clause ("(die was boos)", "(en trots)")."""
    said = aside.strip("()").split()
    return bool(set(said) & PEOPLE) and not set(said) & COPULAS and len(said) <= 3


_ROLE_IN_BRACKETS = re.compile(r"\b([a-z]+) \((?:mijn |mn |m'n |onze |de |my |our |the )?([a-z]+)\)")


def names_of(text: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names in `text` and those `known` from earlier answers, with a known name first in a sentence."""
    names = _names(text) | known
    return names | _first_named(text, names)


def past_asides(folded: str) -> str:
    """Asides about someone blanked out, positions kept: "mo (mn leermeester) bleef rustig", "een jongetje,
    finn, was boos"."""
    folded = _BRACKETED.sub(
        lambda m: " " * len(m.group(0)) if _role_aside(m.group(0)) else m.group(0), folded
    )
    folded = _APPOSITION.sub(_blank_aside, folded)
    # "mieke, de eigenaresse, was ook opgelucht": the name blanked, the role kept as the subject.
    return _NAMED_ROLE.sub(_blank_name, folded)


def _blank_name(match: re.Match[str]) -> str:
    """ "mieke, de eigenaresse, was" with the name blanked; not "ik, de stagiaire, was", the student."""
    if match.group(2)[:-2] in _ME:
        return match.group(0)
    return match.group(1) + " " * len(match.group(2)) + match.group(3) + " "


def _blank_aside(match: re.Match[str]) -> str:
    """ "een jongetje, finn, was" blanked; not "de juf, en ik ook, was blij", which is the student's too."""
    if set(re.findall(r"[a-z]+", match.group(2))) & _ME:
        return match.group(0)
    return match.group(1) + " " * len(match.group(2))


_ME = SELF | EXPERIENCER


def _first_named(text: str, named: frozenset[str]) -> frozenset[str]:
    """ "Ruud was super stressed", where Ruud was named before: a name first in a sentence (a capital alone
    there may be a typo of a feeling, "Zenuwachig was ik", or a filler, "Tbh felt nervous")."""
    return frozenset(fold(m.group(1)) for m in _FIRST_NAME.finditer(text.strip())) & named


_FIRST_NAME = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b")
