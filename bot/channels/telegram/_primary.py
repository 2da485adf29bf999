"""Which instance is a Telegram bot's primary: it polls (Telegram refuses two getUpdates consumers) and sends
the bot's follow-ups (within the bot's one rate limit); the others stand by and take over when it is gone.

With PostgreSQL the primary holds a session lock named after the bot in the database; the server lets go
when the holder's connection ends (the process died, or was cut off), and the holder checks every few
seconds that it still has it, stopping its polling the moment it has not. SQLite and memory serve one
process, which is always the primary.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from storage import PostgresStore, Store

__all__ = ["Primary"]

log = logging.getLogger("loopbaanbot.telegram")

# How often the primary makes sure it still is, and how often a standby asks to become it. Two pollers can
# overlap at most this long after a primary was cut off; Telegram then refuses one of them (409).
CHECK_EVERY = 3.0


class Primary:
    """Becomes the primary when it can, and calls `started`/`stopped` as that changes."""

    def __init__(
        self,
        store: Store,
        bot_id: str,
        *,
        started: Callable[[], Awaitable[None]],
        stopped: Callable[[], Awaitable[None]],
        check_every: float = CHECK_EVERY,
    ) -> None:
        self._lock = store.session_lock(f"telegram:{bot_id}") if isinstance(store, PostgresStore) else None
        self._started = started
        self._stopped = stopped
        self._check_every = check_every
        self._keeper: asyncio.Task[None] | None = None
        self.is_primary = False

    async def begin(self) -> None:
        """Try once now (a lone instance is the primary at once), then keep trying or checking."""
        await self._try()
        self._keeper = asyncio.create_task(self._keep(), name="telegram-primary")

    async def _try(self) -> None:
        try:
            won = self._lock is None or await self._lock.acquire()
        except Exception as exc:  # the database is away: stand by, try again later
            log.warning("could not ask the database who polls Telegram (%s)", type(exc).__name__)
            return
        if won:
            self.is_primary = True
            log.info("this instance polls Telegram and sends its follow-ups")
            await self._started()

    async def _keep(self) -> None:
        if self._lock is None:
            return
        while True:
            await asyncio.sleep(self._check_every)
            if not self.is_primary:
                await self._try()
            elif not await self._lock.check(within=self._check_every):
                self.is_primary = False
                log.warning("lost the Telegram lock (the database connection ended): standing by")
                await self._stopped()

    async def end(self) -> None:
        """Stop trying and give the lock back (after the caller stopped polling)."""
        keeper, self._keeper = self._keeper, None
        if keeper is not None:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
        self.is_primary = False
        if self._lock is not None:
            await self._lock.release()
