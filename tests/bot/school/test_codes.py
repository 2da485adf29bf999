"""Codes and confirmations: guessing is throttled, invites expire, nothing is shared or deleted by typing."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.clock import FakeClock
from bot.conversation import Command, Menu, Pressed
from bot.wiring import App
from storage import Role, Store
from tests.bot.chat import Chat

from .conftest import REFLECTION, register_mentor


async def _linked(store: Store, chat: Chat) -> bool:
    async with store.read() as view:
        person = await view.students.find(chat.who.key)
        assert person is not None
        return await view.school.link_of(person.id) is not None


async def test_wrong_class_codes_are_throttled_and_the_right_one_waits_too(
    coord: Chat, juf: Chat, sam: Chat, app: App, caplog: pytest.LogCaptureFixture
) -> None:
    code = await register_mentor(coord, juf)
    with caplog.at_level(logging.WARNING):
        for attempt in range(300):
            await sam.command("koppel", f"WRONG{attempt:05d}")
    refusals = [r for r in caplog.records if "too many wrong class codes" in r.getMessage()]
    assert len(refusals) == 1, "logged once an hour, not for every try"
    assert "te vaak een verkeerde klascode" in sam.text()
    await sam.command("koppel", code)
    assert "te vaak een verkeerde klascode" in sam.text(), "also the right code waits: no oracle"
    assert "Juf Anna" not in sam.text()
    async with app.store.read() as view:
        person = await view.students.find(sam.who.key)
        assert person is not None
        tried = await view.attempts.count("class_code", since=app.clock.now() - timedelta(hours=1))
    assert tried == 5, "counted until the limit, then nothing more is even looked up"
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(hours=1, minutes=1))
    await sam.command("koppel", code.lower().replace("-", " "))
    assert "Wil je koppelen met Juf Anna?" in sam.text(), "an hour later, typed leniently"


async def test_typing_a_choice_after_the_class_code_still_shows_the_preview(
    coord: Chat, juf: Chat, sam: Chat, app: App
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await sam.command("koppel", f"{code}|alles")
    assert "Dit ziet Juf Anna als je koppelt" in sam.text()
    assert not await _linked(app.store, sam)
    await sam.press("Ja, en deel ook mijn antwoorden")
    assert await _linked(app.store, sam)


async def test_typed_yes_after_verwijderen_asks_first_and_only_the_button_deletes(
    sam: Chat, app: App
) -> None:
    await sam.say(*REFLECTION)
    await sam.send(Command("verwijderen", "ja"))
    assert "Weet je het zeker?" in sam.text()
    assert "[Ja, verwijder alles]" in sam.text()
    async with app.store.read() as view:
        assert await view.students.find(sam.who.key) is not None, "typing is not confirming"
    await sam.send(Pressed(Menu("verwijderen", "ja")))
    async with app.store.read() as view:
        assert await view.students.find(sam.who.key) is None


async def test_a_mentor_invite_expires_after_fourteen_days(coord: Chat, juf: Chat, app: App) -> None:
    await coord.command("uitnodigen", "Juf Anna")
    assert "14 dagen" in coord.text()
    invite = coord.text().split("/mentor ")[1].split()[0]
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=14, minutes=1))
    await juf.command("mentor", invite)
    assert "verlopen" in juf.text()
    async with app.store.read() as view:
        person = await view.students.find(juf.who.key)
        assert person is not None and person.role is Role.STUDENT


async def test_wrong_invites_are_throttled(coord: Chat, juf: Chat) -> None:
    await coord.command("uitnodigen", "Juf Anna")
    invite = coord.text().split("/mentor ")[1].split()[0]
    for attempt in range(6):
        await juf.command("mentor", f"NOPE{attempt}")
    assert "te vaak een verkeerde code" in juf.text()
    await juf.command("mentor", invite)
    assert "Je bent nu mentor" not in juf.text()
