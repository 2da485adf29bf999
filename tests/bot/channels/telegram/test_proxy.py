"""A school network that sends outbound traffic through a proxy: the bot's Bot API calls go through it."""

from __future__ import annotations

import pytest

from bot.channels.telegram._aiohttp import AiohttpRequest
from tests.fakes.bot_api import FakeBotApi
from tests.fakes.proxy import FakeProxy


async def _get_me(fake: FakeBotApi) -> int:
    request = AiohttpRequest()
    await request.initialize()
    try:
        status, _ = await request.do_request(f"{fake.base_url}{fake.token}/getMe", "POST")
    finally:
        await request.shutdown()
    return status


async def test_bot_api_calls_go_through_the_proxy_in_the_environment(
    fake: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with FakeProxy() as proxy:
        # The fake Bot API speaks http://, so HTTP_PROXY applies (HTTPS_PROXY does for api.telegram.org).
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert await _get_me(fake) == 200
        assert proxy.paths == [f"/bot{fake.token}/getMe"]


async def test_no_proxy_exempts_a_host(fake: FakeBotApi, monkeypatch: pytest.MonkeyPatch) -> None:
    async with FakeProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert await _get_me(fake) == 200
        assert proxy.paths == []
