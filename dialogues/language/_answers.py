"""Classify short answers: don't-know, thin, yes/no, nobody, and the role in a contact's description."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ._normalize import fold, words

__all__ = [
    "Contact",
    "Quality",
    "is_help_request",
    "is_no",
    "is_nobody",
    "is_yes",
    "match_option",
    "quality",
    "split_contact",
]

Quality = Literal["unknown", "thin", "ok"]

# Folded, punctuation-free phrases meaning "I don't know"; students mix Dutch and English.
_UNKNOWN = frozenset(
    (
        "weet niet|weet ik niet|ik weet het niet|ik weet niet|k weet niet|weet ik nog niet|"
        "weet het niet|geen idee|geen flauw idee|idk|ik weet het nog niet|weet niet goed|"
        "dunno|dont know|i dont know|i don't know|don't know|no idea|not sure|"
        "no clue|geen flauw benul|mwah|meh|weetnie|weet nie|wn|ik weet t niet|"
        "geen idee eigenlijk|weet ik veel|?|??"
    ).split("|")
)
# Not "helpen": it is a key word students choose ("mensen helpen"), not a request for help.
_HELP = frozenset({"help", "hulp", "hint", "voorbeeld", "voorbeelden", "example", "examples"})
_YES = frozenset(
    (
        "ja|jaa|jep|jup|jazeker|ja hoor|klopt|dat klopt|ja klopt|ok|oke|okay|prima|goed|is goed|"
        "correct|precies|yes|yeah|yep|yup|sure|right|y|j|ja dat klopt|that's right|thats right|"
        "correct ja|klopt ja|top"
    ).split("|")
)
_NO = frozenset(
    (
        "nee|neen|nope|no|nah|klopt niet|dat klopt niet|nee hoor|niet|n|fout|not right|"
        "that's wrong|thats wrong|wrong|nee klopt niet|no thats wrong"
    ).split("|")
)
_NOBODY = frozenset(
    (
        "niemand|geen|niemand eigenlijk|ik zelf|ikzelf|mezelf|mijzelf|alleen|ik alleen|zelf|"
        "doe ik zelf|ik doe het zelf|nobody|no one|noone|myself|me|just me|niemand nodig|"
        "heb ik niet nodig|geen hulp nodig|none"
    ).split("|")
)
# Roles a mentor may see instead of the name (the name stays the student's).
_ROLES = (
    "stagebegeleider", "praktijkbegeleider", "werkbegeleider", "begeleider", "mentor", "decaan", "docent",
    "leraar", "lerares", "juf", "meester", "coach", "trainer", "baas", "chef", "manager", "leidinggevende",
    "collega", "werkgever", "stiefvader", "stiefmoeder", "vader", "moeder", "pa", "ma", "papa", "mama",
    "ouders", "broer", "zus", "zusje", "broertje", "oom", "tante", "opa", "oma", "neef", "nicht", "buurman",
    "buurvrouw", "buren", "vriend", "vriendin", "klasgenoot", "oud-leerling", "student", "teacher", "mentor",
    "supervisor", "boss", "colleague", "father", "mother", "dad", "mum", "mom", "parents", "brother",
    "sister", "uncle", "aunt", "grandpa", "grandma", "grandfather", "grandmother", "cousin", "neighbour",
    "neighbor", "friend", "classmate", "careers adviser", "counsellor", "counselor",
)  # fmt: skip
_ROLE_PATTERN = re.compile(
    r"\b(" + "|".join(sorted({re.escape(r) for r in _ROLES}, key=len, reverse=True)) + r")\b"
)
_FILLER = frozenset(
    {"mijn", "m'n", "mn", "de", "het", "een", "my", "the", "a", "an", "van", "of", "from", "met"}
)


def _plain(text: str) -> str:
    return " ".join(words(text)).replace("’", "'")


def quality(text: str, *, min_words: int) -> Quality:
    """Whether an answer says "don't know", is too thin for an open question, or will do."""
    plain = _plain(text)
    if not plain or plain in _UNKNOWN or fold(text).strip(" .!") in _UNKNOWN:
        return "unknown"
    return "thin" if len(plain.split()) < min_words else "ok"


def is_help_request(text: str) -> bool:
    """The student asks for help or examples instead of answering."""
    plain = _plain(text)
    return plain in _HELP or plain in _UNKNOWN or fold(text).strip() in {"?", "??", "???"}


def is_yes(text: str) -> bool:
    """A yes: ja, klopt, yes, 👍 ..."""
    return _plain(text) in _YES or text.strip() in {"👍", "✅", "👌"}


def is_no(text: str) -> bool:
    """A no: nee, klopt niet, no, 👎 ..."""
    return _plain(text) in _NO or text.strip() in {"👎", "❌"}


def is_nobody(text: str) -> bool:
    """The student has nobody to help (yet), or says they don't know who."""
    plain = _plain(text)
    return plain in _NOBODY or plain in _UNKNOWN


@dataclass(frozen=True, slots=True)
class Contact:
    """A person the student names: what they call them and their role, when one is recognisable."""

    name: str
    role: str | None


def split_contact(text: str) -> Contact:
    """Split "mijn oom Kees" into name "Kees" and role "oom"; keep the text as name when unsure."""
    cleaned = " ".join(text.split())[:120]
    match = _ROLE_PATTERN.search(fold(cleaned))
    if match is None:
        return Contact(name=cleaned, role=None)
    role = match.group(1)
    rest = [w for w in cleaned.split() if fold(w).strip(",.") not in _FILLER and fold(w).strip(",.") != role]
    return Contact(name=" ".join(rest) or cleaned, role=role)


def match_option(text: str, options: list[tuple[str, str]]) -> str | None:
    """The value of the option a typed answer means: its number, its label, its value or a unique prefix."""
    plain = _plain(text)
    if not plain:
        return None
    if plain.isdigit() and 1 <= int(plain) <= len(options):
        return options[int(plain) - 1][0]
    folded = {value: (_plain(label), _plain(value)) for value, label in options}
    for value, names in folded.items():
        if plain in names:
            return value
    # "stage" for "Stage of snuffelstage", "meeloop" for "Meeloopdag": accept when only one option fits.
    starts = [
        value for value, (label, val) in folded.items() if len(plain) >= 3 and plain in (label + " " + val)
    ]
    if len(starts) == 1:
        return starts[0]
    # "meeloopdag bij de brandweer": the answer names exactly one option among other words.
    inside = [
        value
        for value, names in folded.items()
        if any(len(name) >= 4 and re.search(rf"\b{re.escape(name)}\b", plain) for name in names)
    ]
    return inside[0] if len(inside) == 1 else None
