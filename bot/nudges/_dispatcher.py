"""Send the follow-ups that are due: claim, deliver, and record each one exactly once.

A nudge goes pending → claimed (this instance's, with a lease) → sending (its follow-up session is
committed) → sent (recorded right before the message is handed to the channel, and only while the claim is
still this instance's). The window between "recorded as sent" and "Telegram has it" is closed in favour of
never asking twice: if the process dies inside it, the nudge counts as sent, and the retry a few days later
asks again if the student did not answer. A nudge that was claimed but never handed over (still queued when
the process died, or cut off from the database) is taken back once its lease has run out and is sent then;
the instance that lost it can no longer hand it over, so it is never sent twice. Several instances on one
database each claim other rows (FOR UPDATE SKIP LOCKED), and a student's claim runs under their lock.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.clock import Clock
from bot.conversation import FollowupOutcome, FollowupRules, turn_lock
from bot.delivery import Courier, Couriers
from bot.instance import INSTANCE
from bot.logs import log_exception
from storage import LIVE_NUDGE, NudgeStatus, Store, StudentKey

from ._policy import NudgePolicy

__all__ = ["ClaimLostError", "DispatchReport", "FollowupStarter", "NudgeDispatcher"]

log = logging.getLogger("loopbaanbot.nudges")

# When something went wrong for one student, try their nudges again after this (not in a tight loop).
_RETRY_FAILED = timedelta(hours=1)
# How long a claim is this instance's: longer than a follow-up may wait in a channel's queue (Telegram's
# waits at most 5 minutes), and the time after a crash before another instance (or a restart) sends it.
LEASE = timedelta(minutes=10)


class ClaimLostError(RuntimeError):
    """The claim ran out and was taken over (this instance was cut off or too slow): do not send."""


class FollowupStarter(Protocol):
    """The conversation service's side of a follow-up (bot.conversation.ConversationService)."""

    async def start_followup(
        self, key: StudentKey, nudge_ids: list[int], rules: FollowupRules, *, owner: str | None = None
    ) -> FollowupOutcome:
        """Claim the nudges (those still `owner`'s) and start the follow-up conversation."""
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
        preparing: int = 8,
        owner: str = INSTANCE,
        lease: timedelta = LEASE,
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
        # Of those, being prepared at once (each in a transaction). A ready follow-up is recorded as sent in
        # a transaction that queues behind them on the same database (SQLite's one writer, PostgreSQL's
        # pool): with all 64 prepared at once, the first waited for every one of them, which with 20
        # schools in one process sharing the CPU meant seconds of silence per school (bench schools).
        self._preparing = preparing
        self._running = asyncio.Lock()
        self.owner = owner
        self.lease = lease
        # Counts for monitoring (bot.web's /metrics): follow-ups handed over, and given up.
        self.sent = 0
        self.dropped = 0

    def attach(self, channel: str, courier: Courier) -> None:
        """Deliver follow-ups of students on `channel` through `courier`."""
        self.couriers.attach(channel, courier)

    @property
    def channels(self) -> tuple[str, ...]:
        """The channels this dispatcher sends follow-ups on (others' are left for another process)."""
        return self.couriers.dispatching

    async def recover(self, *, only: StudentKey | None = None, everything: bool = False) -> int:
        """Claims whose message never left are due again: those whose lease ran out, or (`everything`, for
        the only sender of a database, at start) every one; of everyone, or of one student."""
        now = self._clock.now()
        async with self._store.transaction() as tx:
            ids: list[int] | None = None
            if only is not None:
                student = await tx.students.find(only)
                live = await tx.nudges.live_for(student.id) if student is not None else []
                ids = [n.id for n in live if n.status is NudgeStatus.SENDING]
            expired_by = None if everything else now
            count = await tx.nudges.requeue_unsent(now=now, ids=ids, expired_by=expired_by)
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
            preparing = asyncio.Semaphore(self._preparing)
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
                    owner = self.owner if only is None else None
                    task = group.create_task(self._one(key, nudge_ids, report, owner, preparing))
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
        """Claim students with due nudges not handled in this run yet, with all their due nudges (combined).

        A claim left over for a student seen already in this run (their follow-up went back to the queue)
        keeps its lease: the next run after it has run out tries again.
        """
        if only is not None:
            return await self._one_student(now, seen, only)
        until = now + self.lease
        async with self._store.transaction() as tx:
            claimed = await tx.nudges.claim_due(
                now, limit=self._batch, owner=self.owner, lease_until=until, channels=self.channels
            )
        by_student: dict[int, list[int]] = {}
        for nudge in claimed:
            if nudge.student_id not in seen:
                by_student.setdefault(nudge.student_id, []).append(nudge.id)
        work: list[tuple[StudentKey, list[int]]] = []
        async with self._store.read() as view:
            for student_id, nudges in by_student.items():
                seen.add(student_id)
                person = await view.students.get(student_id)
                if person is not None and self.couriers.reaches(person.key):
                    work.append((person.key, nudges))
        return work

    async def _one_student(
        self, now: datetime, seen: set[int], only: StudentKey
    ) -> list[tuple[StudentKey, list[int]]]:
        """One student's due nudges, unclaimed (the local chat: one process, the student right there)."""
        async with self._store.read() as view:
            student = await view.students.find(only)
            if student is None or student.id in seen:
                return []
            seen.add(student.id)
            nudges = [n.id for n in await view.nudges.live_for(student.id) if n.due_at <= now]
        return [(only, nudges)] if nudges and self.couriers.reaches(only) else []

    async def _one(
        self,
        key: StudentKey,
        nudge_ids: list[int],
        report: DispatchReport,
        owner: str | None,
        preparing: asyncio.Semaphore,
    ) -> None:
        report.students += 1
        try:
            async with preparing:
                outcome = await self._service.start_followup(key, nudge_ids, self.policy, owner=owner)
            if outcome.deferred_until is not None:
                report.deferred += 1
            if not outcome.claimed:
                return
            claimed = outcome.claimed

            async def handed_over() -> None:
                async with self._store.transaction() as tx:
                    marked = await tx.nudges.handed_over(claimed, now=self._clock.now(), owner=owner)
                    if marked != len(claimed):
                        # Rolled back: none of them is marked by us, and the channel does not send.
                        raise ClaimLostError(f"{len(claimed) - marked} of the claims were taken over")

            if await self.couriers.deliver(key, outcome.messages, handed_over):
                report.sent += len(claimed)
                self.sent += len(claimed)
            else:
                report.undelivered += len(claimed)
                self.dropped += len(claimed)
                async with self._store.transaction() as tx:
                    await tx.nudges.requeue_unsent(now=self._clock.now(), ids=claimed, owner=owner)
        except Exception as exc:
            report.failed += 1
            self.dropped += len(nudge_ids)
            log_exception(log, "follow-up for student %s failed", exc, key.external_id)
            await self._put_off(key, nudge_ids, owner)

    async def _put_off(self, key: StudentKey, nudge_ids: list[int], owner: str | None = None) -> None:
        try:
            now = self._clock.now()
            async with self._store.transaction(lock=turn_lock(key)) as tx:
                for nudge_id in nudge_ids:
                    nudge = await tx.nudges.get(nudge_id)
                    # Only what is still due: a nudge sent before the failure keeps its own retry time.
                    if nudge is None or nudge.status not in LIVE_NUDGE or nudge.due_at > now:
                        continue
                    # Only our own claims: one another instance took over (our lease ran out while we were
                    # cut off) is theirs to send now, not an hour later.
                    if owner is None or nudge.claimed_by in (None, owner):
                        later = {"due_at": now + _RETRY_FAILED, "updated_at": now}
                        await tx.nudges.save(nudge.model_copy(update=later))
        except Exception as exc:  # the database itself is in trouble; the next run tries again
            log_exception(log, "could not put off nudges %s", exc, nudge_ids)
