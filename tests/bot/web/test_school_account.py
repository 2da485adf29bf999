"""Signing in with a school account (OpenID Connect), end to end against a fake provider on 127.0.0.1.

The browser goes to the provider and back as a real one does (redirects, cookies); the provider checks
the client, the redirect address and PKCE, and signs its ID tokens. Every backend.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr
from yarl import URL

from bot.config import Settings
from bot.oidc import SchoolAccountError, SchoolLogin, subject_hash
from bot.wiring import App
from storage import Role
from tests.fakes.oidc import CLIENT_ID, CLIENT_SECRET, FakeOidc

from .conftest import Browser, new_code, person_of


@pytest.fixture
async def provider() -> AsyncIterator[FakeOidc]:
    async with FakeOidc() as fake:
        yield fake


@pytest.fixture
def settings(settings: Settings, provider: FakeOidc) -> Settings:
    return settings.model_copy(
        update={
            "oidc_issuer": provider.issuer,
            "oidc_client_id": CLIENT_ID,
            "oidc_client_secret": SecretStr(CLIENT_SECRET),
        }
    )


async def _round_trip(browser: Browser, *, link: bool = False) -> str:
    """Leave for the provider, sign in there, come back; the page the browser ends on."""
    if link:
        await browser.get("/privacy")
        leaving = await browser.post("/inloggen/school", {}, allow_redirects=False)
    else:
        leaving = await browser.client.get("/inloggen/school", allow_redirects=False)
    assert leaving.status == 303, await leaving.text()
    async with (
        aiohttp.ClientSession() as outside,
        outside.get(leaving.headers["Location"], allow_redirects=False) as at,
    ):
        assert at.status == 302, await at.text()
        back = URL(at.headers["Location"])
    assert back.path == "/inloggen/school/terug"
    return await browser.get(back.path_qs)


async def test_a_first_sign_in_makes_a_student_and_the_next_one_finds_them(
    app: App, provider: FakeOidc, browser_factory: Callable[[], Any]
) -> None:
    first: Browser = await browser_factory()
    await first.get("/inloggen")
    assert "Inloggen met je schoolaccount" in first.page
    await _round_trip(first)
    assert first.status == 200 and "Gesprek met de loopbaanbot" in first.page, "a student, at the welcome"
    person = await person_of(app, first)
    assert person.role is Role.STUDENT and person.display_name == "", "no name was asked for"
    assert provider.scopes == ["openid"], "only who it is: no profile, no e-mail"
    async with app.store.read() as view:
        [account] = await view.school_accounts.of_person(person.id)
    assert account.subject_hash == subject_hash(provider.issuer, "leerling-1")
    assert "leerling-1" not in account.model_dump_json(), "the provider's identifier itself is not kept"

    again: Browser = await browser_factory()
    await _round_trip(again)
    assert (await person_of(app, again)).id == person.id, "one account, one dossier"
    provider.next_subject = "leerling-2"
    other: Browser = await browser_factory()
    await _round_trip(other)
    assert (await person_of(app, other)).id != person.id


async def test_someone_with_a_code_links_their_account_and_then_signs_in_with_it(
    app: App, provider: FakeOidc, browser_factory: Callable[[], Any]
) -> None:
    mentor: Browser = await browser_factory()
    await mentor.sign_in(await new_code(app, Role.MENTOR, name="Mevrouw Jansen"))
    await _round_trip(mentor, link=True)
    assert "Gelukt. Je kunt nu inloggen met je schoolaccount." in mentor.text()
    later: Browser = await browser_factory()
    await _round_trip(later)
    assert (await person_of(app, later)).id == (await person_of(app, mentor)).id
    assert "Mijn klas" in later.page, "the mentor, not a new student"

    await _round_trip(mentor, link=True)
    assert "al gekoppeld aan jouw dossier" in mentor.text()
    student: Browser = await browser_factory()
    await student.sign_in(await new_code(app, Role.STUDENT, name="Sam"))
    await _round_trip(student, link=True)
    assert "hoort al bij een ander dossier" in student.text(), "an account belongs to one person"


@pytest.mark.parametrize("tamper", ["issuer", "audience", "nonce", "expired", "key", "no-id-token"])
async def test_an_answer_that_does_not_hold_up_signs_nobody_in(
    app: App, provider: FakeOidc, browser_factory: Callable[[], Any], tamper: str
) -> None:
    provider.tamper = tamper
    browser: Browser = await browser_factory()
    await _round_trip(browser)
    assert browser.status == 400
    assert "Inloggen met je schoolaccount is niet gelukt" in browser.text()
    assert "lb_sessie" not in {c.key for c in browser.client.session.cookie_jar}


async def test_an_answer_brought_to_another_browser_is_refused(
    app: App, provider: FakeOidc, browser_factory: Callable[[], Any]
) -> None:
    # Someone signs in at the provider and sends the way back to a classmate: it is not theirs.
    attacker: Browser = await browser_factory()
    leaving = await attacker.client.get("/inloggen/school", allow_redirects=False)
    async with (
        aiohttp.ClientSession() as outside,
        outside.get(leaving.headers["Location"], allow_redirects=False) as at,
    ):
        back = URL(at.headers["Location"])
    victim: Browser = await browser_factory()
    await victim.get("/inloggen/school", allow_redirects=False)  # the victim's own sign-in, another state
    await victim.get(back.path_qs)
    assert victim.status == 400
    assert "lb_sessie" not in {c.key for c in victim.client.session.cookie_jar}
    stranger: Browser = await browser_factory()
    await stranger.get(back.path_qs)
    assert stranger.status == 400, "no sign-in started in this browser at all"


async def test_a_name_is_asked_for_only_when_the_school_wants_one(provider: FakeOidc) -> None:
    login = SchoolLogin(
        issuer=provider.issuer,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        redirect_uri="http://127.0.0.1/inloggen/school/terug",
        name_claim="given_name",
    )
    url, pending = await login.start()
    async with aiohttp.ClientSession() as outside, outside.get(url, allow_redirects=False) as at:
        back = URL(at.headers["Location"])
    identity = await login.finish(pending, dict(back.query))
    assert provider.scopes == ["openid profile"]
    assert identity.name == "Sam"
    with pytest.raises(SchoolAccountError, match="state"):
        await login.finish(pending, {**back.query, "state": "x" * 32})


async def test_without_a_provider_there_is_no_school_sign_in(
    make_app: Callable[..., App], settings: Settings, browser_factory: Callable[[], Any]
) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from bot.web import WebChannel

    plain = make_app()
    plain.settings = settings.model_copy(update={"oidc_issuer": None, "oidc_client_id": None})
    channel = WebChannel(plain)
    async with TestClient(TestServer(channel.server, host="127.0.0.1")) as client:
        page = await (await client.get("/inloggen")).text()
        assert "schoolaccount" not in page
        assert (await client.get("/inloggen/school", allow_redirects=False)).status == 404
