"""Safety in the browser: a clear signal gets the help lines, an uncertain one a check-in with buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.safety import Assessor
from bot.wiring import App
from storage import Role
from tests.bot.school.test_safety_checkin import FakeModel

from .conftest import new_code
from .test_chat import REFLECTION, _play

UNSURE = "ik weet niet meer zo goed wat ik hier doe eigenlijk"


async def test_an_uncertain_message_gets_a_check_in_and_gaat_wel_goes_on(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    app.conversations.safety.assessor = Assessor(FakeModel({UNSURE}))
    sam = await browser_factory()
    await sam.sign_in(await new_code(app, Role.STUDENT, name="Sam"))
    await _play(sam, REFLECTION[:5])
    await sam.say(UNSURE)
    assert "Ik lees dit even goed: gaat het wel goed met je?" in sam.text()
    assert "113" not in sam.text()
    assert list(sam.buttons()) == ["Gaat wel", "Niet zo goed"]
    await sam.press("Gaat wel")
    assert "Fijn om te horen" in sam.text()


async def test_niet_zo_goed_gives_the_help_lines(app: App, browser_factory: Callable[[], Any]) -> None:
    app.conversations.safety.assessor = Assessor(FakeModel({UNSURE}))
    sam = await browser_factory()
    await sam.sign_in(await new_code(app, Role.STUDENT, name="Sam"))
    await _play(sam, REFLECTION[:5])
    await sam.say(UNSURE)
    await sam.press("Niet zo goed")
    assert "113" in sam.text()
    assert "Kindertelefoon" in sam.text()


async def test_a_clear_signal_pauses_and_gives_the_help_lines(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await browser_factory()
    await sam.sign_in(await new_code(app, Role.STUDENT, name="Sam"))
    await _play(sam, REFLECTION[:5])
    await sam.say("ik wil niet meer leven")
    assert "113" in sam.text()
    assert "Dit bericht heb ik niet bewaard" in sam.text()
    await sam.get("/chat")
    assert "niet meer leven" not in sam.page, "the message itself is kept nowhere, not even in the chat"
    await sam.get("/dossier")
    assert "niet meer leven" not in sam.page
    export = await (await sam.client.get("/mijn-gegevens/mijn-gegevens.json")).text()
    assert "niet meer leven" not in export
