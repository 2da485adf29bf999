"""Tests of the fake Bot API, driven by real python-telegram-bot networking: the basics, chats, commands
and the request formats."""

from __future__ import annotations

import httpx
import pytest
from telegram import Bot, BotCommand, BotCommandScopeAllPrivateChats, Update
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, NetworkError
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

from tests.fakes.bot_api import FakeBotApi

from .conftest import CHAT, OTHER, last_error, running_app

# ----------------------------------------------------------------------------------- basics


async def test_get_me_unknown_method_and_wrong_token(fake: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == "loopbaan_test_bot"
    assert me.is_bot
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("fooBar")
    with pytest.raises(NetworkError, match="does not implement sendPhoto"):
        await bot.send_photo(CHAT, "AgACAgQAAxkBAAIB")
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with Bot("1:wrong", base_url=fake.base_url):
            pass
    assert [e.status for e in fake.errors] == [404, 501, 401]


async def test_echo_round_trip_through_polling_application(fake: FakeBotApi) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(f"echo: {update.message.text}")

    async with running_app(fake, MessageHandler(filters.TEXT, echo)):
        fake.send_text(CHAT, "Welke opleiding past bij mij?")
        reply = await fake.next_bot_message(CHAT)
        fake.send_text(OTHER, "tweede")
        other = await fake.next_bot_message(OTHER)
    assert reply.text == "echo: Welke opleiding past bij mij?"
    assert other.text == "echo: tweede"
    assert [r.method for r in fake.sent if r.method == "sendMessage"] == ["sendMessage"] * 2
    assert fake.pending_updates == 0
    fake.assert_no_errors()


async def test_command_entity_reaches_command_handler(fake: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(f"start {context.args}")

    async with running_app(fake, CommandHandler("start", start)):
        fake.send_command(CHAT, "/start", "les3")
        assert (await fake.next_bot_message(CHAT)).text == "start ['les3']"
        fake.send_text(CHAT, "/start")  # typed commands get their entity from the "server" too
        assert (await fake.next_bot_message(CHAT)).text == "start []"
    fake.assert_no_errors()


# ------------------------------------------------------------------------------ chat rules


async def test_unknown_chat_and_blocked_user(fake: FakeBotApi, bot: Bot) -> None:
    fake.user(OTHER)  # registered but never wrote: Telegram has no chat yet
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(OTHER, "hallo")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message("@sam", "hallo")
    fake.block(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "hallo")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(CHAT, "typing")
    fake.unblock(CHAT)
    await bot.send_message(CHAT, "weer welkom")
    assert [e.description for e in fake.errors] == [
        "Bad Request: chat not found",
        "Bad Request: chat not found",
        "Forbidden: bot was blocked by the user",
        "Forbidden: bot was blocked by the user",
    ]
    member_updates = [u.my_chat_member for u in await bot.get_updates() if u.my_chat_member]
    assert [m.new_chat_member.status for m in member_updates] == ["kicked", "member"]


# ------------------------------------------------------------------------------- commands


async def test_commands_per_scope_and_language(fake: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin het gesprek"), BotCommand("/stop", "Stop")])
    await bot.set_my_commands([BotCommand("start", "Start the conversation")], language_code="en")
    private = BotCommandScopeAllPrivateChats()
    await bot.set_my_commands([BotCommand("help", "Hulp")], scope=private, language_code="nl")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "stop"]
    assert [c.description for c in await bot.get_my_commands(language_code="en")] == [
        "Start the conversation"
    ]
    assert fake.get_commands({"type": "all_private_chats"}, "nl") == [
        {"command": "help", "description": "Hulp"}
    ]
    await bot.delete_my_commands(language_code="en")
    assert await bot.get_my_commands(language_code="en") == ()
    assert len(fake.commands) == 2
    for commands, description in [
        ([BotCommand("Start", "x")], "Bad Request: BOT_COMMAND_INVALID"),
        ([BotCommand("a-b", "x")], "Bad Request: BOT_COMMAND_INVALID"),
        ([BotCommand("a" * 33, "x")], "Bad Request: command length must not exceed 32"),
        ([BotCommand("ok", " ")], "Bad Request: command description must be non-empty"),
        ([BotCommand("ok", "x" * 257)], "Bad Request: command description length must not exceed 256"),
    ]:
        with pytest.raises(BadRequest):
            await bot.set_my_commands(commands)
        assert last_error(fake) == description
    with pytest.raises(BadRequest, match="Invalid language code specified"):
        await bot.set_my_commands([BotCommand("ok", "x")], language_code="nld")


# --------------------------------------------------------------------------------- requests


async def test_json_and_query_string_requests(fake: FakeBotApi) -> None:
    async with httpx.AsyncClient(base_url=f"{fake.base_url}{fake.token}") as client:
        response = await client.post(
            "/sendMessage", json={"chat_id": CHAT, "text": "json", "parse_mode": "HTML"}
        )
        assert response.json()["result"]["text"] == "json"
        response = await client.get("/SENDMESSAGE", params={"chat_id": str(CHAT), "text": "query"})
        assert response.json()["ok"] is True
        response = await client.post("/sendMessage", json={"chat_id": CHAT})
        assert response.status_code == 400
        assert response.json() == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: message text is empty",
        }
        response = await client.post(
            "/getUpdates", content=b"{", headers={"content-type": "application/json"}
        )
        assert response.status_code == 400
    assert [m.text for m in fake.messages(CHAT)] == ["json", "query"]
