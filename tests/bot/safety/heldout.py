"""Held-out set 1 for the safety detector: retired, kept only so old imports keep working.

Set 1 was measured as a blind set (precision 0.89, recall 0.61 in BENCHMARKS.md) and then, on
2026-11-22, folded into the tuned corpus (`corpus.py`, entries marked "from held-out set 1") after the
detector was improved with general rules for what it had missed. Having been looked at, it can no longer
measure unseen text, so it exports nothing. The current blind set is `heldout2.py`.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["HELDOUT_NOT_TRIGGER", "HELDOUT_TRIGGER"]

HELDOUT_TRIGGER: tuple[tuple[str, str, SignalKind], ...] = ()
HELDOUT_NOT_TRIGGER: tuple[tuple[str, str], ...] = ()
