"""SIGKILL at random moments while students reflect: nothing acknowledged is lost, nothing stored twice."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

from tests.fakes.bot_api import FakeBotApi

from ._faults_answers import check_answers, receipts
from ._faults_bot import BotProcess, scan_log
from ._faults_chat import Chat, Reflection, doubles

__all__ = ["FIRST_CHAT", "run_kills", "settle"]

FIRST_CHAT = 910_000
# A share of the kills lands in start-up (opening and migrating the database, connecting), the rest while
# the bot serves: somewhere in the first 2.5 s after it first polled.
_IN_START_UP = 0.2


async def settle(fake: FakeBotApi, quiet: float = 1.0, within: float = 60.0) -> None:
    """Wait until every update is confirmed and the bot sent nothing for `quiet` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        before = len(fake.sent)
        await asyncio.sleep(quiet)
        if fake.pending_updates == 0 and len(fake.sent) == before:
            return


async def _kill_at_acknowledgement(bot: BotProcess, fake: FakeBotApi) -> list[int]:
    """SIGKILL the moment a getUpdates offset confirms updates (the worst moment): the ids confirmed."""
    process = bot.process
    assert process is not None
    hit: list[int] = []

    def kill_now(confirmed: list[int]) -> None:
        if not hit and process.returncode is None:
            os.kill(process.pid, signal.SIGKILL)
            hit.extend(confirmed)

    fake.confirm_listeners.append(kill_now)
    try:
        await fake.wait_for(lambda: hit, 10)
    except TimeoutError:
        pass  # nothing to confirm (everyone finished): an ordinary kill
    finally:
        fake.confirm_listeners.remove(kill_now)
    return hit


def _hold_writer(db: Path) -> sqlite3.Connection:
    """Take SQLite's write lock, as another process writing would (a CLI command, a backup tool)."""
    conn = sqlite3.connect(db, timeout=10, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    return conn


async def run_kills(
    folder: Path, *, students: int, kills: int, aimed: int, seed: int, budget: float, paced: bool = True
) -> dict[str, float]:
    """`students` reflect while the bot is killed and restarted: `kills` times at random moments, `aimed`
    times right after Telegram's acknowledgement and `aimed` times while another writer holds the database.
    """
    db, log = folder / "kill.sqlite3", folder / "kill.log"
    rng = random.Random(seed)
    plan = ["random"] * kills + ["acknowledged"] * aimed + ["busy"] * aimed
    rng.shuffle(plan)
    at_acknowledgement: set[int] = set()
    while_busy: set[int] = set()
    async with FakeBotApi() as fake:
        unpaced = {} if paced else {"TELEGRAM_RATE_LIMIT": "0", "TELEGRAM_CHAT_RATE_LIMIT": "0"}
        bot = BotProcess(fake, folder, db=db, log=log, **unpaced)
        up: list[float | None] = [None]
        reflections = [
            Reflection(Chat(fake, FIRST_CHAT + n, f"Leerling{n}"), random.Random(seed * 1000 + n))
            for n in range(students)
        ]
        await bot.start()
        await bot.ready()
        up[0] = time.monotonic()
        deadline = time.monotonic() + budget
        walking = [asyncio.create_task(r.run(lambda: up[0], deadline)) for r in reflections]
        began = time.monotonic()

        async def serving() -> None:
            await bot.ready()
            up[0] = up[0] or time.monotonic()

        try:
            for kind in plan:
                if all(task.done() for task in walking):
                    break
                if kind == "acknowledged":
                    await serving()
                    await asyncio.sleep(rng.uniform(0.2, 1.0))
                    at_acknowledgement.update(await _kill_at_acknowledgement(bot, fake))
                elif kind == "busy":
                    await serving()
                    await asyncio.sleep(rng.uniform(0.2, 1.0))
                    confirmed: list[int] = []
                    fake.confirm_listeners.append(confirmed.extend)
                    writer = await asyncio.to_thread(_hold_writer, db)
                    await asyncio.sleep(rng.uniform(0.5, 2.0))
                    fake.confirm_listeners.remove(confirmed.extend)
                    while_busy.update(confirmed)
                    await bot.kill()
                    writer.rollback()
                    writer.close()
                elif rng.random() < _IN_START_UP:
                    await asyncio.sleep(rng.uniform(0.0, 1.0))
                else:
                    await serving()
                    await asyncio.sleep(rng.uniform(0.2, 2.5))
                up[0] = None
                await bot.kill()
                await bot.start()
            await serving()
            await asyncio.wait(walking, timeout=max(1.0, deadline - time.monotonic()))
            await settle(fake)
            seconds = time.monotonic() - began
        finally:
            for task in walking:
                task.cancel()
            code = await bot.stop()
        doubled = sum(doubles(fake, r.chat.chat_id) for r in reflections)
        pending = fake.pending_updates
        rejected = len(fake.errors)
    check = check_answers(db, reflections)
    handled = receipts(db)
    markers = [s.marker for r in reflections for s in r.sent if s.marker]
    scan = scan_log(log, markers)
    latencies = sorted(x for r in reflections for x in r.latencies)
    return {
        "students": students,
        "kills": bot.kills,
        "kills at random": plan.count("random"),
        "kills at acknowledgement": plan.count("acknowledged"),
        "updates acknowledged just before those": len(at_acknowledgement),
        "lost of those": len(at_acknowledgement - handled),
        "kills while the database was busy": plan.count("busy"),
        "updates acknowledged while it was busy": len(while_busy),
        "lost of these": len(while_busy - handled),
        "seconds": seconds,
        "messages": check.messages,
        "answers": check.answers,
        "handled": check.handled,
        "updates lost": check.updates_lost,
        "answers lost": check.answers_lost,
        "stored right": check.stored_right,
        "stored twice": check.stored_twice,
        "handled not stored": check.handled_not_stored,
        "skipped": check.skipped,
        "duplicate rows": check.duplicate_rows,
        "finished": check.finished,
        "stuck": sum(r.stuck for r in reflections),
        "pokes": sum(r.pokes for r in reflections),
        "doubles": doubled,
        "repeats ignored": sum(r.repeats_ignored for r in reflections),
        "pending at end": pending,
        "rejected": rejected,
        "tracebacks": scan.tracebacks,
        "log errors": scan.errors,
        "texts in log": len(scan.markers_found),
        "reply p50 s": latencies[len(latencies) // 2] if latencies else float("nan"),
        "exit code": code if code is not None else -1,
    }
