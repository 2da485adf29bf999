"""Send the follow-ups that are due: claim, deliver, and record each one exactly once.

A nudge goes pending → sending (claimed: its follow-up session is committed) → sent (recorded right before
the message is handed to the channel). The window between "recorded as sent" and "Telegram has it" is
closed in favour of never asking twice: if the process dies inside it, the nudge counts as sent, and the
retry a few days later asks again if the student did not answer. A nudge that was claimed but never
handed over (still queued when the process died) goes back to pending on start-up and is sent then.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.clock import Clock
from bot.conversation import FollowupOutcome, FollowupRules
from bot.delivery import Courier, Couriers
from bot.logs import log_exception
from storage import LIVE_NUDGE, NudgeStatus, Store, StudentKey

from ._policy import NudgePolicy

__all__ = ["DispatchReport", "FollowupStarter", "NudgeDispatcher"]

log = logging.getLogger("loopbaanbot.nudges")

# When something went wrong for one student, try their nudges again after this (not in a tight loop).
_RETRY_FAILED = timedelta(hours=1)


class FollowupStarter(Protocol):
    """The conversation service's side of a follow-up (bot.conversation.ConversationService)."""

    async def start_followup(
        self, key: StudentKey, nudge_ids: list[int], rules: FollowupRules
    ) -> FollowupOutcome:
        """Claim the nudges and start the follow-up conversation."""
        ...


@dataclass(slots=True)
class DispatchReport:
    """What one run did (for logs, the CLI and tests)."""

    students: int = 0
    sent: int = 0
    deferred: int = 0
    undelivered: int = 0
    failed: int = 0


class NudgeDispatcher:
    """Finds due nudges, lets the conversation service claim them per student, and delivers the result."""

    def __init__(
        self,
        *,
        store: Store,
        service: FollowupStarter,
        policy: NudgePolicy,
        clock: Clock,
        couriers: Couriers | None = None,
        batch: int = 500,
        concurrency: int = 64,
    ) -> None:
        self._store = store
        self._service = service
        self.policy = policy
        self._clock = clock
        self.couriers = couriers or Couriers()
        self._batch = batch
        # Students in flight at once: enough to keep a 30 msg/s channel busy, few enough that a claim
        # (a started follow-up) is never far ahead of its message.
        self._concurrency = concurrency
        self._running = asyncio.Lock()

    def attach(self, channel: str, courier: Courier) -> None:
        """Deliver follow-ups of students on `channel` through `courier`."""
        self.couriers.attach(channel, courier)

    @property
    def channels(self) -> tuple[str, ...]:
        """The channels this dispatcher can deliver to (others' nudges are left for their own process)."""
        return self.couriers.channels

    async def recover(self, *, only: StudentKey | None = None) -> int:
        """On start-up: claims whose message never left (everyone's, or one student's) are due again."""
        async with self._store.transaction() as tx:
            ids: list[int] | None = None
            if only is not None:
                student = await tx.students.find(only)
                live = await tx.nudges.live_for(student.id) if student is not None else []
                ids = [n.id for n in live if n.status is NudgeStatus.SENDING]
            count = await tx.nudges.requeue_unsent(now=self._clock.now(), ids=ids)
        if count:
            log.info("%d claimed follow-up(s) were never sent; they are due again", count)
        return count

    async def run_due(self, *, only: StudentKey | None = None) -> DispatchReport:
        """Send every follow-up due now (or only this student's); quiet hours and holidays send nothing."""
        report = DispatchReport()
        now = self._clock.now()
        if not self.policy.allowed(now):
            return report
        async with self._running, asyncio.TaskGroup() as group:
            # A task group: stopping the bot cancels the run and every student in flight with it.
            slots = asyncio.Semaphore(self._concurrency)
            tasks: set[asyncio.Task[None]] = set()
            seen: set[int] = set()
            while True:
                work = await self._next_students(now, seen, only)
                if not work:
                    if not tasks or only is not None:
                        break
                    # The students in flight still count as due until claimed: wait, then look again.
                    await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
                    continue
                for key, nudge_ids in work:
                    await slots.acquire()
                    task = group.create_task(self._one(key, nudge_ids, report))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                    task.add_done_callback(lambda _: slots.release())
        if report.students:
            log.info(
                "follow-ups: %d student(s), %d sent, %d deferred, %d undelivered, %d failed",
                report.students,
                report.sent,
                report.deferred,
                report.undelivered,
                report.failed,
            )
        return report

    async def _next_students(
        self, now: datetime, seen: set[int], only: StudentKey | None
    ) -> list[tuple[StudentKey, list[int]]]:
        """Students with due nudges not handled in this run yet, with all their due nudges (to combine)."""
        async with self._store.read() as view:
            if only is not None:
                student = await view.students.find(only)
                ids = [student.id] if student is not None and student.id not in seen else []
            else:
                due = await view.nudges.due(now, limit=self._batch, channels=self.channels)
                ids = list(dict.fromkeys(n.student_id for n in due if n.student_id not in seen))
            work: list[tuple[StudentKey, list[int]]] = []
            for student_id in ids:
                seen.add(student_id)
                student = await view.students.get(student_id)
                nudges = [n.id for n in await view.nudges.live_for(student_id) if n.due_at <= now]
                if student is not None and nudges and self.couriers.reaches(student.key):
                    work.append((student.key, nudges))
            return work

    async def _one(self, key: StudentKey, nudge_ids: list[int], report: DispatchReport) -> None:
        report.students += 1
        try:
            outcome = await self._service.start_followup(key, nudge_ids, self.policy)
            if outcome.deferred_until is not None:
                report.deferred += 1
            if not outcome.claimed:
                return
            claimed = outcome.claimed

            async def handed_over() -> None:
                async with self._store.transaction() as tx:
                    await tx.nudges.handed_over(claimed, now=self._clock.now())

            if await self.couriers.deliver(key, outcome.messages, handed_over):
                report.sent += len(claimed)
            else:
                report.undelivered += len(claimed)
                async with self._store.transaction() as tx:
                    await tx.nudges.requeue_unsent(now=self._clock.now(), ids=claimed)
        except Exception as exc:
            report.failed += 1
            log_exception(log, "follow-up for student %s failed", exc, key.external_id)
            await self._put_off(nudge_ids)

    async def _put_off(self, nudge_ids: list[int]) -> None:
        try:
            now = self._clock.now()
            async with self._store.transaction() as tx:
                for nudge_id in nudge_ids:
                    nudge = await tx.nudges.get(nudge_id)
                    # Only what is still due: a nudge sent before the failure keeps its own retry time.
                    if nudge is not None and nudge.status in LIVE_NUDGE and nudge.due_at <= now:
                        later = {"due_at": now + _RETRY_FAILED, "updated_at": now}
                        await tx.nudges.save(nudge.model_copy(update=later))
        except Exception as exc:  # the database itself is in trouble; the next run tries again
            log_exception(log, "could not put off nudges %s", exc, nudge_ids)
