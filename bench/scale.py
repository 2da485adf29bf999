"""Scale: one against two `loopbaanbot run` instances on one PostgreSQL database, SQLite beside them.

1,000 simulated students do whole reflections at once (closed loop: each answers the moment the reply is
back, so the figure is capacity): most in the browser, through the web app of one of the instances (as a
load balancer that keeps a student on one instance would spread them), the rest on Telegram through the
fake Bot API, answered by the instance that is the bot's primary. Every turn is committed before its reply.
Configurations run in interleaved rounds (medians), each on a fresh database: PostgreSQL with one
instance, PostgreSQL with two, and SQLite with its one instance. The instances run in processes of their
own, the students and the fake Bot API in this one, PostgreSQL (on disk, fsync on) in its own; all share
this machine's 2 cores. The safety model is off (it would measure the model; see Safety).
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
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bot.runtime import use_fast_event_loop
from bot.signin import code_hash
from storage import PostgresStore, SqliteStore, Store, StudentKey, WebLogin
from storage.testing import ThrowawayPostgres
from tests.fakes.bot_api import FakeBotApi

from ._balancer import Balancer
from ._cpu_quota import CpuQuotas
from ._report import machine, median, percentile, write_section
from .telegram import REFLECTION, _cpu_seconds, _Crowd
from .web import STEPS, _free_port, _student

__all__ = ["main", "run"]

TARGET_RATIO = 1.6
SHARED = ("PostgreSQL, 1 instance", "PostgreSQL, 2 instances", "SQLite, 1 instance")
# The same two on PostgreSQL with each instance held to a CPU quota, as on a machine of its own.
OWN_CPU = ("PostgreSQL, 1 instance, own CPU", "PostgreSQL, 2 instances, own CPU")


@dataclass
class Figures:
    turns: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    bot_cpu: float = 0.0

    def summary(self) -> dict[str, float]:
        return {
            "turns/s": self.turns / self.seconds,
            "p50 ms": percentile(self.latencies, 50) * 1000,
            "p99 ms": percentile(self.latencies, 99) * 1000,
            "bot CPU ms/turn": self.bot_cpu / self.turns * 1000,
        }


async def _logins(store: Store, count: int) -> list[str]:
    """Signed-in browsers (cookies) for `count` new web students."""
    now = datetime.now(UTC)
    tokens = []
    async with store.transaction() as tx:
        for n in range(count):
            person = await tx.students.upsert(
                StudentKey("web", f"scale-{n}"), display_name=f"Leerling {n}", language="nl", now=now
            )
            token = f"scale-{n}-{os.urandom(8).hex()}"
            await tx.logins.create(
                WebLogin(
                    token_hash=code_hash(token),
                    person_id=person.id,
                    csrf=f"csrf-{n}",
                    created_at=now,
                    seen_at=now,
                    expires_at=now + timedelta(days=1),
                )
            )
            tokens.append(token)
    return tokens


def _env(url: str, port: int, fake: FakeBotApi) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "WEB_", "SMTP_"))
    }
    return env | {
        "DATABASE_URL": url,
        "WEB_PORT": str(port),
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        # Limits off, as in bench telegram: the fake enforces none, and Telegram's 30/s is not the bot's.
        "TELEGRAM_RATE_LIMIT": "0",
        "TELEGRAM_CHAT_RATE_LIMIT": "0",
        "SAFETY_MODEL": "off",
        "LOG_LEVEL": "WARNING",
        "QUIET_HOURS": "00:00-00:00",
    }


async def _instance(
    url: str, fake: FakeBotApi, folder: Path, quotas: CpuQuotas | None
) -> tuple[asyncio.subprocess.Process, int]:
    port = _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=_env(url, port, fake), cwd=folder,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    if quotas is not None:
        try:
            quotas.limit(process.pid)
        except BaseException:
            process.kill()  # never a bot left running outside the run, limited or not
            await process.wait()
            raise
    async with aiohttp.ClientSession() as session:
        for _ in range(900):
            try:
                async with session.get(f"http://127.0.0.1:{port}/health") as response:
                    if response.status == 200:
                        return process, port
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    process.kill()
    await process.wait()  # reaped, so its cgroup can be removed
    raise RuntimeError("an instance did not start")


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(20):
                await process.wait()
        except TimeoutError:
            process.kill()
            await process.wait()


async def _measure(
    config: str, url: str, store: Store, web: int, telegram: int, folder: Path, quotas: CpuQuotas | None
) -> Figures:
    instances = 2 if "2 instances" in config else 1
    await store.open()
    try:
        tokens = await _logins(store, web)
    finally:
        await store.close()
    async with FakeBotApi() as fake:
        processes = []
        try:
            for _ in range(instances):
                processes.append(await _instance(url, fake, folder, quotas))
            # One round trip on Telegram first: the primary polls and is warm before the clock starts.
            warm = 9_999
            fake.user(warm, first_name="Warm", language_code="nl")
            fake.send_command(warm, "help")
            await fake.wait_for_messages(warm, 1, timeout=60)
            crowd = _Crowd(fake, telegram, REFLECTION)
            web_latencies: list[float] = []
            cpu_before = sum(_cpu_seconds(p.pid) for p, _ in processes)
            began = time.perf_counter()
            crowd.start()
            balancer = Balancer([f"http://127.0.0.1:{port}" for _, port in processes])
            web_turns = await asyncio.gather(
                *(_student(balancer, token, n, web_latencies, 0.0) for n, token in enumerate(tokens))
            )
            async with asyncio.timeout(600):
                await crowd.done.wait()
            seconds = time.perf_counter() - began
            cpu = sum(_cpu_seconds(p.pid) for p, _ in processes) - cpu_before
        finally:
            for process, _ in processes:
                await _stop(process)
    latencies = web_latencies + crowd.latencies
    return Figures(sum(web_turns) + len(crowd.latencies), seconds, latencies, cpu)


async def _round(
    config: str, postgres: ThrowawayPostgres, folder: Path, web: int, telegram: int, cores: float
) -> dict[str, float]:
    quotas = CpuQuotas(cores) if config in OWN_CPU else None
    try:
        if config.startswith("SQLite"):
            db = folder / f"scale-{time.monotonic_ns()}.sqlite3"
            store = SqliteStore(db)
            figures = await _measure(config, f"sqlite:///{db}", store, web, telegram, folder, quotas)
        else:
            url = await postgres.create_database()
            try:
                figures = await _measure(config, url, PostgresStore(url), web, telegram, folder, quotas)
            finally:
                await postgres.drop_database(url)
    finally:
        if quotas is not None:
            quotas.close()
    return figures.summary()


def run(
    *, students: int, telegram_share: float, rounds: int, cores: float | None, write: bool = True
) -> dict[str, dict[str, float]]:
    """Every configuration `rounds` times, interleaved; medians (and the Scale section of BENCHMARKS.md).

    `cores`: the CPU quota of each instance in the own-CPU configurations (None: those are left out).
    """
    telegram = round(students * telegram_share)
    web = students - telegram
    configs = SHARED + (OWN_CPU if cores else ())
    folder = Path(tempfile.mkdtemp(prefix="lb-bench-scale-", dir=Path.cwd()))
    seen: dict[str, dict[str, list[float]]] = {}
    try:
        with ThrowawayPostgres(durable=True) as postgres:
            for round_number in range(rounds):
                order = configs if round_number % 2 == 0 else tuple(reversed(configs))
                for config in order:
                    figures = asyncio.run(_round(config, postgres, folder, web, telegram, cores or 0.0))
                    shown = ", ".join(f"{k} {v:.1f}" for k, v in figures.items())
                    print(f"round {round_number + 1}/{rounds} {config}: {shown}", flush=True)
                    for key, value in figures.items():
                        seen.setdefault(config, {}).setdefault(key, []).append(value)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    medians = {name: {k: median(v) for k, v in figures.items()} for name, figures in seen.items()}
    for one, two in (SHARED[:2], OWN_CPU) if cores else (SHARED[:2],):
        print(f"{two} against {one}: {medians[two]['turns/s'] / medians[one]['turns/s']:.2f} x")
    if write:
        _write(web, telegram, rounds, cores, medians, seen)
    return medians


def _ratio(medians: dict[str, dict[str, float]], pair: tuple[str, ...]) -> float:
    return medians[pair[1]]["turns/s"] / medians[pair[0]]["turns/s"]


def _write(
    web: int,
    telegram: int,
    rounds: int,
    cores: float | None,
    medians: dict[str, dict[str, float]],
    seen: dict[str, dict[str, list[float]]],
) -> None:
    rows = ["| configuration | turns/s | turn p50 | turn p99 | bot CPU per turn |", "|---|---|---|---|---|"]
    for name in (name for name in SHARED + OWN_CPU if name in medians):
        f = medians[name]
        values = seen[name]["turns/s"]
        rows.append(
            f"| {name} | {f['turns/s']:.0f} ({min(values):.0f}–{max(values):.0f}) | {f['p50 ms']:.0f} ms"
            f" | {f['p99 ms']:.0f} ms | {f['bot CPU ms/turn']:.2f} ms |"
        )
    shared = _ratio(medians, SHARED[:2])
    if cores:
        own = _ratio(medians, OWN_CPU)
        met = "met" if own >= TARGET_RATIO else "NOT met"
        verdict = (
            f'Two instances against one, each on CPU of its own ({cores:g} of a core each, the "own CPU"\n'
            f"rows): **{own:.2f} ×** the turns per second (target at least {TARGET_RATIO} ×: **{met}**).\n"
            f"On the one shared machine (the first two rows): {shared:.2f} ×."
        )
        setting = (
            f'In the "own CPU" rows each instance runs in a Linux cgroup of its own that allows it\n'
            f"{cores:g} of a core (a CFS quota), standing in for a machine of its own: a second instance\n"
            "brings CPU of its own, as a second machine would. The other rows share the machine's 2 cores\n"
            "with PostgreSQL and the students."
        )
    else:
        met = "met" if shared >= TARGET_RATIO else "NOT met"
        verdict = (
            f"Two instances against one: **{shared:.2f} ×** the turns per second (target at least\n"
            f"{TARGET_RATIO} ×: **{met}**; the own-CPU rows were not run: no cgroup could be made here)."
        )
        setting = "All rows share the machine's cores with PostgreSQL and the students."
    body = f"""## Scale: several instances on one PostgreSQL database (issue 13)

`python3 tasks.py bench scale` · {machine()}

{web + telegram:,} simulated students at once, each doing a whole reflection as fast as the replies come
(closed loop, so this is capacity): {web} in the browser ({len(STEPS)} turns each, each request sent to
the instance with the fewest requests in flight, as nginx's `least_conn` does: any instance can take any
turn), {telegram} on Telegram through the fake Bot API ({len(REFLECTION)} messages each, answered by the
bot's primary instance). Every turn is committed before its reply; PostgreSQL runs on this machine's disk
with fsync and synchronous commit. Medians of {rounds} interleaved rounds (lowest–highest in brackets), a
fresh database each; the instances, PostgreSQL and the students (with the fake Bot API) each in processes
of their own; the safety model off.

{setting}

{chr(10).join(rows)}

{verdict}

"Turn p50/p99" is the time from a student's message to the reply that completes it; in a closed loop at
capacity it is mostly waiting in line. Telegram's share stays with the one instance that polls (Telegram
allows one), so it does not grow with instances; the web's does.
"""
    write_section("scale", body)


def main(argv: list[str] | None = None) -> None:
    """`python3 tasks.py bench scale [--students N] [--rounds N] [--instance-cores C]`."""
    parser = argparse.ArgumentParser(prog="bench scale")
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--telegram-share", type=float, default=0.2, help="the share of students on Telegram")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--instance-cores", type=float, default=0.4,
        help="CPU quota per instance in the own-CPU rows (0: leave them out; needs a writable cgroup)",
    )  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="a tiny run that only checks the bench works")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    use_fast_event_loop()
    cores = args.instance_cores if args.instance_cores > 0 and CpuQuotas.available() else None
    if args.instance_cores > 0 and cores is None:
        print("no writable cgroup here (it needs root): the own-CPU rows are left out")
    if args.quick:
        run(students=10, telegram_share=0.2, rounds=1, cores=cores, write=False)
    else:
        run(
            students=args.students,
            telegram_share=args.telegram_share,
            rounds=args.rounds,
            cores=cores,
            write=not args.no_write,
        )
