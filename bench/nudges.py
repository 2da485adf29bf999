"""Follow-ups at scale: start-up with 100,000 pending, and 10,000 due at once against a 30 msg/s Bot API.

Start-up runs in fresh processes (time from building the app to the end of the first catch-up run, and the
process's peak memory), with an empty database as the baseline in the same run. The dispatch runs the real
`loopbaanbot run` process against the fake Bot API, which enforces Telegram's 30 messages/s with 429s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.fakes._bot_api_models import SentRecord
from tests.fakes.bot_api import FakeBotApi

from ._report import machine, median, write_section
from ._seed import seed_due_steps

__all__ = ["main", "run"]

TELEGRAM_RATE = 30.0
TARGET_SHARE = 0.9
FIRST_CHAT = 800_000


async def _startup(db: Path) -> dict[str, float]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench._nudge_startup", str(db), stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError("the start-up process failed")
    figures: dict[str, float] = json.loads(out)
    return figures


async def _startups(folder: Path, pending: int, rounds: int) -> dict[str, dict[str, list[float]]]:
    empty, full = folder / "empty.sqlite3", folder / "pending.sqlite3"
    await seed_due_steps(empty, count=0, due_at=datetime.now(UTC))
    await seed_due_steps(full, count=pending, due_at=datetime.now(UTC) + timedelta(days=30))
    seen: dict[str, dict[str, list[float]]] = {"no nudges (baseline)": {}, f"{pending:,} pending": {}}
    for _ in range(rounds):
        for name, db in zip(seen, (empty, full), strict=True):
            for key, value in (await _startup(db)).items():
                seen[name].setdefault(key, []).append(value)
    return seen


class _Phones:
    """Counts the follow-ups each student receives; done when every student has one."""

    def __init__(self, fake: FakeBotApi, students: int) -> None:
        self.received: Counter[int] = Counter()
        self.first: float | None = None
        self.last = 0.0
        self.students = students
        self.done = asyncio.Event()
        fake.listeners.append(self._heard)

    def _heard(self, record: SentRecord) -> None:
        if record.method != "sendMessage" or (record.chat_id or 0) < FIRST_CHAT:
            return
        self.received[record.chat_id or 0] += 1
        self.last = time.perf_counter()
        self.first = self.first or self.last
        if len(self.received) == self.students:
            self.done.set()


async def _dispatch(folder: Path, students: int) -> dict[str, float]:
    db = folder / f"due-{time.monotonic_ns()}.sqlite3"
    await seed_due_steps(
        db, count=students, due_at=datetime.now(UTC) - timedelta(minutes=1), first_id=FIRST_CHAT
    )
    async with FakeBotApi(global_rate=TELEGRAM_RATE, global_burst=TELEGRAM_RATE) as fake:
        for n in range(students):
            fake.started(FIRST_CHAT + n, first_name=f"Leerling{n}")
        phones = _Phones(fake, students)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "QUIET_"))}
        env |= {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "DATABASE_URL": f"sqlite:///{db}",
            "WEB_PORT": "0",
            "QUIET_HOURS": "00:00-00:00",
            "LOG_LEVEL": "WARNING",
        }
        began = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=folder,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        try:
            async with asyncio.timeout(students / TELEGRAM_RATE * 3 + 60):
                await phones.done.wait()
            total = time.perf_counter() - began
            await asyncio.sleep(1.0)  # a duplicate would show up now
        finally:
            process.send_signal(signal.SIGTERM)
            await process.wait()
        floods = sum(1 for e in fake.errors if e.status == 429)
        other = [e for e in fake.errors if e.status != 429]
    assert phones.first is not None
    sustained = (students - 1) / (phones.last - phones.first) if students > 1 else float("nan")
    return {
        "total s": total,
        "messages/s overall": students / total,
        "messages/s sustained": sustained,
        "lost": students - len(phones.received),
        "duplicates": sum(n - 1 for n in phones.received.values()),
        "429s": floods,
        "other errors": len(other),
    }


def run(*, pending: int, due: int, rounds: int, write: bool = True) -> dict[str, dict[str, float]]:
    """Both measurements; medians of `rounds` start-ups, one dispatch."""
    folder = Path(tempfile.mkdtemp(prefix="lb-bench-nudges-", dir=Path.cwd()))
    try:
        seen = asyncio.run(_startups(folder, pending, rounds))
        startup = {name: {k: median(v) for k, v in figures.items()} for name, figures in seen.items()}
        for name, figures in startup.items():
            print(f"start-up, {name}: {figures['seconds'] * 1000:.0f} ms, peak {figures['peak_mb']:.0f} MB")
        dispatch = asyncio.run(_dispatch(folder, due))
        print(f"dispatch of {due}: " + ", ".join(f"{k} {v:.1f}" for k, v in dispatch.items()))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if write:
        _write(pending, due, rounds, startup, dispatch)
    return {**startup, "dispatch": dispatch}


def _write(
    pending: int, due: int, rounds: int, startup: dict[str, dict[str, float]], dispatch: dict[str, float]
) -> None:
    base, full = startup.values()
    share = dispatch["messages/s overall"] / TELEGRAM_RATE
    slower = f"{full['seconds'] * 1000:.0f} ({full['seconds'] / base['seconds']:.2f} ×)"
    bigger = f"{full['peak_mb']:.0f} ({full['peak_mb'] / base['peak_mb']:.2f} ×)"
    total = f"{dispatch['total s']:.1f} s (floor at {TELEGRAM_RATE:.0f} msg/s: {due / TELEGRAM_RATE:.1f} s)"
    overall = f"{dispatch['messages/s overall']:.1f} messages/s = **{share:.2f} × {TELEGRAM_RATE:.0f}**"
    ok = share >= TARGET_SHARE and dispatch["lost"] == 0 and dispatch["duplicates"] == 0
    verdict = "met" if ok else "NOT met"
    body = f"""## Follow-ups: start-up with pending nudges, and a burst of due ones (issue 4)

Command: `python3 tasks.py bench nudges`. Measured {machine()}.

**Start-up** (fresh process: build the app, open the database, requeue unsent claims, start the scheduler,
finish the first catch-up run; median of {rounds}):

| database | start-up ms | peak memory MB |
|---|---|---|
| no nudges (baseline) | {base["seconds"] * 1000:.0f} | {base["peak_mb"]:.0f} |
| {pending:,} pending nudges | {slower} | {bigger} |

Pending nudges are rows, not scheduler jobs: start-up reads only the earliest due time (an index), so it
does not grow with their number.

**{due:,} follow-ups due at once**, the real `loopbaanbot run` process against the fake Bot API enforcing
{TELEGRAM_RATE:.0f} messages/s (429 with retry_after beyond that), one run:

| figure | value |
|---|---|
| total time, process start to last follow-up | {total} |
| overall rate | {overall} |
| sustained rate, first to last follow-up | {dispatch["messages/s sustained"]:.1f} messages/s |
| lost / duplicated | {dispatch["lost"]:.0f} / {dispatch["duplicates"]:.0f} |
| 429s from the fake | {dispatch["429s"]:.0f} |

Target: at least {TARGET_SHARE} × {TELEGRAM_RATE:.0f} messages/s, nothing lost: **{verdict}**. Every follow-up
is one Telegram message (the greeting and the question are merged); the outbox paces sending at 30/s with a
token bucket, so Telegram's limit is met without relying on 429s.
"""
    write_section("nudges", body)


def main(argv: list[str] | None = None) -> None:
    """Command line of the follow-up benchmark."""
    parser = argparse.ArgumentParser(prog="bench nudges")
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="a tiny run that only checks the bench works")
    args = parser.parse_args(argv)
    if args.quick:
        run(pending=200, due=20, rounds=1, write=False)
    else:
        run(pending=args.pending, due=args.due, rounds=args.rounds)
