"""Two instances of one Telegram bot on one PostgreSQL database: one polls (Telegram allows one), the other
stands by, and takes over when the first stops."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from storage import PostgresStore
from storage.testing import ThrowawayPostgres
from tests.fakes.bot_api import FakeBotApi

from .conftest import Phone, running


@pytest.fixture
async def url(postgres: ThrowawayPostgres) -> AsyncIterator[str]:
    made = await postgres.create_database()
    yield made
    await postgres.drop_database(made)


async def test_one_instance_polls_and_another_takes_over_when_it_stops(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone, url: str
) -> None:
    stores = [PostgresStore(url, readers=2, writers=4) for _ in range(2)]
    _, first = make_bot(store=stores[0])
    _, second = make_bot(store=stores[1])
    try:
        async with running(first):
            async with running(second):
                assert (first.primary.is_primary, second.primary.is_primary) == (True, False)
                assert second.channel.standing_by() and not first.channel.standing_by()
                await sam.say("/start", "Hoi Sam!")
            async with running(second):
                pass  # the second may start and stop again while the first stays primary
            assert first.primary.is_primary
        async with running(second):
            assert second.primary.is_primary, "the first is gone: the second polls now"
            await sam.say("/help", "loopbaan")
    finally:
        for store in stores:
            await store.close()
    assert not [e for e in fake.errors if e.status == 409], "never two getUpdates at once"


async def test_a_standby_takes_over_while_running_when_the_primary_is_gone(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone, url: str
) -> None:
    stores = [PostgresStore(url, readers=2, writers=4) for _ in range(2)]
    _, first = make_bot(store=stores[0])
    _, second = make_bot(store=stores[1])
    took_over = asyncio.Event()
    primary = second.primary
    became = primary._started  # what the standby does when it becomes the primary, observed

    async def observed() -> None:
        await became()
        took_over.set()

    primary._started = observed
    try:
        first_running = running(first)
        await first_running.__aenter__()
        try:
            async with running(second):
                assert not second.primary.is_primary
                await first_running.__aexit__(None, None, None)
                async with asyncio.timeout(10):
                    await took_over.wait()
                await sam.say("/start", "Hoi Sam!")
        finally:
            if first.primary.is_primary:
                await first_running.__aexit__(None, None, None)
    finally:
        for store in stores:
            await store.close()
