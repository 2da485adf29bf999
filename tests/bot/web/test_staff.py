"""Mentors and coordinators in the browser: exactly what students share, codes to hand out, the summary."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.wiring import App
from storage import Role

from .conftest import Browser, new_code, person_of
from .test_chat import REFLECTION, _play


async def _mentor_with_class(app: App, browser_factory: Callable[[], Any]) -> tuple[Browser, str]:
    coordinator: Browser = await browser_factory()
    await coordinator.sign_in(await new_code(app, Role.COORDINATOR))
    await coordinator.get("/school/mentoren")
    await coordinator.post("/school/mentoren", {"namen": "Juf Anna"})
    [code] = re.findall(r'<p class="code">([A-Z0-9-]+)</p>', coordinator.page)
    assert "QR-code om in te loggen" in coordinator.page
    mentor: Browser = await browser_factory()
    await mentor.sign_in(code)
    assert "Mijn klas" in mentor.text()
    class_code = re.search(r"Klascode: ([A-Z0-9-]+)", mentor.text())
    assert class_code
    return mentor, class_code.group(1)


async def _students_of(mentor: Browser, *names: str) -> list[str]:
    await mentor.get("/klas/codes")
    await mentor.post("/klas/codes", {"namen": "\n".join(names)})
    codes = re.findall(r'<p class="code">([A-Z0-9-]+)</p>', mentor.page)
    assert len(codes) == len(names)
    assert mentor.page.count('<img src="data:image/svg+xml') == len(names), "a QR code on every card"
    return codes


async def test_a_mentor_sees_exactly_what_each_student_shares_and_nothing_else(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    sam_code, kim_code, lot_code = await _students_of(mentor, "Sam", "Kim", "Lot")
    students = {}
    for name, code, choice in (
        ("Sam", sam_code, "basis"),
        ("Kim", kim_code, "alles"),
        ("Lot", lot_code, None),
    ):
        browser: Browser = await browser_factory()
        await browser.sign_in(code)
        assert "Dit ziet Juf Anna als je koppelt" in browser.text(), "first what would be shared"
        label = {
            "basis": "Ja, koppelen",
            "alles": "Ja, en deel ook mijn antwoorden",
            None: "Nee, niet koppelen",
        }
        await browser.press(label[choice])
        await _play(browser, REFLECTION)
        students[name] = browser
    await mentor.get("/klas")
    page = mentor.text()
    assert "Sam" in page and "Kim" in page and "Lot" not in page, "only the students who linked"
    assert "creatief" in page
    for secret in ("Ik mocht taarten versieren", "vroeger tekende ik voor mijn oma", "dat ik het vergeet"):
        assert secret not in page
    sam = await person_of(app, students["Sam"])
    kim = await person_of(app, students["Kim"])
    lot = await person_of(app, students["Lot"])
    await mentor.get(f"/klas/leerling/{sam.id}")
    assert "Bakkerij De Zoete Inval" in mentor.text()
    assert "Ik mocht taarten versieren" not in mentor.text(), "Sam shares the basics only"
    await mentor.get(f"/klas/leerling/{kim.id}")
    assert "Ik mocht taarten versieren" in mentor.text(), "Kim shares her answers"
    await mentor.get(f"/klas/leerling/{lot.id}")
    assert mentor.status == 404, "not linked: not there"
    await mentor.get("/klas/overzicht")
    assert "Weekoverzicht van Juf Anna" in mentor.text()
    assert "Ik mocht taarten versieren" in mentor.text() and "Sam" in mentor.text()


async def test_codes_can_be_withdrawn_and_names_are_required(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    [code] = await _students_of(mentor, "Sam")
    await mentor.post("/klas/codes", {"namen": "  \n \n"})
    assert mentor.status == 400 and "Typ ten minste één naam" in mentor.text()
    await mentor.get("/klas/codes")
    assert "Nog niet gebruikte codes: 1" in mentor.text()
    await mentor.post("/klas/codes/intrekken", {})
    assert "Nog niet gebruikte codes: 0" in mentor.text()
    student: Browser = await browser_factory()
    await student.sign_in(code)
    assert student.status == 400


async def test_the_coordinator_sees_counts_only(app: App, browser_factory: Callable[[], Any]) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    [code] = await _students_of(mentor, "Sam")
    sam: Browser = await browser_factory()
    await sam.sign_in(code)
    await sam.press("Ja, en deel ook mijn antwoorden")
    await _play(sam, REFLECTION)
    coordinator: Browser = await browser_factory()
    await coordinator.sign_in(await new_code(app, Role.COORDINATOR))
    page = coordinator.text()
    assert "Leerlingen: 1" in page or "1 (" in page
    assert "Sam" not in page and "creatief" not in page and "Bakkerij" not in page
