"""Everything the bot sends to Telegram goes through here: in order per chat, within Telegram's limits.

Replies and nudges are queued per chat and sent by a worker per chat, so a slow or rate-limited chat never
holds up update processing or other chats. Limits: about 30 messages/s overall and about one per second
per chat with short bursts (Telegram's guidance). A 429 is honoured (everyone waits `retry_after`) and the
message goes out afterwards, in order; 5xx answers and network errors before the request left are retried
with backoff; a 403 (the student blocked the bot) marks the student inactive and drops what was queued for
them. Nothing retries forever.

Never twice: the Bot API has no idempotency key, so a message whose request left but whose answer never
came (a read timeout, a connection reset while waiting) may or may not have reached Telegram. Such a
message is not sent again: a retry would show it twice whenever Telegram had it. The window is kept small
instead: Telegram's answer is awaited up to 30 s (a slow answer is not a lost one), and the count of these
messages is kept (`uncertain`) and logged. Edits are retried: editing twice shows nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram import Bot, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from ._aiohttp import AnswerLostError
from ._render import TelegramMessage

__all__ = ["Edit", "Job", "Limits", "Outbox", "Send", "SendFile", "TokenBucket"]

log = logging.getLogger("loopbaanbot.telegram.outbox")


@dataclass(frozen=True, slots=True)
class Send:
    """Send a message; `handover(True)` is awaited right before it leaves, `handover(False)` if it never will.

    The handover is how a follow-up gets recorded as sent at the last moment (see bot.nudges); when it
    returns False the message is not sent after all (its sender gave up waiting). Once handed over, a
    message is only retried when it certainly did not reach Telegram: never twice.
    """

    message: TelegramMessage
    handover: Callable[[bool], Awaitable[bool]] | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """Change a sent message: new HTML text (None keeps the text), keyboard removed."""

    message_id: int
    html: str | None = None


@dataclass(frozen=True, slots=True)
class SendFile:
    """Send a file (an export, a printable summary)."""

    filename: str
    data: bytes


Job = Send | Edit | SendFile


@dataclass(frozen=True, slots=True)
class Limits:
    """Sending limits; `rate` 0 switches limiting off (benchmarks against a local server)."""

    rate: float = 30.0
    burst: float = 30.0
    per_chat_rate: float = 1.0
    per_chat_burst: float = 3.0
    max_attempts: int = 6
    max_flood_waits: int = 20
    # Requests in flight at once (across chats); a slow answer from Telegram holds one for its duration.
    concurrent_requests: int = 16


class _BlockedError(Exception):
    """The student blocked the bot (403)."""


class TokenBucket:
    """`rate` tokens per second, at most `burst` saved up; waiters are served in order."""

    def __init__(self, rate: float, burst: float) -> None:
        self._rate = rate
        self._burst = burst
        self._tokens = burst
        self._stamp: float | None = None
        self._lock = asyncio.Lock()

    async def take(self) -> None:
        """Wait for a token."""
        if self._rate <= 0:
            return
        async with self._lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            if self._stamp is not None:
                self._tokens = min(self._burst, self._tokens + (now - self._stamp) * self._rate)
            self._stamp = now
            if self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self._rate)
                self._tokens = 1.0
                self._stamp = loop.time()
            self._tokens -= 1

    def full(self) -> bool:
        """Whether the bucket has refilled completely (forgetting it then changes nothing)."""
        if self._rate <= 0 or self._stamp is None:
            return True
        elapsed = asyncio.get_running_loop().time() - self._stamp
        return self._tokens + elapsed * self._rate >= self._burst


# Idle chats are kept while their per-chat bucket refills; beyond this many chats, the rest are swept.
_SWEEP_AT = 10_000


@dataclass
class _Chat:
    jobs: deque[Job] = field(default_factory=deque)
    bucket: TokenBucket | None = None
    worker: asyncio.Task[None] | None = None
    keyboard: int | None = None

    def idle(self) -> bool:
        """Nothing queued, no live keyboard, and the rate bucket refilled: nothing to remember."""
        return (
            self.worker is None
            and not self.jobs
            and self.keyboard is None
            and (self.bucket is None or self.bucket.full())
        )


class Outbox:
    """Ordered, rate-limited, retrying delivery to Telegram."""

    def __init__(
        self,
        bot: Bot,
        *,
        limits: Limits | None = None,
        on_blocked: Callable[[int], Awaitable[None]] | None = None,
    ) -> None:
        self._bot = bot
        self._limits = limits or Limits()
        self._global = TokenBucket(self._limits.rate, self._limits.burst)
        self._in_flight = asyncio.Semaphore(self._limits.concurrent_requests)
        self._chats: dict[int, _Chat] = {}
        self._on_blocked = on_blocked
        self._resume_at = 0.0
        self._idle = asyncio.Event()
        self._idle.set()
        self._working = 0  # chats with a worker (counted: every message ends one, among thousands of chats)
        self.sent = 0
        self.dropped = 0
        # Messages whose request left but whose answer never came: maybe delivered, never sent again.
        self.uncertain = 0
        # Counts for monitoring: Bot API answers that were errors (any), and of those the 429s.
        self.api_errors = 0
        self.floods = 0

    def put(self, chat_id: int, jobs: list[Job]) -> None:
        """Queue jobs for a chat; they go out after everything queued for that chat before."""
        if not jobs:
            return
        chat = self._chats.get(chat_id)
        if chat is None:
            if len(self._chats) >= _SWEEP_AT:
                self._sweep()
            chat = self._chats[chat_id] = _Chat()
            if self._limits.per_chat_rate > 0:
                chat.bucket = TokenBucket(self._limits.per_chat_rate, self._limits.per_chat_burst)
        chat.jobs.extend(jobs)
        if chat.worker is None:
            self._idle.clear()
            self._working += 1
            chat.worker = asyncio.create_task(self._work(chat_id, chat), name=f"outbox-{chat_id}")

    def _sweep(self) -> None:
        for chat_id in [key for key, chat in self._chats.items() if chat.idle()]:
            del self._chats[chat_id]

    def pressed(self, chat_id: int, message_id: int) -> None:
        """A keyboard was used; it is being removed, so it is no longer the chat's live keyboard."""
        chat = self._chats.get(chat_id)
        if chat is not None and chat.keyboard == message_id:
            chat.keyboard = None

    async def drain(self, within: float) -> bool:
        """Wait until everything queued is sent (or given up); False if `within` seconds came first."""
        try:
            async with asyncio.timeout(within):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True

    async def _work(self, chat_id: int, chat: _Chat) -> None:
        try:
            while chat.jobs:
                job = chat.jobs[0]
                try:
                    if isinstance(job, Send) and chat.keyboard is not None:
                        # One live keyboard per chat: the new message makes the old buttons history.
                        previous, chat.keyboard = chat.keyboard, None
                        await self._deliver(chat_id, chat, Edit(previous))
                    message_id = await self._deliver(chat_id, chat, job)
                except _BlockedError:
                    raise
                except Exception as exc:
                    # A bug must not stop this chat's worker: the rest of the queue still goes out.
                    log.error("sending to chat %s failed: %s", chat_id, type(exc).__name__)
                    self.dropped += 1
                    await _never_handed_over([job])
                    message_id = None
                chat.jobs.popleft()
                if isinstance(job, Send) and job.message.buttons and message_id is not None:
                    chat.keyboard = message_id
        except _BlockedError:
            log.info("chat %s blocked the bot; dropping %d queued message(s)", chat_id, len(chat.jobs))
            self.dropped += len(chat.jobs)
            dropped = list(chat.jobs)
            chat.jobs.clear()
            await _never_handed_over(dropped)
            chat.keyboard = None
            if self._on_blocked is not None:
                await self._on_blocked(chat_id)
        finally:
            chat.worker = None
            # A chat whose bucket is still refilling is kept: a new chat would start with a full burst.
            if chat.idle():
                self._chats.pop(chat_id, None)
            self._working -= 1
            if self._working == 0:
                self._idle.set()

    async def _deliver(self, chat_id: int, chat: _Chat, job: Job) -> int | None:
        """Send one job, retrying as the policy says; the message id of a sent message."""
        attempts = floods = 0
        handover = job.handover if isinstance(job, Send) else None
        while True:
            await self._wait_for_flood()
            if chat.bucket is not None:
                await chat.bucket.take()
            await self._global.take()
            handed_over = handover is None
            if handover is not None:
                # The last moment before the message can reach Telegram: record that it is sent now.
                try:
                    go = await handover(True)
                except Exception as exc:
                    log.error("recording a follow-up as sent failed (%s); not sending it", type(exc).__name__)
                    return self._give_up(chat_id, job, "could not record the follow-up")
                if not go:
                    return self._give_up(chat_id, job, "its sender no longer wants it sent")
                handover = None
                handed_over = True
            try:
                async with self._in_flight:
                    message_id = await self._call(chat_id, job)
            except RetryAfter as exc:
                floods += 1
                self.floods += 1
                self.api_errors += 1
                self._flood(exc.retry_after)
                if floods > self._limits.max_flood_waits:
                    return self._give_up(chat_id, job, "flood control kept asking to wait")
                continue
            except Forbidden:
                self.api_errors += 1
                raise _BlockedError from None
            except BadRequest as exc:
                self.api_errors += 1
                if isinstance(job, Edit) and _harmless_edit_error(exc):
                    return None
                return self._give_up(chat_id, job, f"refused: {exc.message}")
            except NetworkError as exc:
                self.api_errors += 1
                attempts += 1
                if not isinstance(job, Edit) and isinstance(exc, TimedOut | AnswerLostError):
                    # Telegram may have it already: never sent twice (see the module docstring).
                    self.uncertain += 1
                    return self._give_up(chat_id, job, f"network, maybe delivered: {type(exc).__name__}")
                if attempts >= self._limits.max_attempts:
                    return self._give_up(chat_id, job, f"network: {type(exc).__name__}")
                await asyncio.sleep(min(0.5 * 2 ** (attempts - 1), 20.0))
                continue
            except TelegramError as exc:
                self.api_errors += 1
                # Anything else Telegram says (a migrated chat, a revoked token): this job is lost, the chat's
                # worker goes on, and nothing waits for an answer that never comes.
                return self._give_up(chat_id, job, f"Telegram: {type(exc).__name__}")
            self.sent += 1
            assert handed_over
            return message_id

    async def _call(self, chat_id: int, job: Job) -> int | None:
        if isinstance(job, Send):
            html = job.message.html
            data: dict[str, object] = {"chat_id": chat_id, "text": html, "parse_mode": ParseMode.HTML}
            if job.message.buttons:
                rows = [[{"text": label, "callback_data": value}] for label, value in job.message.buttons]
                data["reply_markup"] = {"inline_keyboard": rows}
            sent = await self._api("sendMessage", data)
            return int(sent["message_id"])
        if isinstance(job, SendFile):
            document = await self._bot.send_document(chat_id, InputFile(job.data, filename=job.filename))
            return document.message_id
        if job.html is None:
            await self._api("editMessageReplyMarkup", {"chat_id": chat_id, "message_id": job.message_id})
        else:
            edit = {"chat_id": chat_id, "message_id": job.message_id, "text": job.html}
            await self._api("editMessageText", {**edit, "parse_mode": ParseMode.HTML})
        return job.message_id

    async def _api(self, endpoint: str, data: dict[str, object]) -> Any:
        """A Bot API call with Telegram's answer as JSON; errors as python-telegram-bot raises them.

        `send_message` and the like would build python-telegram-bot objects of every answer (a Message, its
        chat and keyboard: about a tenth of a millisecond each); only the message's id is used here.
        """
        return await self._bot._post(endpoint, data)

    def _flood(self, retry_after: int | timedelta) -> None:
        seconds = retry_after.total_seconds() if isinstance(retry_after, timedelta) else float(retry_after)
        loop = asyncio.get_running_loop()
        self._resume_at = max(self._resume_at, loop.time() + seconds)
        log.warning("Telegram flood control: pausing all sending for %.1f s", seconds)

    async def _wait_for_flood(self) -> None:
        delay = self._resume_at - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)

    def _give_up(self, chat_id: int, job: Job, why: str) -> int | None:
        self.dropped += 1
        log.error("giving up on a %s to chat %s: %s", type(job).__name__.lower(), chat_id, why)
        return None


async def _never_handed_over(jobs: list[Job]) -> None:
    """Tell the senders of these jobs they will not go out (a no-op for one already handed over)."""
    for job in jobs:
        if isinstance(job, Send) and job.handover is not None:
            await job.handover(False)


def _harmless_edit_error(exc: TelegramError) -> bool:
    """Editing a message that is already so, gone, or too old is nothing to worry about."""
    text = exc.message.lower()
    return any(part in text for part in ("not modified", "message to edit not found", "can't be edited"))
