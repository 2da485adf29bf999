"""Every bad setting and database at start-up (one line, exit 2, no hang, no token printed), and file modes.

Each case is a real `loopbaanbot run` (a few `status`) in a fresh folder, with a valid token in its
environment (so "no token printed" is tested every time) and everything else valid but the one thing.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import sqlite3
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import Settings
from tests.fakes.bot_api import FakeBotApi

from ._faults_bot import bot_env
from ._seed import migrate as _migrate

__all__ = ["CASES", "SETTINGS_NOT_TESTED", "run_file_modes", "run_startup"]

# A start that has not ended by then hangs (the slowest case waits 10 s for a database lock by design).
WITHIN = 60.0


@dataclass(frozen=True)
class Case:
    """One bad start: settings over a valid environment, a database maker, the command, exit code expected."""

    settings: dict[str, str] = field(default_factory=dict)
    make: Callable[[Path], None] | None = None
    command: tuple[str, ...] = ("run",)
    expect: int = 2
    # Root may write anywhere: a folder without write permission is no obstacle then.
    as_root: bool = True


def _wal_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 100,)] * 300)
    conn.close()


def _damaged(path: Path) -> None:
    _wal_database(path)
    data = bytearray(path.read_bytes())
    data[4096] ^= 0xFF
    path.write_bytes(bytes(data))


def _cut(path: Path) -> None:
    _wal_database(path)
    path.write_bytes(path.read_bytes()[:6000])


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def _holidays(path: Path) -> None:
    (path.parent / "vakanties.yaml").write_text("- {name: Kerst, from: morgen, to: 2027-01-03}\n")


def _env_file(content: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        (path.parent / ".env").write_bytes(content)

    return make


def _mkdir(mode: int = 0o700, name: str | None = None) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        (path.parent / name if name else path).mkdir(mode=mode)

    return make


def _file_in_the_way(path: Path) -> None:
    (path.parent / "in-de-weg").write_text("")


_WEBHOOK = {"TELEGRAM_WEBHOOK_URL": "https://school.example/hook", "TELEGRAM_WEBHOOK_SECRET": "geheim"}
# Every setting with a bad value (what cannot be wrong at start-up is in SETTINGS_NOT_TESTED), then bad
# databases and conditions.
CASES: dict[str, Case] = {
    "DATABASE_URL mysql://": Case({"DATABASE_URL": "mysql://root@db/school"}),
    "DATABASE_URL without a file name": Case({"DATABASE_URL": "sqlite:///"}),
    "SQLITE_SYNCHRONOUS=OFF": Case({"SQLITE_SYNCHRONOUS": "OFF"}),
    "TIMEZONE=Mars/Olympus": Case({"TIMEZONE": "Mars/Olympus"}),
    "DEFAULT_LANGUAGE=fr": Case({"DEFAULT_LANGUAGE": "fr"}),
    "TELEGRAM_BOT_TOKEN malformed": Case({"TELEGRAM_BOT_TOKEN": "123:abc def/ghi"}),
    "TELEGRAM_API_BASE_URL not http": Case({"TELEGRAM_API_BASE_URL": "api.telegram.org/bot"}),
    "TELEGRAM_WEBHOOK_URL http://": Case({"TELEGRAM_WEBHOOK_URL": "http://school.example/hook"}),
    "TELEGRAM_WEBHOOK_LISTEN not an address": Case(
        {**_WEBHOOK, "TELEGRAM_WEBHOOK_LISTEN": "999.1.1.1"}, command=("run", "--webhook")
    ),
    "TELEGRAM_WEBHOOK_PORT=70000": Case({"TELEGRAM_WEBHOOK_PORT": "70000"}),
    "TELEGRAM_WEBHOOK_SECRET with spaces": Case({"TELEGRAM_WEBHOOK_SECRET": "geheim met spaties"}),
    "TELEGRAM_CONCURRENCY=0": Case({"TELEGRAM_CONCURRENCY": "0"}),
    "TELEGRAM_POLL_INTERVAL=-1": Case({"TELEGRAM_POLL_INTERVAL": "-1"}),
    "TELEGRAM_RATE_LIMIT=-5": Case({"TELEGRAM_RATE_LIMIT": "-5"}),
    "TELEGRAM_CHAT_RATE_LIMIT=snel": Case({"TELEGRAM_CHAT_RATE_LIMIT": "snel"}),
    "DIALOGUES_DIR missing": Case({"DIALOGUES_DIR": "/geen/map"}),
    "NUDGE_TIME=25:00": Case({"NUDGE_TIME": "25:00"}),
    "QUIET_HOURS=21:00-21:00": Case({"QUIET_HOURS": "21:00-21:00"}),
    "QUIET_HOURS=nacht": Case({"QUIET_HOURS": "nacht"}),
    "NUDGES_PER_DAY=0": Case({"NUDGES_PER_DAY": "0"}),
    "NUDGE_RETRY_DAYS=0": Case({"NUDGE_RETRY_DAYS": "0"}),
    "NUDGE_MAX_UNANSWERED=99": Case({"NUDGE_MAX_UNANSWERED": "99"}),
    "HOLIDAYS_FILE missing": Case({"HOLIDAYS_FILE": "/geen/vakanties.yaml"}),
    "HOLIDAYS_FILE with a bad date": Case({"HOLIDAYS_FILE": "vakanties.yaml"}, _holidays),
    "COORDINATOR_IDS=juf": Case({"COORDINATOR_IDS": "juf"}),
    "SUMMARY_DAY=zondag": Case({"SUMMARY_DAY": "zondag"}),
    "SUMMARY_TIME=8 uur": Case({"SUMMARY_TIME": "8 uur"}),
    "RETENTION_DAYS=1": Case({"RETENTION_DAYS": "1"}),
    "RETENTION_NOTICE_DAYS=0": Case({"RETENTION_NOTICE_DAYS": "0"}),
    "STALE_CONVERSATION_DAYS=0": Case({"STALE_CONVERSATION_DAYS": "0"}),
    "LOG_LEVEL=LOUD": Case({"LOG_LEVEL": "LOUD"}),
    ".env not UTF-8": Case(make=_env_file("DEFAULT_LANGUAGE=nl # één\n".encode("latin-1"))),
    ".env with a bad value": Case(make=_env_file(b"NUDGE_TIME=25:00\n")),
    "--webhook without its settings": Case(command=("run", "--webhook")),
    "database: random bytes": Case(make=_random_bytes),
    "database: cut short": Case(make=_cut),
    "database: a damaged page": Case(make=_damaged),
    "database: a folder": Case(make=_mkdir()),
    "database: a file where its folder should be": Case(
        {"DATABASE_URL": "sqlite:///in-de-weg/bot.sqlite3"}, _file_in_the_way
    ),
    "database: from newer code": Case(make=_newer),
    "database: folder not writable": Case(
        {"DATABASE_URL": "sqlite:///dicht/bot.sqlite3"}, _mkdir(0o500, "dicht"), as_root=False
    ),
    "database: damaged, status command": Case(make=_damaged, command=("status",)),
    "database: held by another program": Case(),
    "token refused by Telegram": Case({"TELEGRAM_BOT_TOKEN": "7000000001:AAFakeBotApiTokenForTests-9999"}),
    "Telegram unreachable": Case({"TELEGRAM_API_BASE_URL": "http://127.0.0.1:{closed}/bot"}, expect=1),
    # Settings of the school's web app and its e-mail, where this version has them.
    "WEB_PORT=70000": Case({"WEB_PORT": "70000"}),
    "WEB_HOST not an address": Case({"WEB_HOST": "999.1.1.1"}),
    "WEB_BASE_URL without http": Case({"WEB_BASE_URL": "loopbaan.school.nl"}),
    "WEB_IDLE_MINUTES=1": Case({"WEB_IDLE_MINUTES": "1"}),
    "SIGNIN_CODE_DAYS=0": Case({"SIGNIN_CODE_DAYS": "0"}),
    "SMTP_PORT=0": Case({"SMTP_PORT": "0"}),
    "SMTP_FROM not an address": Case({"SMTP_FROM": "decaan"}),
    "SMTP_STARTTLS=misschien": Case({"SMTP_STARTTLS": "misschien"}),
    "webhook port taken": Case(
        {**_WEBHOOK, "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1", "TELEGRAM_WEBHOOK_PORT": "{taken}"},
        command=("run", "--webhook"),
    ),
}
# Settings any value of which is accepted at start-up (a folder made when an export is saved; a mail server
# and its login, first used when mail is sent).
SETTINGS_NOT_TESTED = frozenset({"export_dir", "smtp_host", "smtp_user", "smtp_password"})


def _tested_settings() -> set[str]:
    return {name.lower() for case in CASES.values() for name in case.settings}


@dataclass
class Outcome:
    """What one bad start did."""

    expect: int
    code: int | None
    lines: list[str]
    seconds: float
    token_shown: bool
    traceback: bool
    untouched: bool


def _prepare(case: Case, folder: Path) -> tuple[Path, bytes | None]:
    """The case's folder and database; the database's bytes, to see that the bot left them alone."""
    folder.mkdir()
    db = folder / "bot.sqlite3"
    if case.make is not None:
        case.make(db)
    if db.is_file():
        db.chmod(0o600)  # as the bot makes it: a wider mode adds a warning line
    return db, db.read_bytes() if db.is_file() else None


async def _start(name: str, case: Case, folder: Path, fake: FakeBotApi, ports: dict[str, str]) -> Outcome:
    db, before = _prepare(case, folder)
    settings = {k: v.format(**ports) for k, v in case.settings.items()}
    env = bot_env(fake, db, **settings)
    holder = None
    if name == "database: held by another program":
        await _migrate(db)
        db.chmod(0o600)
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
    began = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *case.command, cwd=folder, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        out, err = await asyncio.wait_for(process.communicate(), WITHIN)
    except TimeoutError:
        process.kill()
        out, err = await process.communicate()
    finally:
        if holder is not None:
            holder.close()
    text = out.decode(errors="replace") + err.decode(errors="replace")
    secret = env["TELEGRAM_BOT_TOKEN"].split(":", 1)[1]
    return Outcome(
        expect=case.expect,
        code=process.returncode,
        lines=[line for line in err.decode(errors="replace").splitlines() if line.strip()],
        seconds=time.monotonic() - began,
        token_shown=secret in text,
        traceback="Traceback" in text,
        untouched=before is None or holder is not None or _unchanged(db, before),
    )


def _unchanged(db: Path, before: bytes) -> bool:
    return db.read_bytes() == before


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def run_startup(folder: Path) -> dict[str, Outcome]:
    """Every case, four processes at a time (each spends a second importing the bot)."""
    untested = set(Settings.model_fields) - _tested_settings() - SETTINGS_NOT_TESTED
    assert not untested, f"settings without a bad-value case: {sorted(untested)}"
    root = os.geteuid() == 0
    known = set(Settings.model_fields)
    chosen = {
        name: case
        for name, case in CASES.items()
        # A case about a setting this version does not have (the web app's, before it) is left out.
        if (case.as_root or not root) and all(setting.lower() in known for setting in case.settings)
    }
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    ports = {"closed": str(_free_port()), "taken": str(taken.getsockname()[1])}
    results: dict[str, Outcome] = {}
    gate = asyncio.Semaphore(4)
    try:
        async with FakeBotApi() as fake:

            async def one(index: int, name: str, case: Case) -> None:
                async with gate:
                    results[name] = await _start(name, case, folder / f"start-{index}", fake, ports)

            await asyncio.gather(*(one(i, n, c) for i, (n, c) in enumerate(chosen.items())))
    finally:
        taken.close()
        _reopen(folder)
    return {name: results[name] for name in chosen}


def _reopen(folder: Path) -> None:
    """Folders made unwritable for a case become removable again."""
    for path in folder.glob("start-*/dicht"):
        path.chmod(0o700)


def _modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode) for p in sorted(root.rglob("*"))}


async def run_file_modes(folder: Path) -> dict[str, int]:
    """Files and folders the bot makes, as a Telegram bot and as the local chat (with an export): modes."""
    made: dict[str, int] = {}
    async with FakeBotApi() as fake:
        root = folder / "modes-telegram"
        root.mkdir()
        env = bot_env(fake, root / "nieuw" / "data" / "bot.sqlite3")
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=root, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        fake.user(990_000, "Sam")
        fake.send_text(990_000, "/start")
        try:
            await fake.wait_for_messages(990_000, 1, timeout=WITHIN)
            # While it runs: the database's -wal and -shm files are there too.
            made |= {f"telegram: {k}": v for k, v in _modes(root / "nieuw").items()}
        finally:
            process.terminate()
            await process.wait()
    root = folder / "modes-chat"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "EXPORT_"))}
    env |= {"DATABASE_URL": f"sqlite:///{root}/nieuw/data/bot.sqlite3", "EXPORT_DIR": f"{root}/nieuw/exports"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--user", "sam", cwd=root, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await asyncio.wait_for(process.communicate(b"/start\n/mijngegevens\n"), WITHIN)
    made |= {f"local chat: {k}": v for k, v in _modes(root / "nieuw").items()}
    return made
