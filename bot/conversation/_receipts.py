"""Which delivered updates this process handled, so the database is asked only about the ones it may know.

A store one process owns (SQLite: `loopbaanbot run` locks the file; `shared` is False) gets its receipts
from that process only while it runs. An update with an id above every receipt of its source when the
process began, and that the process has not handled since, is new without asking: a channel's ids only
grow (Telegram's start lower again after a week without updates; those are asked about, like anything at
or below that mark). What Telegram sends again after a restart has an id the database knows. On a shared
store other instances note receipts too: the turn asks the database (in its first read) every time.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from storage import Transaction

from ._entities import Receipt

__all__ = ["HandledUpdates"]

# Updates remembered per source (ids only); older ones are asked about again. About an hour at school rates.
_KEEP = 10_000


@dataclass
class _Source:
    mark: int | None = None
    known: bool = False
    handled: set[int] = field(default_factory=set)
    order: deque[int] = field(default_factory=deque)


class HandledUpdates:
    """The updates this process handled (for a store no other process writes receipts to)."""

    def __init__(self, keep: int = _KEEP) -> None:
        self._keep = keep
        self._sources: dict[str, _Source] = {}

    async def seen(self, reads: Transaction, receipt: Receipt) -> bool:
        """Whether the update was handled before: by this process, or (if it may be) as the database says."""
        source = self._sources.setdefault(receipt.source, _Source())
        if not source.known:
            # Once per source: the highest id handled before this process began (or before `handled` let go).
            latest = await reads.receipts.latest(receipt.source)
            if not source.known:
                source.mark, source.known = latest, True
        if receipt.update_id in source.handled:
            return True
        if source.mark is not None and receipt.update_id <= source.mark:
            return await reads.receipts.seen(receipt.source, receipt.update_id)
        return False

    def handled(self, receipt: Receipt) -> None:
        """The update's turn is committed (its receipt with it)."""
        source = self._sources.setdefault(receipt.source, _Source())
        if receipt.update_id in source.handled:
            return
        source.handled.add(receipt.update_id)
        source.order.append(receipt.update_id)
        while len(source.order) > self._keep:
            oldest = source.order.popleft()
            source.handled.discard(oldest)
            # Forgotten here, so from now on the database is asked about it (and everything below it).
            source.mark = oldest if source.mark is None else max(source.mark, oldest)
