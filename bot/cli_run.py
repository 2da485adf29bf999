"""`loopbaanbot run`: the web app, plus Telegram when a token is set, in one process and one event loop.

On a database with nobody in it yet, `run` also prints one-time demo codes (a student, their mentor and a
coordinator), so someone trying the bot sees the whole product in a minute.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

from storage import Role, store_from_url

from .channels import Channel
from .codes import CLASS_CODE_LENGTH, format_code, new_code
from .config import Settings
from .instance import RunLock
from .runtime import tune_gc
from .signin import WEB_CHANNEL
from .wiring import App

__all__ = ["EXIT_USAGE", "demo_codes", "serve"]

EXIT_USAGE = 2


async def _before_telegram(settings: Settings) -> tuple[int, str] | None:
    """Open the database once, then ask Telegram who the bot is (getMe): None when both work, else the
    exit code and the line to print. A database that cannot be used raises StorageError.

    Done before the bot starts: python-telegram-bot's own first getMe failing ends in a traceback that
    quotes the token, and leaves its HTTP sessions open; and nobody should be told the bot is on Telegram
    when its database cannot be opened.
    """
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError, TelegramError

    from .channels.telegram import file_url

    store = store_from_url(
        settings.database_url,
        synchronous=settings.sqlite_synchronous,
        connections=settings.database_connections,
    )
    await store.open()  # also migrates, so the bot's own open is quick
    await store.close()
    assert settings.telegram_bot_token is not None
    base = settings.telegram_api_base_url
    bot = Bot(settings.telegram_bot_token.get_secret_value(), base_url=base, base_file_url=file_url(base))
    try:
        async with bot:  # getMe; the HTTP sessions are closed again also when it fails
            return None
    except InvalidToken:  # Telegram answers 401 (or 404 for a base URL that is no Bot API)
        return EXIT_USAGE, (
            "TELEGRAM_BOT_TOKEN was refused by Telegram: copy it again from @BotFather (/mybots, API Token),"
            " and check TELEGRAM_API_BASE_URL if you changed it."
        )
    except NetworkError as exc:
        host = urlsplit(base).hostname
        return 1, f"Telegram could not be reached at {host} ({type(exc).__name__}): check the network."
    except TelegramError as exc:
        return 1, f"Telegram did not accept the bot ({type(exc).__name__}): try again later."


async def demo_codes(app: App) -> list[tuple[str, str]]:
    """On a database with nobody in it: a mentor, and codes for a student of their class, the mentor and a
    coordinator (role label, code). Elsewhere: nothing."""
    from .web import WebChannel  # noqa: F401 - the web app makes the sign-in pages these codes are for

    async with app.store.read() as view:
        counts = await view.school.counts(since=app.clock.now())
        coordinators = await view.school.with_role(Role.COORDINATOR)
    if counts.students or counts.mentors or coordinators:
        return []
    signins = app.signins
    now = app.clock.now()
    async with app.store.transaction() as tx:
        from storage import StudentKey

        mentor = await tx.students.upsert(
            StudentKey(WEB_CHANNEL, new_code(16).lower()), display_name="Demo-mentor", language="nl", now=now
        )
        invite = new_code(12)
        await tx.school.create_invite(
            code=invite, name="Demo-mentor", created_by=None, now=now, expires_at=None
        )
        made = await tx.school.redeem_invite(
            invite, mentor.id, class_code=new_code(CLASS_CODE_LENGTH), now=now
        )
        assert made is not None
        [student] = await signins.create(
            tx, role=Role.STUDENT, name="Demo-leerling", class_code=made.class_code
        )
        [teacher] = await signins.create(tx, role=Role.MENTOR, person_id=mentor.id)
        [coordinator] = await signins.create(tx, role=Role.COORDINATOR, name="Demo-coördinator")
    return [("leerling", student), ("mentor", teacher), ("coördinator", coordinator)]


async def serve(settings: Settings, *, webhook: bool) -> int:
    """Run the web app (and Telegram when a token is set) until SIGTERM or Ctrl-C."""
    from telegram.error import InvalidToken

    from .channels import ChannelError
    from .runner import serving, wait_for_stop
    from .web import WebChannel
    from .wiring import build_app

    if settings.database_path is not None:
        # SQLite serves one bot process; a second `run` would poll Telegram twice and keep its own locks.
        run_lock = RunLock(settings.database_path)
        if not run_lock.acquire():
            print(
                f"loopbaanbot already runs on {settings.database_path}: one bot process per SQLite database"
                " (for several, use PostgreSQL: DATABASE_URL=postgresql://...).",
                file=sys.stderr,
            )
            return EXIT_USAGE
    app = build_app(settings)
    channels: list[Channel] = [WebChannel(app)]
    if settings.telegram_bot_token is not None:
        from .channels.telegram import TelegramBot

        try:
            channels.append(TelegramBot(app, webhook=webhook))
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return EXIT_USAGE
        refused = await _before_telegram(settings)
        if refused is not None:
            code, line = refused
            print(line, file=sys.stderr)
            return code
    elif webhook:
        print(
            "--webhook needs TELEGRAM_BOT_TOKEN (and TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        async with serving(app, channels):
            tune_gc()
            _announce(settings, webhook=webhook)
            for label, demo in await demo_codes(app):
                shown = format_code(demo)
                print(f"  {label + ':':<13} {shown}   {settings.web_address}/inloggen?code={shown}")
            await wait_for_stop()
    except InvalidToken:  # revoked in the moment since the check above
        print("TELEGRAM_BOT_TOKEN was refused by Telegram: copy it again from @BotFather.", file=sys.stderr)
        return EXIT_USAGE
    except ChannelError as exc:  # the webhook's address cannot be used here
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(
            f"The web app cannot listen on {settings.web_host}:{settings.web_port} ({exc.strerror}):"
            " set WEB_PORT to a free port, or stop what uses this one.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return 0


def _announce(settings: Settings, *, webhook: bool) -> None:
    print(f"loopbaanbot draait op {settings.web_address}  (stoppen: Ctrl-C)", flush=True)
    if settings.telegram_bot_token is not None:
        mode = "webhook" if webhook else "long polling"
        print(f"Telegram: aan ({mode}).", flush=True)
    else:
        print("Telegram: uit (geen TELEGRAM_BOT_TOKEN). De terminal-chat: python3 tasks.py chat", flush=True)
