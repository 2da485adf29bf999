"""The fake Bot API's messages: inline keyboards, editing, deleting, replies, documents, button presses."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, ContextTypes

from tests.fakes.bot_api import FakeBotApi

from .conftest import CHAT, OTHER, keyboard, last_error, raw_call, running_app

# -------------------------------------------------------------------------- inline keyboards


async def test_inline_keyboard_rules(fake: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(CHAT, "max", reply_markup=keyboard("x" * 64))
    with pytest.raises(BadRequest):
        await bot.send_message(CHAT, "te lang", reply_markup=keyboard("é" * 33))  # 33 chars, 66 bytes
    assert last_error(fake) == "Bad Request: BUTTON_DATA_INVALID"
    raw_cases: list[tuple[Any, str]] = [
        ([[{"text": "", "callback_data": "a"}]], "Bad Request: BUTTON_TEXT_INVALID"),
        ([[{"text": "a"}]], "Text buttons are unallowed in the inline keyboard"),
        ([[{"text": "a", "callback_data": ""}]], "Text buttons are unallowed in the inline keyboard"),
        (
            [[{"text": "a", "callback_data": "a", "url": "https://x.nl"}]],
            "exactly one of the optional fields",
        ),
        ([[{"callback_data": "a"}]], 'Can\'t find field "text"'),
        ([[{"text": "a", "url": "not-a-url"}]], "URL 'not-a-url' is invalid: Wrong HTTP URL"),
        ([[{"text": "a", "url": "ftp://x.nl"}]], "is invalid: Unsupported URL protocol"),
        ("bad", 'field "inline_keyboard" must be of type Array'),
        (["bad"], 'field "inline_keyboard" must be an Array of Arrays'),
    ]
    for rows, description in raw_cases:
        markup = {"inline_keyboard": rows}
        answer = await raw_call(fake, "sendMessage", chat_id=CHAT, text="x", reply_markup=markup)
        assert answer["error_code"] == 400 and description in answer["description"]
    answer = await raw_call(fake, "sendMessage", chat_id=CHAT, text="x", reply_markup=[1])
    assert answer["description"] == "Bad Request: object expected as reply markup"
    answer = await raw_call(fake, "sendMessage", chat_id=CHAT, text="x", reply_markup="{")
    assert answer["description"] == "Bad Request: can't parse reply keyboard markup JSON object"
    url_button = InlineKeyboardMarkup([[InlineKeyboardButton("site", url="https://www.nlqf.nl")]])
    assert (await bot.send_message(CHAT, "ok", reply_markup=url_button)).reply_markup == url_button


# ------------------------------------------------------------------------------- editing


async def test_edit_rules(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "<b>Vraag 1</b>", parse_mode="HTML", reply_markup=keyboard("a", "b"))
    mid = sent.message_id
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<b>Vraag 1</b>", CHAT, mid, parse_mode="HTML", reply_markup=keyboard("a", "b")
        )
    assert last_error(fake).endswith("exactly the same as a current content and reply markup of the message")
    # Same characters but no bold entity is a real change.
    edited = await bot.edit_message_text("Vraag 1", CHAT, mid, reply_markup=keyboard("a", "b"))
    assert isinstance(edited, object) and fake.messages(CHAT)[-1].entities == []
    await bot.edit_message_text("Vraag 1", CHAT, mid)  # dropping the keyboard is a change too
    assert fake.messages(CHAT)[-1].reply_markup is None
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(CHAT, mid, reply_markup=None)
    await bot.edit_message_reply_markup(CHAT, mid, reply_markup=keyboard("c"))
    current = fake.messages(CHAT)[-1]
    assert (current.text, current.callback_data(), current.edits) == ("Vraag 1", ["c"], 3)
    user_message_id = fake.chat_log(CHAT)[0].message_id
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", CHAT, user_message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", CHAT, 999)
    document = await bot.send_document(CHAT, b"%PDF", filename="cv.pdf")
    with pytest.raises(BadRequest, match="There is no text in the message to edit"):
        await bot.edit_message_text("x", CHAT, document.message_id)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.edit_message_text("x", OTHER, mid)


async def test_delete_message(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "weg")
    assert await bot.delete_message(CHAT, sent.message_id)
    assert fake.messages(CHAT) == []
    assert fake.messages(CHAT, include_deleted=True)[0].deleted
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("terug", CHAT, sent.message_id)
    assert await bot.delete_message(CHAT, fake.chat_log(CHAT)[0].message_id)  # incoming, private chat


async def test_reply_to_missing_message(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(CHAT, "x", reply_parameters=ReplyParameters(message_id=999))
    ok = ReplyParameters(message_id=999, allow_sending_without_reply=True)
    assert (await bot.send_message(CHAT, "x", reply_parameters=ok)).text == "x"


# ------------------------------------------------------------------------------ callbacks


async def test_button_press_reaches_application_and_answer_is_recorded(fake: FakeBotApi, bot: Bot) -> None:
    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.message is not None
        await query.answer(f"Gekozen: {query.data}")
        await query.edit_message_text(f"Je koos {query.data}")

    message = await bot.send_message(CHAT, "Kies", reply_markup=keyboard("havo", "vwo"))
    old = await bot.send_message(CHAT, "Oud", reply_markup=keyboard("oud"))
    newer = await bot.send_message(CHAT, "Nieuw")
    async with running_app(fake, CallbackQueryHandler(on_button)):
        query_id = fake.press_button(CHAT, message.message_id, "vwo")
        answer = await fake.wait_for_answer(query_id)
        await fake.wait_for(lambda: fake.messages(CHAT)[0].text == "Je koos vwo")
        old_query = fake.press_button(CHAT, old.message_id, "oud")  # older message, still has buttons
        await fake.wait_for_answer(old_query)
    assert (answer.text, answer.data, answer.message_id) == ("Gekozen: vwo", "vwo", message.message_id)
    assert [a.callback_query_id for a in fake.answered_callbacks] == [query_id, old_query]
    fake.assert_no_errors()
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query_id)
    assert last_error(fake) == (
        "Bad Request: query is too old and response timeout expired or query ID is invalid"
    )
    with pytest.raises(ValueError, match="no button"):
        fake.press_button(CHAT, message.message_id, "havo")  # the edit removed the keyboard
    fake.press_button(CHAT, message.message_id, "havo", stale=True)
    with pytest.raises(ValueError, match="no bot message"):
        fake.press_button(CHAT, newer.message_id + 1, "x")


async def test_callback_query_expiry() -> None:
    async with FakeBotApi(callback_query_ttl=0.05) as api:
        api.send_text(CHAT, "hoi")
        async with Bot(api.token, base_url=api.base_url) as client:
            sent = await client.send_message(CHAT, "Kies", reply_markup=keyboard("a"))
            query_id = api.press_button(CHAT, sent.message_id, "a")
            await asyncio.sleep(0.1)
            with pytest.raises(BadRequest, match="Query is too old"):
                await client.answer_callback_query(query_id)


# -------------------------------------------------------------------------------- documents


async def test_send_document_and_chat_action(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_document(
        CHAT, b"a,b\n1,2\n", filename="uitslag.csv", caption="<i>Je uitslag</i>", parse_mode="HTML"
    )
    assert sent.document is not None and sent.document.file_name == "uitslag.csv"
    assert sent.caption == "Je uitslag" and sent.caption_entities[0].type == "italic"
    again = await bot.send_document(CHAT, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_document(CHAT, "onbekend-id")
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_document(CHAT, b"x", filename="x.txt", caption="c" * 1025)
    assert await bot.send_chat_action(CHAT, "upload_document")
    with pytest.raises(BadRequest, match="Wrong parameter action in request"):
        await bot.send_chat_action(CHAT, "dancing")
    assert [m.kind for m in fake.messages(CHAT)] == ["document", "document"]
