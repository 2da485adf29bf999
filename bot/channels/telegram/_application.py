"""The Telegram channel's lifecycle: connect, take updates (polling or webhook), drain, disconnect."""

from __future__ import annotations

import asyncio
import os
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, TypeHandler

from bot.channels import Channel, ChannelError
from bot.config import Settings
from bot.delivery import Courier
from bot.wiring import App

from ._aiohttp import AiohttpRequest
from ._channel import HANDOVER_WAIT, TelegramChannel
from ._convert import CHANNEL
from ._ledger import UpdateLedger
from ._outbox import Limits, Outbox
from ._primary import Primary
from ._processor import PerChatUpdateProcessor
from ._updates import BACKLOG, SafeBot, UpdateReader
from ._webhook import MAX_UPDATE_BYTES, webhook_handler

__all__ = ["ALLOWED_UPDATES", "TelegramBot", "file_url"]

# Edited messages are left out on purpose: the bot already answered the original (see README).
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
_DRAIN_SECONDS = 10.0

# Opt in to PTB 22's timedelta durations (e.g. RetryAfter.retry_after); without it, every 429 warns.
os.environ.setdefault("PTB_TIMEDELTA", "1")


def file_url(base_url: str) -> str:
    """The file-download base that belongs to a Bot API base ("…/bot" → "…/file/bot")."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


def _limits(settings: Settings) -> Limits:
    return Limits(rate=settings.telegram_rate_limit, per_chat_rate=settings.telegram_chat_rate_limit)


class TelegramBot(Channel):
    """python-telegram-bot's Application, driven by the runner instead of `run_polling`.

    Updates come by long polling, or with `webhook=True` by the webhook (TELEGRAM_WEBHOOK_URL and
    TELEGRAM_WEBHOOK_SECRET); `serve=False` only sends (`loopbaanbot nudges run`). With several instances
    on one PostgreSQL database, one of them is the bot's primary (bot/channels/telegram/_primary.py): it
    polls and sends the follow-ups; the others answer webhook updates and deliver what their own turns
    send, and one of them takes over when the primary is gone.
    """

    name = CHANNEL

    def __init__(
        self,
        app: App,
        *,
        webhook: bool = False,
        concurrency: int | None = None,
        connection_pool: int | None = None,
        limits: Limits | None = None,
        poll_interval: float | None = None,
        poll_timeout: float = 10.0,
    ) -> None:
        settings = app.settings
        if settings.telegram_bot_token is None:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        if webhook and (settings.telegram_webhook_url is None or settings.telegram_webhook_secret is None):
            raise ValueError("--webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
        concurrency = concurrency or settings.telegram_concurrency
        self.app = app
        self._settings = settings
        self._webhook = webhook
        self._poll_interval = settings.telegram_poll_interval if poll_interval is None else poll_interval
        self._poll_timeout = poll_timeout
        self.reader = UpdateReader()
        # An update is confirmed to Telegram only once it is handled, polling or by webhook (see _ledger).
        self.ledger = UpdateLedger(polling=not webhook)
        bot = SafeBot(
            settings.telegram_bot_token.get_secret_value(),
            base_url=settings.telegram_api_base_url,
            base_file_url=file_url(settings.telegram_api_base_url),
            request=AiohttpRequest(connection_pool_size=connection_pool or max(concurrency, 16)),
            get_updates_request=AiohttpRequest(connection_pool_size=1),
            reader=self.reader,
            ledger=self.ledger,
            backlog=max(BACKLOG, 4 * concurrency),
        )
        processor = PerChatUpdateProcessor(concurrency, ledger=self.ledger)
        builder = ApplicationBuilder().bot(bot).concurrent_updates(processor)
        if webhook:
            builder = builder.updater(None)
        self.application: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        self._site: web.AppRunner | None = None
        wait = min(HANDOVER_WAIT, settings.claim_lease_seconds / 2)
        self.channel = TelegramChannel(app.conversations, app.texts, handover_wait=wait)
        outbox = Outbox(
            self.application.bot, limits=limits or _limits(settings), on_blocked=self.channel.blocked
        )
        self.channel.attach(outbox)
        app.metrics.counter(
            "loopbaanbot_telegram_api_errors_total",
            "Bot API calls answered with an error.",
            lambda: outbox.api_errors,
        )
        app.metrics.counter(
            "loopbaanbot_telegram_429_total",
            "Bot API calls answered 429 (wait and retry).",
            lambda: outbox.floods,
        )
        self.application.add_handler(TypeHandler(Update, self.channel.on_update))
        self.application.add_error_handler(self.channel.on_error)
        self._opened = False
        self._serving = False
        self._polling = asyncio.Lock()
        bot_id = settings.telegram_bot_token.get_secret_value().split(":", 1)[0]
        self.primary = Primary(app.store, bot_id, started=self._became_primary, stopped=self._stop_polling)
        self.channel.standby = lambda: not self.primary.is_primary

    @property
    def courier(self) -> Courier:
        """The channel: follow-ups, summaries and safety messages go out through its outbox."""
        return self.channel

    async def open(self) -> None:
        """Listen for the webhook (if used), connect (getMe), register the command menus, and find out
        whether this instance is the primary.

        The webhook's address is taken first, before anything else starts: a port in use or an address
        this machine does not have is a ChannelError, one line for whoever starts the bot.
        """
        if self._webhook:
            await self._listen()
        await self.application.initialize()
        self._opened = True
        # Deep links (t.me/<bot>?start=klas-CODE) need the bot's username, which getMe just gave.
        self.app.links.bot_username = self.application.bot.username
        await self.channel.register_commands(self.application.bot)
        await self.primary.begin()

    async def serve(self) -> None:
        """Tell Telegram the webhook's address (it is listening since `open`), or poll for updates as the
        primary (or stand by until this instance is: another one polls this bot)."""
        application = self.application
        if self._webhook:
            # Every instance takes the updates Telegram posts to it; only the primary sends follow-ups.
            settings = self._settings
            assert settings.telegram_webhook_url is not None
            assert settings.telegram_webhook_secret is not None
            await application.bot.set_webhook(
                settings.telegram_webhook_url,
                secret_token=settings.telegram_webhook_secret.get_secret_value(),
                allowed_updates=ALLOWED_UPDATES,
            )
        await application.start()
        self._serving = True
        if self.primary.is_primary and not self._webhook:
            await self._start_polling()

    async def _became_primary(self) -> None:
        if self._serving and not self._webhook:
            await self._start_polling()
        # Follow-ups of this bot's students are this instance's to send now: look for due ones.
        self.app.scheduler.wake_at(self.app.clock.now())

    async def _start_polling(self) -> None:
        updater = self.application.updater
        assert updater is not None
        async with self._polling:
            if not updater.running and self._serving:
                await updater.start_polling(
                    allowed_updates=ALLOWED_UPDATES,
                    timeout=int(self._poll_timeout),
                    poll_interval=self._poll_interval,
                )

    async def _stop_polling(self) -> None:
        updater = self.application.updater
        async with self._polling:
            if updater is not None and updater.running:
                await updater.stop()

    async def _listen(self) -> None:
        settings = self._settings
        assert settings.telegram_webhook_url is not None
        assert settings.telegram_webhook_secret is not None
        secret = settings.telegram_webhook_secret.get_secret_value()
        handler = webhook_handler(
            secret, self.application.bot, self.reader, self.application.update_queue.put, self.ledger
        )
        server = web.Application(client_max_size=MAX_UPDATE_BYTES)
        server.router.add_post(urlsplit(settings.telegram_webhook_url).path or "/", handler)
        runner = web.AppRunner(server, access_log=None, handle_signals=False)
        await runner.setup()
        listen, port = settings.telegram_webhook_listen, settings.telegram_webhook_port
        site = web.TCPSite(runner, listen, port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            reason = exc.strerror or type(exc).__name__
            raise ChannelError(
                f"Cannot listen for Telegram's webhook on {listen}:{port} ({reason}): check"
                " TELEGRAM_WEBHOOK_LISTEN (an address of this machine) and TELEGRAM_WEBHOOK_PORT (another"
                " program may be using it)."
            ) from None
        except BaseException:
            await runner.cleanup()
            raise
        self._site = runner

    async def pause(self) -> None:
        """Stop polling and let the updates being handled finish."""
        if not self._serving:
            return
        self._serving = False
        await self._stop_polling()
        if self._site is not None:
            await self._site.cleanup()
            self._site = None
        await self.application.stop()

    async def close(self) -> None:
        """Send what is queued (up to 10 s), then close the HTTP clients."""
        if self._site is not None:  # listening, but never served (something after `open` failed)
            await self._site.cleanup()
            self._site = None
        if not self._opened:
            return
        self._opened = False
        await self.channel.outbox.drain(_DRAIN_SECONDS)
        # Only now: the primary sends its queued follow-ups before another instance may take over.
        await self.primary.end()
        await self.application.shutdown()
