"""A throwaway PostgreSQL cluster for tests and benchmarks: a Unix socket only, no fsync, gone when stopped.

`initdb` and `pg_ctl` refuse to run as root, and CI runs as root: then they run as the `postgres` user
(`runuser -u postgres --`) in a temporary folder that user owns. Databases are made from a template that
already has the schema, which takes tens of milliseconds instead of a migration each time.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import asyncpg

from ._postgres import PostgresStore

__all__ = ["INSTALL_HINT", "PostgresNotInstalledError", "ThrowawayPostgres", "postgres_bin"]

T = TypeVar("T")

INSTALL_HINT = (
    "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin). Install it with "
    "`apt-get install postgresql` (Debian, Ubuntu; `python3 tasks.py test` does that itself when it runs as "
    "root), or set LOOPBAANBOT_SKIP_POSTGRES=1 to skip the PostgreSQL tests."
)
TEMPLATE = "loopbaanbot_template"
_USER = "bot"
_PORT = 5432  # only names the socket file; nothing listens on TCP


class PostgresNotInstalledError(RuntimeError):
    """The PostgreSQL server programs (initdb, pg_ctl) are not on this machine."""


def postgres_bin() -> Path | None:
    """The folder with initdb and pg_ctl: from PATH, else Debian's newest /usr/lib/postgresql/<ver>/bin."""
    found = shutil.which("initdb")
    if found is not None:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _blocking(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end from synchronous code, also while an event loop runs in this thread."""
    with ThreadPoolExecutor(1) as worker:
        return worker.submit(asyncio.run, coro).result()


class ThrowawayPostgres:
    """One PostgreSQL cluster in a temporary folder; `start()` it, hand out databases, `stop()` it."""

    def __init__(self, *, durable: bool = False) -> None:
        """`durable`: on disk with fsync and synchronous commits, as a school's server runs (benchmarks)."""
        bin_dir = postgres_bin()
        if bin_dir is None:
            raise PostgresNotInstalledError(INSTALL_HINT)
        self._bin = bin_dir
        self._as_postgres = os.name == "posix" and os.geteuid() == 0
        self._durable = durable
        # In memory where there is a tmpfs: a database from the template then takes ~30 ms, not 40-350 ms.
        shm = Path("/dev/shm")
        ram = shm if shm.is_dir() and os.access(shm, os.W_OK) and not durable else None
        self.folder = Path(tempfile.mkdtemp(prefix="lb-pg-", dir=ram))
        self._data = self.folder / "data"
        self._names = itertools.count(1)
        self._started = False

    def _run(self, *args: str) -> None:
        command = [str(self._bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, cwd=self.folder, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip() or done.stdout}")

    def start(self) -> ThrowawayPostgres:
        """initdb and start the server (about a second), then make the template database."""
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run("initdb", "-D", str(self._data), "-U", _USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync", "--no-instructions")  # fmt: skip
        options = f"-k {self.folder} -p {_PORT} -c listen_addresses='' -c max_connections=200"
        if not self._durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self._data), "-l", log, "-w", "-o", options, "start")
        self._started = True
        _blocking(self._make_template())
        return self

    async def _make_template(self) -> None:
        admin = await asyncpg.connect(self.url("postgres"))
        try:
            await admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
        finally:
            await admin.close()
        store = PostgresStore(self.url(TEMPLATE), readers=1, writers=1)
        await store.open()
        await store.close()

    def restart(self, *, mode: str = "fast") -> None:
        """Restart the server as an administrator would ("fast") or as a crash does ("immediate")."""
        # With its log file named again: without one, the new server writes to pg_ctl's output, which is
        # captured here, and waiting for that output to end would wait for the server to stop.
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self._data), "-l", log, "-m", mode, "-w", "restart")

    def socket(self) -> Path:
        """The server's Unix socket (to put something between it and a client)."""
        return self.folder / f".s.PGSQL.{_PORT}"

    def stop(self) -> None:
        """Stop the server and delete everything it had; safe to call twice."""
        if self._started:
            self._started = False
            self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> ThrowawayPostgres:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def url(self, database: str) -> str:
        """The URL of a database in this cluster (over its Unix socket)."""
        return f"postgresql://{_USER}@/{database}?host={self.folder}&port={_PORT}"

    async def create_database(self, *, schema: bool = True) -> str:
        """A new database with the current schema (copied from the template), or an empty one; its URL."""
        name = f"db_{os.getpid()}_{next(self._names)}"
        template = f' TEMPLATE "{TEMPLATE}"' if schema else ""
        admin = await asyncpg.connect(self.url("postgres"))
        try:
            for attempt in range(50):
                try:
                    await admin.execute(f'CREATE DATABASE "{name}"{template}')
                    break
                except asyncpg.ObjectInUseError:
                    # A connection to the template is still closing (the server lets go a moment later).
                    if attempt == 49:
                        raise
                    await asyncio.sleep(0.02)
        finally:
            await admin.close()
        return self.url(name)

    def create_database_now(self, *, schema: bool = True) -> str:
        """`create_database` for synchronous code (a benchmark between event loops)."""
        return _blocking(self.create_database(schema=schema))

    async def drop_database(self, url: str) -> None:
        """Delete a database made by `create_database`, closing whatever is still connected to it."""
        name = url.split("/")[3].split("?")[0]
        admin = await asyncpg.connect(self.url("postgres"))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()
