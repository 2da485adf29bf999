"""A running bot (real python-telegram-bot networking) against the fake Bot API server."""

from __future__ import annotations

import os
import random
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.channels.telegram import Limits, TelegramBot
from bot.clock import FakeClock
from bot.config import Settings
from bot.runner import serving
from bot.wiring import App, build_app
from dialogues import ScriptLibrary
from storage import SqliteStore, Store
from tests.fakes.bot_api import FakeBotApi, FakeMessage

os.environ.setdefault("PTB_TIMEDELTA", "1")
NO_LIMITS = Limits(rate=0, per_chat_rate=0, max_attempts=4)


class Phone:
    """One student's Telegram app: sends like a user, reads what the bot sent."""

    def __init__(self, fake: FakeBotApi, chat_id: int) -> None:
        self.fake = fake
        self.chat_id = chat_id
        self.seen = 0

    def bot_messages(self) -> list[FakeMessage]:
        return [m for m in self.fake.messages(self.chat_id) if m.from_bot]

    def send(self, text: str) -> None:
        if text.startswith("/"):
            name, _, arg = text[1:].partition(" ")
            self.fake.send_command(self.chat_id, name, arg)
        else:
            self.fake.send_text(self.chat_id, text)

    async def expect(self, *fragments: str, within: float = 5.0) -> list[FakeMessage]:
        """Wait until new bot messages contain every fragment, in order; returns the new messages."""

        def arrived() -> list[FakeMessage] | None:
            new = self.bot_messages()[self.seen :]
            text = "\n".join(m.text or "" for m in new)
            position = 0
            for fragment in fragments:
                found = text.find(fragment, position)
                if found < 0:
                    return None
                position = found + len(fragment)
            return new

        new = await self.fake.wait_for(arrived, timeout=within)
        self.seen = len(self.bot_messages())
        return new

    async def say(self, text: str, *expected: str) -> list[FakeMessage]:
        self.send(text)
        return await self.expect(*expected)

    def keyboard_message(self) -> FakeMessage:
        with_buttons = [
            m for m in self.bot_messages() if m.reply_markup and m.reply_markup.get("inline_keyboard")
        ]
        assert with_buttons, "no message with buttons"
        return with_buttons[-1]

    def press(self, label: str, message: FakeMessage | None = None) -> str:
        message = message or self.keyboard_message()
        assert message.reply_markup is not None
        for row in message.reply_markup["inline_keyboard"]:
            for button in row:
                if button["text"] == label:
                    return self.fake.press_button(self.chat_id, message.message_id, button["callback_data"])
        raise AssertionError(f"no button {label!r} on message {message.message_id}")

    async def tap(self, label: str, *expected: str) -> list[FakeMessage]:
        query = self.press(label)
        await self.fake.wait_for_answer(query)
        return await self.expect(*expected)


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


@pytest.fixture
def make_bot(fake: FakeBotApi, db: Path, library: ScriptLibrary) -> Callable[..., Any]:
    """Build (but not start) the bot wired to the fake server; tests run it with `running(...)`."""

    def make(
        *, store: Store | None = None, limits: Limits = NO_LIMITS, **settings: Any
    ) -> tuple[App, TelegramBot]:
        config = Settings(
            _env_file=None,  # type: ignore[call-arg]
            telegram_bot_token=SecretStr(fake.token),
            telegram_api_base_url=fake.base_url,
            **settings,
        )
        app = build_app(
            config,
            store=store or SqliteStore(db),
            library=library,
            clock=FakeClock(datetime(2026, 11, 22, 9, tzinfo=UTC)),
            rng=random.Random(0),
        )
        return app, TelegramBot(app, limits=limits, poll_timeout=1)

    return make


@asynccontextmanager
async def running(telegram: TelegramBot) -> AsyncIterator[TelegramBot]:
    """The app and its Telegram channel running as `loopbaanbot run` runs them (polling)."""
    async with serving(telegram.app, [telegram]):
        yield telegram


@pytest.fixture
async def bot(make_bot: Callable[..., Any]) -> AsyncIterator[TelegramBot]:
    _, telegram = make_bot()
    async with running(telegram):
        yield telegram


@pytest.fixture
def sam(fake: FakeBotApi) -> Phone:
    fake.user(1001, first_name="Sam", language_code="nl")
    return Phone(fake, 1001)
