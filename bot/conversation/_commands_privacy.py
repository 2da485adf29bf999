"""A person's rights: what is stored and who sees it, a copy of everything, and deleting everything."""

from __future__ import annotations

import logging
from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.documents import export_html, export_json
from storage import Role

from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Attachment, Button, Menu, Outgoing

__all__ = ["PrivacyCommands"]

log = logging.getLogger("loopbaanbot.privacy")


class PrivacyCommands:
    """/privacy, /mijngegevens and /verwijderen, for everyone (students, mentors, coordinators)."""

    def __init__(self, talk: Conversations, *, retention_days: int, tz: ZoneInfo) -> None:
        self.talk = talk
        self.texts = talk.texts
        self._retention_days = retention_days
        self._tz = tz

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {"privacy": self.privacy, "mijngegevens": self.my_data, "verwijderen": self.delete}

    async def privacy(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """What is stored, why, who sees it, how long; and for a student, who sees what right now."""
        lines = [self.texts.get("privacy", ctx.lang, dagen=str(self._retention_days))]
        if ctx.student.role is Role.STUDENT:
            link = await ctx.reads.school.link_of(ctx.student.id)
            mentor = await ctx.reads.school.mentor(link.mentor_id) if link is not None else None
            if link is None or mentor is None:
                lines.append(self.texts.get("privacy_now.unlinked", ctx.lang))
            else:
                key = "privacy_now.linked_all" if link.share_answers else "privacy_now.linked_basic"
                lines.append(self.texts.get(key, ctx.lang, mentor=mentor.name))
        return [Outgoing(text="\n\n".join(lines)), *await self.talk.current(ctx)]

    async def my_data(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Everything stored about this person, as a JSON file and a readable HTML file."""
        export = await ctx.reads.privacy.export(ctx.student.id)
        dossier = await ctx.reads.dossier.dossier(ctx.student.id)
        files = (
            Attachment("mijn-gegevens.json", export_json(export), "application/json"),
            Attachment(
                "mijn-gegevens.html",
                export_html(export, self.texts, ctx.lang, ctx.today, self._tz, dossier=dossier),
                "text/html",
            ),
        )
        log.info("person %s exported their data", ctx.student.id)
        return [Outgoing(text=self.texts.get("export.ready", ctx.lang), attachments=files)]

    async def delete(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Ask first; after a press on "ja", delete everything about this person.

        Typed text after the command ("/verwijderen ja", a forwarded message) only ever gets the question.
        """
        if arg == "nee":
            return [self.talk.note(ctx, "delete.kept")]
        if arg != "ja" or not ctx.by_button:
            buttons = (
                Button(self.texts.get("delete.confirm", ctx.lang), Menu("verwijderen", "ja")),
                Button(self.texts.get("delete.cancel", ctx.lang), Menu("verwijderen", "nee")),
            )
            return [Outgoing(text=self.texts.get("delete.ask", ctx.lang), buttons=buttons, kind="question")]
        tx = await ctx.write()
        await tx.privacy.delete_person(ctx.student.id)
        log.info("person %s deleted all their data", ctx.student.id)
        ctx.deleted = True
        return [replace(self.talk.note(ctx, "delete.done"), erased=True)]
