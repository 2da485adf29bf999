"""The student's chat in the browser: a whole reflection, what is kept, and bad input that loses nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.clock import FakeClock
from bot.wiring import App
from storage import Role

from .conftest import Browser, new_code, person_of

# Typed answers, or ("press", label) for a button; then what the bot must say next.
REFLECTION: list[tuple[str, str]] = [
    ("/reflecteren", "Waar wil je op terugkijken?"),
    ("press:Stage", "Waar was het?"),
    ("Bakkerij De Zoete Inval", "Wanneer was het?"),
    ("gisteren", "klopt dat?"),
    ("press:Ja, klopt", "alsof ik erbij was"),
    ("Ik mocht taarten versieren en ik was trots toen de klant lachte", "trots"),
    ("De klant zei dat de taart mooi was", "school"),
    ("bij tekenen op school", "eerder"),
    ("ja vroeger tekende ik voor mijn oma", "vlak voordat"),
    ("dat iemand blij werd van wat ik maakte", "woord"),
    ("creatief", "opleiding"),
    ("iets met ontwerpen", "Wat"),
    ("Ik ga de bakker vragen of ik nog een dag mag komen", "Wanneer doe je dat?"),
    ("vrijdag", "klopt dat?"),
    ("press:Ja, klopt", "Wie kan je daarbij helpen?"),
    ("niemand", "in de weg"),
    ("dat ik het vergeet", "hoe het ging"),
]


async def _student(
    app: App, browser_factory: Callable[[], Any], name: str = "Sam", *, own_device: bool = False
) -> Browser:
    browser: Browser = await browser_factory()
    await browser.sign_in(await new_code(app, Role.STUDENT, name=name), own_device=own_device)
    return browser


async def _play(browser: Browser, steps: list[tuple[str, str]]) -> None:
    for step, expected in steps:
        if step.startswith("press:"):
            await browser.press(step.removeprefix("press:"))
        else:
            await browser.say(step)
        assert expected in browser.text(), f"after {step!r}: {browser.text()[-400:]}"


async def test_a_whole_reflection_by_typing_and_tapping_ends_in_the_dossier(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    assert "Hoi Sam!" in sam.text()
    await _play(sam, REFLECTION)
    assert "Vraag" in sam.page, "questions show how far along the student is"
    await sam.get("/dossier")
    dossier = sam.text()
    assert "Bakkerij De Zoete Inval" in dossier
    assert "creatief" in dossier
    assert "Ik ga de bakker vragen of ik nog een dag mag komen" in dossier
    await sam.get("/chat")
    assert "hoe het ging" in sam.text(), "the chat shows the conversation again"
    assert sam.text().count("Bakkerij De Zoete Inval") == 1


async def test_an_answer_from_an_out_of_date_page_is_not_applied_and_stays_in_the_box(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    await _play(sam, REFLECTION[:3])
    page_seen = sam.last_id()
    await sam.post("/chat", {"bericht": "gisteren", "na": page_seen})
    assert "klopt dat?" in sam.text()
    # The second click of a double click, from the same (now old) page:
    await sam.post("/chat", {"bericht": "gisteren", "na": page_seen})
    assert "Het gesprek is ondertussen verder gegaan" in sam.text()
    assert ">gisteren</textarea>" in sam.page, "the typed text is still there"
    person = await person_of(app, sam)
    async with app.store.read() as view:
        lines = await view.transcript.recent(person.id, limit=50)
    assert [line.body.get("text") for line in lines if line.sender == "student"].count("gisteren") == 1


async def test_an_old_or_forged_button_does_nothing(app: App, browser_factory: Callable[[], Any]) -> None:
    sam = await _student(app, browser_factory)
    await sam.say("/reflecteren")
    old = sam.buttons()["Stage"]
    await sam.press("Stage")
    assert "Waar was het?" in sam.text()
    for forged in (old, "m:verwijderen:ja", "a:99999999999999999999999:1:0", "x"):
        await sam.post("/chat/knop", {"knop": forged, "na": sam.last_id()})
        assert "Die knop hoort bij een eerdere vraag" in sam.text()
    await sam.say("Bakkerij")
    assert "Wanneer was het?" in sam.text(), "and the conversation goes on"


async def test_forms_without_our_token_or_from_elsewhere_are_refused_in_dutch(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    for data, headers in (
        ({"bericht": "hoi"}, {}),
        ({"bericht": "hoi", "csrf": "vervalst"}, {}),
        ({"bericht": "hoi", "csrf": sam.csrf}, {"Origin": "https://evil.example"}),
    ):
        response = await sam.client.post("/chat", data=data, headers=headers)
        assert response.status == 403
        assert "Dit formulier is verlopen of komt niet van deze site" in await response.text()


async def test_a_huge_post_and_undecodable_text_get_a_clear_page(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    huge = await sam.client.post("/chat", data={"csrf": sam.csrf, "bericht": "x" * 1_000_000})
    assert huge.status == 413
    assert "te veel tekst in één keer" in await huge.text()
    raw = b"csrf=" + sam.csrf.encode() + b"&bericht=%FF%FE%FD"
    bad = await sam.client.post(
        "/chat", data=raw, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert bad.status in (200, 303, 400)
    assert "Traceback" not in await bad.text()


async def test_long_text_and_markup_are_kept_as_text(app: App, browser_factory: Callable[[], Any]) -> None:
    sam = await _student(app, browser_factory)
    await _play(sam, REFLECTION[:5])
    story = "<script>alert(1)</script> <b>vet</b> & 😀 " + "lang verhaal " * 400
    await sam.say(story)
    assert "<script>alert(1)</script>" not in sam.page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in sam.page
    await sam.get("/dossier")
    assert "&lt;b&gt;vet&lt;/b&gt;" in sam.page


async def test_a_form_sent_after_the_login_ended_asks_to_sign_in_again(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    csrf = sam.csrf
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(hours=1))
    response = await sam.client.post("/chat", data={"csrf": csrf, "bericht": "hallo"})
    assert response.status == 401
    assert "Je was een tijdje weg" in await response.text()


async def test_a_follow_up_reaches_an_open_page_and_a_closed_one_sees_it_next_time(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory, own_device=True)
    await _play(sam, REFLECTION)
    stream = await sam.client.get("/chat/stream", params={"na": sam.last_id()})
    assert stream.headers["Content-Type"].startswith("text/event-stream")
    clock = app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(days=5))  # Friday morning: the step's follow-up is due
    await app.dispatcher.run_due()
    received = b""
    async with asyncio.timeout(5):
        while b"Is het gelukt?" not in received:
            received += await stream.content.readany()
    assert b"event: bericht" in received
    stream.close()
    await sam.get("/chat")
    assert "Is het gelukt?" in sam.text(), "and it is in the chat when the page opens again"
