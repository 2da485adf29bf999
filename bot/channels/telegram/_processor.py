"""Updates of different chats are handled in parallel (bounded); updates of one chat strictly in order."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.conversation import KeyedLocks

from ._ledger import UpdateLedger

__all__ = ["PerChatUpdateProcessor"]


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """PTB's semaphore bounds the total; a lock per chat keeps each student's messages in arrival order.

    PTB hands updates to `process_update` in the order it received them and its semaphore is fair, so
    updates of one chat reach the chat's lock in that order too. Handling is short (replies are sent by
    the outbox, not here), so an update waiting for its chat holds a slot only briefly.
    """

    def __init__(self, max_concurrent_updates: int, *, ledger: UpdateLedger | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self._locks = KeyedLocks()
        self._ledger = ledger

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the handler for `update` after earlier updates of the same chat; tell the ledger when done."""
        try:
            chat = update.effective_chat if isinstance(update, Update) else None
            if chat is None:
                await coroutine
                return
            async with self._locks.hold(chat.id):
                await coroutine
        finally:
            # Handled, or failed and answered by the error handler: Telegram may forget it now.
            if self._ledger is not None and isinstance(update, Update):
                self._ledger.finished(update.update_id)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
