"""What can go wrong in the studio, as exceptions a page turns into a clear message.

StudioError
├── StaleDraftError      someone else saved the draft since the form was made (nothing was written)
├── NothingToDoError     publishing without a draft, or a draft that changes nothing
├── BlockedError         publishing a draft with errors (the checks' problems are attached)
└── BadImportError       an uploaded file that is not this script's YAML
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogues import Problem

from ._problems import Note

__all__ = ["BadImportError", "BlockedError", "NothingToDoError", "StaleDraftError", "StudioError"]


class StudioError(Exception):
    """Root of every error the studio raises."""


class StaleDraftError(StudioError):
    """The draft is no longer at the revision the form was made from."""

    def __init__(self, script_id: str, revision: int) -> None:
        self.script_id = script_id
        self.revision = revision
        super().__init__(f"the draft of {script_id} is no longer at revision {revision}")


class NothingToDoError(StudioError):
    """There is no draft, or it is the version already published."""


class BlockedError(StudioError):
    """The draft has errors: it cannot be published until they are fixed."""

    def __init__(self, problems: Sequence[Problem | Note]) -> None:
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} error(s)")


class BadImportError(StudioError):
    """The file is not a script this page can take (a key of the studio's texts says why)."""

    def __init__(self, key: str, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key)
