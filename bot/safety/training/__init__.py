"""Training data for the safety model: written for training only, never used to evaluate it."""

from __future__ import annotations

from bot.safety.training._harmless import FEELINGS, SHORT
from bot.safety.training._harmless import HARMLESS as _SENTENCES
from bot.safety.training._signals_en import SIGNALS_EN
from bot.safety.training._signals_nl import SIGNALS_NL

__all__ = ["HARMLESS", "SHORT", "SIGNALS"]

SIGNALS = SIGNALS_NL + SIGNALS_EN
HARMLESS = _SENTENCES + FEELINGS + SHORT
