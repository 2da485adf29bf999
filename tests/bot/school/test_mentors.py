"""Coordinators invite mentors, mentors register, students link after seeing what is shared."""

from __future__ import annotations

import random
from pathlib import Path

from bot.clock import FakeClock
from bot.config import Settings
from bot.wiring import build_app
from dialogues import DEFAULT_SCRIPTS, ScriptLibrary
from storage import Role, Store
from tests.bot.chat import Chat

from .conftest import REFLECTION, SECRETS, link, person, register_mentor


async def _role(store: Store, chat: Chat) -> Role:
    async with store.read() as view:
        found = await view.students.find(chat.who.key)
    assert found is not None
    return found.role


async def test_a_configured_coordinator_invites_a_mentor_who_registers(
    coord: Chat, juf: Chat, store: Store
) -> None:
    await coord.command("start")
    assert "Je bent coördinator" in coord.text()
    assert await _role(store, coord) is Role.COORDINATOR
    code = await register_mentor(coord, juf)
    assert "Welkom, Juf Anna! Je bent nu mentor." in juf.text()
    assert len(code.replace("-", "")) == 10, "about 49 bits: guessing it is hopeless"
    assert set(code) <= set("ABCDEFGHJKMNPQRSTUVWXYZ23456789-"), "no 0/O or 1/I/L to confuse"
    assert await _role(store, juf) is Role.MENTOR
    await juf.command("klas")
    assert f"Je klascode is {code}. Gekoppelde leerlingen: 0." in juf.text()


async def test_an_invite_works_once(coord: Chat, juf: Chat, sam: Chat) -> None:
    await coord.command("uitnodigen", "Juf Anna")
    invite = coord.text().split("/mentor ")[1].split()[0]
    await juf.command("mentor", invite)
    await sam.command("mentor", invite)
    assert "klopt niet, is verlopen of is al gebruikt" in sam.text()
    await sam.command("mentor", "")
    assert "Typ /mentor gevolgd door de code" in sam.text()


async def test_linking_shows_exactly_what_the_mentor_will_see_first(
    coord: Chat, juf: Chat, sam: Chat, store: Store
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await sam.command("koppel", code.lower())
    preview = sam.text()
    assert "Dit ziet Juf Anna als je koppelt" in preview
    assert "Stage · Bakkerij De Zoete Inval" in preview
    assert "Je kernwoorden: creatief" in preview
    assert "Ik ga de bakker vragen of ik nog een dag mag komen (nog te doen)" in preview
    assert "alleen de rol (nooit de naam): tante" in preview
    assert "Dit blijft van jou" in preview
    assert not any(secret in preview.split("Dit blijft van jou")[0] for secret in SECRETS)
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None and await view.school.link_of(student.id) is None, (
            "nothing before a choice"
        )
    await sam.press("Ja, koppelen")
    assert "Je bent gekoppeld aan Juf Anna" in sam.text()
    await sam.command("privacy")
    assert "Nu ziet Juf Anna de basis" in sam.text()
    await sam.command("ontkoppel")
    assert "Je bent ontkoppeld" in sam.text()
    await sam.command("privacy")
    assert "Nu ziet niemand anders je dossier" in sam.text()


async def test_a_wrong_class_code_or_saying_no_links_nothing(coord: Chat, juf: Chat, sam: Chat) -> None:
    code = await register_mentor(coord, juf)
    await sam.command("koppel", "ZZZZZZ")
    assert "Die klascode ken ik niet" in sam.text()
    await sam.command("koppel", code)
    await sam.press("Nee, niet koppelen")
    assert "je bent niet gekoppeld" in sam.text()
    await juf.command("klas")
    assert "Gekoppelde leerlingen: 0" in juf.text()


async def test_the_mentors_overview_has_the_shared_fields_only(
    coord: Chat, juf: Chat, sam: Chat, kim: Chat
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await kim.say(*REFLECTION)
    await link(sam, code)
    await link(kim, code, share=True)
    await juf.command("overzicht")
    [_, file] = juf.replies
    text = juf.text()
    assert "Weekoverzicht van Juf Anna" in text
    assert "Gekoppelde leerlingen: 2" in text
    line = (
        "Teruggekeken: Stage · Bakkerij De Zoete Inval · kernwoord: creatief · stappen: 1 open"
        " · nieuw contact: tante"
    )
    assert text.count(line) == 2, "Sam and Kim, each on one line"
    assert not any(secret in text for secret in SECRETS), "the messages never carry anyone's own words"
    [html_file] = file.attachments
    page = html_file.data.decode()
    assert html_file.filename.startswith("weekoverzicht-2026-W") and html_file.filename.endswith(".html")
    assert "Antwoorden die Kim deelt" in page and "GEHEIM1" in page, "Kim shares her answers"
    assert "Antwoorden die Sam deelt" not in page and page.count("GEHEIM1") == 1, "Sam does not"
    assert "Els" not in page, "a contact's name is never shared"


async def test_status_gives_counts_only(coord: Chat, juf: Chat, sam: Chat) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await link(sam, code)
    await coord.command("status")
    text = coord.text()
    assert "Leerlingen: 1, van wie 1 actief" in text
    assert "Teruggekeken op een ervaring: 1 keer" in text
    assert "Mentoren: 1; gekoppelde leerlingen: 1" in text
    assert "Sam" not in text and "creatief" not in text and "Bakkerij" not in text


async def test_reloading_scripts_refuses_broken_ones_and_keeps_conversations_going(
    settings: Settings, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "scripts"
    folder.mkdir()
    for source in DEFAULT_SCRIPTS.glob("*.yaml"):
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    app = build_app(
        settings.model_copy(update={"dialogues_dir": folder}), store=store, clock=clock, rng=random.Random(0)
    )
    coord, sam = person(app, "coord"), person(app, "sam")
    await sam.say("/reflecteren", "1")
    assert "Waar was het?" in sam.text()

    reflect = folder / "reflecteren.yaml"
    original = reflect.read_text(encoding="utf-8")
    reflect.write_text(original.replace("next: klein_verhaal", "next: bestaat_niet", 1), encoding="utf-8")
    await coord.command("herladen")
    assert "fout(en); ik blijf de oude versie gebruiken" in coord.text()
    assert "bestaat_niet" in coord.text()

    reflect.write_text(original.replace("Waar was het?", "Waar was je ervaring?"), encoding="utf-8")
    await coord.command("herladen")
    assert "opnieuw geladen" in coord.text()
    await sam.say("Bakkerij")
    assert "Wanneer was het?" in sam.text(), "the conversation under way keeps its version"
    kim = person(app, "kim")
    await kim.say("/reflecteren", "1")
    assert "Waar was je ervaring?" in kim.text(), "new conversations get the new version"
    assert "studio" not in coord.text(), "nothing was published in the studio"
    await sam.command("herladen")
    assert "niet voor jou bedoeld" in sam.text()
    # Once the studio published a version, a reload says the file no longer decides for that script.
    version = ScriptLibrary.from_directory(folder).current("terugblik")
    async with store.transaction() as tx:
        await tx.scripts.remember(
            version.digest, script_id="terugblik", source=version.source, now=clock.now()
        )
        await tx.studio.publish(
            "terugblik", digest=version.digest, note="", person_id=None, now=clock.now(), experiments=[]
        )
    await coord.command("herladen")
    assert "terugblik is in de studio gepubliceerd" in coord.text()
