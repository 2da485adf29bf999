"""`loopbaanbot run` with a schools file: every school's App in one process and one event loop.

One web server picks the school by host name; each school has its own store, scheduler and (with a token)
Telegram bot. A school's database that cannot be used, or a token Telegram refuses, stops the start with
one line naming the school, before anything listens.
"""

from __future__ import annotations

import logging
import sys

from dialogues import ScriptError

from .channels import Channel, ChannelError
from .cli_run import EXIT_USAGE, _before_telegram, demo_codes
from .codes import format_code
from .config import Settings
from .instance import RunLock
from .runtime import tune_gc
from .school_log import tag_log_lines
from .schools import School, Schools
from .wiring import App

__all__ = ["serve_schools"]

log = logging.getLogger("loopbaanbot")


async def serve_schools(schools: Schools, *, webhook: bool) -> int:
    """Run every school's web app (and Telegram bot) until SIGTERM or Ctrl-C."""
    locks: list[RunLock] = []
    try:
        return await _serve(schools, locks, webhook=webhook)
    finally:
        for lock in locks:
            lock.release()


async def _serve(schools: Schools, locks: list[RunLock], *, webhook: bool) -> int:
    from telegram.error import InvalidToken

    from .runner import serving_many, wait_for_stop
    from .web import WebChannel
    from .web._schools import SchoolsWebServer
    from .wiring import build_app

    base = schools.base
    if not schools.schools:
        print(f"{schools.path} lists no schools: add one with loopbaanbot schools add.", file=sys.stderr)
        return EXIT_USAGE
    if base.coordinator_ids.strip():
        log.warning(
            "COORDINATOR_IDS is for one school: with several, set coordinator_ids under a school's settings"
        )
    if base.oidc:
        log.warning(
            "OIDC_ISSUER and OIDC_CLIENT_ID are for one school: with several, set oidc_issuer, oidc_client_id"
            " and oidc_client_secret under each school's settings"
        )
    clash = _webhook_clash(schools) if webhook else None
    if clash is not None:
        print(clash, file=sys.stderr)
        return EXIT_USAGE
    apps: list[tuple[School, App, list[Channel]]] = []
    fronts: list[tuple[str, tuple[str, ...], WebChannel]] = []
    for school, settings in schools.each():
        if settings.database_path is not None:
            lock = RunLock(settings.database_path)
            if not lock.acquire():
                print(
                    f"{school.slug}: loopbaanbot already runs on {settings.database_path}.", file=sys.stderr
                )
                return EXIT_USAGE
            locks.append(lock)
        try:
            app = build_app(settings)
        except ScriptError as exc:
            print(f"{school.slug}: the dialogue scripts have errors:\n{exc}", file=sys.stderr)
            return 1
        web = WebChannel(app, listen=False)
        channels: list[Channel] = [web]
        fronts.append((school.slug, school.hosts, web))
        if settings.telegram_bot_token is not None:
            from .channels.telegram import TelegramBot

            try:
                channels.append(TelegramBot(app, webhook=webhook))
            except ValueError as exc:
                print(f"{school.slug}: {exc}", file=sys.stderr)
                return EXIT_USAGE
            refused = await _before_telegram(settings)
            if refused is not None:
                code, line = refused
                print(f"{school.slug}: {line}", file=sys.stderr)
                return code
        apps.append((school, app, channels))
    server = SchoolsWebServer(
        fronts, host=base.web_host, port=base.web_port, metrics_token=base.metrics_token
    )
    try:
        tag_log_lines()
        served = [(app, channels) for _school, app, channels in apps]
        async with serving_many(served, [server], names=[school.slug for school, _app, _channels in apps]):
            tune_gc()
            _announce(base, apps, webhook=webhook)
            for school, app, _channels in apps:
                for label, demo in await demo_codes(app):
                    shown = format_code(demo)
                    address = app.settings.web_address
                    print(f"  {school.slug} {label + ':':<13} {shown}   {address}/inloggen?code={shown}")
            await wait_for_stop()
    except InvalidToken:
        print("A school's Telegram token was refused: copy it again from @BotFather.", file=sys.stderr)
        return EXIT_USAGE
    except ChannelError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(
            f"The web app cannot listen on {base.web_host}:{base.web_port} ({exc.strerror}):"
            " set WEB_PORT to a free port, or stop what uses this one.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return 0


def _webhook_clash(schools: Schools) -> str | None:
    """With --webhook each school's bot listens for Telegram itself: two on one port cannot both listen."""
    seen: dict[tuple[str, int], str] = {}
    for school, settings in schools.each():
        if settings.telegram_bot_token is None:
            continue
        where = (settings.telegram_webhook_listen, settings.telegram_webhook_port)
        if where in seen:
            return (
                f"--webhook: {seen[where]} and {school.slug} would both listen on port {where[1]}: give each"
                " school its own telegram_webhook_port and telegram_webhook_url under its settings in"
                f" {schools.path}."
            )
        seen[where] = school.slug
    return None


def _announce(base: Settings, apps: list[tuple[School, App, list[Channel]]], *, webhook: bool) -> None:
    host = "127.0.0.1" if base.web_host in ("0.0.0.0", "::", "") else base.web_host
    print(f"loopbaanbot draait op {host}:{base.web_port} voor {len(apps)} scholen  (stoppen: Ctrl-C)")
    for school, app, channels in apps:
        telegram = ("webhook" if webhook else "long polling") if len(channels) > 1 else "uit"
        print(f"  {school.slug}: {app.settings.web_address}  (Telegram: {telegram})", flush=True)
