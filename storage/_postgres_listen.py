"""Broadcasts between the processes that share a PostgreSQL database: LISTEN on a connection of its own.

A message sent with NOTIFY reaches every process that listens on its channel (the one that sent it too).
The connection is watched and made again when it is lost (the server restarted): what was sent while it
was down is missed, so listeners must also look for themselves now and then (the web chat does, every
15 s); a broadcast is a wake-up, never the only way news arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import asyncpg

__all__ = ["Listener"]

log = logging.getLogger("loopbaanbot.storage")

# How often the connection is checked, and how long to wait before connecting again after a failure.
_CHECK_EVERY = 5.0
_RETRY_AFTER = 2.0


class Listener:
    """One LISTEN connection per process; callbacks by channel."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._callbacks: dict[str, list[Callable[[str], None]]] = {}
        self._conn: asyncpg.Connection | None = None
        self._keeper: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()

    async def subscribe(self, channel: str, callback: Callable[[str], None]) -> None:
        """Call `callback(payload)` for every notification on `channel`; waits for the first connection."""
        self._callbacks.setdefault(channel, []).append(callback)
        if self._keeper is None:
            self._keeper = asyncio.create_task(self._keep(), name="pg-listener")
        elif self._conn is not None and not self._conn.is_closed():
            await self._conn.add_listener(channel, self._heard)
        async with asyncio.timeout(15):
            await self._connected.wait()

    def _heard(self, _conn: object, _pid: int, channel: str, payload: object) -> None:
        for callback in self._callbacks.get(channel, ()):
            try:
                callback(str(payload))
            except Exception:  # a listener's bug must not stop the others
                log.exception("a broadcast listener failed")

    async def _keep(self) -> None:
        """Stay connected and listening; connect again whenever the connection is lost."""
        while True:
            try:
                conn = await asyncpg.connect(self._url, timeout=10)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                log.warning("broadcasts: cannot connect (%s); trying again", type(exc).__name__)
                await asyncio.sleep(_RETRY_AFTER)
                continue
            self._conn = conn
            try:
                for channel in list(self._callbacks):
                    await conn.add_listener(channel, self._heard)
                self._connected.set()
                while not conn.is_closed():
                    await asyncio.sleep(_CHECK_EVERY)
                    await conn.fetchval("SELECT 1", timeout=_CHECK_EVERY)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                log.warning("broadcasts: connection lost (%s); connecting again", type(exc).__name__)
            finally:
                self._conn = None
                if not conn.is_closed():
                    conn.terminate()
            # Everyone listening may have missed something: an empty message means "look for yourself".
            for callbacks in self._callbacks.values():
                for callback in callbacks:
                    with contextlib.suppress(Exception):
                        callback("")
            await asyncio.sleep(_RETRY_AFTER)

    async def close(self) -> None:
        """Stop listening; safe to call twice."""
        keeper, self._keeper = self._keeper, None
        if keeper is not None:
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            conn.terminate()
        self._callbacks.clear()
        self._connected.clear()
