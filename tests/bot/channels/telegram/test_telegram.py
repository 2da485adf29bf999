"""End to end through python-telegram-bot and HTTP: what a student sees in Telegram."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.channels.telegram import MAX_UTF16, Limits, utf16_len
from storage import MemoryStore, SqliteStore, StudentKey
from tests.fakes.bot_api import FakeBotApi

from .conftest import NO_LIMITS, Phone, running

STORY = [
    ("Bakkerij De Zoete Inval", "Wanneer was het?"),
    ("gisteren", "klopt dat?"),
]
REST = [
    ("Ik mocht taarten versieren en ik was trots toen de klant lachte", "Je was trots"),
    ("De klant zei dat de taart mooi was", "school"),
    ("bij tekenen op school", "eerder"),
    ("ja vroeger tekende ik voor mijn oma", "vlak voordat"),
    ("dat iemand blij werd van wat ik maakte", "woord"),
    ("creatief", "opleiding"),
    ("iets met ontwerpen", "Wat"),
    ("Ik ga de bakker vragen of ik nog een dag mag komen", "Wanneer doe je dat?"),
    ("vrijdag", "klopt dat?"),
]


async def _reflect_until_date_confirmed(sam: Phone) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    await sam.tap("Stage", "Waar was het?")
    for line, expected in STORY:
        await sam.say(line, expected)
    await sam.tap("Ja, klopt", "alsof ik erbij was")


async def test_start_welcomes_registers_commands_and_offers_the_menu(
    bot: Any, fake: FakeBotApi, sam: Phone
) -> None:
    new = await sam.say("/start", "Hoi Sam!", "Wat wil je doen?")
    assert [b["text"] for row in new[-1].reply_markup["inline_keyboard"] for b in row] == [  # type: ignore[index]
        "Terugkijken op een ervaring",
        "Een ervaring voorbereiden",
        "Mijn dossier bekijken",
    ]
    dutch = [c["command"] for c in fake.get_commands()]
    english = fake.get_commands(language_code="en")
    assert dutch[:4] == ["start", "reflecteren", "voorbereiden", "dossier"]
    assert {"stappen", "stop", "help", "taal", "privacy"} <= set(dutch)
    assert english[1]["description"] == "Look back on an experience"
    fake.assert_no_errors()


async def test_a_full_reflection_with_buttons_ends_in_the_dossier(
    bot: Any, fake: FakeBotApi, sam: Phone
) -> None:
    await _reflect_until_date_confirmed(sam)
    for line, expected in REST:
        await sam.say(line, expected)
    await sam.tap("Ja, klopt", "Wie kan je daarbij helpen?")
    await sam.say("mijn tante Els", "Hoe ga je je tante Els bereiken?")
    await sam.say("bellen", "in de weg")
    await sam.say("dat ik het vergeet, dan zet ik een wekker", "dossier")
    dossier = await sam.say(
        "/dossier", "Jouw loopbaandossier", "Kernwoord: creatief", "rode draad", "Je open stappen"
    )
    assert any(m.entities and m.entities[0]["type"] == "bold" for m in dossier), "titles are bold"
    # Every pressed keyboard is gone and shows the choice; every callback query was answered.
    chosen = [m for m in sam.bot_messages() if m.text and "✓" in m.text]
    assert len(chosen) == 3
    assert all(not (m.reply_markup or {}).get("inline_keyboard") for m in chosen)
    assert len(fake.answered_callbacks) == 3
    fake.assert_no_errors()


async def test_only_the_latest_question_keeps_its_buttons(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    await sam.say("/start", "Wat wil je doen?")
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    await sam.say("/dossier", "leeg", "Waar wil je op terugkijken?")
    await asyncio.sleep(0.2)
    keyboards = [m for m in sam.bot_messages() if (m.reply_markup or {}).get("inline_keyboard")]
    assert len(keyboards) == 1, "older keyboards are removed when a new question comes"
    await sam.tap("Meeloopdag", "Waar was het?")
    fake.assert_no_errors()


async def test_typing_the_option_instead_of_pressing_works(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    await sam.say("meeloopdag", "Waar was het?")
    await sam.say("Het ziekenhuis", "Wanneer was het?")
    fake.assert_no_errors()


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        (lambda f, c: f.send_sticker(c), "sticker"),
        (lambda f, c: f.send_voice(c), "typen"),
        (lambda f, c: f.send_photo(c), "alleen tekst"),
        (lambda f, c: f.send_location(c), "alleen tekst"),
        (lambda f, c: f.send_document(c), "alleen tekst"),
    ],
)
async def test_non_text_gets_a_kind_reply_and_the_question_again(
    bot: Any, fake: FakeBotApi, sam: Phone, send: Callable[[FakeBotApi, int], int], expected: str
) -> None:
    await _reflect_until_date_confirmed(sam)
    send(fake, sam.chat_id)
    await sam.expect(expected, "alsof ik erbij was")
    await sam.say(*REST[0])
    fake.assert_no_errors()


async def test_markup_characters_in_answers_are_escaped(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    await _reflect_until_date_confirmed(sam)
    for line, expected in REST[:5]:
        await sam.say(line, expected)
    await sam.say("<b>doorzetten</b> & _*[", "'<b>doorzetten</b> & _*['")
    fake.assert_no_errors()


async def test_a_long_dossier_is_split_within_telegrams_limit(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    long_story = "Ik mocht helpen in de keuken en ik was trots. " + "We bakten brood en taart. " * 150
    await _reflect_until_date_confirmed(sam)
    await sam.say(long_story, "Je was trots")
    for _ in range(2):
        await sam.say("/reflecteren", "Wil je daarmee verder, of opnieuw beginnen?")
        await sam.tap("Opnieuw beginnen", "Waar wil je op terugkijken?")
        await sam.tap("Stage", "Waar was het?")
        for line, expected in STORY:
            await sam.say(line, expected)
        await sam.tap("Ja, klopt", "alsof ik erbij was")
        await sam.say(long_story, "Je was trots")
    sam.send("/dossier")
    await asyncio.sleep(0.1)
    messages = await sam.expect("Jouw loopbaandossier", "Je open stappen")
    assert all(utf16_len(m.text or "") <= MAX_UTF16 for m in messages)
    # Three 4,000-character stories: the dossier shows the start of each, the whole text is in /meenemen.
    text = "\n".join(m.text or "" for m in messages)
    assert text.count("Ik mocht helpen in de keuken") == 3
    assert text.count("We bakten brood en taart.") < 30
    assert "De hele tekst staat in /meenemen" in text
    fake.assert_no_errors()


async def test_a_stale_button_is_answered_and_never_acted_on(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    first_question = sam.keyboard_message()
    assert first_question.reply_markup is not None
    old_button = first_question.reply_markup["inline_keyboard"][2][0]["callback_data"]  # "Open dag"
    await sam.tap("Stage", "Waar was het?")
    query = fake.press_button(sam.chat_id, first_question.message_id, old_button, stale=True)
    answer = await fake.wait_for_answer(query)
    assert answer.text == "Die knop hoort bij een eerdere vraag."
    await sam.say("Het ROC", "Wanneer was het?")
    fake.assert_no_errors()


async def test_edited_messages_are_not_processed(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    await sam.tap("Stage", "Waar was het?")
    own = [m for m in fake.chat_log(sam.chat_id) if not m.from_bot]
    fake.edit_text(sam.chat_id, own[-1].message_id, "/dossier")
    await sam.say("Het ROC", "Wanneer was het?")
    assert not any("loopbaandossier" in (m.text or "") for m in sam.bot_messages())


async def test_a_429_in_the_middle_delays_but_loses_nothing(bot: Any, fake: FakeBotApi, sam: Phone) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    fake.fail_next("sendMessage", status=429, retry_after=1)
    await sam.tap("Stage", "Waar was het?")
    assert [f.status for f in fake.injected] == [429]
    fake.fail_next("sendMessage", status=502, times=2)
    await sam.say("Het ROC", "Wanneer was het?")
    assert [f.status for f in fake.injected] == [429, 502, 502]
    fake.assert_no_errors()


async def test_two_students_at_once_each_get_their_own_replies_in_order(
    bot: Any, fake: FakeBotApi, sam: Phone
) -> None:
    fake.user(2002, first_name="Noor", language_code="en")
    noor = Phone(fake, 2002)
    for phone in (sam, noor):
        phone.send("/reflecteren")
    await sam.expect("Waar wil je op terugkijken?")
    await noor.expect("What do you want to look back on?")
    sam.press("Stage")
    noor.press("Open day")
    await sam.expect("Waar was het?")
    await noor.expect("Where was it?")
    # Several messages from one student at once are handled in order.
    for line in ("Het ROC", "gisteren"):
        sam.send(line)
    await sam.expect("Wanneer was het?", "klopt dat?")
    fake.assert_no_errors()


async def test_a_restart_mid_conversation_continues_with_every_answer(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone, db: Path
) -> None:
    _, first = make_bot()
    async with running(first):
        await _reflect_until_date_confirmed(sam)
        await sam.say(*REST[0])
    _, second = make_bot()
    async with running(second):
        await sam.say(REST[1][0], REST[1][1])
        await sam.say("/dossier", "Bakkerij De Zoete Inval", "taarten versieren", "De klant zei")
    fake.assert_no_errors()


async def _active(store: MemoryStore, chat_id: int) -> bool | None:
    async with store.read() as view:
        student = await view.students.find(StudentKey("telegram", str(chat_id)))
    return None if student is None else student.active


async def test_blocking_and_unblocking_the_bot_is_recorded(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    store = MemoryStore()
    _, application = make_bot(store=store)
    async with running(application):
        await sam.say("/start", "Wat wil je doen?")
        fake.block(sam.chat_id)  # Telegram sends my_chat_member "kicked"
        fake.unblock(sam.chat_id, notify=False)
        # Same chat, so handled after the membership update: its reply means that update is done.
        await sam.say("/help", "Dit kan ik voor je doen")
        assert await _active(store, sam.chat_id) is False
        fake.unblock(sam.chat_id)  # "member" again
        await sam.say("/help", "Dit kan ik voor je doen")
        assert await _active(store, sam.chat_id) is True


async def test_a_403_on_sending_marks_the_student_inactive_and_nothing_crashes(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    store = MemoryStore()
    _, application = make_bot(store=store)
    async with running(application):
        await sam.say("/start", "Wat wil je doen?")
        fake.block(sam.chat_id, notify=False)
        sam.send("/help")
        await fake.wait_for(lambda: [e for e in fake.errors if e.status == 403])
        assert await application.channel.outbox.drain(5)
        assert await _active(store, sam.chat_id) is False
        sam.send("/help")  # still talking to a bot it blocked: answered with nothing, no crash
        await fake.wait_for(lambda: len([e for e in fake.errors if e.status == 403]) == 2 or None)


async def test_an_internal_error_is_logged_without_content_and_the_student_told(
    make_bot: Callable[..., Any],
    fake: FakeBotApi,
    sam: Phone,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    store = SqliteStore(tmp_path / "broken.sqlite3")
    _, application = make_bot(store=store)
    async with running(application):
        await sam.say("/reflecteren", "Waar wil je op terugkijken?")
        await store.close()  # the database goes away under the running bot
        with caplog.at_level(logging.ERROR):
            await sam.say("Mijn geheime verhaal over de stage", "er ging iets mis", "bewaard")
        await store.open()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "error handling update" in logged
    assert "geheime" not in logged
    assert "Traceback" not in "\n".join(m.text or "" for m in sam.bot_messages())


async def test_outgoing_respects_the_per_chat_and_global_limits(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    _, application = make_bot(limits=Limits(rate=30, burst=30, per_chat_rate=2, per_chat_burst=2))
    # The bot keeps under the server's limits with some margin, as it must with Telegram's fuzzy ones.
    fake.set_rate_limits(global_rate=30, per_chat_rate=2.5, per_chat_burst=3)
    async with running(application):
        for _ in range(4):
            sam.send("/help")
        await sam.expect(*["Dit kan ik voor je doen"] * 4, within=10)
    assert [e for e in fake.errors if e.status == 429] == [], "the bot stayed under the limits"


async def test_a_message_the_server_keeps_refusing_is_given_up_and_the_next_ones_flow(
    bot: Any, fake: FakeBotApi, sam: Phone, caplog: pytest.LogCaptureFixture
) -> None:
    await sam.say("/reflecteren", "Waar wil je op terugkijken?")
    attempts = NO_LIMITS.max_attempts
    fake.fail_next("sendMessage", status=502, times=attempts)  # every attempt the bot makes fails
    with caplog.at_level(logging.ERROR):
        sam.press("Stage")
        # The pressed question is edited first (that succeeds); then the outbox works on the failing send.
        await fake.wait_for(lambda: [r for r in fake.sent if r.method == "editMessageText"] or None)
        assert await bot.channel.outbox.drain(20)
    assert len([f for f in fake.injected if f.status == 502]) == attempts
    assert "giving up on a send to chat" in caplog.text, "retried with backoff, then given up: never forever"
    await sam.say("Het ROC", "Wanneer was het?")  # the conversation itself went on
    fake.assert_no_errors()
