"""Fixtures for the application tests: a fake clock, both stores, the wired app and a student."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.conversation import ConversationService, Who
from bot.wiring import App, build_app
from dialogues import ScriptLibrary
from storage import Store, StudentKey
from tests.backends import BACKENDS, opened
from tests.bot.chat import Chat

# Sunday 22 November 2026, 10:00 in Amsterdam.
START = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    async with opened(request.param, request, tmp_path) as backend:
        yield backend


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
