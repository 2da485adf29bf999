"""Follow-ups and the student's other conversations: none is interrupted, and none is lost."""

from __future__ import annotations

from bot.clock import FakeClock
from storage import Store
from tests.bot.chat import Chat

from .conftest import ALONE, REFLECTION, STEP_REFLECTION, Inbox, Runner, local


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
