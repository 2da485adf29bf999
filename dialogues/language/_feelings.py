"""Read a student's own feelings from their words: whose feeling it is, in what order, in which tense.

"ik was trots", "ik schaam me", "voelde me rot", "het was spannend" are the student's; "de klant was
blij", "zijn moeder was in paniek" are someone else's and never named as the student's. A clause without
a subject of its own belongs to the subject before it ("mijn moeder was trots en blij": both hers).
Misspellings one letter off ("zenuwachig") are read when the word is not a real word itself (a Dutch or
English dictionary from simplemma decides that, loaded the first time it is needed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from ._emotion_words import LEXICON
from ._feeling_context import (
    Whose,
    after_copula,
    asked,
    clause_bounds,
    context,
    denied_after,
    denied_fronted,
    felt,
    felt_before,
    hypothetical,
    others_think,
    subject_of,
)
from ._feeling_marks import BODY, MY, emoji_marks, ungap
from ._feeling_words import (
    AMBIGUOUS,
    ARTICLES,
    COPULAS,
    DISPLAY,
    DISPLAY_NL,
    EXTRA_FORMS,
    FEEL_ONLY,
    FORM_FRAME,
    INTENSIFIERS,
    NEGATABLE,
    NEGATIONS,
    NOT_IN_DUTCH,
    NOT_IN_ENGLISH,
    POSSESSIVES,
    SHORT_ONLY,
    SOFT,
    VERB_FORMS,
    VERBS,
)
from ._normalize import fold
from ._similes import similes
from ._words import known_word

__all__ = ["Feeling", "Reading", "family_of", "read_feelings"]

Frame = Literal["state", "eval", "verb"]


@dataclass(frozen=True, slots=True)
class Feeling:
    """One feeling word in a text: what to show, its family, how to say it, and whose it is."""

    word: str
    family: str
    frame: Frame
    negated: bool = False
    present: bool = False
    whose: Whose = "self"
    start: int = 0
    # Whether the story turned between the feeling before and this one ("eerst ..., daarna ...").
    sequel: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """Every feeling found in a text, in order; `own` are the student's (negated evaluations included)."""

    feelings: tuple[Feeling, ...]

    @property
    def own(self) -> list[Feeling]:
        """The student's feelings to name back: not someone else's, and not a denied state ("niet bang");
        a good feeling denied is a feeling told ("ik voelde me niet welkom", "niet fijn")."""
        return [
            f
            for f in self.feelings
            if f.whose == "self" and (not f.negated or f.frame == "eval" or f.family in NEGATABLE)
        ]

    @property
    def denied(self) -> list[Feeling]:
        """Feelings the student says they did not have ("ik was niet in paniek")."""
        return [f for f in self.feelings if f.whose == "self" and f.negated]

    @property
    def others(self) -> list[Feeling]:
        """Someone else's feelings ("de klant was blij")."""
        return [f for f in self.feelings if f.whose == "other"]


@dataclass(frozen=True, slots=True)
class _Form:
    family: str
    frame: Frame
    display: str
    language: str


@cache
def _table(language: str) -> tuple[re.Pattern[str], dict[str, _Form], dict[str, list[str]]]:
    """All forms of one language: a pattern finding them, what each means, and one-letter-off keys."""
    forms: dict[str, _Form] = {}
    for word, lexicon_frame, others in LEXICON[language]:
        for form in (fold(word), *others):
            forms.setdefault(form, _Form(word, lexicon_frame, word, language))
    for family, extra in EXTRA_FORMS[language].items():
        base = next((f for f in forms.values() if f.family == family), None)
        family_frame: Frame = base.frame if base is not None else "verb"
        for form in extra:
            forms[form] = _Form(family, family_frame, family, language)
    for form, info in list(forms.items()):
        frame: Frame = FORM_FRAME.get(form, "verb" if form in VERB_FORMS else info.frame)
        if info.family in VERBS and form not in VERB_FORMS and frame == "verb":
            frame = "state"
        display = (DISPLAY_NL.get(form) if language == "nl" else None) or DISPLAY.get(form, info.family)
        forms[form] = _Form(info.family, frame, display, language)
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


def family_of(word: str, language: str = "nl") -> str | None:
    """The family (canonical word) of a feeling word in either language, or None when it is none."""
    folded = fold(word)
    for lang in (language, "en" if language == "nl" else "nl"):
        form = _table(lang)[1].get(folded)
        if form is not None:
            return form.family
    return None


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.,!?;:()\n]")
_RUNS = re.compile(r"([a-z])\1{2,}")


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(0).replace("'", ""), m.start()) for m in _TOKEN.finditer(text)]


_TYPO_MIN = 5


# A word's typo and intensifier readings depend on the word alone: looked up once per word (students use
# the same few thousand words), bounded so that a flood of new words cannot grow them.
@lru_cache(maxsize=8192)
def _typo(token: str, language: str) -> str | None:
    """The form a token is one letter away from (left out, added, changed), unless it is a word itself."""
    forms = _table(language)[1]
    # "bly", "vrolyk", "blei": y or ei for ij, typed on a phone or by a newcomer, in words of any length.
    for slip in ("y", "ei"):
        if language == "nl" and slip in token and (spelled := token.replace(slip, "ij")) in forms:
            return spelled
    if len(token) < _TYPO_MIN:
        return None
    # "opgelugt", "zenuwagtig": g for ch is the commonest spelling slip in Dutch, often more than one letter.
    if language == "nl" and "gt" in token and (spelled := token.replace("gt", "cht")) in forms:
        return spelled
    near = _table(language)[2]
    candidates = set(near.get(token, ()))
    for i in range(len(token)):
        candidates.update(near.get(token[:i] + token[i + 1 :], ()))
    candidates = {c for c in candidates if abs(len(c) - len(token)) <= 1}
    # "trods" is one letter from "trots" and from its listed slip "trost": one family, one reading.
    if len({forms[c].family for c in candidates}) != 1 or known_word(token, language):
        return None
    return min(candidates, key=lambda c: (c != forms[c].family, c))


def read_feelings(text: str, language: str) -> Reading:
    """Every feeling in `text` in order, each with whose it is, negation and tense."""
    text = _TITLES.sub(r"\1", text[:2000])  # "Mr. Jansen": no end of a sentence
    folded = _GLUED.sub(r"\1 \2", _RUNS.sub(r"\1", fold(text).replace("’", "'")))
    folded = ungap(folded)
    tokens = _tokens(folded)
    short = sum(token[0].isalnum() for token, _ in tokens) <= _SHORT_ANSWER
    names = _names(text)
    hits = _find(folded, tokens, language, names)
    for start, end, said in similes(tokens, language, names):
        if not any(a < end and start < b for a, b, _ in hits):
            hits.append((start, end, _Form(said, "state", said, language)))
    found: list[Feeling] = []
    previous_end = -1
    starts = {hit[0] for hit in hits}
    for start, end, form in sorted(hits, key=lambda hit: hit[0]):
        index = next((i for i, (_, pos) in enumerate(tokens) if pos >= start), len(tokens))
        after = next((i for i, (_, pos) in enumerate(tokens) if pos >= end), len(tokens))
        if folded[start:end] in _ONLY_HOW_MUCH and after < len(tokens) and tokens[after][1] in starts:
            continue  # "kapot zenuwachtig": how much, not tired
        ambiguous = form.display in AMBIGUOUS or fold(form.display) in AMBIGUOUS
        if ambiguous and not (short and _only_feelings(tokens, hits)) and not after_copula(tokens, index):
            continue
        if form.family in SHORT_ONLY and not short and not felt_before(tokens, index):
            continue  # "goed" in a story judges anything; as the whole answer it is how they felt
        if form.family in SHORT_ONLY and index > 0 and tokens[index - 1][0] in _WENT:
            continue  # "ging goed": how it went, not how they felt
        if (form.family in FEEL_ONLY or form.display in FEEL_ONLY) and not (
            felt_before(tokens, index) or _instead_of(tokens, index)
        ):
            continue  # "het was dom", "een stoere auto": not how the student felt
        if index > 0 and tokens[index - 1][0] in ARTICLES and form.frame != "state":
            continue  # "het vet", "de shock": a noun, not how it felt
        if hypothetical(tokens, index, after) or asked(tokens, index):
            continue  # "iedereen dacht dat ik bang zou zijn", "was ik nou trots?": not felt
        whose, negated, present = context(tokens, index, after, verb=form.frame == "verb", people=names)
        if others_think(tokens, index):
            whose = "other"  # "iedereen denkt dat ik bang ben": theirs to think, not the student's to feel
        owner = tokens[index - 1][0] if index > 0 and folded[start:end].split()[0] in BODY else None
        if owner in MY or any(w in MY for w in folded[start:end].split()):
            whose = "self"  # "bonkte mn hart", "mn hart ging te keer": the student's own body
        elif owner in POSSESSIVES:
            whose = "other"  # "haar hart ging tekeer", "her hands were shaking"
        if (
            form.family in _PLACE_WORDS or form.family in FEEL_ONLY or form.display in FEEL_ONLY
        ) and subject_of([t for t, _ in tokens[clause_bounds(tokens, index)[0] : index]])[0] == "it":
            continue  # "het was rustig op de afdeling", "dat het leeg was": the place, not the student
        if form.family in _ABOUT_THEM and _of_self(tokens, index):
            continue  # "ik ben grappig", "ik was vies na het werk": who they are, not how they found it
        if form.frame == "eval" and after < len(tokens) and tokens[after][0] in _AFTER_NOT_EVAL:
            continue  # "vies werk", "smerig lekker": a word about the work, or how much
        negated = (
            negated
            or ((form.frame == "verb" or form.display == "geraakt") and denied_after(tokens, after))
            or _no_feeling_of(tokens, index)
            or denied_fronted(tokens, index, after)
        )
        frame = form.frame
        if frame == "eval" and whose == "self" and felt(tokens, index):
            frame = "state"  # "ik voelde me rot": how they felt, not how they found it
        word = form.display
        if frame == "verb" and form.family in VERBS:
            past, now, _ = VERBS[form.family]
            word = now if present else past
        between = {t for t, pos in tokens if previous_end <= pos < start}
        sequel = previous_end >= 0 and bool(between & _SEQUEL)
        previous_end = end
        found.append(Feeling(word, form.family, frame, negated, present, whose, start, sequel))
    found += _emoji_feelings(folded, tokens, found, language) + _me_too(tokens, found)
    return Reading(tuple(sorted(found, key=lambda f: f.start)))


# Words that may stand beside feeling words in a short answer that names only feelings.
_JOINERS = frozenset(
    "en daarna toen eerst later maar ook heel echt best wel erg beetje een super and then but".split()
)


def _only_feelings(tokens: list[tuple[str, int]], hits: list[tuple[int, int, _Form]]) -> bool:
    """Whether a short answer is only feeling words ("machteloos en daarna rustig"), not "printer kapot"."""
    return all(
        not token[0].isalnum() or token in _JOINERS or any(a <= pos < b for a, b, _ in hits)
        for token, pos in tokens
    )


# After an evaluation these make it describe a thing or say how much ("vies werk", "smerig goed").
_AFTER_NOT_EVAL = frozenset("werk werkje klus klusje baan job taak goed lekker mooi snel duur gaaf".split())
# Evaluations that, said of oneself, describe the student ("ik ben grappig").
_ABOUT_THEM = frozenset({"grappig", "funny", "vies"})


def _of_self(tokens: list[tuple[str, int]], index: int) -> bool:
    before = [t for t, _ in tokens[max(0, index - 4) : index] if t not in SOFT and t != "helemaal"]
    return (before[-2:-1] in (["ik"], ["i"]) and before[-1:] in (["ben"], ["was"], ["am"])) or before[
        -1:
    ] == ["im"]


def _no_feeling_of(tokens: list[tuple[str, int]], index: int) -> bool:
    """ "ik had niet het gevoel dat ik nuttig was": a feeling denied before "gevoel"."""
    for k in range(index - 1, max(-1, index - 9), -1):
        if not tokens[k][0][0].isalnum() and tokens[k][0] != ",":
            return False
        if tokens[k][0] == "gevoel":
            return any(t in NEGATIONS for t, _ in tokens[max(0, k - 3) : k])
    return False


_WENT = frozenset({"ging", "gaat", "gingen", "liep", "loopt", "went", "goes", "going"})
_TITLES = re.compile(r"\b(Mr|Mrs|Ms|Dr|Mevr|Dhr|Mw|Drs|Ir)\.", re.IGNORECASE)
# Feeling words that say how much when another feeling word follows ("kapot zenuwachtig").
_ONLY_HOW_MUCH = frozenset({"kapot", "dood", "mega", "super"})
_ME_TOO = (("en", "ik", "ook"), ("and", "me", "too"), ("and", "so", "was", "i"), ("and", "so", "did", "i"))


def _me_too(tokens: list[tuple[str, int]], found: list[Feeling]) -> list[Feeling]:
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


# "more like lost", "eerder klein": a word put in place of a named feeling is a feeling too.
_INSTEAD_OF = frozenset({"like", "rather", "eerder", "meer", "juist"})


def _instead_of(tokens: list[tuple[str, int]], index: int) -> bool:
    # Not after "het"/"it": "ik vond het eerder dom" judges the thing, it is no feeling.
    before = [t for t, _ in tokens[max(0, index - 2) : index]]
    return bool(before) and before[-1] in _INSTEAD_OF and not ({"het", "t", "it"} & set(before))


# An emoji this many words or fewer after a feeling word is about that feeling ("ik was blij! 😁").
_EMOJI_REACH = 8
# Words told before an emoji for it to say how that felt (an answer of only emoji counts too).
_EMOJI_AFTER = 3


def _emoji_feelings(
    folded: str, tokens: list[tuple[str, int]], found: list[Feeling], language: str
) -> list[Feeling]:
    """The student's own feelings said by an emoji where no feeling word is near it.

    In a word's place it is read like that word ("mijn moeder was 😡" is hers, "ik was niet 😢" is
    denied); an emoji after a word or two ("dankje 😊") is a smile, not a feeling told.
    """
    forms = _table(language)[1]
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
        # In a word's place after "was"/"niet" ("mijn moeder was 😡", "ik was niet 😢") it is read like that
        # word; after a whole clause ("toen ze allemaal meededen 😁") it is the writer's own reaction.
        if words and (words[-1][0] in COPULAS or words[-1][0] in NEGATIONS):
            whose, negated, _ = context(tokens, index, index)
            if whose != "self" or negated:
                continue
        form = forms.get(fold(family))
        previous = max((f.start for f in (*found, *emoji) if f.start < position), default=None)
        between = {t for t, pos in tokens if previous is not None and previous < pos < position}
        word = form.display if form is not None else family
        emoji.append(Feeling(word, family, "state", False, False, "self", position, bool(between & _SEQUEL)))
    return emoji


# "wasik", "ikdacht": a pronoun glued to its verb.
_GLUED = re.compile(r"\b(was|ben|had|voelde|vond|werd|dacht|ik)(ik|was|ben|had|voelde|vond|werd|dacht)\b")


_SHORT_ANSWER = 4
# States that describe a place when "het" is the subject ("het was rustig"), a person otherwise.
_PLACE_WORDS = frozenset({"rustig", "kalm"})
# Words that mark a turn in the story between two feelings.
_SEQUEL = frozenset(
    "toen daarna later maar vervolgens uiteindelijk opeens ineens na daarop "
    "then later but after afterwards suddenly eventually".split()
)


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<![.!?])\b([A-Z][a-z]+)\b")


@lru_cache(maxsize=8192)
def _intensified(token: str, language: str) -> str | None:
    """The form inside a token made of an intensifier and a feeling word, or None."""
    forms = _table(language)[1]
    for prefix in INTENSIFIERS:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 3 and rest in forms:
            return rest
    return None


def _names(text: str) -> frozenset[str]:
    """Words written with a capital inside a sentence: names ("hoe Lotte knipt"), never typos of a feeling."""
    return frozenset(fold(m.group(1)) for m in _NAME.finditer(text.strip()))


def _find(
    folded: str, tokens: list[tuple[str, int]], language: str, names: frozenset[str] = frozenset()
) -> list[tuple[int, int, _Form]]:
    hits: list[tuple[int, int, _Form]] = []
    taken: list[tuple[int, int]] = []
    order = [language, *(other for other in ("nl", "en") if other != language)]
    for lang in order:
        pattern, forms, _ = _table(lang)
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
            hits.append((pos, pos + len(token), _table(language)[1][form]))
    return hits
