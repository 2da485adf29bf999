"""The local console chat: the same service as Telegram, in a terminal or fed by a pipe."""

from __future__ import annotations

import asyncio
import logging
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

__all__ = ["ConsoleChat", "parse_line"]

log = logging.getLogger("loopbaanbot.console")


def parse_line(line: str, buttons: tuple[Button, ...]) -> Incoming | None:
    """What a typed line means: a /command, the number of a button shown last, or text."""
    text = line.strip()
    if not text:
        return None
    if text.startswith("/") and len(text) > 1:
        name, _, arg = text[1:].partition(" ")
        return Command(name.split("@", 1)[0].lower(), arg.strip())
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        return Pressed(buttons[int(text) - 1].data)
    return Text(line.rstrip("\n"))


def render(reply: Outgoing) -> str:
    """Plain-text form of a reply; buttons are numbered so the student can type the number."""
    parts: list[str] = []
    if reply.text:
        parts.append(reply.text)
    for block in reply.blocks:
        lines = [block.title, "─" * min(len(block.title), 60)] if block.title else []
        parts.append("\n".join([*lines, *block.lines]))
    for number, button in enumerate(reply.buttons, start=1):
        parts.append(f"  {number}. {button.label}")
    return "\n".join(parts)


class ConsoleChat:
    """Reads lines, hands them to the conversation service, prints the replies."""

    def __init__(self, service: ConversationService, who: Who, *, stdin: TextIO, stdout: TextIO) -> None:
        self._service = service
        self._who = who
        self._in = stdin
        self._out = stdout
        self._buttons: tuple[Button, ...] = ()
        self._interactive = stdin.isatty()

    def _show(self, replies: list[Outgoing]) -> None:
        for reply in replies:
            self._out.write(f"\nbot> {render(reply)}\n")
            if reply.buttons:
                self._buttons = reply.buttons
        self._out.flush()

    async def _ask(self, incoming: Incoming) -> list[Outgoing]:
        try:
            return await self._service.handle(self._who, incoming)
        except Exception as exc:
            log_exception(log, "handling failed for console user %s", exc, self._who.key.external_id)
            return [self._service.error_reply(self._who)]

    async def run(self) -> None:
        """Chat until end of input."""
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
            self._show(await self._ask(incoming))
