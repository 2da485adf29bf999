"""Students with a step and its pending follow-up, written straight into SQLite (set-up, not measured)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from storage import SqliteStore

__all__ = ["migrate", "seed_due_steps"]


async def migrate(path: Path) -> None:
    """An empty database with the bot's tables."""
    store = SqliteStore(path)
    await store.open()
    await store.close()


async def seed_due_steps(
    path: Path, *, count: int, due_at: datetime, channel: str = "telegram", first_id: int = 100_000
) -> None:
    """`count` students (external ids from first_id), each with an open step, its follow-up due at due_at."""
    await migrate(path)
    now = datetime.now(UTC).isoformat()
    due = due_at.astimezone(UTC).isoformat()
    day = due_at.date().isoformat()
    with sqlite3.connect(path) as conn:
        start = conn.execute("SELECT COALESCE(MAX(id), 0) FROM students").fetchone()[0] + 1
        ids = range(start, start + count)
        conn.executemany(
            "INSERT INTO students (id, channel, external_id, display_name, language, active, created_at,"
            " last_seen_at) VALUES (?, ?, ?, ?, 'nl', 1, ?, ?)",
            ((i, channel, str(first_id + i - start), f"Leerling {i}", now, now) for i in ids),
        )
        conn.executemany(
            "INSERT INTO next_steps (id, student_id, what, due, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'open', ?, ?)",
            ((i, i, f"Stap {i}: de stagebegeleider mailen", day, now, now) for i in ids),
        )
        conn.executemany(
            "INSERT INTO nudges (student_id, kind, item_id, due_at, status, attempts, created_at, updated_at)"
            " VALUES (?, 'step', ?, ?, 'pending', 0, ?, ?)",
            ((i, i, due, now, now) for i in ids),
        )
