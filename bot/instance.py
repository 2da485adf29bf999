"""This process's name among the bot instances that share a database (who claimed a follow-up)."""

from __future__ import annotations

import os
import secrets
import socket
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["INSTANCE", "RunLock"]

# Host, process and a random part: a restarted process (same pid in a container) is someone new, so it
# never hands over a claim its previous life made.
INSTANCE = f"{socket.gethostname()[:32]}-{os.getpid()}-{secrets.token_hex(3)}"


class RunLock:
    """One `loopbaanbot run` per SQLite database: an exclusive lock on a file next to it (released by the
    operating system when the process ends, also on SIGKILL). Several instances need PostgreSQL."""

    def __init__(self, database: Path) -> None:
        self._path = database.with_name(database.name + ".run.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """Take it; False when another process runs the bot on this database."""
        if fcntl is None:  # pragma: no cover - Windows
            return True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = self._path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        """Give it back."""
        if self._file is not None:
            self._file.close()
            self._file = None
