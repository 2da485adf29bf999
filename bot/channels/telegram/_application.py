"""The python-telegram-bot Application: wiring, lifecycle, and running by polling or webhook."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from telegram import Bot, Update
from telegram.ext import Application, ApplicationBuilder, TypeHandler

from bot.runtime import tune_gc
from bot.wiring import App

from ._aiohttp import AiohttpRequest
from ._channel import TelegramChannel
from ._convert import CHANNEL
from ._outbox import Limits, Outbox
from ._processor import PerChatUpdateProcessor

__all__ = ["ALLOWED_UPDATES", "build_application", "connected", "file_url", "run", "running"]

# Edited messages are left out on purpose: the bot already answered the original (see README).
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
_DRAIN_SECONDS = 10.0

# Opt in to PTB 22's timedelta durations (e.g. RetryAfter.retry_after); without it, every 429 warns.
os.environ.setdefault("PTB_TIMEDELTA", "1")


def file_url(base_url: str) -> str:
    """The file-download base that belongs to a Bot API base ("…/bot" → "…/file/bot")."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


@asynccontextmanager
async def connected(app: App, *, limits: Limits | None = None) -> AsyncIterator[TelegramChannel]:
    """A channel that can send (not receive) on a connected Bot: `loopbaanbot nudges run`."""
    settings = app.settings
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    bot = Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        base_file_url=file_url(settings.telegram_api_base_url),
        request=AiohttpRequest(connection_pool_size=8),
    )
    channel = TelegramChannel(app.conversations, app.texts)
    async with bot:
        limits = limits or Limits(
            rate=settings.telegram_rate_limit, per_chat_rate=settings.telegram_chat_rate_limit
        )
        outbox = Outbox(bot, limits=limits, on_blocked=channel.blocked)
        channel.attach(outbox)
        try:
            yield channel
        finally:
            await outbox.drain(_DRAIN_SECONDS)


def build_application(
    app: App,
    *,
    concurrency: int | None = None,
    connection_pool: int | None = None,
    limits: Limits | None = None,
    follow_ups: bool = True,
) -> Application:  # type: ignore[type-arg]
    """An Application whose post_init opens the store and starts the follow-up scheduler.

    `follow_ups=False` leaves the scheduler off (tests that run the dispatcher by hand with a fake clock).
    """
    settings = app.settings
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    concurrency = concurrency or settings.telegram_concurrency
    limits = limits or Limits(
        rate=settings.telegram_rate_limit, per_chat_rate=settings.telegram_chat_rate_limit
    )
    channel = TelegramChannel(app.conversations, app.texts)

    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        await app.start()
        channel.attach(Outbox(application.bot, limits=limits, on_blocked=channel.blocked))
        app.dispatcher.attach(CHANNEL, channel)
        await channel.register_commands(application.bot)
        if follow_ups:
            await app.scheduler.start()
        tune_gc()

    async def post_stop(application: Application) -> None:  # type: ignore[type-arg]
        await app.scheduler.stop()
        # Still connected here: send what is queued before the HTTP client closes.
        await channel.outbox.drain(_DRAIN_SECONDS)

    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        await app.stop()

    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(file_url(settings.telegram_api_base_url))
        .concurrent_updates(PerChatUpdateProcessor(concurrency))
        .request(AiohttpRequest(connection_pool_size=connection_pool or concurrency))
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.add_handler(TypeHandler(Update, channel.on_update))
    application.add_error_handler(channel.on_error)
    application.bot_data["channel"] = channel
    return application


def run(app: App, *, webhook: bool) -> None:
    """Run until Ctrl-C or SIGTERM; PTB calls post_init/post_stop/post_shutdown around it."""
    application = build_application(app)
    settings = app.settings
    if not webhook:
        application.run_polling(
            allowed_updates=ALLOWED_UPDATES, poll_interval=settings.telegram_poll_interval
        )
        return
    if settings.telegram_webhook_url is None or settings.telegram_webhook_secret is None:
        raise ValueError("--webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
    application.run_webhook(
        listen=settings.telegram_webhook_listen,
        port=settings.telegram_webhook_port,
        url_path=urlsplit(settings.telegram_webhook_url).path.lstrip("/"),
        webhook_url=settings.telegram_webhook_url,
        secret_token=settings.telegram_webhook_secret.get_secret_value(),
        allowed_updates=ALLOWED_UPDATES,
    )


@asynccontextmanager
async def running(
    application: Application,  # type: ignore[type-arg]
    *,
    poll_timeout: float = 10.0,
    poll_interval: float = 0.0,
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """Run an Application by polling inside an existing event loop (tests and benchmarks).

    The same order as `run_polling`: initialize, post_init, start polling, start; then the reverse with
    post_stop before shutdown and post_shutdown last.
    """
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(
        allowed_updates=ALLOWED_UPDATES, timeout=int(poll_timeout), poll_interval=poll_interval
    )
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
