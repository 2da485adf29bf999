"""Follow-ups as a student notices them: on the right morning, once, never at night or on a holiday, and
not to someone who cannot get them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from bot.clock import FakeClock
from bot.nudges import Holiday, NudgePolicy
from bot.wiring import App
from storage import NudgeKind, NudgeStatus, Store
from tests.bot.chat import Chat

from .conftest import ALONE, AMS, REFLECTION, WITH_ELS, Inbox, Runner, local, nudges_of


async def test_a_step_for_friday_is_asked_once_on_friday_morning(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    assert "Ik vraag je later hoe het ging" in sam.text()
    [nudge] = await nudges_of(store, sam)
    assert (nudge.kind, nudge.due_at, nudge.status) == (NudgeKind.STEP, local(27, 9), NudgeStatus.PENDING)

    await run.at(local(26, 9))
    await run.at(local(27, 8, 59))
    assert inbox.count(sam.who.key) == 0, "not before Friday morning"
    await run.at(local(27, 9), sam)
    assert inbox.count(sam.who.key) == 1
    text = inbox.text(sam.who.key)
    assert "Hoi Sam!" in text
    assert "Ik ga de bakker vragen of ik nog een dag mag komen" in text
    assert "vrijdag 27 november" in text
    assert "[Gedaan!]\n[Nog niet]\n[Lukt niet]" in text
    for later in (local(27, 9), local(27, 9, 5), local(27, 15), local(28, 10)):
        await run.at(later)
    assert inbox.count(sam.who.key) == 1, "never twice"


async def test_follow_ups_due_at_night_wait_for_the_morning(sam: Chat, run: Runner, inbox: Inbox) -> None:
    await sam.say(*REFLECTION, *ALONE)
    # The bot was down all Friday and comes back late in the evening.
    await run.at(local(27, 22, 30))
    await run.at(local(28, 7, 59))
    assert inbox.count(sam.who.key) == 0
    await run.at(local(28, 8), sam)
    assert inbox.count(sam.who.key) == 1


async def test_school_holidays_move_follow_ups_past_them(
    make_app: Callable[..., App], sam: Chat, clock: FakeClock, store: Store
) -> None:
    herfst = Holiday(name="Studiedagen", start=date(2026, 11, 26), end=date(2026, 11, 30))
    app = make_app(policy=NudgePolicy(tz=AMS, holidays=(herfst,)))
    sam.service = app.conversations
    inbox = Inbox()
    app.dispatcher.attach("test", inbox)
    await sam.say(*REFLECTION, *ALONE)
    [nudge] = await nudges_of(store, sam)
    assert nudge.due_at == local(1, 8, month=12), "the first allowed moment after the holiday"
    clock.set(local(27, 9))
    await app.dispatcher.run_due()
    assert inbox.count(sam.who.key) == 0


async def test_no_follow_up_goes_out_on_koningsdag(
    sam: Chat, run: Runner, inbox: Inbox, store: Store, clock: FakeClock
) -> None:
    # A reflection on Thursday 22 April 2027 with a step agreed for Tuesday the 27th: Koningsdag.
    clock.set(datetime(2027, 4, 22, 15, tzinfo=AMS))
    answers = [("27 april" if answer == "vrijdag" else answer) for answer in REFLECTION]
    await sam.say(*answers, *ALONE)
    [nudge] = await nudges_of(store, sam)
    assert nudge.due_at.astimezone(AMS).date() == date(2027, 4, 28)
    await run.at(datetime(2027, 4, 27, 9, tzinfo=AMS))
    await run.at(datetime(2027, 4, 27, 15, tzinfo=AMS))
    assert inbox.count(sam.who.key) == 0, "nothing on Koningsdag"
    await run.at(datetime(2027, 4, 28, 9, tzinfo=AMS), sam)
    assert inbox.count(sam.who.key) == 1
    assert "dinsdag 27 april" in inbox.text(sam.who.key)


async def test_at_most_one_follow_up_message_a_day(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *WITH_ELS)
    await run.at(local(27, 9), sam)
    await sam.press("Nog niet")
    await sam.say("zondag", "1")
    # The contact question moved along with the step (two days after it); here it is made due that afternoon.
    pending = {n.kind: n for n in await nudges_of(store, sam) if n.status is NudgeStatus.PENDING}
    assert pending[NudgeKind.STEP].due_at == local(29, 9)
    assert pending[NudgeKind.CONTACT].due_at == local(1, 9, month=12)
    async with store.transaction() as tx:
        await tx.nudges.save(pending[NudgeKind.CONTACT].model_copy(update={"due_at": local(29, 15)}))
    await run.at(local(29, 9), sam)
    await run.at(local(29, 15))
    assert inbox.count(sam.who.key) == 2, "the contact waits for tomorrow"
    [waiting] = [n for n in await nudges_of(store, sam) if n.kind is NudgeKind.CONTACT]
    assert (waiting.status, waiting.due_at) == (NudgeStatus.PENDING, local(30, 9))
    await run.at(local(30, 9))
    assert inbox.count(sam.who.key) == 3
    assert "Heb je Els al gesproken?" in inbox.text(sam.who.key)


async def test_after_two_unanswered_follow_ups_the_bot_stops_and_flags_the_step(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9))
    [nudge] = await nudges_of(store, sam)
    assert (nudge.status, nudge.attempts, nudge.due_at) == (NudgeStatus.SENT, 1, local(30, 9))
    await run.at(local(30, 9))
    assert inbox.count(sam.who.key) == 2
    assert "Ik ga de bakker vragen" in inbox.text(sam.who.key)
    await run.at(local(3, 9, month=12))
    await run.at(local(10, 9, month=12))
    assert inbox.count(sam.who.key) == 2, "no nagging"
    [nudge] = await nudges_of(store, sam)
    assert (nudge.status, nudge.attempts) == (NudgeStatus.FLAGGED, 2)


async def test_a_student_who_blocked_the_bot_gets_nothing_and_the_follow_up_ends(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await sam.service.set_active(sam.who.key, False)
    await run.at(local(27, 9))
    assert inbox.count(sam.who.key) == 0
    [nudge] = await nudges_of(store, sam)
    assert nudge.status is NudgeStatus.CANCELLED


async def test_a_follow_up_that_could_not_be_handed_over_is_sent_later(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    inbox.refuse.add(sam.who.key)
    report = await run.at(local(27, 9))
    assert report.undelivered == 1
    [nudge] = await nudges_of(store, sam)
    assert (nudge.status, nudge.attempts) == (NudgeStatus.PENDING, 0)
    inbox.refuse.clear()
    await run.at(local(27, 10))
    assert inbox.count(sam.who.key) == 1


async def test_sending_a_follow_up_does_not_count_as_the_student_being_active(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9))
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
    assert student is not None and student.last_seen_at < local(23, 0)
