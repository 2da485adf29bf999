"""Two answers, not one: a check-in with buttons when unsure; fitting words for a friend or the past."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from bot.conversation import Menu, Pressed
from bot.safety import Assessor, ModelScore, SignalKind
from bot.wiring import App
from storage import Store
from tests.bot.chat import Chat

from .conftest import REFLECTION

# The answer at step 6 of the reflection, which the fake model finds worrying but not clearly so.
UNSURE = REFLECTION[5]
MARKER = "GEHEIM-MARKER-7"


class FakeModel:
    """A model with fixed scores: 0.6 (check-in) for the texts it is given, 0.95 (full) for CLEAR ones."""

    check = 0.5
    full = 0.9
    veto = 0.005

    def __init__(self, unsure: set[str], kind: SignalKind = SignalKind.SELF_HARM) -> None:
        self.unsure = unsure
        self.kind = kind

    def score(self, text: str) -> ModelScore:
        if "CLEAR" in text:
            return ModelScore(0.95, self.kind)
        return ModelScore(0.6 if text in self.unsure else 0.01, self.kind)


@pytest.fixture
def unsure(app: App) -> None:
    app.conversations.safety.assessor = Assessor(FakeModel({UNSURE, f"{MARKER} ik voel me raar"}))


async def _events(store: Store) -> list[tuple[str, int]]:
    async with store.read() as view:
        counts = await view.school.counts(since=datetime(2000, 1, 1, tzinfo=UTC))
    return sorted(counts.safety.items())


@pytest.mark.usefixtures("unsure")
async def test_an_uncertain_message_gets_a_check_in_with_buttons_not_an_alarm(
    sam: Chat, store: Store
) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    text = sam.text()
    assert "Ik lees dit even goed: gaat het wel goed met je?" in text
    assert "113" not in text, "no alarm for an uncertain message"
    labels = [b.label for r in sam.replies for b in r.buttons]
    assert labels == ["Gaat wel", "Niet zo goed"]
    assert await _events(store) == [("check_in", 1)]


@pytest.mark.usefixtures("unsure")
async def test_gaat_wel_goes_on_where_the_student_was_with_their_message_as_the_answer(
    sam: Chat, store: Store
) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.press("Gaat wel")
    text = sam.text()
    assert "Fijn om te horen" in text
    assert "Je was trots" in text, "the message counted as the answer to the question"
    await sam.type(REFLECTION[6])
    assert "Ik lees dit even goed" not in sam.text()
    assert await _events(store) == [("check_in", 1), ("check_in_fine", 1)]


@pytest.mark.usefixtures("unsure")
async def test_a_typed_gaat_wel_works_like_the_button(sam: Chat) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.type("gaat wel hoor")
    assert "Je was trots" in sam.text()


@pytest.mark.usefixtures("unsure")
async def test_niet_zo_goed_gives_the_full_help_for_the_kind_the_model_thought_likely(
    sam: Chat, store: Store
) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.press("Niet zo goed")
    text = sam.text()
    assert "Je verdient hulp en steun" in text, "the self-harm words"
    assert "113" in text and "0800-0432" in text
    assert await _events(store) == [("check_in", 1), ("check_in_help", 1), ("self_harm", 1)]
    await sam.command("verder")
    assert "Je was trots" not in sam.text(), "the worrying message is not taken as an answer"


@pytest.mark.usefixtures("unsure")
async def test_a_typed_nee_gives_the_help_too(sam: Chat) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.type("nee niet echt")
    assert "0800-0432" in sam.text()


@pytest.mark.usefixtures("unsure")
async def test_a_joke_after_a_check_in_is_answered_kindly_and_recorded(sam: Chat, store: Store) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.type("grapje haha")
    text = sam.text()
    assert "Als er toch iets is" in text
    assert "/hulplijnen" in text
    assert await _events(store) == [("check_in", 1), ("check_in_joke", 1)]


@pytest.mark.usefixtures("unsure")
async def test_a_second_worrying_message_instead_of_an_answer_gets_the_full_help(sam: Chat) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.type(f"{MARKER} ik voel me raar")
    assert "0800-0432" in sam.text()


@pytest.mark.usefixtures("unsure")
async def test_an_old_niet_zo_goed_button_still_gives_help(sam: Chat) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(UNSURE)
    await sam.command("verder")
    await sam.send(Pressed(Menu("veilig", "check|slecht|999")))
    assert "0800-0432" in sam.text()


async def test_a_model_alone_that_is_sure_gives_the_full_help(app: App, sam: Chat) -> None:
    app.conversations.safety.assessor = Assessor(FakeModel(set(), SignalKind.BULLYING))
    await sam.type("CLEAR iets wat geen regel kent")
    text = sam.text()
    assert "Pesten is nooit jouw schuld" in text


async def test_a_friend_in_danger_gets_words_on_how_to_help(sam: Chat, store: Store) -> None:
    await sam.type("mijn vriendin wil niet meer leven")
    text = sam.text()
    assert "Houd het niet geheim" in text and "voor jullie allebei" in text
    assert "113" in text
    assert await _events(store) == [("suicide", 1)]


async def test_past_distress_is_acknowledged_and_asked_about_now(sam: Chat, store: Store) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type("vorig jaar wilde ik dood")
    text = sam.text()
    assert "Dat klinkt als een heel zware tijd" in text
    assert "113" in text, "the help lines at once"
    assert "Hoe gaat het nu met je?" in text
    await sam.press("Niet zo goed")
    assert "Het klinkt alsof het nu heel zwaar is" in sam.text()


async def test_an_uncertain_story_in_the_past_tense_gets_the_plain_check_in(
    app: App, sam: Chat, store: Store
) -> None:
    story = "vorig jaar was ik doodsbang in het rookhuis, daarna supertrots"
    app.conversations.safety.assessor = Assessor(FakeModel({story}, SignalKind.SUICIDE))
    await sam.say(*REFLECTION[:5])
    await sam.type(story)
    text = sam.text()
    assert "gaat het wel goed met je?" in text
    assert "zware tijd" not in text and "113" not in text, "no help lines for an uncertain past story"
    assert await _events(store) == [("check_in", 1)]


async def test_past_distress_a_rule_finds_keeps_the_help_lines_when_the_model_doubts_it(
    app: App, sam: Chat
) -> None:
    doubting = FakeModel(set(), SignalKind.BULLYING)
    doubting.veto = 0.5  # the model's 0.01 is below it: the rule's hit becomes a check-in
    app.conversations.safety.assessor = Assessor(doubting)
    await sam.say(*REFLECTION[:5])
    await sam.type("in groep 7 werd ik gepest")
    text = sam.text()
    assert "Dat klinkt als een heel zware tijd" in text and "Hoe gaat het nu met je?" in text


@pytest.mark.parametrize(
    "idiom",
    [
        "ik ga dood van het lachen",
        "als mijn moeder mijn rapport ziet vermoordt ze me 😂",
        "die toets was killing",
    ],
)
async def test_idioms_stay_quiet(sam: Chat, store: Store, idiom: str) -> None:
    await sam.say(*REFLECTION[:5])
    await sam.type(idiom)
    assert "113" not in sam.text() and "Ik lees dit even goed" not in sam.text()
    assert await _events(store) == []


@pytest.mark.usefixtures("unsure")
async def test_nothing_the_student_wrote_reaches_the_log(sam: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await sam.say(*REFLECTION[:5])
    await sam.type(f"{MARKER} ik voel me raar")
    await sam.type(f"{MARKER} ik wil dood")
    assert "safety" in caplog.text, "the events are logged"
    assert MARKER not in caplog.text
