"""A distress message: warmth and help lines at once, the exercise paused, the mentor told only after yes."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.wiring import App
from storage import Store
from tests.bot.chat import Chat, Inbox

from .conftest import REFLECTION, link, register_mentor

DISTRESS = "ik wil niet meer"


async def _events(store: Store) -> list[tuple[str, int]]:
    """The safety events recorded so far, as (kind, count)."""
    async with store.read() as view:
        counts = await view.school.counts(since=datetime(2000, 1, 1, tzinfo=UTC))
    return sorted(counts.safety.items())


async def test_distress_mid_reflection_gets_help_lines_and_loses_nothing(sam: Chat, store: Store) -> None:
    await sam.say(*REFLECTION[:6])
    assert "Je was trots" in sam.text()
    await sam.type(DISTRESS)
    text = sam.text()
    assert "Wat goed dat je dit vertelt" in text
    assert "113" in text and "0800-0113" in text and "113.nl" in text
    assert "0800-0432" in text and "112" in text
    assert "mentor of de vertrouwenspersoon" in text, "not linked: the student is pointed to people at school"
    await sam.command("verder")
    assert "Je was trots" in sam.text(), "the exercise was paused, not lost"
    await sam.command("mijngegevens")
    export = sam.replies[0].attachments[0].data.decode()
    assert DISTRESS not in export, "the message itself is not stored anywhere"
    assert '"kind": "suicide"' in export
    assert "taarten versieren" in export, "the answers before it are all still there"


async def test_the_mentor_hears_only_that_the_student_wants_to_talk_after_yes(
    app: App, coord: Chat, juf: Chat, sam: Chat, inbox: Inbox
) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    await sam.type("thuis slaat mijn vader me als hij boos is")
    text = sam.text()
    assert "Veilig Thuis" in text and "0800-2000" in text
    assert "Mag ik je mentor laten weten dat je graag even wilt praten?" in text
    assert inbox.count(juf.who.key) == 0, "nothing before the student says yes"
    await sam.press("Ja, laat het weten")
    assert "Ik heb Juf Anna laten weten dat je graag wilt praten" in sam.text()
    [message] = inbox.received[juf.who.key][0]
    assert message.text.startswith("Sam wil graag even met je praten.")
    assert "vader" not in message.text and "slaat" not in message.text
    await sam.press("Ja, laat het weten")
    assert inbox.count(juf.who.key) == 1, "told once"


async def test_no_means_nobody_is_told(coord: Chat, juf: Chat, sam: Chat, inbox: Inbox) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    await sam.type("ik word elke dag gepest en ik durf niet meer naar school")
    await sam.press("Nee, liever niet")
    assert "ik laat het niemand weten" in sam.text()
    assert "/hulplijnen" in sam.text()
    assert inbox.count(juf.who.key) == 0


async def test_a_joke_afterwards_does_not_silently_clear_it(sam: Chat, store: Store) -> None:
    await sam.type(DISTRESS)
    await sam.type("grapje haha")
    text = sam.text()
    assert "Als er toch iets is" in text
    assert "0800-0432" in text, "the help stays there"
    await sam.command("hulplijnen")
    assert "Veilig Thuis" in sam.text()
    assert await _events(store) == [("retracted", 1), ("suicide", 1)], "the event stays, the joke is noted"


async def test_idioms_do_not_trigger_anything(sam: Chat, store: Store) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type("Ik schrok me dood toen de oven piepte, maar daarna was ik trots")
    assert "113" not in sam.text()
    assert "Je was trots" in sam.text() or "Wat gebeurde er" in sam.text()
    assert await _events(store) == []


async def test_a_mentor_writing_about_a_student_is_not_treated_as_a_student_in_danger(
    coord: Chat, juf: Chat, store: Store
) -> None:
    await register_mentor(coord, juf)
    await juf.type("een leerling zei dat ze niet meer wil leven, wat moet ik doen?")
    assert "113" not in juf.text()
    assert await _events(store) == []


async def test_a_typed_yes_tells_the_mentor_like_the_button(
    coord: Chat, juf: Chat, sam: Chat, inbox: Inbox
) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    await sam.type("thuis slaat mijn vader me als hij boos is")
    await sam.type("ja")
    assert "Ik heb Juf Anna laten weten dat je graag wilt praten" in sam.text()
    assert inbox.count(juf.who.key) == 1


async def test_a_typed_no_tells_nobody(coord: Chat, juf: Chat, sam: Chat, inbox: Inbox) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    await sam.type("ik word elke dag gepest en ik durf niet meer naar school")
    await sam.type("nee")
    assert "ik laat het niemand weten" in sam.text()
    await sam.type("ja")
    assert inbox.count(juf.who.key) == 0, "a later yes does not answer a question already answered"


async def test_the_questions_stay_paused_until_the_student_asks_for_them(sam: Chat) -> None:
    await sam.say(*REFLECTION[:6])
    await sam.type(DISTRESS)
    await sam.type("oke dankje")
    text = sam.text()
    assert "Ik ben er nog" in text and "/verder" in text
    assert "Je was trots" not in text, "no career question right after the help lines"
    await sam.command("verder")
    assert "Je was trots" in sam.text()
    await sam.type("ik was trots omdat de klant blij was")
    assert "Ik ben er nog" not in sam.text(), "after /verder the answers go to the questions again"
