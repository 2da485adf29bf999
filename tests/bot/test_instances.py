"""Several instances on one PostgreSQL database behave as one bot (each instance here is an App with stores
of its own, as separate processes have): a student's turns in order, each follow-up once, a claim taken
over only when its lease ran out, and what one instance adds to a chat reaches a page open on another."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from datetime import datetime, time, timedelta
from typing import Any

import aiohttp
import asyncpg
import pytest
from aiohttp.test_utils import TestServer

from bot.clock import FakeClock
from bot.config import Settings
from bot.conversation import Command, Outgoing, Text, Who
from bot.nudges import NudgePolicy
from bot.web import WebChannel
from bot.wiring import App, build_app
from dialogues import ScriptLibrary
from storage import NudgeKind, NudgeStatus, PostgresStore, StudentKey
from storage.testing import ThrowawayPostgres
from tests.bot.chat import Inbox
from tests.bot.nudges.conftest import AMS

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=AMS)
ALWAYS = NudgePolicy(tz=AMS, quiet_start=time(0), quiet_end=time(0))


@pytest.fixture
async def url(postgres: ThrowawayPostgres) -> AsyncIterator[str]:
    made = await postgres.create_database()
    yield made
    await postgres.drop_database(made)


@pytest.fixture
async def instances(
    url: str, settings: Settings, library: ScriptLibrary
) -> AsyncIterator[Callable[..., Any]]:
    """Make instances on the one database; each has its own store, clock and (given) courier."""
    async with AsyncExitStack() as stack:

        async def make(clock: FakeClock | None = None, **overrides: Any) -> App:
            store = PostgresStore(url, readers=2, writers=4)
            await store.open()
            stack.push_async_callback(store.close)
            return build_app(
                settings,
                store=store,
                library=library,
                clock=clock or FakeClock(NOW),
                rng=random.Random(0),
                policy=ALWAYS,
                **overrides,
            )

        yield make


async def _due_steps(app: App, count: int) -> list[StudentKey]:
    keys = [StudentKey("test", f"leerling-{n}") for n in range(count)]
    async with app.store.transaction() as tx:
        for key in keys:
            student = await tx.students.upsert(key, display_name="", language="nl", now=NOW)
            step = await tx.dossier.create_step(student.id, experience_id=None, now=NOW)
            await tx.dossier.update_step(step.id, what="de bakker bellen", due=NOW.date())
            await tx.nudges.plan(
                student.id, NudgeKind.STEP, step.id, due_at=NOW - timedelta(hours=1), now=NOW
            )
    return keys


async def test_three_instances_dispatching_at_once_send_each_follow_up_once(
    instances: Callable[..., Any],
) -> None:
    apps = [await instances() for _ in range(3)]
    inboxes = [Inbox() for _ in apps]
    for app, inbox in zip(apps, inboxes, strict=True):
        app.dispatcher.attach("test", inbox)
    keys = await _due_steps(apps[0], 120)
    reports = await asyncio.gather(*(app.dispatcher.run_due() for app in apps))
    per_student = {key: sum(inbox.count(key) for inbox in inboxes) for key in keys}
    assert set(per_student.values()) == {1}, "every student once, whichever instance sent it"
    assert sum(r.sent for r in reports) == 120
    # Whether the work is shared depends on who gets the CPU first (on a busy machine one instance may claim
    # every batch): a matter of throughput, measured in bench scale, not of correctness.


async def test_a_dead_instances_claims_are_taken_over_when_their_lease_runs_out(
    instances: Callable[..., Any],
) -> None:
    clock = FakeClock(NOW)
    dead, alive = await instances(clock), await instances(clock)
    keys = await _due_steps(dead, 10)
    # The first instance claims everything, starts the follow-ups, and dies before handing any over.
    async with dead.store.transaction() as tx:
        claimed = await tx.nudges.claim_due(
            clock.now(),
            limit=100,
            owner=dead.dispatcher.owner,
            lease_until=clock.now() + dead.dispatcher.lease,
        )
    for nudge in claimed[:5]:
        key = keys[[n.id for n in claimed].index(nudge.id)]
        await dead.conversations.start_followup(key, [nudge.id], dead.policy, owner=dead.dispatcher.owner)
    inbox = Inbox()
    alive.dispatcher.attach("test", inbox)
    assert await alive.dispatcher.recover() == 0, "the leases still run: the first may still send them"
    assert (await alive.dispatcher.run_due()).sent == 0
    clock.advance(dead.dispatcher.lease + timedelta(seconds=1))
    assert await alive.dispatcher.recover() == 5, "the started ones are taken back"
    report = await alive.dispatcher.run_due()
    assert report.sent == 10 and {inbox.count(key) for key in keys} == {1}
    # The first instance comes back (a network partition ends): it can hand nothing over any more.
    async with dead.store.transaction() as tx:
        assert (
            await tx.nudges.handed_over([n.id for n in claimed], now=clock.now(), owner=dead.dispatcher.owner)
            == 0
        )
        statuses = {n.status for n in await tx.nudges.listing()}
    assert statuses == {NudgeStatus.SENT}


async def test_one_students_messages_through_two_instances_are_handled_in_order(
    instances: Callable[..., Any],
) -> None:
    first, second = await instances(), await instances()
    sam = Who(StudentKey("web", "sam"), display_name="Sam", language_hint="nl")
    await first.conversations.handle(sam, Command("reflecteren"))
    # Many messages for one student at once, half through each instance: none lost, none interleaved.
    said = [f"antwoord {n}" for n in range(12)]
    await asyncio.gather(
        *(
            (first if n % 2 else second).conversations.handle(sam, Text(text), echo=text)
            for n, text in enumerate(said)
        )
    )
    async with first.store.read() as view:
        person = await view.students.find(sam.key)
        assert person is not None
        lines = await view.transcript.recent(person.id, limit=100)
    mine = [line.body.get("text") for line in lines if line.sender == "student"]
    assert sorted(mine) == sorted(said), "every message handled once"
    # Each message's replies directly follow it: no other turn of the same student ran in between.
    senders = [line.sender for line in lines]
    assert "student student" not in " ".join(senders)


async def test_a_follow_up_sent_by_one_instance_reaches_a_page_open_on_another(
    instances: Callable[..., Any],
) -> None:
    sending, showing = await instances(), await instances()
    pages = []
    for app in (sending, showing):
        channel = WebChannel(app)
        app.attach(channel.name, channel.courier)
        server = TestServer(channel.server, host="127.0.0.1")
        await server.start_server()
        await channel.serve()  # subscribes to the other instances' news
        pages.append((channel, server))
    try:
        key = StudentKey("web", "sam")
        async with sending.store.transaction() as tx:
            person = await tx.students.upsert(key, display_name="Sam", language="nl", now=NOW)
        token = await showing.signins.login_for(person.id)
        _, server = pages[1]
        async with (
            aiohttp.ClientSession(cookies={"lb_sessie": token}) as browser,
            browser.get(server.make_url("/chat/stream?na=0")) as stream,
        ):
            await stream.content.readline()  # the stream is open (its first look found nothing)
            began = asyncio.get_running_loop().time()
            assert await sending.couriers.deliver(key, [Outgoing(text="Is het gelukt met de bakker?")])
            async with asyncio.timeout(5):
                async for line in stream.content:
                    if b"Is het gelukt met de bakker?" in line:
                        break
            waited = asyncio.get_running_loop().time() - began
        assert waited < 2.0, "told at once, not found by the page's own look 15 s later"
    finally:
        for channel, server in pages:
            await channel.pause()
            await server.close()


async def test_a_failed_follow_up_puts_off_only_the_claims_still_its_own(
    instances: Callable[..., Any],
) -> None:
    clock = FakeClock(NOW)
    cut_off, other = await instances(clock), await instances(clock)
    # Two processes have two names (here both apps live in one process).
    cut_off.dispatcher.owner, other.dispatcher.owner = "cut-off", "other"
    [key] = await _due_steps(cut_off, 1)
    async with cut_off.store.transaction() as tx:
        [mine] = await tx.nudges.claim_due(
            clock.now(),
            limit=10,
            owner=cut_off.dispatcher.owner,
            lease_until=clock.now() + cut_off.dispatcher.lease,
        )
    # The first instance is cut off past its lease; the other takes the follow-up over.
    clock.advance(cut_off.dispatcher.lease + timedelta(seconds=1))
    await other.dispatcher.recover()
    async with other.store.transaction() as tx:
        [theirs] = await tx.nudges.claim_due(
            clock.now(),
            limit=10,
            owner=other.dispatcher.owner,
            lease_until=clock.now() + other.dispatcher.lease,
        )
    assert theirs.id == mine.id
    # Back, the first finds its turn for that student failed: the other's claim is not put off an hour.
    await cut_off.dispatcher._put_off(key, [mine.id], cut_off.dispatcher.owner)
    async with other.store.read() as view:
        nudge = await view.nudges.get(mine.id)
    assert nudge is not None and nudge.due_at <= clock.now()


async def _counts(url: str) -> tuple[list[tuple[str, str, int, int]], int]:
    """The studio's totals as the figures read them, and how many added counts wait to be folded."""
    conn = await asyncpg.connect(url)
    try:
        totals = await conn.fetch(
            "SELECT node, measure, value, sum(count) AS count FROM (SELECT * FROM question_totals"
            " UNION ALL SELECT * FROM question_deltas) AS t GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        )
        waiting = await conn.fetchval("SELECT count(*) FROM question_deltas")
    finally:
        await conn.close()
    return [tuple(row) for row in totals], int(waiting)


async def test_the_studios_counts_from_two_instances_are_folded_by_one_at_its_start(
    url: str, instances: Callable[..., Any]
) -> None:
    first, second = await instances(), await instances()
    for app, name in ((first, "sam"), (second, "kim")):
        who = Who(StudentKey("web", name), display_name=name, language_hint="nl")
        for incoming in (Command("reflecteren"), Text("stage"), Text("bij de bakker"), Text("gisteren")):
            await app.conversations.handle(who, incoming)
    before, waiting = await _counts(url)
    assert waiting > 0 and before, "the turns' counts are kept apart from the totals"
    await first.start()
    try:
        for _ in range(200):  # the fold runs in a job of the scheduler's, which nothing waits for
            if not (await _counts(url))[1]:
                break
            await asyncio.sleep(0.05)
    finally:
        await first.stop()
    assert await _counts(url) == (before, 0), "folded once: the same totals"
