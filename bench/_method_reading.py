"""Reading the bot's words in played conversations for `bench method`: its sentences, which of them are fixed
texts, which feelings it names as the student's, what counts as a non-answer and as praise."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from bot.conversation import Outgoing
from dialogues import DEFAULT_TEXTS, ScriptLibrary, TextCatalog
from dialogues.language import family_of, fold, read_feelings

from ._method_play import Turn

__all__ = [
    "PRAISE",
    "QUOTED",
    "bot_texts",
    "expected_feelings",
    "fixed_sentences",
    "matches",
    "named_feelings",
    "names_feelings",
    "non_answer",
    "not_feelings",
    "sentences",
    "summary_frame",
]


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# A quote: "..." or '...' that is not an apostrophe ("haven't", "z'n"), or typographic quotes.
QUOTED = re.compile(r"(?<!\w)'[^']+'(?!\w)|\"[^\"]*\"|‘[^’]*’|“[^”]*”")
_YOU = re.compile(r"\b(?:je|jij|jou|you|your)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:niet|geen|not|never)\s+(?:\w+\s+)?$")
PRAISE = re.compile(
    r"\b(?:mooi|goed zo|goed gedaan|goed bezig|knap|top|super|sterk|wat goed|geweldig|fantastisch|"
    r"(?<!niet )veel verteld|well done|good job|great|nice|awesome|brilliant|amazing|told me a lot)\b",
    re.IGNORECASE,
)
# What counts as a non-answer, besides the player's neutral "weet ik niet" and the keys a case marks.
_NON_ANSWERS = frozenset(
    "niks|niets|nee|nope|no|weet niet|weet ik niet|geen idee|idk|i don't know|dont know|-|.|?|nvt|"
    "nothing|none|dunno|no idea|ik weet het niet|weet ik veel|whatever|meh".split("|")
)


def non_answer(text: str) -> bool:
    """A non-answer: 'niks', 'nee', 'weet niet', 'idk', '-', or one word said over and over."""
    plain = " ".join(re.findall(r"[\w'?.-]+", fold(text))).strip(" .!")
    tokens = re.findall(r"\w+", plain)
    return plain in _NON_ANSWERS or not tokens or (len(tokens) > 1 and len(set(tokens)) == 1)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


@cache
def fixed_sentences() -> frozenset[str]:
    """Every sentence of the scripts and catalogues that has no placeholder: the bot's fixed words."""
    library = ScriptLibrary.from_directory()
    catalog = TextCatalog.load(sorted(DEFAULT_TEXTS.glob("*.yaml")))
    texts: list[str] = []
    for version in library.versions():
        for node in version.script.nodes:
            for spot in node.texts():
                texts += [t for variants in spot.texts.values() for t in variants]
    keys = catalog.keys()
    for key in keys:
        texts += [t for lang in ("nl", "en") for t in catalog.variants(key, lang)]
    return frozenset(fold(s) for t in texts for s in sentences(t) if "{" not in s)


@cache
def summary_frame() -> frozenset[str]:
    """The words of the summary's own frame: its opening words and its catalogue lines."""
    library = ScriptLibrary.from_directory()
    catalog = TextCatalog.load(sorted(DEFAULT_TEXTS.glob("*.yaml")))
    keys = [key for key in catalog.keys() if key.startswith("summary.")]  # noqa: SIM118 (a list)
    texts = [t for key in keys for lang in ("nl", "en") for t in catalog.variants(key, lang)]
    for version in library.versions():
        for node in version.script.nodes:
            if node.kind_name == "summary":
                texts += [t for spot in node.texts() for variants in spot.texts.values() for t in variants]
    return frozenset(w for t in texts for w in re.findall(r"[a-z]+", fold(re.sub(r"\{\w+\}", " ", t))))


def _canonical(word: str, language: str) -> str:
    return family_of(word, language) or fold(word).strip()


def matches(named: str, acceptable: Iterable[str], language: str) -> bool:
    return any(
        fold(named) == fold(a) or _canonical(named, language) == _canonical(a, language) for a in acceptable
    )


def named_feelings(message: str, case: dict[str, Any]) -> list[str]:
    """The feelings a bot message names as the student's, in order.

    Only sentences addressed to the student ("je", "you") that are not fixed script texts (questions with
    example feelings are fixed texts), and only outside quotation marks (a quote is the student's own
    words, not the bot's reading of them). A word is a feeling if the lexicon knows it or the case lists
    it; one right after "niet"/"not" is not named as felt.
    """
    language = str(case.get("language", "nl"))
    extra = {fold(w) for group in expected_feelings(case) for w in group} | {
        fold(w) for w in not_feelings(case)
    }
    found: list[str] = []
    for sentence in sentences(message):
        if fold(sentence) in fixed_sentences() or not _YOU.search(sentence):
            continue
        if sentence.lstrip().startswith(("Je wilde ", "You wanted to ")):
            continue  # the student's prepared goal said back ("Je wilde weten of je het eng vindt")
        plain = QUOTED.sub(" ", sentence)
        # In the order they stand in the sentence, whichever way each was recognised.
        here = [(f.start, f.word) for f in read_feelings(plain, language).feelings if not f.negated]
        folded = fold(plain)
        for word in extra:
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
                if not _NEGATION.search(folded[: match.start()]) and word not in {fold(w) for _, w in here}:
                    here.append((match.start(), word))
        found += [word for _, word in sorted(here)]
    return found


def names_feelings(replies: list[Outgoing], case: dict[str, Any]) -> bool:
    """Whether any of the replies names a feeling as the student's."""
    return any(named_feelings(r.text, case) for r in replies)


def expected_feelings(case: dict[str, Any]) -> list[list[str]]:
    raw = (case.get("expect") or {}).get("feelings")
    if raw is None:
        return []
    return [[str(w) for w in (group if isinstance(group, list) else [group])] for group in raw]


def not_feelings(case: dict[str, Any]) -> list[str]:
    return [str(w) for w in (case.get("expect") or {}).get("not_feelings") or []]


def bot_texts(turns: Iterable[Turn]) -> list[str]:
    return [r.text for t in turns for r in t.replies if r.text]
