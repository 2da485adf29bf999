"""Exceptions raised by the dialogues package, and the Problem a check reports.

DialogueError
├── ScriptError          a script (or text catalogue) is invalid; .problems lists each one
├── UnknownScriptError   no script with that id or version
├── UnknownKindError     no node kind with that name
├── EditError            an edit names a question, field or place that does not exist (a caller's bug)
├── GraphError           the flow picture cannot be drawn (Graphviz's `dot` is missing or failed)
└── EngineError          the engine was driven into a state it cannot handle (a bug, not user input)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Literal

__all__ = [
    "DialogueError",
    "EditError",
    "EngineError",
    "GraphError",
    "Problem",
    "ScriptError",
    "Severity",
    "UnknownKindError",
    "UnknownScriptError",
]

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of the checks, as data: where it is, a message key and its parameters.

    `node` is the id of the question (None for the script as a whole), `path` the key inside it (or inside
    the script) as written in YAML, e.g. ("options", 1, "next"), so a form can show the message next to the
    field. The words come from the checks' catalogue (dialogues/checks.yaml) in Dutch or English: see
    `text()` and `describe()`. A key that is not in the catalogue is shown as it is (free text).
    """

    file: str
    line: int | None
    node: str | None
    key: str
    severity: Severity = "error"
    params: Mapping[str, str] = _field(default_factory=dict, hash=False)
    path: tuple[str | int, ...] = ()

    @property
    def field(self) -> str | None:
        """The field of the question (or script) the problem is about, e.g. "text" or "options"; or None."""
        return next((part for part in self.path if isinstance(part, str)), None)

    @property
    def language(self) -> str | None:
        """The language of the text the problem is about ("nl", "en"), when it is about one text."""
        return self.params.get("lang")

    def text(self, language: str = "nl") -> str:
        """What is wrong and what to do, in plain words in `language` ("nl" or "en")."""
        from ._messages import problem_text

        return problem_text(self, language)

    def describe(self, language: str = "nl") -> str:
        """One line for a terminal: the place (file, line, question, field), the severity and the text."""
        from ._messages import problem_line

        return problem_line(self, language)

    @property
    def message(self) -> str:
        """The text in Dutch (the product's language); use `text(language)` to choose."""
        return self.text("nl")

    def __str__(self) -> str:
        return self.describe("nl")


class DialogueError(Exception):
    """Root of every error this package raises."""


class ScriptError(DialogueError):
    """A script failed validation."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UnknownScriptError(DialogueError):
    """No script is known under the requested id or content hash."""


class EngineError(DialogueError):
    """The engine met a state that validation should have made impossible."""


class UnknownKindError(DialogueError):
    """No node kind has this name."""


class EditError(DialogueError):
    """An edit cannot be applied: the question, field or position does not exist (a caller's mistake)."""


class GraphError(DialogueError):
    """The flow picture cannot be drawn: Graphviz (`dot`) is not installed, or it failed."""
