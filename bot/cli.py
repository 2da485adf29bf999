"""The `loopbaanbot` command line."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from dialogues import DEFAULT_SCRIPTS, ScriptError, check_paths
from storage import StudentKey

from .config import ConfigError, Settings, load_settings
from .logs import setup_logging
from .runtime import tune_gc

__all__ = ["main"]

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loopbaanbot", description="Career-conversation bot for schools.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="start the bot: Telegram when a token is set, else the console chat"
    )
    run.add_argument(
        "--webhook", action="store_true", help="receive Telegram updates by webhook, not polling"
    )

    chat = commands.add_parser("chat", help="chat in this terminal (also reads piped input)")
    chat.add_argument("--user", default=None, help="who you are in the local chat (default: your login name)")

    dialogues = commands.add_parser("dialogues", help="work with the dialogue scripts")
    dialogue_commands = dialogues.add_subparsers(dest="dialogues_command", required=True)
    check = dialogue_commands.add_parser("check", help="validate scripts; exits non-zero on any error")
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the scripts in use)")
    return parser


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

    app = build_app(settings)
    await app.start()
    tune_gc()
    try:
        who = Who(StudentKey("console", user), display_name="", language_hint=settings.default_language)
        await ConsoleChat(app.conversations, who, stdin=sys.stdin, stdout=sys.stdout).run()
    finally:
        await app.stop()
    return 0


def _telegram(settings: Settings, *, webhook: bool) -> int:
    from .channels import telegram
    from .wiring import build_app

    mode = "webhook" if webhook else "long polling"
    print(f"loopbaanbot on Telegram ({mode}); stop with Ctrl-C.")
    try:
        telegram.run(build_app(settings), webhook=webhook)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    return 0


def _check(settings: Settings, paths: Sequence[Path]) -> int:
    targets = list(paths) or [settings.dialogues_dir or DEFAULT_SCRIPTS]
    versions, problems = check_paths(targets)
    for problem in problems:
        print(problem)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        print(f"{len(errors)} error(s) found.", file=sys.stderr)
        return 1
    if not versions:
        print("No scripts found.", file=sys.stderr)
        return 1
    for version in versions:
        script = version.script
        print(f"ok: {version.origin} ({script.id} {script.version}, {len(script.nodes)} nodes)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `loopbaanbot` console script."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    console = args.command == "chat" or (args.command == "run" and settings.telegram_bot_token is None)
    log_file = (settings.database_path or Path("data/x")).parent / "loopbaanbot.log" if console else None
    setup_logging(settings.log_level, file=log_file)
    try:
        if args.command == "dialogues":
            return _check(settings, args.paths)
        if args.command == "chat":
            return asyncio.run(_chat(settings, _console_user(args.user)))
        if settings.telegram_bot_token is None:
            print(
                "Geen TELEGRAM_BOT_TOKEN ingesteld: de lokale chat start (no token set: local console chat)."
            )
            return asyncio.run(_chat(settings, _console_user(None)))
        return _telegram(settings, webhook=args.webhook)
    except ScriptError as exc:
        print(f"The dialogue scripts have errors:\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
