"""Opening the SQLite store: an unusable file is one clear error and is left alone; new files are private."""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import storage._sqlite_check
from storage import DatabaseUnusableError, MigrationError, SqliteStore, StudentKey
from storage._migrations import MIGRATIONS

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask: the store must not rely on the CLI's 077 for its own files."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _contents(path: Path) -> bytes:
    return path.read_bytes()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if not t.daemon}


def _left_running(before: set[threading.Thread]) -> list[threading.Thread]:
    """Threads started since `before` that do not end (a closed connection's thread ends right after)."""
    for thread in _threads() - before:
        thread.join(timeout=2)
    return [t for t in _threads() - before if t.is_alive()]


async def _good_database(path: Path) -> bytes:
    store = SqliteStore(path)
    await store.open()
    async with store.transaction() as tx:
        await tx.students.upsert(StudentKey("console", "sam"), display_name="Sam", language="nl", now=NOW)
    await store.close()
    return _contents(path)


def _flip(data: bytes, seed: int, count: int = 200) -> bytes:
    damaged = bytearray(data)
    rng = random.Random(seed)
    for _ in range(count):
        damaged[rng.randrange(100, len(damaged))] ^= 0xFF
    return bytes(damaged)


BAD_FILES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "random bytes": (lambda good: random.Random(1).randbytes(8192), "is not an SQLite database"),
    "cut in half": (lambda good: good[: len(good) // 2], "is damaged"),
    "flipped bytes": (lambda good: _flip(good, seed=0), "is damaged"),
    "five bytes": (lambda good: b"hello", "is not an SQLite database"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
async def test_a_damaged_database_is_refused_and_left_as_it_was(case: str, tmp_path: Path) -> None:
    good = await _good_database(tmp_path / "good.sqlite3")
    damage, expected = BAD_FILES[case]
    path = tmp_path / "bot.sqlite3"
    path.write_bytes(damage(good))
    before, threads = _contents(path), _threads()
    with pytest.raises(DatabaseUnusableError) as caught:
        await SqliteStore(path).open()
    assert expected in str(caught.value)
    assert "restore a backup" in str(caught.value) and "\n" not in str(caught.value)
    assert _contents(path) == before, "a damaged database is never written to"
    assert _names(tmp_path) == ["bot.sqlite3", "good.sqlite3"], "no -wal or -shm next to it"
    assert _left_running(threads) == [], "no connection thread is left running"


async def test_a_folder_or_a_file_in_the_path_is_named(tmp_path: Path) -> None:
    (tmp_path / "folder.sqlite3").mkdir()
    with pytest.raises(DatabaseUnusableError, match=r"is a folder, not a file: give a file name"):
        await SqliteStore(tmp_path / "folder.sqlite3").open()
    (tmp_path / "plain").write_text("")
    with pytest.raises(DatabaseUnusableError, match=r"part of that path is a file, not a folder"):
        await SqliteStore(tmp_path / "plain" / "bot.sqlite3").open()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
async def test_a_folder_it_cannot_write_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(DatabaseUnusableError, match="is not writable for this user"):
            await SqliteStore(folder / "bot.sqlite3").open()
    finally:
        folder.chmod(0o700)


async def test_a_database_from_newer_code_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as conn:  # a rollback-journal database: opening it for real would set WAL
        conn.execute(f"PRAGMA user_version = {MIGRATIONS[-1][0] + 1}")
    conn.close()
    threads, before = _threads(), _contents(path)
    with pytest.raises(MigrationError, match="newer version of loopbaanbot"):
        await SqliteStore(path).open()
    assert _left_running(threads) == [], "the aiosqlite thread is closed again"
    assert _contents(path) == before, "not even its journal mode was changed"


async def test_a_database_another_program_holds_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    await _good_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")  # takes the lock, and keeps it
    began = time.monotonic()
    try:
        with pytest.raises(DatabaseUnusableError, match="is busy: another program holds a lock"):
            await SqliteStore(path, open_timeout=0.6).open()
    finally:
        holder.close()
    assert time.monotonic() - began < 3


async def test_a_database_that_does_not_answer_is_given_up_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hung = threading.Event()

    def network_share_gone(path: Path, *, busy_seconds: float) -> storage._sqlite_check.FileState:
        hung.wait(10)  # a read on a share that stopped answering
        return "missing"

    monkeypatch.setattr(storage._sqlite_check, "_check_file", network_share_gone)
    began = time.monotonic()
    try:
        with pytest.raises(DatabaseUnusableError, match="is busy or unreachable"):
            await SqliteStore(tmp_path / "db.sqlite3", open_timeout=0.3).open()
    finally:
        hung.set()
    assert time.monotonic() - began < 2


async def test_an_empty_file_becomes_a_new_database(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "db.sqlite3"
    path.touch()
    store = SqliteStore(path)
    with caplog.at_level(logging.WARNING, logger="loopbaanbot.storage"):
        await store.open()
    assert await store.schema_version() == MIGRATIONS[-1][0]
    await store.close()
    assert "is an empty file: starting a new database" in caplog.text


async def test_new_files_are_for_the_owner_only(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "data" / "db.sqlite3"
    store = SqliteStore(path)
    await store.open()
    async with store.transaction() as tx:
        await tx.students.upsert(StudentKey("console", "sam"), display_name="Sam", language="nl", now=NOW)
    modes = {name: (path.parent / name).stat().st_mode & 0o777 for name in _names(path.parent)}
    await store.close()
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert modes == {"db.sqlite3": 0o600, "db.sqlite3-wal": 0o600, "db.sqlite3-shm": 0o600}


async def test_an_existing_file_keeps_its_mode_and_a_wide_one_is_logged(
    tmp_path: Path, umask_022: None, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "db.sqlite3"
    await _good_database(path)
    path.chmod(0o640)
    store = SqliteStore(path)
    with caplog.at_level(logging.WARNING, logger="loopbaanbot.storage"):
        await store.open()
    await store.close()
    assert path.stat().st_mode & 0o777 == 0o640
    assert "can be read by other users (mode 640)" in caplog.text


async def test_deleted_data_is_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore(path)
    await store.open()
    rows = await store._connection().execute_fetchall("PRAGMA secure_delete")
    assert [tuple(row) for row in rows] == [(1,)]
    async with store.transaction() as tx:
        sam = await tx.students.upsert(
            StudentKey("console", "sam"), display_name="Zeldzame-Naam-42", language="nl", now=NOW
        )
    async with store.transaction() as tx:
        await tx.privacy.delete_person(sam.id)
    await store.close()
    assert b"Zeldzame-Naam-42" not in _contents(path)
