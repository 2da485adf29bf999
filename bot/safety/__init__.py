"""Safety signal detection for student messages: runs before the dialogue engine sees a message."""

from __future__ import annotations

from bot.safety._detector import Signal, SignalKind, detect_signal, is_retraction

__all__ = ["Signal", "SignalKind", "detect_signal", "is_retraction"]
