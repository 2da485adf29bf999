"""The storage contract for follow-ups (nudges): planned, claimed with a lease, sent once, ended."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from ._entities import Nudge, NudgeKind, NudgeStatus

__all__ = ["NudgeRepository"]


class NudgeRepository(Protocol):
    """Follow-ups owed to students: created by planning, fired by the scheduler, ended by answers."""

    async def plan(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> Nudge:
        """Create the item's live nudge, or start it over at `due_at` (a new date asks again from scratch)."""
        ...

    async def schedule(
        self, student_id: int, kind: NudgeKind, item_id: int, *, due_at: datetime, now: datetime
    ) -> None:
        """`plan` without reading the nudge back, so a store may hold the write until the unit ends."""
        ...

    async def cancel(self, kind: NudgeKind, item_id: int, *, now: datetime) -> None:
        """Cancel the item's live nudge, if there is one."""
        ...

    async def get(self, nudge_id: int) -> Nudge | None:
        """A nudge by id."""
        ...

    async def save(self, nudge: Nudge) -> None:
        """Write back status, attempts and times."""
        ...

    async def due(
        self, before: datetime, *, limit: int, channels: tuple[str, ...] | None = None
    ) -> list[Nudge]:
        """Live nudges due at or before `before` (of students on these channels), earliest first."""
        ...

    async def next_due(self, channels: tuple[str, ...] | None = None) -> datetime | None:
        """When the earliest live nudge (of a student on these channels) is due."""
        ...

    async def live_for(self, student_id: int) -> list[Nudge]:
        """A student's live nudges, earliest first."""
        ...

    async def listing(self, statuses: tuple[NudgeStatus, ...] = (), *, limit: int = 1000) -> list[Nudge]:
        """Nudges (with one of `statuses`, or all), earliest due first."""
        ...

    async def claim_due(
        self,
        before: datetime,
        *,
        limit: int,
        owner: str,
        lease_until: datetime,
        channels: tuple[str, ...] | None = None,
    ) -> list[Nudge]:
        """Claim up to `limit` live nudges due at or before `before` (earliest first) whose lease is free or
        ran out by `before`, with the other due, unclaimed nudges of the same students (to combine them);
        they are `owner`'s until `lease_until`. Rows another process is claiming at this moment are
        skipped, not waited for. Returns what was claimed."""
        ...

    async def handed_over(self, nudge_ids: list[int], *, now: datetime, owner: str | None = None) -> int:
        """Claimed nudges whose message is about to leave: from now on they count as sent.

        With `owner`, only nudges still claimed by `owner` (a claim that was taken over is not its to send).
        Returns how many were marked.
        """
        ...

    async def requeue_unsent(
        self,
        *,
        now: datetime,
        ids: list[int] | None = None,
        expired_by: datetime | None = None,
        owner: str | None = None,
    ) -> int:
        """Claimed nudges whose message never left (all, or these) are due again, as if never claimed.

        With `expired_by`, only those whose lease ran out by then: another live process may still be
        sending the rest. With `owner`, only those still claimed by `owner`. With none of the three (the
        only sender of a database, starting), every claim is given up, also on nudges not started yet.
        """
        ...

    async def unask(self, nudge_ids: list[int], *, now: datetime) -> None:
        """Nudges claimed for a queue the student never reached: pending again, the attempt not counted."""
        ...

    async def messages_between(self, student_id: int, start: datetime, end: datetime) -> int:
        """Follow-up messages to the student in [start, end) (nudges combined in one count once)."""
        ...
