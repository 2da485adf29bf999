"""The feeling lexicon as one lookup table per language, and finding its forms in a text.

Every form of the lexicon (`_emotion_words`) and of the forms students write (`_feeling_forms`), with its
family, frame and the word shown back; "mn", "m'n", "mijn" and "me" as one spelling; a token one letter off
a form ("zenuwachig", "trost") or glued to an intensifier ("superblij") read as that form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ._emotion_words import LEXICON
from ._feeling_forms import EXTRA_FORMS
from ._feeling_types import Frame
from ._feeling_words import (
    DISPLAY,
    DISPLAY_NL,
    FORM_FRAME,
    INTENSIFIERS,
    NOT_IN_DUTCH,
    NOT_IN_ENGLISH,
    VERB_FORMS,
    VERBS,
)
from ._normalize import fold
from ._words import known_word

__all__ = ["Form", "display_of", "family_of", "find_forms", "table"]


@dataclass(frozen=True, slots=True)
class Form:
    """One form of the lexicon: its family, how it is said, and the word shown back."""

    family: str
    frame: Frame
    display: str
    language: str


@cache
def table(language: str) -> tuple[re.Pattern[str], dict[str, Form], dict[str, list[str]]]:
    """All forms of one language: a pattern finding them, what each means, and one-letter-off keys."""
    forms: dict[str, Form] = {}
    for word, lexicon_frame, others in LEXICON[language]:
        for form in (fold(word), *others):
            forms.setdefault(form, Form(word, lexicon_frame, word, language))
    for family, extra in EXTRA_FORMS[language].items():
        base = next((f for f in forms.values() if f.family == family), None)
        family_frame: Frame = base.frame if base is not None else "verb"
        for form in extra:
            forms[form] = Form(family, family_frame, family, language)
    if language == "nl":
        # "mn hart bonkte" is written "m'n", "mijn" and "me" too: one spelling in the lists, all of them read.
        for form, info in list(forms.items()):
            for variant in _my_spellings(form):
                forms.setdefault(variant, info)
    for form, info in list(forms.items()):
        frame: Frame = FORM_FRAME.get(form, "verb" if form in VERB_FORMS else info.frame)
        if info.family in VERBS and form not in VERB_FORMS and frame == "verb":
            frame = "state"
        display = (DISPLAY_NL.get(form) if language == "nl" else None) or DISPLAY.get(form, info.family)
        forms[form] = Form(info.family, frame, display, language)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9'])({alternation})(?![a-z0-9])")
    # Every form of five letters or more with one letter left out: a typo one letter off meets it there
    # (a letter left out, added, changed, or two swapped: "trost").
    near: dict[str, list[str]] = {}
    for form in forms:
        if len(form) >= _TYPO_MIN and " " not in form:
            for variant in {form, *(form[:i] + form[i + 1 :] for i in range(len(form)))}:
                near.setdefault(variant, []).append(form)
    return pattern, forms, near


_MY = re.compile(r"(?<![a-z'])(?:mn|m'n|mijn)(?![a-z'])")


def _my_spellings(form: str) -> tuple[str, ...]:
    """A form with "mn" (or "mijn", "m'n") as a word, in the other spellings of it ("me" too: "me hart")."""
    if " " not in form or not _MY.search(form):
        return ()
    return tuple(_MY.sub(my, form) for my in ("mn", "m'n", "mijn", "me"))


def display_of(folded_word: str, language: str) -> str | None:
    """The word shown back for a form, or None when it is no form."""
    form = table(language)[1].get(folded_word)
    return form.display if form is not None else None


def family_of(word: str, language: str = "nl") -> str | None:
    """The family (canonical word) of a feeling word in either language, or None when it is none."""
    folded = fold(word)
    for lang in (language, "en" if language == "nl" else "nl"):
        form = table(lang)[1].get(folded)
        if form is not None:
            return form.family
    return None


_TYPO_MIN = 5


# A word's typo and intensifier readings depend on the word alone: looked up once per word (students use
# the same few thousand words), bounded so that a flood of new words cannot grow them.
@lru_cache(maxsize=8192)
def _typo(token: str, language: str) -> str | None:
    """The form a token is one letter away from (left out, added, changed), unless it is a word itself."""
    forms = table(language)[1]
    # "bly", "bley", "vrolyk", "blei": y, ey or ei for ij, typed on a phone, by a newcomer or with dyslexia.
    for slip in ("ey", "y", "ei"):
        if language == "nl" and slip in token and (spelled := token.replace(slip, "ij")) in forms:
            return spelled
    if len(token) < _TYPO_MIN:
        return None
    # "opgelugt", "zenuwagtig": g for ch is the commonest spelling slip in Dutch, often more than one letter.
    if language == "nl" and "gt" in token and (spelled := token.replace("gt", "cht")) in forms:
        return spelled
    near = table(language)[2]
    candidates = set(near.get(token, ()))
    for i in range(len(token)):
        candidates.update(near.get(token[:i] + token[i + 1 :], ()))
    candidates = {c for c in candidates if abs(len(c) - len(token)) <= 1}
    # "trods" is one letter from "trots" and from its listed slip "trost": one family, one reading.
    if len({forms[c].family for c in candidates}) != 1 or known_word(token, language):
        return None
    return min(candidates, key=lambda c: (c != forms[c].family, c))


@lru_cache(maxsize=8192)
def _intensified(token: str, language: str) -> str | None:
    """The form inside a token made of an intensifier and a feeling word, or None."""
    forms = table(language)[1]
    for prefix in INTENSIFIERS:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 3 and rest in forms:
            return rest
    return None


def find_forms(
    folded: str, tokens: list[tuple[str, int]], language: str, names: frozenset[str] = frozenset()
) -> list[tuple[int, int, Form]]:
    """Every form in `folded`: (start, end, form), the text's language first; typos and glued intensifiers
    ("superblij") of tokens no form covers, never of a name."""
    hits: list[tuple[int, int, Form]] = []
    taken: list[tuple[int, int]] = []
    order = [language, *(other for other in ("nl", "en") if other != language)]
    for lang in order:
        pattern, forms, _ = table(lang)
        for match in pattern.finditer(folded):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if lang != language and language == "nl" and match.group(1) in NOT_IN_DUTCH:
                continue
            if lang != language and language == "en" and match.group(1) in NOT_IN_ENGLISH:
                continue
            taken.append(span)
            hits.append((span[0], span[1], forms[match.group(1)]))
    for token, pos in tokens:
        if any(a <= pos < b for a, b in taken):
            continue
        form = _intensified(token, language) or (None if token in names else _typo(token, language))
        if form is not None:
            hits.append((pos, pos + len(token), table(language)[1][form]))
    return hits
