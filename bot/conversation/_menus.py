"""Which menu each person's channel shows: changed when their role changes, remembered per process."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.logs import log_exception
from storage import Role, StudentKey

from ._context import TurnContext

__all__ = ["MenuSync", "RoleChanged"]

log = logging.getLogger("loopbaanbot.conversation")

# Told when a person's role is not what their channel last showed them (the channel changes their menu).
RoleChanged = Callable[[StudentKey, Role], Awaitable[None]]
# How long a turn waits for its person's menu to change (two Bot API calls) before it gives up for now.
_MENU_WAIT = 5.0


class MenuSync:
    """Keeps each person's channel menu in line with their role (students have the default menu)."""

    def __init__(self, on_role: RoleChanged | None) -> None:
        self._on_role = on_role
        # The role each person's menu was last set for in this process.
        self._menus: dict[StudentKey, Role] = {}

    async def after_turn(self, key: StudentKey, ctx: TurnContext) -> None:
        """Tell the channel when this person's menu should change (their role did, or they were deleted)."""
        if not ctx.known:
            return
        if ctx.deleted:
            await self.set(key, ctx.student.id, Role.STUDENT, force=ctx.student.role is not Role.STUDENT)
        else:
            await self.set(key, ctx.student.id, ctx.student.role)

    async def set(self, key: StudentKey, person: int, role: Role, *, force: bool = False) -> None:
        """Show `role`'s menu to this person, unless it already is (or `force`)."""
        if self._on_role is None or (role is self._menus.get(key, Role.STUDENT) and not force):
            return
        try:
            # Bounded: the reply waits for this, and the menu is a convenience next to the stored turn.
            async with asyncio.timeout(_MENU_WAIT):
                await self._on_role(key, role)
        except Exception as exc:
            # Not recorded as done, so the person's next message tries again.
            log_exception(log, "could not update the menu of person %s", exc, person)
            return
        if role is Role.STUDENT:
            self._menus.pop(key, None)
        else:
            self._menus[key] = role
