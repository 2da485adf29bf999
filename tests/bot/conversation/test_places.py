"""Places of the school's network in a conversation: offered when they fit, picked or passed by, never
with their contact person, and never in place of what the student says themselves."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.channels.telegram._render import merge
from bot.conversation import Outgoing, Pressed
from storage import PlaceDraft, Store, StudentKey
from tests.bot.chat import Chat

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
PLACES = [
    PlaceDraft(
        name="Zorgcentrum De Linde",
        sector="Zorg",
        location="Utrecht",
        activities="Je loopt een dag mee met een verzorgende.",
        signup="Mail stage@delinde.example met je naam en klas.",
        contact_name="Mevrouw Yilmaz",
        contact_reach="06-11112222",
        keywords=("ouderen", "helpen"),
    ),
    PlaceDraft(
        name="Ziekenhuis Rijnstate",
        sector="Zorg en welzijn",
        activities="Mee met een verpleegkundige.",
        contact_name="Meneer Bakker",
        contact_reach="026-1234567",
    ),
    PlaceDraft(name="Autobedrijf Jansen", sector="Techniek", keywords=("auto", "motor")),
    PlaceDraft(name="Reclamebureau Vorm", sector="Media en creatief", keywords=("ontwerpen",), active=False),
]
# Up to the key word: a story about a care home.
STORY = [
    "/reflecteren",
    "2",
    "Verpleeghuis Avondrood",
    "gisteren",
    "1",
    "Ik hielp een mevrouw met eten en ik was trots toen ze lachte",
    "Ze pakte mijn hand en zei dank je",
    "thuis bij mijn opa",
    "ja, bij mijn oma vroeger",
    "dat ik iemand echt kon helpen",
    "zorgzaam",
]
BAKERY = [
    "/reflecteren",
    "1",
    "Bakkerij De Zoete Inval",
    "gisteren",
    "1",
    "Ik mocht taarten versieren en ik was trots toen de klant lachte",
    "De klant zei dat de taart mooi was",
    "bij tekenen op school",
    "ja, vroeger tekende ik voor mijn oma",
    "dat iemand blij werd van wat ik maakte",
]
STEP_QUESTION = "Wat ga je doen?"


async def _places(store: Store, drafts: list[PlaceDraft] = PLACES) -> None:
    async with store.transaction() as tx:
        for draft in drafts:
            await tx.places.add(draft, now=NOW)


async def _offer(sam: Chat) -> Outgoing:
    [offer] = [r for r in sam.replies if "plekken kent school" in r.text]
    return offer


async def _student_id(store: Store, key: StudentKey) -> int:
    async with store.read() as view:
        student = await view.students.find(key)
    assert student is not None
    return student.id


async def test_places_that_fit_are_offered_after_the_step_question_without_contact_persons(
    sam: Chat, store: Store
) -> None:
    await _places(store)
    await sam.say(*STORY, "iets in de zorg, met ouderen")
    kinds = [r.kind for r in sam.replies]
    assert STEP_QUESTION in sam.text() and kinds[-1] == "question"
    offer = await _offer(sam)
    assert sam.replies[-1] == offer, "the offer comes after the question, which is left as it is"
    assert [b.label for b in offer.buttons] == ["Zorgcentrum De Linde", "Ziekenhuis Rijnstate"]
    assert "Utrecht" in offer.text and "verzorgende" in offer.text
    for private in ("Yilmaz", "06-11112222", "Bakker", "026-1234567"):
        assert private not in sam.text(), "a student never sees a contact person"
    assert "Autobedrijf" not in offer.text and "Reclamebureau" not in offer.text
    # On Telegram the question and the offer are one message, the buttons under it.
    [message] = merge(sam.replies[-2:])
    assert message.text.startswith(STEP_QUESTION[:8]) and len(message.buttons) == 2


async def test_picking_a_place_makes_the_step_and_says_how_to_sign_up(sam: Chat, store: Store) -> None:
    await _places(store)
    await sam.say(*STORY, "iets in de zorg")
    button = (await _offer(sam)).buttons[0]
    await sam.press("Zorgcentrum De Linde")
    said = sam.text()
    assert "Zo meld je je aan bij Zorgcentrum De Linde: Mail stage@delinde.example" in said
    assert "Wanneer doe je dat?" in said and "Yilmaz" not in said
    student = await _student_id(store, sam.who.key)
    async with store.read() as view:
        [step] = await view.dossier.steps(student)
        [choice] = await view.places.choices(student)
        export = await view.privacy.export(student)
    assert step.what == "Ik ga me aanmelden bij Zorgcentrum De Linde"
    assert choice.step_id == step.id and choice.place_name == "Zorgcentrum De Linde"
    assert export.place_choices[0]["place_name"] == "Zorgcentrum De Linde"
    # The readable copy of their data lists it too (the same data as the file for computers).
    await sam.command("mijngegevens")
    [readable] = [a for r in sam.replies for a in r.attachments if a.filename.endswith(".html")]
    page = readable.data.decode()
    assert "Plekken die je koos" in page and "Zorgcentrum De Linde" in page
    # The button belongs to a question that was answered: pressed again, it does nothing.
    await sam.send(Pressed(button.data))
    assert sam.text() == "Die knop hoort bij een eerder gesprek."
    async with store.read() as view:
        assert len(await view.places.choices(student)) == 1


async def test_the_students_own_step_stays_theirs(sam: Chat, store: Store) -> None:
    await _places(store)
    await sam.say(*STORY, "iets in de zorg")
    assert (await _offer(sam)).buttons
    await sam.say("Ik ga mijn oma vragen hoe het werk van haar verpleegster is")
    assert "Wanneer doe je dat?" in sam.text()
    student = await _student_id(store, sam.who.key)
    async with store.read() as view:
        [step] = await view.dossier.steps(student)
        assert await view.places.choices(student) == []
    assert step.what == "Ik ga mijn oma vragen hoe het werk van haar verpleegster is"


async def test_nothing_is_offered_when_no_place_fits(sam: Chat, store: Store) -> None:
    # A care home, a hospital and a garage; the student was at a bakery, is creative and wants to design
    # (the design agency would fit, but it is not offered any more).
    await _places(store)
    await sam.say(*BAKERY, "creatief", "iets met ontwerpen")
    assert STEP_QUESTION in sam.text()
    assert not [r for r in sam.replies if "plekken kent school" in r.text]
    assert sam.replies[-1].buttons == ()


async def test_without_places_the_conversation_is_as_it_always_was(sam: Chat, store: Store) -> None:
    await sam.say(*STORY, "iets in de zorg")
    assert sam.replies[-1].text.startswith(STEP_QUESTION) or STEP_QUESTION in sam.replies[-1].text
    assert not [r for r in sam.replies if "plekken kent school" in r.text]


async def test_a_place_taken_off_the_list_meanwhile_cannot_be_picked(sam: Chat, store: Store) -> None:
    await _places(store)
    await sam.say(*STORY, "iets in de zorg")
    async with store.transaction() as tx:
        linde = next(p for p in await tx.places.listing() if p.name == "Zorgcentrum De Linde")
        await tx.places.set_active(linde.id, False, now=NOW)
    await sam.press("Zorgcentrum De Linde")
    assert "Die plek kun je nu niet meer kiezen" in sam.text()
    assert STEP_QUESTION in sam.text(), "and the question is asked again"
    assert [b.label for b in sam.replies[-1].buttons] == ["Ziekenhuis Rijnstate"]


async def test_preparing_a_student_is_offered_places_from_what_they_said_before(
    sam: Chat, store: Store
) -> None:
    await _places(store)
    await sam.say(
        *STORY, "iets in de zorg", "Ik ga mijn oma bellen", "vrijdag", "1", "niemand", "dat ik het vergeet"
    )
    await sam.say("/voorbereiden", "1")
    assert "Waar ga je naartoe?" in sam.text()
    offer = await _offer(sam)
    assert "Weet je nog niet waar?" in offer.text
    # Both fit 'zorgzaam' and 'zorg' as well: then by name.
    assert [b.label for b in offer.buttons] == ["Ziekenhuis Rijnstate", "Zorgcentrum De Linde"]
    await sam.press("Ziekenhuis Rijnstate")
    assert "Vraag je mentor hoe je je aanmeldt bij Ziekenhuis Rijnstate" in sam.text()
    assert "Wanneer is het?" in sam.text()
    student = await _student_id(store, sam.who.key)
    async with store.read() as view:
        experiences = await view.dossier.experiences(student)
        choices = await view.places.choices(student)
    assert experiences[-1].place == "Ziekenhuis Rijnstate"
    assert [(c.place_name, c.step_id, c.experience_id) for c in choices] == [
        ("Ziekenhuis Rijnstate", None, experiences[-1].id)
    ]


async def test_a_place_already_chosen_is_not_offered_again(sam: Chat, store: Store) -> None:
    await _places(store)
    await sam.say(*STORY, "iets in de zorg")
    await sam.press("Zorgcentrum De Linde")
    await sam.say("vrijdag", "1", "niemand", "dat ik het vergeet", *STORY)
    # The same key word as last time: said so, not asked whether it is the same thread.
    assert "'zorgzaam' koos je eerder ook al." in sam.text() and "draad" not in sam.text()
    await sam.say("iets in de zorg")
    offer = await _offer(sam)
    assert [b.label for b in offer.buttons] == ["Ziekenhuis Rijnstate"]
