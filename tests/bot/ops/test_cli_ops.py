"""`loopbaanbot backup`, `loopbaanbot health`, and one `run` per SQLite database."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from storage import SqliteStore, StudentKey

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _env(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "WEB_"))}
    return {**env, "DATABASE_URL": f"sqlite:///{db}", **extra}


def _cli(db: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True, text=True, env=_env(db, **extra), cwd=db.parent, timeout=60, check=False,
    )  # fmt: skip


def _names(database: Path) -> list[str]:
    with sqlite3.connect(database) as conn:
        try:
            return [row[0] for row in conn.execute("SELECT display_name FROM students")]
        except sqlite3.OperationalError:  # not even the tables: all of it was still in the log
            return []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_backup_taken_while_the_bot_writes_has_the_latest_answers(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    store = SqliteStore(db, checkpoint_every=3600)  # nothing copied into the database file meanwhile
    await store.open()
    try:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("web", "sam"), display_name="Sam", language="nl", now=NOW)
        # What copying the file would give: the answer lives in the write-ahead log, not in the file yet.
        shutil.copy(db, tmp_path / "copied.sqlite3")
        assert _names(tmp_path / "copied.sqlite3") == []
        made = await asyncio.to_thread(_cli, db, "backup", str(tmp_path / "backups" / "monday.sqlite3"))
    finally:
        await store.close()
    assert made.returncode == 0, made.stdout + made.stderr
    backup = tmp_path / "backups" / "monday.sqlite3"
    assert backup.stat().st_mode & 0o777 == 0o600
    assert _names(backup) == ["Sam"]
    again = _cli(db, "backup", str(backup))
    assert again.returncode == 2 and "exists already" in again.stdout


def test_backup_points_postgresql_to_pg_dump(tmp_path: Path) -> None:
    made = _cli(tmp_path / "x.sqlite3", "backup", "out.dump", DATABASE_URL="postgresql://bot@/school")
    assert made.returncode == 2 and "pg_dump" in made.stdout


async def test_health_and_one_run_per_sqlite_database(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    port = str(_free_port())
    unhealthy = await asyncio.to_thread(_cli, db, "health", WEB_PORT=port)
    assert unhealthy.returncode == 1 and "unhealthy" in unhealthy.stdout
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=_env(db, WEB_PORT=port), cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert bot.stdout is not None
        async with asyncio.timeout(60):
            while b"loopbaanbot draait op" not in await bot.stdout.readline():
                pass
        healthy = await asyncio.to_thread(_cli, db, "health", WEB_PORT=port)
        assert healthy.returncode == 0 and healthy.stdout.strip() == "ok"
        second = await asyncio.to_thread(_cli, db, "run", WEB_PORT="0")
        assert second.returncode == 2
        assert "one bot process per SQLite database" in second.stderr
    finally:
        bot.send_signal(signal.SIGTERM)
        await asyncio.wait_for(bot.communicate(), timeout=30)
    assert bot.returncode == 0
