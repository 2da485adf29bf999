"""The studio's counts, written with every turn: what was asked and answered, never a word of the answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from bot.clock import FakeClock
from bot.wiring import App
from dialogues import ScriptLibrary
from storage import Store, StudentKey
from tests.bot.chat import Chat

from .test_service import FINISH, STORY


def _totals(tallies: list) -> dict[tuple[str, str, int], int]:  # type: ignore[type-arg]
    return {(t.node, t.measure, t.value): t.count for t in tallies if t.arm == 0}


async def test_every_turn_counts_what_was_asked_and_how_it_was_answered(
    sam: Chat, store: Store, library: ScriptLibrary, clock: FakeClock
) -> None:
    digest = library.current("reflecteren").digest
    await sam.say("/reflecteren", "1")
    clock.advance(timedelta(seconds=40))
    await sam.say("Bakkerij De Zoete Inval", "gisteren", "1")
    await sam.say("weet ik niet")  # a thin answer: the bot asks on
    assert "moment" in sam.text() or "?" in sam.text()
    await sam.say("Ik mocht taarten versieren en ik was trots toen de klant lachte")
    await sam.say("/help")
    await sam.say("De klant zei dat de taart mooi was", "bij tekenen op school")
    async with store.read() as view:
        totals = _totals(await view.tally.totals(digest))
        waiting = await view.tally.waiting(digest, stopped_before=clock.now())
    assert totals[("soort", "students", 0)] == 1 and totals[("soort", "answered", 0)] == 1
    assert ("soort", "words", 1) not in totals, "a button is no typed answer"
    assert totals[("waar", "words", 4)] == 1, "'Bakkerij De Zoete Inval' has four words"
    assert totals[("waar", "seconds", 40)] == 1, "asked, then answered 40 s later"
    assert totals[("klein_verhaal", "thin", 0)] == 1
    assert totals[("klein_verhaal", "words", 3 + 12)] == 1, "the words of both answers there"
    assert sum(c for (node, measure, _), c in totals.items() if measure == "help") == 1
    assert [(w.node, w.stopped, w.waiting) for w in waiting] == [("verdiepen", 0, 1)], "not a stop yet"
    async with store.read() as view:
        later = await view.tally.waiting(digest, stopped_before=clock.now() + timedelta(days=2))
    assert [(w.node, w.stopped, w.stopped_students) for w in later] == [("verdiepen", 1, 1)]


async def test_a_finished_conversation_counts_at_its_end_and_a_deleted_student_is_taken_off(
    sam: Chat, store: Store, library: ScriptLibrary, make_app: Callable[..., App]
) -> None:
    digest = library.current("reflecteren").digest
    await sam.say(*STORY, *FINISH)
    async with store.read() as view:
        totals = _totals(await view.tally.totals(digest))
    assert totals[("einde", "finished", 0)] == 1
    asked = [node for (node, measure, _), count in totals.items() if measure == "reached" and count]
    assert {"soort", "klein_verhaal", "verbreden", "kernwoord", "stap_wat", "einde"} <= set(asked)
    assert all(measure != "text" for (_, measure, _) in totals)
    erased = await make_app().conversations.erase(StudentKey("test", "sam"), lambda person: True)
    assert erased
    async with store.read() as view:
        assert await view.tally.totals(digest) == []
