"""Find the emotion word in a student's story, so the bot can name it and ask what happened."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._emotion_words import LEXICON, Frame
from ._normalize import fold

__all__ = ["Emotion", "find_emotion"]

_NEGATIONS = frozenset({"niet", "geen", "nooit", "not", "never", "no", "didnt", "wasnt", "dont"})


@dataclass(frozen=True, slots=True)
class Emotion:
    """An emotion word found in a text, with how to echo it grammatically."""

    word: str
    frame: Frame
    negated: bool = False

    def clause(self, language: str) -> str:
        """A subordinate clause for 'Je zei dat ...' / 'You said ...'."""
        if language == "nl":
            neg = "niet " if self.negated else ""
            if self.frame == "state":
                return f"je je {neg}{self.word} voelde"
            return f"je het {neg}{self.word} vond"
        if self.frame == "state":
            return f"you did not feel {self.word}" if self.negated else f"you felt {self.word}"
        return f"you did not find it {self.word}" if self.negated else f"you found it {self.word}"

    def phrase(self, language: str) -> str:
        """The word itself, with the negation if there was one."""
        if not self.negated:
            return self.word
        return f"niet {self.word}" if language == "nl" else f"not {self.word}"


def _compile(language: str) -> tuple[re.Pattern[str], dict[str, tuple[str, Frame]]]:
    forms: dict[str, tuple[str, Frame]] = {}
    for word, frame, others in LEXICON[language]:
        for form in (fold(word), *others):
            forms.setdefault(form, (word, frame))
    # Longest first so "niet op mijn gemak" wins over "op mijn gemak".
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])({alternation})(?![a-z0-9])"), forms


_TABLES = {language: _compile(language) for language in LEXICON}


def find_emotion(text: str, language: str) -> Emotion | None:
    """The first emotion word in `text`, trying the student's language first, then the other."""
    folded = fold(text).replace("’", "'")
    order = [language, *(other for other in _TABLES if other != language)]
    for lang in order:
        pattern, forms = _TABLES[lang]
        match = pattern.search(folded)
        if match is None:
            continue
        word, frame = forms[match.group(1)]
        before = re.findall(r"[a-z']+", folded[: match.start()])[-2:]
        negated = any(w.replace("'", "") in _NEGATIONS for w in before) and not word.startswith("niet ")
        return Emotion(word=word, frame=frame, negated=negated)
    return None
