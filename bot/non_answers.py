"""Answers that say nothing ("weet ik niet", "niks", "nee", "er was geen keer"): for the dossier and mentors.

One place to judge them, so a better classifier (dialogues.language is getting one) can replace this one by
changing `is_non_answer` only. It is used when an answer is stored (the dossier keeps the judgement) and
when the dossier is shown (a non-answer next to a real one is left out).
"""

from __future__ import annotations

import re

from dialogues.language import fold, quality

__all__ = ["is_non_answer", "mostly_non_answers"]

# Folded, punctuation-free; "nee" to an open question ("herken je dit ergens van?") ends the talk too.
_NOTHING = frozenset(
    (
        "nee|nee hoor|neen|nope|no|nah|niks|niets|helemaal niks|helemaal niets|niks eigenlijk|"
        "niets eigenlijk|nee niks|nee niets|geen|geen een|geeneen|nvt|n v t|na|n a|nooit|nee nooit|never|"
        "nothing|none|nothing really|not really|niet echt|nee niet echt|boeie|maakt niet uit|geen zin|"
        "weet ik veel|x|xx|xxx|k|ok|oke|okay|idk|pfff|pff|hmm|hm|uhm|uh|eh|ehm|--"
    ).split("|")
)
_NOTHING_PATTERNS = re.compile(
    r"^(?:nee,? )?(?:er )?(?:was|is) (?:er )?(?:geen|niet) ?(?:een )?(?:keer|moment|andere keer|plek)?$"
    r"|^(?:nee,? )?(?:ik )?(?:heb|had) (?:ik )?(?:dat |dit |het )?(?:nog )?(?:nooit|niet)"
    r"(?: gehad| meegemaakt)?$"
    r"|^(?:nee,? )?(?:ik )?(?:ken|herken) (?:ik )?(?:dat |dit |het )?niet$"
    r"|^(?:no,? )?(?:there )?(?:was|is) no(?:thing| time| other time)?$"
)


# Longer than any way of saying nothing; folding a 5,000-character paste to find out costs milliseconds.
_LONGEST = 60


def _line_says_nothing(line: str) -> bool:
    if len(line) > _LONGEST:
        return False
    plain = " ".join(re.sub(r"[^\w\s-]", " ", fold(line)).split())
    if not plain or len(plain) <= 1:
        return True
    if quality(line, min_words=1) == "unknown":
        return True
    return plain in _NOTHING or bool(_NOTHING_PATTERNS.match(plain))


def is_non_answer(text: str) -> bool:
    """Whether an answer says nothing: every line of it is "weet ik niet", "niks", "nee", a shrug or a dot."""
    return all(_line_says_nothing(line) for line in text.splitlines() or [""])


def mostly_non_answers(answered: int, empty: int) -> bool:
    """Whether a finished reflection was mostly non-answers: more than half, or nothing kept at all."""
    return answered == 0 or empty * 2 > answered
