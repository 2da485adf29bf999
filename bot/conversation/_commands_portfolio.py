"""The dossier to take along (/meenemen) and the card for the kitchen table at home (/thuis)."""

from __future__ import annotations

import logging

from bot.documents import home_card, home_card_html, take_along_html

from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Attachment, Outgoing

__all__ = ["PortfolioCommands"]

log = logging.getLogger("loopbaanbot.portfolio")


class PortfolioCommands:
    """Files the student keeps or shows: nothing is sent to anyone else by the bot."""

    def __init__(self, talk: Conversations) -> None:
        self.talk = talk
        self.texts = talk.texts

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {"meenemen": self.take_along, "thuis": self.home}

    async def take_along(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The whole dossier as a printable file, for a next school; then the question we were at."""
        dossier = await ctx.reads.dossier.dossier(ctx.student.id)
        html = take_along_html(dossier, self.texts, ctx.lang, ctx.today)
        file = Attachment(self.texts.get("take_along.file", ctx.lang), html.encode("utf-8"), "text/html")
        log.info("student %s took their dossier along", ctx.student.id)
        ready = Outgoing(text=self.texts.get("take_along.ready", ctx.lang), attachments=(file,))
        return [ready, *await self.talk.current(ctx)]

    async def home(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The card for at home, in the chat and as a file to print or show: the student's choice."""
        dossier = await ctx.reads.dossier.dossier(ctx.student.id)
        card = home_card(dossier, self.texts, ctx.lang, ctx.today)
        t = self.texts
        lines = [t.get("home.chat", ctx.lang), ""]
        words = " · ".join(card.keywords) if card.keywords else t.get("home.keywords_none", ctx.lang)
        lines.append(f"{t.get('home.keywords', ctx.lang)}: {words}")
        step = card.step or t.get("home.next_step_none", ctx.lang)
        lines.append(f"{t.get('home.next_step', ctx.lang)}: {step}")
        lines.append("")
        lines.append(f"{t.get('home.questions', ctx.lang)}:")
        lines.extend(f"{n}. {question}" for n, question in enumerate(card.questions, start=1))
        html = home_card_html(dossier, t, ctx.lang, ctx.today)
        file = Attachment(t.get("home.file", ctx.lang), html.encode("utf-8"), "text/html")
        log.info("student %s made a card for at home", ctx.student.id)
        return [
            Outgoing(text="\n".join(lines)),
            Outgoing(text=t.get("home.ready", ctx.lang), attachments=(file,)),
            *await self.talk.current(ctx),
        ]
