"""`loopbaanbot nudges list` and `nudges run --at`: follow-ups for demos and testing, as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench._seed import seed_due_steps

from .conftest import local


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "QUIET_"))}
    env["DATABASE_URL"] = f"sqlite:///{db}"
    return subprocess.run(
        [sys.executable, "-m", "bot", "nudges", *args],
        capture_output=True, text=True, env=env, cwd=db.parent, timeout=60, check=False,
    )  # fmt: skip


async def test_list_and_run_at_a_moment(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    await seed_due_steps(db, count=2, due_at=local(27, 9), channel="console", first_id=1)
    listed = _cli(db, "list")
    assert listed.returncode == 0, listed.stderr
    assert "console:1" in listed.stdout and "2026-11-27 09:00" in listed.stdout and "pending" in listed.stdout
    assert "mailen" not in listed.stdout, "what a step is about stays in the dossier"

    night = _cli(db, "run", "--at", "2026-11-27 23:00")
    assert "quiet hours" in night.stdout
    early = _cli(db, "run", "--at", "2026-11-27 08:30")
    assert "0 follow-up(s) sent" in early.stdout
    sent = _cli(db, "run", "--at", "2026-11-27 09:00")
    assert sent.returncode == 0, sent.stderr
    assert "→ console:1" in sent.stdout and "→ console:2" in sent.stdout
    assert "Is het gelukt?" in sent.stdout
    assert "2 follow-up(s) sent to 2 student(s)" in sent.stdout
    again = _cli(db, "run", "--at", "2026-11-27 09:30")
    assert "0 follow-up(s) sent" in again.stdout
    assert _cli(db, "list").stdout.count(" sent ") == 2


async def test_run_refuses_while_the_bot_sends_follow_ups_itself(tmp_path: Path) -> None:
    from bot.nudges import SenderLease

    db = tmp_path / "bot.sqlite3"
    await seed_due_steps(db, count=1, due_at=local(27, 9), channel="console", first_id=1)
    bot = SenderLease(db)
    assert await bot.acquire()
    try:
        refused = _cli(db, "run", "--at", "2026-11-27 09:00")
    finally:
        await bot.release()
    assert refused.returncode == 1
    assert "stop it first" in refused.stderr
    assert "1 follow-up(s) sent" in _cli(db, "run", "--at", "2026-11-27 09:00").stdout


def test_a_bad_moment_is_refused_with_an_example(tmp_path: Path) -> None:
    done = _cli(tmp_path / "bot.sqlite3", "run", "--at", "vrijdag")
    assert done.returncode == 2
    assert "2026-11-27 09:00" in done.stderr
