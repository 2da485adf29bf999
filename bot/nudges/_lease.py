"""One sender of follow-ups per database: an exclusive lock on a file next to SQLite's, or in PostgreSQL.

For SQLite, the operating system releases the file lock when the process ends, also on SIGKILL; for
PostgreSQL, the server releases its session advisory lock when the holder's connection closes, also when
the process is killed. So a crashed bot never leaves a stale lease behind. Without it, `loopbaanbot nudges
run` next to a running bot would requeue the bot's claims in flight and both would send them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from storage import AdvisoryLock, PostgresStore, SqliteStore, Store

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows; there the lease always succeeds
    fcntl = None  # type: ignore[assignment]

__all__ = ["SenderLease"]


class SenderLease:
    """Held by whoever sends follow-ups for the database at `path`, or holds `advisory` (neither: memory)."""

    def __init__(self, database: Path | None, *, advisory: AdvisoryLock | None = None) -> None:
        self._path = database.with_name(database.name + ".sender.lock") if database is not None else None
        self._advisory = advisory
        self._file: IO[str] | None = None

    @classmethod
    def for_store(cls, store: Store) -> SenderLease:
        """The lease for this store: a file lock (SQLite), an advisory lock (PostgreSQL), none (memory)."""
        if isinstance(store, SqliteStore):
            return cls(store.path)
        if isinstance(store, PostgresStore):
            return cls(None, advisory=store.session_lock("sender"))
        return cls(None)

    @property
    def held(self) -> bool:
        """Whether this process holds the lease."""
        if self._advisory is not None:
            return self._advisory.held
        return self._file is not None or self._path is None

    async def acquire(self) -> bool:
        """Take the lease if nobody else has it; True when this process now holds it."""
        if self._advisory is not None:
            return await self._advisory.acquire()
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
        """Give the lease back (closing the file, or the lock's connection, releases it)."""
        if self._advisory is not None:
            await self._advisory.release()
        if self._file is not None:
            self._file.close()
            self._file = None
