"""Command handlers around the dossier and the scripts: /dossier, /stappen, /netwerk, /reflecteren, ..."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.views import contacts_blocks, dossier_blocks, steps_blocks
from dialogues.language import second_person
from storage import Experience, SessionRecord, StepStatus

from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Button, Menu, Outgoing, small_id
from ._followups import Links, describe_experience, look_back_context

__all__ = ["DossierCommands", "Handler", "ScriptCommands", "short_label"]

Handler = Callable[[TurnContext, str], Awaitable[list[Outgoing]]]
_LIST_BUTTONS = 6
_ACTIVE_STEP = (StepStatus.OPEN, StepStatus.CHANGED)


def short_label(text: str, limit: int = 44) -> str:
    """A button label: long texts end in an ellipsis after a whole word (phones cut them off anyway)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


class DossierCommands:
    """The student's own overviews, and managing their steps and network."""

    def __init__(self, talk: Conversations) -> None:
        self.talk = talk
        self.texts = talk.texts

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {"dossier": self.dossier, "stappen": self.steps, "stap": self.step, "netwerk": self.network}

    async def dossier(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The whole dossier, then the question we were at."""
        dossier = await ctx.reads.dossier.dossier(ctx.student.id)
        blocks = dossier_blocks(dossier, self.texts, ctx.lang, ctx.today)
        return [Outgoing(blocks=tuple(blocks), kind="overview"), *await self.talk.current(ctx)]

    async def steps(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Open steps, each with a button to manage it."""
        steps = await ctx.reads.dossier.steps(ctx.student.id, _ACTIVE_STEP)
        blocks = steps_blocks(steps, self.texts, ctx.lang, ctx.today)
        buttons = tuple(
            Button(f"📌 {short_label(s.what) or '…'}", Menu("stap", str(s.id))) for s in steps[:_LIST_BUTTONS]
        )
        overview = Outgoing(blocks=tuple(blocks), kind="overview")
        if not buttons:
            return [overview, *await self.talk.current(ctx)]
        ask = Outgoing(text=self.texts.get("steps.pick", ctx.lang), buttons=buttons, kind="question")
        return [overview, ask]

    async def step(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """One of the student's own open steps: done, another date, or drop it."""
        step_id = small_id(arg)
        step = await ctx.reads.dossier.get_step(step_id) if step_id is not None else None
        if step is None or step.student_id != ctx.student.id or step.status not in _ACTIVE_STEP:
            return [self.talk.note(ctx, "stale_button", kind="stale")]
        links = Links(experience_id=step.experience_id, step_id=step.id)
        return await self.talk.start(
            ctx, "stap_opvolgen", context={"stap": step.what}, links=links, at="beheren"
        )

    async def network(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The network: the list, adding someone, or noting a talk with one of the student's own contacts."""
        if arg == "nieuw":
            return await self.talk.start(ctx, "netwerk")
        if (contact_id := small_id(arg)) is not None:
            contact = await ctx.reads.dossier.get_contact(contact_id)
            if contact is None or contact.student_id != ctx.student.id:
                return [self.talk.note(ctx, "stale_button", kind="stale")]
            links = Links(contact_id=contact.id)
            context = {"contact": second_person(contact.name, ctx.lang)}
            return await self.talk.start(ctx, "contact_opvolgen", context=context, links=links, at="moment")
        contacts = (await ctx.reads.dossier.dossier(ctx.student.id)).contacts
        blocks = contacts_blocks(contacts, self.texts, ctx.lang, ctx.today)
        talked = (
            Button(
                self.texts.get("network.moment", ctx.lang, naam=short_label(c.name)),
                Menu("netwerk", str(c.id)),
            )
            for c in contacts[-_LIST_BUTTONS:]
        )
        buttons = (Button(self.texts.get("network.add", ctx.lang), Menu("netwerk", "nieuw")), *talked)
        ask = Outgoing(text=self.texts.get("network.pick", ctx.lang), buttons=buttons, kind="question")
        return [Outgoing(blocks=tuple(blocks), kind="overview"), ask]


class ScriptCommands:
    """Starting a script, after asking when it would replace a conversation the student paused."""

    def __init__(self, talk: Conversations) -> None:
        self.talk = talk
        self.texts = talk.texts

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {"reflecteren": self.reflect, "voorbereiden": self._begin("voorbereiden")}

    @staticmethod
    async def _paused(ctx: TurnContext) -> SessionRecord | None:
        # The main lane: a follow-up on top is short, and starting something else simply closes it.
        return await ctx.session_in("main")

    async def _start(
        self,
        ctx: TurnContext,
        script_id: str,
        previous: SessionRecord | None,
        *,
        context: dict[str, str] | None = None,
        links: Links | None = None,
    ) -> list[Outgoing]:
        replies = await self.talk.start(ctx, script_id, context=context, links=links)
        return [self.talk.note(ctx, "session_replaced"), *replies] if previous is not None else replies

    def _begin(self, script_id: str) -> Handler:
        async def begin(ctx: TurnContext, arg: str) -> list[Outgoing]:
            previous = await self._paused(ctx)
            if previous is not None and arg != "nieuw":
                # Starting over by accident would bury a half-told story: ask first.
                return [self.talk.busy(ctx, previous, script_id)]
            return await self._start(ctx, script_id, previous)

        return begin

    async def reflect(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/reflecteren: first offers the prepared experience that is waiting to be looked back on."""
        previous = await self._paused(ctx)
        if arg.startswith("ervaring:"):
            experience = await self._waiting(ctx, arg.removeprefix("ervaring:"))
            if experience is None:
                return [self.talk.note(ctx, "stale_button", kind="stale")]
            context = await look_back_context(
                ctx.reads, experience, texts=self.texts, language=ctx.lang, today=ctx.today
            )
            links = Links(experience_id=experience.id)
            return await self._start(ctx, "reflecteren", previous, context=context, links=links)
        if previous is not None and arg not in ("nieuw", "ander"):
            return [self.talk.busy(ctx, previous, "reflecteren")]
        if arg != "ander":
            waiting = await self._waiting(ctx, None)
            if waiting is not None:
                return [self._offer(ctx, waiting)]
        return await self._start(ctx, "reflecteren", previous)

    async def _waiting(self, ctx: TurnContext, wanted: str | None) -> Experience | None:
        """The student's latest prepared experience that has happened and was not looked back on yet."""
        waiting = [
            experience
            for experience in await ctx.reads.dossier.experiences(ctx.student.id)
            if experience.prepared_at is not None
            and experience.reflected_at is None
            and experience.happens_on is not None
            and experience.happens_on <= ctx.today
            and (wanted is None or str(experience.id) == wanted)
        ]
        return max(waiting, key=lambda e: (e.happens_on, e.id), default=None)

    def _offer(self, ctx: TurnContext, experience: Experience) -> Outgoing:
        ervaring = describe_experience(experience, self.texts, ctx.lang, ctx.today)
        buttons = (
            Button(
                self.texts.get("reflect.offer_yes", ctx.lang),
                Menu("reflecteren", f"ervaring:{experience.id}"),
            ),
            Button(self.texts.get("reflect.offer_no", ctx.lang), Menu("reflecteren", "ander")),
        )
        text = self.texts.get("reflect.offer", ctx.lang, ervaring=ervaring)
        return Outgoing(text=text, buttons=buttons, kind="question")
