"""One bot under test in its own process, like in production: `python -m bench._bot_process KIND ...`.

KIND is "loopbaanbot" or "echo"; it polls the given Bot API until SIGTERM. DATABASE is a SQLite file's
path or a `postgresql://` URL (the bot's store; the echo bot stores nothing).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.channels.telegram import Limits, TelegramBot
from bot.clock import SystemClock
from bot.config import Settings
from bot.runner import serving
from bot.runtime import tune_gc, use_fast_event_loop
from bot.wiring import build_app
from storage import PostgresStore, SqliteStore, Store

os.environ.setdefault("PTB_TIMEDELTA", "1")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message is not None and update.message.text is not None:
        await update.message.reply_text(update.message.text)


def _store(database: str) -> Store:
    if database.startswith("postgresql://"):
        return PostgresStore(database)
    return SqliteStore(Path(database))


def _application(
    kind: str, concurrency: int, poll_interval: float, token: str, base_url: str, database: str
) -> Any:
    if kind == "echo":
        echo: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder()
            .token(token)
            .base_url(base_url)
            .concurrent_updates(concurrency if concurrency > 1 else False)
            .build()
        )
        echo.add_handler(MessageHandler(filters.TEXT, _echo))
        return echo
    settings = Settings(_env_file=None, telegram_bot_token=SecretStr(token), telegram_api_base_url=base_url)
    app = build_app(settings, store=_store(database), clock=SystemClock(), rng=random.Random(1))
    # Limits off: the fake enforces none here, and the echo bot has none either.
    limits = Limits(rate=0, per_chat_rate=0)
    return TelegramBot(
        app, concurrency=concurrency, limits=limits, poll_interval=poll_interval, poll_timeout=1
    )


async def _serve(
    kind: str, concurrency: int, poll_interval: float, token: str, base_url: str, database: str
) -> None:
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    bot = _application(kind, concurrency, poll_interval, token, base_url, database)
    if isinstance(bot, TelegramBot):
        async with serving(bot.app, [bot]):
            tune_gc()
            await stop.wait()
        return
    await bot.initialize()
    assert bot.updater is not None
    await bot.updater.start_polling(timeout=1, poll_interval=poll_interval)
    await bot.start()
    tune_gc()
    await stop.wait()
    await bot.updater.stop()
    await bot.stop()
    await bot.shutdown()


if __name__ == "__main__":
    use_fast_event_loop()  # both bots, as `loopbaanbot run` would
    name, concurrency, interval, token, url, database = sys.argv[1:7]
    serve = _serve(name, int(concurrency), float(interval), token, url, database)
    profile = os.environ.get("BENCH_PROFILE")  # where to write a cProfile of the bot process, if set
    if profile:
        import cProfile

        cProfile.run("asyncio.run(serve)", profile)
    else:
        asyncio.run(serve)
