"""Who may send follow-ups for a database: one process for SQLite, every instance for PostgreSQL.

SQLite serves one bot process: an exclusive lock on a file next to the database makes it the sender (the
operating system releases it when the process ends, also on SIGKILL), so `loopbaanbot nudges run` next to
a running bot refuses instead of sending too; the sender may take back every unfinished claim when it
starts. With PostgreSQL every instance sends: each follow-up is claimed with a lease, so no lock is needed
and a claim is taken back only once its lease has run out (its instance may still be sending it).
Housekeeping that must run in one place at a time (retention) takes a named session lock there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Protocol

from storage import PostgresStore, SqliteStore, Store

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows; there the lease always succeeds
    fcntl = None  # type: ignore[assignment]

__all__ = ["JobLock", "SenderLease"]


class JobLock(Protocol):
    """A lock a periodic job takes for its run (one instance at a time)."""

    async def acquire(self) -> bool:
        """Take it if nobody else has it."""
        ...

    async def release(self) -> None:
        """Give it back."""
        ...


class _NoLock:
    async def acquire(self) -> bool:
        return True

    async def release(self) -> None:
        return None


class SenderLease:
    """Held by whoever sends follow-ups for the database at `path` (None: any process may send)."""

    def __init__(self, database: Path | None, *, store: Store | None = None) -> None:
        self._path = database.with_name(database.name + ".sender.lock") if database is not None else None
        self._store = store
        self._file: IO[str] | None = None

    @classmethod
    def for_store(cls, store: Store) -> SenderLease:
        """The lease for this store: a file lock (SQLite), none needed (PostgreSQL: claims; memory)."""
        if isinstance(store, SqliteStore):
            return cls(store.path, store=store)
        return cls(None, store=store)

    @property
    def exclusive(self) -> bool:
        """Whether holding it makes this the only sender (it may take back every unfinished claim)."""
        return not (self._store is not None and self._store.shared)

    @property
    def held(self) -> bool:
        """Whether this process holds the lease."""
        return self._file is not None or self._path is None

    async def acquire(self) -> bool:
        """Take the lease if nobody else has it; True when this process now holds it."""
        if self.held or fcntl is None:
            return True
        assert self._path is not None
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = self._path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return True

    async def release(self) -> None:
        """Give the lease back (closing the file releases it)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def job_lock(self, name: str) -> JobLock:
        """The lock a periodic job takes for a run: named in PostgreSQL; elsewhere the lease is enough."""
        if isinstance(self._store, PostgresStore):
            return self._store.session_lock(f"job:{name}")
        return _NoLock()
