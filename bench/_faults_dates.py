"""Far dates at both date questions, and 300 wrong class codes: asked again, and throttled.

A date before 2000 or more than two years ahead is "far": the question is asked again and nothing is
stored, and the conversation goes on once a real date comes. Wrong codes are counted in the database;
after 5 an hour per person and 100 an hour in all, codes are not even looked up (the right one neither).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from tests.fakes.bot_api import FakeBotApi

from ._faults_bot import BotProcess, scan_log
from ._faults_chat import Chat
from ._faults_inputs import walk_to

__all__ = ["FAR_DATES", "run_codes", "run_far_dates"]

FAR_DATES = (
    "31-12-9999", "9999-12-31", "1-1-0001", "01-01-1900", "31 december 9999", "in het jaar 3000",
    "over 5000 jaar", "over 3 jaar", "100 jaar geleden", "1-1-10000", "29-02-2100", "32-13-2025",
    "0-0-0000", "99999999999", "over 99999999999999999999 dagen", "vorige eeuw",
)  # fmt: skip
_REASKED = ("heel ver weg", "snap ik niet", "al geweest", "moet nog komen")
_GAVE_UP = "prikken later een datum"
_NO_LIMITS = {"TELEGRAM_RATE_LIMIT": "0", "TELEGRAM_CHAT_RATE_LIMIT": "0"}


async def _date_student(chat: Chat, position: int, far: list[str], good: str) -> tuple[int, int, bool]:
    """(re-asked, gave up, went on) for a student at the date question `position`."""
    await walk_to(chat, position)
    reasked = gave_up = 0
    for text in far:
        chat.unread()
        chat.send(text)
        reply = " ".join(m.text or "" for m in await chat.wait_unread(10))
        await asyncio.sleep(0.2)
        reply += " ".join(m.text or "" for m in chat.unread())
        reasked += any(r in reply for r in _REASKED)
        gave_up += _GAVE_UP in reply
        if gave_up:
            return reasked, gave_up, True
    chat.send(good)
    went_on = False
    deadline = time.monotonic() + 10
    while not went_on and time.monotonic() < deadline:
        went_on = any("klopt dat?" in (m.text or "") for m in await chat.wait_unread(1))
    return reasked, gave_up, went_on


def _stored_far(db: Path) -> int:
    """Dates in the dossier before 2000 or more than two years (and a bit) ahead."""
    latest = (date.today() + timedelta(days=2 * 366 + 7)).isoformat()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        dates = [
            d
            for (d,) in conn.execute(
                "SELECT happens_on FROM experiences UNION ALL SELECT due FROM next_steps"
            )
        ]
    finally:
        conn.close()
    return sum(1 for d in dates if d and (d < "2000-01-01" or d > latest))


async def run_far_dates(folder: Path, *, students: int) -> dict[str, float]:
    """Half the students at "when was it?", half at "when will you do it?": two far dates, then a real one."""
    db, log = folder / "dates.sqlite3", folder / "dates.log"
    async with FakeBotApi() as fake:
        bot = BotProcess(fake, folder, db=db, log=log, **_NO_LIMITS)
        await bot.start()
        try:
            await bot.ready()
            jobs = []
            for n in range(students):
                chat = Chat(fake, 970_000 + n, f"Leerling{n}")
                far = [FAR_DATES[(2 * n) % len(FAR_DATES)], FAR_DATES[(2 * n + 1) % len(FAR_DATES)]]
                position, good = (3, "gisteren") if n % 2 == 0 else (13, "vrijdag")
                jobs.append(_date_student(chat, position, far, good))
            async with asyncio.timeout(120):
                outcomes = await asyncio.gather(*jobs)
        finally:
            code = await bot.stop()
        rejected = len(fake.errors)
    scan = scan_log(log)
    return {
        "far dates sent": 2 * students,
        "asked again": sum(o[0] for o in outcomes),
        "gave up (moved on without a date)": sum(o[1] for o in outcomes),
        "far dates stored": _stored_far(db),
        "conversations that go on": sum(o[2] for o in outcomes),
        "students": students,
        "tracebacks": scan.tracebacks,
        "log errors": scan.errors,
        "rejected": rejected,
        "exit code": code if code is not None else -1,
    }


_CODE = re.compile(r"\b([A-Z2-9]{4}(?:-[A-Z2-9]{1,4})+)\b")
_BAD = "klascode ken ik niet"
_THROTTLED = "te vaak een verkeerde klascode"


async def _say(chat: Chat, text: str) -> str:
    chat.unread()
    chat.send(text)
    return " ".join(m.text or "" for m in await chat.wait_unread(10))


async def _class_code(fake: FakeBotApi) -> str:
    """A coordinator invites a mentor, the mentor registers: the class code."""
    coordinator, mentor = Chat(fake, 980_000, "Decaan"), Chat(fake, 980_001, "Jansen")
    invite = _CODE.search(await _say(coordinator, "/uitnodigen Mevrouw Jansen"))
    assert invite is not None, "no invite code"
    welcome = _CODE.search(await _say(mentor, f"/mentor {invite.group(1)}"))
    assert welcome is not None, "no class code"
    return welcome.group(1)


async def run_codes(folder: Path, *, guesses: int, crowd: int, each: int) -> dict[str, float]:
    """One student guesses `guesses` times, `crowd` students `each` time at once, then the right code."""
    db, log = folder / "codes.sqlite3", folder / "codes.log"
    async with FakeBotApi() as fake:
        bot = BotProcess(fake, folder, db=db, log=log, COORDINATOR_IDS="980000", **_NO_LIMITS)
        await bot.start()
        try:
            await bot.ready()
            right = await _class_code(fake)
            replies: list[str] = []
            guesser = Chat(fake, 981_000, "Gok")
            for n in range(guesses):
                replies.append(await _say(guesser, f"/koppel GOK{n:07d}"))
            people_blocked_after = next((n for n, r in enumerate(replies) if _THROTTLED in r), -1)

            async def student(k: int) -> list[str]:
                chat = Chat(fake, 982_000 + k, f"Leerling{k}")
                return [await _say(chat, f"/koppel K{k:04d}X{n:04d}") for n in range(each)]

            for batch in await asyncio.gather(*(student(k) for k in range(crowd))):
                replies.extend(batch)
            latecomer = await _say(Chat(fake, 983_000, "Laat"), f"/koppel {right}")
        finally:
            code = await bot.stop()
        rejected = len(fake.errors)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        counted = conn.execute("SELECT COUNT(*) FROM attempts WHERE kind = 'class_code'").fetchone()[0]
        most = conn.execute(
            "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM attempts WHERE kind = 'class_code'"
            " GROUP BY person_id)"
        ).fetchone()[0]
    finally:
        conn.close()
    scan = scan_log(log, [right])
    return {
        "wrong codes sent": len(replies),
        "looked up (told: unknown code)": sum(_BAD in r for r in replies),
        "refused unlooked (too many tries)": sum(_THROTTLED in r for r in replies),
        "unanswered": sum(not r for r in replies),
        "one student throttled after": people_blocked_after,
        "wrong attempts counted": counted,
        "most counted for one person": most,
        "right code while throttled: refused": int(_THROTTLED in latecomer),
        "codes in log": len(scan.markers_found),
        "tracebacks": scan.tracebacks,
        "rejected": rejected,
        "exit code": code if code is not None else -1,
    }
