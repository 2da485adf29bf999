"""Tests of the fake Bot API, driven by real python-telegram-bot networking."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakes._bot_api_base import utf16_len
from tests.fakes._bot_api_html import parse_html
from tests.fakes._bot_api_markdown import parse_markdown_v2
from tests.fakes.bot_api import Chaos, FakeBotApi

CHAT = 4242
OTHER = 4343


def keyboard(*data: str) -> InlineKeyboardMarkup:
    """One row of callback buttons labelled like their data."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without this opt-in PTB 22 warns whenever a duration or RetryAfter is read, and warnings
    # are errors in this project.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        api.user(CHAT, "Sam")
        api.send_text(CHAT, "hoi")  # a chat exists for the bot only once the user wrote to it
        yield api


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as client:
        yield client


@asynccontextmanager
async def running_app(
    fake: FakeBotApi, *handlers: BaseHandler[Any, Any, Any]
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    app = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    for handler in handlers:
        app.add_handler(handler)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=5, drop_pending_updates=True)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


def last_error(fake: FakeBotApi) -> str:
    return fake.errors[-1].description


async def raw_call(fake: FakeBotApi, method: str, **params: Any) -> dict[str, Any]:
    """POST exactly like PTB's wire format (non-strings JSON-encoded) without PTB's own checks."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}{fake.token}/{method}", data=form)
    body: dict[str, Any] = response.json()
    assert body.get("error_code", 200) == response.status_code
    return body


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


async def test_text_length_counts_utf16_after_parsing(fake: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(CHAT, "a" * 4096)
    await bot.send_message(CHAT, "😀" * 2048)  # 2048 characters, 4096 UTF-16 code units
    await bot.send_message(CHAT, f"<b>{'a' * 4096}</b>", parse_mode="HTML")  # tags do not count
    await bot.send_message(CHAT, "&lt;" * 4096, parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "😀" * 2049)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "a" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, "")
    with pytest.raises(BadRequest, match="Text must be non-empty"):
        await bot.send_message(CHAT, " \n ")
    with pytest.raises(BadRequest, match="Text must be non-empty"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")
    assert utf16_len("😀é") == 3
    stored = await bot.send_message(CHAT, "  spaties rondom \n")
    assert stored.text == "spaties rondom"


async def test_entity_offsets_are_utf16(bot: Bot) -> None:
    message = await bot.send_message(CHAT, "😀 <b>vet</b> <i>😀x</i>", parse_mode="HTML")
    assert message.text == "😀 vet 😀x"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [("bold", 3, 3), ("italic", 7, 3)]
    mention = await bot.send_message(CHAT, f'<a href="tg://user?id={CHAT}">Sam</a>', parse_mode="HTML")
    assert mention.entities[0].user is not None and mention.entities[0].user.first_name == "Sam"
    with pytest.raises(BadRequest, match="User not found"):
        await bot.send_message(CHAT, '<a href="tg://user?id=1">iemand</a>', parse_mode="HTML")


# ------------------------------------------------------------------------------------ HTML

VALID_HTML = [
    ("<b>a</b><strong>b</strong>", "ab", ["bold", "bold"]),
    ("<i>a</i><em>b</em><u>c</u><ins>d</ins><s>e</s><strike>f</strike><del>g</del>", "abcdefg", None),
    ('<tg-spoiler>a</tg-spoiler><span class="tg-spoiler">b</span>', "ab", ["spoiler", "spoiler"]),
    ('<a href="https://example.nl/x?a=1&amp;b=2">link</a>', "link", ["text_link"]),
    ("<code>x &lt; y</code>", "x < y", ["code"]),
    ('<pre><code class="language-python">print(1)</code></pre>', "print(1)", ["pre"]),
    ("<blockquote>q</blockquote><blockquote expandable>r</blockquote>", "qr", None),
    ("&lt;&gt;&amp;&quot;&#128512;&#x41;", '<>&"😀A', []),
    ("<B>hoofdletters</B>", "hoofdletters", ["bold"]),
    ("<b>nested <i>ok</i></b>", "nested ok", ["bold", "italic"]),
]


@pytest.mark.parametrize(("html", "text", "types"), VALID_HTML)
async def test_valid_html_is_accepted(bot: Bot, html: str, text: str, types: list[str] | None) -> None:
    message = await bot.send_message(CHAT, html, parse_mode="HTML")
    assert message.text == text
    if types is not None:
        assert [e.type for e in message.entities] == types


INVALID_HTML = [
    ("<x>", 'Unsupported start tag "x" at byte offset 0'),
    ("é<script>", 'Unsupported start tag "script" at byte offset 2'),
    ("a < b", 'Unsupported start tag "" at byte offset 2'),
    ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("x</b>", "Unexpected end tag at byte offset 1"),
    ("<b", "Unclosed start tag at byte offset 0"),
    ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ("<b class>x</b>", 'Expected equal sign in declaration of an attribute of the tag "b" at byte offset 0'),
    ("Tom & Jerry", 'Unescaped "&" at byte offset 4'),
    ("&nbsp;", 'Unescaped "&" at byte offset 0'),
]


@pytest.mark.parametrize(("html", "reason"), INVALID_HTML)
async def test_invalid_html_is_rejected(fake: FakeBotApi, bot: Bot, html: str, reason: str) -> None:
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(CHAT, html, parse_mode="HTML")
    assert last_error(fake).startswith(f"Bad Request: can't parse entities: {reason}")


async def test_bare_ampersand_allowed_when_not_strict() -> None:
    assert parse_html("Tom & Jerry &nbsp;", strict_ampersand=False) == ("Tom & Jerry &nbsp;", [])
    async with FakeBotApi(strict_ampersand=False) as api:
        api.send_text(CHAT, "hoi")
        async with Bot(api.token, base_url=api.base_url) as client:
            assert (await client.send_message(CHAT, "<b>A&B</b>", parse_mode="HTML")).text == "A&B"


# ------------------------------------------------------------------------------ MarkdownV2


async def test_markdown_v2(fake: FakeBotApi, bot: Bot) -> None:
    message = await bot.send_message(
        CHAT, "*vet* _cursief_ `code` \\. [link](https://example.nl)", "MarkdownV2"
    )
    assert message.text == "vet cursief code . link"
    assert [e.type for e in message.entities] == ["bold", "italic", "code", "text_link"]
    for text, reason in [
        ("hallo.", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("a-b", "Character '-' is reserved"),
        ("*open", "Can't find end of Bold entity at byte offset 0"),
        ("*bold _italic\\_*", "Can't find end of Bold entity at byte offset 15"),
    ]:
        with pytest.raises(BadRequest, match="Can't parse entities"):
            await bot.send_message(CHAT, text, parse_mode="MarkdownV2")
        assert last_error(fake).startswith(f"Bad Request: can't parse entities: {reason}")
    assert parse_markdown_v2("||geheim|| ~weg~ __onder__")[0] == "geheim weg onder"
    with pytest.raises(BadRequest, match="Unsupported parse_mode"):
        await bot.send_message(CHAT, "x", parse_mode="Textile")


async def test_legacy_markdown(bot: Bot) -> None:
    message = await bot.send_message(CHAT, "*vet* _schuin_ [l](https://example.nl)", parse_mode="Markdown")
    assert message.text == "vet schuin l"
    with pytest.raises(BadRequest, match="find end of the entity starting at byte offset 0"):
        await bot.send_message(CHAT, "*open", parse_mode="Markdown")


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
