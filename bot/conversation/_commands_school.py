"""Commands of the school around the student: mentors register and read summaries, students link."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot.codes import (
    CLASS_CODE_LENGTH,
    INVITE_LENGTH,
    INVITE_VALID_FOR,
    RefusalLog,
    Throttle,
    format_code,
    new_code,
    normalise_code,
)
from bot.deeplinks import DeepLinks
from bot.views import link_preview_blocks
from dialogues import Problem
from storage import Mentor, Role, Transaction

from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Attachment, Block, Button, Menu, Outgoing
from ._safety import help_given

__all__ = ["MentorSummaries", "SchoolCommands"]

log = logging.getLogger("loopbaanbot.school")

# Wrong class codes and mentor invites, counted per person and for everyone (see bot.codes).
CLASS_CODES = Throttle("class_code")
INVITES = Throttle("mentor_invite")


class MentorSummaries(Protocol):
    """The weekly summary of a mentor's students (bot.summaries), also given on demand."""

    async def build(self, reads: Transaction, mentor: Mentor, now: datetime) -> list[Outgoing]:
        """The summary as messages (with a printable file)."""
        ...


class SchoolCommands:
    """/mentor, /klas, /overzicht, /koppel, /ontkoppel, /uitnodigen, /status, /herladen."""

    def __init__(
        self,
        talk: Conversations,
        *,
        summaries: MentorSummaries | None,
        reload: Callable[[], tuple[int, list[Problem]]] | None,
        links: DeepLinks | None = None,
    ) -> None:
        self.talk = talk
        self.texts = talk.texts
        self._summaries = summaries
        self._reload = reload
        self._refusals = RefusalLog()
        self._links = links or DeepLinks()

    def _shared_link(self, ctx: TurnContext, kind: str, code: str) -> list[Outgoing]:
        """The Telegram link (and its QR code) that opens the bot with this code, when Telegram is on."""
        link = self._links.link(kind, code)
        if link is None:
            return []
        qr = Attachment(f"{kind}-{code}.png", self._links.qr_png(link), "image/png")
        text = self.texts.get(f"school.{kind}_link", ctx.lang, link=link)
        return [Outgoing(text=text, kind="notice", attachments=(qr,))]

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {
            "mentor": self.register,
            "klas": self.klas,
            "overzicht": self.overview,
            "koppel": self.link,
            "ontkoppel": self.unlink,
            "uitnodigen": self.invite,
            "status": self.status,
            "herladen": self.reload,
        }

    def _say(self, ctx: TurnContext, key: str, **params: str) -> list[Outgoing]:
        return [Outgoing(text=self.texts.get(key, ctx.lang, **params), kind="notice")]

    # ---- mentors ---------------------------------------------------------------------------------------

    async def register(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/mentor CODE: a coordinator's invite makes this person a mentor with a class code."""
        code = normalise_code(arg)
        if ctx.student.role is Role.COORDINATOR:
            return self._say(ctx, "school.coordinator_not_mentor")
        if not code:
            return self._say(ctx, "school.mentor_how")
        if await INVITES.blocked(ctx.reads, ctx.student.id, ctx.now):
            if self._refusals.worth_logging(INVITES, ctx.student.id, ctx.now):
                log.warning("person %s: too many wrong invite codes (refused for an hour)", ctx.student.id)
            return self._say(ctx, "school.too_many_tries")
        tx = await ctx.write()
        class_code = new_code(CLASS_CODE_LENGTH)
        mentor = await tx.school.redeem_invite(code, ctx.student.id, class_code=class_code, now=ctx.now)
        if mentor is None:
            await INVITES.failed(tx, ctx.student.id, ctx.now)
            return self._say(ctx, "school.mentor_bad_code")
        ctx.student = ctx.student.model_copy(update={"role": Role.MENTOR})
        log.info("person %s registered as mentor", ctx.student.id)
        shown = format_code(mentor.class_code)
        return self._say(ctx, "school.mentor_welcome", naam=mentor.name, code=shown)

    async def _mentor(self, ctx: TurnContext) -> Mentor | None:
        return await ctx.reads.school.mentor(ctx.student.id)

    async def klas(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The mentor's class code and how many students linked."""
        mentor = await self._mentor(ctx)
        if mentor is None:
            return self._say(ctx, "school.not_registered")
        linked = len(await ctx.reads.school.shared_students(mentor.person_id))
        said = self._say(ctx, "school.klas", code=format_code(mentor.class_code), aantal=str(linked))
        return [*said, *self._shared_link(ctx, "klas", mentor.class_code)]

    async def overview(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/overzicht: the weekly summary, now."""
        mentor = await self._mentor(ctx)
        if mentor is None or self._summaries is None:
            return self._say(ctx, "school.not_registered")
        return await self._summaries.build(ctx.reads, mentor, ctx.now)

    # ---- students --------------------------------------------------------------------------------------

    async def link(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/koppel CODE: show exactly what the mentor would see, then let the student choose (a button).

        Only a button press links: typed text after the code ("/koppel CODE|alles", a forwarded message)
        always gets the preview first.
        """
        typed, _, choice = arg.strip().partition("|")
        code = normalise_code(typed)
        if code == "NEE" or choice == "nee":
            return self._say(ctx, "link.declined")
        if not code:
            return self._say(ctx, "link.how")
        if await CLASS_CODES.blocked(ctx.reads, ctx.student.id, ctx.now):
            if self._refusals.worth_logging(CLASS_CODES, ctx.student.id, ctx.now):
                log.warning("student %s: too many wrong class codes (refused for an hour)", ctx.student.id)
            return self._say(ctx, "link.too_many_tries")
        mentor = await ctx.reads.school.mentor_by_class_code(code)
        if mentor is None:
            await CLASS_CODES.failed(await ctx.write(), ctx.student.id, ctx.now)
            return self._say(ctx, "link.bad_code")
        if choice in ("basis", "alles") and ctx.by_button:
            tx = await ctx.write()
            await tx.school.link(
                ctx.student.id, mentor.person_id, share_answers=choice == "alles", now=ctx.now
            )
            log.info("student %s linked to mentor %s", ctx.student.id, mentor.person_id)
            key = "link.done_all" if choice == "alles" else "link.done_basic"
            return self._say(ctx, key, mentor=mentor.name)
        preview = await ctx.reads.school.shared_view(ctx.student.id, share_answers=False)
        assert preview is not None  # the student exists: this is their own update
        blocks = link_preview_blocks(preview, mentor.name, self.texts, ctx.lang, ctx.today)
        buttons = (
            Button(self.texts.get("link.yes_basic", ctx.lang), Menu("koppel", f"{code}|basis")),
            Button(self.texts.get("link.yes_all", ctx.lang), Menu("koppel", f"{code}|alles")),
            Button(self.texts.get("link.decline", ctx.lang), Menu("koppel", f"{code}|nee")),
        )
        ask = Outgoing(
            text=self.texts.get("link.ask", ctx.lang, mentor=mentor.name), buttons=buttons, kind="question"
        )
        return [Outgoing(blocks=tuple(blocks), kind="overview"), ask]

    async def unlink(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/ontkoppel: the mentor sees nothing any more."""
        tx = await ctx.write()
        if await tx.school.unlink(ctx.student.id):
            log.info("student %s unlinked", ctx.student.id)
            return self._say(ctx, "link.undone")
        return self._say(ctx, "link.none")

    # ---- coordinators ----------------------------------------------------------------------------------

    async def invite(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/uitnodigen Naam: a one-time code for a new mentor."""
        name = " ".join(arg.split())[:80]
        if not name:
            return self._say(ctx, "school.invite_how")
        tx = await ctx.write()
        invite = await tx.school.create_invite(
            code=new_code(INVITE_LENGTH),
            name=name,
            created_by=ctx.student.id,
            now=ctx.now,
            expires_at=ctx.now + INVITE_VALID_FOR,
        )
        days = str(INVITE_VALID_FOR.days)
        said = self._say(ctx, "school.invited", naam=name, code=format_code(invite.code), dagen=days)
        return [*said, *self._shared_link(ctx, "mentor", invite.code)]

    async def status(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/status: counts only, never anyone's content."""
        counts = await ctx.reads.school.counts(since=ctx.now - timedelta(days=7))
        lines = [
            self.texts.get(
                "status.students", ctx.lang, aantal=str(counts.students), actief=str(counts.active)
            ),
            self.texts.get("status.reflections", ctx.lang, aantal=str(counts.reflections)),
            self.texts.get("status.steps", ctx.lang, aantal=str(counts.steps_done)),
            self.texts.get(
                "status.mentors", ctx.lang, aantal=str(counts.mentors), gekoppeld=str(counts.linked)
            ),
            self.texts.get("status.safety", ctx.lang, aantal=str(help_given(counts.safety))),
        ]
        lines += [
            f"  • {self.texts.get(f'safety.kinds.{kind}', ctx.lang)}: {n}"
            for kind, n in counts.safety.items()
        ]
        return [
            Outgoing(blocks=(Block(self.texts.get("status.title", ctx.lang), tuple(lines)),), kind="overview")
        ]

    async def reload(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/herladen: validate the scripts on disk and use them, or keep the old ones and say why."""
        if self._reload is None:
            return self._say(ctx, "school.reload_unavailable")
        count, problems = self._reload()
        if problems:
            shown = "\n".join(f"• {p.describe(ctx.lang)}" for p in problems[:8])
            return self._say(ctx, "school.reload_refused", fouten=shown, aantal=str(len(problems)))
        log.info("scripts reloaded by %s: %d", ctx.student.id, count)
        reloaded = self._say(ctx, "school.reloaded", aantal=str(count))
        # A script published in the studio is what new conversations get, whatever its file now says.
        studio = [
            i for i in self.talk.scripts.library.ids() if await ctx.reads.studio.published(i) is not None
        ]
        if studio:
            names = ", ".join(sorted(studio))
            reloaded += self._say(ctx, "school.reloaded_studio", gesprekken=names)
        return reloaded
