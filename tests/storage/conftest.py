from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage import Store
from tests.backends import BACKENDS, opened


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """Every backend, opened; the contract suite runs once per backend."""
    async with opened(request.param, request, tmp_path) as backend:
        yield backend
