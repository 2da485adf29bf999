"""Exceptions raised by the dialogues package.

DialogueError
├── ScriptError          a script (or text catalogue) is invalid; .problems lists each one
├── UnknownScriptError   no script with that id or version
├── UnknownKindError     no node kind with that name
└── EngineError          the engine was driven into a state it cannot handle (a bug, not user input)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DialogueError", "EngineError", "Problem", "ScriptError", "UnknownKindError", "UnknownScriptError"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation finding, located by file, line and node."""

    file: str
    line: int | None
    node: str | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        node = f" node '{self.node}':" if self.node else ""
        return f"{where}:{node} {self.severity}: {self.message}"


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
