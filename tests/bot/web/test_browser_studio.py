"""The coordinator's studio in a real browser: reword, see the error in Dutch, fix, try, publish, roll back.

Every studio page passes axe-core with 0 violations and reflows at 320 px (the checks of in_browser.py).
"""

from __future__ import annotations

from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, Page, expect

from bot.wiring import App
from storage import Role

from . import in_browser as _browser
from .conftest import new_code

pytestmark = _browser.pytestmark
# One backend and Debian's chromium, as in test_browser.py.
store = _browser.store
chromium = _browser.chromium

WAAR = "Waar was het?"
NEW_WAAR = "Op welke plek was je die dag?"


async def _student_at_waar(chromium: Browser, base: str, app: App, name: str) -> Page:
    """A student who started a reflection and chose 'Stage': the question 'waar' is asked next."""
    page = await _browser.new_page(chromium)
    await _browser.sign_in(page, base, await new_code(app, Role.STUDENT, name=name))
    await expect(page.get_by_role("log")).to_contain_text(f"Hoi {name}!")
    await _browser.say(page, "/reflecteren", "Waar wil je op terugkijken?")
    return page


async def _reword(page: Page, text: str) -> None:
    """Type `text` as the first Dutch wording of the open question's form and save it."""
    dutch = page.get_by_role("group", name="Nederlands").first
    await dutch.get_by_label("Formulering 1").fill(text)
    await page.get_by_role("button", name="Bewaren").click()


async def test_a_coordinator_rewords_fixes_an_error_tries_publishes_and_rolls_back(
    app: App, server: TestServer, chromium: Browser
) -> None:
    base = str(server.make_url("")).rstrip("/")
    anna = await _browser.new_page(chromium)
    await _browser.sign_in(anna, base, await new_code(app, Role.COORDINATOR, name="Anna"))
    await anna.get_by_role("link", name="Gesprekken aanpassen").click()
    await expect(anna.get_by_role("heading", level=1)).to_have_text("Gesprekken aanpassen")
    await _browser.check(anna, "studio")
    await anna.get_by_role("link", name="Terugkijken op een ervaring").click()
    await expect(anna.locator("svg").first).to_be_visible()
    await _browser.check(anna, "studio-gesprek")
    bo = await _student_at_waar(chromium, base, app, "Bo")  # in the middle before the change

    await anna.locator('.flow a[*|href="/studio/reflecteren/vraag/waar"]').click()  # the graph links to forms
    await expect(anna.get_by_role("heading", level=1)).to_contain_text("Vraag 'waar'")
    await anna.go_back()
    await anna.get_by_role("link", name="Vraag 'waar' aanpassen").click()
    await _browser.check(anna, "studio-vraag")
    await _reword(anna, "Waarom was je daar?")
    await expect(anna.locator("main")).to_contain_text("Bewaard in het concept.")
    await expect(anna.locator("main")).to_contain_text("vraagt 'Waarom'")
    await _browser.check(anna, "studio-vraag-fout")
    await _reword(anna, NEW_WAAR)
    await expect(anna.locator("main")).not_to_contain_text("vraagt 'Waarom'")

    await anna.get_by_role("link", name="Uitproberen").click()
    await anna.locator("#proef-log").get_by_role("button", name="Stage").click()
    await expect(anna.locator("#proef-log")).to_contain_text(NEW_WAAR)
    await _browser.check(anna, "studio-proef")

    await anna.get_by_role("link", name="Vragen", exact=True).click()
    await anna.get_by_label("Korte notitie (mag leeg blijven)").fill("Andere woorden voor waar")
    await anna.get_by_role("button", name="Publiceren", exact=True).click()
    await expect(anna.locator("main")).to_contain_text("Gepubliceerd.")

    await _browser.tap(bo, "Stage", WAAR)  # a conversation under way keeps its version
    cas = await _student_at_waar(chromium, base, app, "Cas")
    await _browser.tap(cas, "Stage", NEW_WAAR)  # a new one starts on the published version

    await anna.get_by_role("link", name="Geschiedenis").click()
    await expect(anna.locator("main")).to_contain_text("Andere woorden voor waar")
    await _browser.check(anna, "studio-geschiedenis")
    default = "De standaardversie (zoals de bot hem meebrengt): Weer gebruiken"
    await anna.get_by_role("button", name=default).click()
    await expect(anna.locator("main")).to_contain_text("Teruggezet.")
    dee = await _student_at_waar(chromium, base, app, "Dee")
    await _browser.tap(dee, "Stage", WAAR)

    await anna.get_by_role("link", name="Cijfers").click()
    await expect(anna.get_by_role("heading", level=1)).to_contain_text("Cijfers")
    await _browser.check(anna, "studio-cijfers")


async def test_a_stale_save_and_a_broken_file_are_explained_on_pages_that_pass_the_checks(
    app: App, server: TestServer, chromium: Browser
) -> None:
    base = str(server.make_url("")).rstrip("/")
    anna, ben = await _browser.new_page(chromium), await _browser.new_page(chromium)
    for page, name in ((anna, "Anna"), (ben, "Ben")):
        await _browser.sign_in(page, base, await new_code(app, Role.COORDINATOR, name=name))
        await page.goto(f"{base}/studio/reflecteren/vraag/waar")
    await _reword(ben, "Waar was je stage?")
    await expect(ben.locator("main")).to_contain_text("Bewaard in het concept.")
    await _reword(anna, NEW_WAAR)  # made from the revision before Ben's save
    await expect(anna.get_by_role("alert")).to_be_visible()
    await expect(anna.locator("main")).to_contain_text("Nu staat er: Nederlands: Waar was je stage?")
    await _browser.check(anna, "studio-vraag-verouderd")

    await anna.goto(f"{base}/studio/reflecteren")
    await anna.get_by_label("YAML-bestand inlezen in het concept").set_input_files(
        files=[{"name": "gesprek.yaml", "mimeType": "text/yaml", "buffer": b"id: [kapot"}]
    )
    await anna.get_by_role("button", name="Inlezen", exact=True).click()
    await expect(anna.locator("main")).to_contain_text("kan ik niet lezen als YAML")
    await _browser.check(anna, "studio-bestand-fout")
