"""A mentor who does not use Telegram gets the weekly summary by e-mail, with the shared fields only."""

from __future__ import annotations

import asyncio
import email
import socket
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from bot.config import Settings
from bot.wiring import App

from .conftest import Browser
from .test_chat import REFLECTION, _play
from .test_staff import _mentor_with_class, _students_of


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Inbox:
    def __init__(self) -> None:
        self.mails: list[email.message.Message] = []
        self.arrived = asyncio.Event()
        self._loop = asyncio.get_running_loop()

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:  # noqa: N802
        assert isinstance(envelope.content, bytes)
        self.mails.append(email.message_from_bytes(envelope.content))
        self._loop.call_soon_threadsafe(self.arrived.set)
        return "250 OK"


@pytest.fixture
async def smtp() -> AsyncIterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def settings(settings: Settings, smtp: tuple[_Inbox, int]) -> Settings:
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp[1],
            "smtp_from": "bot@school.nl",
            "smtp_starttls": False,
        }
    )


async def test_a_mentor_on_the_web_gets_the_weekly_summary_by_mail_with_shared_fields_only(
    app: App, browser_factory: Callable[[], Any], smtp: tuple[_Inbox, int]
) -> None:
    mentor, _ = await _mentor_with_class(app, browser_factory)
    await mentor.post("/klas/email", {"email": "anna@school.nl"})
    assert "Opgeslagen" in mentor.text()
    codes = await _students_of(mentor, "Sam")
    sam: Browser = await browser_factory()
    await sam.sign_in(codes[0])
    await sam.press("Ja, koppelen")
    await _play(sam, REFLECTION)
    app.clock.set(datetime(2026, 11, 23, 7, 30, tzinfo=UTC))  # type: ignore[attr-defined]
    assert await app.summaries.send_due() == 1
    inbox, _ = smtp
    async with asyncio.timeout(5):
        await inbox.arrived.wait()
    [mail] = inbox.mails
    assert mail["To"] == "anna@school.nl"
    assert "Weekoverzicht van Juf Anna" in mail["Subject"]
    html = next(p for p in mail.walk() if p.get_content_type() == "text/html").get_payload(decode=True)
    assert isinstance(html, bytes)
    body = html.decode()
    assert "Sam" in body and "creatief" in body
    assert "Ik mocht taarten versieren" not in body, "Sam shares the basics only"
