"""Retention: stale conversations closed, inactive students told first and deleted only afterwards."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FakeClock
from bot.wiring import App
from storage import Store
from tests.bot.chat import Chat, Inbox

from .conftest import REFLECTION


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


async def test_nobody_is_deleted_without_being_told(
    app: App, sam: Chat, clock: FakeClock, store: Store
) -> None:
    await sam.say(*REFLECTION)  # no courier for this channel: the announcement cannot be delivered
    clock.advance(timedelta(days=800))
    for _ in range(3):
        await app.retention.run()
        clock.advance(timedelta(days=30))
    assert await _exists(store, sam)
