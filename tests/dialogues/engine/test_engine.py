"""Each engine behaviour a student would notice, on the shipped scripts and small inline ones."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from dialogues import ScriptLibrary, ScriptVersion, Target, TextCatalog
from dialogues.engine import (
    ChoiceInput,
    CommandInput,
    Engine,
    Event,
    Finished,
    SaveContact,
    ScheduleCheckIn,
    SessionState,
    Store,
    TextInput,
    Turn,
    UnsupportedInput,
)
from tests.conftest import TODAY


class Driver:
    """Feeds events to the engine and keeps the state, like the conversation service does."""

    def __init__(
        self, engine: Engine, version: ScriptVersion, language: str = "nl", rotation: int = 0, **context: str
    ) -> None:
        self.engine = engine
        self.script = version.script
        self.turn = engine.start(
            version.script, script_hash=version.digest, language=language, context=context, rotation=rotation
        )  # type: ignore[arg-type]
        self.effects = list(self.turn.effects)

    @property
    def state(self) -> SessionState:
        return self.turn.state

    def send(self, event: Event | str) -> Turn:
        self.turn = self.engine.handle(
            self.script, self.state, TextInput(event) if isinstance(event, str) else event
        )
        self.effects += self.turn.effects
        return self.turn

    def text(self) -> str:
        return "\n".join(m.text for m in self.turn.messages)

    def stored(self, target: Target) -> list[object]:
        return [e.value for e in self.effects if isinstance(e, Store) and e.target is target]

    def to(self, node: str, answers: list[str]) -> None:
        for answer in answers:
            if self.state.node == node:
                return
            self.send(answer)
        assert self.state.node == node, f"stuck at {self.state.node}"


@pytest.fixture
def engine(engine_texts: TextCatalog) -> Engine:
    return Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(7))


@pytest.fixture
def reflect(library: ScriptLibrary) -> ScriptVersion:
    return library.current("reflecteren")


STORY_NL = ["1", "Bakkerij", "gisteren", "ja"]
STORY_EN = ["1", "Bakery", "yesterday", "yes"]


def test_an_emotion_in_the_small_story_is_named_and_the_moment_asked(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("Ik moest een klant helpen en ik was heel zenuwachtig")
    assert chat.state.node == "moment"
    assert "Je was zenuwachtig." in chat.text()
    assert "precies" in chat.text()


def test_without_an_emotion_the_bot_asks_how_it_felt(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("Ik moest dozen uitpakken en de schappen vullen")
    assert chat.state.node == "gevoel"
    assert "voelde" in chat.text().lower()
    chat.send("best gespannen eigenlijk")
    assert chat.state.node == "moment"
    assert "Je was gespannen." in chat.text()


def test_emotion_naming_in_english_and_with_negation(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect, language="en")
    chat.to("klein_verhaal", STORY_EN)
    chat.send("I had to answer the phone and I was really nervous")
    assert "You felt nervous." in chat.text()
    chat = Driver(engine, reflect, language="en")
    chat.to("klein_verhaal", STORY_EN)
    chat.send("I had to answer the phone and I was not confident at all")
    # Only what they did not feel: the bot asks instead of naming "not confident" as their feeling.
    assert chat.state.node == "gevoel"
    assert "confident" not in chat.text()


def test_a_non_answer_gets_one_gentle_follow_up_then_moves_on(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    followups = []
    for answer in ("weet niet", "niks"):
        chat.send(answer)
        followups.append(chat.text())
    assert chat.state.node != "klein_verhaal", "the student must never be trapped at one question"
    assert followups[0] != question
    assert "Hoe voelde jij je" in followups[1], "on to the next question"
    assert chat.stored(Target.ENTRY_GEDAAN) == [], "'weet niet' is not stored as the student's story"


def test_a_thin_answer_gets_at_most_two_follow_ups(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    for answer in ("leuk", "ging goed", "was oké"):
        chat.send(answer)
    assert chat.state.node != "klein_verhaal"
    assert chat.stored(Target.ENTRY_GEDAAN) == ["leuk\nging goed\nwas oké"]


def test_a_short_answer_is_kept_and_joined_with_the_follow_up(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("leuk")
    assert chat.state.node == "klein_verhaal"
    chat.send("Ik mocht zelf brood vlechten en dat lukte")
    assert chat.stored(Target.ENTRY_GEDAAN) == ["leuk\nIk mocht zelf brood vlechten en dat lukte"]


def test_keyword_is_never_filled_in_examples_are_offered_and_the_student_chooses(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to(
        "kernwoord",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken"],
    )
    chat.send("weet niet")
    assert chat.state.node == "kernwoord"
    [question] = chat.turn.messages
    labels = [o.label for o in question.options]
    assert len(labels) >= 4 and labels[-1] == "Ik typ zelf een woord"
    assert chat.stored(Target.ENTRY_KERNWOORD) == [], "the bot did not pick a word for the student"
    chat.send(ChoiceInput(seq=question.seq or 0, index=1))
    assert chat.stored(Target.ENTRY_KERNWOORD) == [labels[1]]


def test_keyword_own_word_button_then_typing(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to(
        "kernwoord",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken"],
    )
    chat.send("help")
    question = chat.turn.messages[-1]
    chat.send(ChoiceInput(seq=question.seq or 0, index=len(question.options) - 1))
    assert "Typ je eigen woord" in chat.text()
    chat.send("zorgzaam")
    assert chat.stored(Target.ENTRY_KERNWOORD) == ["zorgzaam"]


def test_a_stuck_student_moves_on_without_a_keyword(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to(
        "kernwoord",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken"],
    )
    for _ in range(3):
        chat.send("geen idee")
    assert chat.state.node == "stap_wat", "no key word, no loop: on to the next step"
    assert chat.stored(Target.ENTRY_KERNWOORD) == []


def test_a_long_keyword_is_asked_shorter_once(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to(
        "kernwoord",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken"],
    )
    chat.send("dat ik het fijn vind om dingen met mijn handen te maken")
    assert "één woord" in chat.text()
    chat.send("met mijn handen werken")
    assert chat.stored(Target.ENTRY_KERNWOORD) == ["met mijn handen werken"]


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


def test_help_explains_and_repeats_the_current_question(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    before = chat.state
    chat.send(CommandInput("help"))
    assert chat.turn.messages[-1].text == question
    assert "geen foute antwoorden" in chat.turn.messages[0].text
    assert chat.state.answers == before.answers and chat.state.node == before.node


def test_stop_pauses_keeps_everything_and_a_greeting_shows_where_we_were(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    chat.send(CommandInput("stop"))
    assert chat.state.status == "paused"
    assert "bewaard" in chat.text()
    chat.send("hoi")
    assert chat.state.status == "active"
    assert chat.turn.messages[0].text.startswith("Welkom terug")
    assert chat.turn.messages[-1].text == question
    assert chat.state.answers["waar"] == "Bakkerij"


def test_a_real_answer_after_a_pause_is_not_thrown_away(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send(CommandInput("stop"))
    chat.send("Ik moest de kassa doen en ik was zenuwachtig")
    assert chat.state.node == "moment"
    assert chat.stored(Target.ENTRY_GEDAAN) == ["Ik moest de kassa doen en ik was zenuwachtig"]


@pytest.mark.parametrize(
    ("kind", "expected"), [("voice", "typen"), ("sticker", "sticker"), ("photo", "tekst")]
)
def test_non_text_gets_a_kind_reply_and_the_question_again(
    engine: Engine, reflect: ScriptVersion, kind: str, expected: str
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    question = chat.turn.messages[-1].text
    chat.send(UnsupportedInput(kind))
    assert expected in chat.turn.messages[0].text.lower()
    assert chat.turn.messages[-1].text == question
    assert chat.state.node == "klein_verhaal"


def test_a_button_of_an_earlier_question_is_not_acted_on(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    first_question = chat.turn.messages[-1]
    chat.send(ChoiceInput(seq=first_question.seq or 0, index=0))
    state = chat.state
    turn = chat.send(ChoiceInput(seq=first_question.seq or 0, index=2))
    assert turn.outcome == "stale"
    assert turn.state == state
    assert chat.stored(Target.EXPERIENCE_KIND) == ["stage"]


def test_options_can_be_typed_by_number_or_word(engine: Engine, reflect: ScriptVersion) -> None:
    by_word = Driver(engine, reflect)
    by_word.send("meeloopdag")
    by_number = Driver(engine, reflect)
    by_number.send("2")
    assert (
        by_word.stored(Target.EXPERIENCE_KIND) == by_number.stored(Target.EXPERIENCE_KIND) == ["meeloopdag"]
    )
    unclear = Driver(engine, reflect)
    unclear.send("geen idee")
    assert unclear.state.node == "soort"
    assert "knoppen" in unclear.text()


def test_markup_and_long_text_are_kept_verbatim(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    story = "Ik was <b>trots</b> & blij_*[ 🙂 " + "x" * 5000
    chat.send(story)
    assert chat.stored(Target.ENTRY_GEDAAN) == [story]
    assert len(chat.text()) < 600, "an echo of a long answer is shortened"


def test_the_engine_is_deterministic_given_clock_and_seed(
    engine_texts: TextCatalog, reflect: ScriptVersion
) -> None:
    def transcript(seed: int, rotation: int = 0) -> list[str]:
        engine = Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(seed))
        chat = Driver(engine, reflect, rotation=rotation)
        out = [m.text for m in chat.turn.messages]
        for line in [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school"]:
            out += [m.text for m in chat.send(line).messages]
        return out

    assert transcript(3) == transcript(3)
    # The student's next conversations are worded differently: three in a row share no question.
    three = [set(transcript(3, rotation)) for rotation in range(3)]
    assert not three[0] & three[1] and not three[1] & three[2] and not three[0] & three[2]


def test_the_state_round_trips_through_json_mid_conversation(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("Ik was trots op mijn taart")
    restored = SessionState.model_validate_json(chat.state.model_dump_json())
    assert restored == chat.state
    a = engine.handle(reflect.script, restored, TextInput("de klant lachte"))
    b = engine.handle(reflect.script, chat.state, TextInput("de klant lachte"))
    assert a.state.node == b.state.node == "verbreden"


def test_a_prepared_experience_brings_its_goal_into_the_reflection(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(
        engine, reflect, doel="kijken of ik het werk leuk vind", ervaring="de meeloopdag bij de bakker"
    )
    text = "\n".join(m.text for m in chat.turn.messages)
    assert "kijken of ik het werk leuk vind" in text
    assert chat.state.node == "klein_verhaal", "the kind, place and date are already known"
