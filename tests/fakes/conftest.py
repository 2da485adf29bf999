"""The fake Bot API under test, a python-telegram-bot client for it, and helpers to talk to it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.ext import Application, ApplicationBuilder, BaseHandler

from tests.fakes.bot_api import FakeBotApi

CHAT = 4242
OTHER = 4343


def keyboard(*data: str) -> InlineKeyboardMarkup:
    """One row of callback buttons labelled like their data."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without this opt-in PTB 22 warns whenever a duration or RetryAfter is read, and warnings
    # are errors in this project.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        api.user(CHAT, "Sam")
        api.send_text(CHAT, "hoi")  # a chat exists for the bot only once the user wrote to it
        yield api


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as client:
        yield client


@asynccontextmanager
async def running_app(
    fake: FakeBotApi, *handlers: BaseHandler[Any, Any, Any]
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    app = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    for handler in handlers:
        app.add_handler(handler)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=5, drop_pending_updates=True)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


def last_error(fake: FakeBotApi) -> str:
    return fake.errors[-1].description


async def raw_call(fake: FakeBotApi, method: str, **params: Any) -> dict[str, Any]:
    """POST exactly like PTB's wire format (non-strings JSON-encoded) without PTB's own checks."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}{fake.token}/{method}", data=form)
    body: dict[str, Any] = response.json()
    assert body.get("error_code", 200) == response.status_code
    return body
