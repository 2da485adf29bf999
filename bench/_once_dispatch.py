"""Bench once's dispatch (the Telegram primary killed mid-send) and partition (one instance cut off from the
database mid-send) scenarios."""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage.testing import ThrowawayPostgres
from tests.fakes._bot_api_models import SentRecord
from tests.fakes.bot_api import FakeBotApi
from tests.fakes.tcp_proxy import Partition

from ._once_instance import (
    RATE,
    Instance,
    fetch_rows,
    nothing_due,
    put_off_ids,
    telegram_counts,
    until,
    web_lines,
)
from ._pg_seed import seed_due, seed_mentors

__all__ = ["run_dispatch", "run_partition"]

FOLLOW_UP = "Is het gelukt?"
SUMMARY = "Weekoverzicht"
CUT_AT_MOST = 180  # seconds the partition lasts at most
FIRST_TELEGRAM = 700_000
FIRST_MENTOR = 900_000


# ---- 1. dispatch: kill the Telegram primary mid-send ---------------------------------------------------


async def run_dispatch(postgres: ThrowawayPostgres, folder: Path, due: int, mentors: int) -> dict[str, float]:
    """Scenario 1 of bench once (see its docstring); its figures."""
    url = await postgres.create_database()
    telegram, web = due // 2, due - due // 2
    past = datetime.now(UTC) - timedelta(minutes=5)
    tg_ids = await seed_due(url, channel="telegram", first=FIRST_TELEGRAM, count=telegram, due_at=past)
    web_ids = await seed_due(url, channel="web", first=1, count=web, due_at=past)
    tg_mentors = await seed_mentors(url, channel="telegram", first=FIRST_MENTOR, count=mentors // 2)
    web_mentors = await seed_mentors(url, channel="web", first=FIRST_MENTOR, count=mentors - mentors // 2)
    async with FakeBotApi(global_rate=RATE, global_burst=RATE) as fake:
        for chat in (*tg_ids, *tg_mentors):
            fake.started(int(chat), first_name=f"Leerling{chat}")
        instances = [Instance(f"dispatch-{n}", url, folder, fake) for n in range(3)]
        kill_at = telegram * 3 // 10
        killed = asyncio.Event()

        def kill_mid_request(record: SentRecord) -> None:
            # The worst moment: the fake has the message, the instance will never hear back.
            follow_up = record.method == "sendMessage" and FOLLOW_UP in (record.text or "")
            if follow_up and not killed.is_set() and len(telegram_counts(fake, FOLLOW_UP)) >= kill_at:
                instances[0].kill()
                killed.set()

        began = time.perf_counter()
        try:
            await instances[0].start()  # the first one up is the bot's primary
            fake.listeners.append(kill_mid_request)
            await asyncio.gather(instances[1].start(), instances[2].start())
            async with asyncio.timeout(300):
                await killed.wait()
            killed_after = time.perf_counter() - began
            web_at_kill = sum(1 for n in (await web_lines(url, FOLLOW_UP)).values() if n)
            await asyncio.sleep(5)
            await instances[0].start()  # started again: it stands by now

            async def settled() -> bool:
                summaries = await fetch_rows(url, "SELECT count(*) FROM mentors WHERE summary_week IS NULL")
                return await nothing_due(url) and summaries[0][0] == 0

            await until(settled, within=600)
            done_after = time.perf_counter() - began
            await asyncio.sleep(3)  # a duplicate would show up now
        finally:
            codes = [await instance.stop() for instance in instances]
        telegram_got = telegram_counts(fake, FOLLOW_UP)
        summaries_tg = telegram_counts(fake, SUMMARY)
        floods = sum(1 for e in fake.errors if e.status == 429)
    web_got = await web_lines(url, FOLLOW_UP)
    put_off = {f"t{i}" for i in await put_off_ids(url, "telegram")} | {
        f"w{i}" for i in await put_off_ids(url, "web")
    }
    summaries_web = await web_lines(url, SUMMARY)
    await postgres.drop_database(url)
    received = {**{f"t{k}": v for k, v in telegram_got.items()}, **{f"w{k}": v for k, v in web_got.items()}}
    everyone = [f"t{i}" for i in tg_ids] + [f"w{i}" for i in web_ids]
    summaries = [summaries_tg.get(int(m), 0) for m in tg_mentors] + [
        summaries_web.get(m, 0) for m in web_mentors
    ]
    return {
        "follow-ups due": due,
        "telegram": telegram,
        "web": web,
        "killed after s": killed_after,
        "telegram sent when killed": kill_at,
        "web sent when killed": web_at_kill,
        "all sent after s": done_after,
        "students who got it once": sum(1 for k in everyone if received.get(k, 0) == 1),
        "duplicates": sum(max(received.get(k, 0) - 1, 0) for k in everyone),
        "lost in the window": sum(1 for k in everyone if received.get(k, 0) == 0 and k not in put_off),
        "put off for an hour (not sent yet, not lost)": sum(1 for k in everyone if k in put_off),
        "mentors": len(summaries),
        "mentors with one summary": sum(1 for n in summaries if n == 1),
        "summary duplicates": sum(max(n - 1, 0) for n in summaries),
        "429s": floods,
        "clean stops": sum(1 for code in codes if code == 0),
    }


# ---- 2. partition: one instance loses the database mid-send --------------------------------------------


async def run_partition(postgres: ThrowawayPostgres, folder: Path, due: int) -> dict[str, float]:
    """Scenario 2 of bench once (see its docstring); its figures."""
    url = await postgres.create_database()
    past = datetime.now(UTC) - timedelta(minutes=5)
    ids = await seed_due(url, channel="web", first=1, count=due, due_at=past)
    name = url.split("/")[3].split("?")[0]
    async with Partition(postgres.socket()) as link:
        through = f"postgresql://bot@127.0.0.1:{link.port}/{name}"
        instances = [
            Instance("partition-0", url, folder, None),
            Instance("partition-cut", through, folder, None),
            Instance("partition-2", url, folder, None),
        ]
        try:
            await instances[1].start()  # the one that will be cut off starts first and claims a batch

            async def sending() -> bool:
                return sum((await web_lines(url, FOLLOW_UP)).values()) >= 50

            await until(sending, within=120, every=0.05)
            link.cut()
            cut_at = sum((await web_lines(url, FOLLOW_UP)).values())
            # Only the cut-off instance has claimed anything yet; what it holds now it can no longer change.
            held = await fetch_rows(
                url, "SELECT id, claimed_by FROM nudges WHERE status <> 'sent' AND claimed_by IS NOT NULL"
            )
            cut_owner = held[0][1] if held else ""
            cut_held = [row[0] for row in held]
            began = time.perf_counter()
            await asyncio.gather(instances[0].start(), instances[2].start())

            async def taken_over() -> bool:
                rows = await fetch_rows(
                    url,
                    "SELECT count(*) FROM nudges WHERE id = ANY($1) AND claimed_by = $2",
                    cut_held,
                    cut_owner,
                )
                return bool(rows[0][0] == 0)

            # Cut off until the others have taken over everything it held (its leases ran out, and they
            # look again at least every half minute), or for CUT_AT_MOST seconds.
            with contextlib.suppress(TimeoutError):
                await until(taken_over, within=CUT_AT_MOST)
            cut_for = time.perf_counter() - began
            link.heal()

            async def settled() -> bool:
                return await nothing_due(url)

            await until(settled, within=300)
            await asyncio.sleep(5)  # the instance that was cut off finishes what it was doing
        finally:
            codes = [await instance.stop() for instance in instances]
    got = await web_lines(url, FOLLOW_UP)
    put_off = await put_off_ids(url, "web")
    by_cut = await fetch_rows(
        url, "SELECT count(*) FROM nudges WHERE id = ANY($1) AND claimed_by = $2", cut_held, cut_owner
    )
    await postgres.drop_database(url)
    return {
        "follow-ups due": due,
        "delivered when cut": cut_at,
        "cut for s": cut_for,
        "students who got it once": sum(1 for i in ids if got.get(i, 0) == 1),
        "duplicates": sum(max(got.get(i, 0) - 1, 0) for i in ids),
        "lost in the window": sum(1 for i in ids if got.get(i, 0) == 0 and i not in put_off),
        "put off for an hour (not sent yet, not lost)": len(put_off),
        "claimed by the cut-off instance, not sent, when cut": len(cut_held),
        "of those, sent by the cut-off instance after it came back": by_cut[0][0],
        "clean stops": sum(1 for code in codes if code == 0),
    }
