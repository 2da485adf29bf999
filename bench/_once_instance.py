"""The `loopbaanbot run` processes of bench once, and what it reads from their database and the fake."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import asyncpg

from tests.fakes.bot_api import FakeBotApi

from .web import _free_port

__all__ = [
    "LEASE",
    "RATE",
    "Instance",
    "fetch_rows",
    "nothing_due",
    "put_off_ids",
    "telegram_counts",
    "until",
    "web_lines",
]

# CLAIM_LEASE_SECONDS for the runs: a dead instance's claims go to another within the run. It must outlast
# the time an instance takes for the batch it claimed (500 students) on a busy machine: with 20 s, claims
# ran out mid-batch and those follow-ups were put off for an hour (see put_off_ids).
LEASE = 60
RATE = (
    100  # the fake's limit (429 beyond it) and the bots' TELEGRAM_RATE_LIMIT: raised from 30 to keep it short
)


class Instance:
    """One `loopbaanbot run` process; its log (ids and routes only) kept in a file for the evidence."""

    def __init__(self, name: str, url: str, folder: Path, fake: FakeBotApi | None) -> None:
        self.name = name
        self.url = url
        self.folder = folder
        self.fake = fake
        self.log = folder / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None
        self.port = 0

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "DATABASE_", "WEB_", "SMTP_", "SUMMARY_", "QUIET_"))
        }
        today = datetime.now(ZoneInfo("Europe/Amsterdam")).strftime("%a").lower()
        env |= {
            "DATABASE_URL": self.url,
            "WEB_PORT": str(self.port),
            "SAFETY_MODEL": "off",
            "LOG_LEVEL": "WARNING",
            "QUIET_HOURS": "00:00-00:00",
            "CLAIM_LEASE_SECONDS": str(LEASE),
            "SUMMARY_DAY": today,
            "SUMMARY_TIME": "00:00",
        }
        if self.fake is not None:
            env |= {
                "TELEGRAM_BOT_TOKEN": self.fake.token,
                "TELEGRAM_API_BASE_URL": self.fake.base_url,
                "TELEGRAM_RATE_LIMIT": str(RATE),
            }
        return env

    async def start(self) -> None:
        self.port = _free_port()
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=self.env(), cwd=self.folder,
                stdout=asyncio.subprocess.DEVNULL, stderr=log,
            )  # fmt: skip
        async with aiohttp.ClientSession() as session:
            for _ in range(600):
                try:
                    async with session.get(f"http://127.0.0.1:{self.port}/health") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise RuntimeError(f"instance {self.name} did not start: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            os.kill(self.process.pid, signal.SIGKILL)

    async def stop(self) -> int | None:
        process = self.process
        if process is None:
            return None
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                async with asyncio.timeout(30):
                    await process.wait()
            except TimeoutError:
                process.kill()
                await process.wait()
        return process.returncode

    def count(self, text: str) -> int:
        return self.log.read_text(errors="replace").count(text)


async def fetch_rows(url: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    """The rows of one query, on a connection of its own."""
    conn = await asyncpg.connect(url)
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


async def nothing_due(url: str) -> bool:
    """Every follow-up sent, or put off to later (after a failure: an hour); none claimed or due now."""
    rows = await fetch_rows(url, "SELECT count(*) FROM nudges WHERE status <> 'sent' AND due_at <= now()")
    return bool(rows[0][0] == 0)


async def put_off_ids(url: str, channel: str) -> set[str]:
    """The students whose follow-up was not sent in the run but put off (the instance that had claimed it
    found the claim taken over and gave it back for later): not lost, due again after an hour."""
    rows = await fetch_rows(
        url,
        "SELECT s.external_id FROM nudges n JOIN students s ON s.id = n.student_id"
        " WHERE n.status <> 'sent' AND s.channel = $1",
        channel,
    )
    return {row[0] for row in rows}


async def web_lines(url: str, text: str) -> Counter[str]:
    """Per web student (external id): how many of the bot's chat lines hold `text`."""
    rows = await fetch_rows(
        url,
        "SELECT s.external_id, count(*) FROM chat_lines c JOIN students s ON s.id = c.person_id"
        " WHERE c.sender = 'bot' AND c.body::text LIKE $1 GROUP BY s.external_id",
        f"%{text}%",
    )
    return Counter({r[0]: r[1] for r in rows})


async def until(check: Callable[[], Any], *, within: float, every: float = 0.5) -> None:
    """Poll the database (another process changes it) until `check` holds."""
    async with asyncio.timeout(within):
        while not await check():  # noqa: ASYNC110 - what is waited for happens in other processes
            await asyncio.sleep(every)


def telegram_counts(fake: FakeBotApi, text: str) -> Counter[int]:
    """Per Telegram chat: how many messages holding `text` the fake Bot API received."""
    return Counter(
        r.chat_id for r in fake.sent if r.method == "sendMessage" and r.chat_id and text in (r.text or "")
    )
