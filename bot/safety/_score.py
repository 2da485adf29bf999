"""What the model says about a message, and where its files are: light, so importing costs nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bot.safety._detector import SignalKind

__all__ = ["MODEL_DIR", "WORDS", "ModelScore"]

MODEL_DIR: Final = Path(__file__).parent / "model"
# The first pass's window, counted in words (it cannot count e5's tokens): about TOKENS tokens of chat
# (bot/safety/_window.py). A message this long or shorter is read by the first pass whole.
WORDS: Final = 16


@dataclass(frozen=True, slots=True)
class ModelScore:
    """How likely the model finds a signal (0-1) and which kind it thinks it would be."""

    probability: float
    kind: SignalKind
