"""Keeping data no longer than needed: stale conversations closed, inactive students announced, then deleted.

A student who can be reached gets a message first and is deleted `notice` later; coming back (any message)
cancels the deletion. A student who cannot be told (they blocked the bot, or their channel is not served by
this process) is deleted at the same moment, `inactive_after` after they were last seen, without the
message: keeping their data for ever would break the promise in /privacy. Mentors and coordinators are
left to the school (they only read, so "inactive" says nothing about them).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.conversation import Outgoing
from bot.delivery import Couriers
from dialogues import TextCatalog
from storage import Store, Student, StudentKey

__all__ = ["Erase", "Retention", "RetentionReport"]

log = logging.getLogger("loopbaanbot.retention")

# No channel redelivers an update this late (Telegram keeps them 24 hours); code limits count an hour.
_KEEP_RECEIPTS = timedelta(days=7)
_KEEP_ATTEMPTS = timedelta(days=1)

# Delete a person if `still` holds for their current record, in step with their conversations
# (bot.conversation.ConversationService.erase); whether they were deleted.
Erase = Callable[[StudentKey, Callable[[Student], bool]], Awaitable[bool]]


@dataclass(slots=True)
class RetentionReport:
    """What one run did."""

    closed: int = 0
    announced: int = 0
    deleted: int = 0


class Retention:
    """The daily housekeeping run."""

    def __init__(
        self,
        *,
        store: Store,
        couriers: Couriers,
        texts: TextCatalog,
        clock: Clock,
        inactive_after: timedelta,
        notice: timedelta = timedelta(days=14),
        stale_after: timedelta = timedelta(days=30),
        erase: Erase,
        batch: int = 500,
    ) -> None:
        self._store = store
        self._couriers = couriers
        self._texts = texts
        self._clock = clock
        self.inactive_after = inactive_after
        self.notice = min(notice, inactive_after)
        self.stale_after = stale_after
        self._erase = erase
        self._batch = batch

    async def run(self) -> RetentionReport:
        """Close, announce and delete what is due."""
        report = RetentionReport()
        now = self._clock.now()
        async with self._store.transaction() as tx:
            report.closed = await tx.privacy.close_stale_sessions(before=now - self.stale_after, now=now)
            await tx.receipts.prune(before=now - _KEEP_RECEIPTS)
            await tx.attempts.prune(before=now - _KEEP_ATTEMPTS)
        after: tuple[datetime, int] | None = None
        while True:
            # Page by page: people waiting out their notice must not hide the ones behind them.
            async with self._store.read() as view:
                people = await view.privacy.inactive(
                    before=now - (self.inactive_after - self.notice), limit=self._batch, after=after
                )
            for person in people:
                await self._handle(person, now, report)
            if len(people) < self._batch:
                break
            after = (people[-1].last_seen_at, people[-1].id)
        if report.closed or report.announced or report.deleted:
            log.info(
                "retention: %d conversations closed, %d people told, %d deleted",
                report.closed,
                report.announced,
                report.deleted,
            )
        return report

    async def _handle(self, person: Student, now: datetime, report: RetentionReport) -> None:
        noticed = person.retention_notice_at
        if noticed is not None and noticed >= person.last_seen_at:
            if now - noticed >= self.notice:
                report.deleted += await self._delete(person)
        elif person.active and self._couriers.reaches(person.key):
            report.announced += await self._announce(person)
        elif now - person.last_seen_at >= self.inactive_after:
            report.deleted += await self._delete(person)

    async def _announce(self, person: Student) -> int:
        days = str(self.notice.days)
        message = Outgoing(text=self._texts.get("retention.notice", person.language, dagen=days))

        async def handed_over() -> None:
            async with self._store.transaction() as tx:
                current = await tx.students.get(person.id)
                if current is not None:
                    await tx.students.save(
                        current.model_copy(update={"retention_notice_at": self._clock.now()})
                    )

        return int(await self._couriers.deliver(person.key, [message], handed_over))

    async def _delete(self, person: Student) -> bool:
        # Only if nothing happened since the list was made: a message that came in keeps everything.
        erased = await self._erase(person.key, lambda current: current.last_seen_at == person.last_seen_at)
        if erased:
            log.info(
                "retention: person %s deleted after %d days inactive", person.id, self.inactive_after.days
            )
        return erased
