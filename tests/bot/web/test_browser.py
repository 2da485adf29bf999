"""In a real browser (Debian's chromium, driven by Playwright): the whole product as people use it.

Every page is checked with axe-core (0 violations) and for reflow at 320 px (no sideways scrolling), and a
screenshot of it at phone and laptop width is saved under screenshots/ (not committed) to look at.
Here: the chat, without JavaScript too, and the mentor's and coordinator's pages; the portfolio, the
places and the studio have modules of their own (test_browser_*.py).
"""

from __future__ import annotations

import re
from datetime import timedelta

from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, expect

from bot.clock import FakeClock
from bot.wiring import App
from storage import Role

from . import in_browser
from .conftest import new_code
from .in_browser import PHONE, check, new_page, reflect, sign_in, tap

pytestmark = in_browser.pytestmark
# One backend and Debian's chromium (in_browser.py).
store = in_browser.store
chromium = in_browser.chromium


async def test_a_student_signs_in_reflects_sees_the_dossier_and_gets_a_follow_up_live(
    app: App, server: TestServer, chromium: Browser
) -> None:
    base = str(server.make_url("")).rstrip("/")
    page = await new_page(chromium)
    await page.goto(f"{base}/inloggen")
    await check(page, "inloggen")
    await sign_in(page, base, await new_code(app, Role.STUDENT, name="Sam"), own_device=True)
    await expect(page.get_by_role("log")).to_contain_text("Hoi Sam!")
    await check(page, "chat-start")
    await reflect(page)
    await expect(page.locator(".progress").last).to_contain_text(re.compile(r"Vraag \d+ van \d+"))
    await check(page, "chat-reflectie")
    # Friday morning: the follow-up for the step comes into the open page by itself.
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=5))
    await app.dispatcher.run_due()
    await expect(page.get_by_role("log")).to_contain_text("Is het gelukt?", timeout=5000)
    await tap(page, "Gedaan!", "terugkijken")
    await page.get_by_role("link", name="Mijn dossier").click()
    await expect(page.get_by_role("heading", level=1)).to_have_text("Mijn loopbaandossier")
    await expect(page.locator("main")).to_contain_text("creatief")
    await check(page, "dossier")
    await page.get_by_role("link", name="Privacy").click()
    await check(page, "privacy")


async def test_without_javascript_the_chat_still_works_by_posting_forms(
    app: App, server: TestServer, chromium: Browser
) -> None:
    base = str(server.make_url("")).rstrip("/")
    context = await chromium.new_context(viewport=PHONE, java_script_enabled=False)
    page = await context.new_page()
    await sign_in(page, base, await new_code(app, Role.STUDENT, name="Noor"))
    await expect(page.get_by_role("log")).to_contain_text("Hoi Noor!")
    await page.get_by_label("Jouw antwoord").fill("/reflecteren")
    await page.get_by_role("button", name="Versturen").click()
    await expect(page.get_by_role("log")).to_contain_text("Waar wil je op terugkijken?")
    await page.locator('[data-from="bot"]').last.get_by_role("button", name="Stage").click()
    await expect(page.get_by_role("log")).to_contain_text("Waar was het?")


async def test_a_mentor_sees_the_class_and_a_coordinator_makes_codes(
    app: App, server: TestServer, chromium: Browser
) -> None:
    base = str(server.make_url("")).rstrip("/")
    coordinator = await new_page(chromium)
    await sign_in(coordinator, base, await new_code(app, Role.COORDINATOR))
    await expect(coordinator.get_by_role("heading", level=1)).to_have_text("De school in cijfers")
    await check(coordinator, "school")
    await coordinator.get_by_role("link", name="Mentoren").click()
    await check(coordinator, "mentoren")
    await coordinator.get_by_label("Naam van de mentor").fill("Juf Anna")
    await coordinator.get_by_role("button", name="Codes maken").click()
    mentor_code = (await coordinator.locator(".code").first.inner_text()).strip()
    await check(coordinator, "codekaarten-mentor")
    await coordinator.get_by_role("link", name="Gesprekken aanpassen").click()
    await check(coordinator, "gesprekken")

    mentor = await new_page(chromium)
    await sign_in(mentor, base, mentor_code)
    await mentor.get_by_role("link", name="Inlogcodes").click()
    await check(mentor, "klas-codes")
    await mentor.get_by_label("Namen van de leerlingen, één per regel").fill("Sam\nKim")
    await mentor.get_by_role("button", name="Codes maken").click()
    codes = [c.strip() for c in await mentor.locator(".code").all_inner_texts()]
    assert len(codes) == 2
    await check(mentor, "codekaarten-klas")

    sam = await new_page(chromium)
    await sign_in(sam, base, codes[0])
    await tap(sam, "Ja, koppelen", "gekoppeld")
    await reflect(sam)

    await mentor.get_by_role("link", name="Mijn klas").click()
    await expect(mentor.get_by_role("table")).to_contain_text("Sam")
    await expect(mentor.get_by_role("table")).to_contain_text("creatief")
    assert "Ik mocht taarten versieren" not in await mentor.locator("main").inner_text()
    await check(mentor, "klas")
    await mentor.get_by_role("link", name="Sam").click()
    await expect(mentor.locator("main")).to_contain_text("Bakkerij De Zoete Inval")
    assert "Ik mocht taarten versieren" not in await mentor.locator("main").inner_text()
    await check(mentor, "klas-leerling")
    await mentor.get_by_role("link", name="Weekoverzicht").click()
    await check(mentor, "weekoverzicht")
