"""A question answered with a date, confirmed in words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from dialogues._schema import DATE_TARGETS, Target

from ._base import AskingKind, Finding, Graph

__all__ = ["DateNode"]


class DateNode(AskingKind):
    """A question answered with a date, confirmed in words."""

    store_targets: ClassVar[frozenset[Target]] = DATE_TARGETS
    store_required: ClassVar[bool] = True

    kind: Literal["date"]
    tense: Literal["future", "past", "any"] = "future"
    allow_unknown: bool = True

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A date goes where the dossier keeps a date."""
        if self.store not in self.store_targets:
            targets = ", ".join(sorted(t.value for t in self.store_targets))
            yield Finding(f"a date node must store to one of {targets}", ("store",))
