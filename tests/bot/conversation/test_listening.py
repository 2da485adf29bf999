"""The service around the listening engine: wishes outside a conversation, earlier key words, restarts."""

from __future__ import annotations

from collections.abc import Callable

from bot.wiring import App
from tests.bot.chat import Chat
from tests.bot.conversation.test_service import FINISH, STORY


async def test_a_wish_outside_a_conversation_is_offered(sam: Chat) -> None:
    await sam.type("ik wil praten over mijn stage")
    assert "terugkijken op je stage" in sam.text()
    assert "Er loopt nu geen gesprek" not in sam.text()
    await sam.press("Ja, terugkijken")
    assert "[Stage]" in sam.text()


async def test_going_to_shadow_next_week_is_offered_a_preparation(sam: Chat) -> None:
    await sam.type("ik ga volgende week meelopen")
    assert "voorbereiden" in sam.text()
    await sam.press("Ja, voorbereiden")
    assert "[Meeloopdag]" in sam.text()


async def test_the_second_reflection_names_the_first_key_word_in_other_words(sam: Chat) -> None:
    await sam.say(*STORY, *FINISH)
    first = [r.text for r in sam.replies]
    await sam.say(*STORY[:5])
    opening = sam.last_question().text
    await sam.say(*STORY[5:], "durven")
    assert "Eerder koos je 'creatief'" in sam.text() or "'creatief'" in sam.text()
    assert opening.split("?")[0] not in " ".join(first)


async def test_a_restart_asks_the_open_follow_up_again(sam: Chat, make_app: Callable[..., App]) -> None:
    await sam.say(*STORY[:5], "leuk")
    followup = sam.last_question().text
    assert followup.startswith(("Kies één moment", "Denk aan het begin")), followup
    restarted = Chat(make_app().conversations, sam.who)
    greeting = await restarted.service.greeting(sam.who)
    assert greeting[-1].text == followup
