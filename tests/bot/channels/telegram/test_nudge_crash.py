"""1,000 follow-ups due, the bot killed with SIGKILL in the middle of sending them, and started again."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench._seed import seed_due_steps
from tests.fakes._bot_api_models import SentRecord
from tests.fakes.bot_api import FakeBotApi

STUDENTS = 1000
FIRST_CHAT = 700_000
KILL_AT = 300


def _env(fake: FakeBotApi, db: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "LOG_", "QUIET_"))
    }
    return env | {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{db}",
        "WEB_PORT": "0",
        "QUIET_HOURS": "00:00-00:00",  # whenever CI runs this, it is not night for the bot
    }


async def _start(fake: FakeBotApi, db: Path, cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=cwd, env=_env(fake, db),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def _follow_ups(fake: FakeBotApi) -> Counter[int]:
    return Counter(
        r.chat_id for r in fake.sent if r.method == "sendMessage" and r.chat_id and r.chat_id >= FIRST_CHAT
    )


async def test_killed_while_sending_every_student_gets_each_follow_up_exactly_once(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    await seed_due_steps(
        db, count=STUDENTS, due_at=datetime.now(UTC) - timedelta(minutes=5), first_id=FIRST_CHAT
    )
    for n in range(STUDENTS):
        fake.started(FIRST_CHAT + n, first_name=f"Leerling{n}")

    first = await _start(fake, db, tmp_path)

    def kill_mid_request(record: SentRecord) -> None:
        # The worst moment: Telegram has the message, the bot never hears back.
        if record.method == "sendMessage" and len(_follow_ups(fake)) == KILL_AT and first.returncode is None:
            os.kill(first.pid, signal.SIGKILL)

    fake.listeners.append(kill_mid_request)
    assert await asyncio.wait_for(first.wait(), timeout=90) == -signal.SIGKILL
    fake.listeners.clear()
    assert len(_follow_ups(fake)) == KILL_AT
    with sqlite3.connect(db) as conn:
        left = dict(conn.execute("SELECT status, COUNT(*) FROM nudges GROUP BY status").fetchall())
    assert left.get("pending", 0) + left.get("sending", 0) > 0, f"killed too late to test anything: {left}"

    everyone = asyncio.Event()
    fake.listeners.append(lambda _: everyone.set() if len(_follow_ups(fake)) >= STUDENTS else None)
    second = await _start(fake, db, tmp_path)
    try:
        async with asyncio.timeout(90):
            await everyone.wait()
        await asyncio.sleep(1.0)  # time for a duplicate to show up, if there were one
    finally:
        second.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(second.communicate(), timeout=30)
    assert second.returncode == 0, err.decode()[-2000:]

    received = _follow_ups(fake)
    assert len(received) == STUDENTS, "every student got their follow-up"
    assert set(received.values()) == {1}, f"duplicates: {[c for c, n in received.items() if n > 1][:10]}"
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("SELECT status, COUNT(*) FROM nudges GROUP BY status").fetchall())
    assert statuses == {"sent": STUDENTS}
    texts = [r.text or "" for r in fake.sent if r.method == "sendMessage" and r.chat_id in received]
    assert all("Is het gelukt?" in text for text in texts)
