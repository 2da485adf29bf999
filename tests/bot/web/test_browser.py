"""In a real browser (Debian's chromium, driven by Playwright): the whole product as people use it.

Every page is checked with axe-core (0 violations) and for reflow at 320 px (no sideways scrolling), and a
screenshot of it at phone and laptop width is saved under screenshots/ (not committed) to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, Page, async_playwright, expect

from bot.clock import FakeClock
from bot.wiring import App
from storage import Role, SqliteStore, Store

from .conftest import new_code

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}

HAVE_CHROMIUM = CHROMIUM.exists()
pytestmark = pytest.mark.skipif(
    not HAVE_CHROMIUM and os.environ.get("LOOPBAANBOT_SKIP_BROWSER") == "1",
    reason="no chromium here (python3 tasks.py test installs it where it can)",
)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    """One backend is enough in the browser; the contract suite covers the others."""
    backend = SqliteStore(tmp_path / "db.sqlite3")
    await backend.open()
    yield backend
    await backend.close()


@pytest.fixture
async def chromium() -> AsyncIterator[Browser]:
    if not HAVE_CHROMIUM:
        pytest.fail("chromium is missing: apt-get install chromium (python3 tasks.py test does this as root)")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=_FLAGS)
        try:
            yield browser
        finally:
            await browser.close()


async def _page(chromium: Browser, **viewport: Any) -> Page:
    context = await chromium.new_context(viewport=viewport or PHONE, locale="nl-NL")
    return await context.new_page()


# The elements that stick out past the right edge, for the message when a page does not reflow.
_WIDE = """() => Array.from(document.querySelectorAll('body *'))
    .filter((e) => e.getBoundingClientRect().right > 320)
    .slice(0, 8)
    .map((e) => [e.tagName, e.getAttribute('class'), Math.round(e.getBoundingClientRect().right)])"""


async def check(page: Page, name: str) -> None:
    """axe-core finds nothing, the page reflows at 320 px, and screenshots at phone and laptop width."""
    results = await Axe().run(page)
    problems = [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]
    assert not problems, f"{name}: accessibility problems {problems}"
    SHOTS.mkdir(exist_ok=True)
    for label, size in (("laptop", LAPTOP), ("phone", PHONE)):
        await page.set_viewport_size(size)
        await page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
    await page.set_viewport_size({"width": 320, "height": 640})
    width = await page.evaluate("document.documentElement.scrollWidth")
    wide = await page.evaluate(_WIDE) if width > 320 else []
    assert width <= 320, f"{name}: the page scrolls sideways at 320 px ({width} px wide): {wide}"
    await page.set_viewport_size(PHONE)


async def sign_in(page: Page, base: str, code: str, *, own_device: bool = False) -> None:
    await page.goto(f"{base}/inloggen")
    await page.get_by_label("Inlogcode").fill(code)
    if own_device:
        await page.get_by_label("Dit is mijn eigen telefoon of laptop").check()
    await page.get_by_role("button", name="Inloggen").click()


_NEW_REPLY = """([count, expected]) => {
    const messages = Array.from(document.querySelectorAll('#log .msg')).slice(count);
    const bot = messages.filter((m) => m.dataset.from === 'bot');
    return bot.length > 0 && messages.some((m) => m.textContent.includes(expected));
}"""


async def _answered(page: Page, count: int, expected: str) -> None:
    """Wait until the bot's reply (after the first `count` messages) says `expected`."""
    await page.wait_for_function(_NEW_REPLY, arg=[count, expected], timeout=5000)


async def say(page: Page, text: str, expected: str) -> None:
    count = await page.locator("#log .msg").count()
    box = page.get_by_label("Jouw antwoord")
    await box.fill(text)
    await box.press("Enter")
    await _answered(page, count, expected)


async def tap(page: Page, label: str, expected: str) -> None:
    count = await page.locator("#log .msg").count()
    latest = page.locator('[data-from="bot"]').last
    await latest.get_by_role("button", name=label, exact=True).click()
    await _answered(page, count, expected)


STEPS = [
    ("say", "/reflecteren", "Waar wil je op terugkijken?"),
    ("tap", "Stage", "Waar was het?"),
    ("say", "Bakkerij De Zoete Inval", "Wanneer was het?"),
    ("say", "gisteren", "klopt dat?"),
    ("tap", "Ja, klopt", "alsof ik erbij was"),
    ("say", "Ik mocht taarten versieren en ik was trots toen de klant lachte", "trots"),
    ("say", "De klant zei dat de taart mooi was", "school"),
    ("say", "bij tekenen op school", "eerder"),
    ("say", "ja vroeger tekende ik voor mijn oma", "vlak voordat"),
    ("say", "dat iemand blij werd van wat ik maakte", "woord"),
    ("say", "creatief", "opleiding"),
    ("say", "iets met ontwerpen", "Wat"),
    ("say", "Ik ga de bakker vragen of ik nog een dag mag komen", "Wanneer doe je dat?"),
    ("say", "vrijdag", "klopt dat?"),
    ("tap", "Ja, klopt", "Wie kan je daarbij helpen?"),
    ("say", "niemand", "in de weg"),
    ("say", "dat ik het vergeet", "hoe het ging"),
]


async def _reflect(page: Page) -> None:
    for how, text, expected in STEPS:
        await (say if how == "say" else tap)(page, text, expected)


async def test_a_student_signs_in_reflects_sees_the_dossier_and_gets_a_follow_up_live(
    app: App, server: TestServer, chromium: Browser
) -> None:
    base = str(server.make_url("")).rstrip("/")
    page = await _page(chromium)
    await page.goto(f"{base}/inloggen")
    await check(page, "inloggen")
    await sign_in(page, base, await new_code(app, Role.STUDENT, name="Sam"), own_device=True)
    await expect(page.get_by_role("log")).to_contain_text("Hoi Sam!")
    await check(page, "chat-start")
    await _reflect(page)
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
    coordinator = await _page(chromium)
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

    mentor = await _page(chromium)
    await sign_in(mentor, base, mentor_code)
    await mentor.get_by_role("link", name="Inlogcodes").click()
    await check(mentor, "klas-codes")
    await mentor.get_by_label("Namen van de leerlingen, één per regel").fill("Sam\nKim")
    await mentor.get_by_role("button", name="Codes maken").click()
    codes = [c.strip() for c in await mentor.locator(".code").all_inner_texts()]
    assert len(codes) == 2
    await check(mentor, "codekaarten-klas")

    sam = await _page(chromium)
    await sign_in(sam, base, codes[0])
    await tap(sam, "Ja, koppelen", "gekoppeld")
    await _reflect(sam)

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


# Two more looks back through the same dossier (by the service, as a channel would): a word that comes
# back, and a 5,000-character paste.
MORE_REFLECTIONS = [
    ["/reflecteren", "ander", "2", "Het ROC", "vorige week dinsdag", "1",
     "Ik mocht een workshop ontwerpen doen en ik was trots " + "we tekenden logo's en posters. " * 160,
     "De docent vond mijn logo goed", "bij tekenen op school", "nee", "nee", "niks",
     "dat iemand blij werd van wat ik maakte", "zorgzaam", "iets met mensen", "Ik ga de open dag bezoeken",
     "volgende week", "1", "niemand", "dat ik het vergeet"],
    ["/reflecteren", "ander", "1", "Het verzorgingshuis", "gisteren", "1",
     "Ik hielp een mevrouw met koffie en ik was blij", "Ze lachte naar me", "thuis bij oma",
     "ja bij mijn oma", "dat ik iemand kon helpen", "creatief", "iets met zorg", "Ik ga mijn oma bellen",
     "zaterdag", "1", "niemand", "geen tijd"],
]  # fmt: skip


async def test_the_dossier_as_a_portfolio_the_file_to_take_along_and_the_card_for_at_home(
    app: App, server: TestServer, chromium: Browser
) -> None:
    from bot.conversation import Who
    from bot.documents import export_html, take_along_html
    from tests.bot.chat import Chat

    base = str(server.make_url("")).rstrip("/")
    page = await _page(chromium)
    await sign_in(page, base, await new_code(app, Role.STUDENT, name="Sam de Vries"), own_device=True)
    await expect(page.get_by_role("log")).to_contain_text("Hoi Sam de Vries!")
    await _reflect(page)
    async with app.store.read() as view:
        [person] = await view.school.with_role(Role.STUDENT)
    sam = Chat(app.conversations, Who(person.key, display_name=person.display_name, language_hint="nl"))
    for answers in MORE_REFLECTIONS:
        await sam.say(*answers)
    await page.get_by_role("link", name="Mijn dossier").click()
    await expect(page.locator("main")).to_contain_text("Kernwoord: zorgzaam")
    await expect(page.get_by_role("img", name=re.compile("Je kernwoorden in de tijd"))).to_be_visible()
    await expect(page.get_by_role("img", name=re.compile("loopbaancompetenties"))).to_be_visible()
    await page.get_by_text("Lees alles").first.click()
    await expect(page.locator("details.whole[open]")).to_contain_text("we tekenden logo's en posters")
    await check(page, "dossier-portfolio")
    await page.get_by_role("link", name=re.compile("Meenemen naar een nieuwe school")).click()
    await expect(page.get_by_role("heading", level=1)).to_have_text("Loopbaandossier van Sam de Vries")
    await expect(page.locator("main")).to_contain_text("Hele antwoorden")
    await check(page, "meenemen")
    await page.get_by_role("link", name="Terug naar mijn dossier").click()
    await page.get_by_role("link", name=re.compile("Een kaart voor thuis")).click()
    await expect(page.get_by_role("heading", level=1)).to_have_text("Voor aan de keukentafel")
    await expect(page.locator("main")).to_contain_text("creatief")
    await check(page, "thuis")
    # The files as they are opened on their own (from a chat, a download): styled, and as accessible.
    async with app.store.read() as view:
        dossier = await view.dossier.dossier(person.id)
        export = await view.privacy.export(person.id)
    today = app.conversations.today()
    # A fresh page: content written into one of the site's pages would be under the site's CSP.
    file = await _page(chromium)
    await file.set_content(take_along_html(dossier, app.texts, "nl", today))
    await expect(file.locator("main")).to_contain_text("Hele antwoorden")
    await check(file, "meenemen-bestand")
    await file.set_content(
        export_html(export, app.texts, "nl", today, app.settings.tz, dossier=dossier).decode()
    )
    await expect(file.locator("main")).to_contain_text("Over jou")
    await check(file, "mijn-gegevens-bestand")


PLACES_CSV = (
    "Naam;Sector;Plaats;Wat kun je er doen;Aanmelden;Contactpersoon;Contact;Trefwoorden;Actief\r\n"
    "Bakkerij Van Dam;Horeca en bakkerij;Zeist;Brood en taarten bakken;Bel 030-1112233 en vraag naar Jan;"
    "Jan de Bakker;030-1112233;taart, creatief;ja\r\n"
    "Ontwerpbureau Lijn;Media en creatief;Utrecht;Logo's en posters ontwerpen met een ontwerper;"
    "Mail stage@lijn.example;Mevrouw Kok;06-99887766;ontwerpen, tekenen;ja\r\n"
    "Autobedrijf Jansen;Techniek;Houten;Een dag in de werkplaats;;;;auto;nee\r\n"
)


async def test_the_schools_places_from_the_coordinators_list_to_a_students_step(
    app: App, server: TestServer, chromium: Browser, tmp_path: Path
) -> None:
    base = str(server.make_url("")).rstrip("/")
    coordinator = await _page(chromium)
    await sign_in(coordinator, base, await new_code(app, Role.COORDINATOR))
    await coordinator.get_by_role("link", name="Plekken").click()
    await expect(coordinator.get_by_role("heading", level=1)).to_have_text("Stage- en meeloopplekken")
    await check(coordinator, "plekken-leeg")
    await coordinator.get_by_role("link", name="Inlezen uit een bestand").click()
    await check(coordinator, "plekken-inlezen")
    broken = tmp_path / "fout.csv"
    broken.write_bytes((PLACES_CSV + ";Zorg;;;;;;;ja\r\n").encode("cp1252"))
    await coordinator.get_by_label("Bestand (CSV)").set_input_files(str(broken))
    await coordinator.get_by_role("button", name="Inlezen").click()
    await expect(coordinator.get_by_role("alert")).to_contain_text(
        "Regel 5, kolom 'Naam': De naam ontbreekt."
    )
    await check(coordinator, "plekken-inlezen-fout")
    good = tmp_path / "plekken.csv"
    good.write_bytes(PLACES_CSV.encode("cp1252"))
    await coordinator.get_by_label("Bestand (CSV)").set_input_files(str(good))
    await coordinator.get_by_role("button", name="Inlezen").click()
    await expect(coordinator.get_by_role("status")).to_contain_text("Ingelezen: 3 nieuw")
    await coordinator.get_by_role("link", name="Plek toevoegen").click()
    await coordinator.get_by_role("button", name="Opslaan").click()  # the browser asks for a name first
    await coordinator.get_by_label("Naam").fill("Zorgcentrum De Linde")
    await coordinator.get_by_label("Sector").fill("Zorg")
    await coordinator.get_by_label("Wat kun je er doen").fill("Je loopt mee met een verzorgende.")
    await coordinator.get_by_label("Contactpersoon").fill("Mevrouw Yilmaz")
    await check(coordinator, "plek-nieuw")
    await coordinator.get_by_role("button", name="Opslaan").click()
    await expect(coordinator.get_by_role("status")).to_contain_text("De plek is toegevoegd.")
    await check(coordinator, "plekken")
    await coordinator.get_by_role("link", name="Aanpassen Ontwerpbureau Lijn").click()
    await check(coordinator, "plek-aanpassen")
    # Another coordinator saves the same place meanwhile: this save says so and keeps what was typed.
    await coordinator.get_by_label("Plaats").fill("Amersfoort")
    async with app.store.transaction() as tx:
        [lijn] = [p for p in await tx.places.listing() if p.name == "Ontwerpbureau Lijn"]
        changed = lijn.draft().model_copy(update={"contact_reach": "030-5550000"})
        await tx.places.change(lijn.id, changed, version=lijn.version, now=app.clock.now())
    await coordinator.get_by_role("button", name="Opslaan").click()
    await expect(coordinator.get_by_role("alert")).to_contain_text(
        "Iemand anders heeft deze plek net aangepast"
    )
    await expect(coordinator.get_by_role("alert")).to_contain_text("Amersfoort")
    await expect(coordinator.get_by_label("Telefoon of e-mail")).to_have_value("030-5550000")
    await check(coordinator, "plek-botsing")
    await coordinator.get_by_role("link", name="Terug naar de lijst").click()
    await coordinator.get_by_label("Sector").select_option("Media en creatief")
    await coordinator.get_by_role("button", name="Zoeken").click()
    await expect(coordinator.locator("main")).to_contain_text("1 van 4 plekken")
    await check(coordinator, "plekken-gefilterd")

    # A mentor of the school, with Sam in their class.
    await coordinator.get_by_role("link", name="Mentoren").click()
    await coordinator.get_by_label("Naam van de mentor").fill("Juf Anna")
    await coordinator.get_by_role("button", name="Codes maken").click()
    mentor_code = (await coordinator.locator(".code").first.inner_text()).strip()
    mentor = await _page(chromium)
    await sign_in(mentor, base, mentor_code)
    await mentor.get_by_role("link", name="Inlogcodes").click()
    await mentor.get_by_label("Namen van de leerlingen, één per regel").fill("Sam")
    await mentor.get_by_role("button", name="Codes maken").click()
    student_code = (await mentor.locator(".code").first.inner_text()).strip()

    # A student who is creative and wants to design gets the design agency (and the bakery where they
    # were) at the next step, without contact persons, and taps one.
    student = await _page(chromium)
    await sign_in(student, base, student_code, own_device=True)
    await tap(student, "Ja, koppelen", "gekoppeld")
    for how, text, expected in STEPS[:12]:
        await (say if how == "say" else tap)(student, text, expected)
    log = student.get_by_role("log")
    await expect(log).to_contain_text("Deze plekken kent school")
    said = await log.inner_text()
    assert not any(
        contact in said for contact in ("Mevrouw Kok", "030-5550000", "Jan de Bakker", "030-1112233")
    )
    await check(student, "chat-plekken")
    await tap(student, "Ontwerpbureau Lijn", "Wanneer doe je dat?")
    await expect(log).to_contain_text("Zo meld je je aan bij Ontwerpbureau Lijn: Mail stage@lijn.example")
    await check(student, "chat-plek-gekozen")

    # Sam's mentor sees the choice, with whom to call to help; and which of their students chose a place.
    await mentor.get_by_role("link", name="Mijn klas").click()
    await mentor.get_by_role("link", name="Sam").click()
    chosen = mentor.get_by_role("region", name="Gekozen plekken")
    await expect(chosen).to_contain_text("Ontwerpbureau Lijn")
    await expect(chosen).to_contain_text("Mevrouw Kok · 030-5550000")
    await check(mentor, "klas-leerling-plekken")
    await mentor.get_by_role("link", name="Plekken").click()
    await expect(mentor.locator("main")).to_contain_text("Gekozen door jouw leerlingen")
    await check(mentor, "plekken-mentor")
