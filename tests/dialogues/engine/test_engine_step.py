"""The next step: its date confirmed in words, corrected kindly, or a check-in when unknown; then stored."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dialogues import ScriptVersion, Target
from dialogues.engine import ChoiceInput, Engine, Finished, SaveContact, ScheduleCheckIn
from tests.conftest import TODAY

from .driver import STORY_NL, Driver, to_step


def _to_step_date(chat: Driver) -> None:
    chat.to(
        "stap_wanneer",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken",
         "creatief", "bakker worden misschien", "Ik ga de bakker bellen voor nog een dag"],
    )  # fmt: skip


def test_the_date_is_confirmed_in_words_and_stored(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    chat.send("volgende week dinsdag")
    [confirm] = chat.turn.messages
    assert confirm.text == "Dinsdag 24 november, klopt dat?"  # weeks start on Monday: today is Sunday
    assert [o.value for o in confirm.options] == ["yes", "no"]
    chat.send(ChoiceInput(seq=confirm.seq or 0, index=0))
    assert chat.stored(Target.STEP_DUE) == [date(2026, 11, 24)]
    assert chat.state.node == "stap_wie"


def test_saying_no_to_the_date_asks_again(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    chat.send("vrijdag")
    chat.send("nee")
    assert "Welke dag" in chat.text()
    chat.send("over twee weken")
    assert "Zondag 6 december" in chat.text()
    chat.send("ja")
    assert chat.stored(Target.STEP_DUE) == [date(2026, 12, 6)]


def test_a_date_in_the_past_gets_a_kind_correction(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    chat.send("gisteren")
    assert chat.state.node == "stap_wanneer"
    assert "is al geweest" in chat.text()
    assert chat.stored(Target.STEP_DUE) == []


def test_a_date_far_beyond_the_horizon_is_asked_again_kindly_and_never_stored(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    chat.send("31-12-9999")
    assert chat.state.node == "stap_wanneer"
    assert "heel ver weg" in chat.text()
    chat.send("ja")  # not a confirmation of anything
    chat.send("vrijdag")
    chat.send("ja")
    assert chat.stored(Target.STEP_DUE) == [date(2026, 11, 27)]


def test_not_knowing_the_date_becomes_a_check_in_a_week_later(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    chat.send("weet ik nog niet")
    assert chat.state.node == "stap_wie"
    assert chat.stored(Target.STEP_DUE) == [None]
    assert [e.on for e in chat.effects if isinstance(e, ScheduleCheckIn)] == [TODAY + timedelta(days=7)]


def test_an_unreadable_date_three_times_never_traps_the_student(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    for answer in ("als ik tijd heb", "binnenkort", "ooit"):
        chat.send(answer)
    assert chat.state.node == "stap_wie"
    assert any(isinstance(e, ScheduleCheckIn) for e in chat.effects)


def test_a_full_reflection_ends_with_a_stored_next_step_and_contact(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    _to_step_date(chat)
    for answer in ("vrijdag", "ja", "mijn oom Kees", "appen", "dat ik het vergeet, dan zet ik een wekker"):
        chat.send(answer)
    assert chat.state.status == "finished"
    assert chat.stored(Target.STEP_WHAT) == ["Ik ga de bakker bellen voor nog een dag"]
    assert chat.stored(Target.STEP_DUE) == [date(2026, 11, 27)]
    assert [(e.name, e.role) for e in chat.effects if isinstance(e, SaveContact)] == [("Kees", "oom")]
    assert isinstance(chat.effects[-1], Finished)
    assert "dossier" in chat.text()


@pytest.mark.parametrize(
    "again", ["weet niet", "niks denk ik", "niks met kantoor iig", "ik zie wel", "meer durven"]
)
def test_niks_as_a_step_gets_one_nudge_then_no_step_and_no_follow_up(
    engine: Engine, reflect: ScriptVersion, again: str
) -> None:
    chat = Driver(engine, reflect)
    to_step(chat)
    chat.send("niks")
    assert "Bijvoorbeeld" in chat.text(), "one gentle nudge with examples"
    chat.send(again)
    assert chat.state.status == "finished"
    assert chat.stored(Target.STEP_WHAT) == [] and chat.stored(Target.STEP_DUE) == []
    assert not any(isinstance(e, ScheduleCheckIn) for e in chat.effects)
    assert "Top" not in chat.text() and "stap staan" not in chat.text()


def test_a_step_the_bot_cannot_place_is_kept_after_the_nudge(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    to_step(chat)
    chat.send("weet niet")
    chat.send("een rijles boeken")
    assert chat.stored(Target.STEP_WHAT) == ["een rijles boeken"]


def test_a_step_someone_else_takes_is_welcomed_and_the_students_own_asked(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    to_step(chat)
    chat.send("mijn moeder gaat bellen met Henk of ik in de zomer mag werken")
    assert "zelf" in chat.text() and "Bijvoorbeeld" in chat.text()
    assert chat.state.node == "stap_wat"
    chat.send("ik ga Henk zelf appen")
    assert chat.state.node == "stap_wanneer"
