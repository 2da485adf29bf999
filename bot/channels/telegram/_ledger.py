"""Telegram forgets an update once a getUpdates offset passes it: let the offset pass it once it is handled.

python-telegram-bot confirms a batch with its next getUpdates call, about 20 ms after fetching it, whatever
became of the updates. An update still waiting its turn then (behind the same student's previous one, or a
database another program holds for a moment) was lost when the process died: Telegram had been told it
arrived, and it was never stored. Here the offset stays at the oldest update fetched and not yet handled.
Telegram then sends the ones after it again with every poll; they are dropped here, before they are even
parsed, and a restart's redelivery is dropped by the turn receipts (ConversationService.handle).

An update that stays unhandled for a minute (a handler that hangs) no longer holds the offset: otherwise
Telegram's 100-update batches would fill with updates already here, and nobody else's would get through.
"""

from __future__ import annotations

import asyncio
import logging
import time

__all__ = ["UpdateLedger"]

log = logging.getLogger("loopbaanbot.telegram")

_STUCK_AFTER = 60.0


class UpdateLedger:
    """Which fetched updates are still being handled, and so how far getUpdates may confirm."""

    def __init__(self, stuck_after: float = _STUCK_AFTER) -> None:
        self._open: dict[int, float] = {}
        # Handled, not yet confirmed: Telegram sends them again until an offset passes them.
        self._done: set[int] = set()
        self._next = 0
        self._stuck_after = stuck_after
        self._stuck_logged: set[int] = set()
        self._progress = asyncio.Event()

    @property
    def open(self) -> int:
        """How many fetched updates are not handled yet."""
        return len(self._open)

    def offset(self, requested: int | None) -> int | None:
        """The offset for the next getUpdates: the oldest update still being handled, or past all fetched."""
        now = time.monotonic()
        waiting = [u for u, since in self._open.items() if now - since < self._stuck_after]
        for update_id in self._open.keys() - set(waiting) - self._stuck_logged:
            self._stuck_logged.add(update_id)
            log.warning("update %s is still being handled after a minute; not holding the others", update_id)
        if waiting:
            return min(waiting)
        if self._next == 0:
            return requested
        return max(requested or 0, self._next)

    def confirmed(self, offset: int | None) -> None:
        """A getUpdates call with this offset went out: Telegram forgot everything below it."""
        if offset:
            self._done = {u for u in self._done if u >= offset}

    def seen(self, update_id: int) -> bool:
        """Whether this update was fetched before (being handled, or handled and not yet confirmed)."""
        return update_id in self._open or update_id in self._done

    def fetched(self, update_id: int) -> None:
        """An update goes to be handled."""
        self._open[update_id] = time.monotonic()
        self._next = max(self._next, update_id + 1)

    def finished(self, update_id: int) -> None:
        """An update was handled (or handling it failed, which the error handler answered)."""
        if self._open.pop(update_id, None) is not None:
            self._stuck_logged.discard(update_id)
            # Kept until an offset passes it: a poll already on its way may bring it once more.
            self._done.add(update_id)
            self._progress.set()

    async def progress(self, within: float) -> None:
        """Wait until an update is handled, or `within` seconds pass."""
        self._progress.clear()
        if not self._open:
            return
        try:
            async with asyncio.timeout(within):
                await self._progress.wait()
        except TimeoutError:
            pass
