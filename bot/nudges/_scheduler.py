"""Wake the dispatcher when follow-ups fall due (and run the school's periodic jobs); the database, not
APScheduler, knows what is due.

APScheduler waits in wall-clock time; what is due is decided by the dispatcher's (injectable) clock.

APScheduler holds two jobs: one at the earliest due time (moved earlier when something sooner is
planned), and a periodic check that catches anything a wake-up missed (a holiday file that changed, a
clock that jumped). Start-up cost does not grow with the number of pending nudges: it is one query.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.logs import log_exception
from storage import Store

from ._dispatcher import NudgeDispatcher
from ._lease import SenderLease

__all__ = ["NudgeScheduler"]

log = logging.getLogger("loopbaanbot.nudges")

_DUE_JOB = "nudges-due"
_CHECK_JOB = "nudges-check"


@dataclass(frozen=True)
class _Periodic:
    name: str
    run: Callable[[], Awaitable[object]]
    every: timedelta
    cron: dict[str, Any] = field(default_factory=dict)


class NudgeScheduler:
    """Runs the dispatcher at the right moments while the bot runs (started in post_init)."""

    def __init__(
        self,
        dispatcher: NudgeDispatcher,
        *,
        store: Store,
        lease: SenderLease | None = None,
        check_every: timedelta = timedelta(minutes=5),
        min_gap: timedelta = timedelta(seconds=30),
    ) -> None:
        self._dispatcher = dispatcher
        self._store = store
        self.lease = lease or SenderLease(None)
        self._check_every = check_every
        # Never wake again sooner than this after a run: nudges that cannot go out now (no channel for
        # them in this process) must not turn the scheduler into a busy loop.
        self._min_gap = min_gap
        self._scheduler: AsyncIOScheduler | None = None
        self._wake_at: datetime | None = None
        self._running: asyncio.Task[None] | None = None
        self._ran = asyncio.Event()
        self._periodic: list[_Periodic] = []
        self._periodic_runs: set[asyncio.Task[object]] = set()
        self.runs = 0

    def every(
        self,
        name: str,
        run: Callable[[], Awaitable[object]],
        every: timedelta,
        *,
        cron: dict[str, Any] | None = None,
    ) -> None:
        """Also run `run` at start, every `every`, and on the `cron` schedule if given (weekly summaries).

        Only the process holding the sender lease runs them: one sender per database.
        """
        self._periodic.append(_Periodic(name, run, every, cron or {}))

    @property
    def next_wake(self) -> datetime | None:
        """When the dispatcher runs next for a due nudge (None: nothing pending)."""
        return self._wake_at

    async def start(self) -> None:
        """Requeue claims a crash left behind and catch up on what fell due while the bot was down."""
        if not await self.lease.acquire():
            log.warning("another process sends the follow-ups for this database; this one will not")
            self._ran.set()
            return
        await self._dispatcher.recover()
        scheduler = AsyncIOScheduler(timezone=self._dispatcher.policy.tz)
        scheduler.start()
        self._scheduler = scheduler
        scheduler.add_job(
            self._tick,
            "interval",
            seconds=self._check_every.total_seconds(),
            id=_CHECK_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        self._schedule(datetime.now(UTC))
        for job in self._periodic:
            guarded = self._guarded(job)
            options: dict[str, Any] = {"coalesce": True, "max_instances": 1, "misfire_grace_time": None}
            scheduler.add_job(guarded, "interval", seconds=job.every.total_seconds(), id=job.name, **options)
            scheduler.add_job(guarded, "date", run_date=datetime.now(UTC), id=f"{job.name}-start", **options)
            if job.cron:
                scheduler.add_job(guarded, "cron", id=f"{job.name}-cron", **job.cron, **options)

    def _guarded(self, job: _Periodic) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            task = asyncio.current_task()
            if task is not None:
                self._periodic_runs.add(task)
            try:
                await job.run()
            except asyncio.CancelledError:
                # Stopped at shutdown: its open transaction rolled back, the next run starts over.
                log.info("periodic job %s stopped at shutdown", job.name)
            except Exception as exc:
                log_exception(log, "periodic job %s failed", exc, job.name)
            finally:
                if task is not None:
                    self._periodic_runs.discard(task)

        return run

    async def stop(self) -> None:
        """Stop waking up and cancel a run in progress (what it queued is drained by the channel)."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        # A housekeeping run must not outlive the store it works on.
        for task in list(self._periodic_runs):
            task.cancel()
        await asyncio.gather(*self._periodic_runs, return_exceptions=True)
        running = self._running
        if running is not None and not running.done():
            # Claims not yet handed over stay `sending` and are requeued by recover() on the next start.
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)
        await self.lease.release()

    async def caught_up(self) -> None:
        """Until the first run after start (the catch-up on what fell due while the bot was down) is done."""
        await self._ran.wait()

    def wake_at(self, moment: datetime) -> None:
        """Something was planned at `moment`: make sure we are awake then (the planner's listener)."""
        if self._wake_at is None or moment < self._wake_at:
            self._schedule(moment)

    def _schedule(self, moment: datetime) -> None:
        self._wake_at = moment
        if self._scheduler is None:
            return
        self._scheduler.add_job(
            self._tick,
            "date",
            run_date=moment,
            id=_DUE_JOB,
            replace_existing=True,
            coalesce=True,
            max_instances=2,
            misfire_grace_time=None,
        )

    async def _tick(self) -> None:
        if self._running is not None:
            return  # a run is going on; when it ends it plans the next wake-up from the database
        self.runs += 1
        self._wake_at = None
        self._running = asyncio.current_task()
        try:
            await self._dispatcher.run_due()
        except asyncio.CancelledError:
            # Stopped at shutdown (stop() cancels the run): claims not handed over are requeued at the next
            # start. Not re-raised: APScheduler would log the cancellation as a failed job, with a traceback.
            log.info("follow-up run stopped at shutdown")
            return
        except Exception as exc:
            log_exception(log, "running due follow-ups failed", exc)
        finally:
            self._running = None
        await self._plan_next()
        self._ran.set()

    async def _plan_next(self) -> None:
        try:
            async with self._store.read() as view:
                earliest = await view.nudges.next_due(self._dispatcher.channels)
        except Exception as exc:
            log_exception(log, "could not read the next due follow-up", exc)
            return
        if earliest is None:
            self._wake_at = None
            return
        policy = self._dispatcher.policy
        # APScheduler waits in wall-clock time, so the gap is measured on the wall clock too.
        self._schedule(max(policy.next_allowed(earliest), datetime.now(UTC) + self._min_gap))
