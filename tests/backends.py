"""The storage backends every contract and application test runs against, opened fresh for each test."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from storage import MemoryStore, PostgresStore, SqliteStore, Store
from storage.testing import ThrowawayPostgres

__all__ = ["BACKENDS", "opened", "skip_postgres"]

BACKENDS = ["memory", "sqlite", "postgres"]


def skip_postgres() -> bool:
    """Whether to skip the PostgreSQL tests: LOOPBAANBOT_SKIP_POSTGRES=1 (tasks.py sets it when it cannot
    install PostgreSQL; a developer may set it for a quick run)."""
    return os.environ.get("LOOPBAANBOT_SKIP_POSTGRES") == "1"


@asynccontextmanager
async def opened(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A store of this kind, opened; a PostgreSQL one gets a fresh database of its own, dropped after."""
    cluster: ThrowawayPostgres | None = None
    url = ""
    if kind == "memory":
        store: Store = MemoryStore()
    elif kind == "sqlite":
        store = SqliteStore(tmp_path / "db.sqlite3")
    else:
        cluster = request.getfixturevalue("postgres")
        url = await cluster.create_database()
        store = PostgresStore(url, readers=4)
    try:
        await store.open()
        try:
            yield store
        finally:
            await store.close()
    finally:
        if cluster is not None:
            await cluster.drop_database(url)
