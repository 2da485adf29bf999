"""Rendering replies for Telegram: escaping, splitting within 4,096 UTF-16 units, merging a turn's replies."""

from __future__ import annotations

import html
import re

import pytest

from bot.channels.telegram import MAX_UTF16, render, utf16_len
from bot.channels.telegram._render import merge
from bot.conversation import Answer, Block, Button, Menu, Outgoing


def visible(markup: str) -> str:
    """What Telegram shows: tags removed, entities decoded."""
    return html.unescape(re.sub(r"</?b>", "", markup))


def test_text_is_escaped_and_buttons_encoded() -> None:
    reply = Outgoing(text="<b>hoi</b> & _*[ 🙂", buttons=(Button("Ja & nee", Answer(12, 3, 0)),))
    [message] = render(reply)
    assert message.html == "&lt;b&gt;hoi&lt;/b&gt; &amp; _*[ 🙂"
    assert message.buttons == (("Ja & nee", "a:12:3:0"),)


def test_utf16_counts_emoji_outside_the_bmp_twice() -> None:
    assert utf16_len("aé🙂") == 4


@pytest.mark.parametrize("unit", ["woord ", "🙂", "a" * 5000, "<&>", "lange zin. " * 3, "é"])
def test_long_text_is_split_within_the_limit_and_nothing_is_lost(unit: str) -> None:
    text = (unit * (9000 // len(unit) + 1))[:9000]
    messages = render(Outgoing(text=text))
    assert len(messages) >= 2
    assert all(utf16_len(visible(m.html)) <= MAX_UTF16 for m in messages)
    glued = "".join(visible(m.html) for m in messages)
    assert glued.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_blocks_keep_their_title_bold_and_split_between_blocks() -> None:
    blocks = tuple(Block(f"Ervaring {n}", tuple("x" * 300 for _ in range(5))) for n in range(12))
    messages = render(Outgoing(blocks=blocks))
    assert len(messages) > 1
    for message in messages:
        assert utf16_len(visible(message.html)) <= MAX_UTF16
        assert message.html.startswith("<b>Ervaring "), "a message starts with a block's title"
    assert sum(m.html.count("<b>") for m in messages) == 12


def test_a_title_as_long_as_what_a_student_typed_is_split_too() -> None:
    place = "Ik vond het leuk omdat " + "heel erg " * 553  # 5,000 characters typed as the place
    messages = render(Outgoing(blocks=(Block(f"Stage · {place}", ("Wat je deed: taarten",)),)))
    assert all(utf16_len(visible(m.html)) <= MAX_UTF16 for m in messages)
    glued = "".join(visible(m.html) for m in messages)
    assert glued.replace(" ", "").replace("\n", "") == f"Stage · {place}Wat je deed: taarten".replace(" ", "")


def test_buttons_go_on_the_last_part_only() -> None:
    reply = Outgoing(text="y " * 5000, buttons=(Button("Ja", Menu("x")),))
    messages = render(reply)
    assert [bool(m.buttons) for m in messages] == [False] * (len(messages) - 1) + [True]


def test_a_turns_short_replies_become_one_message_with_the_questions_buttons() -> None:
    replies = [
        Outgoing(text="Welkom!", kind="say"),
        Outgoing(
            text="Waar wil je op terugkijken?", buttons=(Button("Stage", Answer(1, 1, 0)),), kind="question"
        ),
    ]
    [merged] = merge(replies)
    assert merged.text == "Welkom!\n\nWaar wil je op terugkijken?"
    assert merged.buttons == replies[1].buttons


def test_overviews_errors_and_popups_stay_separate() -> None:
    replies = [
        Outgoing(text="We gaan verder:", kind="notice"),
        Outgoing(blocks=(Block("Dossier"),), kind="overview"),
        Outgoing(text="Vraag?", kind="question"),
        Outgoing(text="Oeps", kind="error"),
    ]
    assert [r.kind for r in merge(replies)] == ["notice", "overview", "question", "error"]
