"""Start-up on a bad setting or an unusable database, as a real process: one line, exit code 2, no hang.

The line names the problem and what to do; there is no traceback, the bot token is nowhere in the output,
a damaged database is left byte for byte as it was, and the process ends (a failed open used to leave
the aiosqlite thread running, so `run` and `status` hung and ignored SIGTERM).
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakes.bot_api import DEFAULT_TOKEN, FakeBotApi

SECRET = DEFAULT_TOKEN.split(":", 1)[1]
WITHIN = 30  # seconds; each case takes about one


def _database(path: Path) -> None:
    """A small database in WAL mode: table `notes` has its root on page 2."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 100,)] * 300)
    conn.close()


def _damaged(how: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        _database(path)
        path.write_bytes(how(path.read_bytes()))

    return make


def _flip_page_2(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[4096] ^= 0xFF  # the b-tree page type of the table's root: no valid page type any more
    return bytes(damaged)


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()


def _folder(path: Path) -> None:
    path.mkdir()


def _file_in_the_way(path: Path) -> None:
    path.parent.write_text("")  # DATABASE_URL is .../in-the-way/bot.sqlite3


def _read_only_folder(path: Path) -> None:
    path.parent.mkdir(mode=0o500)


_HOLDERS: list[sqlite3.Connection] = []


def _held(path: Path) -> None:
    _database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    _HOLDERS.append(holder)


def _env_latin1(path: Path) -> None:
    (path.parent / ".env").write_bytes("DEFAULT_LANGUAGE=nl # één\n".encode("latin-1"))


# (how the database file is made, the DATABASE_URL's file (under tmp), other settings, command, the line)
Case = tuple[Callable[[Path], None] | None, str, dict[str, str], list[str], str]
CASES: dict[str, Case] = {
    "random bytes": (
        lambda p: p.write_bytes(random.Random(7).randbytes(8192)),
        "bot.sqlite3",
        {},
        ["status"],
        "is not an SQLite database: restore a backup, or move the file away",
    ),
    "cut in half": (
        _damaged(lambda data: data[: len(data) // 2]),
        "bot.sqlite3",
        {},
        ["nudges", "list"],
        "is damaged",
    ),
    "flipped bytes": (_damaged(_flip_page_2), "bot.sqlite3", {}, ["run"], "is damaged"),
    "a folder": (_folder, "bot.sqlite3", {}, ["mentors", "invite", "Jansen"], "is a folder, not a file"),
    "a file in the path": (_file_in_the_way, "in-the-way/bot.sqlite3", {}, ["nudges", "run"], "is a file"),
    "from newer code": (_newer, "bot.sqlite3", {}, ["coordinators", "add", "123"], "newer version"),
    "no file name": (None, "", {}, ["status"], "Bad setting DATABASE_URL: give a file name"),
    "same quiet hours": (None, "bot.sqlite3", {"QUIET_HOURS": "21:00-21:00"}, ["run"], "use 00:00-00:00"),
    "base URL": (
        None,
        "bot.sqlite3",
        {"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "TELEGRAM_API_BASE_URL": "notaurl"},
        ["run"],
        "Bad setting TELEGRAM_API_BASE_URL: use an http:// or https:// address",
    ),
    ".env not UTF-8": (_env_latin1, "bot.sqlite3", {}, ["run"], "is not UTF-8 text (byte 0xe9"),
    "folder not writable": (_read_only_folder, "locked/bot.sqlite3", {}, ["status"], "is not writable"),
    # Another program keeps the write lock (a backup tool, a long command of another copy): the first write
    # gives up after 5 s, and closing waits 5 s more for its checkpoint.
    "held by another program": (_held, "bot.sqlite3", {}, ["nudges", "run"], "busy: another program holds"),
}


def _check(done: subprocess.CompletedProcess[str], expected: str) -> None:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and expected in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr


def _skipped(case: str) -> bool:
    return case == "folder not writable" and os.geteuid() == 0


@dataclass
class Start:
    process: subprocess.Popen[str]
    database: Path
    before: bytes | None


class Starts:
    """Every case's process, a few at a time: each spends a second or more importing the bot, and twenty
    started at once on two busy cores took longer than the time a start may take."""

    AHEAD = 4

    def __init__(self, folders: pytest.TempPathFactory) -> None:
        self._folders = folders
        self._order = [case for case in CASES if not _skipped(case)]
        self.started: dict[str, Start] = {}

    def __getitem__(self, case: str) -> Start:
        at = self._order.index(case)
        for ahead in self._order[at : at + self.AHEAD]:
            if ahead not in self.started:
                self.started[ahead] = self._start(ahead)
        return self.started[case]

    def _start(self, case: str) -> Start:
        make, name, settings, command, _ = CASES[case]
        folder = self._folders.mktemp("start")
        database = folder / name
        if make is not None:
            make(database)
        if database.is_file():
            database.chmod(0o600)  # as the bot makes it: a wider mode would add a warning line
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DATABASE_URL": f"sqlite:///{database}",
            "WEB_PORT": "0",
        }
        if not name:
            env["DATABASE_URL"] = "sqlite:///"
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *command], env=env | settings, cwd=folder,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        before = database.read_bytes() if database.is_file() else None
        return Start(process, database, before)


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Starts]:
    """The cases' processes, started as the tests come to them."""
    all_starts = Starts(tmp_path_factory)
    yield all_starts
    for start in all_starts.started.values():
        if start.process.poll() is None:
            start.process.kill()
        start.process.communicate()
        start.database.parent.chmod(0o700)
    while _HOLDERS:
        _HOLDERS.pop().close()


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(name, marks=pytest.mark.skipif(_skipped(name), reason="root may write anywhere"))
        for name in CASES
    ],
)
def test_a_bad_start_is_one_line_and_exit_code_2(case: str, starts: Starts) -> None:
    start = starts[case]
    out, err = start.process.communicate(timeout=WITHIN)
    _check(
        subprocess.CompletedProcess(start.process.args, start.process.returncode, out, err), CASES[case][4]
    )
    if start.before is not None:
        assert start.database.read_bytes() == start.before, "the database was not changed"


async def _run_bot(
    tmp_path: Path, fake: FakeBotApi, token: str, *args: str, **settings: str
) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "WEB_PORT": "0",
        **settings,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=WITHIN)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return subprocess.CompletedProcess([], process.returncode, out.decode(), err.decode())


async def test_a_token_telegram_refuses_is_one_line(tmp_path: Path) -> None:
    async with FakeBotApi() as fake:
        wrong = DEFAULT_TOKEN[:-4] + "9999"
        done = await _run_bot(tmp_path, fake, wrong)
    _check(done, "TELEGRAM_BOT_TOKEN was refused by Telegram")
    assert wrong.split(":")[1] not in done.stdout + done.stderr
    assert [e.status for e in fake.errors] == [401]


async def test_a_damaged_database_stops_the_telegram_bot_before_it_polls(tmp_path: Path) -> None:
    (tmp_path / "bot.sqlite3").write_bytes(b"not a database, " * 512)
    async with FakeBotApi() as fake:
        done = await _run_bot(tmp_path, fake, fake.token)
    _check(done, "is not an SQLite database")
    assert fake.sent == [] and fake.errors == [], "Telegram was not even asked"


@pytest.mark.parametrize("listen", ["127.0.0.1", "999.1.1.1"], ids=["port in use", "not an address"])
async def test_a_webhook_address_that_cannot_be_used_is_one_line(tmp_path: Path, listen: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        async with FakeBotApi() as fake:
            done = await _run_bot(
                tmp_path, fake, fake.token, "--webhook",
                TELEGRAM_WEBHOOK_URL="https://school.example/hook", TELEGRAM_WEBHOOK_SECRET="geheim",
                TELEGRAM_WEBHOOK_LISTEN=listen, TELEGRAM_WEBHOOK_PORT=port,
            )  # fmt: skip
    _check(done, f"Cannot listen for Telegram's webhook on {listen}:{port}")
    assert "on Telegram" not in done.stdout, "nobody is told the bot runs"
    assert fake.webhook is None, "Telegram was not given an address nobody listens on"
