"""Commands for the school's IT: `loopbaanbot health` (a container's health check) and `backup PATH`.

`backup` copies a SQLite database with SQLite's online backup API: safe while the bot runs (copying the
file is not: recent writes live in the write-ahead log next to it until a checkpoint). A PostgreSQL
database is backed up with the server's own tool, pg_dump (see docs/deployment.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from .config import Settings

__all__ = ["add_parsers", "backup", "health"]

_HEALTH_WAIT = 5.0


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `health` and `backup` subcommands."""
    commands.add_parser("health", help="exit 0 when the running bot and its database answer (health checks)")
    backup_parser = commands.add_parser(
        "backup", help="copy the SQLite database to PATH, safely while the bot runs (PostgreSQL: pg_dump)"
    )
    backup_parser.add_argument("path", type=Path, help="the file to write (it must not exist yet)")


def health(settings: Settings) -> int:
    """Ask the running bot's web app (WEB_HOST:WEB_PORT) for /health; 0 when it says ok, else 1."""
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "", "::") else settings.web_host
    host = f"[{host}]" if ":" in host else host
    url = f"http://{host}:{settings.web_port}/health"
    try:
        with urllib.request.urlopen(url, timeout=_HEALTH_WAIT) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        print(f"unhealthy: {url} answered {exc.code}")
        return 1
    except (OSError, ValueError) as exc:
        print(f"unhealthy: {url} did not answer ({type(exc).__name__})")
        return 1
    if answer.get("status") != "ok":
        print(f"unhealthy: {answer}")
        return 1
    print("ok")
    return 0


def backup(settings: Settings, target: Path) -> int:
    """Copy the SQLite database to `target` (0600) with the online backup API; 0 when done and checked."""
    source = settings.database_path
    if source is None:
        print(
            "backup copies a SQLite database. For PostgreSQL use pg_dump, e.g.\n"
            '  pg_dump --format=custom --file=loopbaanbot.dump "$DATABASE_URL"\n'
            "(docs/deployment.md has the whole procedure, and how to restore)."
        )
        return 2
    if not source.is_file():
        print(f"There is no database at {source} (DATABASE_URL).")
        return 2
    if target.exists():
        print(f"{target} exists already: give a new file name.")
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    # Into a temporary file next to the target, renamed when complete: a half-written backup never
    # carries the name of a good one.
    handle, temporary = tempfile.mkstemp(prefix=".backup-", dir=target.parent)
    os.close(handle)
    part = Path(temporary)
    try:
        part.chmod(0o600)
        # Read-only: the backup never writes to the bot's database. A busy database is waited for.
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30) as db:
            copy = sqlite3.connect(part)
            try:
                db.backup(copy, pages=1024)
                problem = copy.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                copy.close()
        if problem != "ok":
            print(f"The copy failed its check ({problem}); nothing was written to {target}.")
            return 1
        part.replace(target)
    finally:
        part.unlink(missing_ok=True)
    print(f"Backup written to {target} ({target.stat().st_size // 1024} KB).")
    return 0
