"""Cross-validated figures of the rules with the model, as the bot would answer (see _assess.py)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["figures"]


def figures(
    y: npt.NDArray[np.int_],
    rules: npt.NDArray[np.bool_],
    scores: npt.NDArray[np.float64],
    first: npt.NDArray[np.float64] | None,
    worth: npt.NDArray[np.bool_],
    thresholds: dict[str, float],
) -> dict[str, float]:
    """Rules alone and rules with the model (with its first pass unless `first` is None)."""
    signal, harmless = y == 1, y == 0
    scored = worth.copy()
    sure = np.zeros_like(rules)
    if first is not None:
        # The first pass settles these without the embedding: nothing, or (with a rule) the full help.
        scored &= ~((~rules & (first < thresholds["screen"])) | (rules & (first >= thresholds["sure"])))
        sure = rules & worth & (first >= thresholds["sure"])
    model = np.where(scored, scores, np.nan)
    with np.errstate(invalid="ignore"):
        full_help = sure | (rules & ~(model < thresholds["veto"])) | (model >= thresholds["full"])
        check_in = ~full_help & (rules | (model >= thresholds["check"]))
    return {
        "signals": float(signal.sum()),
        "harmless": float(harmless.sum()),
        "rules recall": float(rules[signal].mean()),
        "rules false alarms": float(rules[harmless].mean()),
        "combined recall": float((full_help | check_in)[signal].mean()),
        "combined full help recall": float(full_help[signal].mean()),
        "harmless full help": float(full_help[harmless].mean()),
        "harmless check-in": float(check_in[harmless].mean()),
        "embedded": float(scored.mean()),
    }
