"""`loopbaanbot codes create`: one code per line, for a role (and a class), and they sign in on the web."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.clock import SystemClock
from bot.signin import Signins
from storage import Role, SqliteStore


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["DATABASE_URL"] = f"sqlite:///{db}"
    return subprocess.run(
        [sys.executable, "-m", "bot", "codes", "create", *args],
        capture_output=True, text=True, env=env, cwd=db.parent, timeout=60, check=False,
    )  # fmt: skip


async def test_codes_are_printed_one_per_line_and_work_once(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    made = _cli(db, "--role", "student", "--name", "Sam", "--count", "3")
    assert made.returncode == 0, made.stderr
    codes = made.stdout.split()
    assert len(codes) == 3 and len(set(codes)) == 3
    assert all(len(code.replace("-", "")) >= 10 for code in codes)
    store = SqliteStore(db)
    await store.open()
    try:
        signins = Signins(store, SystemClock())
        first = await signins.sign_in(codes[0], address="127.0.0.1")
        assert first.status == "ok" and first.person is not None
        assert (first.person.display_name, first.person.role) == ("Sam", Role.STUDENT)
        assert (await signins.sign_in(codes[0], address="127.0.0.1")).status == "wrong"
    finally:
        await store.close()


def test_a_class_that_does_not_exist_is_one_clear_line(tmp_path: Path) -> None:
    made = _cli(tmp_path / "bot.sqlite3", "--role", "student", "--class", "NOPE-NOPE")
    assert made.returncode == 2
    assert "There is no class with code NOPE-NOPE" in made.stdout
    wrong = _cli(tmp_path / "bot.sqlite3", "--role", "mentor", "--count", "0")
    assert wrong.returncode == 2
