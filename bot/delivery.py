"""Bringing a message to someone outside a conversation turn: follow-ups, summaries, notifications.

Each channel registers a courier for its students; whoever has something to deliver (the nudge
dispatcher, the weekly summaries, a safety notification for a mentor) goes through `Couriers`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

from bot.conversation import Outgoing
from storage import Role, StudentKey

__all__ = ["Courier", "Couriers", "MenuCourier", "StandbyCourier"]


async def _nothing_to_record() -> None:
    return None


class Courier(Protocol):
    """A channel that can bring messages to one of its students (Telegram, the console)."""

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        """Queue the messages; await `handed_over()` right before the first leaves.

        Returns True once it was handed over, False if it never will be (the student blocked the bot).
        """
        ...


@runtime_checkable
class MenuCourier(Courier, Protocol):
    """A channel that also shows each person the commands of their role (Telegram's command menu)."""

    async def show_menu(self, key: StudentKey, role: Role) -> None:
        """Give this person the menu of `role` (the default menu for students)."""
        ...


@runtime_checkable
class StandbyCourier(Courier, Protocol):
    """A channel another instance may be sending follow-ups for (a Telegram bot it polls)."""

    def standing_by(self) -> bool:
        """Whether another instance sends this channel's follow-ups now."""
        ...


class Couriers:
    """The couriers of the channels this process serves, by channel name."""

    def __init__(self, couriers: dict[str, Courier] | None = None) -> None:
        self._by_channel: dict[str, Courier] = dict(couriers or {})

    def attach(self, channel: str, courier: Courier) -> None:
        """Deliver to students on `channel` through `courier`."""
        self._by_channel[channel] = courier

    @property
    def channels(self) -> tuple[str, ...]:
        """The channels that can be reached from this process."""
        return tuple(self._by_channel)

    @property
    def dispatching(self) -> tuple[str, ...]:
        """The channels whose follow-ups this process sends: not those whose courier stands by (a Telegram
        bot polled by another instance sends its follow-ups there, within one rate limit)."""
        return tuple(
            name
            for name, courier in self._by_channel.items()
            if not (isinstance(courier, StandbyCourier) and courier.standing_by())
        )

    def reaches(self, key: StudentKey) -> bool:
        """Whether someone on this channel can be reached from here."""
        return key.channel in self._by_channel

    async def deliver(
        self,
        key: StudentKey,
        messages: list[Outgoing],
        handed_over: Callable[[], Awaitable[None]] = _nothing_to_record,
    ) -> bool:
        """Deliver through the person's channel; False when this process cannot reach them."""
        courier = self._by_channel.get(key.channel)
        if courier is None or not messages:
            return False
        return await courier.deliver(key, messages, handed_over)

    async def role_changed(self, key: StudentKey, role: Role) -> None:
        """Change the person's command menu, on channels that have one."""
        courier = self._by_channel.get(key.channel)
        if isinstance(courier, MenuCourier):
            await courier.show_menu(key, role)
