"""Sending each mentor their summary once a week (Monday 08:00 by default), also after downtime."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.delivery import Couriers
from bot.instance import INSTANCE
from bot.logs import log_exception
from storage import Mentor, Role, Store

from ._weekly import MentorSummaryBuilder, week_of

__all__ = ["SummaryTakenError", "WeeklySummaries"]

log = logging.getLogger("loopbaanbot.summaries")


# How long a mentor's summary is this instance's once claimed (as for follow-ups: see bot.nudges).
_LEASE = timedelta(minutes=10)


class SummaryTakenError(RuntimeError):
    """The claim on a mentor's summary ran out and another instance took it: do not send."""


class WeeklySummaries:
    """Hands every mentor this week's summary once it is time; recorded per ISO week, never twice.

    Every instance on a shared database runs this; each mentor's summary is claimed with a lease first, and
    only the claimer may record it as handed over, so it goes out once however many instances look.
    """

    def __init__(
        self,
        *,
        store: Store,
        couriers: Couriers,
        builder: MentorSummaryBuilder,
        clock: Clock,
        tz: ZoneInfo,
        weekday: int = 0,
        at: time = time(8, 0),
        owner: str = INSTANCE,
        lease: timedelta = _LEASE,
    ) -> None:
        self._store = store
        self._couriers = couriers
        self._builder = builder
        self.builder = builder
        self._clock = clock
        self.tz = tz
        self.weekday = weekday
        self.at = at
        # The Monday job, the half-hourly catch-up and the start-up run may overlap; a week is marked only
        # at hand-over, so two runs at once would both see a mentor as not sent yet.
        self._running = asyncio.Lock()
        self._owner = owner
        self._lease = lease

    def moment_of_week(self, now: datetime) -> datetime:
        """When this week's summaries go out (local time)."""
        local = now.astimezone(self.tz)
        monday = local.date() - timedelta(days=local.weekday())
        return datetime.combine(monday + timedelta(days=self.weekday), self.at, self.tz)

    async def send_due(self) -> int:
        """Send the summaries that are due and not sent yet this week; how many were handed over."""
        async with self._running:
            return await self._send_due()

    async def _send_due(self) -> int:
        now = self._clock.now()
        if now < self.moment_of_week(now):
            return 0
        week = week_of(now, self.tz)
        async with self._store.read() as view:
            mentors = [m for m in await view.school.mentors() if m.summary_week != week]
        sent = 0
        for mentor in mentors:
            try:
                sent += await self._send(mentor, week, now)
            except Exception as exc:  # one mentor's trouble must not keep the others waiting
                log_exception(log, "summary for mentor %s failed", exc, mentor.person_id)
        if sent:
            log.info("weekly summaries: %d sent for %s", sent, week)
        return sent

    async def _send(self, mentor: Mentor, week: str, now: datetime) -> int:
        async with self._store.read() as view:
            person = await view.students.get(mentor.person_id)
            if person is None or person.role is not Role.MENTOR:
                return 0  # a mentor who became coordinator (or student) keeps the record, not the summary
            if not person.active or not self._couriers.reaches(person.key):
                return 0
        async with self._store.transaction() as tx:
            mine = await tx.school.claim_summary(
                mentor.person_id, week, owner=self._owner, lease_until=now + self._lease, now=now
            )
        if not mine:
            return 0  # sent already, or another instance is sending it
        async with self._store.read() as view:
            messages = await self._builder.build(view, mentor, now)

        async def handed_over() -> None:
            async with self._store.transaction() as tx:
                if not await tx.school.mark_summary(mentor.person_id, week, owner=self._owner):
                    raise SummaryTakenError(f"the summary of mentor {mentor.person_id} was taken over")

        return int(await self._couriers.deliver(person.key, messages, handed_over))
