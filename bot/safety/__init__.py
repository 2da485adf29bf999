"""Safety signal detection for student messages: runs before the dialogue engine sees a message.

`detect_signal` is the rule-based detector; `Assessor` adds the trained model's second opinion and says
what the bot should do (`Level`) and whom the signal is about (`About`).
"""

from __future__ import annotations

from bot.safety._about import About, about
from bot.safety._assess import Assessment, Assessor, Level, Scorer, load_assessor
from bot.safety._detector import Signal, SignalKind, detect_signal, is_retraction
from bot.safety._errors import ModelUnavailableError, SafetyError
from bot.safety._score import ModelScore

__all__ = [
    "About",
    "Assessment",
    "Assessor",
    "Level",
    "ModelScore",
    "ModelUnavailableError",
    "SafetyError",
    "Scorer",
    "Signal",
    "SignalKind",
    "about",
    "detect_signal",
    "is_retraction",
    "load_assessor",
]
