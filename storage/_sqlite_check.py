"""Before the SQLite store opens a file: can this process use it as its database? One readable line if not.

The checks only read. A damaged database is left exactly as it was, so a backup or a repair tool can still
get at it: nothing writes to the file before these checks have passed (opening it for real would, for one,
switch the journal mode in its header).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Literal

from ._errors import DatabaseUnusableError

__all__ = ["QUICK_CHECK_MAX_BYTES", "FileState", "check_database", "describe", "prepare_file"]

log = logging.getLogger("loopbaanbot.storage")

FileState = Literal["missing", "empty", "database"]

_HEADER = b"SQLite format 3\x00"
# PRAGMA quick_check reads every page: about 7 ms per MB on this VM (warm cache; a 55 MB database took
# 395 ms). Up to this size it runs at every open; above it only the header and the schema are read, and
# damage deeper in the file shows up when that page is read.
QUICK_CHECK_MAX_BYTES = 8 * 1024 * 1024
_RESTORE = "restore a backup, or move the file away to start an empty database (the file was not changed)"
# SQLite's primary result codes (the low byte of sqlite_errorcode).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def describe(path: Path, exc: BaseException) -> DatabaseUnusableError:
    """An sqlite3 or OS error at open as one line: what is wrong with the database and what to do."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == _NOTADB:
            return DatabaseUnusableError(f"The database {path} is not an SQLite database: {_RESTORE}.")
        if code == _CORRUPT:
            return DatabaseUnusableError(f"The database {path} is damaged ({exc}): {_RESTORE}.")
        if code in (_BUSY, _LOCKED):
            return _busy(path)
        if code == _READONLY:
            return _not_writable(path)
        if code == _FULL:
            return DatabaseUnusableError(
                f"The disk with the database {path} is full: make room, then start again."
            )
        if code == _IOERR:
            return DatabaseUnusableError(f"The database {path} gave a disk error ({exc}): check the disk.")
        if code == _CANTOPEN:
            return DatabaseUnusableError(
                f"The database {path} cannot be opened: check that its folder exists and that this user may"
                " read and write both the file and the folder."
            )
    elif isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _not_writable(path)
        if exc.errno == errno.ENOSPC:
            return DatabaseUnusableError(
                f"The disk with the database {path} is full: make room, then start again."
            )
        return DatabaseUnusableError(
            f"The database {path} cannot be used ({exc.strerror or type(exc).__name__}): check DATABASE_URL."
        )
    elif isinstance(exc, UnicodeDecodeError):  # SQLite's message about a damaged schema quoted its bytes
        return DatabaseUnusableError(f"The database {path} is damaged (unreadable schema): {_RESTORE}.")
    return DatabaseUnusableError(
        f"The database {path} cannot be used ({exc}): check DATABASE_URL and the file."
    )


def _busy(path: Path) -> DatabaseUnusableError:
    return DatabaseUnusableError(
        f"The database {path} is busy: another program holds a lock on it. Stop that program (or the other"
        " copy of the bot), then try again."
    )


def _not_writable(path: Path) -> DatabaseUnusableError:
    return DatabaseUnusableError(
        f"The database {path} is not writable for this user: the user that runs the bot needs to read and"
        f" write the file and its folder {path.parent} (or change DATABASE_URL)."
    )


def _check_file(path: Path, *, busy_seconds: float) -> FileState:
    """Raise DatabaseUnusableError unless `path` can be the database; makes its folder (0700) if missing."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except (FileExistsError, NotADirectoryError):
        raise DatabaseUnusableError(
            f"The database cannot go in {folder}: part of that path is a file, not a folder."
            " Change DATABASE_URL."
        ) from None
    except OSError as exc:
        raise DatabaseUnusableError(
            f"Cannot make the folder {folder} for the database ({exc.strerror}): make it yourself,"
            " or change DATABASE_URL."
        ) from None
    try:
        info: os.stat_result | None = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise describe(path, exc) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise DatabaseUnusableError(
            f"The database {path} is a folder, not a file: give a file name in DATABASE_URL,"
            f" e.g. sqlite:///{path / 'loopbaanbot.sqlite3'}."
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise DatabaseUnusableError(f"The database {path} is not a regular file: change DATABASE_URL.")
    # SQLite writes the -wal and -shm files next to the database: the folder must be writable too.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _not_writable(path)
    if info is None:
        return "missing"
    if not os.access(path, os.R_OK | os.W_OK):
        raise _not_writable(path)
    if info.st_size == 0:
        return "empty"
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as exc:
        raise describe(path, exc) from None
    if len(header) < 100 or not header.startswith(_HEADER):
        raise DatabaseUnusableError(f"The database {path} is not an SQLite database: {_RESTORE}.")
    wal = path.with_name(path.name + "-wal")
    size = info.st_size + (wal.stat().st_size if wal.is_file() else 0)
    _check_contents(path, quick=size <= QUICK_CHECK_MAX_BYTES, busy_seconds=busy_seconds)
    return "database"


def _check_contents(path: Path, *, quick: bool, busy_seconds: float) -> None:
    """Read the schema (SQLite notices a truncated file there) and, when cheap, check every page."""
    # With no -wal, -shm or rollback journal beside it, nobody has the database open and everything is in
    # the file itself: look at it as an immutable file, which leaves no -wal and -shm behind next to a
    # damaged database. Otherwise (the bot running, or a crash to recover from) read it the usual way.
    companions = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
    in_use = any(companion.exists() for companion in companions)
    uri = f"{path.resolve().as_uri()}?{'mode=ro' if in_use else 'immutable=1'}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_seconds)
    except sqlite3.Error as exc:
        raise describe(path, exc) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")] if quick else ["ok"]
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == _READONLY:
            return  # a read-only look is not possible here (a hot rollback journal): the real open decides
        raise describe(path, exc) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        first = " ".join(problems[0].replace("*** in database main ***", "").split())[:120]
        raise DatabaseUnusableError(f"The database {path} is damaged ({first}): {_RESTORE}.")


async def check_database(path: Path, *, give_up_after: float) -> FileState:
    """Run the checks in a thread of their own, and give up after `give_up_after` seconds.

    A database on a network share that stopped answering blocks the thread that reads it, in the kernel,
    for as long as it likes. The thread is a daemon, so the process can still report that and exit.
    """
    loop = asyncio.get_running_loop()
    outcome: asyncio.Future[FileState] = loop.create_future()

    def settle(state: FileState | None, error: BaseException | None) -> None:
        if outcome.done():
            return
        if error is not None:
            outcome.set_exception(error)
        else:
            assert state is not None
            outcome.set_result(state)

    def work() -> None:
        state: FileState | None = None
        error: BaseException | None = None
        try:
            state = _check_file(path, busy_seconds=min(5.0, give_up_after / 2))
        except BaseException as exc:  # handed to the waiting coroutine, which raises it
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is waiting any more
            loop.call_soon_threadsafe(settle, state, error)

    threading.Thread(target=work, name="sqlite-open-check", daemon=True).start()
    try:
        return await asyncio.wait_for(outcome, give_up_after)
    except TimeoutError:
        raise DatabaseUnusableError(
            f"The database {path} is busy or unreachable (no answer within {give_up_after:g} s):"
            " check the disk or network share, and stop any other program that holds the database."
        ) from None


def prepare_file(path: Path, state: FileState) -> None:
    """Make a missing database file owner-only (SQLite gives -wal and -shm the same mode); log oddities.

    An existing file keeps its mode: an administrator may have chosen it. A wider one than 0600 is logged.
    """
    if state == "missing":
        with contextlib.suppress(FileExistsError):  # someone made it in the meantime: theirs stands
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    elif state == "empty":
        # SQLite takes an empty file as an empty database, and so does the bot (an administrator may make
        # the file first, with the owner and mode they want). Logged in case it was emptied by accident.
        log.warning("database %s is an empty file: starting a new database in it", path)
    elif (mode := path.stat().st_mode & 0o777) & 0o077:
        log.warning("database %s can be read by other users (mode %03o): chmod 600 it", path, mode)
