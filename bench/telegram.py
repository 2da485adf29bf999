"""Telegram: students doing full reflections through the bot and real HTTP, next to a bare echo bot.

Everything runs against the fake Bot API on loopback (tests/fakes), in one process. Each simulated student
waits for the bot's reply to a message before sending the next one (closed loop), like a person would.
A bare python-telegram-bot echo bot goes through the same harness in the same run, in several
configurations; the target compares our bot with the echo bot's best one. Our bot runs on SQLite in
several configurations and, with `--store postgresql` (or `both`, the default when PostgreSQL is installed),
with its default settings on a throwaway PostgreSQL server as well.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.runtime import tune_gc
from storage.testing import PostgresNotInstalledError, ThrowawayPostgres
from tests.fakes._bot_api_models import SentRecord
from tests.fakes.bot_api import FakeBotApi

from ._report import machine, median, percentile, write_section

__all__ = ["main"]


# (what the student does, a fragment of the bot's reply that completes the step); robust to text variants.
REFLECTION: list[tuple[tuple[str, str], str]] = [
    (("text", "/reflecteren"), "Waar wil je op terugkijken?"),
    (("press", "Stage"), "Waar was het?"),
    (("text", "Bakkerij De Zoete Inval"), "Wanneer was het?"),
    (("text", "gisteren"), "klopt dat?"),
    (("press", "Ja, klopt"), "alsof ik erbij was"),
    (("text", "Ik mocht taarten versieren en ik was trots toen de klant lachte"), "Je was trots"),
    (("text", "De klant zei dat de taart mooi was"), "school"),
    (("text", "bij tekenen op school"), "eerder"),
    (("text", "ja vroeger tekende ik voor mijn oma"), "vlak voordat"),
    (("text", "dat iemand blij werd van wat ik maakte"), "woord"),
    (("text", "creatief"), "opleiding"),
    (("text", "iets met ontwerpen"), "uitproberen"),
    (("text", "Ik ga de bakker vragen of ik nog een dag mag komen"), "Wanneer doe je dat?"),
    (("text", "vrijdag"), "klopt dat?"),
    (("press", "Ja, klopt"), "Wie kan je daarbij helpen?"),
    (("text", "mijn tante Els"), "bereiken"),
    (("text", "bellen"), "in de weg"),
    (("text", "dat ik het vergeet, dan zet ik een wekker"), "dossier"),
]
ECHO: list[tuple[tuple[str, str], str]] = [
    (("text", f"bericht {n}"), f"bericht {n}") for n in range(len(REFLECTION))
]
TARGET_RATIO = 0.9
FIRST_CHAT = 10_000


@dataclass
class _Student:
    chat_id: int
    route: list[tuple[tuple[str, str], str]]
    step: int = 0
    sent_at: float = 0.0
    buttons: dict[str, tuple[int, str]] = field(default_factory=dict)


class _Crowd:
    """Drives every student off the fake's listener; done when all routes are walked."""

    def __init__(self, fake: FakeBotApi, students: int, route: list[tuple[tuple[str, str], str]]) -> None:
        self.fake = fake
        self.students = {FIRST_CHAT + n: _Student(FIRST_CHAT + n, route) for n in range(students)}
        self.latencies: list[float] = []
        self.done = asyncio.Event()
        self.remaining = students
        self.api_calls = 0
        fake.listeners.append(self._heard)
        for chat_id in self.students:
            fake.user(chat_id, first_name="Sam", language_code="nl")

    def start(self) -> None:
        for student in self.students.values():
            self._act(student)

    def _act(self, student: _Student) -> None:
        (kind, value), _ = student.route[student.step]
        student.sent_at = time.perf_counter()
        if kind == "press":
            message_id, data = student.buttons[value]
            self.fake.press_button(student.chat_id, message_id, data)
        elif value.startswith("/"):
            self.fake.send_command(student.chat_id, value[1:])
        else:
            self.fake.send_text(student.chat_id, value)

    def _heard(self, record: SentRecord) -> None:
        self.api_calls += 1
        student = self.students.get(record.chat_id or 0)
        if student is None or record.method != "sendMessage" or record.text is None:
            return
        keyboard = (record.reply_markup or {}).get("inline_keyboard") or []
        if keyboard and record.message_id is not None:
            message_id = record.message_id
            student.buttons = {b["text"]: (message_id, b["callback_data"]) for row in keyboard for b in row}
        _, expected = student.route[student.step]
        if expected not in record.text:
            return
        self.latencies.append(time.perf_counter() - student.sent_at)
        student.step += 1
        if student.step == len(student.route):
            self.remaining -= 1
            if self.remaining == 0:
                self.done.set()
            return
        # Not from inside the fake's request handler: the student "reads" the reply, then acts.
        asyncio.get_running_loop().call_soon(self._act, student)


@dataclass
class Result:
    messages: int
    seconds: float
    latencies: list[float]
    api_calls: int
    bot_cpu: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class _Bot:
    kind: str
    concurrency: int
    poll_interval: float = 0.0
    store: str = "sqlite"


async def _measure(
    students: int,
    route: list[tuple[tuple[str, str], str]],
    bot: _Bot,
    folder: Path,
    postgres: ThrowawayPostgres | None = None,
) -> Result:
    if bot.store == "postgresql":
        if postgres is None:
            raise ValueError("a PostgreSQL configuration needs the throwaway server")
        database = await postgres.create_database()
        try:
            return await _measure_on(students, route, bot, database)
        finally:
            await postgres.drop_database(database)
    return await _measure_on(students, route, bot, str(folder / f"bot-{time.monotonic_ns()}.sqlite3"))


async def _measure_on(
    students: int, route: list[tuple[tuple[str, str], str]], bot: _Bot, database: str
) -> Result:
    async with FakeBotApi() as fake:
        crowd = _Crowd(fake, students, route)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench._bot_process",
            bot.kind, str(bot.concurrency), str(bot.poll_interval), fake.token, fake.base_url, database,
        )  # fmt: skip
        try:
            # One round trip first: the bot is up, connected and warm before the clock starts.
            warm = FIRST_CHAT - 1
            fake.user(warm, first_name="Warm", language_code="nl")
            if bot.kind == "echo":
                fake.send_text(warm, "warm")
            else:
                fake.send_command(warm, "help")
            await fake.wait_for_messages(warm, 1, timeout=60)
            cpu_before = _cpu_seconds(process.pid)
            began = time.perf_counter()
            crowd.start()
            async with asyncio.timeout(600):
                await crowd.done.wait()
            seconds = time.perf_counter() - began
            cpu = _cpu_seconds(process.pid) - cpu_before
        finally:
            process.terminate()
            await process.wait()
        errors = [e for e in fake.errors if e.status != 429]
        if errors:
            raise RuntimeError(f"the fake Bot API refused requests: {errors[:3]}")
    return Result(len(crowd.latencies), seconds, crowd.latencies, crowd.api_calls, cpu)


CONFIGS: list[tuple[str, list[tuple[tuple[str, str], str]], _Bot]] = [
    ("echo bot, sequential", ECHO, _Bot("echo", 1)),
    ("echo bot, 8 concurrent", ECHO, _Bot("echo", 8)),
    ("echo bot, 256 concurrent (PTB's True)", ECHO, _Bot("echo", 256)),
    ("loopbaanbot, 8 concurrent, polling without pause", REFLECTION, _Bot("loopbaanbot", 8, 0.0)),
    ("loopbaanbot, 1 at a time, polling every 20 ms", REFLECTION, _Bot("loopbaanbot", 1, 0.02)),
    ("loopbaanbot, 4 concurrent, polling every 20 ms", REFLECTION, _Bot("loopbaanbot", 4, 0.02)),
    ("loopbaanbot, 8 concurrent, polling every 20 ms (default)", REFLECTION, _Bot("loopbaanbot", 8, 0.02)),
    ("loopbaanbot, 32 concurrent, polling every 20 ms", REFLECTION, _Bot("loopbaanbot", 32, 0.02)),
    ("loopbaanbot, 8 concurrent, polling every 50 ms", REFLECTION, _Bot("loopbaanbot", 8, 0.05)),
    (
        "loopbaanbot on PostgreSQL, 8 concurrent, polling every 20 ms (default)",
        REFLECTION,
        _Bot("loopbaanbot", 8, 0.02, "postgresql"),
    ),
]
DEFAULT = "loopbaanbot, 8 concurrent, polling every 20 ms (default)"
DEFAULT_POSTGRES = "loopbaanbot on PostgreSQL, 8 concurrent, polling every 20 ms (default)"
STORES = ("sqlite", "postgresql")


@contextlib.contextmanager
def _postgres(needed: bool) -> Iterator[ThrowawayPostgres | None]:
    """A throwaway PostgreSQL server on disk, with fsync and synchronous commits as a school runs it."""
    if not needed:
        yield None
        return
    with ThrowawayPostgres(durable=True) as postgres:
        yield postgres


def run(
    students: int, rounds: int, *, write: bool = True, stores: tuple[str, ...] = STORES
) -> dict[str, dict[str, float]]:
    """Echo bot and our bot in several configurations, each in its own process; medians of the rounds.

    `stores` says which stores our bot runs on (the echo bot stores nothing and always runs).
    """
    tune_gc()
    configs = [c for c in CONFIGS if c[2].kind == "echo" or c[2].store in stores]
    folder = Path(tempfile.mkdtemp(prefix="lb-bench-tg-", dir=Path.cwd()))
    seen: dict[str, dict[str, list[float]]] = {}
    try:
        with _postgres("postgresql" in stores) as postgres:
            _rounds(students, rounds, configs, folder, postgres, seen)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    medians = {name: {k: median(v) for k, v in figures.items()} for name, figures in seen.items()}
    if write:
        _write(students, rounds, medians, seen)
    return medians


def _rounds(
    students: int,
    rounds: int,
    configs: list[tuple[str, list[tuple[tuple[str, str], str]], _Bot]],
    folder: Path,
    postgres: ThrowawayPostgres | None,
    seen: dict[str, dict[str, list[float]]],
) -> None:
    for round_number in range(rounds):
        for name, route, bot in configs:
            result = asyncio.run(_measure(students, route, bot, folder, postgres))
            figures = seen.setdefault(name, {})
            for key, value in {
                "messages/s": result.rate,
                "p50 ms": percentile(result.latencies, 50) * 1000,
                "p99 ms": percentile(result.latencies, 99) * 1000,
                "api calls per message": result.api_calls / result.messages,
                "bot cpu ms per message": result.bot_cpu / result.messages * 1000,
            }.items():
                figures.setdefault(key, []).append(value)
            cpu = result.bot_cpu / result.messages * 1000
            print(f"round {round_number + 1}/{rounds} {name}: {result.rate:.0f} messages/s, "
                  f"p99 {percentile(result.latencies, 99) * 1000:.1f} ms, bot CPU {cpu:.2f} ms/message",
                  flush=True)  # fmt: skip


def _write(
    students: int, rounds: int, medians: dict[str, dict[str, float]], seen: dict[str, dict[str, list[float]]]
) -> None:
    echo_best = max((f["messages/s"], n) for n, f in medians.items() if n.startswith("echo"))
    ours_best = max((f["messages/s"], n) for n, f in medians.items() if n.startswith("loopbaanbot"))
    verdicts = []
    for name, store in ((DEFAULT, "SQLite"), (DEFAULT_POSTGRES, "PostgreSQL")):
        if name in medians:
            ratio = medians[name]["messages/s"] / echo_best[0]
            verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
            verdicts.append(f"on {store} **{ratio:.2f} ×** (**{verdict}**)")
    rows = ["| bot | messages/s | × best echo | reply p50 ms | reply p99 ms | Bot API calls per message "
            "| bot CPU ms per message |",
            "|---|---|---|---|---|---|---|"]  # fmt: skip
    for name, f in medians.items():
        values = seen[name]["messages/s"]
        rows.append(
            f"| {name} | {f['messages/s']:.0f} ({min(values):.0f}–{max(values):.0f}) "
            f"| {f['messages/s'] / echo_best[0]:.2f} | {f['p50 ms']:.0f} | {f['p99 ms']:.0f} "
            f"| {f['api calls per message']:.2f} | {f['bot cpu ms per message']:.2f} |"
        )
    body = f"""## Telegram: the bot over HTTP (issue 3)

Command: `python3 tasks.py bench telegram` ({students} students × {len(REFLECTION)} messages each, full
reflections with button presses; the echo bot gets the same number of plain messages; median of {rounds}
interleaved rounds, lowest–highest in brackets). Measured {machine()}.

{chr(10).join(rows)}

Best echo bot: {echo_best[1]} ({echo_best[0]:.0f} messages/s). loopbaanbot with its default settings,
against that (target at least {TARGET_RATIO} × with every turn committed): {"; ".join(verdicts)}. Its
best configuration here: {ours_best[1]}.

"Messages/s" counts the students' messages (a typed answer or a button press), each from the moment the
fake server queues it until the bot's reply that completes it has reached the fake server; "reply p50/p99"
is that time per message. Every student waits for the reply before sending the next message, so with all
{students} students busy the replies queue up: p50/p99 here is mostly waiting in line at full load, not the
time one reply takes. Each bot runs in its own process, like in production, and the fake Bot API with the
simulated students in another one, so "bot CPU" is the bot's own work (read from /proc).

loopbaanbot does more per message than echoing: a button press is answered (answerCallbackQuery), its
keyboard is replaced by the choice (editMessageText) and the next question is sent, and every answer is
committed to SQLite before the reply goes out. Two things made the difference, each measured here: the HTTP
client (python-telegram-bot on httpx cost the bot ~1.5 ms of CPU per Bot API call; loopbaanbot plugs an
aiohttp client into PTB's documented `BaseRequest`), and a 20 ms pause between getUpdates calls, so one call
fetches the updates of several students. Rate limits are off for both bots (the fake enforces none here);
in production the bot sends at most 30 messages/s, which is Telegram's limit, not the bot's.
"""
    write_section("telegram", body)


def main(argv: list[str] | None = None) -> None:
    """Command line of the Telegram benchmark."""
    parser = argparse.ArgumentParser(prog="bench telegram")
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--store",
        choices=("sqlite", "postgresql", "both"),
        default="both",
        help="where our bot keeps its data (PostgreSQL: a throwaway server on this machine; default both)",
    )
    parser.add_argument("--quick", action="store_true", help="a tiny run that only checks the bench works")
    args = parser.parse_args(argv)
    stores = STORES if args.store == "both" else (args.store,)
    try:
        if args.quick:
            run(students=5, rounds=1, write=False, stores=stores)
        else:
            run(students=args.students, rounds=args.rounds, stores=stores)
    except PostgresNotInstalledError as exc:
        sys.exit(f"{exc} (or run `bench telegram --store sqlite`)")
