# The wait_* helpers take a timeout argument on purpose: a deadline is their whole API.
# ruff: noqa: ASYNC109
"""The test-side API of FakeBotApi: fault injection, inspection and waiting (the users are _bot_api_users)."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from typing import Any, TypeVar

from tests.fakes._bot_api_models import CallbackAnswer, Chaos, FakeMessage, Fault
from tests.fakes._bot_api_users import BotApiUsers

__all__ = ["BotApiHarness"]

_T = TypeVar("_T")


class BotApiHarness(BotApiUsers):
    """What tests do and check: play the users, inject faults, inspect and await the bot's calls."""

    # -------------------------------------------------------------------------- fault injection

    def fail_next(
        self,
        method: str,
        status: int = 500,
        retry_after: int | None = None,
        description: str | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` ("*" for any) fail with ``status``.

        429 carries ``parameters.retry_after`` (default 1); 502/503/504 come as nginx HTML pages
        like Telegram's front end sends; other statuses as Telegram JSON errors.
        """
        self._faults.append(
            Fault(
                method.lower(),
                "fail",
                times,
                chat_id,
                status,
                description=description,
                retry_after=retry_after,
            )
        )

    def drop_connection_next(
        self, method: str, *, times: int = 1, chat_id: int | None = None, after_processing: bool = False
    ) -> None:
        """Close the socket instead of answering; with after_processing the call still takes effect."""
        self._faults.append(Fault(method.lower(), "drop", times, chat_id, after_processing=after_processing))

    def stall_next(
        self,
        method: str,
        seconds: float,
        *,
        times: int = 1,
        chat_id: int | None = None,
        after_processing: bool = True,
    ) -> None:
        """Delay the answer by ``seconds`` (to provoke PTB's TimedOut); the call takes effect first."""
        self._faults.append(
            Fault(method.lower(), "stall", times, chat_id, seconds=seconds, after_processing=after_processing)
        )

    def chaos(self, method: str, chaos: Chaos | None) -> None:
        """Random faults for every call of ``method`` from now on (None: no more); queued faults go first."""
        if chaos is None:
            self._chaos.pop(method.lower(), None)
        else:
            self._chaos[method.lower()] = (chaos, random.Random(chaos.seed))

    def send_raw_update(self, raw: str) -> int:
        """Queue an update exactly as given (JSON text after "update_id"), as a server of another version
        or a broken proxy might send it; returns its update_id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        self._updates.append((update_id, f'{{"update_id":{update_id}{raw}}}'))
        poller = self._poller
        if poller is not None and not poller.done():
            poller.set_result("update")
        self._changed()
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Deliver a handled update again, as Telegram does when the bot died before confirming it."""
        encoded = next(text for number, text in self.delivered if number == update_id)
        self._updates.appendleft((update_id, encoded))
        poller = self._poller
        if poller is not None and not poller.done():
            poller.set_result("update")
        self._changed()

    # ------------------------------------------------------------------------------ inspection

    def messages(self, chat_id: int, *, include_deleted: bool = False) -> list[FakeMessage]:
        """The bot's messages in ``chat_id`` in send order, in their current (edited) state."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return []
        return [m for m in chat.bot_messages if include_deleted or not m.deleted]

    def chat_log(self, chat_id: int) -> list[FakeMessage]:
        """Every message of the chat (user's and bot's, deleted ones flagged) by message_id."""
        chat = self._chats.get(chat_id)
        return sorted(chat.messages.values(), key=lambda m: m.message_id) if chat else []

    @property
    def commands(self) -> dict[tuple[str, str], list[dict[str, str]]]:
        """Command lists by (canonical scope JSON, language_code)."""
        return {key: [dict(c) for c in value] for key, value in self._commands.items()}

    def get_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The commands set for a scope (default scope when None) and language."""
        key = json.dumps(scope or {"type": "default"}, sort_keys=True)
        return [dict(c) for c in self._commands.get((key, language_code), [])]

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        return len(self._updates)

    def callback_answer(self, callback_query_id: str) -> CallbackAnswer | None:
        """The callback query created by press_button (check ``.answered``)."""
        return self._callback_queries.get(callback_query_id)

    def assert_no_errors(self) -> None:
        """Raise AssertionError listing every request the fake rejected."""
        if self.errors:
            lines = "\n".join(
                f"  {e.method} -> {e.status} {e.description} (chat {e.chat_id})" for e in self.errors
            )
            raise AssertionError(f"FakeBotApi rejected {len(self.errors)} request(s):\n{lines}")

    def reset_records(self) -> None:
        """Forget sent/errors/injected/answered records (state such as messages is kept)."""
        self.sent.clear()
        self.errors.clear()
        self.injected.clear()
        self.answered_callbacks.clear()
        self.call_counts.clear()

    # --------------------------------------------------------------------------------- waiting

    async def wait_for(self, predicate: Callable[[], _T | None], timeout: float = 5.0) -> _T:
        """Wait until ``predicate()`` is truthy (re-checked on every state change); return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s; {self._summary()}")
            if self._change_event is None:
                self._change_event = asyncio.Event()
            event = self._change_event
            try:
                async with asyncio.timeout(remaining):
                    await event.wait()
            except TimeoutError:
                continue

    def _summary(self) -> str:
        last = [f"{r.method}({r.chat_id}): {r.text!r}" for r in self.sent[-3:]]
        errors = [f"{e.method}: {e.status} {e.description}" for e in self.errors[-3:]]
        return f"last calls {last}; rejected {errors}; pending updates {len(self._updates)}"

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 5.0) -> list[FakeMessage]:
        """Wait until the bot has sent ``count`` messages to the chat; return them all (deleted too)."""

        def enough() -> list[FakeMessage] | None:
            sent = self.messages(chat_id, include_deleted=True)
            return sent if len(sent) >= count else None

        return await self.wait_for(enough, timeout)

    async def next_bot_message(self, chat_id: int, timeout: float = 5.0) -> FakeMessage:
        """The next bot message in the chat not yet returned by this method (race-free cursor)."""
        chat = self._chat_state(chat_id)
        message = await self.wait_for(
            lambda: (
                chat.bot_messages[chat.read_cursor] if len(chat.bot_messages) > chat.read_cursor else None
            ),
            timeout,
        )
        chat.read_cursor += 1
        return message

    def mark_read(self, chat_id: int) -> None:
        """Move the next_bot_message cursor past everything sent so far."""
        chat = self._chat_state(chat_id)
        chat.read_cursor = len(chat.bot_messages)

    async def wait_for_answer(self, callback_query_id: str, timeout: float = 5.0) -> CallbackAnswer:
        """Wait until the bot answered the callback query."""

        def answered() -> CallbackAnswer | None:
            query = self._callback_queries.get(callback_query_id)
            return query if query is not None and query.answered else None

        return await self.wait_for(answered, timeout)

    async def wait_until_fetched(self, timeout: float = 5.0) -> None:
        """Wait until every queued update was fetched and confirmed by the bot's getUpdates."""
        await self.wait_for(lambda: not self._updates, timeout)
