"""Retention: stale conversations closed, inactive students told first and deleted afterwards; staff kept."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FakeClock
from bot.retention import Retention
from bot.wiring import App
from storage import Store
from tests.bot.chat import Chat, Inbox

from .conftest import REFLECTION, person, register_mentor


async def _exists(store: Store, chat: Chat) -> bool:
    async with store.read() as view:
        return await view.students.find(chat.who.key) is not None


async def test_a_conversation_left_for_30_days_is_closed(
    app: App, sam: Chat, clock: FakeClock, store: Store, inbox: Inbox
) -> None:
    await sam.say(*REFLECTION[:4])
    clock.advance(timedelta(days=31))
    report = await app.retention.run()
    assert report.closed == 1
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None and await view.sessions.current(student.id) is None


async def test_an_inactive_student_is_told_then_deleted_unless_they_come_back(
    app: App, sam: Chat, kim: Chat, clock: FakeClock, store: Store, inbox: Inbox
) -> None:
    await sam.say(*REFLECTION)
    await kim.say(*REFLECTION)
    clock.advance(timedelta(days=352))  # 365 - 14: time to announce
    report = await app.retention.run()
    assert report.announced == 2
    assert "Over 14 dagen wis ik je gegevens" in inbox.text(sam.who.key)
    assert await app.retention.run() == type(report)(), "told once"
    await kim.type("hoi, ik ben er nog!")  # Kim comes back
    clock.advance(timedelta(days=14))
    report = await app.retention.run()
    assert report.deleted == 1
    assert not await _exists(store, sam)
    assert await _exists(store, kim)


async def test_who_cannot_be_told_is_deleted_when_the_others_would_be_without_the_message(
    app: App, sam: Chat, clock: FakeClock, store: Store
) -> None:
    await sam.say(*REFLECTION)  # no courier for this channel: the announcement cannot be delivered
    clock.advance(timedelta(days=364))
    assert (await app.retention.run()).deleted == 0
    assert await _exists(store, sam), "kept until the retention period is over"
    clock.advance(timedelta(days=2))
    assert (await app.retention.run()).deleted == 1
    assert not await _exists(store, sam), "not kept for ever because no message could reach them"


async def test_mentors_and_coordinators_are_left_to_the_school(
    app: App, coord: Chat, juf: Chat, clock: FakeClock, store: Store, inbox: Inbox
) -> None:
    await register_mentor(coord, juf)
    clock.advance(timedelta(days=800))
    report = await app.retention.run()
    assert report.announced == report.deleted == 0
    assert await _exists(store, juf) and await _exists(store, coord)
    assert inbox.count(juf.who.key) == 0


async def test_many_people_waiting_out_their_notice_do_not_hide_the_others(
    app: App, sam: Chat, kim: Chat, clock: FakeClock, store: Store, inbox: Inbox
) -> None:
    waiting = [person(app, f"wacht{n}") for n in range(3)]
    for chat in waiting:
        await chat.say("/start")
    clock.advance(timedelta(hours=1))
    await sam.say("/start")
    await kim.say("/start")
    retention = Retention(
        store=store,
        couriers=app.couriers,
        texts=app.texts,
        clock=clock,
        inactive_after=timedelta(days=365),
        erase=app.conversations.erase,
        batch=2,
    )
    clock.advance(timedelta(days=352))
    assert (await retention.run()).announced == 5, "all five told, two at a time"
    clock.advance(timedelta(days=14))
    assert (await retention.run()).deleted == 5
