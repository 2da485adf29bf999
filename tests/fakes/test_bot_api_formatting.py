"""The fake Bot API's text rules: lengths and entity offsets in UTF-16, HTML, MarkdownV2 and Markdown."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest

from tests.fakes._bot_api_base import utf16_len
from tests.fakes._bot_api_html import parse_html
from tests.fakes._bot_api_markdown import parse_markdown_v2
from tests.fakes.bot_api import FakeBotApi

from .conftest import CHAT, last_error

# ---------------------------------------------------------------------- length and entities


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
