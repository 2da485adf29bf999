from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage import MemoryStore, SqliteStore, Store


@pytest.fixture(params=["memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """Every backend, opened; the contract suite runs once per backend."""
    backend: Store = MemoryStore() if request.param == "memory" else SqliteStore(tmp_path / "db.sqlite3")
    await backend.open()
    yield backend
    await backend.close()
