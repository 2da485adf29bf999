"""Find the emotion word in a student's story, so the bot can name it and ask what happened."""

from __future__ import annotations

from dataclasses import dataclass

from ._emotion_words import LEXICON, Frame
from ._feelings import read_feelings

__all__ = ["Emotion", "find_emotion"]


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


def find_emotion(text: str, language: str) -> Emotion | None:
    """The student's first own feeling in `text` (negated ones too), as its family's word; None if none.

    Someone else's feeling ("de klant was blij") is not the student's and is not returned.
    """
    for feeling in read_feelings(text, language).feelings:
        if feeling.whose == "self":
            if feeling.frame == "eval":  # "it was boring": how it was, in the student's word
                return Emotion(word=feeling.word, frame="eval", negated=feeling.negated)
            frame = _FRAMES.get(feeling.family, "state")
            return Emotion(word=feeling.family, frame=frame, negated=feeling.negated)
    return None


_FRAMES: dict[str, Frame] = {word: frame for table in LEXICON.values() for word, frame, _ in table}
