"""The engine state each conversation's last turn ended with, kept next to the dict that was stored."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from dialogues.engine import SessionState
from storage import SessionRecord

__all__ = ["States"]


class States:
    """A stored state back as the engine's SessionState; when it is the very dict the last turn of that
    conversation stored (the record kept in memory between a student's messages), the model that turn
    ended with is used instead of validating the dict again (about 4 % of a turn in `bench core`)."""

    def __init__(self, size: int = 2000) -> None:
        self._size = size
        self._kept: OrderedDict[int, tuple[dict[str, Any], SessionState]] = OrderedDict()

    def of(self, session: SessionRecord) -> SessionState:
        """The conversation's engine state."""
        kept = self._kept.get(session.id)
        # Identity, not equality: any other dict (read again from the database, changed by a command)
        # is validated as it always was. The engine never changes a state it is given.
        if kept is not None and kept[0] is session.state:
            return kept[1]
        return SessionState.model_validate(session.state)

    def keep(self, session: SessionRecord, state: SessionState) -> None:
        """Remember that `session.state` is `state` dumped."""
        self._kept[session.id] = (session.state, state)
        self._kept.move_to_end(session.id)
        while len(self._kept) > self._size:
            self._kept.popitem(last=False)
