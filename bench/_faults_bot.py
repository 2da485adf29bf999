"""The bot under a fault: `python -m bot run` as a process against the fake Bot API, logging to a file."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.fakes.bot_api import FakeBotApi

__all__ = ["BotProcess", "LogScan", "bot_env", "scan_log"]

# Settings the bench sets itself; inherited ones could point the bot elsewhere.
_OWN_PREFIXES = (
    "TELEGRAM_", "DATABASE_", "LOG_", "QUIET_", "SQLITE_", "COORDINATOR_", "DIALOGUES_", "WEB_", "SMTP_",
)  # fmt: skip


def bot_env(fake: FakeBotApi, db: Path, **settings: str) -> dict[str, str]:
    """The environment of a bot process talking to `fake`, with its database at `db`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OWN_PREFIXES)}
    return env | {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{db}",
        "LOG_LEVEL": "INFO",
        # Where `run` also serves the school's web app: any free port, so bots can run side by side.
        "WEB_PORT": "0",
        **settings,
    }


class BotProcess:
    """One `loopbaanbot run` at a time; its stderr (the log) is appended to `log` across restarts.

    The log comes through a pipe, copied to the file here: a fault that stops the bot writing files (a full
    disk) must not silence its log as well.
    """

    def __init__(self, fake: FakeBotApi, folder: Path, *, db: Path, log: Path, **settings: str) -> None:
        self.fake = fake
        self.folder = folder
        self.log = log
        self.env = bot_env(fake, db, **settings)
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0
        self.kills = 0
        self._copier: asyncio.Task[None] | None = None
        self._polls_at_start = 0

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self.process is not None and self.process.returncode is None

    async def start(self) -> None:
        """Start the bot (the previous one must have ended)."""
        assert not self.running, "one bot at a time"
        await self._log_copied()
        self._polls_at_start = self.fake.call_counts["getUpdates"]
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=self.folder, env=self.env,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        self._copier = asyncio.create_task(self._copy(self.process))
        self.starts += 1

    async def _copy(self, process: asyncio.subprocess.Process) -> None:
        assert process.stderr is not None
        with self.log.open("ab") as file:
            while chunk := await process.stderr.read(65536):
                file.write(chunk)
                file.flush()

    async def _log_copied(self) -> None:
        """Wait until the ended process's log is in the file."""
        if self._copier is not None:
            await self._copier
            self._copier = None

    async def ready(self, within: float = 60.0) -> None:
        """Wait until the bot polls for updates (it is connected and serving)."""
        # Polled: a getUpdates call is not a change the fake's wait_for wakes up for.
        async with asyncio.timeout(within):
            while self.fake.call_counts["getUpdates"] <= self._polls_at_start:
                if not self.running:
                    raise RuntimeError(f"the bot ended during start-up; see {self.log}")
                await asyncio.sleep(0.02)

    async def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, like a power cut of the process."""
        process = self.process
        if process is not None and process.returncode is None:
            process.send_signal(signal.SIGKILL)
            await process.wait()
            self.kills += 1
        await self._log_copied()

    async def stop(self, within: float = 30.0) -> int | None:
        """SIGTERM and wait (a clean stop sends what is queued); killed if it does not end in time."""
        process = self.process
        if process is None:
            return None
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), within)
            except TimeoutError:
                await self.kill()
        await self._log_copied()
        return process.returncode


@dataclass(frozen=True)
class LogScan:
    """What a log holds that it should not: tracebacks, errors, and what students wrote."""

    size: int
    tracebacks: int
    errors: int
    markers_found: tuple[str, ...]
    lines: int


def scan_log(log: Path, markers: list[str] | tuple[str, ...] = (), *, since: int = 0) -> LogScan:
    """Scan the log from byte `since`: counts, and which of `markers` (texts students sent) it contains."""
    data = log.read_bytes()[since:] if log.exists() else b""
    text = data.decode("utf-8", "replace")
    found = tuple(marker for marker in markers if marker in text)
    return LogScan(
        size=len(data),
        tracebacks=text.count("Traceback"),
        errors=sum(1 for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line),
        markers_found=found,
        lines=text.count("\n"),
    )
