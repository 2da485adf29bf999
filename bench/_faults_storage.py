"""A database that cannot write while students answer: each turn lost whole, said so, logged once, recovered.

Three ways to fail: the real process is not allowed to write any file (RLIMIT_FSIZE 0, set from outside on
the running bot: the kernel answers every write with EFBIG, SQLite reports a disk I/O error, as with a
failing or full disk), and in process the database file may grow no further (SQLITE_FULL, max_page_count)
or is read-only (SQLITE_READONLY, query_only). A half-stored turn is any change to a student's rows, or a
new receipt, while every answer was refused: the student was told it was not saved, so nothing may be.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import resource
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from pydantic import SecretStr

from bot.channels.telegram import Limits, TelegramBot
from bot.clock import SystemClock
from bot.config import Settings
from bot.logs import LibraryLogFilter, forget_repeats
from bot.runner import serving
from bot.wiring import build_app
from storage import SqliteStore
from tests.fakes.bot_api import FakeBotApi, FakeMessage

from ._faults_bot import BotProcess, scan_log
from ._faults_chat import REFLECTION, Chat
from ._faults_inputs import walk_to

__all__ = ["run_storage"]

FIRST_CHAT = 960_000
_LONG = " lang verhaal" * 1000  # needs new pages: a write that cannot fit in what the file already has
_NOT_SAVED = "niet bewaard"
_TABLES = ("experiences", "next_steps", "contacts", "sessions", "safety_events")


def _snapshot(db: Path) -> tuple[dict[str, str], int]:
    """A digest of every student's rows (their dossier and sessions), and the number of receipts."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        digests = {}
        for student_id, external_id in conn.execute("SELECT id, external_id FROM students"):
            digest = hashlib.sha256()
            for table in _TABLES:
                rows = conn.execute(f"SELECT * FROM {table} WHERE student_id = ? ORDER BY id", (student_id,))
                digest.update(repr(rows.fetchall()).encode())
            entries = conn.execute(
                "SELECT t.* FROM entries t JOIN experiences e ON e.id = t.experience_id"
                " WHERE e.student_id = ?",
                (student_id,),
            )
            digest.update(repr(entries.fetchall()).encode())
            digests[external_id] = digest.hexdigest()
        receipts = conn.execute("SELECT COUNT(*) FROM receipts").fetchone()[0]
    finally:
        conn.close()
    return digests, receipts


async def _refused_then_recovered(
    fake: FakeBotApi, db: Path, chats: list[Chat], fault: Callable[[], Awaitable[None]],
    repair: Callable[[], Awaitable[None]], tries: int,
) -> dict[str, float]:  # fmt: skip
    await asyncio.gather(*(walk_to(chat, 2) for chat in chats))  # at "Waar was het?"
    before = _snapshot(db)
    await fault()
    told = 0
    for attempt in range(tries):
        for chat in chats:
            chat.unread()
            chat.send(f"Bakkerij zq{chat.chat_id}f{attempt}{_LONG}")
        for chat in chats:
            told += any(_NOT_SAVED in (m.text or "") for m in await _reply(chat))
    after = _snapshot(db)
    await repair()
    recovered = 0
    for chat in chats:
        chat.send(f"Bakkerij De Zoete Inval zq{chat.chat_id}r")
    for chat in chats:
        recovered += any(a in (m.text or "") for m in await _reply(chat) for a in REFLECTION[3].asks)
    changed = sum(before[0].get(k) != after[0].get(k) for k in before[0])
    return {
        "refused answers": tries * len(chats),
        "told not saved": told,
        "half-stored turns": changed + (after[1] - before[1]),
        "recovered": recovered,
    }


async def _reply(chat: Chat, within: float = 15.0) -> list[FakeMessage]:
    return await chat.wait_unread(within)


async def _real_process(folder: Path, students: int, tries: int, hold: float) -> dict[str, float]:
    db, log = folder / "disk.sqlite3", folder / "disk.log"
    async with FakeBotApi() as fake:
        bot = BotProcess(fake, folder, db=db, log=log, TELEGRAM_RATE_LIMIT="0", TELEGRAM_CHAT_RATE_LIMIT="0")
        chats = [Chat(fake, FIRST_CHAT + n, f"Leerling{n}") for n in range(students)]
        await bot.start()
        try:
            await bot.ready()
            assert bot.process is not None
            pid = bot.process.pid

            async def fault() -> None:
                resource.prlimit(pid, resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

            async def repair() -> None:
                await asyncio.sleep(hold)  # the background checkpoint (every 5 s) fails too
                infinity = resource.RLIM_INFINITY
                resource.prlimit(pid, resource.RLIMIT_FSIZE, (infinity, infinity))

            figures = await _refused_then_recovered(fake, db, chats, fault, repair, tries)
        finally:
            code = await bot.stop()
        rejected = len(fake.errors)
    return figures | _log_figures(log) | {"rejected": rejected, "exit code": code if code is not None else -1}


def _log_figures(log: Path) -> dict[str, float]:
    text = log.read_text(encoding="utf-8", errors="replace")
    scan = scan_log(log, ["lang verhaal", "Bakkerij"])
    return {
        "error lines": scan.errors,
        "of which about handling": text.count("error handling update"),
        "tracebacks": scan.tracebacks,
        "texts in log": len(scan.markers_found),
        "log bytes": scan.size,
    }


@asynccontextmanager
async def _in_process(fake: FakeBotApi, db: Path, log: Path) -> AsyncIterator[SqliteStore]:
    """The bot in this process (its writer connection reachable), logging to `log` like the real one."""
    forget_repeats()
    handler = logging.FileHandler(log, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(LibraryLogFilter())
    watched = [logging.getLogger(name) for name in ("loopbaanbot", "telegram")]
    levels = [logger.level for logger in watched]
    for logger in watched:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    settings = Settings(
        _env_file=None,
        telegram_bot_token=SecretStr(fake.token),
        telegram_api_base_url=fake.base_url,
    )
    store = SqliteStore(db)
    app = build_app(settings, store=store, clock=SystemClock(), rng=random.Random(1))
    telegram = TelegramBot(app, limits=Limits(rate=0, per_chat_rate=0), poll_timeout=1)
    try:
        async with serving(app, [telegram]):
            yield store
    finally:
        for logger, level in zip(watched, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
        handler.close()


async def _pragma_fault(
    folder: Path, name: str, fault: str, repair: str, students: int, tries: int
) -> dict[str, float]:
    db, log = folder / f"{name}.sqlite3", folder / f"{name}.log"
    async with FakeBotApi() as fake:
        chats = [Chat(fake, FIRST_CHAT + 100 + n, f"Leerling{n}") for n in range(students)]
        async with _in_process(fake, db, log) as store:
            writer = store._conn
            assert writer is not None

            async def on() -> None:
                [[pages]] = await writer.execute_fetchall("PRAGMA page_count")
                await writer.execute(fault.format(pages=pages))

            async def off() -> None:
                await writer.execute(repair)

            figures = await _refused_then_recovered(fake, db, chats, on, off, tries)
        rejected = len(fake.errors)
    return figures | _log_figures(log) | {"rejected": rejected}


async def run_storage(
    folder: Path, *, students: int, tries: int, hold: float = 6.0
) -> dict[str, dict[str, float]]:
    """The three ways to fail, one after the other (the process's disk refuses writes `hold` s longer)."""
    return {
        "disk refuses writes (process, EFBIG)": await _real_process(folder, students, tries, hold),
        "database full (SQLITE_FULL)": await _pragma_fault(
            folder,
            "full",
            "PRAGMA max_page_count = {pages}",
            "PRAGMA max_page_count = 1073741823",
            students,
            tries,
        ),
        "database read-only (SQLITE_READONLY)": await _pragma_fault(
            folder, "readonly", "PRAGMA query_only = 1", "PRAGMA query_only = 0", students, tries
        ),
    }
