"""Tests in a real browser: Debian's chromium (Playwright), the checks every page passes, and a student's
hands in the chat."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, Page, async_playwright

from storage import SqliteStore, Store

__all__ = [
    "CHROMIUM",
    "FLAGS",
    "HAVE_CHROMIUM",
    "LAPTOP",
    "PHONE",
    "STEPS",
    "check",
    "chromium",
    "new_page",
    "pytestmark",
    "reflect",
    "say",
    "sign_in",
    "store",
    "tap",
]

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
FLAGS = [
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
    """Debian's chromium, driven by Playwright."""
    if not HAVE_CHROMIUM:
        pytest.fail("chromium is missing: apt-get install chromium (python3 tasks.py test does this as root)")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield browser
        finally:
            await browser.close()


async def new_page(chromium: Browser, **viewport: Any) -> Page:
    """A page in a fresh context (its own cookies), phone-sized unless told, in Dutch."""
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
    """Sign in with `code` on the sign-in page (ticking "my own device" if told)."""
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
    """Type `text` in the chat and wait for the bot's reply that says `expected`."""
    count = await page.locator("#log .msg").count()
    box = page.get_by_label("Jouw antwoord")
    await box.fill(text)
    await box.press("Enter")
    await _answered(page, count, expected)


async def tap(page: Page, label: str, expected: str) -> None:
    """Tap the button `label` of the bot's last message and wait for the reply that says `expected`."""
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


async def reflect(page: Page) -> None:
    """The whole reflection of STEPS in the open chat."""
    for how, text, expected in STEPS:
        await (say if how == "say" else tap)(page, text, expected)
