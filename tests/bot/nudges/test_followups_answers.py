"""Answering a follow-up: in two taps, with a new date, dropping the step, two at once, and closing the
cycle with a look back."""

from __future__ import annotations

from datetime import date

from storage import NudgeKind, NudgeStatus, StepStatus, Store
from tests.bot.chat import Chat

from .conftest import ALONE, REFLECTION, STEP_REFLECTION, WITH_ELS, Inbox, Runner, local, nudges_of


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
