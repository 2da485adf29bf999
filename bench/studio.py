"""The studio's figures (the funnel per question) over many finished conversations, on SQLite.

The database gets `--conversations` students with one reflection each, written straight into the studio's
tables (question_visits and the running totals in question_totals, the way the tally repository leaves
them): each question is reached by a little fewer students than the one before, a few stop on the way and
the rest finish. Then the studio's figures for that version are read as the page reads them
(bot.studio.figures), `--rounds` times; the figure is the slowest and the median time.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.studio import figures
from dialogues import ScriptLibrary
from storage import SqliteStore, seconds_bucket, words_bucket

from ._report import machine, median, write_section

__all__ = ["main", "run"]

TARGET_SECONDS = 1.0
_KEEP_GOING = 0.985  # the share of students who go on after each question
_SCRIPT = "reflecteren"


def _seed(db: Path, conversations: int, digest: str, nodes: list[str], end: str, now: datetime) -> int:
    """Students and their visits and the totals they add up to; returns the number of visits."""
    rng = random.Random(7)
    totals: Counter[tuple[str, int, str, int]] = Counter()
    visits: list[tuple[object, ...]] = []
    stamp = (now - timedelta(days=30)).isoformat()
    with sqlite3.connect(db) as con:
        con.executemany(
            "INSERT INTO students (id, channel, external_id, created_at, last_seen_at)"
            " VALUES (?, 'bench', ?, ?, ?)",
            ((i, str(i), stamp, stamp) for i in range(1, conversations + 1)),
        )
        for student in range(1, conversations + 1):
            for node in nodes:
                totals[(node, 0, "students", 0)] += 1
                totals[(node, 0, "reached", 0)] += 1
                if rng.random() > _KEEP_GOING:  # stopped here: asked, never answered
                    visits.append((student, student, digest, node, stamp, None, None, None, 0, 0))
                    break
                words, seconds = rng.randint(1, 30), rng.randint(5, 300)
                thin = int(words < 3)
                visits.append((student, student, digest, node, stamp, stamp, words, seconds, thin, 0))
                totals[(node, 0, "answered", 0)] += 1
                totals[(node, 0, "words", words_bucket(words))] += 1
                totals[(node, 0, "seconds", seconds_bucket(seconds))] += 1
                totals[(node, 0, "thin", 0)] += thin
            else:
                visits.append((student, student, digest, end, stamp, stamp, None, 0, 0, 1))
                for measure in ("students", "reached", "finished"):
                    totals[(end, 0, measure, 0)] += 1
            if len(visits) > 200_000:
                _visits(con, visits)
                visits.clear()
        _visits(con, visits)
        con.executemany(
            "INSERT INTO question_totals (script_hash, node, arm, measure, value, count)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ((digest, *key, count) for key, count in totals.items() if count),
        )
        return int(con.execute("SELECT count(*) FROM question_visits").fetchone()[0])


def _visits(con: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    # Columns in the order of the tuples above; `ended` last.
    con.executemany(
        "INSERT INTO question_visits (student_id, session_id, script_hash, node, asked_at, answered_at,"
        " words, seconds, thin, ended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


async def _measure(db: Path, conversations: int, rounds: int) -> dict[str, float]:
    version = ScriptLibrary.from_directory().current(_SCRIPT)
    script = version.script
    nodes = [n.id for n in script.nodes if n.asks]
    end = next(n.id for n in script.nodes if n.ends)
    now = datetime.now(UTC)
    store = SqliteStore(db)
    await store.open()  # the tables, by the migrations
    await store.close()
    started = time.perf_counter()
    count = _seed(db, conversations, version.digest, nodes, end, now)
    seeded = time.perf_counter() - started
    store = SqliteStore(db)
    await store.open()
    times = []
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            async with store.read() as view:
                found = await figures(view, script, version.digest, now)
            times.append(time.perf_counter() - started)
    finally:
        await store.close()
    assert found.questions[0].students == conversations, "the funnel starts with everyone"
    return {"visits": count, "seed s": seeded, "median s": median(times), "slowest s": max(times)}


def run(*, conversations: int = 100_000, rounds: int = 5, write: bool = True) -> dict[str, float]:
    """Seed a database, read the figures `rounds` times, and (with `write`) report in BENCHMARKS.md."""
    with tempfile.TemporaryDirectory() as folder:
        result = asyncio.run(_measure(Path(folder) / "bench.sqlite3", conversations, rounds))
    if write:
        verdict = "met" if result["slowest s"] < TARGET_SECONDS else "NOT met"
        body = f"""## Studio: the funnel per question over many conversations (issue 11)

Command: `python3 tasks.py bench studio`. Measured {machine()}.

{conversations:,} finished or stopped reflections ({result["visits"]:,.0f} questions asked, written straight
into the studio's tables), then the figures page's reads (`bot.studio.figures`: the running totals, the
questions left unanswered, and up to 5 students per question for the privacy rule), {rounds} rounds:

| figure | value |
|---|---|
| median | {result["median s"] * 1000:.1f} ms |
| slowest | {result["slowest s"] * 1000:.1f} ms |

Target: under {TARGET_SECONDS:.0f} s on SQLite: **{verdict}**. The figures are running totals kept per
version, question and wording in each turn's transaction, so reading them does not grow with the number
of conversations; only the unanswered questions are read row by row (a partial index).
"""
        write_section("studio", body)
    return result


def main(argv: list[str] | None = None) -> None:
    """Command line of the studio benchmark."""
    parser = argparse.ArgumentParser(prog="bench studio")
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a tiny run that only checks the bench works")
    args = parser.parse_args(argv)
    if args.quick:
        run(conversations=50, rounds=1, write=False)
    else:
        run(conversations=args.conversations, rounds=args.rounds)
