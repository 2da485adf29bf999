"""Deep links: /klas and /uitnodigen give a t.me link and a QR code; opening the bot through one is the
same as typing the code (a student sees what the mentor would see first, then chooses)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.deeplinks import command_of_payload
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone, running


async def test_a_class_link_and_an_invite_link_open_the_same_flows_as_typing_the_codes(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    fake.user(2001, first_name="Decaan", language_code="nl")
    fake.user(2002, first_name="Anna", language_code="nl")
    coord, juf = Phone(fake, 2001), Phone(fake, 2002)
    _, application = make_bot(coordinator_ids="2001")
    async with running(application):
        username = application.application.bot.username
        invited = await coord.say("/uitnodigen Juf Anna", "/mentor ", "wordt mentor met deze code")
        invite_link = re.search(r"https://t\.me/(\S+)\?start=(mentor-[A-Z0-9]+)", invited[-1].text or "")
        assert invite_link is not None and invite_link.group(1) == username
        await juf.say(f"/start {invite_link.group(2)}", "Je bent nu mentor")

        said = await juf.say("/klas", "Je klascode is", "QR-code")
        class_link = re.search(r"\?start=(klas-[A-Z0-9]+)", said[-1].text or "")
        assert class_link is not None
        [qr] = await fake.wait_for(
            lambda: [m for m in juf.bot_messages() if m.kind == "document"][-1:] or None
        )
        assert qr.media["document"]["file_name"].startswith("klas-")
        assert fake.file_content(qr).startswith(b"\x89PNG")

        await sam.say(f"/start {class_link.group(1)}", "Hoi Sam!", "Dit ziet Juf Anna", "Wil je koppelen")
        await sam.tap("Ja, koppelen", "Je bent gekoppeld aan Juf Anna")
    fake.assert_no_errors()


def test_only_class_and_mentor_payloads_are_understood() -> None:
    assert command_of_payload("klas-K7XQM2PARt") == ("koppel", "K7XQM2PART")
    assert command_of_payload("mentor-ABCD1234EFGH") == ("mentor", "ABCD1234EFGH")
    for other in ("", "klas-", "klas-ab", "admin-ABCDEF", "klas-ABCD EF", "klas-ABCD|alles"):
        assert command_of_payload(other) is None, other
