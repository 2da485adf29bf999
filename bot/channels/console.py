"""The local console chat: the same service as Telegram, in a terminal or fed by a pipe."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

from bot.conversation import (
    Button,
    Command,
    ConversationService,
    Incoming,
    Outgoing,
    Pressed,
    Text,
    Who,
)
from bot.logs import log_exception
from bot.nudges import NudgeDispatcher
from storage import StudentKey

__all__ = ["ConsoleChat", "PrintCourier", "folder_name", "parse_line", "remove_files", "render", "save_files"]

log = logging.getLogger("loopbaanbot.console")


def parse_line(line: str, buttons: tuple[Button, ...]) -> Incoming | None:
    """What a typed line means: a /command, the number of a button shown last, or text."""
    text = line.strip()
    if not text:
        return None
    if text.startswith("/") and len(text) > 1:
        name, _, arg = text[1:].partition(" ")
        return Command(name.split("@", 1)[0].lower(), arg.strip())
    if text.isascii() and text.isdigit() and len(text) <= 3 and 1 <= int(text) <= len(buttons):
        return Pressed(buttons[int(text) - 1].data)
    return Text(line.rstrip("\n"))


def folder_name(who: StudentKey) -> str:
    """A folder of one's own: safe characters only, and a hash when any were changed ("a/sam" ≠ "b/sam")."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", who.external_id)[:40]
    if safe == who.external_id:
        return safe
    return f"{safe}-{hashlib.sha256(who.external_id.encode()).hexdigest()[:10]}"


def save_files(reply: Outgoing, folder: Path | None, who: StudentKey) -> list[Path]:
    """Write a reply's files under `folder`/<person> (the console has no other way to hand them over).

    They hold a person's data: readable by the bot's user only (0600, in a folder made 0700).
    """
    if folder is None or not reply.attachments:
        return []
    target = folder / folder_name(who)
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    saved = []
    for file in reply.attachments:
        path = target / Path(file.filename).name
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            os.fchmod(out.fileno(), 0o600)  # a copy saved before, with a wider mode, is narrowed too
            out.write(file.data)
        saved.append(path)
    return saved


# What the bot hands over as files (a person's data export, a mentor's weekly summary): only these are
# removed when the person is deleted, whatever else EXPORT_DIR/<person> may hold.
_OWN_FILES = ("mijn-gegevens.json", "mijn-gegevens.html", "weekoverzicht-*.html")


def remove_files(folder: Path | None, who: StudentKey) -> int:
    """Delete the files the bot saved for this person (and their folder, if that leaves it empty)."""
    if folder is None:
        return 0
    target = folder / folder_name(who)
    removed = 0
    for pattern in _OWN_FILES:
        for path in target.glob(pattern):
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed += 1
    with contextlib.suppress(OSError):  # not empty (someone put other files there), or not there at all
        target.rmdir()
    return removed


def render(reply: Outgoing, files: list[Path] | None = None) -> str:
    """Plain-text form of a reply; buttons are numbered so the student can type the number."""
    parts: list[str] = []
    if reply.text:
        parts.append(reply.text)
    for block in reply.blocks:
        lines = [block.title, "─" * min(len(block.title), 60)] if block.title else []
        parts.append("\n".join([*lines, *block.lines]))
    for number, button in enumerate(reply.buttons, start=1):
        parts.append(f"  {number}. {button.label}")
    parts.extend(f"  📎 {path}" for path in files or ())
    return "\n".join(parts)


class PrintCourier:
    """Prints follow-ups for console students (`loopbaanbot nudges run`); they see them when they chat."""

    def __init__(self, stdout: TextIO, *, files_dir: Path | None = None) -> None:
        self._out = stdout
        self._files = files_dir

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        """Print the follow-up under the student's name."""
        await handed_over()
        self._out.write(f"\n→ {key.channel}:{key.external_id}\n")
        for reply in messages:
            self._out.write(f"bot> {render(reply, save_files(reply, self._files, key))}\n")
        self._out.flush()
        return True


class ConsoleChat:
    """Reads lines, hands them to the conversation service, prints the replies.

    Follow-ups that fell due appear when the student next writes (there is nobody to send them to in
    between). A line typed before the student saw the follow-up is not taken as its answer. Attach it
    (`App.attach`) for its student's channel so the follow-ups it runs are shown here.
    """

    def __init__(
        self,
        service: ConversationService,
        who: Who,
        *,
        stdin: TextIO,
        stdout: TextIO,
        follow_ups: NudgeDispatcher | None = None,
        files_dir: Path | None = None,
    ) -> None:
        self._service = service
        self._files = files_dir
        self._who = who
        self._in = stdin
        self._out = stdout
        self._buttons: tuple[Button, ...] = ()
        self._interactive = stdin.isatty()
        self._follow_ups = follow_ups

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        """Show a follow-up (the nudge dispatcher's courier for this console's student)."""
        if key != self._who.key:
            return False
        await handed_over()
        self._show(messages)
        return True

    async def _due_follow_ups(self) -> bool:
        """Show the student's due follow-ups, if any; whether one was shown."""
        if self._follow_ups is None:
            return False
        try:
            report = await self._follow_ups.run_due(only=self._who.key)
        except Exception as exc:
            log_exception(log, "follow-ups for console user %s failed", exc, self._who.key.external_id)
            return False
        return report.sent > 0

    def _show(self, replies: list[Outgoing]) -> None:
        for reply in replies:
            self._out.write(f"\nbot> {render(reply, save_files(reply, self._files, self._who.key))}\n")
            if reply.buttons:
                self._buttons = reply.buttons
            if reply.erased:
                # Their data is gone from the database; the copies they saved here go too.
                remove_files(self._files, self._who.key)
        self._out.flush()

    async def _ask(self, incoming: Incoming) -> list[Outgoing]:
        try:
            return await self._service.handle(self._who, incoming)
        except Exception as exc:
            log_exception(log, "handling failed for console user %s", exc, self._who.key.external_id)
            return [self._service.error_reply(self._who)]

    async def run(self) -> None:
        """Chat until end of input."""
        if self._follow_ups is not None:
            await self._follow_ups.recover(only=self._who.key)
        if not await self._due_follow_ups():
            opening = await self._service.greeting(self._who)
            self._show(opening or await self._ask(Command("start")))
        while True:
            if self._interactive:
                self._out.write("\njij> ")
                self._out.flush()
            line = await asyncio.to_thread(self._in.readline)
            if not line:
                return
            incoming = parse_line(line, self._buttons)
            if incoming is None:
                continue
            if await self._due_follow_ups() and not isinstance(incoming, Command):
                # The line was typed before the follow-up appeared: it is not its answer. Say so.
                self._show([self._service.notice(self._who, "followup.unread")])
                continue
            self._show(await self._ask(incoming))
