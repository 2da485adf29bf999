"""A bad line to Telegram while students reflect: slow answers, connections reset, and 429s.

Resets come in two kinds the bot cannot tell apart: before the server took the message (it never arrives)
and after (it arrived; only the answer was lost). The bot never sends a message again after a reset, so
the second kind cannot double; the first kind is the documented window: the student misses that message
and gets the question again when they ask (/verder). Both are counted here.
"""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

from tests.fakes.bot_api import Chaos, FakeBotApi

from ._faults_answers import check_answers
from ._faults_bot import BotProcess, scan_log
from ._faults_chat import Chat, Reflection, doubles
from ._faults_kill import settle

__all__ = ["run_flood", "run_slow_and_reset"]


async def _reflect(
    folder: Path,
    name: str,
    fake: FakeBotApi,
    chaos: Chaos,
    *,
    students: int,
    first_chat: int,
    budget: float,
    patience: float,
    paced: bool,
) -> dict[str, float]:
    db, log = folder / f"{name}.sqlite3", folder / f"{name}.log"
    unpaced = {} if paced else {"TELEGRAM_RATE_LIMIT": "0", "TELEGRAM_CHAT_RATE_LIMIT": "0"}
    bot = BotProcess(fake, folder, db=db, log=log, **unpaced)
    reflections = [
        Reflection(
            Chat(fake, first_chat + n, f"Leerling{n}"),
            random.Random(chaos.seed * 1000 + n),
            patience=patience,
        )
        for n in range(students)
    ]
    await bot.start()
    try:
        await bot.ready()
        ready = time.monotonic()
        fake.chaos("sendMessage", chaos)
        deadline = ready + budget
        walking = [asyncio.create_task(r.run(lambda: ready, deadline)) for r in reflections]
        await asyncio.wait(walking, timeout=budget)
        fake.chaos("sendMessage", None)
        await settle(fake)
        seconds = time.monotonic() - ready
    finally:
        code = await bot.stop()
    check = check_answers(db, reflections)
    scan = scan_log(log, [s.marker for r in reflections for s in r.sent if s.marker])
    injected = [f for f in fake.injected if f.method == "sendMessage"]
    log_text = log.read_text(encoding="utf-8", errors="replace")
    return {
        "students": students,
        "seconds": seconds,
        "sends": fake.call_counts["sendMessage"],
        "slow": sum(f.kind == "stall" for f in injected),
        "reset before": sum(f.kind == "drop" and not f.after_processing for f in injected),
        "reset after": sum(f.kind == "drop" and f.after_processing for f in injected),
        "429s": sum(f.status == 429 for f in injected),
        "uncertain (logged)": log_text.count("network, maybe delivered"),
        "given up (logged)": log_text.count("giving up on a"),
        "doubles": sum(doubles(fake, r.chat.chat_id) for r in reflections),
        "repeats ignored": sum(r.repeats_ignored for r in reflections),
        "pokes": sum(r.pokes for r in reflections),
        "finished": check.finished,
        "stuck": sum(r.stuck for r in reflections),
        "answers": check.answers,
        "answers lost": check.answers_lost,
        "updates lost": check.updates_lost,
        "stored twice": check.stored_twice,
        "skipped": check.skipped,
        "rejected": sum(e.status != 429 for e in fake.errors),
        "tracebacks": scan.tracebacks,
        "log errors": scan.errors - log_text.count("giving up on a"),
        "texts in log": len(scan.markers_found),
        "exit code": code if code is not None else -1,
    }


async def run_slow_and_reset(
    folder: Path,
    *,
    students: int,
    seed: int,
    budget: float,
    slow: float = 0.15,
    reset: float = 0.2,
    late: tuple[float, float] = (1.0, 8.0),
    paced: bool = True,
) -> dict[str, float]:
    """`slow` of the sends answered `late` seconds late, `reset` of them reset (half before, half after)."""
    chaos = Chaos(stall=slow, stall_seconds=late, drop_before=reset / 2, drop_after=reset / 2, seed=seed)
    # Patient students: a late answer (and a chat's messages wait for each other) is not a lost one; they
    # ask again (/verder) only when a message really did not come.
    patience = 2.5 * late[1]
    async with FakeBotApi() as fake:
        figures = await _reflect(
            folder, "reset", fake, chaos, students=students, first_chat=920_000, budget=budget,
            patience=patience, paced=paced,
        )  # fmt: skip
        # Sends that reached the fake (stored) or were reset before it took them; anything beyond is a resend.
        stored = sum(len(fake.messages(920_000 + n, include_deleted=True)) for n in range(students))
    figures["resent after a reset"] = figures["sends"] - stored - figures["reset before"]
    figures["share slow"], figures["share reset"] = slow, reset
    return figures


async def run_flood(
    folder: Path, *, students: int, seed: int, budget: float, share: float = 0.3, paced: bool = True
) -> dict[str, float]:
    """`share` of the sends answered 429 (retry after 1 s)."""
    chaos = Chaos(flood=share, retry_after=1, seed=seed)
    async with FakeBotApi() as fake:
        # Every 429 pauses all sending for a second: replies are slow, not lost.
        figures = await _reflect(
            folder, "flood", fake, chaos, students=students, first_chat=930_000, budget=budget,
            patience=15, paced=paced,
        )  # fmt: skip
    figures["share 429"] = share
    return figures
