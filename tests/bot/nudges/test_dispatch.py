"""Exactly once across crashes and restarts, and the scheduler waking up on time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.clock import FakeClock, SystemClock
from bot.conversation import Outgoing
from bot.nudges import NudgePolicy, NudgeScheduler
from bot.wiring import App
from storage import NudgeKind, NudgeStatus, Store, StudentKey
from tests.bot.chat import Chat

from .conftest import ALONE, AMS, REFLECTION, Inbox, Runner, local, nudges_of

ALWAYS = NudgePolicy(tz=AMS, quiet_start=time(0), quiet_end=time(0))  # no quiet hours at all


class Crashing:
    """A courier whose process dies while the message is on its way to Telegram."""

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        await handed_over()
        raise ConnectionResetError("the process died here")


class Stuck:
    """A courier whose queue never gets to the message (the bot is stopped before it does)."""

    def __init__(self) -> None:
        self.waiting = asyncio.Event()

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        self.waiting.set()
        await asyncio.Event().wait()
        return False


async def test_a_claim_whose_message_never_left_is_sent_after_a_restart(
    sam: Chat, app: App, make_app: Callable[..., App], clock: FakeClock, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    clock.set(local(27, 9))
    [nudge] = await nudges_of(store, sam)
    # The claim is committed with the follow-up's session; then the process dies before sending.
    outcome = await app.conversations.start_followup(sam.who.key, [nudge.id], app.policy)
    assert outcome.claimed == [nudge.id]
    [claimed] = await nudges_of(store, sam)
    assert claimed.status is NudgeStatus.SENDING

    restarted = make_app()
    inbox = Inbox()
    restarted.dispatcher.attach("test", inbox)
    clock.set(local(27, 9, 2))
    assert await restarted.dispatcher.recover() == 1
    await restarted.dispatcher.run_due()
    await restarted.dispatcher.run_due()
    assert inbox.count(sam.who.key) == 1
    [sent] = await nudges_of(store, sam)
    assert (sent.status, sent.attempts) == (NudgeStatus.SENT, 1)


async def test_a_follow_up_recorded_as_sent_is_never_sent_twice(
    sam: Chat, app: App, make_app: Callable[..., App], clock: FakeClock, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    app.dispatcher.attach("test", Crashing())
    clock.set(local(27, 9))
    report = await app.dispatcher.run_due()
    assert report.failed == 1
    [nudge] = await nudges_of(store, sam)
    assert nudge.status is NudgeStatus.SENT

    restarted = make_app()
    inbox = Inbox()
    restarted.dispatcher.attach("test", inbox)
    assert await restarted.dispatcher.recover() == 0
    for moment in (local(27, 9, 5), local(28, 9), local(29, 9)):
        clock.set(moment)
        await restarted.dispatcher.run_due()
    assert inbox.count(sam.who.key) == 0, "asked again only after the retry time, as a new attempt"
    clock.set(local(30, 9))
    await restarted.dispatcher.run_due()
    assert inbox.count(sam.who.key) == 1


async def test_many_students_due_at_once_each_get_one_message(
    service,
    run: Runner,
    inbox: Inbox,
    store: Store,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    from bot.conversation import Who

    chats = [Chat(service, Who(StudentKey("test", f"s{n}"), display_name=f"S{n}")) for n in range(30)]
    for chat in chats:
        await chat.say(*REFLECTION, *ALONE)
    report = await run.at(local(27, 9))
    assert (report.students, report.sent) == (30, 30)
    assert all(inbox.count(chat.who.key) == 1 for chat in chats)
    await run.at(local(27, 9, 1))
    assert sum(inbox.count(chat.who.key) for chat in chats) == 30


async def _due_soon(store: Store, due_at: datetime) -> StudentKey:
    """A student with a step for today whose follow-up is due at `due_at`."""
    key = StudentKey("test", "vroeg")
    now = datetime.now(UTC)
    async with store.transaction() as tx:
        student = await tx.students.upsert(key, display_name="Vroeg", language="nl", now=now)
        step = await tx.dossier.create_step(student.id, experience_id=None, now=now)
        await tx.dossier.update_step(step.id, what="de bakker bellen", due=now.date())
        await tx.nudges.plan(student.id, NudgeKind.STEP, step.id, due_at=due_at, now=now)
    return key


@pytest.mark.parametrize("delay", [-3600.0, 0.3])
async def test_the_scheduler_sends_on_time_and_catches_up_on_start(
    make_app: Callable[..., App], store: Store, delay: float
) -> None:
    app = make_app(clock=SystemClock(), policy=ALWAYS)
    inbox = Inbox()
    app.dispatcher.attach("test", inbox)
    key = await _due_soon(store, datetime.now(UTC) + timedelta(seconds=delay))
    scheduler = NudgeScheduler(app.dispatcher, store=store, min_gap=timedelta(0))
    await scheduler.start()
    try:
        await inbox.wait_for(key)
    finally:
        await scheduler.stop()
    assert "de bakker bellen" in inbox.text(key)
    assert scheduler.runs >= 1


async def test_something_planned_sooner_wakes_the_scheduler_earlier(
    make_app: Callable[..., App], store: Store
) -> None:
    app = make_app(clock=SystemClock(), policy=ALWAYS)
    inbox = Inbox()
    app.dispatcher.attach("test", inbox)
    scheduler = NudgeScheduler(app.dispatcher, store=store, min_gap=timedelta(0))
    await scheduler.start()
    try:
        await asyncio.sleep(0.1)  # the start-up run found nothing
        soon = datetime.now(UTC) + timedelta(seconds=0.3)
        key = await _due_soon(store, soon)
        scheduler.wake_at(soon)  # what the planner's listener does
        assert scheduler.next_wake == soon
        await inbox.wait_for(key)
    finally:
        await scheduler.stop()


async def test_stopping_mid_run_leaves_the_claim_to_be_sent_after_the_restart(
    make_app: Callable[..., App], store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(clock=SystemClock(), policy=ALWAYS)
    stuck = Stuck()
    app.dispatcher.attach("test", stuck)
    key = await _due_soon(store, datetime.now(UTC) - timedelta(minutes=1))
    scheduler = NudgeScheduler(app.dispatcher, store=store)
    await scheduler.start()
    async with asyncio.timeout(5):
        await stuck.waiting.wait()
    with caplog.at_level(logging.INFO):
        await scheduler.stop()
        await asyncio.sleep(0)  # APScheduler's wrapper sees how the job ended
    assert [r.levelname for r in caplog.records if r.levelno >= logging.WARNING] == [], "a stop is no error"
    assert any("follow-up run stopped at shutdown" in r.getMessage() for r in caplog.records)
    async with store.read() as view:
        [nudge] = await view.nudges.listing()
    assert nudge.status is NudgeStatus.SENDING

    restarted = make_app(clock=SystemClock(), policy=ALWAYS)
    inbox = Inbox()
    restarted.dispatcher.attach("test", inbox)
    assert await restarted.dispatcher.recover() == 1
    await restarted.dispatcher.run_due()
    assert inbox.count(key) == 1
