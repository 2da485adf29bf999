"""The weekly summary: whom to talk to first, short per student, within Telegram's limits, once a week."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.channels.telegram import MAX_UTF16, render, utf16_len
from bot.clock import FakeClock
from bot.conversation import Outgoing, Who
from bot.wiring import App
from storage import Role, Store, StudentKey
from tests.bot.channels.telegram.test_render import visible
from tests.bot.chat import Chat, Inbox

from .conftest import REFLECTION, link, person, register_mentor

AMS = ZoneInfo("Europe/Amsterdam")


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMS)


async def test_quiet_students_and_overdue_steps_come_first(
    app: App, coord: Chat, juf: Chat, sam: Chat, kim: Chat, clock: FakeClock
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)  # a step for Friday 27 November
    await link(sam, code)
    await link(kim, code)
    clock.set(local(30, 8, 0) + timedelta(days=14))  # two weeks on: Sam's step is overdue, both went quiet
    await juf.command("overzicht")
    blocks = juf.replies[0].blocks
    assert blocks[1].title == "Eerst even aandacht voor"
    attention = "\n".join(blocks[1].lines)
    assert "Kim: al 21 dagen niets van gehoord" in attention
    assert "Sam: al 21 dagen niets van gehoord" in attention
    assert "Sam: stap te laat: Ik ga de bakker vragen of ik nog een dag mag komen" in attention
    assert blocks[2].title == "Sam"
    assert blocks[2].lines == ("stappen: 1 open, 1 te laat",), "the reflection was three weeks ago"
    assert blocks[-1].title == "Geen nieuws deze week" and blocks[-1].lines == ("Kim",)


async def test_thirty_students_read_in_a_minute_and_a_longer_list_splits_between_students(
    app: App, coord: Chat, juf: Chat, store: Store
) -> None:
    code = await register_mentor(coord, juf)

    async def overview(students: range) -> Outgoing:
        for n in students:
            student = person(app, f"leerling{n:02d}")
            await student.say(*REFLECTION)
            await link(student, code)
        juf.replies.clear()
        await juf.command("overzicht")
        return juf.replies[0]

    thirty = await overview(range(30))
    words = sum(len(re.findall(r"\w+", line)) for b in thirty.blocks for line in (b.title, *b.lines))
    # Skimming a list of short lines goes at 500 words a minute or more (reading prose: about 240).
    assert words <= 500, f"{words} words: more than a minute of skimming for 30 students who all reflected"
    assert sum(len(b.lines) for b in thirty.blocks[2:]) == 30, "one line per student"
    messages = render(await overview(range(30, 45)))
    assert all(utf16_len(visible(m.html)) <= MAX_UTF16 for m in messages)
    assert len(messages) >= 2, "split between students"
    for message in messages:
        # Never a student's block cut in two: every message starts with a bold title.
        assert message.html.startswith("<b>")


async def test_summaries_go_out_on_monday_morning_once_and_after_downtime(
    app: App, coord: Chat, juf: Chat, sam: Chat, inbox: Inbox, clock: FakeClock
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await link(sam, code)
    clock.set(local(30, 7, 59))  # Monday 30 November, just before eight
    assert await app.summaries.send_due() == 0
    clock.set(local(30, 8, 0))
    assert await app.summaries.send_due() == 1
    [overview, file] = inbox.received[juf.who.key][0]
    assert "Weekoverzicht van Juf Anna" in overview.blocks[0].title
    assert file.attachments[0].filename == "weekoverzicht-2026-W49.html"
    clock.set(local(30, 12, 0))
    assert await app.summaries.send_due() == 0, "once a week"
    clock.set(datetime(2026, 12, 8, 15, 0, tzinfo=AMS))  # the bot was down all Monday 7 December
    assert await app.summaries.send_due() == 1
    assert inbox.count(juf.who.key) == 2


async def test_two_runs_at_once_still_send_each_summary_once(
    app: App, coord: Chat, juf: Chat, sam: Chat, inbox: Inbox, clock: FakeClock
) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    clock.set(local(30, 8, 0))
    # The Monday job and the half-hourly catch-up firing together.
    results = await asyncio.gather(app.summaries.send_due(), app.summaries.send_due())
    assert sorted(results) == [0, 1]
    assert inbox.count(juf.who.key) == 1


async def test_the_file_holds_this_weeks_shared_answers_only(
    coord: Chat, juf: Chat, sam: Chat, clock: FakeClock
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await link(sam, code, share=True)
    await juf.command("overzicht")
    assert "GEHEIM1" in juf.replies[1].attachments[0].data.decode(), "shared, and from this week"
    clock.advance(timedelta(days=8))
    await juf.command("overzicht")
    assert "GEHEIM1" not in juf.replies[1].attachments[0].data.decode(), "last week's story is not repeated"


async def test_a_mentor_who_became_coordinator_gets_no_summary(
    app: App, coord: Chat, juf: Chat, sam: Chat, inbox: Inbox, clock: FakeClock, store: Store
) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    async with store.transaction() as tx:
        found = await tx.students.find(juf.who.key)
        assert found is not None
        await tx.school.set_role(found.id, Role.COORDINATOR)  # as COORDINATOR_IDS would do
    clock.set(local(30, 8, 0))
    assert await app.summaries.send_due() == 0
    assert inbox.count(juf.who.key) == 0


THIN_REFLECTION = [
    *REFLECTION[:5],
    "weet ik niet",
    "weet ik niet",
    "niks",
    "nee",
    "nee",
    "nee",
    "er was geen keer",
    "niks",
    "weet ik niet",
    "geen idee",
    "geen idee",
    "x",
    "nee",
    "nee",
    "nee",
    "nee",
    "creatief",
    *REFLECTION[11:],
]


async def test_a_reflection_of_mostly_non_answers_is_on_the_attention_list(
    app: App, coord: Chat, juf: Chat, sam: Chat, kim: Chat
) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    await link(kim, code)
    await sam.say(*REFLECTION)
    await kim.say(*THIN_REFLECTION)
    juf.replies.clear()
    await juf.command("overzicht")
    blocks = juf.replies[0].blocks
    assert blocks[1].title == "Eerst even aandacht voor"
    attention = "\n".join(blocks[1].lines)
    said = "vooral 'weet ik niet' of 'niks' geantwoord"
    assert f"Kim: bij 'Stage · Bakkerij De Zoete Inval' {said}" in attention
    assert "Sam" not in attention, "a real reflection is news, not a worry"
    assert "niks" not in "\n".join(line for b in blocks for line in b.lines if "Kim:" not in line)


async def test_a_local_student_is_named_by_their_chat_name(app: App, coord: Chat, juf: Chat) -> None:
    code = await register_mentor(coord, juf)
    noor = Chat(app.conversations, Who(StudentKey("console", "noor"), display_name="", language_hint="nl"))
    await noor.say(*REFLECTION)
    await link(noor, code)
    juf.replies.clear()
    await juf.command("overzicht")
    text = "\n".join(line for b in juf.replies[0].blocks for line in (b.title, *b.lines))
    assert "noor" in text
    assert "zonder naam" not in text
