"""Students with a due follow-up, and mentors with a weekly summary due, written straight into PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg

__all__ = ["seed_due", "seed_mentors"]


async def seed_due(url: str, *, channel: str, first: int, count: int, due_at: datetime) -> list[str]:
    """`count` students on `channel` (external ids first, first+1, ...), each with an open step for today
    whose follow-up is due at `due_at`; their external ids."""
    now = datetime.now(UTC)
    ids = [str(first + n) for n in range(count)]
    conn = await asyncpg.connect(url)
    try:
        async with conn.transaction():
            rows = await conn.fetch(
                "INSERT INTO students (channel, external_id, display_name, language, created_at,"
                " last_seen_at) SELECT $1, x, 'Leerling ' || x, 'nl', $2, $2 FROM unnest($3::text[]) AS x"
                " RETURNING id",
                channel,
                now,
                ids,
            )
            students = [row["id"] for row in rows]
            steps = await conn.fetch(
                "INSERT INTO next_steps (student_id, what, due, status, created_at, updated_at)"
                " SELECT s, 'de stagebegeleider mailen', $2::date, 'open', $3, $3"
                " FROM unnest($1::bigint[]) AS s RETURNING id, student_id",
                students,
                due_at.date(),
                now,
            )
            await conn.execute(
                "INSERT INTO nudges (student_id, kind, item_id, due_at, status, attempts, created_at,"
                " updated_at) SELECT s, 'step', i, $3, 'pending', 0, $4, $4"
                " FROM unnest($1::bigint[], $2::bigint[]) AS t(s, i)",
                [row["student_id"] for row in steps],
                [row["id"] for row in steps],
                due_at,
                now,
            )
    finally:
        await conn.close()
    return ids


async def seed_mentors(url: str, *, channel: str, first: int, count: int) -> list[str]:
    """`count` mentors on `channel` (no students linked yet), their summary not sent this week."""
    now = datetime.now(UTC)
    ids = [str(first + n) for n in range(count)]
    conn = await asyncpg.connect(url)
    try:
        async with conn.transaction():
            rows = await conn.fetch(
                "INSERT INTO students (channel, external_id, display_name, language, created_at,"
                " last_seen_at, role) SELECT $1, x, 'Mentor ' || x, 'nl', $2, $2, 'mentor'"
                " FROM unnest($3::text[]) AS x RETURNING id, external_id",
                channel,
                now,
                ids,
            )
            await conn.executemany(
                "INSERT INTO mentors (person_id, name, class_code, created_at) VALUES ($1, $2, $3, $4)",
                [
                    (
                        row["id"],
                        f"Mentor {row['external_id']}",
                        f"K{channel[:1].upper()}{row['external_id']}",
                        now,
                    )
                    for row in rows
                ],
            )
    finally:
        await conn.close()
    return ids
