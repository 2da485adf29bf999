from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.conversation import Command, ConversationService, Incoming, Outgoing, Pressed, Text, Who
from bot.wiring import App, build_app
from dialogues import ScriptLibrary
from storage import MemoryStore, SqliteStore, Store, StudentKey

# Sunday 22 November 2026, 10:00 in Amsterdam.
START = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


class Chat:
    """One student talking to the service the way a channel would (buttons by number, like the console)."""

    def __init__(self, service: ConversationService, who: Who) -> None:
        self.service = service
        self.who = who
        self.replies: list[Outgoing] = []
        self.buttons: tuple = ()

    async def send(self, item: str | Incoming) -> list[Outgoing]:
        if isinstance(item, str):
            from bot.channels.console import parse_line

            parsed = parse_line(item, self.buttons)
            assert parsed is not None
            item = parsed
        self.replies = await self.service.handle(self.who, item)
        for reply in self.replies:
            if reply.buttons:
                self.buttons = reply.buttons
        return self.replies

    async def say(self, *lines: str) -> None:
        for line in lines:
            await self.send(line)

    def text(self) -> str:
        parts = []
        for reply in self.replies:
            parts.append(reply.text)
            parts += [b.title + "\n" + "\n".join(b.lines) for b in reply.blocks]
            parts += [f"[{b.label}]" for b in reply.buttons]
        return "\n".join(p for p in parts if p)

    def last_question(self) -> Outgoing:
        return [r for r in self.replies if r.kind == "question"][-1]

    async def press(self, label: str) -> list[Outgoing]:
        [button] = [b for b in self.buttons if b.label == label]
        return await self.send(Pressed(button.data))

    async def command(self, name: str, arg: str = "") -> list[Outgoing]:
        return await self.send(Command(name, arg))

    async def type(self, text: str) -> list[Outgoing]:
        return await self.send(Text(text))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(params=["memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    backend: Store = MemoryStore() if request.param == "memory" else SqliteStore(tmp_path / "db.sqlite3")
    await backend.open()
    yield backend
    await backend.close()


@pytest.fixture
def make_app(
    settings: Settings, clock: FakeClock, store: Store, library: ScriptLibrary
) -> Callable[..., App]:
    def make(**overrides: object) -> App:
        options: dict[str, object] = {
            "store": store,
            "library": library,
            "clock": clock,
            "rng": random.Random(0),
        }
        options.update(overrides)
        return build_app(settings, **options)  # type: ignore[arg-type]

    return make


@pytest.fixture
def service(make_app: Callable[..., App]) -> ConversationService:
    return make_app().conversations


@pytest.fixture
def sam(service: ConversationService) -> Chat:
    return Chat(service, Who(StudentKey("test", "sam"), display_name="Sam", language_hint="nl"))
