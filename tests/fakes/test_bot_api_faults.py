"""The fake Bot API's injected faults (429, 5xx, dropped connections, stalls, chaos) and its rate limits."""

from __future__ import annotations

import datetime as dtm

import pytest
from telegram import Bot
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from tests.fakes.bot_api import Chaos, FakeBotApi

from .conftest import CHAT, OTHER

# -------------------------------------------------------------------------- fault injection


async def test_injected_429_raises_retry_after(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("sendMessage", status=429, retry_after=7, times=2)
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(CHAT, "x")
        assert caught.value.retry_after == dtm.timedelta(seconds=7)
    await bot.send_message(CHAT, "x")
    assert [f.status for f in fake.injected] == [429, 429]
    fake.assert_no_errors()


async def test_injected_5xx_and_chat_filter(fake: FakeBotApi, bot: Bot) -> None:
    fake.send_text(OTHER, "hoi")
    fake.fail_next("sendmessage", status=500, chat_id=OTHER)
    await bot.send_message(CHAT, "niet geraakt")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(OTHER, "x")
    fake.fail_next("*", status=502)
    with pytest.raises(NetworkError, match=r"Bad Gateway \(502\)"):
        await bot.send_chat_action(CHAT, "typing")
    fake.fail_next("sendMessage", status=403)
    with pytest.raises(Forbidden, match="bot was blocked"):
        await bot.send_message(CHAT, "x")
    assert len(fake.messages(CHAT)) == 1
    fake.assert_no_errors()


async def test_dropped_connection(fake: FakeBotApi, bot: Bot) -> None:
    fake.drop_connection_next("sendMessage")
    with pytest.raises(NetworkError, match="RemoteProtocolError"):
        await bot.send_message(CHAT, "kwijt")
    assert fake.messages(CHAT) == []
    fake.drop_connection_next("sendMessage", after_processing=True)
    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "wel bezorgd")
    assert [m.text for m in fake.messages(CHAT)] == ["wel bezorgd"]
    assert (await bot.send_message(CHAT, "daarna")).text == "daarna"


async def test_stall_causes_timed_out(fake: FakeBotApi, bot: Bot) -> None:
    fake.stall_next("sendMessage", 2.0)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "traag", read_timeout=0.2)
    await fake.wait_for(lambda: fake.messages(CHAT))
    assert fake.messages(CHAT)[0].text == "traag"


async def test_chaos_draws_a_seeded_fault_per_call(fake: FakeBotApi, bot: Bot) -> None:
    chaos = Chaos(drop_before=0.2, drop_after=0.2, flood=0.2, stall=0.2, stall_seconds=(0.1, 0.2), seed=3)
    fake.chaos("sendMessage", chaos)
    outcomes: list[str] = []
    for n in range(60):
        try:
            await bot.send_message(CHAT, f"bericht {n}", read_timeout=0.05)
            outcomes.append("ok")
        except RetryAfter:
            outcomes.append("429")
        except TimedOut:
            outcomes.append("slow")
        except NetworkError:
            outcomes.append("dropped")
    fake.chaos("sendMessage", None)
    await bot.send_message(CHAT, "weer rustig")
    kinds = [(f.kind, f.after_processing) for f in fake.injected]
    assert {"ok", "429", "slow", "dropped"} <= set(outcomes)
    assert len(kinds) == outcomes.count("429") + outcomes.count("slow") + outcomes.count("dropped")
    # A message exists for every call that took effect: untouched, late, or dropped after taking effect.
    took_effect = outcomes.count("ok") + kinds.count(("stall", True)) + kinds.count(("drop", True)) + 1
    await fake.wait_for(lambda: len(fake.messages(CHAT)) == took_effect)
    with pytest.raises(ValueError, match="more than 1"):
        Chaos(flood=0.6, stall=0.6)


async def test_rate_limits() -> None:
    async with FakeBotApi(per_chat_rate=1.0, per_chat_burst=2, global_rate=1.0, global_burst=3) as api:
        api.send_text(CHAT, "hoi")
        api.send_text(OTHER, "hoi")
        async with Bot(api.token, base_url=api.base_url) as client:
            await client.send_message(CHAT, "1")
            await client.send_message(CHAT, "2")
            with pytest.raises(RetryAfter) as per_chat:
                await client.send_message(CHAT, "3")
            await client.send_message(OTHER, "1")  # global burst of 3 now used up
            with pytest.raises(RetryAfter) as global_limit:
                await client.send_message(OTHER, "2")
            await client.send_chat_action(CHAT, "typing")  # not a message: not limited
    assert per_chat.value.retry_after == dtm.timedelta(seconds=1)
    assert global_limit.value.retry_after == dtm.timedelta(seconds=1)
    assert [e.description for e in api.errors] == ["Too Many Requests: retry after 1"] * 2
