"""Many follow-ups due at once: they go out as they are ready, not after every one of them is prepared."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta

from bot.clock import SystemClock
from bot.conversation import FollowupOutcome, FollowupRules, Outgoing
from bot.delivery import Couriers
from bot.nudges import FollowupStarter, NudgeDispatcher, NudgePolicy
from bot.wiring import App
from storage import NudgeKind, Store, StudentKey

from .conftest import AMS

ALWAYS = NudgePolicy(tz=AMS, quiet_start=time(0), quiet_end=time(0))
STUDENTS = 100
# Follow-ups a ready one may wait behind: those being prepared at the same moment (the dispatcher's limit)
# and a few handed over just before it.
AT_MOST_AHEAD = 12


class Preparing:
    """The conversation service, counting the follow-ups it has prepared (started) so far."""

    def __init__(self, service: FollowupStarter) -> None:
        self._service = service
        self.prepared = 0

    async def start_followup(
        self, key: StudentKey, nudge_ids: list[int], rules: FollowupRules, *, owner: str | None = None
    ) -> FollowupOutcome:
        outcome = await self._service.start_followup(key, nudge_ids, rules, owner=owner)
        self.prepared += 1
        return outcome


class Phone:
    """A channel that sends at once: notes, for every follow-up it sends, how many were prepared by then."""

    def __init__(self, service: Preparing) -> None:
        self._service = service
        self.ahead: list[int] = []

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        await handed_over()
        self.ahead.append(self._service.prepared - len(self.ahead) - 1)
        return True


async def _due(store: Store, count: int) -> None:
    now = datetime.now(UTC)
    async with store.transaction() as tx:
        for n in range(count):
            student = await tx.students.upsert(
                StudentKey("test", f"s{n}"), display_name=f"S{n}", language="nl", now=now
            )
            step = await tx.dossier.create_step(student.id, experience_id=None, now=now)
            await tx.dossier.update_step(step.id, what="de bakker bellen", due=now.date())
            await tx.nudges.plan(
                student.id, NudgeKind.STEP, step.id, due_at=now - timedelta(minutes=1), now=now
            )


async def test_a_follow_up_goes_out_while_others_are_still_being_prepared(
    make_app: Callable[..., App], store: Store
) -> None:
    # Each follow-up is prepared in a transaction and recorded as sent in another, on the same database:
    # with every due student prepared at once, the first ready one waited until all 64 in flight were
    # prepared (seconds with 20 schools in one process: bench schools).
    app = make_app(clock=SystemClock(), policy=ALWAYS)
    await _due(store, STUDENTS)
    preparing = Preparing(app.conversations)
    dispatcher = NudgeDispatcher(
        store=store, service=preparing, policy=ALWAYS, clock=SystemClock(), couriers=Couriers()
    )
    phone = Phone(preparing)
    dispatcher.attach("test", phone)
    report = await dispatcher.run_due()
    assert report.sent == STUDENTS
    assert len(phone.ahead) == STUDENTS
    assert max(phone.ahead) <= AT_MOST_AHEAD, phone.ahead[:10]
