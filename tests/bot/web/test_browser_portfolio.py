"""In a real browser: the dossier as a portfolio, the file to take along and the card for at home, and those
files opened on their own."""

from __future__ import annotations

import re

from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, expect

from bot.wiring import App
from storage import Role

from . import in_browser
from .conftest import new_code
from .in_browser import check, new_page, reflect, sign_in

pytestmark = in_browser.pytestmark
# One backend and Debian's chromium (in_browser.py).
store = in_browser.store
chromium = in_browser.chromium


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
    page = await new_page(chromium)
    await sign_in(page, base, await new_code(app, Role.STUDENT, name="Sam de Vries"), own_device=True)
    await expect(page.get_by_role("log")).to_contain_text("Hoi Sam de Vries!")
    await reflect(page)
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
    file = await new_page(chromium)
    await file.set_content(take_along_html(dossier, app.texts, "nl", today))
    await expect(file.locator("main")).to_contain_text("Hele antwoorden")
    await check(file, "meenemen-bestand")
    await file.set_content(
        export_html(export, app.texts, "nl", today, app.settings.tz, dossier=dossier).decode()
    )
    await expect(file.locator("main")).to_contain_text("Over jou")
    await check(file, "mijn-gegevens-bestand")
