"""Several schools in one event loop (bot.runner.serving_many): they start together, none waits for
another."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.clock import SystemClock
from bot.config import Settings
from bot.nudges import NudgePolicy
from bot.runner import serving_many
from bot.wiring import App, build_app
from storage import MemoryStore, NudgeKind, Store, StudentKey, Transaction
from tests.bot.chat import Inbox

ALWAYS = NudgePolicy(tz=ZoneInfo("Europe/Amsterdam"), quiet_start=time(0), quiet_end=time(0))


class FarAwayDatabase(MemoryStore):
    """A school's database that, once `slow`, answers nothing until `answer` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.slow = False
        self.answer = asyncio.Event()

    @asynccontextmanager
    async def transaction(self, *, lock: str | None = None) -> AsyncIterator[Transaction]:
        if self.slow:
            await self.answer.wait()
        async with super().transaction(lock=lock) as tx:
            yield tx


async def _due(store: Store) -> StudentKey:
    key = StudentKey("test", "noor")
    now = datetime.now(UTC)
    async with store.transaction() as tx:
        student = await tx.students.upsert(key, display_name="Noor", language="nl", now=now)
        step = await tx.dossier.create_step(student.id, experience_id=None, now=now)
        await tx.dossier.update_step(step.id, what="de bakker bellen", due=now.date())
        await tx.nudges.plan(student.id, NudgeKind.STEP, step.id, due_at=now - timedelta(minutes=1), now=now)
    return key


def _school(settings: Settings, store: Store) -> App:
    return build_app(settings, store=store, clock=SystemClock(), policy=ALWAYS)


async def test_a_school_whose_database_is_slow_holds_up_no_other_schools_follow_ups(
    settings: Settings,
) -> None:
    # Started one after the other, every school waited for the ones listed before it; with 20 schools
    # sending at once, the last one's follow-ups began seconds after the first one's (bench schools).
    settings = settings.model_copy(update={"safety_model": "off"})
    slow = FarAwayDatabase()
    first, second = _school(settings, slow), _school(settings, MemoryStore())
    key = await _due(second.store)
    inbox = Inbox()
    second.attach("test", inbox)
    slow.slow = True
    stop = asyncio.Event()

    async def serve() -> None:
        async with serving_many([(first, []), (second, [])], names=["traag", "vlot"]):
            await stop.wait()

    serving = asyncio.create_task(serve())
    try:
        await inbox.wait_for(key, within=10)
        assert "de bakker bellen" in inbox.text(key)
    finally:
        slow.answer.set()
        stop.set()
        await serving
    assert not first.started and not second.started, "both stopped"


class BrokenDatabase(MemoryStore):
    """A school's database that opens, then fails every unit of work."""

    @asynccontextmanager
    async def transaction(self, *, lock: str | None = None) -> AsyncIterator[Transaction]:
        raise OSError("the disk is gone")
        yield  # pragma: no cover - a generator, for asynccontextmanager


async def test_a_school_that_cannot_start_stops_the_others_with_its_own_error(settings: Settings) -> None:
    settings = settings.model_copy(update={"safety_model": "off"})
    healthy, broken = _school(settings, MemoryStore()), _school(settings, BrokenDatabase())
    with pytest.raises(OSError, match="the disk is gone"):
        async with serving_many([(healthy, []), (broken, [])], names=["gezond", "kapot"]):
            raise AssertionError("started, though one school cannot")
    assert not healthy.started and not broken.started
