"""Held-out set 2 for the safety detector: retired, kept only so old imports keep working.

Set 2 was written blind on 2026-11-22 and scored precision 0.90 and recall 0.64 before anyone looked at it.
Its misses were then studied in a tuning round, and on 2026-11-22, after the detector was improved with
general rules for what it had missed, it was folded into the tuned corpus (`corpus.py`, entries marked
"from held-out set 2") with its labels. Having been looked at, it can no longer measure unseen text, so it
exports nothing. The current blind set is `heldout3.py`.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["HELDOUT_NOT_TRIGGER", "HELDOUT_TRIGGER"]

HELDOUT_TRIGGER: tuple[tuple[str, str, SignalKind], ...] = ()
HELDOUT_NOT_TRIGGER: tuple[tuple[str, str], ...] = ()
