"""The studio's part of the storage contract: drafts, publications and the log; the counts per question."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from ._studio_entities import Draft, Publication, StudioChange, Tally, TallyStep, Waiting

__all__ = ["StudioRepository", "TallyRepository"]


class StudioRepository(Protocol):
    """Drafts (one per script, with a revision), publications and the studio's log."""

    async def draft(self, script_id: str) -> Draft | None:
        """The script's draft, if someone started one."""
        ...

    async def drafts(self) -> list[Draft]:
        """Every draft."""
        ...

    async def save_draft(
        self,
        script_id: str,
        *,
        source: str,
        base_digest: str,
        experiments: list[str],
        revision: int,
        person_id: int | None,
        now: datetime,
    ) -> Draft:
        """Store a draft made from revision `revision` (0: there was none); it gets revision + 1.

        ConflictError when the stored draft is no longer at `revision` (someone else saved meanwhile, or
        started one first): nothing is written.
        """
        ...

    async def discard_draft(self, script_id: str, *, revision: int) -> None:
        """Throw the draft away; ConflictError when it is not at `revision` (or gone)."""
        ...

    async def publish(
        self,
        script_id: str,
        *,
        digest: str,
        note: str,
        person_id: int | None,
        now: datetime,
        experiments: list[str],
        rollback_of: int | None = None,
    ) -> Publication:
        """Make `digest` the version new conversations of this script start with (its source must be
        remembered in the script versions)."""
        ...

    async def published(self, script_id: str) -> Publication | None:
        """The newest publication of a script, or None (then the shipped script is used)."""
        ...

    async def publications(self, script_id: str) -> list[Publication]:
        """Every publication of a script, newest first."""
        ...

    async def log(
        self,
        script_id: str,
        *,
        action: str,
        person_id: int | None,
        now: datetime,
        question: str | None = None,
        detail: str = "",
    ) -> None:
        """Note a change in the studio's log."""
        ...

    async def changes(self, script_id: str, *, limit: int) -> list[StudioChange]:
        """The latest `limit` changes of a script, newest first."""
        ...

    async def versions(self, script_id: str) -> list[tuple[str, datetime]]:
        """Every version of a script conversations started with or that was published, oldest first."""
        ...


class TallyRepository(Protocol):
    """Counts per question for the studio's figures, written in the transaction of the student's turn."""

    async def asked(
        self, student_id: int, session_id: int, *, script_hash: str, node: str, arm: int, now: datetime
    ) -> None:
        """A question was put to a student (the conversation waits for the answer)."""
        ...

    async def mark(self, session_id: int, *, thin: int = 0, helps: int = 0, words: int | None = None) -> None:
        """Note on the question the conversation waits at: a thin answer, /help, words typed."""
        ...

    async def answered(self, session_id: int, *, now: datetime) -> None:
        """The question the conversation waited at was answered: it counts in the totals."""
        ...

    async def finished(
        self,
        student_id: int,
        session_id: int,
        *,
        script_hash: str,
        node: str,
        arms: dict[str, int],
        now: datetime,
    ) -> None:
        """The conversation reached its end `node`; `arms` are its experiments' wordings (question → arm)."""
        ...

    async def step(self, step: TallyStep) -> None:
        """Everything one turn did, as `mark`, `answered`, then `asked` or `finished` would do it; in as few
        statements as the backend can (this runs in every turn)."""
        ...

    async def totals(self, script_hash: str) -> list[Tally]:
        """The running totals of one version."""
        ...

    async def compact(self) -> None:
        """Fold what turns added into the totals, where a backend keeps them apart (a periodic job)."""
        ...

    async def waiting(self, script_hash: str, *, stopped_before: datetime) -> list[Waiting]:
        """Questions of one version asked and not answered: stopped (asked before `stopped_before`) or
        still waiting."""
        ...

    async def students(self, script_hash: str, node: str, arm: int, *, answered: bool, at_most: int) -> int:
        """How many different students were asked (or, with `answered`, answered) this question in this
        wording, counted up to `at_most` (enough to know whether a figure may be shown)."""
        ...
