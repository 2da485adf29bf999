"""The `loopbaanbot` command line."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from dialogues import DEFAULT_SCRIPTS, LANGUAGES, GraphError, ScriptError, check_paths, closest, graph
from storage import DatabaseUnusableError, MigrationError, StorageError, StudentKey

from .cli_ops import add_parsers as add_ops_parsers
from .cli_ops import backup, health
from .cli_run import serve
from .cli_school import add_parsers, run_school_command
from .cli_schools import add_parsers as add_schools_parsers
from .cli_schools import for_school, run_schools_command, school_secrets
from .config import ConfigError, Settings, load_settings
from .logs import setup_logging
from .runtime import tune_gc, use_fast_event_loop
from .schools import Schools

__all__ = ["main"]

EXIT_USAGE = 2
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loopbaanbot", description="Career-conversation bot for schools.")
    parser.add_argument(
        "--school", default=None, help="with several schools: the school (its slug) a command is for"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="start the bot: the web app, and Telegram when a token is set")
    run.add_argument(
        "--webhook", action="store_true", help="receive Telegram updates by webhook, not polling"
    )

    chat = commands.add_parser("chat", help="chat in this terminal (also reads piped input)")
    chat.add_argument("--user", default=None, help="who you are in the local chat (default: your login name)")

    add_parsers(commands)
    add_ops_parsers(commands)
    add_schools_parsers(commands)

    nudges = commands.add_parser("nudges", help="follow-ups: list them, or send the due ones now")
    nudge_commands = nudges.add_subparsers(dest="nudges_command", required=True)
    listing = nudge_commands.add_parser("list", help="pending and sent follow-ups, earliest first")
    listing.add_argument("--all", action="store_true", help="also answered, cancelled and flagged ones")
    listing.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200)")
    run_due = nudge_commands.add_parser(
        "run", help="send the follow-ups due at a moment (stop the bot first: one sender at a time)"
    )
    run_due.add_argument(
        "--at",
        type=_moment,
        default=None,
        help="pretend it is this moment, e.g. '2026-11-27 09:00' (school time zone); default: now",
    )

    dialogues = commands.add_parser("dialogues", help="work with the dialogue scripts")
    dialogue_commands = dialogues.add_subparsers(dest="dialogues_command", required=True)
    check = dialogue_commands.add_parser("check", help="validate scripts; exits non-zero on any error")
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the scripts in use)")
    check.add_argument(
        "--lang", choices=LANGUAGES, default="nl", help="the language of the messages (default: nl)"
    )
    graph = dialogue_commands.add_parser(
        "graph", help="draw a script's flow as SVG (loopbaanbot ... > flow.svg)"
    )
    graph.add_argument("script", help="a script's id (of the scripts in use) or a YAML file")
    graph.add_argument(
        "--lang", choices=LANGUAGES, default="nl", help="the language of the picture (default: nl)"
    )
    return parser


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a moment like 2026-11-27 09:00: {text!r}") from None


def _console_user(explicit: str | None) -> str:
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "leerling"


async def _chat(settings: Settings, user: str) -> int:
    from .channels.console import ConsoleChat
    from .conversation import Who
    from .wiring import build_app

    # The terminal chat shows a student's due follow-ups itself; a running bot sends everyone else's.
    app = build_app(settings, follow_ups=False)
    who = Who(StudentKey("console", user), display_name="", language_hint=settings.default_language)
    chat = ConsoleChat(
        app.conversations,
        who,
        stdin=sys.stdin,
        stdout=sys.stdout,
        follow_ups=app.dispatcher,
        files_dir=settings.export_dir,
    )
    app.attach(who.key.channel, chat)
    await app.start()
    tune_gc()
    try:
        await chat.run()
    finally:
        await app.stop()
    return 0


async def _nudges_list(settings: Settings, *, everything: bool, limit: int) -> int:
    from storage import LIVE_NUDGE, store_from_url

    store = store_from_url(
        settings.database_url,
        synchronous=settings.sqlite_synchronous,
        connections=settings.database_connections,
    )
    await store.open()
    try:
        async with store.read() as view:
            nudges = await view.nudges.listing(() if everything else LIVE_NUDGE, limit=limit)
            # Ids and times only: what the follow-up is about stays in the student's dossier.
            print(f"{'id':>6}  {'student':<24} {'kind':<9} {'item':>6}  {'due':<16}  {'status':<9} tries")
            for nudge in nudges:
                student = await view.students.get(nudge.student_id)
                who = f"{student.channel}:{student.external_id}" if student else str(nudge.student_id)
                due = nudge.due_at.astimezone(settings.tz).strftime("%Y-%m-%d %H:%M")
                print(
                    f"{nudge.id:>6}  {who:<24} {nudge.kind.value:<9} {nudge.item_id:>6}  {due:<16}"
                    f"  {nudge.status.value:<9} {nudge.attempts}"
                )
    finally:
        await store.close()
    print(f"{len(nudges)} follow-up(s).")
    return 0


async def _nudges_run(settings: Settings, at: datetime | None) -> int:
    from contextlib import AsyncExitStack

    from .channels.console import PrintCourier
    from .clock import FakeClock, SystemClock
    from .wiring import build_app

    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=settings.tz)
    clock = FakeClock(at) if at is not None else SystemClock()
    app = build_app(settings, clock=clock, follow_ups=False)
    await app.start()
    try:
        async with AsyncExitStack() as stack:
            app.attach("console", PrintCourier(sys.stdout, files_dir=settings.export_dir))
            if settings.telegram_bot_token is not None:
                from .channels.telegram import TelegramBot

                telegram = TelegramBot(app)
                stack.push_async_callback(telegram.close)
                await telegram.open()
                app.attach(telegram.name, telegram.courier)
            if not await app.scheduler.lease.acquire():
                print("The bot is running and sends the follow-ups itself; stop it first.", file=sys.stderr)
                return 1
            await app.dispatcher.recover()
            moment = app.clock.now().astimezone(settings.tz)
            if not app.policy.allowed(moment):
                print(f"{moment:%Y-%m-%d %H:%M} is in quiet hours or a holiday: nothing is sent then.")
                return 0
            report = await app.dispatcher.run_due()
    finally:
        await app.scheduler.lease.release()
        await app.stop()
    print(
        f"{report.sent} follow-up(s) sent to {report.students} student(s); {report.deferred} put off"
        f" (one message a day, or busy); {report.undelivered + report.failed} not delivered."
    )
    return 0


_CHECK_SUMMARY = {
    "nl": ("{n} fout(en) gevonden.", "Geen gesprekken gevonden.", "ok: {file} ({id} {version}, {n} vragen)"),
    "en": ("{n} error(s) found.", "No scripts found.", "ok: {file} ({id} {version}, {n} questions)"),
}


def _check(settings: Settings, paths: Sequence[Path], language: str) -> int:
    targets = list(paths) or [settings.dialogues_dir or DEFAULT_SCRIPTS]
    versions, problems = check_paths(targets)
    for problem in problems:
        print(problem.describe(language))
    errors_found, none_found, ok = _CHECK_SUMMARY[language]
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        print(errors_found.format(n=len(errors)), file=sys.stderr)
        return 1
    if not versions:
        print(none_found, file=sys.stderr)
        return 1
    for version in versions:
        script = version.script
        print(ok.format(file=version.origin, id=script.id, version=script.version, n=len(script.nodes)))
    return 0


def _graph(settings: Settings, name: str, language: str) -> int:
    """Print a script's flow as SVG; a script that is not there or does not parse is one line on stderr."""
    path = Path(name)
    known: list[str] = []
    if path.suffix in (".yaml", ".yml") or path.is_file():
        versions, problems = check_paths([path])
    else:
        versions, problems = check_paths([settings.dialogues_dir or DEFAULT_SCRIPTS])
        known = [v.script.id for v in versions]
        versions = [v for v in versions if v.script.id == name]
        problems = [p for p in problems if p.severity == "error" and Path(p.file).stem == name]
    if not versions:
        for problem in problems:
            print(problem.describe(language), file=sys.stderr)
        missing = "Geen gesprek '{name}' gevonden." if language == "nl" else "No script '{name}' found."
        suggestion = closest(name, known) if not path.suffix else None
        hint = {"nl": " Bedoel je '{s}'?", "en": " Did you mean '{s}'?"}[language] if suggestion else ""
        print(missing.format(name=name) + hint.format(s=suggestion), file=sys.stderr)
        return 1
    try:
        print(graph(versions[0].script, language=language))
    except GraphError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _serve_schools(args: argparse.Namespace, schools: Schools) -> int:
    from .cli_run_schools import serve_schools

    return asyncio.run(serve_schools(schools, webhook=args.webhook))


def _command(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "schools":
        return run_schools_command(settings, args)
    if args.command == "health":
        return health(settings)
    if args.command == "backup":
        return backup(settings, args.path)
    if args.command == "dialogues" and args.dialogues_command == "graph":
        return _graph(settings, args.script, args.lang)
    if args.command == "dialogues":
        return _check(settings, args.paths, args.lang)
    if args.command in ("mentors", "coordinators", "status", "codes"):
        return asyncio.run(run_school_command(settings, args))
    if args.command == "nudges" and args.nudges_command == "list":
        return asyncio.run(_nudges_list(settings, everything=args.all, limit=args.limit))
    if args.command == "nudges":
        return asyncio.run(_nudges_run(settings, args.at))
    if args.command == "chat":
        return asyncio.run(_chat(settings, _console_user(args.user)))
    return asyncio.run(serve(settings, webhook=args.webhook))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `loopbaanbot` console script.

    A bad setting or a database that cannot be used ends with one line on stderr and exit code 2.
    """
    # Everything the bot writes (database, log, lock file, the local chat's exports) is for its own user:
    # new files 0600, new folders 0700. Set first, before anything makes a file.
    os.umask(0o077)
    args = _parser().parse_args(argv)
    try:
        settings, schools = for_school(load_settings(), args.school, args.command)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    secrets = [
        secret.get_secret_value()
        for secret in (settings.telegram_bot_token, settings.telegram_webhook_secret)
        if secret is not None
    ] + school_secrets(schools)
    # The terminal chat keeps its screen for the conversation: its log goes to a file. Everything else
    # logs to stderr (a service manager or container collects it).
    console = args.command == "chat"
    log_file = (settings.database_path or Path("data/x")).parent / "loopbaanbot.log" if console else None
    try:
        redactor = setup_logging(settings.log_level, file=log_file, secrets=secrets)
    except OSError as exc:
        print(
            f"Cannot write the log file {log_file} ({exc.strerror}): it goes next to the database, so check"
            " DATABASE_URL and that this user may write in that folder.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    use_fast_event_loop()
    try:
        # `run` with a schools file serves every school; everything else is one school's command.
        return _command(args, settings) if schools is None else _serve_schools(args, schools)
    except ConfigError as exc:  # `schools add` with a clash, or a school's bad setting
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except (DatabaseUnusableError, MigrationError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except StorageError as exc:
        print(f"The database failed: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
            # Another process kept its write lock longer than the bot waits (a backup, a long command).
            print(
                f"The database {settings.database_path} is busy: another program holds a lock on it. Stop"
                " that program (or the other copy of the bot), then try again.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        print(
            f"The database failed ({exc}): try again; if it happens again, check the disk.", file=sys.stderr
        )
        return 1
    except ScriptError as exc:
        print(f"The dialogue scripts have errors:\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Not foreseen: the traceback is for a developer, with the token masked (a library's error about a
        # request quotes its URL, and the Bot API has the token in every URL).
        print(redactor.redact("".join(traceback.format_exception(exc))).rstrip(), file=sys.stderr)
        return 1
