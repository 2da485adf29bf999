"""Follow-ups on Telegram: one question on Friday morning, answered in two taps, surviving restarts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import FakeClock
from storage import NudgeStatus
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone, running

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY_MORNING = datetime(2026, 11, 27, 9, 0, tzinfo=AMS)
STEP_FOR_FRIDAY = [
    ("/reflecteren", "Waar wil je op terugkijken?"),
    ("stage", "Waar was het?"),
    ("Bakkerij De Zoete Inval", "Wanneer was het?"),
    ("gisteren", "klopt dat?"),
    ("ja", "alsof ik erbij was"),
    ("Ik mocht taarten versieren en ik was trots toen de klant lachte", "Je was trots"),
    ("De klant zei dat de taart mooi was", "school"),
    ("bij tekenen op school", "eerder"),
    ("ja vroeger tekende ik voor mijn oma", "vlak voordat"),
    ("dat iemand blij werd van wat ik maakte", "woord"),
    ("creatief", "opleiding"),
    ("iets met ontwerpen", "Wat"),
    ("Ik ga de bakker vragen of ik nog een dag mag komen", "Wanneer doe je dat?"),
    ("vrijdag", "klopt dat?"),
    ("ja", "Wie kan je daarbij helpen?"),
    ("niemand", "in de weg"),
    ("dat ik het vergeet", "Ik vraag je later hoe het ging"),
]


async def test_a_step_for_friday_is_one_question_on_friday_answered_in_two_taps(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    app, application = make_bot()
    async with running(application):
        for line, expected in STEP_FOR_FRIDAY:
            await sam.say(line, expected)
    # The bot restarts on Friday morning: the follow-up that fell due goes out on start-up.
    app, application = make_bot()
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.set(FRIDAY_MORNING)
    async with running(application):
        [question] = await sam.expect("Hoi Sam! Even een korte vraag.", "Is het gelukt?")
        assert "Ik ga de bakker vragen of ik nog een dag mag komen" in (question.text or "")
        await sam.tap("Gedaan!", "Zullen we even terugkijken")
        await sam.tap("Ja, terugkijken", "Ik ga de bakker vragen", "alsof ik erbij was")
        await app.dispatcher.run_due()
        await asyncio.sleep(0.2)
        async with app.store.read() as view:
            [nudge] = await view.nudges.listing()
    asked = [m for m in sam.bot_messages() if "Is het gelukt?" in (m.text or "")]
    assert len(asked) == 1, "one friendly question, not two"
    assert nudge.status is NudgeStatus.ANSWERED
    fake.assert_no_errors()


async def test_nothing_goes_out_at_night_and_it_comes_in_the_morning(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    app, application = make_bot()
    clock = app.clock
    assert isinstance(clock, FakeClock)
    async with running(application):
        for line, expected in STEP_FOR_FRIDAY:
            await sam.say(line, expected)
        seen = len(sam.bot_messages())
        clock.set(datetime(2026, 11, 27, 23, 30, tzinfo=AMS))
        report = await app.dispatcher.run_due()
        assert report.students == 0
        await asyncio.sleep(0.2)
        assert len(sam.bot_messages()) == seen
        clock.set(datetime(2026, 11, 28, 8, 0, tzinfo=AMS))
        await app.dispatcher.run_due()
        await sam.expect("Is het gelukt?")
    fake.assert_no_errors()


async def test_a_student_who_blocked_the_bot_is_not_asked_again(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    app, application = make_bot()
    clock = app.clock
    assert isinstance(clock, FakeClock)
    async with running(application):
        for line, expected in STEP_FOR_FRIDAY:
            await sam.say(line, expected)
        fake.block(sam.chat_id, notify=False)  # Telegram tells us only when we try to send
        clock.set(FRIDAY_MORNING)
        report = await app.dispatcher.run_due()
        assert report.sent == 1  # handed over; Telegram refused it with 403
        await application.channel.outbox.drain(5)
        clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=AMS))
        again = await app.dispatcher.run_due()
        async with app.store.read() as view:
            [nudge] = await view.nudges.listing()
            student = await view.students.get(nudge.student_id)
    assert again.sent == 0
    assert student is not None and not student.active
    assert nudge.status is NudgeStatus.CANCELLED
