"""What the feeling reader finds: one feeling word with whose it is, and all of them in a text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._feeling_context import Whose
from ._feeling_words import NEGATABLE

__all__ = ["Feeling", "Frame", "Reading"]

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
    # One of two feelings the student is unsure between ("ik weet niet of ik boos was of moe").
    doubt: bool = False


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
