"""The outbox's promise for follow-ups: recorded right before sending, never sent twice, never stuck."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.channels.telegram import Limits, Outbox, Send, TelegramMessage
from bot.channels.telegram._aiohttp import AiohttpRequest, RequestNotSentError
from tests.fakes.bot_api import FakeBotApi

CHAT = 4242
FAST = Limits(rate=0, per_chat_rate=0, max_attempts=3)


class Handover:
    """Records what the outbox told the follow-up's sender."""

    def __init__(self, answer: bool = True, fail: bool = False) -> None:
        self.calls: list[bool] = []
        self._answer = answer
        self._fail = fail

    async def __call__(self, ok: bool) -> bool:
        self.calls.append(ok)
        if self._fail and ok:
            raise RuntimeError("the database is gone")
        return self._answer


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    fake.started(CHAT)
    async with Bot(fake.token, base_url=fake.base_url, request=AiohttpRequest()) as connected:
        yield connected


def _texts(fake: FakeBotApi) -> list[str]:
    return [m.text or "" for m in fake.messages(CHAT) if m.from_bot]


async def test_a_follow_up_whose_answer_got_lost_is_not_sent_again(fake: FakeBotApi, bot: Bot) -> None:
    outbox = Outbox(bot, limits=FAST)
    handover = Handover()
    fake.drop_connection_next("sendMessage", after_processing=True)  # Telegram has it; the bot never hears
    outbox.put(CHAT, [Send(TelegramMessage("Is het gelukt?"), handover), Send(TelegramMessage("daarna"))])
    assert await outbox.drain(10)
    assert _texts(fake) == ["Is het gelukt?", "daarna"]
    assert handover.calls == [True]


@pytest.mark.parametrize("taken", [True, False], ids=["telegram-had-it", "telegram-did-not"])
async def test_a_reply_whose_answer_got_lost_is_never_sent_twice(
    fake: FakeBotApi, bot: Bot, taken: bool
) -> None:
    """The bot cannot tell these two apart; resending would double the first. It is counted instead."""
    outbox = Outbox(bot, limits=FAST)
    fake.drop_connection_next("sendMessage", after_processing=taken)
    outbox.put(CHAT, [Send(TelegramMessage("antwoord")), Send(TelegramMessage("volgende"))])
    assert await outbox.drain(10)
    assert _texts(fake) == (["antwoord", "volgende"] if taken else ["volgende"])
    assert outbox.uncertain == 1


async def test_a_slow_answer_from_telegram_is_waited_for_not_sent_again(fake: FakeBotApi, bot: Bot) -> None:
    outbox = Outbox(bot, limits=FAST)
    fake.stall_next("sendMessage", 6.0)  # beyond the old 5 s read timeout
    outbox.put(CHAT, [Send(TelegramMessage("traag")), Send(TelegramMessage("daarna"))])
    assert await outbox.drain(15)
    assert _texts(fake) == ["traag", "daarna"]
    assert outbox.uncertain == 0


async def test_a_server_error_is_retried_and_the_message_goes_out_once(fake: FakeBotApi, bot: Bot) -> None:
    outbox = Outbox(bot, limits=FAST)
    fake.fail_next("sendMessage", status=502, times=2)
    outbox.put(CHAT, [Send(TelegramMessage("na twee keer"))])
    assert await outbox.drain(15)
    assert _texts(fake) == ["na twee keer"]


async def test_a_follow_up_its_sender_gave_up_on_is_not_sent(fake: FakeBotApi, bot: Bot) -> None:
    outbox = Outbox(bot, limits=FAST)
    handover = Handover(answer=False)
    outbox.put(CHAT, [Send(TelegramMessage("te laat"), handover), Send(TelegramMessage("wel"))])
    assert await outbox.drain(10)
    assert _texts(fake) == ["wel"]
    assert outbox.dropped == 1


async def test_a_follow_up_that_cannot_be_recorded_is_not_sent_and_the_chat_goes_on(
    fake: FakeBotApi, bot: Bot
) -> None:
    outbox = Outbox(bot, limits=FAST)
    outbox.put(CHAT, [Send(TelegramMessage("kapot"), Handover(fail=True)), Send(TelegramMessage("verder"))])
    assert await outbox.drain(10)
    assert _texts(fake) == ["verder"]


async def test_follow_ups_queued_for_a_student_who_blocked_the_bot_are_given_back(
    fake: FakeBotApi, bot: Bot
) -> None:
    blocked: list[int] = []

    async def on_blocked(chat_id: int) -> None:
        blocked.append(chat_id)

    outbox = Outbox(bot, limits=FAST, on_blocked=on_blocked)
    fake.block(CHAT, notify=False)
    handover = Handover()
    outbox.put(CHAT, [Send(TelegramMessage("hoi")), Send(TelegramMessage("vraag"), handover)])
    assert await outbox.drain(10)
    assert blocked == [CHAT]
    assert handover.calls == [False]


async def test_a_refused_connection_is_known_not_to_have_left() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the socket is closed
    request = AiohttpRequest(connect_timeout=1)
    await request.initialize()
    try:
        with pytest.raises(RequestNotSentError):
            await request.do_request(f"http://127.0.0.1:{port}/botX/getMe", "POST")
    finally:
        await request.shutdown()
