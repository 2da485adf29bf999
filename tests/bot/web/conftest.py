"""The web app in-process: a wired bot on the test store and clock, served on 127.0.0.1, and browsers."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from html import unescape
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.codes import format_code
from bot.config import Settings
from bot.signin import code_hash
from bot.web import WebChannel
from bot.web._site import SITE
from bot.wiring import App
from storage import Role, Student

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The school's settings for the web: a coordinator is made with a code, not configured."""
    return settings.model_copy(update={"web_base_url": "http://127.0.0.1"})


@pytest.fixture
def app(make_app: Callable[..., App]) -> App:
    return make_app()


class Browser:
    """One browser: its own cookies, reading forms the way a person fills them in."""

    def __init__(self, client: TestClient) -> None:  # type: ignore[type-arg]
        self.client = client
        self.page = ""
        self.status = 0

    async def get(self, path: str, **kwargs: Any) -> str:
        response = await self.client.get(path, **kwargs)
        self.status = response.status
        self.page = await response.text()
        return self.page

    @property
    def csrf(self) -> str:
        found = _CSRF.search(self.page)
        assert found, "no form on the page"
        return found.group(1)

    async def post(
        self, path: str, data: dict[str, str], *, fetch: bool = False, **kwargs: Any
    ) -> ClientResponse:
        headers = {"X-Requested-With": "fetch"} if fetch else {}
        response = await self.client.post(path, data={"csrf": self.csrf, **data}, headers=headers, **kwargs)
        self.status = response.status
        if not fetch:
            self.page = await response.text()
        return response

    async def sign_in(self, code: str, *, own_device: bool = False) -> str:
        await self.get("/inloggen")
        data = {"code": code, **({"eigen": "ja"} if own_device else {})}
        await self.post("/inloggen", data)
        return self.page

    def text(self) -> str:
        """What a person reads on the page: the text of <main>, without tags."""
        main = self.page.split('<main id="inhoud"', 1)[-1].split("</main>", 1)[0]
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())

    def last_id(self) -> str:
        found = re.search(r'data-last="(\d+)"', self.page)
        assert found
        return found.group(1)

    def buttons(self) -> dict[str, str]:
        """The chat's live buttons: label → the value they post."""
        return {
            unescape(label): unescape(value)
            for value, label in re.findall(r'name="knop" value="([^"]+)">([^<]+)</button>', self.page)
        }

    async def say(self, text: str) -> str:
        await self.post("/chat", {"bericht": text, "na": self.last_id()})
        return self.page

    async def press(self, label: str) -> str:
        value = self.buttons()[label]
        await self.post("/chat/knop", {"knop": value, "na": self.last_id()})
        return self.page


@pytest.fixture
async def server(app: App) -> AsyncIterator[TestServer]:
    # The store fixture has opened the store; the scheduler and the safety model are left off, so a test
    # decides when follow-ups run, and the rules alone judge its made-up stories.
    channel = WebChannel(app)
    app.attach(channel.name, channel.courier)
    web = TestServer(channel.server, host="127.0.0.1")
    await web.start_server()
    try:
        yield web
    finally:
        web.app[SITE].stopping.set()
        web.app[SITE].hub.close_all()
        await web.close()


@pytest.fixture
def open_browser(server: TestServer) -> Callable[[], Any]:
    clients: list[TestClient] = []  # type: ignore[type-arg]

    async def make() -> Browser:
        client: TestClient = TestClient(server)  # type: ignore[type-arg]
        await client.start_server()
        clients.append(client)
        return Browser(client)

    return make


@pytest.fixture
async def browser_factory(open_browser: Callable[[], Any]) -> AsyncIterator[Callable[[], Any]]:
    made: list[Browser] = []

    async def make() -> Browser:
        browser = await open_browser()
        made.append(browser)
        return browser

    yield make
    for browser in made:
        await browser.client.close()


async def new_code(app: App, role: Role, **fields: Any) -> str:
    """A sign-in code made the way the CLI makes one (shown in groups of four)."""
    from bot.signin import Signins

    signins = Signins(app.store, app.clock)
    async with app.store.transaction() as tx:
        [code] = await signins.create(tx, role=role, **fields)
    return format_code(code)


async def person_of(app: App, browser: Browser) -> Student:
    """The person a browser is signed in as (found through its cookie, as the app finds them)."""
    cookie = browser.client.session.cookie_jar.filter_cookies(browser.client.make_url("/"))["lb_sessie"]
    async with app.store.read() as view:
        login = await view.logins.get(code_hash(cookie.value))
        assert login is not None
        person = await view.students.get(login.person_id)
    assert person is not None
    return person
