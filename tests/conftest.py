"""Fixtures shared by the whole suite."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import date

import pytest

from bot.config import Settings
from bot.logs import forget_repeats
from bot.wiring import load_texts
from dialogues import ScriptLibrary, TextCatalog
from storage.testing import PostgresNotInstalledError, ThrowawayPostgres
from tests.backends import skip_postgres

# A Sunday; tests that care about weekdays say so.
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Defaults only: the developer's environment and .env must not change test outcomes."""
    return Settings(_env_file=None, database_url="memory://")  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def library() -> ScriptLibrary:
    """The shipped scripts."""
    return ScriptLibrary.from_directory()


@pytest.fixture(scope="session")
def engine_texts(settings: Settings) -> TextCatalog:
    """The engine's text catalogue."""
    return load_texts(settings)[0]


@pytest.fixture(scope="session")
def bot_texts(settings: Settings) -> TextCatalog:
    """The bot's text catalogue."""
    return load_texts(settings)[1]


@pytest.fixture(scope="session")
def postgres() -> Iterator[ThrowawayPostgres]:
    """A throwaway PostgreSQL cluster for the whole run, started by the first test that needs it (~1 s)."""
    if skip_postgres():
        pytest.skip("LOOPBAANBOT_SKIP_POSTGRES=1: PostgreSQL tests skipped")
    try:
        cluster = ThrowawayPostgres().start()
    except PostgresNotInstalledError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Tests that run the CLI in-process set up logging on pytest's captured stderr (and the CLI's umask,
    077); undo that after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    forget_repeats()
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    os.umask(umask)
