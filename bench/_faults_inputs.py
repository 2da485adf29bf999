"""Bad inputs in the middle of conversations: every message answered or deliberately ignored, nothing refused.

Students are first walked to different questions (a choice, a date, the key word the bot quotes back, the
helper it names in its next question); then each sends a share of the catalogue, one input at a time.
A reply is a new message in the student's chat, or the pop-up that answers a button press. The bot's own
pacing is off here (the inputs are the subject, not the rates), so a reply comes within milliseconds and
"nothing came within 0.6 s" is a fair test of "ignored".
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.fakes.bot_api import FakeBotApi

from ._faults_bot import BotProcess, scan_log
from ._faults_catalogue import CATALOGUE, BadInput, Target
from ._faults_chat import REFLECTION, Chat
from ._faults_kill import settle

__all__ = ["run_bad_inputs", "walk_to"]

FIRST_CHAT = 940_000
# Where students stand when the inputs come: the kind (a choice), where, when (a date), the first story
# question, the key word (quoted back), the next step, its date, and the helper (named in the next question).
_POSITIONS = (1, 2, 3, 5, 10, 12, 13, 15)
_REPLY_WITHIN = 10.0
_QUIET = 0.25
_IGNORED_AFTER = 0.6


@dataclass
class _Tally:
    sent: int = 0
    answered: int = 0
    ignored: int = 0
    unanswered: list[str] = field(default_factory=list)
    answered_but_should_be_ignored: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    per_kind: dict[str, int] = field(default_factory=dict)


async def walk_to(chat: Chat, position: int) -> None:
    """Answer the reflection's questions up to (not including) `position`."""
    for j in range(position):
        chat.send(REFLECTION[j].answer.replace("{m}", f"zq{chat.chat_id}w{j}"))
        asks = REFLECTION[j + 1].asks
        deadline = time.monotonic() + 15
        new = chat.unread()
        while not any(a in (m.text or "") for m in new for a in asks):
            if time.monotonic() > deadline:
                raise RuntimeError(f"chat {chat.chat_id} did not reach question {j + 1}")
            new = await chat.wait_unread(0.5)


async def _one(target: Target, chat: Chat, item: BadInput, tally: _Tally) -> None:
    before = len(chat.bot_messages())
    chat.seen = before
    began = time.monotonic()
    pressed = item.send(target)
    tally.sent += 1
    tally.per_kind[item.name] = tally.per_kind.get(item.name, 0) + 1
    fake = target.fake

    def replied() -> bool:
        if isinstance(pressed, str):
            answer = fake.callback_answer(pressed)
            if answer is not None and answer.answered:
                return True
        return len(chat.bot_messages()) > before

    if item.expect == "ignored":
        await asyncio.sleep(_IGNORED_AFTER)
        if replied():
            tally.answered_but_should_be_ignored.append(item.name)
        else:
            tally.ignored += 1
        return
    try:
        await fake.wait_for(lambda: replied() or None, _REPLY_WITHIN)
    except TimeoutError:
        tally.unanswered.append(item.name)
        return
    tally.answered += 1
    took = time.monotonic() - began
    if took > tally.slowest[0]:
        tally.slowest = (took, item.name)
    while True:  # the rest of a reply of several messages
        count = len(chat.bot_messages())
        await asyncio.sleep(_QUIET)
        if len(chat.bot_messages()) == count:
            break


async def _student(fake: FakeBotApi, n: int, items: list[BadInput], tally: _Tally) -> bool:
    chat = Chat(fake, FIRST_CHAT + n, f"Leerling{n}")
    await walk_to(chat, _POSITIONS[n % len(_POSITIONS)])
    target = Target(fake, chat.chat_id, f"Leerling{n}")
    for item in items:
        await _one(target, chat, item, tally)
    # And the conversation goes on: /verder shows where the student is.
    chat.seen = len(chat.bot_messages())
    chat.send("/verder")
    return bool(await chat.wait_unread(_REPLY_WITHIN))


def _stored_badly(db: Path) -> int:
    """Text values holding NUL or invalid Unicode (stored inputs must have been cleaned at the edge)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.text_factory = bytes
    bad = 0
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table.decode()}"'):
                for value in row:
                    if isinstance(value, bytes) and (b"\x00" in value or b"\xed\xa0" in value):
                        bad += 1
    finally:
        conn.close()
    return bad


async def run_bad_inputs(
    folder: Path, *, students: int, per_student: int, seed: int
) -> dict[str, float | str]:
    """`students` × `per_student` inputs from the catalogue, spread evenly; the figures."""
    db, log = folder / "inputs.sqlite3", folder / "inputs.log"
    rng = random.Random(seed)
    # Whole rounds of the catalogue, each shuffled: a run of at least its length has every kind in it.
    deck: list[BadInput] = []
    while len(deck) < students * per_student:
        deck.extend(rng.sample(CATALOGUE, len(CATALOGUE)))
    shares = [deck[n * per_student : (n + 1) * per_student] for n in range(students)]
    tally = _Tally()
    async with FakeBotApi() as fake:
        bot = BotProcess(fake, folder, db=db, log=log, TELEGRAM_RATE_LIMIT="0", TELEGRAM_CHAT_RATE_LIMIT="0")
        await bot.start()
        try:
            await bot.ready()
            began = time.monotonic()
            async with asyncio.timeout(300):
                going_on = await asyncio.gather(
                    *(_student(fake, n, shares[n], tally) for n in range(students))
                )
            await settle(fake, quiet=0.5)
            seconds = time.monotonic() - began
        finally:
            code = await bot.stop()
        rejected = [f"{e.method}: {e.description}" for e in fake.errors]
        never_delivered = len(fake.dropped_updates)
    scan = scan_log(log, ["bewerkt", "hoi allemaal", "heel erg heel erg", "bakker", "dit bedoel ik"])
    return {
        "students": students,
        "inputs": tally.sent,
        "kinds": len(tally.per_kind),
        "answered": tally.answered,
        "ignored as meant": tally.ignored,
        "unanswered": len(tally.unanswered),
        "unanswered kinds": ", ".join(sorted(set(tally.unanswered))) or "-",
        "answered but meant to be ignored": len(tally.answered_but_should_be_ignored),
        "not delivered by Telegram (edits)": never_delivered,
        "rejected": len(rejected),
        "rejections": "; ".join(sorted(set(rejected))[:5]) or "-",
        "tracebacks": scan.tracebacks,
        "log errors": scan.errors,
        "texts in log": len(scan.markers_found),
        "stored with NUL or invalid Unicode": _stored_badly(db),
        "conversations that go on": sum(going_on),
        "slowest reply s": tally.slowest[0],
        "slowest kind": tally.slowest[1],
        "seconds": seconds,
        "exit code": code if code is not None else -1,
    }
