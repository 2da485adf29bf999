"""Poison updates with 10 students waiting: updates the library cannot read, in one batch with answers.

Each poison update quotes a marker; so does each student's answer. The bot must skip the poison (logged
with id and type only), answer every student within 2 s of their message, and its log must neither grow
much nor contain any marker.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

from tests.fakes.bot_api import FakeBotApi

from ._faults_bot import BotProcess, scan_log
from ._faults_chat import REFLECTION, Chat
from ._faults_inputs import walk_to

__all__ = ["run_poison"]

FIRST_CHAT = 950_000
MARKER = "zqGIF"


def _poison(chat_id: int) -> list[str]:
    """Updates python-telegram-bot 22.8 cannot read, each quoting the marker."""
    chat = {"id": chat_id, "type": "private", "first_name": "Pol"}
    sender = {"id": chat_id, "is_bot": False, "first_name": "Pol"}
    base = {"message_id": 9999, "date": 1_795_000_000, "chat": chat, "from": sender}
    # A poll as a Bot API server before 9.6 sends it (no allows_revoting): PTB 22.8 refuses it.
    poll = {
        "id": "1", "question": MARKER, "total_voter_count": 0, "is_closed": False, "is_anonymous": True,
        "type": "regular", "allows_multiple_answers": False,
        "options": [{"text": MARKER, "voter_count": 0, "persistent_id": "0"}],
    }  # fmt: skip
    shapes = [
        {"message": {**base, "poll": poll}},
        {"message": {**base, "date": f"gisteren {MARKER}", "text": MARKER}},
        {"message": {**base, "chat": MARKER, "text": MARKER}},
        {"callback_query": {"id": "77", "from": MARKER, "chat_instance": "1", "data": MARKER}},
        {"message": {**base, "from": [MARKER], "text": MARKER}},
    ]
    return ["," + json.dumps(shape)[1:-1] for shape in shapes]


async def run_poison(folder: Path, *, students: int = 10) -> dict[str, float]:
    """The figures: answer latency, log growth, markers in the log, skipped updates."""
    db, log = folder / "poison.sqlite3", folder / "poison.log"
    async with FakeBotApi() as fake:
        bot = BotProcess(fake, folder, db=db, log=log)
        chats = [Chat(fake, FIRST_CHAT + n, f"Leerling{n}") for n in range(students)]
        await bot.start()
        try:
            await bot.ready()
            await asyncio.gather(*(walk_to(chat, 2) for chat in chats))  # at "Waar was het?"
            await asyncio.sleep(1.0)  # the log of the set-up written
            size_before = log.stat().st_size
            markers = [MARKER] + [f"zq{chat.chat_id}p" for chat in chats]
            # One batch: the poison first, then every student's answer (nothing awaits in between).
            poisoned = [fake.send_raw_update(raw) for raw in _poison(FIRST_CHAT - 1)]
            sent_at = {}
            for chat in chats:
                chat.unread()
                chat.send(f"Bakkerij De Zoete Inval zq{chat.chat_id}p")
                sent_at[chat.chat_id] = time.monotonic()
            latencies = await asyncio.gather(*(_answered(chat, sent_at[chat.chat_id]) for chat in chats))
            await asyncio.sleep(1.0)
        finally:
            code = await bot.stop()
        pending = fake.pending_updates
        rejected = len(fake.errors)
    scan = scan_log(log, markers, since=size_before)
    log_text = log.read_text(encoding="utf-8", errors="replace")
    whole = scan_log(log, markers)
    return {
        "students": students,
        "poison updates": len(poisoned),
        "skipped (logged)": sum(f"update_id={u} " in log_text for u in poisoned),
        "answered": sum(x is not None for x in latencies),
        "slowest answer s": max((x for x in latencies if x is not None), default=float("nan")),
        "log growth bytes": scan.size,
        "texts in log": len(whole.markers_found),
        "tracebacks": whole.tracebacks,
        "log errors": whole.errors,
        "pending at end": pending,
        "rejected": rejected,
        "exit code": code if code is not None else -1,
    }


async def _answered(chat: Chat, sent: float, within: float = 10.0) -> float | None:
    """Seconds from the answer to the next question, or None."""
    asks = REFLECTION[3].asks
    deadline = sent + within
    while time.monotonic() < deadline:
        for message in await chat.wait_unread(0.2):
            if any(a in (message.text or "") for a in asks):
                return time.monotonic() - sent
    return None
