"""Many schools in one process: `python3 tasks.py bench schools [--write]`.

One `loopbaanbot run` process with a schools file of 20 schools, each with its own Telegram token and its
own database (a SQLite file each; then a PostgreSQL database each on one server), each with 300 follow-ups
due at start. Every school's bot talks to a fake Bot API of its own on 127.0.0.1 (one per token, all in
this process), which enforces Telegram's 30 messages/s per bot with 429s and notes when each message
arrived. Reported per school: its rate while sending, when its first and last follow-up arrived, and the
longest time it got nothing while other schools did (starvation); in total: the rate against 20 × 30/s.
One school and five schools on SQLite run first, to show where the CPU stops allowing 30/s for each.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bot.runtime import use_fast_event_loop
from storage.testing import ThrowawayPostgres
from tests.fakes._bot_api_models import SentRecord
from tests.fakes.bot_api import FakeBotApi

from ._pg_seed import seed_due
from ._schools_figures import Run, figures
from ._seed import seed_due_steps
from .telegram import _cpu_seconds
from .web import _free_port

__all__ = ["CONFIGS", "CONNECTIONS", "STARVED", "TELEGRAM_RATE", "main", "run", "run_quick"]

TELEGRAM_RATE = 30.0  # per bot: the fake's limit (429 beyond it) and the bot's own outbox rate
STARVED = 3.0  # seconds with nothing for a school while others get theirs: starved
CONNECTIONS = 6  # DATABASE_CONNECTIONS for every school on PostgreSQL (docs/deployment.md)
FIRST_CHAT = 1_000_000
# (store, schools) in the order they run: where 30/s each still fits, then the 20 schools on both stores.
CONFIGS = (("sqlite", 1), ("sqlite", 5), ("sqlite", 20), ("postgres", 20))


@dataclass
class _School:
    """One school of the run: its fake Bot API and what that received."""

    number: int
    fake: FakeBotApi
    chats: set[int]
    arrivals: list[tuple[float, int]] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return f"school{self.number:02d}"


def _token(number: int) -> str:
    return f"{7_100_000_000 + number}:AAFakeSchool{number:02d}TokenForBenchOnly-0123456789"


class _Watch:
    """Notes every follow-up's arrival per school; done when every student of every school has one."""

    def __init__(self, schools: list[_School]) -> None:
        self.waiting = sum(len(s.chats) for s in schools)
        self.done = asyncio.Event()
        self.first_cpu: float | None = None
        self.pid = 0
        for school in schools:
            school.fake.listeners.append(self._heard(school))

    def _heard(self, school: _School) -> Callable[[SentRecord], None]:
        seen: set[int] = set()

        def heard(record: SentRecord) -> None:
            chat = record.chat_id or 0
            if record.method != "sendMessage" or chat not in school.chats:
                return
            school.arrivals.append((time.perf_counter(), chat))
            if self.first_cpu is None and self.pid:
                self.first_cpu = _cpu_seconds(self.pid)
            if chat not in seen:
                seen.add(chat)
                self.waiting -= 1
                if self.waiting == 0:
                    self.done.set()

        return heard


def _schools_file(path: Path, schools: list[_School], urls: list[str]) -> None:
    lines = ["schools:"]
    for school, url in zip(schools, urls, strict=True):
        lines += [
            f"  - slug: {school.slug}",
            f"    name: School {school.number}",
            f"    hosts: [{school.slug}.example.nl]",
            f"    database_url: {url}",
            f'    telegram_bot_token: "{school.fake.token}"',
            "    settings:",
            f"      telegram_api_base_url: {school.fake.base_url}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)


async def _databases(
    store: str, folder: Path, postgres: ThrowawayPostgres | None, schools: list[_School], due: int
) -> list[str]:
    """A database per school with `due` follow-ups due a minute ago; their URLs."""
    past = datetime.now(UTC) - timedelta(minutes=1)
    urls = []
    for school in schools:
        first = min(school.chats)
        if postgres is None:
            db = folder / f"{school.slug}.sqlite3"
            await seed_due_steps(db, count=due, due_at=past, first_id=first)
            urls.append(f"sqlite:///{db}")
        else:
            url = await postgres.create_database()
            await seed_due(url, channel="telegram", first=first, count=due, due_at=past)
            urls.append(url)
    return urls


def _env(schools_file: Path, port: int) -> dict[str, str]:
    skip = ("TELEGRAM_", "DATABASE_", "WEB_", "SMTP_", "QUIET_", "SCHOOL", "PUBLIC_HOLIDAYS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    return env | {
        "SCHOOLS_FILE": str(schools_file),
        "WEB_PORT": str(port),
        "QUIET_HOURS": "00:00-00:00",
        "PUBLIC_HOLIDAYS": "false",  # a bench run on Koningsdag would otherwise send nothing
        "SAFETY_MODEL": "off",
        "LOG_LEVEL": "WARNING",
        # Every school's own pools on one server: 20 × (6 + 3) = 180 of the throwaway's 200 connections.
        "DATABASE_CONNECTIONS": str(CONNECTIONS),
    }


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


async def _up(port: int, process: asyncio.subprocess.Process, log: Path) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(1200):
            if process.returncode is not None:
                break
            try:
                async with session.get(f"http://127.0.0.1:{port}/health") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
    raise RuntimeError(f"the bot did not start:\n{await asyncio.to_thread(_tail, log)}")


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    try:
        async with asyncio.timeout(60):
            await process.wait()
    except TimeoutError:
        process.kill()
        await process.wait()


def _errors(log: Path) -> int:
    return sum(1 for line in log.read_text(errors="replace").splitlines() if " ERROR " in line)


async def _measure(store: str, count: int, due: int, folder: Path, postgres: ThrowawayPostgres | None) -> Run:
    """One `loopbaanbot run` with `count` schools on `store`, until every follow-up has arrived."""
    here = folder / f"{store}-{count}"
    here.mkdir()
    async with AsyncExitStack() as stack:
        schools = []
        for number in range(1, count + 1):
            fake = FakeBotApi(
                _token(number),
                bot_username=f"school{number:02d}_bot",
                global_rate=TELEGRAM_RATE,
                global_burst=TELEGRAM_RATE,
            )
            await stack.enter_async_context(fake)
            first = FIRST_CHAT + number * 10_000
            chats = set(range(first, first + due))
            for chat in chats:
                fake.started(chat, first_name=f"Leerling{chat}")
            schools.append(_School(number, fake, chats))
        urls = await _databases(store, here, postgres, schools, due)
        _schools_file(here / "schools.yaml", schools, urls)
        watch = _Watch(schools)
        port = _free_port()
        log = here / "bot.log"
        load = os.getloadavg()[0]
        began = time.perf_counter()
        with log.open("wb") as sink:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=_env(here / "schools.yaml", port), cwd=here,
                stdout=asyncio.subprocess.DEVNULL, stderr=sink,
            )  # fmt: skip
        watch.pid = process.pid
        try:
            await _up(port, process, log)
            up = time.perf_counter() - began
            bench_cpu = time.process_time()
            try:
                async with asyncio.timeout(count * due / 20 + 60):
                    await watch.done.wait()
            except TimeoutError:
                got = sum(len(s.arrivals) for s in schools)
                tail = await asyncio.to_thread(_tail, log)
                raise RuntimeError(f"only {got} of {count * due} follow-ups arrived:\n{tail}") from None
            bot_cpu = _cpu_seconds(process.pid) - (watch.first_cpu or 0.0)
            bench_cpu = time.process_time() - bench_cpu
            load = max(load, os.getloadavg()[0])
            await asyncio.sleep(1.0)  # a duplicate would show up now
        finally:
            await _stop(process)
        floods = {s.slug: sum(1 for e in s.fake.errors if e.status == 429) for s in schools}
        arrivals = {s.slug: s.arrivals for s in schools}
    if postgres is not None:
        for url in urls:
            await postgres.drop_database(url)
    return figures(
        arrivals,
        floods,
        store=store,
        due=due,
        began=began,
        up=up,
        bot_cpu=bot_cpu,
        bench_cpu=bench_cpu,
        errors=await asyncio.to_thread(_errors, log),
        load=load,
        burst=int(TELEGRAM_RATE),
    )


def _show(result: Run, *, each: bool) -> None:
    count = len(result.schools)
    print(
        f"{result.store}, {count} schools: {result.messages} follow-ups in {result.span:.1f} s ="
        f" {result.total_rate:.0f}/s ({result.total_rate / (count * TELEGRAM_RATE):.2f} × {count} × 30),"
        f" up after {result.up:.1f} s, lost {result.lost}, duplicates {result.duplicates},"
        f" 429s {result.floods}, error lines {result.errors}, bot CPU {result.cpu_per_message:.2f} ms"
        f" per follow-up ({result.cpu_share:.2f} of a core), load {result.load:.1f}",
        flush=True,
    )
    for s in result.schools if each else ():
        print(
            f"  {s.slug}: {s.got} got, {s.rate:5.1f}/s, first {s.first:5.1f} s, last {s.last:5.1f} s,"
            f" longest silence {s.silence:4.1f} s ({s.others_meanwhile} to others meanwhile)",
            flush=True,
        )


def run(*, due: int, configs: tuple[tuple[str, int], ...] = CONFIGS, write: bool = False) -> list[Run]:
    """Each configuration once, in order; with `write`, the section of BENCHMARKS.md."""
    folder = Path(tempfile.mkdtemp(prefix="lb-bench-schools-", dir=Path.cwd()))
    results: list[Run] = []
    try:
        for store, count in configs:
            if store == "postgres":
                with ThrowawayPostgres(durable=True) as postgres:
                    result = asyncio.run(_measure(store, count, due, folder, postgres))
            else:
                result = asyncio.run(_measure(store, count, due, folder, None))
            results.append(result)
            _show(result, each=count > 1)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if write:
        from ._schools_write import write_schools

        write_schools(results, due=due)
    return results


def run_quick() -> list[Run]:
    """A small run that only checks the bench works (3 schools, 20 follow-ups each, SQLite)."""
    return run(due=20, configs=(("sqlite", 3),))


def main(argv: list[str] | None = None) -> None:
    """`python3 tasks.py bench schools [--schools N] [--due N] [--store sqlite|postgres] [--write]`."""
    parser = argparse.ArgumentParser(prog="bench schools")
    parser.add_argument("--due", type=int, default=300, help="follow-ups due per school")
    parser.add_argument("--schools", type=int, help="only this many schools (default: 1, 5 and 20)")
    parser.add_argument("--store", choices=("sqlite", "postgres"), help="only this store")
    parser.add_argument("--quick", action="store_true", help="a small run that only checks the bench works")
    parser.add_argument("--write", action="store_true", help="write the figures to BENCHMARKS.md")
    args = parser.parse_args(argv)
    use_fast_event_loop()
    if args.quick:
        run_quick()
        return
    configs = tuple(
        (store, count)
        for store, count in CONFIGS
        if (args.store is None or store == args.store) and (args.schools is None or count == args.schools)
    )
    if not configs:
        configs = ((args.store or "sqlite", args.schools),)
    run(due=args.due, configs=configs, write=args.write)
