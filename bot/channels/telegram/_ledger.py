"""Telegram forgets an update once a getUpdates offset passes it: let the offset pass it once it is handled.

python-telegram-bot confirms a batch with its next getUpdates call, about 20 ms after fetching it, whatever
became of the updates. An update still waiting its turn then (behind the same student's previous one, or a
database another program holds for a moment) was lost when the process died: Telegram had been told it
arrived, and it was never stored. Here the offset stays at the oldest update fetched and not yet handled.
Telegram then sends the ones after it again with every poll; they are dropped here, before they are even
parsed, and a restart's redelivery is dropped by the turn receipts (ConversationService.handle).

An update that stays unhandled for a minute (a handler that hangs) no longer holds the offset: otherwise
Telegram's 100-update batches would fill with updates already here, and nobody else's would get through.
Likewise, while many fetched updates wait their turn here (a busy moment), polling waits until some are
handled (`room`): every poll would otherwise bring all of them again, and only a few new ones.

By webhook, Telegram counts an update as delivered once its request is answered 200: the webhook waits
until the update is handled (`handled`), and answers 503 if that takes longer than 30 s, so Telegram sends
it again (a turn that was stored meanwhile is recognised by its receipt).
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

    def __init__(self, stuck_after: float = _STUCK_AFTER, *, polling: bool = True) -> None:
        self._polling = polling
        self._waiters: dict[int, asyncio.Future[None]] = {}
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

    def _waiting(self) -> list[int]:
        """The fetched updates not handled yet, except those stuck for longer than `stuck_after`."""
        now = time.monotonic()
        return [u for u, since in self._open.items() if now - since < self._stuck_after]

    def offset(self, requested: int | None) -> int | None:
        """The offset for the next getUpdates: the oldest update still being handled, or past all fetched."""
        waiting = self._waiting()
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
            if self._polling:
                # Kept until an offset passes it: a poll already on its way may bring it once more.
                self._done.add(update_id)
            waiter = self._waiters.pop(update_id, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(None)
            self._progress.set()

    async def handled(self, update_id: int, within: float) -> bool:
        """Wait until a fetched update is handled; False if `within` seconds came first (for the webhook)."""
        if update_id not in self._open:
            return True
        waiter = self._waiters.get(update_id)
        if waiter is None:
            waiter = self._waiters[update_id] = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(within):
                await asyncio.shield(waiter)
        except TimeoutError:
            return False
        return True

    async def room(self, most: int, within: float) -> None:
        """Wait until fewer than `most` fetched updates wait to be handled (stuck ones aside), or `within`
        seconds pass: they would all come again with the next poll, next to the few new ones."""
        deadline = time.monotonic() + within
        while len(self._open) >= most and len(self._waiting()) >= most:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            await self.progress(left)

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
