"""Looking at a store's rows directly, past the contract: what deleting a person really left behind."""

from __future__ import annotations

import sqlite3

import asyncpg

from storage import MemoryStore, PostgresStore, SqliteStore, Store

__all__ = ["TABLES", "assert_nothing_refers_to", "invite_names"]

TABLES = (
    "students",
    "sessions",
    "experiences",
    "entries",
    "entry_answers",
    "next_steps",
    "contacts",
    "contact_moments",
    "nudges",
    "mentors",
    "links",
    "mentor_invites",
    "safety_events",
    "attempts",
    "signin_codes",
    "web_logins",
    "chat_lines",
    "school_accounts",
    "places",
    "place_choices",
    "question_visits",
    "studio_drafts",
    "script_publications",
    "studio_log",
)

# Every foreign key in the database: table, column and the table it refers to.
_PG_FOREIGN_KEYS = """
SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text
FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
WHERE c.contype = 'f'
"""


async def invite_names(store: Store) -> list[str]:
    """The names on every mentor invite."""
    if isinstance(store, SqliteStore):
        with sqlite3.connect(store.path) as conn:
            return [r[0] for r in conn.execute("SELECT name FROM mentor_invites")]
    if isinstance(store, PostgresStore):
        conn = await asyncpg.connect(store.url)
        try:
            return [r[0] for r in await conn.fetch("SELECT name FROM mentor_invites")]
        finally:
            await conn.close()
    assert isinstance(store, MemoryStore)
    return [invite.name for invite in store.invites.all()]


async def assert_nothing_refers_to(store: Store, person: int) -> None:
    """Every table, looked at directly: no row names the person, no row is left hanging."""
    if isinstance(store, SqliteStore):
        _sqlite_nothing_refers_to(store, person)
    elif isinstance(store, PostgresStore):
        await _postgres_nothing_refers_to(store, person)
    else:
        assert isinstance(store, MemoryStore)
        _memory_nothing_refers_to(store, person)


def _sqlite_nothing_refers_to(store: SqliteStore, person: int) -> None:
    with sqlite3.connect(store.path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert set(TABLES) <= set(tables)
        for table in tables:
            for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
                if fk[2] in ("students", "mentors"):
                    column = fk[3]
                    count = conn.execute(
                        f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (person,)
                    ).fetchone()
                    assert count[0] == 0, f"{table}.{column} still refers to person {person}"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


async def _postgres_nothing_refers_to(store: PostgresStore, person: int) -> None:
    # PostgreSQL enforces every foreign key at once, so no row can be left hanging; only look for the person.
    conn = await asyncpg.connect(store.url)
    try:
        tables = {
            r[0] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        assert set(TABLES) <= tables
        for table, column, target in await conn.fetch(_PG_FOREIGN_KEYS):
            if target in ("students", "mentors"):
                count = await conn.fetchval(f"SELECT COUNT(*) FROM {table} WHERE {column} = $1", person)
                assert count == 0, f"{table}.{column} still refers to person {person}"
    finally:
        await conn.close()


def _memory_nothing_refers_to(store: MemoryStore, person: int) -> None:
    for name in ("students", "sessions", "experiences", "entries", "answers", "steps", "contacts", "moments",
                 "nudges", "invites", "mentors", "links", "safety"):  # fmt: skip
        for row in getattr(store, name).all():
            for field in ("id", "student_id", "person_id", "mentor_id", "created_by", "used_by"):
                if name == "students" or field != "id":
                    assert getattr(row, field, None) != person, f"{name}.{field} still refers to {person}"
    for choice in store.places.choices.all():
        assert choice.student_id != person, f"place_choices.student_id still refers to {person}"
    studio = store.studio
    for table, field in ((studio.visits, "student_id"), (studio.drafts, "updated_by"),
                         (studio.publications, "published_by"), (studio.log, "person_id")):  # fmt: skip
        assert all(getattr(row, field) != person for row in table.all()), f"studio {field} refers to {person}"
    experiences = {e.id for e in store.experiences.all()}
    contacts = {c.id for c in store.contacts.all()}
    assert all(e.experience_id in experiences for e in store.entries.all())
    assert all(a.experience_id in experiences for a in store.answers.all())
    assert all(m.contact_id in contacts for m in store.moments.all())
