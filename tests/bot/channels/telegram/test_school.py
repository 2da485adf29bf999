"""The school on Telegram, end to end: invite, register, link, reflect, summary, export, delete, help."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import FakeClock
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone, running
from .test_nudges import STEP_FOR_FRIDAY

AMS = ZoneInfo("Europe/Amsterdam")


async def test_a_school_year_in_miniature(make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone) -> None:
    fake.user(2001, first_name="Decaan", language_code="nl")
    fake.user(2002, first_name="Anna", language_code="nl")
    fake.user(sam.chat_id, first_name="Sam", last_name="de Vries", language_code="nl")
    coord, juf = Phone(fake, 2001), Phone(fake, 2002)
    app, application = make_bot(coordinator_ids="2001")
    clock = app.clock
    assert isinstance(clock, FakeClock)
    async with running(application):
        [invite] = await coord.say("/uitnodigen Juf Anna", "/mentor ")
        code = (invite.text or "").split("/mentor ")[1].split()[0]
        [welcome] = await juf.say(f"/mentor {code}", "Je bent nu mentor")
        class_code = (welcome.text or "").split("klascode is ")[1].split(".")[0]

        await sam.say(f"/koppel {class_code}", "Dit ziet Juf Anna", "Wil je koppelen met Juf Anna?")
        await sam.tap("Ja, koppelen", "Je bent gekoppeld aan Juf Anna")
        for line, expected in STEP_FOR_FRIDAY:
            await sam.say(line, expected)

        clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=AMS))  # the next morning is a Monday
        assert await app.summaries.send_due() == 1
        summary = await juf.expect("Weekoverzicht van Juf Anna", "Sam de Vries", "kernwoord: creatief")
        assert not any("taarten versieren" in (m.text or "") for m in summary), "Sam shares the basics only"
        [document] = await fake.wait_for(
            lambda: [m for m in juf.bot_messages() if m.kind == "document"] or None
        )
        assert document.media["document"]["file_name"] == "weekoverzicht-2026-W48.html"
        assert "kernwoord: creatief" in fake.file_content(document).decode()

        await sam.say("/mijngegevens", "alles wat ik over je bewaar")
        files = await fake.wait_for(
            lambda: (
                [m for m in sam.bot_messages() if m.kind == "document"]
                if len([m for m in sam.bot_messages() if m.kind == "document"]) == 2
                else None
            )
        )
        exported = json.loads(fake.file_content(files[0]))
        assert "taarten versieren" in exported["experiences"][0]["entry"]["gedaan"]

        await sam.say("ik wil niet meer", "Wat goed dat je dit vertelt", "0800-0432", "113", "112")
        await sam.tap("Ja, laat het weten", "Ik heb Juf Anna laten weten")
        told = await juf.expect("Sam de Vries wil graag even met je praten")
        assert not any("niet meer" in (m.text or "") for m in told), "never what the student wrote"

        await sam.say("/verwijderen", "Weet je het zeker?")
        await sam.tap("Ja, verwijder alles", "Alles is verwijderd")
        await juf.say("/overzicht", "Er zijn nog geen leerlingen aan je gekoppeld")
        await coord.say("/status", "Leerlingen: 0", "Keren dat ik hulplijnen gaf: 1")
    fake.assert_no_errors()


async def test_the_bot_stays_silent_in_a_group_so_nothing_private_is_read_there(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    group = -1001234
    _, application = make_bot()
    async with running(application):
        await sam.say("/start", "Hoi Sam!")
        for number, text in enumerate(("/dossier", "/mijngegevens", "ik wil niet meer"), start=900):
            fake._enqueue(
                "message",
                {
                    "message_id": number,
                    "date": 1795000000,
                    "chat": {"id": group, "type": "supergroup", "title": "Klas 3B"},
                    "from": {"id": sam.chat_id, "is_bot": False, "first_name": "Sam", "language_code": "nl"},
                    "text": text,
                },
            )
        await sam.say("/dossier", "dossier")  # handled after the group's updates, in order
    assert not [r for r in fake.sent if r.chat_id == group], "nothing was sent to the group"
    fake.assert_no_errors()


async def test_mentors_and_coordinators_get_a_menu_of_their_own_and_lose_it_when_deleted(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    fake.user(2001, first_name="Decaan", language_code="nl")
    fake.user(2002, first_name="Anna", language_code="nl")
    coord, juf = Phone(fake, 2001), Phone(fake, 2002)

    def menu(phone: Phone, language: str = "") -> list[str]:
        scope = {"type": "chat", "chat_id": phone.chat_id}
        return [c["command"] for c in fake.get_commands(scope, language_code=language)]

    _, application = make_bot(coordinator_ids="2001")
    async with running(application):
        [invite] = await coord.say("/uitnodigen Juf Anna", "/mentor ")
        assert menu(coord)[:4] == ["start", "uitnodigen", "status", "herladen"]
        assert "reflecteren" not in menu(coord, "en")
        code = (invite.text or "").split("/mentor ")[1].split()[0]
        assert menu(juf) == [], "before she registers, Anna has the students' menu"
        await juf.say(f"/mentor {code}", "mentor")
        assert menu(juf)[:3] == ["start", "overzicht", "klas"]
        assert menu(juf, "en")[:3] == ["start", "overzicht", "klas"]
        await sam.say("/start", "Hoi Sam!")
        assert menu(sam) == [], "students keep the default menu"
        assert "reflecteren" in [c["command"] for c in fake.get_commands()]

        await juf.say("/verwijderen", "Weet je het zeker?")
        await juf.tap("Ja, verwijder alles", "Alles is verwijderd")
        await fake.wait_for(lambda: (menu(juf) == [] and menu(juf, "en") == []) or None)
    fake.assert_no_errors()
