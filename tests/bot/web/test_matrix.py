"""Every role against every web route, aimed at every other person's data: only what is theirs to see.

The routes are read from the app itself, so a new route without a rule here fails this test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aiohttp.test_utils import TestServer

from bot.wiring import App
from storage import PlaceDraft, Role

from .conftest import Browser, new_code, person_of
from .test_chat import REFLECTION, _play
from .test_staff import _mentor_with_class, _students_of

SECRET = "GEHEIM-verhaal-van-Bo"
PLACE_CONTACT = "06-GEHEIM-contact"
# route → the roles that may GET it (200); others signed in get 403, nobody signed in the sign-in page.
GET_RULES: dict[str, set[str]] = {
    "/": {"student", "mentor", "coordinator"},
    "/inloggen": set(),  # public: signed-in people are sent home
    "/chat": {"student"},
    "/chat/stream": {"student"},
    "/dossier": {"student"},
    "/dossier/meenemen": {"student"},
    "/dossier/thuis": {"student"},
    "/privacy": {"student", "mentor", "coordinator"},
    "/mijn-gegevens/{name}": {"student", "mentor", "coordinator"},
    "/klas": {"mentor"},
    "/klas/leerling/{student}": {"mentor"},
    "/klas/overzicht": {"mentor"},
    "/klas/codes": {"mentor"},
    "/school": {"coordinator"},
    "/school/mentoren": {"coordinator"},
    "/school/gesprekken": {"coordinator"},
    # Their own tests (test_school_account.py, test_ops.py): public, with rules of their own.
    "/inloggen/school": set(),
    "/inloggen/school/terug": set(),
    "/health": set(),
    "/metrics": set(),
    "/school/plekken": {"mentor", "coordinator"},
    "/school/plekken/nieuw": {"coordinator"},
    "/school/plekken/inlezen": {"coordinator"},
    "/school/plekken/plekken.csv": {"coordinator"},
    "/school/plekken/{place}": {"coordinator"},
    "/school/plekken/{place}/verwijderen": {"coordinator"},
    "/studio": {"coordinator"},
    "/studio/{script}": {"coordinator"},
    "/studio/{script}/vraag/{question}": {"coordinator"},
    "/studio/{script}/proef": {"coordinator"},
    "/studio/{script}/cijfers": {"coordinator"},
    "/studio/{script}/geschiedenis": {"coordinator"},
    "/studio/{script}/bestand": {"coordinator"},
}
_OWN_TESTS = {"/inloggen/school", "/inloggen/school/terug", "/health", "/metrics"}
POST_RULES: dict[str, set[str]] = {
    "/inloggen": set(),
    "/inloggen/school": {"student", "mentor", "coordinator"},  # linking a school account
    "/uitloggen": {"student", "mentor", "coordinator"},
    "/chat": {"student"},
    "/chat/knop": {"student"},
    "/verwijderen": {"student", "mentor", "coordinator"},
    "/privacy/telegram": {"student"},
    "/klas/email": {"mentor"},
    "/klas/codes": {"mentor"},
    "/klas/codes/intrekken": {"mentor"},
    "/school/mentoren": {"coordinator"},
    "/school/plekken/nieuw": {"coordinator"},
    "/school/plekken/inlezen": {"coordinator"},
    "/school/plekken/{place}": {"coordinator"},
    "/school/plekken/{place}/actief": {"coordinator"},
    "/school/plekken/{place}/verwijderen": {"coordinator"},
    "/studio/{script}/vraag/{question}": {"coordinator"},
    "/studio/{script}/vraag/{question}/verplaatsen": {"coordinator"},
    "/studio/{script}/vraag/{question}/verwijderen": {"coordinator"},
    "/studio/{script}/vragen": {"coordinator"},
    "/studio/{script}/taal": {"coordinator"},
    "/studio/{script}/publiceren": {"coordinator"},
    "/studio/{script}/weggooien": {"coordinator"},
    "/studio/{script}/terugzetten": {"coordinator"},
    "/studio/{script}/bestand": {"coordinator"},
    "/studio/{script}/proef": {"coordinator"},
    "/studio/{script}/controle": {"coordinator"},
}


def _routes(server: TestServer) -> tuple[set[str], set[str]]:
    gets, posts = set(), set()
    for route in server.app.router.routes():
        path = route.resource.canonical if route.resource is not None else ""
        if path.startswith("/static"):
            continue
        (gets if route.method == "GET" else posts if route.method == "POST" else set()).add(path)
    return gets, posts


async def test_every_route_has_a_rule(server: TestServer) -> None:
    gets, posts = _routes(server)
    assert gets == set(GET_RULES) and posts == set(POST_RULES)


async def test_every_role_reaches_its_own_pages_only_and_never_another_persons_data(
    app: App, server: TestServer, browser_factory: Callable[[], Any]
) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    other_mentor, _ = await _mentor_with_class(app, browser_factory)
    linked_code, _unused = await _students_of(mentor, "Ali", "x")
    ali: Browser = await browser_factory()
    await ali.sign_in(linked_code)
    await ali.press("Ja, en deel ook mijn antwoorden")
    await _play(ali, REFLECTION)
    bo: Browser = await browser_factory()
    await bo.sign_in(await new_code(app, Role.STUDENT, name="Bo"))
    story = [*REFLECTION[:5], (f"Ik was trots en {SECRET}", "trots"), *REFLECTION[6:]]
    await _play(bo, story)
    coordinator: Browser = await browser_factory()
    await coordinator.sign_in(await new_code(app, Role.COORDINATOR))
    anonymous: Browser = await browser_factory()
    ali_id, bo_id = (await person_of(app, ali)).id, (await person_of(app, bo)).id
    people = {"student": ali, "mentor": mentor, "coordinator": coordinator}
    async with app.store.transaction() as tx:
        place = await tx.places.add(
            PlaceDraft(name="Bakkerij Van Dam", sector="Horeca", contact_reach=PLACE_CONTACT),
            now=app.clock.now(),
        )
    fill = {
        "{name}": "mijn-gegevens.json",
        "{student}": str(bo_id),
        "{place}": str(place.id),
        "{script}": "reflecteren",
        "{question}": "waar",
    }
    for pattern, allowed in GET_RULES.items():
        if pattern in _OWN_TESTS:
            continue
        path = pattern
        for placeholder, value in fill.items():
            path = path.replace(placeholder, value)
        for role, browser in [*people.items(), ("other mentor", other_mentor)]:
            if path == "/chat/stream" and role == "student":
                continue  # an endless stream (its own test reads it)
            response = await browser.client.get(path, allow_redirects=False)
            body = await response.text()
            assert SECRET not in body, f"{role} saw Bo's story at {path}"
            if role == "student":
                assert PLACE_CONTACT not in body, f"a student saw a place's contact person at {path}"
            base = "mentor" if role == "other mentor" else role
            if pattern == "/inloggen":
                assert response.status == 303
            elif base in allowed and pattern == "/klas/leerling/{student}":
                assert response.status == 404, "Bo is linked to nobody: not there for any mentor"
            elif base in allowed:
                assert response.status in (200, 303), f"{role} {path}: {response.status}"
            else:
                assert response.status == 403, f"{role} {path}: {response.status}"
        response = await anonymous.client.get(path, allow_redirects=False)
        assert response.status in (200, 303) and SECRET not in await response.text()
        if pattern not in ("/inloggen", "/"):
            assert response.headers["Location"].startswith("/inloggen")
    # The linked mentor sees Ali, the other mentor does not.
    assert (await mentor.client.get(f"/klas/leerling/{ali_id}")).status == 200
    assert (await other_mentor.client.get(f"/klas/leerling/{ali_id}")).status == 404
    # Posts: refused for the wrong role, and for nobody signed in.
    for pattern, allowed in POST_RULES.items():
        path = pattern
        for placeholder, value in fill.items():
            path = path.replace(placeholder, value)
        for role, browser in people.items():
            if role in allowed or pattern == "/inloggen":
                continue
            await browser.get("/privacy")
            response = await browser.client.post(path, data={"csrf": browser.csrf}, allow_redirects=False)
            assert response.status == 403, f"{role} POST {pattern}: {response.status}"
        if pattern != "/inloggen":
            response = await anonymous.client.post(path, data={}, allow_redirects=False)
            assert response.status in (401, 403), f"anonymous POST {pattern}: {response.status}"
    # A student aiming at another student's step or contact through the chat gets nothing of it.
    async with app.store.read() as view:
        [bo_step] = await view.dossier.steps(bo_id)
    await ali.get("/chat")
    await ali.post("/chat", {"stap": str(bo_step.id), "na": ali.last_id()})
    assert SECRET not in ali.page and bo_step.what not in ali.text().split("Snel naar")[0][-300:]
    # Everyone's export holds their own data only.
    for role, browser in people.items():
        response = await browser.client.get("/mijn-gegevens/mijn-gegevens.json")
        assert SECRET not in await response.text(), role
    ali_export = await (await ali.client.get("/mijn-gegevens/mijn-gegevens.json")).text()
    assert "Bakkerij De Zoete Inval" in ali_export and re.search(r'"name":|"display_name": "Ali"', ali_export)
