"""The method's rules for wording: no (disguised) 'why', short questions, one at a time, plain words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._schema import PLACEHOLDER
from ._words import hard_words
from .kinds import Finding

__all__ = ["DISGUISED_WHY", "MAX_QUESTION_WORDS", "WHY_WORDS", "wording_findings"]

# 'Why' assumes the student already knows their motives; the method asks what/how/when/who/where.
WHY_WORDS = re.compile(r"\b(waarom|hoezo|why|how come)\b", re.IGNORECASE)
# The same question in other words; checked in sentences that ask (end in '?'), since "iets waardoor je
# trots was" in a statement is fine. "Wat maakte dat moment bijzonder" is not one: 'dat' there is 'that'.
DISGUISED_WHY = {
    "nl": re.compile(
        r"\b(hoe kom(t|en) het dat|hoe kwam het dat|waardoor|wat is de reden|wat was de reden|"
        r"om welke reden|wat maakt(e)? dat (je|jij)|waarvoor (deed|koos|wilde|wil|doe|kies) (je|jij))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(what makes you|what made you|what is the reason|what was the reason|what's the reason|"
        r"for what reason|what caused you to)\b",
        re.IGNORECASE,
    ),
}
# A question a student reads on a phone: at most this many words.
MAX_QUESTION_WORDS = 25
_WORD = re.compile(r"\S+")
_QUESTION = re.compile(r"[^.!?]*\?+")
# A sentence with a question mark is a question of its own when it has a question word or is a yes/no
# question (Dutch: a verb and then its subject, "Heb je", "Was het"; English: it starts with a helping verb).
# "Op school, bij sport of thuis?", "Of iets heel anders?" and "Wat dan?" only fill in the one before them.
_MIN_QUESTION_WORDS = 3
_ASKS = {
    "nl": re.compile(
        r"\b(wie|wat|waar\w*|wanneer|hoe|welk|welke|hoeveel|waarom|hoezo)\b"
        r"|^\W*\w+\s+(je|jij|u|het|er|dat|dit|zoiets|iemand|ze|we|hij|zij)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(who|what|where|when|how|which|whom|whose|why)\b"
        r"|^\W*(do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|may|might|shall)\b",
        re.IGNORECASE,
    ),
}


def wording_findings(text: str, language: str, *, message: bool) -> Iterator[Finding]:
    """Findings about one text in one language; `message` for a whole message (not a button or title)."""
    plain = PLACEHOLDER.sub("", text)
    why = WHY_WORDS.search(plain)
    if why:
        yield Finding("text.why", params={"lang": language, "word": why.group(0)})
    pattern = DISGUISED_WHY.get(language)
    questions = _QUESTION.findall(plain)
    if pattern is not None and not why:
        for question in questions if message else [plain]:
            disguised = pattern.search(question)
            if disguised:
                yield Finding("text.disguised_why", params={"lang": language, "words": disguised.group(0)})
                break
    if message and questions:
        words = len(_WORD.findall(text))
        if words > MAX_QUESTION_WORDS:
            params = {"lang": language, "count": str(words), "max": str(MAX_QUESTION_WORDS)}
            yield Finding("text.long", params=params, severity="warning")
        asks = _ASKS.get(language)
        real = [
            q
            for q in questions
            if len(q.split()) >= _MIN_QUESTION_WORDS and (asks is None or asks.search(q.strip()))
        ]
        if len(real) > 1:
            yield Finding(
                "text.two_questions",
                params={"lang": language, "count": str(len(real))},
                severity="warning",
            )
    hard = hard_words(plain, language)
    if hard:
        yield Finding(
            "text.hard_words", params={"lang": language, "words": ", ".join(hard)}, severity="warning"
        )
