"""/web: a one-time code to reach one's own dossier from a browser (the web app), from another channel."""

from __future__ import annotations

import logging
from typing import Protocol

from bot.codes import format_code
from bot.signin import WEB_CHANNEL
from storage import Role, Student, Transaction

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

    async def take_link(self, tx: Transaction, typed: str, person_id: int) -> Student | None:
        """The person a connect code made on the web belongs to (None: wrong, used, expired)."""
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
        """A code (and a link with it) for the web app; with a code made on the web: connect this chat."""
        if arg.strip():
            return await self._connect(ctx, arg)
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

    async def _connect(self, ctx: TurnContext, typed: str) -> list[Outgoing]:
        """This chat (say Telegram) joins the dossier a student started on the web: one person, one dossier.

        Only a chat that has nothing of its own yet can join; its empty record goes and the web person
        takes over this chat's identity, so what the bot sends by itself now comes here.
        """
        if ctx.student.key.channel == WEB_CHANNEL:
            return [self.talk.note(ctx, "web_link.on_web")]
        if not await self._empty(ctx):
            return [self.talk.note(ctx, "web_link.has_dossier")]
        tx = await ctx.write()
        target = await self._codes.take_link(tx, typed, ctx.student.id)
        if target is None or target.id == ctx.student.id or target.key.channel != WEB_CHANNEL:
            return [self.talk.note(ctx, "web_link.bad_code")]
        key = ctx.student.key
        await tx.privacy.delete_person(ctx.student.id)
        await tx.students.rekey(target.id, key)
        ctx.student = target.model_copy(update={"channel": key.channel, "external_id": key.external_id})
        ctx.forget_session()
        log.info("person %s now also chats on %s", target.id, key.channel)
        return [self.talk.note(ctx, "web_link.done"), *await self.talk.current(ctx)]

    @staticmethod
    async def _empty(ctx: TurnContext) -> bool:
        reads = ctx.reads
        if ctx.student.role is not Role.STUDENT or await ctx.session() is not None:
            return False
        dossier = await reads.dossier.dossier(ctx.student.id)
        linked = await reads.school.link_of(ctx.student.id)
        return not (dossier.experiences or dossier.steps or dossier.contacts or linked)
