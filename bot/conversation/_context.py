"""One update's context: the student, the time, and where reads and writes go."""

from __future__ import annotations

from contextlib import AsyncExitStack
from datetime import date, datetime

from storage import SessionRecord, Store, Student, Transaction

__all__ = ["TurnContext"]


class TurnContext:
    """Reads go through a read-only view until the first write opens the writer; then through the writer."""

    def __init__(
        self,
        store: Store,
        stack: AsyncExitStack,
        view: Transaction,
        now: datetime,
        today: date,
        *,
        tx: Transaction | None = None,
    ) -> None:
        self._store = store
        self._stack = stack
        self._view = view
        # Given when the whole turn runs in one unit (a shared database: read and write under the lock).
        self._tx: Transaction | None = tx
        self._session: SessionRecord | None = None
        self.session_known = False
        self.now = now
        self.today = today
        self.student: Student
        # Set when this update deleted the person: nothing about them may be remembered afterwards.
        self.deleted = False
        # Set when the input is a press on a button the bot showed (not typed): only that confirms.
        self.by_button = False
        # Set when the safety step took the student's message: it is not kept anywhere, not even in a chat.
        self.withheld = False
        # Whether the channel's update is new, when the store noted that as the turn began (else None).
        self.new_update: bool | None = None

    @property
    def known(self) -> bool:
        """Whether the student exists (a greeting for an unknown student has nothing to show)."""
        return hasattr(self, "student")

    @property
    def lang(self) -> str:
        """The student's language."""
        return self.student.language

    @property
    def view(self) -> Transaction:
        """Committed data, for what an update does not change (the school's places): reading it here
        does not take the one writer of a SQLite file mid-turn, as reading through the unit would."""
        return self._view

    @property
    def reads(self) -> Transaction:
        """Where to read: the writer once this update has written (to see its own writes), else the view."""
        return self._tx or self._view

    async def session(self) -> SessionRecord | None:
        """The student's open conversation (read once per update, or known from the previous one)."""
        if not self.session_known:
            self.remember(await self.reads.sessions.current(self.student.id))
        return self._session

    async def session_in(self, lane: str) -> SessionRecord | None:
        """The open conversation in `lane`: the known one when it is in that lane, else one read."""
        top = await self.session()
        if top is None or top.lane == lane:
            return top
        return await self.reads.sessions.current(self.student.id, lane=lane)

    @property
    def known_session(self) -> SessionRecord | None:
        """The open conversation as last read or written in this update."""
        return self._session

    def remember(self, session: SessionRecord | None) -> None:
        """Record what the student's open conversation is now (None when it finished or was closed)."""
        self._session = session if session is not None and session.status in ("active", "paused") else None
        self.session_known = True

    def forget_session(self) -> None:
        """The open conversation changed in a way only the database knows (a lane finished): read it again."""
        self.session_known = False

    async def write(self) -> Transaction:
        """The transaction for this update's writes, opened on first use and committed when handling ends."""
        if self._tx is None:
            self._tx = await self._stack.enter_async_context(self._store.transaction())
        return self._tx
