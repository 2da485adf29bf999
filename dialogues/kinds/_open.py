"""The kinds answered in free text: an open question, and who can help (a contact)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from dialogues._schema import CHOSEN_TARGETS, DATE_TARGETS, Target

from ._base import AskingKind, Finding, Graph

__all__ = ["ContactNode", "QuestionNode"]


class QuestionNode(AskingKind):
    """An open question answered in free text."""

    store_targets: ClassVar[frozenset[Target]] = frozenset(Target) - DATE_TARGETS - CHOSEN_TARGETS

    kind: Literal["question"]
    min_words: int = Field(default=3, ge=1, le=20)
    detect_emotion: bool = False

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A date or a fixed value is not asked as free text."""
        if self.store is not None and self.store not in self.store_targets:
            kind = "date" if self.store in DATE_TARGETS else "choice"
            yield Finding(f"{self.store} needs a {kind} node, not a free-text question", ("store",))

    def records_emotion(self) -> bool:
        """When `detect_emotion` is on."""
        return self.detect_emotion


class ContactNode(AskingKind):
    """Who can help: a person from the student's network; 'nobody yet' is allowed."""

    store_targets: ClassVar[frozenset[Target]] = frozenset({Target.STEP_HELPER})

    kind: Literal["contact"]

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A contact is the helper of a step, or only added to the network."""
        if self.store is not None and self.store not in self.store_targets:
            yield Finding("a contact node stores to step.helper", ("store",))

    def marks(self) -> frozenset[str]:
        """Naming someone (or nobody yet) answers the step's 'who helps'."""
        return frozenset({"step.helper"})
