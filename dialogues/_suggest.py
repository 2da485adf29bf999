"""'Did you mean ...?': the closest known name to a misspelt one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["closest"]

# difflib's ratio: 0.6 lets 'verdiepe' find 'verdiepen' and 'vraag' find nothing among the kinds.
_CUTOFF = 0.6


def closest(name: object, known: Iterable[str]) -> str | None:
    """The known name most like `name` (case is ignored), or None when none is close enough."""
    if not isinstance(name, str) or not name:
        return None
    candidates = [k for k in known if k != name]
    lowered = {k.lower(): k for k in candidates}
    if name.lower() in lowered:
        return lowered[name.lower()]
    found = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=_CUTOFF)
    return lowered[found[0]] if found else None
