"""A student talking to the conversation service the way a channel would."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable

from bot.conversation import Command, ConversationService, Incoming, Outgoing, Pressed, Text, Who
from storage import StudentKey


class Chat:
    """One student talking to the service the way a channel would (buttons by number, like the console)."""

    def __init__(self, service: ConversationService, who: Who) -> None:
        self.service = service
        self.who = who
        self.replies: list[Outgoing] = []
        self.buttons: tuple = ()

    async def send(self, item: str | Incoming) -> list[Outgoing]:
        if isinstance(item, str):
            from bot.channels.console import parse_line

            parsed = parse_line(item, self.buttons)
            assert parsed is not None
            item = parsed
        self.replies = await self.service.handle(self.who, item)
        for reply in self.replies:
            if reply.buttons:
                self.buttons = reply.buttons
        return self.replies

    def receive(self, replies: list[Outgoing]) -> None:
        """Messages the bot sent on its own (a follow-up), as the student's screen shows them."""
        self.replies = replies
        for reply in replies:
            if reply.buttons:
                self.buttons = reply.buttons

    async def say(self, *lines: str) -> None:
        for line in lines:
            await self.send(line)

    def text(self) -> str:
        parts = []
        for reply in self.replies:
            parts.append(reply.text)
            parts += [b.title + "\n" + "\n".join(b.lines) for b in reply.blocks]
            parts += [f"[{b.label}]" for b in reply.buttons]
        return "\n".join(p for p in parts if p)

    def last_question(self) -> Outgoing:
        return [r for r in self.replies if r.kind == "question"][-1]

    async def press(self, label: str) -> list[Outgoing]:
        [button] = [b for b in self.buttons if b.label == label]
        return await self.send(Pressed(button.data))

    async def command(self, name: str, arg: str = "") -> list[Outgoing]:
        return await self.send(Command(name, arg))

    async def type(self, text: str) -> list[Outgoing]:
        return await self.send(Text(text))


class Inbox:
    """A courier like a channel: records the hand-over, then what each student received."""

    def __init__(self) -> None:
        self.received: defaultdict[StudentKey, list[list[Outgoing]]] = defaultdict(list)
        self.refuse: set[StudentKey] = set()
        self._arrived = asyncio.Condition()

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        if key in self.refuse:
            return False
        await handed_over()
        self.received[key].append(messages)
        async with self._arrived:
            self._arrived.notify_all()
        return True

    async def wait_for(self, key: StudentKey, within: float = 5.0) -> None:
        """Until the student got a follow-up (the scheduler runs on its own time)."""
        async with asyncio.timeout(within), self._arrived:
            await self._arrived.wait_for(lambda: bool(self.received[key]))

    def count(self, key: StudentKey) -> int:
        return len(self.received[key])

    def text(self, key: StudentKey) -> str:
        """Everything in the last follow-up, buttons as [label]."""
        parts = []
        for reply in self.received[key][-1]:
            parts.append(reply.text)
            parts += [f"[{b.label}]" for b in reply.buttons]
        return "\n".join(p for p in parts if p)
