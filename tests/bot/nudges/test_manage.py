"""Students manage their own steps (/stappen) and network (/netwerk); follow-ups follow what they change."""

from __future__ import annotations

from datetime import date

from bot.conversation import Menu, Pressed
from storage import NudgeKind, NudgeStatus, StepStatus, Store
from tests.bot.chat import Chat

from .conftest import ALONE, REFLECTION, WITH_ELS, Inbox, Runner, local, nudges_of


async def _dossier(store: Store, chat: Chat):  # type: ignore[no-untyped-def]
    async with store.read() as view:
        student = await view.students.find(chat.who.key)
        assert student is not None
        return await view.dossier.dossier(student.id)


async def test_steps_lists_open_steps_with_a_button_each(sam: Chat) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await sam.command("stappen")
    text = sam.text()
    assert "Je open stappen" in text
    assert "Ik ga de bakker vragen of ik nog een dag mag komen · uiterlijk vrijdag 27 november" in text
    assert "[📌 Ik ga de bakker vragen of ik nog een dag…]" in text


async def test_marking_a_step_done_from_the_list_cancels_its_follow_up(
    sam: Chat, store: Store, run: Runner, inbox: Inbox
) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await sam.command("stappen")
    await sam.press("📌 Ik ga de bakker vragen of ik nog een dag…")
    assert "Wat wil je ermee?" in sam.text()
    await sam.press("Gedaan!")
    await sam.press("Later")
    [step] = (await _dossier(store, sam)).steps
    assert step.status is StepStatus.DONE
    [nudge] = await nudges_of(store, sam)
    assert nudge.status is NudgeStatus.CANCELLED
    await run.at(local(27, 9))
    assert inbox.count(sam.who.key) == 0


async def test_moving_a_step_from_the_list_moves_its_follow_up(sam: Chat, store: Store) -> None:
    await sam.say(*REFLECTION, *ALONE)
    await sam.command("stappen")
    await sam.press("📌 Ik ga de bakker vragen of ik nog een dag…")
    await sam.press("Andere datum")
    await sam.say("volgende week dinsdag", "1")  # on Sunday 22 November: the week that starts tomorrow
    [step] = (await _dossier(store, sam)).steps
    assert step.due == date(2026, 11, 24)
    [nudge] = await nudges_of(store, sam)
    assert (nudge.status, nudge.due_at) == (NudgeStatus.PENDING, local(24, 9))


async def test_a_step_of_someone_else_cannot_be_changed(sam: Chat, service, store: Store) -> None:  # type: ignore[no-untyped-def]
    from bot.conversation import Who
    from storage import StudentKey

    await sam.say(*REFLECTION, *ALONE)
    [step] = (await _dossier(store, sam)).steps
    kim = Chat(service, Who(StudentKey("test", "kim"), display_name="Kim"))
    await kim.send(Pressed(Menu("stap", str(step.id))))
    assert "eerder gesprek" in kim.text()
    await kim.send(Pressed(Menu("stap", "niet-een-getal")))
    assert "eerder gesprek" in kim.text()
    [still] = (await _dossier(store, sam)).steps
    assert still.status is StepStatus.OPEN


async def test_network_lists_contacts_and_notes_a_contact_moment(sam: Chat, store: Store) -> None:
    await sam.say(*REFLECTION, *WITH_ELS)
    await sam.command("netwerk")
    text = sam.text()
    assert "Je netwerk" in text
    assert "Els · tante · bellen · nog geen contact" in text
    await sam.press("💬 Gesproken: Els")
    assert "Wanneer spraken jullie elkaar?" in sam.text()
    await sam.say("gisteren", "1", "Ze gaf me een tip over een open dag")
    [els] = (await _dossier(store, sam)).contacts
    assert els.last_contact == date(2026, 11, 21)
    statuses = {n.kind: n.status for n in await nudges_of(store, sam)}
    assert statuses[NudgeKind.CONTACT] is NudgeStatus.CANCELLED, "no need to ask any more"
    await sam.command("netwerk")
    assert "Els · tante · bellen · laatste contact zaterdag 21 november" in sam.text()


async def test_adding_someone_to_the_network(sam: Chat, store: Store) -> None:
    await sam.command("netwerk")
    assert "Je hebt nog niemand in je netwerk" in sam.text()
    await sam.press("➕ Iemand toevoegen")
    await sam.type("mijn buurman Ahmed")
    assert "Hoe kun je je buurman Ahmed bereiken?" in sam.text()
    await sam.type("appen")
    assert "Toegevoegd!" in sam.text()
    dossier = await _dossier(store, sam)
    [ahmed] = dossier.contacts
    assert (ahmed.name, ahmed.role, ahmed.reach) == ("Ahmed", "buurman", "appen")
    assert dossier.experiences == [], "adding someone is not an experience"


PREPARE = [
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
]


async def test_reflecting_offers_the_prepared_experience_first(sam: Chat, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    await sam.say(*PREPARE)
    await sam.command("reflecteren")
    assert "Waar wil je op terugkijken?" in sam.text(), "not yet: the day has not come"
    await sam.command("stop")
    clock.set(local(26, 18))
    await sam.command("reflecteren")
    await sam.press("Opnieuw beginnen")  # the reflection started on Sunday, paused with /stop
    assert "Wil je terugkijken op je meeloopdag bij Ziekenhuis Isala?" in sam.text()
    await sam.press("Ja, daarop terugkijken")
    assert "Je had je voorbereid op je meeloopdag bij Ziekenhuis Isala" in sam.text()
    assert "Je doel was: 'ik wil zien wat een verpleegkundige" in sam.text()
    await sam.type("Ik mocht mee met een verpleegkundige en ik was verbaasd hoe druk het was")
    [item] = (await _dossier(store, sam)).experiences
    assert "verbaasd hoe druk" in item.entry.gedaan, "the look-back is linked to the prepared experience"


async def test_reflecting_on_something_else_is_one_tap_away(sam: Chat, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    await sam.say(*PREPARE)
    clock.set(local(27, 10))
    await sam.command("reflecteren")
    await sam.press("Nee, op iets anders")
    assert "Waar wil je op terugkijken?" in sam.text()
    await sam.send(Pressed(Menu("reflecteren", "ervaring:999")))
    assert "eerder gesprek" in sam.text(), "someone else's or a made-up experience is refused"
