"""What every channel is to the application: something that connects, takes input, and delivers."""

from __future__ import annotations

from abc import ABC, abstractmethod

from bot.delivery import Courier

__all__ = ["Channel", "ChannelError"]


class ChannelError(Exception):
    """A channel cannot start (its settings do not work here); the message is one line saying what to do."""


class Channel(ABC):
    """A way people reach the bot (Telegram, the web). The runner drives the lifecycle, in this order:

    `open` (connected: deliveries work from here on), `serve` (input is taken), `pause` (no new input),
    `close` (what is queued goes out, then disconnect). The application starts between `open` and
    `serve`, and stops between `pause` and `close`.
    """

    name: str

    @property
    @abstractmethod
    def courier(self) -> Courier:
        """Delivers what the bot sends by itself to this channel's people."""

    @abstractmethod
    async def open(self) -> None:
        """Connect; from now on the courier can deliver."""

    @abstractmethod
    async def serve(self) -> None:
        """Start taking input (returns once it is taken; the work runs in the background)."""

    @abstractmethod
    async def pause(self) -> None:
        """Stop taking input; what is being handled finishes."""

    @abstractmethod
    async def close(self) -> None:
        """Send what is queued (bounded in time) and disconnect; safe to call after a failed open."""
