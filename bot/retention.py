"""Keeping data no longer than needed: stale conversations closed, inactive people announced, then deleted.

Nobody is deleted without a message first: a person this process cannot reach (no courier for their
channel) is left alone. Coming back (any message) cancels the deletion.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.conversation import Outgoing
from bot.delivery import Couriers
from dialogues import TextCatalog
from storage import Store, Student, StudentKey

__all__ = ["Erase", "Retention", "RetentionReport"]

log = logging.getLogger("loopbaanbot.retention")

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
        async with self._store.read() as view:
            people = await view.privacy.inactive(
                before=now - (self.inactive_after - self.notice), limit=self._batch
            )
        for person in people:
            noticed = person.retention_notice_at
            if noticed is None or noticed < person.last_seen_at:
                report.announced += await self._announce(person)
            elif now - noticed >= self.notice:
                report.deleted += await self._delete(person)
        if report.closed or report.announced or report.deleted:
            log.info(
                "retention: %d conversations closed, %d people told, %d deleted",
                report.closed,
                report.announced,
                report.deleted,
            )
        return report

    async def _announce(self, person: Student) -> int:
        if not person.active or not self._couriers.reaches(person.key):
            return 0
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
