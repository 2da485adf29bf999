"""Signing in with a one-time code: each role lands on its own page; wrong, used, expired, guessed codes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.clock import FakeClock
from bot.wiring import App
from storage import Role

from .conftest import new_code


async def test_each_role_signs_in_once_and_lands_on_its_own_page(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    landing = {
        Role.STUDENT: "Gesprek met de loopbaanbot",
        Role.MENTOR: "Mijn klas",
        Role.COORDINATOR: "cijfers",
    }
    for role, expected in landing.items():
        code = await new_code(app, role, name=f"Iemand {role.value}")
        browser = await browser_factory()
        await browser.sign_in(code)
        assert browser.status == 200
        assert expected in browser.page
        second = await browser_factory()
        await second.sign_in(code)
        assert second.status == 400
        assert "Die code klopt niet, is al gebruikt of is verlopen" in second.text(), "a code works once"


async def test_a_code_is_read_leniently_and_expires(app: App, browser_factory: Callable[[], Any]) -> None:
    code = await new_code(app, Role.STUDENT)
    browser = await browser_factory()
    await browser.sign_in("  " + code.lower().replace("-", " ") + " ")
    assert "Gesprek met de loopbaanbot" in browser.page
    late = await new_code(app, Role.STUDENT)
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=15))
    other = await browser_factory()
    await other.sign_in(late)
    assert other.status == 400


async def test_guessing_is_stopped_per_address(app: App, browser_factory: Callable[[], Any]) -> None:
    browser = await browser_factory()
    for attempt in range(30):
        await browser.sign_in(f"GUES-SING-{attempt:04d}")
    assert browser.status == 400
    code = await new_code(app, Role.STUDENT)
    await browser.sign_in(code)
    assert browser.status == 429
    assert "te veel verkeerde codes" in browser.text()


async def test_the_cookie_is_http_only_and_lax_and_sign_out_ends_it(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    code = await new_code(app, Role.STUDENT)
    browser = await browser_factory()
    await browser.get("/inloggen")
    response = await browser.client.post(
        "/inloggen", data={"csrf": browser.csrf, "code": code}, allow_redirects=False
    )
    cookie = response.cookies["lb_sessie"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/"
    assert not cookie["secure"], "plain http on 127.0.0.1; behind https WEB_BASE_URL makes it Secure"
    await browser.get("/chat")
    await browser.post("/uitloggen", {})
    assert "Je bent uitgelogd" in browser.text()
    await browser.get("/chat")
    assert "Inlogcode" in browser.page, "signed out: the chat asks to sign in"


async def test_an_idle_browser_is_signed_out_unless_it_is_ones_own(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    shared, own = await browser_factory(), await browser_factory()
    await shared.sign_in(await new_code(app, Role.STUDENT))
    await own.sign_in(await new_code(app, Role.STUDENT), own_device=True)
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(minutes=31))
    await shared.get("/chat")
    assert "Je was een tijdje weg" in shared.text()
    await own.get("/chat")
    assert "Jouw antwoord" in own.page


async def test_web_in_another_channel_gives_a_code_to_the_same_dossier(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    from bot.conversation import Command, Who
    from storage import StudentKey

    who = Who(StudentKey("telegram", "4242"), display_name="Tess", language_hint="nl")
    service = app.conversations
    await service.handle(who, Command("reflecteren"))
    [reply, *_] = await service.handle(who, Command("web"))
    code = reply.text.split("typ deze code:\n", 1)[1].split("\n", 1)[0].strip()
    assert "/inloggen?code=" + code in reply.text
    browser = await browser_factory()
    await browser.sign_in(code)
    assert browser.status == 200
    await browser.get("/chat")
    assert "Waar wil je op terugkijken?" in browser.text() or "Jouw antwoord" in browser.page
    await browser.say("/dossier")
    assert "dossier" in browser.text().lower()
    async with app.store.read() as view:
        tess = await view.students.find(who.key)
        assert tess is not None
        web_people = await view.school.counts(since=app.clock.now())
    assert web_people.students == 1, "one person, one dossier, two ways in"


async def test_a_dossier_started_on_the_web_continues_in_telegram_with_a_code(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    import re

    from bot.conversation import Command, Text, Who
    from storage import StudentKey

    browser = await browser_factory()
    await browser.sign_in(await new_code(app, Role.STUDENT, name="Noor"))
    await browser.say("/reflecteren")
    await browser.get("/privacy")
    await browser.post("/privacy/telegram", {})
    found = re.search(r"/web ([A-Z0-9-]+)", browser.text())
    assert found, browser.text()
    code = found.group(1)
    telegram = Who(StudentKey("telegram", "777"), display_name="Noor", language_hint="nl")
    service = app.conversations
    busy = Who(StudentKey("telegram", "888"), display_name="Bo", language_hint="nl")
    await service.handle(busy, Command("reflecteren"))
    [refused, *_] = await service.handle(busy, Command("web", code))
    assert "al een eigen dossier" in refused.text, "a chat with a dossier of its own is not merged"
    replies = await service.handle(telegram, Command("web", code))
    assert "Gelukt! Deze chat hoort nu bij je dossier van de website" in replies[0].text
    assert any("Waar wil je op terugkijken?" in r.text for r in replies), "the open question, here too"
    await service.handle(telegram, Text("Stage"))
    async with app.store.read() as view:
        noor = await view.students.find(telegram.key)
        assert noor is not None and noor.display_name == "Noor"
        assert await view.students.find(StudentKey("web", "x")) is None
    await browser.get("/chat")
    assert "Waar was het?" in browser.text(), "the web page shows the same conversation going on"
    await browser.get("/privacy")
    assert "Je dossier is gekoppeld aan Telegram" in browser.text()
