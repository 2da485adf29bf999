"""The fake Bot API's updates: getUpdates and webhooks, the shapes of users' updates, waiting, listeners."""

from __future__ import annotations

import asyncio
import datetime as dtm

import pytest
from telegram import Bot
from telegram.error import BadRequest, Conflict

from tests.fakes.bot_api import FakeBotApi

from .conftest import CHAT, last_error

# --------------------------------------------------------------------------- getUpdates


async def test_get_updates_offset_limit_and_long_poll(fake: FakeBotApi, bot: Bot) -> None:
    fake.send_text(CHAT, "twee")
    fake.send_text(CHAT, "drie")
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first if u.message] == ["hoi", "twee"]
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["drie"]
    assert fake.pending_updates == 1  # confirmed only by the next offset
    await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0)
    assert fake.pending_updates == 0

    loop = asyncio.get_running_loop()
    loop.call_later(0.1, fake.send_text, CHAT, "later")
    started = loop.time()
    polled = await bot.get_updates(offset=rest[-1].update_id + 1, timeout=10)
    assert [u.message.text for u in polled if u.message] == ["later"]
    assert loop.time() - started < 2


async def test_allowed_updates_conflict_and_webhook(fake: FakeBotApi, bot: Bot) -> None:
    await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    update_id = fake.send_text(CHAT, "wordt niet bewaard")
    assert fake.dropped_updates[-1]["update_id"] == update_id
    await bot.get_updates(timeout=0, allowed_updates=[])  # back to the default set
    fake.send_text(CHAT, "wel")

    async with Bot(fake.token, base_url=fake.base_url) as second:
        waiting = asyncio.create_task(second.get_updates(offset=10**10, timeout=5))
        await asyncio.sleep(0.1)
        await bot.get_updates(offset=10**10, timeout=0)
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await waiting

    with pytest.raises(BadRequest):
        await bot.set_webhook("http://example.nl/hook")
    assert last_error(fake) == "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    await bot.set_webhook("https://example.nl/hook")
    assert (await bot.get_webhook_info()).url == "https://example.nl/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_user_update_shapes_parse_in_ptb(fake: FakeBotApi, bot: Bot) -> None:
    fake.user(CHAT, "Noor", "en", last_name="Bakker", username="noor")
    fake.send_sticker(CHAT, "🙂")
    fake.send_photo(CHAT, caption="mijn rooster")
    fake.send_voice(CHAT, duration=4)
    fake.send_location(CHAT, 52.09, 5.12)
    fake.send_document(CHAT, "cv.pdf", b"%PDF-1.7 inhoud")
    fake.send_text(CHAT, "kijk op https://www.kiesmbo.nl")
    fake.edit_text(CHAT, fake.chat_log(CHAT)[0].message_id, "hoi!")
    updates = await bot.get_updates()
    messages = [u.message for u in updates if u.message]
    assert messages[0].from_user is not None and messages[0].from_user.first_name == "Sam"
    sticker, photo, voice, location, document, text = messages[1:]
    assert sticker.sticker is not None and sticker.sticker.emoji == "🙂"
    assert photo.caption == "mijn rooster" and photo.photo[-1].width == 1280
    assert voice.voice is not None and voice.voice.duration == dtm.timedelta(seconds=4)
    assert location.location is not None and location.location.latitude == 52.09
    assert text.entities[0].type == "url"
    assert document.document is not None and document.chat.type == "private"
    assert document.from_user is not None and document.from_user.username == "noor"
    assert updates[-1].edited_message is not None and updates[-1].edited_message.text == "hoi!"
    downloaded = await (await bot.get_file(document.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"%PDF-1.7 inhoud"
    with pytest.raises(ValueError, match="no text message"):
        fake.edit_text(CHAT, 999, "x")


# -------------------------------------------------------------------- waiting and listeners


async def test_wait_helpers(fake: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(TimeoutError, match=r"condition not met within 0\.05s"):
        await fake.wait_for(lambda: False, timeout=0.05)
    task = asyncio.create_task(fake.wait_for_messages(CHAT, 2, timeout=2))
    await bot.send_message(CHAT, "een")
    await bot.send_message(CHAT, "twee")
    assert [m.text for m in await task] == ["een", "twee"]
    assert (await fake.next_bot_message(CHAT)).text == "een"
    fake.mark_read(CHAT)
    with pytest.raises(TimeoutError):
        await fake.next_bot_message(CHAT, timeout=0.05)
    assert fake.sent[-1].method == "sendMessage" and fake.sent[-1].text == "twee"
    fake.reset_records()
    assert fake.sent == [] and fake.messages(CHAT)


async def test_listeners_hear_every_successful_bot_call() -> None:
    heard: list[tuple[str, int | None]] = []
    async with FakeBotApi() as fake:
        fake.listeners.append(lambda record: heard.append((record.method, record.chat_id)))
        fake.user(5, first_name="Sam")
        fake.send_text(5, "hoi")
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            await bot.get_updates()
            await bot.send_message(5, "hallo")
            with pytest.raises(BadRequest):
                await bot.send_message(6, "nobody")
    assert ("sendMessage", 5) in heard
    assert ("sendMessage", 6) not in heard, "refused calls are not heard"


async def test_confirm_listeners_hear_which_updates_an_offset_confirmed() -> None:
    confirmed: list[list[int]] = []
    async with FakeBotApi() as fake:
        fake.confirm_listeners.append(confirmed.append)
        first, second = fake.send_text(5, "een"), fake.send_text(5, "twee")
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            assert [u.update_id for u in await bot.get_updates()] == [first, second]
            assert confirmed == [], "fetching is not confirming"
            await bot.get_updates(offset=second)
            assert confirmed == [[first]]
            await bot.get_updates(offset=second + 1)
    assert confirmed == [[first], [second]]
    assert fake.pending_updates == 0
