"""Rules first, then the model: how sure the bot is that a message signals distress, and about whom.

A clear signal gets the full help: the rules fire and the model does not firmly disagree (its score is
at least the "veto" threshold, which 95% of the rules' true hits reach), or the model alone is very sure. An
uncertain one gets a gentle check-in: the rules fire but the model finds it very unlikely (an idiom or a
lesson topic the rules did not foresee), or the model alone is fairly sure. Without a model (it could not
load) the rules decide alone, as before the model existed. Nothing here logs or keeps the text.

The embedding is the slow part (about 0.7 ms per token), so a model with a cheap first pass settles most
messages without it: no rule and a first pass below "screen" is nothing (out of fold, the full model found
almost none of those), a rule and a first pass of at least "sure" is the full help (out of fold, the full
model vetoed none of those). Only the rest is embedded.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol, runtime_checkable

from bot.safety._about import About, about
from bot.safety._detector import Signal, SignalKind, detect_signal
from bot.safety._errors import ModelUnavailableError
from bot.safety._score import MODEL_DIR, WORDS, ModelScore

__all__ = ["Assessment", "Assessor", "FirstPass", "Level", "Scorer", "load_assessor"]

log = logging.getLogger("loopbaanbot.safety")


class Level(StrEnum):
    """What the bot does with a message."""

    NONE = "none"
    CHECK = "check"
    FULL = "full"


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict on one message: never the text, only what to do and why."""

    level: Level
    kind: SignalKind | None = None
    about: About = About.SELF
    # The rule that fired (None when the model alone decided), and the model's probability (None without
    # a model, when the message was too short to score, or when the first pass settled it).
    rule: str | None = None
    score: float | None = None


_NOTHING = Assessment(Level.NONE)
# Longer messages go to `assess` whole, off the loop: the rules take about a millisecond per 200 characters.
_QUICK_CHARACTERS = 200


class Scorer(Protocol):
    """What the assessor needs of a model: a score and its two thresholds (SafetyModel, or a test's fake)."""

    check: float
    full: float
    veto: float

    def score(self, text: str) -> ModelScore:
        """The probability of a signal and the most likely kind."""
        ...


@runtime_checkable
class FirstPass(Protocol):
    """A model with a cheap first pass that settles a message without the embedding when it is sure."""

    screen: float
    sure: float

    def first_pass(self, text: str) -> float:
        """The first pass's probability of a signal."""
        ...


class Assessor:
    """Combines the rule-based detector with an optional trained model."""

    def __init__(self, model: Scorer | None) -> None:
        self.model = model
        # Checked once: a runtime Protocol check costs tens of microseconds, and this runs every message.
        self._first_pass = model if isinstance(model, FirstPass) else None

    def assess(self, text: str) -> Assessment:
        """Rules first, then the model; blocking (tens of ms with the model), so call it off the loop."""
        signal = detect_signal(text)
        return self._cheap(text, signal) or self._scored(text, signal)

    def settle(self, text: str) -> Assessment | None:
        """A short message's verdict when it needs no embedding (the rules and the first pass settle it,
        or the rules decide alone), else None: then `assess` embeds it, off the loop.

        For a chat message of up to WORDS words this takes a fraction of a millisecond, less than handing
        it to another thread costs; a longer one (the first pass weighs its words) is always None.
        """
        if len(text) > _QUICK_CHARACTERS or len(text.split()) > WORDS:
            return None
        return self._cheap(text, detect_signal(text))

    def _cheap(self, text: str, signal: Signal | None) -> Assessment | None:
        if self.model is None or not _worth_scoring(text):
            # The rules alone decide (no model, or a message too short to score).
            return _NOTHING if signal is None else self._full(text, signal)
        if self._settled(text, signal is not None):
            return _NOTHING if signal is None else self._full(text, signal)
        return None

    @staticmethod
    def _full(text: str, signal: Signal, score: float | None = None) -> Assessment:
        return Assessment(Level.FULL, signal.kind, about(text, signal.kind), signal.rule, score)

    def _scored(self, text: str, signal: Signal | None) -> Assessment:
        score = self._score(text)
        if signal is not None:
            full = score is None or self.model is None or score.probability >= self.model.veto
            probability = score.probability if score is not None else None
            if full:
                return self._full(text, signal, probability)
            return Assessment(Level.CHECK, signal.kind, about(text, signal.kind), signal.rule, probability)
        if score is None or self.model is None or score.probability < self.model.check:
            return _NOTHING
        # On the model's word alone the full help needs both its opinions sure: the full model and the first
        # pass. One of them sure is a check-in ("gaat het wel goed?"): "als ik er ben" and "ik bel hem" in
        # ordinary answers scored high on the full model alone, and a tap costs less than a false alarm.
        sure = score.probability >= self.model.full and self._first_pass_sure(text)
        level = Level.FULL if sure else Level.CHECK
        return Assessment(level, score.kind, about(text, score.kind), None, score.probability)

    def _first_pass_sure(self, text: str) -> bool:
        model = self._first_pass
        if model is None:
            return True  # a model without a first pass has one opinion: its own
        try:
            return model.first_pass(text) >= model.sure
        except Exception:
            return False

    def _settled(self, text: str, rule: bool) -> bool:
        """True when the first pass settles the message: nothing without a rule, the full help with one."""
        model = self._first_pass
        if model is None or not _worth_scoring(text):
            return False
        try:
            probability = model.first_pass(text)
        except Exception as exc:
            log.warning("safety model's first pass failed (%s): the full model decides", type(exc).__name__)
            return False
        return probability >= model.sure if rule else probability < model.screen

    def _score(self, text: str) -> ModelScore | None:
        if self.model is None or not _worth_scoring(text):
            return None
        try:
            return self.model.score(text)
        except Exception as exc:
            # A turn must never fail on the second opinion: the rules still decide. No text in the log.
            log.warning("safety model could not score a message (%s): rules only", type(exc).__name__)
            return None


def _worth_scoring(text: str) -> bool:
    # "1", "ja", "gisteren": one-word answers carry no story (and glued signals like "ikwildood" are the
    # rules' job); sparing the model them keeps turns fast and avoids a check-in on a date or a name.
    if len(text.split()) < 2:
        return False
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if letters == 4:
                return True
    return False


_lock = threading.Lock()
_loaded: Assessor | None = None


def load_assessor() -> Assessor:
    """The process-wide assessor: the model is loaded on the first call only; rules alone if it cannot."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = Assessor(_load_model())
        return _loaded


def _load_model() -> Scorer | None:
    if os.environ.get("SAFETY_MODEL", "").lower() in ("off", "0", "false", "no"):
        log.warning("safety model switched off (SAFETY_MODEL=off): the rules alone decide")
        return None
    began = time.perf_counter()
    before = _rss_mb()
    try:
        # Imported here: numpy and the model stay off the import path of commands that never score.
        from bot.safety._model import load_model

        model = load_model(MODEL_DIR)
        model.score("warm up")  # the first call maps the weights in; not a student's turn
    except ModelUnavailableError as exc:
        log.warning("safety model could not be loaded (%s): the rules alone decide", exc)
        return None
    log.info(
        "safety model loaded in %.2f s, memory +%.0f MB (thresholds: check-in %.2f, full help %.2f,"
        " first pass %.2f / %.2f)",
        time.perf_counter() - began,
        _rss_mb() - before,
        model.check,
        model.full,
        model.screen,
        model.sure,
    )
    return model


def _rss_mb() -> float:
    """Resident memory of this process now, in MB (0 where the platform cannot tell)."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
