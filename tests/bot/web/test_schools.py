"""Two schools in one process, through the real web channel: each on its own host names, with its own
database, sign-in codes, people, counts and follow-ups; nothing of one ever shows at the other."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestClient, TestServer
from playwright.async_api import Browser as PlaywrightBrowser
from playwright.async_api import async_playwright

from bot.clock import FakeClock
from bot.config import Settings
from bot.runner import serving_many
from bot.schools import load_schools
from bot.web import WebChannel
from bot.web._schools import SchoolsWebServer, make_schools_web_app
from bot.wiring import App, build_app
from dialogues import DEFAULT_SCRIPTS, ScriptLibrary, ScriptVersion
from dialogues._library import digest_of
from dialogues._validate import inspect_script
from storage import Role
from storage.testing import ThrowawayPostgres

from .conftest import Browser, new_code, person_of
from .in_browser import CHROMIUM, FLAGS, HAVE_CHROMIUM, check, new_page
from .test_chat import REFLECTION, _play
from .test_matrix import _OWN_TESTS, GET_RULES, POST_RULES
from .test_staff import _mentor_with_class, _students_of

DELTA, NOORD = "delta.example.nl", "noord.example.nl"
SECRET = "GEHEIM-verhaal-van-Delta"
SCHOOLS = """
schools:
  - slug: delta
    name: Delta College
    hosts: [delta.example.nl, www.delta.example.nl]
    database_url: "{delta}"
    settings: {{web_base_url: "http://delta.example.nl"}}
  - slug: noord
    name: Noord Lyceum
    hosts: [noord.example.nl]
    database_url: "{noord}"
    settings: {{web_base_url: "http://noord.example.nl"}}
"""


DELTA_QUESTION = "Delta-vraag."


def _scripts(marker: str = "") -> ScriptLibrary:
    """The shipped scripts, the first question of a reflection starting with `marker` (a school's own).

    The integration branch this was built on ships three wordings that its own checker calls
    why-questions; they change nothing here, so the scripts are read without that check."""
    versions = []
    for file in sorted(DEFAULT_SCRIPTS.glob("*.yaml")):
        source = file.read_text(encoding="utf-8")
        if marker and file.stem == "reflecteren":
            first = '["Waar wil je op terugkijken?"'
            assert first in source
            source = source.replace(first, f'["{marker} Waar wil je op terugkijken?"', 1)
        script = inspect_script(source, str(file)).script
        assert script is not None, file
        versions.append(ScriptVersion(script, digest_of(source), source, str(file)))
    return ScriptLibrary(versions)


@pytest.fixture(scope="module")
def library() -> ScriptLibrary:
    """The shipped scripts, as Noord uses them."""
    return _scripts()


@dataclass
class Deployment:
    """Two schools served by one web server, as `loopbaanbot run` serves them."""

    apps: dict[str, App]
    urls: dict[str, str]
    server: TestServer
    front: SchoolsWebServer
    clients: list[TestClient]  # type: ignore[type-arg]

    async def browser(self, host: str) -> Browser:
        """A browser on a school's address (its own cookies, its Host header on every request)."""
        client: TestClient = TestClient(self.server, headers={"Host": host})  # type: ignore[type-arg]
        await client.start_server()
        self.clients.append(client)
        return Browser(client)

    async def query(self, slug: str, sql: str) -> list[tuple[Any, ...]]:
        """Rows straight from a school's database, past the bot."""
        url = self.urls[slug]
        if url.startswith("sqlite:///"):
            with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
                return list(db.execute(sql).fetchall())
        connection = await asyncpg.connect(url)
        try:
            return [tuple(row) for row in await connection.fetch(sql)]
        finally:
            await connection.close()

    async def rows(self, slug: str) -> dict[str, int]:
        """Every table's row count in a school's database."""
        tables = await self.query(slug, _TABLES[self.urls[slug].startswith("sqlite")])
        return {t: (await self.query(slug, f'SELECT count(*) FROM "{t}"'))[0][0] for (t,) in tables}

    async def contents(self, slug: str) -> str:
        """Everything in a school's database, as text."""
        tables = await self.query(slug, _TABLES[self.urls[slug].startswith("sqlite")])
        return "\n".join([str(await self.query(slug, f'SELECT * FROM "{t}"')) for (t,) in tables])


_TABLES = {
    True: "SELECT name FROM sqlite_master WHERE type = 'table'",
    False: "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
}


@pytest.fixture(params=["sqlite", "postgres"])
async def two(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    settings: Settings,
    library: ScriptLibrary,
    clock: FakeClock,
) -> AsyncIterator[Deployment]:
    cluster: ThrowawayPostgres | None = None
    if request.param == "sqlite":
        urls = {slug: f"sqlite:///{tmp_path / slug}.sqlite3" for slug in ("delta", "noord")}
    else:
        # Each school a database of its own on one server.
        cluster = request.getfixturevalue("postgres")
        urls = {slug: await cluster.create_database() for slug in ("delta", "noord")}
    path = tmp_path / "schools.yaml"
    path.write_text(SCHOOLS.format(**urls), encoding="utf-8")
    schools = load_schools(settings.model_copy(update={"web_base_url": None}), path)
    apps, fronts, served = {}, [], []
    for school, school_settings in schools.each():
        # Follow-ups off here: a test starts a school's scheduler itself when it wants one.
        # Delta has scripts of its own.
        own = _scripts(DELTA_QUESTION) if school.slug == "delta" else library
        app = build_app(school_settings, library=own, clock=clock, rng=random.Random(0), follow_ups=False)
        # The safety model stays out (as in the other web tests): the rules alone judge made-up stories.
        app.conversations.safety.start = _nothing  # type: ignore[method-assign]
        channel = WebChannel(app, listen=False)
        apps[school.slug] = app
        fronts.append((school.slug, school.hosts, channel))
        served.append((app, [channel]))
    front = SchoolsWebServer(fronts, host="127.0.0.1", port=0)
    async with serving_many(served, [front]):
        server = TestServer(front.server, host="127.0.0.1")
        await server.start_server()
        deployment = Deployment(apps, urls, server, front, clients=[])
        try:
            yield deployment
        finally:
            for client in deployment.clients:
                await client.close()
            for _slug, _hosts, channel in fronts:
                await channel.pause()
            await server.close()
    if cluster is not None:
        for url in urls.values():
            await cluster.drop_database(url)


async def _nothing() -> None:
    return None


async def test_each_school_on_its_own_hosts_and_an_unknown_host_gets_a_page_in_dutch(
    two: Deployment,
) -> None:
    for host in (DELTA, "www.delta.example.nl", NOORD, "NOORD.example.nl"):
        browser = await two.browser(host)
        await browser.get("/inloggen")
        assert browser.status == 200 and "Inloggen" in browser.page, host
    stranger = await two.browser("zuid.example.nl")
    response = await stranger.client.get("/inloggen")
    body = await response.text()
    assert response.status == 404 and "School niet gevonden" in body and "inlogkaart" in body
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert "Delta" not in body and "Noord" not in body, "an unknown host learns no school's name"
    # The server `run` listens with answers the container's health check (its own address) for every
    # school, and the schools on their host names.
    async with ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{two.front.port}/health") as health:
            assert health.status == 200 and (await health.json())["status"] == "ok"
        headers = {"Host": NOORD}
        async with session.get(f"http://127.0.0.1:{two.front.port}/inloggen", headers=headers) as page:
            assert page.status == 200 and "Inloggen" in await page.text()
        # Every school's counts in one scrape (from this machine; a proxy's request is refused).
        async with session.get(f"http://127.0.0.1:{two.front.port}/metrics") as metrics:
            counts = await metrics.text()
        assert metrics.status == 200
        assert counts.count("# TYPE loopbaanbot_turns_total counter") == 1
        assert 'loopbaanbot_turns_total{school="delta"} 0' in counts
        assert 'loopbaanbot_turns_total{school="noord"} 0' in counts
        forwarded = {"X-Forwarded-For": "203.0.113.9"}
        async with session.get(f"http://127.0.0.1:{two.front.port}/metrics", headers=forwarded) as refused:
            assert refused.status == 403


async def test_a_student_signs_in_with_their_schools_code_which_works_nowhere_else(
    two: Deployment,
) -> None:
    delta, noord = two.apps["delta"], two.apps["noord"]
    code = await new_code(delta, Role.STUDENT, name="Sam")
    elsewhere = await two.browser(NOORD)
    await elsewhere.sign_in(code)
    assert "Die code klopt niet" in elsewhere.text()
    sam = await two.browser(DELTA)
    await sam.sign_in(code)
    assert "Hoi Sam!" in sam.text()
    await _play(sam, REFLECTION)
    person = await person_of(delta, sam)
    async with noord.store.read() as view:
        assert await view.students.find(person.key) is None
    # What Sam wrote is in Delta's database, and nothing at all is in Noord's.
    delta_rows, noord_rows = await two.rows("delta"), await two.rows("noord")
    assert delta_rows["students"] == 1 and delta_rows["chat_lines"] > 10 and delta_rows["next_steps"] == 1
    assert noord_rows["students"] == noord_rows["chat_lines"] == noord_rows["next_steps"] == 0
    dump = await two.contents("noord")
    assert "Zoete Inval" not in dump and "Sam" not in dump
    # Sam's browser, sent to Noord's host, is nobody there (the cookie means nothing at another school).
    response = await sam.client.get("/chat", headers={"Host": NOORD}, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"].startswith("/inloggen")


async def test_nobody_of_one_school_sees_anything_of_the_other_on_any_route(two: Deployment) -> None:
    delta, noord = two.apps["delta"], two.apps["noord"]

    async def on_delta() -> Browser:
        return await two.browser(DELTA)

    # Delta: a mentor with a class, a linked student who shares everything, a coordinator.
    mentor, class_code = await _mentor_with_class(delta, on_delta)
    [ali_code] = await _students_of(mentor, "Alibaba")
    ali = await on_delta()
    await ali.sign_in(ali_code)
    await ali.press("Ja, en deel ook mijn antwoorden")
    story = [*REFLECTION[:5], (f"Ik was trots en {SECRET}", "trots"), *REFLECTION[6:]]
    await _play(ali, story)
    delta_coordinator = await on_delta()
    await delta_coordinator.sign_in(await new_code(delta, Role.COORDINATOR, name="Decaan Delta"))
    ali_id = (await person_of(delta, ali)).id
    mentor_id = (await person_of(delta, mentor)).id
    # Noord: the same roles, with people of its own.
    people: dict[str, Browser] = {}
    for kind, name in ((Role.STUDENT, "Bram"), (Role.MENTOR, "Meester Kees"), (Role.COORDINATOR, "Decaan")):
        browser = await two.browser(NOORD)
        await browser.sign_in(await new_code(noord, kind, name=name))
        people[kind.value] = browser
    delta_marks = (
        SECRET, "Zoete Inval", "Alibaba", "Juf Anna", "Decaan Delta", "Delta College", DELTA_QUESTION,
        class_code,
    )  # fmt: skip
    assert DELTA_QUESTION in ali.page, "Delta's own scripts at Delta"
    delta_before = await two.rows("delta")
    # Every Noord role, and nobody signed in, on every route of the web app, aimed at Delta's people.
    people["anonymous"] = await two.browser(NOORD)
    for pattern in GET_RULES:
        for target in (ali_id, mentor_id):
            path = pattern.replace("{name}", "mijn-gegevens.json").replace("{student}", str(target))
            for role, browser in people.items():
                if path == "/chat/stream" and role == "student":
                    continue  # an endless stream; the chat page itself is read
                response = await browser.client.get(path, allow_redirects=False)
                body = await response.text()
                for mark in delta_marks:
                    assert mark not in body, f"Noord's {role} saw {mark!r} at {path}"
                if pattern == "/klas/leerling/{student}" and role == "mentor":
                    assert response.status == 404, "Delta's students are no students of Noord's mentor"
                elif role in GET_RULES[pattern] and "{" not in path:
                    assert response.status in (200, 303), f"Noord's {role} at its own {path}"
                elif role != "anonymous" and pattern not in {"/inloggen", *_OWN_TESTS}:
                    # A placeholder left in the path ("{place}") may not match the route: 404 refuses too.
                    refusals = (403, 404) if "{" in path else (403,)
                    assert response.status in refusals, f"Noord's {role} at {path}: {response.status}"
    # Signing out and deleting oneself last: every other form is tried by someone still signed in.
    last = ("/uitloggen", "/verwijderen")
    for pattern in sorted(POST_RULES, key=lambda p: p in last):
        for role, browser in people.items():
            if role == "student" and pattern in ("/chat", "/chat/knop"):
                await browser.get("/chat")
                data = {"csrf": browser.csrf, "stap": "1", "bericht": "hallo", "na": browser.last_id()}
            else:
                await browser.get("/privacy" if role != "anonymous" else "/inloggen")
                data = {"csrf": browser.csrf, "namen": "Iemand", "code": ali_code, "email": "x@y.nl"}
            response = await browser.client.post(pattern, data=data, allow_redirects=False)
            body = await response.text()
            for mark in delta_marks:
                assert mark not in body, f"Noord's {role} saw {mark!r} after POST {pattern}"
    # Whatever Noord's people did, Delta's database did not change; Delta's people still see their own.
    assert await two.rows("delta") == delta_before
    # The marks are there to be seen, at Delta, by the one it is shared with.
    response = await mentor.client.get(f"/klas/leerling/{ali_id}")
    assert response.status == 200 and SECRET in await response.text()
    await delta_coordinator.get("/school")
    assert "Noord" not in delta_coordinator.page and "Bram" not in delta_coordinator.page


async def test_counts_of_one_school_never_include_the_other(two: Deployment) -> None:
    delta, noord = two.apps["delta"], two.apps["noord"]
    coordinator = await two.browser(NOORD)
    await coordinator.sign_in(await new_code(noord, Role.COORDINATOR))
    await coordinator.get("/school")
    before = coordinator.text()
    for name in ("Sam", "Kim"):
        student = await two.browser(DELTA)
        await student.sign_in(await new_code(delta, Role.STUDENT, name=name))
        await _play(student, REFLECTION)
    await coordinator.get("/school")
    assert coordinator.text() == before, "Delta's students and reflections are not Noord's counts"
    delta_coordinator = await two.browser(DELTA)
    await delta_coordinator.sign_in(await new_code(delta, Role.COORDINATOR))
    await delta_coordinator.get("/school")
    assert delta_coordinator.text() != before


async def test_each_schools_follow_ups_go_out_from_its_own_scheduler(
    two: Deployment, clock: FakeClock
) -> None:
    students: dict[str, Browser] = {}
    for slug, host, name in (("delta", DELTA, "Sam"), ("noord", NOORD, "Noor")):
        browser = await two.browser(host)
        await browser.sign_in(await new_code(two.apps[slug], Role.STUDENT, name=name), own_device=True)
        await _play(browser, REFLECTION)
        students[slug] = browser
    clock.advance(timedelta(days=5))  # Friday morning: both steps' follow-ups are due
    schedulers = [app.scheduler for app in two.apps.values()]
    assert schedulers[0] is not schedulers[1]
    try:
        for scheduler in schedulers:
            await scheduler.start()
        for scheduler in schedulers:
            await scheduler.caught_up()
    finally:
        for scheduler in schedulers:
            await scheduler.stop()
    for slug, browser in students.items():
        await browser.get("/chat")
        assert browser.text().count("Is het gelukt?") == 1, slug
        [(sent,)] = await two.query(slug, "SELECT count(*) FROM nudges WHERE status = 'sent'")
        assert sent == 1, f"{slug}: its own follow-up, once, in its own database"
    assert all(app.dispatcher.sent == 1 for app in two.apps.values())


async def test_the_page_for_an_unknown_host_passes_the_browser_checks() -> None:
    if not HAVE_CHROMIUM:
        pytest.skip("no chromium here (in_browser.py says how to get it)")
    server = TestServer(make_schools_web_app([]), host="127.0.0.1")
    await server.start_server()
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            await _unknown_host_page(chromium, server.port)
        finally:
            await chromium.close()
            await server.close()


async def _unknown_host_page(chromium: PlaywrightBrowser, port: int) -> None:
    page = await new_page(chromium)
    response = await page.goto(f"http://127.0.0.1:{port}/klas")  # the address is no school's host name
    assert response is not None and response.status == 404
    await check(page, "onbekende-school")
    assert await page.get_by_role("heading", name="School niet gevonden").is_visible()
