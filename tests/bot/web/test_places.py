"""The school's network of places in the browser: a coordinator keeps the list (form, CSV in and out), a
mentor reads it and sees the places that fit a linked student; students never see a contact person."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from aiohttp import FormData

from bot.wiring import App
from storage import Role

from .conftest import Browser, new_code, person_of
from .test_chat import REFLECTION, _play
from .test_staff import _mentor_with_class, _students_of

LINDE = {
    "name": "Zorgcentrum De Linde",
    "sector": "Zorg",
    "location": "Utrecht",
    "activities": "Je loopt mee met een verzorgende.\nJe helpt bij het eten.",
    "signup": "Mail stage@delinde.example met je naam en klas.",
    "contact_name": "Mevrouw Yilmaz",
    "contact_reach": "06-12345678",
    "keywords": "ouderen, helpen",
    "active": "ja",
}
CSV = (
    "Naam;Sector;Plaats;Wat kun je er doen;Aanmelden;Contactpersoon;Contact;Trefwoorden;Actief\r\n"
    "Bakkerij Van Dam;Horeca en bakkerij;Zeist;Brood en taarten bakken;Bel 030-1112233;Jan;030-1112233;"
    "taart;ja\r\n"
    "Autobedrijf Jansen;Techniek;Houten;Een dag in de werkplaats;;;;auto, motor;ja\r\n"
)


async def _coordinator(app: App, browser_factory: Callable[[], Any]) -> Browser:
    coordinator: Browser = await browser_factory()
    await coordinator.sign_in(await new_code(app, Role.COORDINATOR))
    return coordinator


async def _add(coordinator: Browser, values: dict[str, str]) -> None:
    await coordinator.get("/school/plekken/nieuw")
    await coordinator.post("/school/plekken/nieuw", values)


async def _upload(coordinator: Browser, data: bytes) -> None:
    await coordinator.get("/school/plekken/inlezen")
    form = FormData()
    form.add_field("csrf", coordinator.csrf)
    # A file object: aiohttp warns about large raw bytes (and warnings are errors here).
    form.add_field("bestand", io.BytesIO(data), filename="plekken.csv", content_type="text/csv")
    response = await coordinator.client.post("/school/plekken/inlezen", data=form)
    coordinator.status = response.status
    coordinator.page = await response.text()


async def test_a_coordinator_adds_edits_and_stops_offering_a_place(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    coordinator = await _coordinator(app, browser_factory)
    await coordinator.get("/school/plekken")
    assert "Er staan nog geen plekken in de lijst." in coordinator.text()
    await _add(coordinator, {**LINDE, "name": "  "})
    assert coordinator.status == 400 and "De naam ontbreekt." in coordinator.text()
    assert "Mevrouw Yilmaz" in coordinator.page, "what was typed stays in the form"
    await _add(coordinator, LINDE)
    assert coordinator.status == 200 and "De plek is toegevoegd." in coordinator.text()
    page = coordinator.text()
    assert "Zorgcentrum De Linde" in page and "Mevrouw Yilmaz · 06-12345678" in page
    assert "Je loopt mee met een verzorgende.<br>Je helpt bij het eten." in coordinator.page
    [place_id] = re.findall(r'id="plek-(\d+)"', coordinator.page)
    await coordinator.get(f"/school/plekken/{place_id}")
    await coordinator.post(f"/school/plekken/{place_id}", {**LINDE, "location": "Zeist", "versie": "0"})
    assert "De plek is opgeslagen." in coordinator.text() and "Zorg · Zeist" in coordinator.text()
    await coordinator.post(f"/school/plekken/{place_id}/actief", {"actief": "nee"})
    assert "De bot noemt deze plek niet meer." in coordinator.text() and "niet actief" in coordinator.text()
    async with app.store.read() as view:
        assert await view.places.offerable() == []
    await coordinator.post(f"/school/plekken/{place_id}/actief", {"actief": "ja"})
    assert "De bot noemt deze plek weer." in coordinator.text()
    await coordinator.get(f"/school/plekken/{place_id}/verwijderen")
    assert "Zorgcentrum De Linde verwijderen?" in coordinator.text()
    await coordinator.post(f"/school/plekken/{place_id}/verwijderen", {})
    assert "De plek is verwijderd." in coordinator.text() and "Yilmaz" not in coordinator.text()


async def test_two_coordinators_editing_at_once_do_not_overwrite_each_other(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    first = await _coordinator(app, browser_factory)
    second = await _coordinator(app, browser_factory)
    await _add(first, LINDE)
    [place_id] = re.findall(r'id="plek-(\d+)"', first.page)
    await first.get(f"/school/plekken/{place_id}")
    await second.get(f"/school/plekken/{place_id}")
    await first.post(f"/school/plekken/{place_id}", {**LINDE, "contact_reach": "030-7654321", "versie": "0"})
    assert "De plek is opgeslagen." in first.text()
    await second.post(f"/school/plekken/{place_id}", {**LINDE, "location": "Houten", "versie": "0"})
    assert second.status == 409 and "Iemand anders heeft deze plek net aangepast" in second.text()
    assert 'value="030-7654321"' in second.page, "the form now shows the other coordinator's version"
    mine = second.text()[second.text().index("Dit had jij ingevuld:") :]
    assert "Plaats Houten" in mine and "Telefoon of e-mail 06-12345678" in mine, "what they typed is not lost"
    assert "Naam" not in mine.split("Opslaan")[0].split("Dit zien leerlingen")[0], "only what differs"
    async with app.store.read() as view:
        place = await view.places.get(int(place_id))
    assert place is not None and (place.contact_reach, place.location) == ("030-7654321", "Utrecht")
    # A mistake in the form keeps the version the coordinator started from: a save after fixing it
    # still notices a change made meanwhile.
    await first.get(f"/school/plekken/{place_id}")
    await second.get(f"/school/plekken/{place_id}")
    await second.post(f"/school/plekken/{place_id}", {**LINDE, "name": "", "versie": "1"})
    assert second.status == 400 and "De naam ontbreekt." in second.text()
    await first.post(f"/school/plekken/{place_id}", {**LINDE, "sector": "Zorg en welzijn", "versie": "1"})
    assert 'name="versie" value="1"' in second.page
    await second.post(f"/school/plekken/{place_id}", {**LINDE, "location": "Houten", "versie": "1"})
    assert second.status == 409


async def test_two_places_never_share_a_name(app: App, browser_factory: Callable[[], Any]) -> None:
    coordinator = await _coordinator(app, browser_factory)
    await _add(coordinator, LINDE)
    await _add(coordinator, {**LINDE, "name": "zorgcentrum de  linde", "location": "Zeist"})
    assert coordinator.status == 400
    assert "Er staat al een plek met de naam 'zorgcentrum de linde' in de lijst." in coordinator.text()
    await _add(coordinator, {**LINDE, "name": "Bakkerij Van Dam"})
    async with app.store.read() as view:
        ids = {place.name: place.id for place in await view.places.listing()}
    linde, bakery = ids["Zorgcentrum De Linde"], ids["Bakkerij Van Dam"]
    await coordinator.get(f"/school/plekken/{bakery}")
    await coordinator.post(f"/school/plekken/{bakery}", {**LINDE, "versie": "0"})
    assert coordinator.status == 400 and "Er staat al een plek met de naam" in coordinator.text()
    await coordinator.post(f"/school/plekken/{linde}", {**LINDE, "name": "Bakkerij van Dam", "versie": "0"})
    assert coordinator.status == 400, "the name of another place, written differently"
    await coordinator.post(f"/school/plekken/{bakery}", {**LINDE, "name": "Bakkerij van Dam", "versie": "0"})
    assert "De plek is opgeslagen." in coordinator.text(), "a place keeps its own name, written differently"


async def test_a_csv_file_is_imported_whole_or_not_at_all_and_exported_for_excel(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    coordinator = await _coordinator(app, browser_factory)
    broken = CSV + "Kapsalon Knip;Kapper;;;;;;;misschien\r\n;Zorg;;;;;;;ja\r\n"
    await _upload(coordinator, broken.encode("cp1252"))
    assert coordinator.status == 400
    text = coordinator.text()
    assert "Er is niets ingelezen." in text
    assert "Regel 4, kolom 'Actief': 'misschien' is geen ja of nee." in text
    assert "Regel 5, kolom 'Naam': De naam ontbreekt." in text
    async with app.store.read() as view:
        assert await view.places.listing() == [], "nothing half-imported"
    await _upload(coordinator, CSV.encode("cp1252"))
    assert "Ingelezen: 2 nieuw, 0 aangepast, 0 hetzelfde gebleven." in coordinator.text()
    assert "Bakkerij Van Dam" in coordinator.text() and "Autobedrijf Jansen" in coordinator.text()
    response = await coordinator.client.get("/school/plekken/plekken.csv")
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    data = await response.read()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Bakkerij Van Dam;Horeca en bakkerij;Zeist" in data.decode("utf-8-sig")
    await _upload(coordinator, data)
    assert "Ingelezen: 0 nieuw, 0 aangepast, 2 hetzelfde gebleven." in coordinator.text()
    await _upload(coordinator, b"")
    assert coordinator.status == 400 and "Kies eerst een bestand." in coordinator.text()
    await _upload(coordinator, CSV.encode() + b"x" * (3 * 1024 * 1024))
    assert coordinator.status == 413 and "Het bestand is te groot." in coordinator.text()
    big = CSV + "".join(f"Plek {n};Zorg;;;;;;;ja\r\n" for n in range(600))
    await _upload(coordinator, big.encode())
    assert "Ingelezen: 600 nieuw" in coordinator.text(), "a list larger than any form (over 256 KB) is fine"


async def test_the_list_is_filtered_by_sector_and_a_search(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    coordinator = await _coordinator(app, browser_factory)
    await _upload(coordinator, CSV.encode())
    await _add(coordinator, LINDE)
    await coordinator.get("/school/plekken?sector=zorg")
    assert "1 van 3 plekken" in coordinator.text() and "Zorgcentrum De Linde" in coordinator.text()
    assert "Bakkerij" not in coordinator.text()
    await coordinator.get("/school/plekken?zoek=Houten")
    assert "Autobedrijf Jansen" in coordinator.text() and "Zorgcentrum" not in coordinator.text()
    # A word of the sector file finds the places in that sector too.
    await coordinator.get("/school/plekken?zoek=ziekenhuis")
    assert "Zorgcentrum De Linde" in coordinator.text() and "Bakkerij" not in coordinator.text()
    await coordinator.get("/school/plekken?zoek=astronaut")
    assert "Geen plekken gevonden." in coordinator.text()


async def test_a_mentor_reads_the_list_and_sees_places_that_fit_a_linked_student(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    coordinator = await _coordinator(app, browser_factory)
    await _upload(coordinator, CSV.encode())
    await _add(coordinator, LINDE)
    await mentor.get("/school/plekken")
    assert mentor.status == 200 and "Mevrouw Yilmaz" in mentor.text()
    assert "Aanpassen" not in mentor.text() and "Plek toevoegen" not in mentor.text()
    [code] = await _students_of(mentor, "Sam")
    sam: Browser = await browser_factory()
    await sam.sign_in(code)
    await sam.press("Ja, koppelen")
    for answer in ["/reflecteren", "Stage", "Bakkerij De Zoete Inval", "gisteren"]:
        await (sam.press(answer) if answer == "Stage" else sam.say(answer))
    student = await person_of(app, sam)
    await mentor.get(f"/klas/leerling/{student.id}")
    assert "Plekken die passen" in mentor.text()
    assert "Bakkerij Van Dam" in mentor.text() and "Past bij: bakkerij" in mentor.text()
    assert "Zorgcentrum De Linde" not in mentor.text()
    assert "Sam heeft nog geen plek van school gekozen." in mentor.text()
    await sam.get("/chat")
    assert "030-1112233" not in sam.page and "Yilmaz" not in sam.page


async def test_a_mentor_sees_which_places_their_students_chose(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    other_mentor, _ = await _mentor_with_class(app, browser_factory)
    coordinator = await _coordinator(app, browser_factory)
    await _upload(coordinator, CSV.encode())
    [code] = await _students_of(mentor, "Sam")
    sam: Browser = await browser_factory()
    await sam.sign_in(code)
    await sam.press("Ja, koppelen")
    await _play(sam, REFLECTION[:11])
    await sam.say("iets met taarten bakken")
    assert "Deze plekken kent school" in sam.text() and "Bakkerij Van Dam" in sam.text()
    assert "030-1112233" not in sam.page, "a student never sees the contact person"
    await sam.press("Bakkerij Van Dam")
    assert "Zo meld je je aan bij Bakkerij Van Dam" in sam.text()
    student = await person_of(app, sam)
    await mentor.get(f"/klas/leerling/{student.id}")
    text = mentor.text()
    chosen = text[text.index("Gekozen plekken") : text.index("Plekken die passen")]
    assert "Bakkerij Van Dam" in chosen and "Gekozen op" in chosen
    assert "Jan · 030-1112233" in chosen, "the mentor can call the place to help"
    await mentor.get("/school/plekken")
    card = mentor.text()[mentor.text().index("Bakkerij Van Dam") :]
    assert "Gekozen door jouw leerlingen Sam" in " ".join(card.split()[:40])
    # Another mentor sees the list, but not who of someone else's class chose what.
    await other_mentor.get("/school/plekken")
    assert (
        "Bakkerij Van Dam" in other_mentor.text()
        and "Gekozen door jouw leerlingen" not in other_mentor.text()
    )
    # The place goes; the choice keeps its name for the student and their mentor.
    async with app.store.read() as view:
        [place_id] = [p.id for p in await view.places.listing() if p.name == "Bakkerij Van Dam"]
    await coordinator.get(f"/school/plekken/{place_id}/verwijderen")
    await coordinator.post(f"/school/plekken/{place_id}/verwijderen", {})
    await mentor.get(f"/klas/leerling/{student.id}")
    assert "Deze plek staat niet meer in de lijst van school." in mentor.text()
