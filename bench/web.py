"""The web channel under load: students doing whole reflections in the browser, and open event streams.

1. Throughput: `--students` simulated students (HTTP clients with cookies, as a browser's script posts)
   each do a whole reflection through `loopbaanbot run`'s web app (SQLite, every turn committed), and the
   same requests go to a bare aiohttp server that answers them without the bot (bench/_bare_web.py), in
   the same run, interleaved over rounds. The figure is the ratio of the two throughputs; the reply p99 is
   reported next to it. Both servers run in a process of their own; the students run here.
2. Server-sent events: `--streams` signed-in students keep a chat page open (one event stream each); a
   follow-up falls due for all of them at once. Reported: the server's memory per open stream and the
   time from the due moment until the follow-up has reached every page.

The safety model is switched off in the bot (SAFETY_MODEL=off): it would measure the model, not the web
channel; `bench safety` reports its cost per message.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import signal
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bot.runtime import use_fast_event_loop
from bot.signin import code_hash
from storage import SqliteStore, StudentKey, WebLogin

from ._balancer import Balancer
from ._report import machine, median, percentile, write_section
from ._seed import seed_due_steps

__all__ = ["main", "run"]

STEPS: list[tuple[str, str]] = [
    ("say", "/reflecteren"),
    ("tap", "Stage"),
    ("say", "Bakkerij De Zoete Inval"),
    ("say", "gisteren"),
    ("tap", "Ja, klopt"),
    ("say", "Ik mocht taarten versieren en ik was trots toen de klant lachte"),
    ("say", "De klant zei dat de taart mooi was"),
    ("say", "bij tekenen op school"),
    ("say", "ja vroeger tekende ik voor mijn oma"),
    ("say", "dat iemand blij werd van wat ik maakte"),
    ("say", "creatief"),
    ("say", "iets met ontwerpen"),
    ("say", "Ik ga de bakker vragen of ik nog een dag mag komen"),
    ("say", "vrijdag"),
    ("tap", "Ja, klopt"),
    ("say", "niemand"),
    ("say", "dat ik het vergeet"),
]
Load = dict[str, dict[str, float]]
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_LAST = re.compile(r'data-last="(\d+)"')
_BUTTON = re.compile(r'name="knop" value="([^"]+)">([^<]+)</button>')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _logins(db: Path, count: int, *, channel: str = "web", first: int = 1) -> list[str]:
    """`count` signed-in browsers (cookies) for new students, or for the students first..first+count-1."""
    store = SqliteStore(db)
    await store.open()
    now = datetime.now(UTC)
    tokens = []
    try:
        async with store.transaction() as tx:
            for n in range(count):
                key = StudentKey(channel, str(first + n))
                person = await tx.students.upsert(key, display_name=f"Leerling {n}", language="nl", now=now)
                token = f"bench-{n}-{os.urandom(8).hex()}"
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
    finally:
        await store.close()
    return tokens


async def _start(args: list[str], env: dict[str, str], port: int) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable, *args, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
    )
    async with aiohttp.ClientSession() as session:
        for _ in range(200):
            try:
                async with session.get(f"http://127.0.0.1:{port}/inloggen") as response:
                    if response.status < 500:
                        return process
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start")


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(15):
                await process.wait()
        except TimeoutError:
            process.kill()
            await process.wait()


async def _student(balancer: Balancer, token: str, number: int, latencies: list[float], think: float) -> int:
    """One student's whole reflection, as the page's script posts it; the number of turns.

    `think`: the mean seconds a student takes to read and type between answers (0: none, as fast as the
    server answers); each pause is drawn around it, so students do not move in lockstep.
    """
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        session.cookie_jar.update_cookies({"lb_sessie": token})
        with balancer.pick() as base:
            async with session.get(f"{base}/chat") as response:
                page = await response.text()
        csrf = _CSRF.search(page)
        last = _LAST.search(page)
        if csrf is None or last is None:
            raise RuntimeError(f"no chat page ({response.status})")
        form = {"csrf": csrf.group(1), "na": last.group(1)}
        html = ""
        pause = random.Random(number)
        for kind, text in STEPS:
            if think:
                await asyncio.sleep(pause.uniform(0.5, 1.5) * think)
            if kind == "tap":
                value = next((v for v, label in _BUTTON.findall(html) if label == text), None)
                if value is None:
                    raise RuntimeError(f"no button {text!r}")
                path, data = "/chat/knop", {**form, "knop": value}
            else:
                path, data = "/chat", {**form, "bericht": text}
            began = time.perf_counter()
            with balancer.pick() as base:
                headers = {"X-Requested-With": "fetch"}
                async with session.post(f"{base}{path}", data=data, headers=headers) as response:
                    if response.status != 200:
                        raise RuntimeError(f"{path}: {response.status}")
                    reply = await response.json()
            latencies.append(time.perf_counter() - began)
            html = reply["html"]
            form["na"] = str(reply["last"])
    return len(STEPS)


async def _load(base: str, tokens: list[str], think: float) -> dict[str, float]:
    latencies: list[float] = []
    balancer = Balancer([base])
    began = time.perf_counter()
    turns = await asyncio.gather(
        *(_student(balancer, token, number, latencies, think) for number, token in enumerate(tokens))
    )
    seconds = time.perf_counter() - began
    return {
        "turns/s": sum(turns) / seconds,
        "p50 ms": percentile(latencies, 50) * 1000,
        "p99 ms": percentile(latencies, 99) * 1000,
    }


def _env(db: Path, port: int) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "WEB_", "SMTP_"))
    }
    env |= {
        "DATABASE_URL": f"sqlite:///{db}",
        "WEB_PORT": str(port),
        "SAFETY_MODEL": "off",
        "LOG_LEVEL": "WARNING",
        "QUIET_HOURS": "00:00-00:00",
    }
    return env


async def _throughput(folder: Path, students: int, rounds: int, think: float) -> Load:
    seen: dict[str, dict[str, list[float]]] = {"bare": {}, "bot": {}}
    for round_number in range(rounds):
        for name in ("bare", "bot") if round_number % 2 == 0 else ("bot", "bare"):
            port = _free_port()
            db = folder / f"web-{round_number}-{name}.sqlite3"
            if name == "bot":
                tokens = await _logins(db, students)
                process = await _start(["-m", "bot", "run"], _env(db, port), port)
                spy = os.environ.get("BENCH_PYSPY")  # where to write py-spy samples of the bot, if set
                if spy:
                    await asyncio.create_subprocess_exec(
                        str(Path(sys.executable).parent / "py-spy"), "record", "-o", spy, "-f", "raw",
                        "-p", str(process.pid), "-d", "6", "-r", "200",
                        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
                    )  # fmt: skip
            else:
                tokens = ["token"] * students
                process = await _start(["-m", "bench._bare_web", str(port)], _env(db, port), port)
            try:
                figures = await _load(f"http://127.0.0.1:{port}", tokens, think)
            finally:
                await _stop(process)
            shown = ", ".join(f"{k} {v:.1f}" for k, v in figures.items())
            print(f"think {think:g} s, round {round_number + 1}, {name}: {shown}")
            for key, value in figures.items():
                seen[name].setdefault(key, []).append(value)
    return {name: {k: median(v) for k, v in figures.items()} for name, figures in seen.items()}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _streams(folder: Path, count: int) -> dict[str, float]:
    """Open `count` event streams, then let one follow-up fall due for all of them."""
    db = folder / "streams.sqlite3"
    # After the scheduler's first run it wakes no sooner than 30 s later (bot.nudges); the streams open first.
    due_at = datetime.now(UTC) + timedelta(seconds=32 + count / 100)
    await seed_due_steps(db, count=count, due_at=due_at, channel="web", first_id=1)
    tokens = await _logins(db, count, first=1)
    port = _free_port()
    process = await _start(["-m", "bot", "run"], _env(db, port), port)
    connector = aiohttp.TCPConnector(limit=0)
    received: list[float] = []
    try:
        await asyncio.sleep(1.0)
        before = _rss_mb(process.pid)
        async with aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=None)
        ) as session:
            opened = asyncio.Event()
            ready = 0

            async def listen(token: str) -> None:
                nonlocal ready
                headers = {"Cookie": f"lb_sessie={token}", "Accept": "text/event-stream"}
                async with session.get(
                    f"http://127.0.0.1:{port}/chat/stream?na=0", headers=headers
                ) as response:
                    ready += 1
                    if ready == count:
                        opened.set()
                    async for line in response.content:
                        if b"Is het gelukt?" in line:
                            received.append(time.time())
                            return

            listeners = [asyncio.create_task(listen(token)) for token in tokens]
            async with asyncio.timeout(120):
                await opened.wait()
            await asyncio.sleep(2.0)
            after = _rss_mb(process.pid)
            if datetime.now(UTC) >= due_at:
                raise RuntimeError("opening the streams took longer than the time until the follow-up")
            async with asyncio.timeout(due_at.timestamp() - time.time() + 120):
                await asyncio.gather(*listeners)
    finally:
        await _stop(process)
    return {
        "streams": count,
        "memory per stream KB": (after - before) * 1024 / count,
        "server memory MB": after,
        "all reached s": max(received) - due_at.timestamp(),
        "first reached s": min(received) - due_at.timestamp(),
    }


def run(
    *, students: int, rounds: int, streams: int, think: float, write: bool = True
) -> dict[str, dict[str, float]]:
    """The measurements; with `write`, the Web section of BENCHMARKS.md."""
    folder = Path(tempfile.mkdtemp(prefix="lb-bench-web-", dir=Path.cwd()))
    try:
        paced = asyncio.run(_throughput(folder, students, rounds, think))
        saturated = asyncio.run(_throughput(folder, students, rounds, 0.0))
        sse = asyncio.run(_streams(folder, streams)) if streams else {}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for label, load in (("paced", paced), ("saturated", saturated)):
        ratio = load["bot"]["turns/s"] / load["bare"]["turns/s"]
        bot, bare = load["bot"]["turns/s"], load["bare"]["turns/s"]
        print(f"{label}: bot {bot:.0f} vs bare {bare:.0f} turns/s = {ratio:.2f} x")
    if sse:
        print("streams: " + ", ".join(f"{k} {v:.2f}" for k, v in sse.items()))
    if write:
        _write(students, rounds, think, paced, saturated, sse)
    return {"paced": paced["bot"], "saturated": saturated["bot"], "sse": sse}


def _verdict(load: Load) -> str:
    ratio = load["bot"]["turns/s"] / load["bare"]["turns/s"]
    return f"{ratio:.2f} ×, {'met' if ratio >= 0.8 else 'not met'}"


def _table(load: Load) -> list[str]:
    bot, bare = load["bot"], load["bare"]
    ratio = bot["turns/s"] / bare["turns/s"]
    return [
        "| server | turns/s | reply p50 | reply p99 |",
        "|---|---|---|---|",
        f"| bare aiohttp | {bare['turns/s']:.0f} | {bare['p50 ms']:.1f} ms | {bare['p99 ms']:.1f} ms |",
        f"| loopbaanbot web | {bot['turns/s']:.0f} | {bot['p50 ms']:.1f} ms | {bot['p99 ms']:.1f} ms |",
        "",
        f"Throughput: **{ratio:.2f} ×** the bare server's.",
    ]


def _write(
    students: int, rounds: int, think: float, paced: Load, saturated: Load, sse: dict[str, float]
) -> None:
    lines = [
        "## Web",
        "",
        f"`python3 tasks.py bench web` · {machine()}",
        "",
        f"{students} simulated students each do a whole reflection ({len(STEPS)} turns: typed answers and"
        " button presses, as the page's script posts them) through `loopbaanbot run`'s web app on SQLite,"
        " every turn committed with its chat lines; the same requests go to a bare aiohttp server that"
        f" answers without the bot. Medians of {rounds} interleaved rounds; both servers in a process of"
        " their own, the students in a third, on the same 2 cores; the safety model is off (see Safety).",
        "",
        f"**Paced** (each student takes about {think:g} s per answer, faster than anyone types):",
        "",
        *_table(paced),
        "",
        "**Saturated** (no pause at all: every student posts the moment the answer is back; capacity):",
        "",
        *_table(saturated),
        "",
        f"Target: at least 0.8 × the bare server's throughput. Paced: {_verdict(paced)}. Saturated:"
        f" {_verdict(saturated)}; the bare server answers from memory, a turn is a committed transaction"
        " (the answer and its chat lines), the engine and a page fragment, so saturated the ratio is the"
        " cost of that work on these 2 cores.",
    ]
    if sse:
        lines += [
            "",
            f"{int(sse['streams'])} students keep a chat page open (one server-sent-event stream each); a"
            " follow-up falls due for all of them at once and goes out through the dispatcher.",
            "",
            f"- server memory per open stream: {sse['memory per stream KB']:.1f} KB"
            f" ({sse['server memory MB']:.0f} MB in all)",
            f"- from the due moment until the follow-up had reached every page: {sse['all reached s']:.1f} s"
            f" (the first page: {sse['first reached s']:.2f} s)",
        ]
    write_section("web", "\n".join(lines))


def main(argv: list[str] | None = None) -> None:
    """`python3 tasks.py bench web [--students N] [--rounds N] [--streams N]`."""
    parser = argparse.ArgumentParser(prog="bench web")
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--streams", type=int, default=2000)
    parser.add_argument("--think", type=float, default=2.0, help="mean seconds per answer when paced")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    use_fast_event_loop()
    run(
        students=args.students,
        rounds=args.rounds,
        streams=args.streams,
        think=args.think,
        write=not args.no_write,
    )
