"""The conversation service end to end over a real store: what a student notices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.conversation import Answer, ConversationService, NonText, Pressed, Who
from bot.wiring import App
from dialogues import DEFAULT_SCRIPTS, ScriptLibrary
from storage import StepStatus, Store, StudentKey
from tests.bot.chat import Chat

STORY = [
    "/reflecteren",
    "1",
    "Bakkerij De Zoete Inval",
    "gisteren",
    "1",
    "Ik mocht taarten versieren en ik was trots toen de klant lachte",
    "De klant zei dat de taart mooi was",
    "bij tekenen op school",
    "ja, vroeger tekende ik voor mijn oma",
    "dat iemand blij werd van wat ik maakte",
]
FINISH = [
    "creatief",
    "iets met ontwerpen",
    "Ik ga de bakker vragen of ik nog een dag mag komen",
    "vrijdag",
    "1",
    "mijn tante Els",
    "bellen",
    "dat ik het vergeet, dan zet ik een wekker",
]


async def dossier_of(store: Store, key: StudentKey):  # type: ignore[no-untyped-def]
    async with store.transaction() as tx:
        student = await tx.students.find(key)
        assert student is not None
        return await tx.dossier.dossier(student.id)


async def test_a_full_reflection_fills_the_dossier(sam: Chat, store: Store) -> None:
    await sam.say(*STORY, *FINISH)
    assert "dossier" in sam.text()
    dossier = await dossier_of(store, sam.who.key)
    [item] = dossier.experiences
    assert (item.experience.kind, item.experience.place, item.experience.happens_on) == (
        "stage",
        "Bakkerij De Zoete Inval",
        date(2026, 11, 21),
    )
    assert item.experience.reflected_at is not None
    assert "taarten versieren" in item.entry.gedaan and "De klant zei" in item.entry.gedaan
    assert item.entry.verbreden == "bij tekenen op school"
    assert "oma" in item.entry.verdiepen and "blij werd" in item.entry.verdiepen
    assert item.entry.kernwoord == "creatief"
    assert {
        "werkexploratie",
        "kwaliteitenreflectie",
        "motievenreflectie",
        "loopbaansturing",
        "netwerken",
    } <= set(item.entry.competencies)
    [step] = dossier.steps
    assert (step.what, step.due, step.helper, step.status) == (
        "Ik ga de bakker vragen of ik nog een dag mag komen",
        date(2026, 11, 27),
        "mijn tante Els",
        StepStatus.OPEN,
    )
    [contact] = dossier.contacts
    assert (contact.name, contact.role, contact.reach) == ("Els", "tante", "bellen")
    assert step.helper_contact_id == contact.id
    assert step.obstacle.startswith("dat ik het vergeet")


async def test_the_dossier_command_shows_components_thread_and_open_steps(sam: Chat) -> None:
    await sam.say(*STORY, *FINISH)
    await sam.command("dossier")
    text = sam.text()
    for expected in (
        "Jouw loopbaandossier",
        "Stage · Bakkerij De Zoete Inval",
        "Wat heb je gedaan",
        "Wat heb je ontdekt",
        "Kernwoord: creatief",
        "Wat ga je hiermee doen",
        "rode draad",
        "Je open stappen",
        "vrijdag 27 november",
    ):
        assert expected in text


async def test_key_words_across_experiences_are_ranked_by_frequency(sam: Chat) -> None:
    for number, word in enumerate(("zorgzaam", "creatief", "Creatief")):
        # From the second reflection on the bot names the earlier key words and asks: the same thread?
        # (Not for a word chosen before: that one is said back.)
        thread = ["ja, dat hoort bij elkaar"] if number == 1 else []
        await sam.say(*STORY, word, *thread, *FINISH[1:])
    await sam.command("dossier")
    assert "Komt vaker terug: creatief (2×)" in sam.text()
    assert "zorgzaam (21 nov) → creatief (21 nov) → Creatief (21 nov)" in sam.text()


async def test_what_the_script_writes_itself_is_not_counted_as_the_students_answer(
    sam: Chat, store: Store
) -> None:
    await sam.say(*STORY, "zorgzaam", *FINISH[1:])
    await sam.say(*STORY, "creatief", "ja, dat hoort bij elkaar", *FINISH[1:])
    dossier = await dossier_of(store, sam.who.key)
    second = dossier.experiences[-1]
    assert "Rode draad" in second.entry.ontdekt, "the thread is in the dossier"
    assert [a.question for a in second.answers if "Rode draad" in a.answer] == [], "but not as an answer"


async def test_a_command_mid_question_answers_and_repeats_the_question(sam: Chat, store: Store) -> None:
    await sam.say(*STORY[:6])
    question = sam.last_question().text
    for command in ("dossier", "stappen", "privacy", "onbekend"):
        await sam.command(command)
        assert sam.replies[-1].text == question, command
    await sam.type("De klant zei dat de taart mooi was")
    dossier = await dossier_of(store, sam.who.key)
    assert "taarten versieren" in dossier.experiences[0].entry.gedaan, "no answer was lost"


async def test_starting_a_script_while_busy_asks_first(sam: Chat) -> None:
    await sam.say(*STORY[:5])
    await sam.command("reflecteren")
    assert "nog bezig" in sam.text()
    await sam.press("Verder gaan")
    assert sam.replies[-1].text.startswith(("Denk aan één moment", "Welk moment"))
    await sam.command("voorbereiden")
    await sam.press("Opnieuw beginnen")
    assert "vorige gesprek is gestopt" in sam.text()
    assert "[Meeloopdag]" in sam.text()


async def test_a_button_from_an_earlier_conversation_is_refused(sam: Chat) -> None:
    await sam.say("/reflecteren")
    old = sam.last_question().buttons[0].data
    await sam.command("voorbereiden", "nieuw")
    replies = await sam.send(Pressed(old))
    assert [r.kind for r in replies] == ["stale"], "a channel shows it as a pop-up, not a message"
    assert "eerder gesprek" in replies[0].text


async def test_a_forged_answer_button_is_harmless(sam: Chat) -> None:
    await sam.say("/reflecteren")
    session_id = sam.last_question().buttons[0].data
    assert isinstance(session_id, Answer)
    replies = await sam.send(Pressed(Answer(session_id.session_id, session_id.seq, 99)))
    assert "eerdere vraag" in replies[0].text


async def test_text_without_a_conversation_offers_the_menu(sam: Chat) -> None:
    await sam.type("hallo")
    assert "Er loopt nu geen gesprek" in sam.text()
    assert "[Terugkijken op een ervaring]" in sam.text()
    await sam.press("Terugkijken op een ervaring")
    assert "Waar wil je op terugkijken?" in sam.text()


async def test_non_text_mid_question_keeps_the_question(sam: Chat) -> None:
    await sam.say(*STORY[:5])
    question = sam.last_question().text
    replies = await sam.send(NonText("voice"))
    assert "typen" in replies[0].text
    assert replies[-1].text == question


async def test_switching_language_mid_conversation_repeats_the_question_in_english(sam: Chat) -> None:
    await sam.say(*STORY[:5])
    await sam.command("taal")
    assert "English" in sam.replies[0].text
    assert sam.replies[-1].text.startswith(("Think of one moment", "Which moment"))
    await sam.type("I decorated cakes and I was proud")
    assert "You felt proud." in sam.text()


async def test_an_english_telegram_user_starts_in_english(service: ConversationService) -> None:
    chat = Chat(service, Who(StudentKey("test", "alex"), display_name="Alex", language_hint="en-GB"))
    await chat.command("start")
    assert chat.replies[0].text.startswith("Hi Alex!")


async def test_after_a_long_silence_a_greeting_shows_where_we_were(sam: Chat, clock: FakeClock) -> None:
    await sam.say(*STORY[:5])
    question = sam.last_question().text
    clock.advance(timedelta(days=2))
    await sam.type("hoi")
    assert sam.replies[0].text.startswith("Welkom terug")
    assert sam.replies[-1].text == question


async def test_after_a_long_silence_a_real_answer_is_kept(sam: Chat, clock: FakeClock, store: Store) -> None:
    await sam.say(*STORY[:5])
    clock.advance(timedelta(days=2))
    await sam.type("Ik mocht taarten versieren en ik was trots toen de klant lachte")
    assert "Je was trots." in sam.text()


async def test_a_restart_mid_conversation_loses_nothing(
    sam: Chat, make_app: Callable[..., App], store: Store
) -> None:
    await sam.say(*STORY[:7])
    question = sam.last_question().text
    # A new process: new service objects over the same database.
    restarted = Chat(make_app().conversations, sam.who)
    greeting = await restarted.service.greeting(sam.who)
    assert greeting[0].text.startswith("Welkom terug")
    assert greeting[-1].text == question
    restarted.replies = greeting
    await restarted.say(*STORY[7:], *FINISH)
    dossier = await dossier_of(store, sam.who.key)
    assert dossier.experiences[0].entry.kernwoord == "creatief"
    assert "taarten versieren" in dossier.experiences[0].entry.gedaan


async def test_an_edited_script_does_not_break_a_conversation_in_progress(
    sam: Chat, make_app: Callable[..., App], tmp_path: Path, store: Store
) -> None:
    await sam.say(*STORY[:5])
    # The coordinator rewords the key word question, and the bot restarts with the new version.
    edited = tmp_path / "scripts"
    edited.mkdir()
    for source in DEFAULT_SCRIPTS.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        for old in (
            "Welk woord past bij wat je over jezelf ontdekt hebt?",
            "Als je het in één woord zegt, wat heb je over jezelf ontdekt?",
        ):
            text = text.replace(old, "NIEUWE VRAAG?")
        (edited / source.name).write_text(text, encoding="utf-8")
    restarted = Chat(make_app(library=ScriptLibrary.from_directory(edited)).conversations, sam.who)
    restarted.buttons = sam.buttons
    await restarted.say(*STORY[5:])
    assert "NIEUWE VRAAG" not in restarted.text(), "the running conversation keeps its version"
    await restarted.say("zorgzaam", *FINISH[1:])
    dossier = await dossier_of(store, sam.who.key)
    assert dossier.experiences[0].entry.kernwoord == "zorgzaam"
    fresh = Chat(restarted.service, Who(StudentKey("test", "noor")))
    await fresh.say(*STORY)
    assert fresh.last_question().text.startswith("NIEUWE VRAAG?"), "a new conversation gets the new version"


async def test_a_conversation_started_after_a_failed_start_survives_an_edit_and_a_restart(
    sam: Chat, make_app: Callable[..., App], tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = sam.service.engine
    real_start = engine.start

    def broken_once(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(engine, "start", real_start)
        raise RuntimeError("crash while starting")

    monkeypatch.setattr(engine, "start", broken_once)
    with pytest.raises(RuntimeError):
        await sam.say("/reflecteren")  # rolled back, the stored script version with it
    await sam.say(*STORY[:3])
    # The coordinator edits every script (new versions) and the bot restarts.
    edited = tmp_path / "scripts"
    edited.mkdir()
    for source in DEFAULT_SCRIPTS.glob("*.yaml"):
        text = source.read_text(encoding="utf-8").replace("version: ", "# edited\nversion: ", 1)
        (edited / source.name).write_text(text, encoding="utf-8")
    restarted = Chat(make_app(library=ScriptLibrary.from_directory(edited)).conversations, sam.who)
    restarted.buttons = sam.buttons
    await restarted.say(*STORY[3:])
    assert all(reply.kind != "error" for reply in restarted.replies)
    dossier = await dossier_of(store, sam.who.key)
    assert "taarten versieren" in dossier.experiences[0].entry.gedaan


async def test_messages_with_markup_emoji_and_5000_characters_are_stored_verbatim(
    sam: Chat, store: Store
) -> None:
    await sam.say(*STORY[:5])
    story = "Ik was <b>trots</b> & _*[blij]* 🙂👍🏽 " + "heel lang " * 500
    await sam.type(story)
    assert "Je was trots en blij." in sam.text()
    dossier = await dossier_of(store, sam.who.key)
    assert dossier.experiences[0].entry.gedaan == story.strip()


async def test_students_do_not_see_each_other(service: ConversationService, store: Store) -> None:
    sam = Chat(service, Who(StudentKey("test", "sam")))
    noor = Chat(service, Who(StudentKey("test", "noor")))
    await sam.say(*STORY, *FINISH)
    await noor.command("dossier")
    assert "leeg" in noor.text()
    assert "Bakkerij" not in noor.text()


async def test_a_session_changed_by_another_process_is_reloaded_not_overwritten(
    sam: Chat, make_app: Callable[..., App], store: Store
) -> None:
    await sam.say(*STORY[:5])
    # Another process (a second service over the same database) answers the open question.
    other = Chat(make_app().conversations, sam.who)
    await other.type("Ik mocht taarten versieren en ik was trots toen de klant lachte")
    # This process still remembers the old state; its next message must build on what is stored now.
    await sam.type("De klant zei dat de taart mooi was")
    dossier = await dossier_of(store, sam.who.key)
    gedaan = dossier.experiences[0].entry.gedaan
    assert "taarten versieren" in gedaan
    assert "De klant zei" in gedaan
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        session = await view.sessions.current(student.id)
    assert session is not None
    assert session.state["node"] == "verbreden", "both answers count, in order; none was overwritten"
