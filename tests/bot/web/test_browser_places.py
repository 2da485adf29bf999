"""In a real browser: the school's places, from the coordinator's list (by hand and from a file) to a
student's step and their mentor's page."""

from __future__ import annotations

from pathlib import Path

from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, expect

from bot.wiring import App
from storage import Role

from . import in_browser
from .conftest import new_code
from .in_browser import STEPS, check, new_page, say, sign_in, tap

pytestmark = in_browser.pytestmark
# One backend and Debian's chromium (in_browser.py).
store = in_browser.store
chromium = in_browser.chromium


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
    coordinator = await new_page(chromium)
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
    mentor = await new_page(chromium)
    await sign_in(mentor, base, mentor_code)
    await mentor.get_by_role("link", name="Inlogcodes").click()
    await mentor.get_by_label("Namen van de leerlingen, één per regel").fill("Sam")
    await mentor.get_by_role("button", name="Codes maken").click()
    student_code = (await mentor.locator(".code").first.inner_text()).strip()

    # A student who is creative and wants to design gets the design agency (and the bakery where they
    # were) at the next step, without contact persons, and taps one.
    student = await new_page(chromium)
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
