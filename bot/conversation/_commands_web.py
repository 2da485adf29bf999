"""/web: a one-time code to reach one's own dossier from a browser (the web app), from another channel."""

from __future__ import annotations

import logging
from typing import Protocol

from bot.codes import format_code
from storage import Role, Transaction

from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Outgoing

__all__ = ["CodeMaker", "WebCommands"]

log = logging.getLogger("loopbaanbot.web")


class CodeMaker(Protocol):
    """Makes sign-in codes (bot.signin.Signins)."""

    async def create(
        self,
        tx: Transaction,
        *,
        role: Role,
        count: int = 1,
        name: str = "",
        class_code: str | None = None,
        created_by: int | None = None,
        person_id: int | None = None,
    ) -> list[str]:
        """New one-time codes."""
        ...


class WebCommands:
    """/web for everyone: the code signs in to the same person, the same dossier."""

    def __init__(self, talk: Conversations, *, codes: CodeMaker, address: str, valid_days: int) -> None:
        self.talk = talk
        self.texts = talk.texts
        self._codes = codes
        self._address = address
        self._days = valid_days

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {"web": self.web}

    async def web(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """A code (and a link with it) for the web app, for this person."""
        tx = await ctx.write()
        [code] = await self._codes.create(
            tx, role=ctx.student.role, person_id=ctx.student.id, created_by=ctx.student.id
        )
        log.info("person %s made a code for the web", ctx.student.id)
        shown = format_code(code)
        text = self.texts.get(
            "web_code",
            ctx.lang,
            adres=f"{self._address}/inloggen",
            code=shown,
            link=f"{self._address}/inloggen?code={shown}",
            dagen=str(self._days),
        )
        return [Outgoing(text=text, kind="notice"), *await self.talk.current(ctx)]
