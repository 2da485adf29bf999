"""Read a student's own feelings from their words: whose feeling it is, in what order, in which tense.

"ik was trots", "ik schaam me", "voelde me rot", "het was spannend" are the student's; "de klant was
blij", "zijn moeder was in paniek" are someone else's and never named as the student's. A clause without
a subject of its own belongs to the subject before it ("mijn moeder was trots en blij": both hers).
Misspellings one letter off ("zenuwachig") are read when the word is not a real word itself (a Dutch or
English dictionary from simplemma decides that, loaded the first time it is needed).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from ._emotion_words import LEXICON
from ._feeling_words import (
    AMBIGUOUS,
    ARTICLES,
    BIT,
    CLAUSE_BREAKS,
    COPULAS,
    DISPLAY,
    DISPLAY_NL,
    EXPERIENCER,
    EXTRA_FORMS,
    FEEL_ONLY,
    FEEL_WORDS,
    FIND,
    FORM_FRAME,
    GAP_WORDS,
    GAPPED,
    IMPERSONAL,
    INTENSIFIERS,
    NEGATIONS,
    NOT_A_PERSON_AFTER,
    NOT_IN_DUTCH,
    NOT_NOUNS,
    NUMBERS,
    OTHERS,
    PAST_MARKERS,
    PEOPLE,
    PLURAL_VERBS,
    POSSESSIVES,
    PRESENT_MARKERS,
    RELATIVE,
    SELF,
    SHORT_ONLY,
    SOFT,
    SUBORDINATE,
    VERB_FORMS,
    VERBS,
    WOULD,
)
from ._normalize import fold
from ._words import known_word

__all__ = ["Feeling", "Reading", "family_of", "read_feelings"]

Frame = Literal["state", "eval", "verb"]
Whose = Literal["self", "other"]


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
        """The student's feelings to name back: not someone else's, and not a denied state ("niet bang")."""
        return [f for f in self.feelings if f.whose == "self" and (not f.negated or f.frame == "eval")]

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
    if len(token) < _TYPO_MIN:
        return None
    # "opgelugt", "zenuwagtig": g for ch is the commonest spelling slip in Dutch, often more than one letter.
    if language == "nl" and "gt" in token and (spelled := token.replace("gt", "cht")) in _table(language)[1]:
        return spelled
    near = _table(language)[2]
    candidates = set(near.get(token, ()))
    for i in range(len(token)):
        candidates.update(near.get(token[:i] + token[i + 1 :], ()))
    candidates = {c for c in candidates if abs(len(c) - len(token)) <= 1}
    if len(candidates) != 1 or known_word(token, language):
        return None
    return candidates.pop()


def read_feelings(text: str, language: str) -> Reading:
    """Every feeling in `text` in order, each with whose it is, negation and tense."""
    folded = _GLUED.sub(r"\1 \2", _RUNS.sub(r"\1", fold(text[:2000]).replace("’", "'")))
    for gapped, form in _GAPPED:
        folded = gapped.sub(lambda match, form=form: _ungapped(match.group(0), form), folded)
    tokens = _tokens(folded)
    short = sum(token[0].isalnum() for token, _ in tokens) <= _SHORT_ANSWER
    hits = _find(folded, tokens, language, _names(text[:2000]))
    found: list[Feeling] = []
    previous_end = -1
    for start, end, form in sorted(hits, key=lambda hit: hit[0]):
        index = next((i for i, (_, pos) in enumerate(tokens) if pos >= start), len(tokens))
        after = next((i for i, (_, pos) in enumerate(tokens) if pos >= end), len(tokens))
        ambiguous = form.display in AMBIGUOUS or fold(form.display) in AMBIGUOUS
        if ambiguous and not _after_copula(tokens, index):
            continue
        if form.family in SHORT_ONLY and not short:
            continue  # "goed" in a story judges anything; as the whole answer it is how they felt
        if form.family in FEEL_ONLY and not _felt_before(tokens, index):
            continue  # "het was dom", "een stoere auto": not how the student felt
        if index > 0 and tokens[index - 1][0] in ARTICLES and form.frame != "state":
            continue  # "het vet", "de shock": a noun, not how it felt
        if _hypothetical(tokens, index, after):
            continue  # "iedereen dacht dat ik bang zou zijn": expected, not felt
        whose, negated, present = _context(tokens, index, after)
        body = folded[start:end].split()[0] in _BODY and index > 0 and tokens[index - 1][0] in _MY
        if _MINE.search(folded[start:end]) or body:
            whose = "self"  # "bonkte mn hart", "mn hart ging te keer": the student's own body
        if (
            form.family in _PLACE_WORDS
            and _subject([t for t, _ in tokens[_clause(tokens, index)[0] : index]])[0] == "it"
        ):
            continue  # "het was rustig op de afdeling": the place was quiet, not the student
        negated = negated or (form.frame == "verb" and _denied_after(tokens, after))
        frame = form.frame
        if frame == "eval" and whose == "self" and _felt(tokens, index):
            frame = "state"  # "ik voelde me rot": how they felt, not how they found it
        word = form.display
        if frame == "verb" and form.family in VERBS:
            past, now, _ = VERBS[form.family]
            word = now if present else past
        between = {t for t, pos in tokens if previous_end <= pos < start}
        sequel = previous_end >= 0 and bool(between & _SEQUEL)
        previous_end = end
        found.append(Feeling(word, form.family, frame, negated, present, whose, start, sequel))
    return Reading(tuple(found))


# "wasik", "ikdacht": a pronoun glued to its verb.
_GLUED = re.compile(r"\b(was|ben|had|voelde|vond|werd|dacht|ik)(ik|was|ben|had|voelde|vond|werd|dacht)\b")
_MINE = re.compile(r"\b(?:mn|mijn|m'n|my|me)\b")
def _ungapped(said: str, form: str) -> str:
    """The idiom's form, with the "ik" and "mn" said inside it in front: they tell whose feeling it is."""
    words = said.split()
    mine = "mn " if any(w in _MY for w in words) and not form.startswith("mn ") else ""
    return ("ik " if "ik" in words else "") + mine + form


_GAPPED = tuple(
    (re.compile(rf"\b{rf'(?: (?:{GAP_WORDS}))* '.join(f'(?:{part})' for part in parts)}\b"), form)
    for parts, form in GAPPED
)
# Joining words that are also adverbs of time: inside a clause when they follow its verb.
_TIME_ADVERBS = frozenset({"eerst", "daarna", "later", "toen", "uiteindelijk", "first", "then"})
_YOU = frozenset({"je", "jij"})
_MY = frozenset({"mijn", "mn", "m'n", "me", "my"})
_BODY = frozenset(
    {
        *"hart buik maag hoofd handen benen knieen lijf keel".split(),
        *"heart stomach belly head hands legs".split(),
    }
)
_SAID = frozenset(
    {"zei", "zeiden", "zegt", "zeggen", "vertelde", "vertelden", "riep", "said", "told", "says"}
)
# A whole answer this short can say how the student felt in one word ("goed", "prima").
_SHORT_ANSWER = 4
# States that describe a place when "het" is the subject ("het was rustig"), a person otherwise.
_PLACE_WORDS = frozenset({"rustig", "kalm"})
# Words that may stand between a verb and its "niet" ("ik baalde me niet echt", "ik schrok er niet van").
_BEFORE_NOT = frozenset({"me", "mij", "er", "echt", "zo", "eigenlijk", "wel"})


def _denied_after(tokens: list[tuple[str, int]], after: int) -> bool:
    """Whether "niet" follows a feeling verb in its clause: "ik baalde niet echt", "ik schrok niet"."""
    for i, (token, _) in enumerate(tokens[after : after + 3]):
        if token in NEGATIONS:
            # "ik genoot niet alleen van de klanten": not a denial
            following = tokens[after + i + 1][0] if after + i + 1 < len(tokens) else ""
            return following not in {"alleen", "only", "just"}
        if token not in _BEFORE_NOT:
            return False
    return False


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
            taken.append(span)
            hits.append((span[0], span[1], forms[match.group(1)]))
    for token, pos in tokens:
        if any(a <= pos < b for a, b in taken):
            continue
        form = _intensified(token, language) or (None if token in names else _typo(token, language))
        if form is not None:
            hits.append((pos, pos + len(token), _table(language)[1][form]))
    return hits


def _felt(tokens: list[tuple[str, int]], index: int) -> bool:
    start, _ = _clause(tokens, index)
    return any(t.startswith(("voel", "felt", "feel")) for t, _ in tokens[start:index])


def _hypothetical(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """Whether a modal of the unreal stands right before or after the feeling word."""
    before = [t for t, _ in tokens[max(0, index - 2) : index]]
    # After the word only within its clause: "ik was bang, zou het lukken?" is a real fear.
    following = itertools.takewhile(lambda t: t[0].isalnum(), (t for t, _ in tokens[after : after + 2]))
    return any(t in WOULD for t in (*before, *following))


def _felt_before(tokens: list[tuple[str, int]], index: int) -> bool:
    """Whether "voelde"/"felt" comes shortly before in the sentence ("voelde me eerst een beetje dom")."""
    for token, _ in reversed(tokens[max(0, index - 6) : index]):
        if not token[0].isalnum():
            return False
        if token.startswith(("voel", "felt", "feel")):
            return True
    return False


def _after_copula(tokens: list[tuple[str, int]], index: int) -> bool:
    # Up to six words back within the clause: "ik voel me nu nog steeds rot".
    start = max(_clause(tokens, index)[0], index - 6)
    return any(t in COPULAS for t, _ in tokens[start:index])


def _clause(tokens: list[tuple[str, int]], index: int) -> tuple[int, int]:
    """The bounds of the clause around token `index`: between punctuation and joining words."""
    start = index
    while start > 0 and not _breaks(tokens, start - 1) and tokens[start - 1][0][0].isalnum():
        start -= 1
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
    if token not in _TIME_ADVERBS or i == 0:
        return True
    previous = tokens[i - 1][0]
    return not (previous in COPULAS or previous in SELF or previous in OTHERS or previous in PEOPLE)


def _subject(words: list[str]) -> tuple[Whose | Literal["it"] | None, int]:
    """The nearest subject in `words` (read backwards) and where it is: the student, someone else, 'it'."""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else None
        if word in _YOU and any(w in _SAID for w in words[:i]):
            return "other", i  # "iedereen zei je wordt wel bang": what others expected, not felt
        if word in SELF or word in EXPERIENCER:
            return "self", i
        if word in PEOPLE and following in NOT_A_PERSON_AFTER:
            continue  # "i was kind of nervous"
        if word in OTHERS or word in PEOPLE:
            return "other", i
        if (word.isdigit() or word in NUMBERS) and following in PLURAL_VERBS:
            return "other", i  # "2 begonnen te huilen": some of the others
        if word in RELATIVE and i > 0 and words[i - 1] not in NOT_NOUNS:
            return "other", i  # "een kind dat bang was": the child's feeling
        if word in IMPERSONAL:
            if i > 0 and words[i - 1] == "aan" and following is None:
                continue  # "de kinderen waren aan het huilen": "het" belongs to the verb, not a subject
            if i > 0 and words[i - 1] in FIND:
                continue  # "mijn collega vond het saai": whoever found it so is further back
            if following is None or following in COPULAS or following in SOFT or following in NEGATIONS:
                return "it", i
            return "other", i
        if word in _MY and following in _BODY:
            return "self", i  # "ik voel in mijn hart", "mn buik deed raar": the student's own body
        noun_phrase = (word in ARTICLES or word in POSSESSIVES) and following is not None
        if noun_phrase and following not in COPULAS and following not in NEGATIONS and following not in BIT:
            return "other", i
    return None, -1


def _context(tokens: list[tuple[str, int]], index: int, after: int) -> tuple[Whose, bool, bool]:
    """Whose feeling the word at `index` is, whether it is negated, and whether it is said in the present."""
    words = [t for t, _ in tokens]
    start, end = _clause(tokens, index)
    before = words[start:index]
    # "voelde me rot", "maakte me zenuwachtig": the student is the one who feels.
    subject, at = _subject(before)
    if after < len(words) and words[after] in {"ik", "i"}:
        subject = "self"  # "... baalde ik wel": the subject right after the verb is the nearest one
    if subject is None:
        # "trots was ik wel", "was ik echt zenuwachtig": a subject right after the verb; not one in a clause
        # of its own ("nieuwsgierig hoe ze dat doen").
        rest = list(itertools.takewhile(lambda w: w not in SUBORDINATE, words[after:end][:3]))
        if any(w in SELF for w in rest):
            subject = "self"
        elif any(w in OTHERS for w in rest):
            subject = "other"
    if subject is None:
        subject = _inherited(tokens, start)
    whose: Whose = "other" if subject == "other" else "self"
    # Only a negation between the subject and the word counts ("ik wist niet dat ik trots was" is not one).
    negated = any(w in NEGATIONS for w in before[at + 1 :][-4:])
    clause = words[start:end]
    present = any(w in PRESENT_MARKERS for w in clause) and not any(w in PAST_MARKERS for w in clause)
    return whose, negated, present


def _inherited(tokens: list[tuple[str, int]], start: int) -> Whose | Literal["it"] | None:
    """The subject of the clause before (only across a joining word, not across a full stop)."""
    # Only "en"/"and" carries the subject on ("mijn moeder was trots en blij"); after a comma or a full stop
    # a clause without a subject is the student's own ("..., was echt happy").
    if start == 0 or tokens[start - 1][0] not in {"en", "and", "of", "or"}:
        return None
    previous = _clause(tokens, start - 2) if start >= 2 else (0, 0)
    return _subject([t for t, _ in tokens[previous[0] : start - 1]])[0]


def feel_word(word: str) -> bool:
    """Whether a state word reads better with "voelen" ("je voelde je welkom")."""
    return word in FEEL_WORDS
