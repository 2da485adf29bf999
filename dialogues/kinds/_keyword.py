"""The student's own key word: example words when stuck, never chosen for them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from dialogues._schema import Labels, Target

from ._base import AskingKind, Finding, Graph, TextSpot

__all__ = ["KeywordNode"]

_MIN_EXAMPLES = 3


class KeywordNode(AskingKind):
    """The student's own key word; example words are offered when stuck, never chosen for them."""

    store_targets: ClassVar[frozenset[Target]] = frozenset({Target.ENTRY_KERNWOORD})

    kind: Literal["keyword"]
    examples: Labels

    def texts(self) -> Iterator[TextSpot]:
        """The question, its follow-ups and the example words."""
        yield from super().texts()
        yield self.spot("examples")

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """The key word has one place in the dossier; enough examples to choose from in each language."""
        if self.store is not None and self.store not in self.store_targets:
            yield Finding("a keyword node stores to entry.kernwoord", ("store",))
        for language in graph.languages:
            if len(self.examples.get(language, [])) < _MIN_EXAMPLES:
                yield Finding(
                    f"examples ({language}): offer at least {_MIN_EXAMPLES} example words", ("examples",)
                )

    def marks(self) -> frozenset[str]:
        """Passing it means the student has (been offered) their key word."""
        return frozenset({"keyword"})
