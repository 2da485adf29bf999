"""Follow-ups as a student notices them: on the right morning, once, in two taps, and closing the cycle."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from bot.clock import FakeClock
from bot.nudges import Holiday, NudgePolicy
from bot.wiring import App
from storage import NudgeKind, NudgeStatus, StepStatus, Store
from tests.bot.chat import Chat

from .conftest import ALONE, AMS, REFLECTION, WITH_ELS, Inbox, Runner, local, nudges_of

# Looking back on the step just done, to its end.
STEP_REFLECTION = [
    "Ik heb de bakker gebeld en hij zei ja, ik was zenuwachtig maar blij",
    "Hij vroeg wanneer ik kon",
    "bij de kassa in de supermarkt",
    "ja, bij een spreekbeurt in groep acht",
    "dat ik het toch durfde",
    "durf",
    "ja",
    "iets met ontwerpen",
    "Ik ga zaterdag weer naar de bakkerij",
    "zaterdag",
    "1",
    *ALONE,
]


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


async def test_done_in_two_taps_invites_a_reflection_on_the_step(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9), sam)
    await sam.press("Gedaan!")
    assert "Zullen we even terugkijken" in sam.text()
    await sam.press("Ja, terugkijken")
    assert "stap" in sam.text() and "'Ik ga de bakker vragen" in sam.text()
    assert "alsof ik erbij was" in sam.text()
    [nudge] = await nudges_of(store, sam)
    assert nudge.status is NudgeStatus.ANSWERED
    # The reflection on the step is a new experience in the dossier, and it ends with a new step.
    await sam.say(*STEP_REFLECTION)
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        dossier = await view.dossier.dossier(student.id)
    _, second = dossier.experiences
    assert second.experience.place == "Ik ga de bakker vragen of ik nog een dag mag komen"
    assert second.entry.kernwoord == "durf"
    assert [s.status for s in dossier.steps] == [StepStatus.DONE, StepStatus.OPEN]
    live = [n for n in await nudges_of(store, sam) if n.status is NudgeStatus.PENDING]
    assert [(n.kind, n.due_at) for n in live] == [(NudgeKind.STEP, local(28, 9))]


async def test_not_yet_with_a_new_date_asks_again_on_that_date(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9), sam)
    await sam.press("Nog niet")
    await sam.say("woensdag")
    assert "woensdag 2 december" in sam.text().lower()
    await sam.say("1")
    assert "Afgesproken" in sam.text()
    answered, planned = await nudges_of(store, sam)
    assert answered.status is NudgeStatus.ANSWERED
    assert (planned.status, planned.attempts, planned.due_at) == (
        NudgeStatus.PENDING,
        0,
        local(2, 9, month=12),
    )
    await run.at(local(2, 9, month=12), sam)
    assert inbox.count(sam.who.key) == 2
    assert "woensdag 2 december" in inbox.text(sam.who.key)


async def test_not_working_can_drop_the_step_and_then_nothing_is_asked(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9), sam)
    await sam.press("Lukt niet")
    await sam.say("ik had geen tijd door mijn bijbaan")
    await sam.press("Laten vallen")
    assert "Soms past een stap niet" in sam.text()
    [nudge] = await nudges_of(store, sam)
    assert nudge.status is NudgeStatus.ANSWERED
    await run.at(local(30, 9))
    await run.at(local(3, 9, month=12))
    assert inbox.count(sam.who.key) == 1


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


async def test_two_follow_ups_due_together_come_as_one_message_then_one_by_one(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *WITH_ELS)
    kinds = [(n.kind, n.due_at) for n in await nudges_of(store, sam)]
    assert kinds == [(NudgeKind.STEP, local(27, 9)), (NudgeKind.CONTACT, local(29, 9))]
    # Down from Thursday to Monday: both are due when the bot comes back.
    await run.at(local(30, 9), sam)
    assert inbox.count(sam.who.key) == 1
    assert "2 korte vragen" in inbox.text(sam.who.key)
    await sam.press("Gedaan!")
    await sam.press("Later")
    assert "Nog eentje" in sam.text()
    assert "Heb je Els al gesproken?" in sam.text()
    await sam.press("Ja")
    await sam.say("zaterdag")
    await sam.say("1")
    await sam.say("Ze gaf me het nummer van een banketbakker")
    statuses = {n.kind: n.status for n in await nudges_of(store, sam)}
    assert statuses == {NudgeKind.STEP: NudgeStatus.ANSWERED, NudgeKind.CONTACT: NudgeStatus.ANSWERED}
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        [els] = (await view.dossier.dossier(student.id)).contacts
        moments = await view.dossier.contact_moments(els.id)
    assert els.last_contact == date(2026, 11, 28)
    assert [(m.happened_on, m.note) for m in moments] == [
        (date(2026, 11, 28), "Ze gaf me het nummer van een banketbakker")
    ]


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


async def test_a_student_in_the_middle_of_a_conversation_is_not_interrupted(
    sam: Chat, run: Runner, inbox: Inbox, clock: FakeClock
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    clock.set(local(27, 8, 55))
    await sam.say("/voorbereiden", "2")
    await run.at(local(27, 9))
    assert inbox.count(sam.who.key) == 0
    await run.at(local(27, 9, 40), sam)
    assert inbox.count(sam.who.key) == 1
    await sam.press("Gedaan!")
    await sam.press("Later")
    assert "Je was ook nog bezig met 'Een ervaring voorbereiden'" in sam.text()
    await sam.say("/verder")
    assert "Waar ga je naartoe?" in sam.text()


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


async def test_a_prepared_experience_is_looked_back_on_with_its_goal(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(
        "/voorbereiden",
        "2",
        "Ziekenhuis Isala",
        "donderdag",
        "ja",
        "Dat je daar met patienten werkt en dat het druk is",
        "Ik kan goed luisteren naar mensen",
        "ik wil zien wat een verpleegkundige de hele dag doet",
        "wat vind je het leukste aan je werk",
        "de website bekijken",
        "morgen",
        "1",
    )
    kinds = [(n.kind, n.due_at) for n in await nudges_of(store, sam)]
    assert kinds == [(NudgeKind.STEP, local(23, 9)), (NudgeKind.REFLECT, local(27, 9))]
    await run.at(local(23, 9), sam)
    await sam.press("Gedaan!")
    await sam.press("Later")
    await run.at(local(27, 9), sam)
    text = inbox.text(sam.who.key)
    assert "Op donderdag 26 november was je meeloopdag bij Ziekenhuis Isala" in text
    assert "Je doel was: ik wil zien wat een verpleegkundige de hele dag doet" in text
    await sam.press("Ja, terugkijken")
    assert "Je had je voorbereid op je meeloopdag bij Ziekenhuis Isala" in sam.text()
    await sam.say(
        "Ik mocht mee met een verpleegkundige en ik was verbaasd hoe druk het was",
        "Ze zei dat ik goed luisterde",
        "bij mijn opa thuis",
        "ja, toen mijn opa ziek was hielp ik hem",
        "dat ik iemand kon helpen",
        "dat het werk veel drukker is dan ik dacht",  # the bot comes back to the goal
        "zorgzaam",
        "verpleegkunde",
        "Ik ga vragen of ik een snuffelstage kan doen",
        "vrijdag",
        "1",
        *ALONE,
    )
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        dossier = await view.dossier.dossier(student.id)
    [item] = dossier.experiences
    assert item.experience.place == "Ziekenhuis Isala"
    assert item.experience.reflected_at is not None
    assert item.entry.doel.startswith("ik wil zien wat een verpleegkundige")
    assert "verbaasd hoe druk" in item.entry.gedaan
    assert "veel drukker" in item.entry.ontdekt, "what they found out about their goal is kept"
    assert item.entry.kernwoord == "zorgzaam"
    statuses = {n.kind: n.status for n in await nudges_of(store, sam) if n.kind is NudgeKind.REFLECT}
    assert statuses == {NudgeKind.REFLECT: NudgeStatus.ANSWERED}


async def test_starting_something_else_closes_an_unanswered_follow_up(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9), sam)
    await sam.command("voorbereiden")
    assert "Wat ga je doen?" in sam.text()
    await sam.say("2", "Ziekenhuis Isala")
    assert "Wanneer is het?" in sam.text(), "the answers go to the new conversation"
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        current = await view.sessions.current(student.id)
    assert current is not None and current.script_id == "voorbereiden"


async def test_a_look_back_from_a_follow_up_keeps_a_paused_conversation(
    sam: Chat, run: Runner, inbox: Inbox
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await sam.say("/voorbereiden", "2", "/stop")
    await run.at(local(27, 9), sam)
    await sam.press("Gedaan!")
    await sam.press("Ja, terugkijken")
    assert "gestopt" not in sam.text()
    await sam.say(*STEP_REFLECTION)
    assert "Je was ook nog bezig met 'Een ervaring voorbereiden'" in sam.text()
    await sam.say("/verder")
    assert "Waar ga je naartoe?" in sam.text()


async def test_a_first_tap_is_not_an_answer_the_follow_up_comes_back(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9), sam)
    await sam.press("Nog niet")  # and then Sam puts the phone away
    [nudge] = await nudges_of(store, sam)
    assert nudge.status is NudgeStatus.SENT
    await run.at(local(30, 9), sam)
    assert inbox.count(sam.who.key) == 2
    assert "Is het gelukt?" in inbox.text(sam.who.key)


async def test_a_reflection_from_a_combined_follow_up_still_asks_the_second_question(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *WITH_ELS)
    await run.at(local(30, 9), sam)
    await sam.press("Gedaan!")
    await sam.press("Ja, terugkijken")
    await sam.say(*STEP_REFLECTION)
    assert "Nog eentje" in sam.text()
    assert "Heb je Els al gesproken?" in sam.text()


async def test_queued_follow_ups_the_student_never_saw_are_asked_another_day(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *WITH_ELS)
    await run.at(local(30, 9), sam)
    await sam.command("voorbereiden")  # Sam goes off to do something else: the queue is not lost
    contact = next(n for n in await nudges_of(store, sam) if n.kind is NudgeKind.CONTACT)
    assert (contact.status, contact.attempts) == (NudgeStatus.PENDING, 0)
    await run.at(local(30, 10))
    await run.at(local(1, 9, month=12), sam)
    assert "Heb je Els al gesproken?" in inbox.text(sam.who.key)


async def test_starting_a_script_with_a_paused_one_under_a_follow_up_asks_first(
    sam: Chat, run: Runner, inbox: Inbox
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await sam.say("/voorbereiden", "2", "/stop")
    await run.at(local(27, 9), sam)
    await sam.command("reflecteren")
    assert "Je bent nog bezig met 'Een ervaring voorbereiden'" in sam.text()
    await sam.press("Verder gaan")
    assert "Waar ga je naartoe?" in sam.text(), "the paused conversation, not the follow-up on top"


async def test_sending_a_follow_up_does_not_count_as_the_student_being_active(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await run.at(local(27, 9))
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
    assert student is not None and student.last_seen_at < local(23, 0)


async def test_a_contact_follow_up_moves_with_its_step(
    sam: Chat, run: Runner, inbox: Inbox, store: Store
) -> None:
    await sam.say(*REFLECTION, *WITH_ELS)
    await sam.command("stappen")
    await sam.press("📌 Ik ga de bakker vragen of ik nog een dag…")
    await sam.press("Andere datum")
    await sam.say("4 december", "1")
    contact = next(n for n in await nudges_of(store, sam) if n.kind is NudgeKind.CONTACT)
    assert contact.due_at == local(6, 9, month=12)
