"""Running scripts on a student's sessions: start, answer, store each turn, and go on after an ending."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Literal, Protocol

from dialogues import DialogueError, Script, ScriptKind, ScriptVersion, Target, TextCatalog, as_language
from dialogues.engine import Effect, Engine, Event, Finished, Message, SessionState, Store, TextInput, Turn
from storage import LIVE_NUDGE, NudgeStatus, SessionRecord, Transaction

from ._context import TurnContext
from ._effects import apply_effects
from ._entities import Answer, Button, Menu, Outgoing
from ._followups import Followup, Links, followup_for
from ._history import history
from ._offers import offer
from ._scripts import ScriptResolver
from ._states import States
from ._tally import tally_turn

__all__ = ["Conversations", "Planner", "QuestionExtras"]

log = logging.getLogger("loopbaanbot.conversation")

# Context a script started with `then` inherits from the one that ended (the queue: follow-ups still to ask).
_INHERITED = ("stap", "doel", "ervaring", "datum", "queue")
_MENU = {
    "student": ("reflecteren", "voorbereiden", "dossier"),
    "mentor": ("overzicht", "klas"),
    "coordinator": ("status",),
}
# A follow-up counts as answered once the student settled something: a date, a status, a talk, or the end.
_SETTLED = frozenset({Target.STEP_DUE, Target.STEP_STATUS, Target.CONTACT_LAST_CONTACT})


class Planner(Protocol):
    """What the conversation machinery needs from nudge planning (bot.nudges.NudgePlanner)."""

    async def after_turn(
        self,
        tx: Transaction,
        session: SessionRecord,
        effects: Sequence[Effect],
        *,
        kind: ScriptKind,
        now: datetime,
    ) -> None:
        """Bring follow-ups in line with what a turn stored."""
        ...


class QuestionExtras(Protocol):
    """What the bot adds after a question from what it knows besides the script (bot.conversation's
    PlaceOffers: places of the school's network that fit the student); the engine never sees it."""

    async def after_question(
        self, ctx: TurnContext, session: SessionRecord, script: Script, state: SessionState
    ) -> list[Outgoing]:
        """Messages to show after the question the conversation now waits at (often none)."""
        ...


class Conversations:
    """Starts and continues scripts for one student per call; every turn is stored before replies return."""

    def __init__(
        self,
        *,
        engine: Engine,
        scripts: ScriptResolver,
        texts: TextCatalog,
        planner: Planner | None,
        resume_after: timedelta,
        extras: QuestionExtras | None = None,
    ) -> None:
        self.engine = engine
        self.states = States()
        self.scripts = scripts
        self.texts = texts
        self.planner = planner
        self.resume_after = resume_after
        self.extras = extras

    # ---- starting ---------------------------------------------------------------------------------------

    async def start(
        self,
        ctx: TurnContext,
        script_id: str,
        *,
        context: Mapping[str, str] | None = None,
        links: Links | None = None,
        at: str | None = None,
        lane: str | None = None,
    ) -> list[Outgoing]:
        """Start a script for the student (a follow-up opens on top of the main conversation).

        The lane is the script's own (follow-ups on top, the rest in the main lane) unless given.
        """
        links = links or Links()
        # The newest publication in the store (any process may have made it), else the shipped script.
        version, experiments = await self.scripts.current(ctx.reads, script_id)
        lane = lane or ("follow_up" if version.script.kind is ScriptKind.FOLLOW_UP else "main")
        # Read before the first write: once a turn has written, its reads go through the one writer.
        top = await ctx.session()
        replaced = await ctx.session_in(lane)
        rotation, earlier = 0, list[str]()
        if version.script.kind in (ScriptKind.REFLECTION, ScriptKind.PREPARATION):
            reflection = version.script.kind is ScriptKind.REFLECTION
            rotation, earlier = await history(
                ctx.reads, ctx.student.id, links.experience_id, reflection=reflection
            )
        tx = await ctx.write()
        await self.scripts.record(tx, version, ctx.now)
        closing: dict[int, SessionRecord] = {}
        if replaced is not None:
            closing[replaced.id] = replaced
        if lane == "main" and top is not None and top.lane == "follow_up":
            # The student starts something of their own: an open follow-up would resurface afterwards.
            closing.setdefault(top.id, top)
        for session in closing.values():
            await self.abandon(ctx, session)
        full = {"naam": ctx.student.display_name} if ctx.student.display_name else {}
        full.update(context or {})
        if earlier and version.script.kind is ScriptKind.REFLECTION:
            full["kernwoorden"] = "|".join(earlier)
        full.update(self.scripts.wordings(version, experiments))
        turn = self.engine.start(
            version.script,
            script_hash=version.digest,
            language=as_language(ctx.lang),
            context=full,
            at=at,
            rotation=rotation,
        )
        session = await tx.sessions.create(
            ctx.student.id,
            script_id=version.script.id,
            script_hash=version.digest,
            state=turn.state.model_dump(mode="json"),
            experience_id=links.experience_id,
            now=ctx.now,
            lane=lane,
        )
        session = session.model_copy(update={"step_id": links.step_id, "contact_id": links.contact_id})
        log.info("session started student=%s session=%s script=%s", ctx.student.id, session.id, script_id)
        return await self.store_turn(ctx, session, version, turn, answered=False)

    async def abandon(self, ctx: TurnContext, session: SessionRecord) -> None:
        """Close an open conversation; follow-ups queued in it (never shown) are asked another time."""
        tx = await ctx.write()
        queued = [int(n) for n in str(session.state.get("context", {}).get("queue", "")).split(",") if n]
        if queued:
            await tx.nudges.unask(queued, now=ctx.now)
        await tx.sessions.save(session.model_copy(update={"status": "abandoned", "updated_at": ctx.now}))

    async def start_followup(self, ctx: TurnContext, first: Followup, queue: list[int]) -> list[Outgoing]:
        """Start the follow-up for one nudge; the ids in `queue` come after it, in the same sitting."""
        context = {**first.context, "nudge": str(first.nudge_id)}
        if queue:
            context["queue"] = ",".join(str(n) for n in queue)
        return await self.start(ctx, first.script_id, context=context, links=first.links)

    # ---- answering --------------------------------------------------------------------------------------

    async def event(self, ctx: TurnContext, session: SessionRecord, event: Event) -> list[Outgoing]:
        """The student's answer (or button, or sticker) in their open conversation."""
        idle = ctx.now - session.updated_at
        if idle > self.resume_after and isinstance(event, TextInput):
            # After a long silence the engine decides: a real answer is kept, a "hoi" gets "where we were".
            session = session.model_copy(update={"state": {**session.state, "status": "paused"}})
        return await self.run(
            ctx, session, lambda version, state: self.engine.handle(version.script, state, event), event
        )

    async def answer_text(self, ctx: TurnContext, text: str) -> list[Outgoing]:
        """Typed text as the answer in the open conversation (or a message a safety check-in let through)."""
        session = await ctx.session()
        if session is None:
            return self.outside(ctx, text)
        return await self.event(ctx, session, TextInput(text))

    def outside(self, ctx: TurnContext, text: str) -> list[Outgoing]:
        """Text typed outside a conversation: "ik wil praten over mijn stage" is offered a reflection."""
        offered = offer(self.texts, ctx.lang, text)
        return [offered] if offered is not None else [self.note(ctx, "no_session"), self.menu(ctx)]

    async def run(
        self,
        ctx: TurnContext,
        session: SessionRecord,
        step: Callable[[ScriptVersion, SessionState], Turn],
        event: Event | None = None,
    ) -> list[Outgoing]:
        """One engine step on the session, on the script version it is pinned to."""
        try:
            version = await self.scripts.pinned(ctx.reads, session.script_hash)
        except DialogueError:
            log.warning("session %s: script version %s unusable; closing it", session.id, session.script_hash)
            tx = await ctx.write()
            closed = session.model_copy(update={"status": "abandoned", "updated_at": ctx.now})
            ctx.remember(await tx.sessions.save(closed))
            return [self.note(ctx, "script_gone"), self.menu(ctx)]
        state = self.states.of(session)
        if state.language != ctx.lang:
            state = state.model_copy(update={"language": as_language(ctx.lang)})
        before = state.node
        turn = step(version, state)
        if turn.outcome == "stale":
            # Nothing changed: a button of an earlier question. Say so, store nothing.
            return [Outgoing(text=m.text, kind="stale") for m in turn.messages]
        replies = await self.store_turn(ctx, session, version, turn, answered=True, before=state, event=event)
        log.info(
            "turn student=%s session=%s node=%s->%s outcome=%s",
            ctx.student.id,
            session.id,
            before,
            turn.state.node,
            turn.outcome,
        )
        return replies

    async def store_turn(
        self,
        ctx: TurnContext,
        session: SessionRecord,
        version: ScriptVersion,
        turn: Turn,
        *,
        answered: bool,
        before: SessionState | None = None,
        event: Event | None = None,
    ) -> list[Outgoing]:
        """Write the turn (dossier effects, follow-up planning, state, the studio's counts) and render its
        messages; `before` is the state the turn started from (None: a new conversation)."""
        tx = await ctx.write()
        nudge = turn.state.context.get("nudge")
        if answered and nudge and _settles(turn.effects):
            # Before planning: a new date plans a new nudge instead of reviving the one just answered.
            await self._answered(tx, int(nudge), ctx)
        session = await apply_effects(tx, session, turn.effects, now=ctx.now, kind=version.script.kind)
        if self.planner is not None:
            await self.planner.after_turn(tx, session, turn.effects, kind=version.script.kind, now=ctx.now)
        session = session.model_copy(
            update={
                "state": turn.state.model_dump(mode="json"),
                "status": turn.state.status,
                "updated_at": ctx.now,
            }
        )
        ctx.remember(await tx.sessions.save(session))
        self.states.keep(session, turn.state)
        await tally_turn(tx, session, version, before, turn, event, ctx.now)
        progress = version.script.progress(turn.state.node)
        replies = [self.render(message, session.id, progress) for message in turn.messages]
        if self.extras is not None and _asks_now(turn):
            replies += await self.extras.after_question(ctx, session, version.script, turn.state)
        finished = next((e for e in turn.effects if isinstance(e, Finished)), None)
        if finished is not None:
            replies += await self._after_finish(ctx, session, turn, finished)
        return replies

    async def _answered(self, tx: Transaction, nudge_id: int, ctx: TurnContext) -> None:
        nudge = await tx.nudges.get(nudge_id)
        if nudge is not None and nudge.status in LIVE_NUDGE:
            update = {"status": NudgeStatus.ANSWERED, "answered_at": ctx.now, "updated_at": ctx.now}
            await tx.nudges.save(nudge.model_copy(update=update))

    async def _after_finish(
        self, ctx: TurnContext, session: SessionRecord, turn: Turn, finished: Finished
    ) -> list[Outgoing]:
        context = turn.state.context
        if finished.then is not None:
            inherited = {key: value for key, value in context.items() if key in _INHERITED}
            # A look-back on a prepared experience stays linked to it; one on a step starts a new experience.
            links = Links(experience_id=session.experience_id) if "ervaring" in context else Links()
            # Same lane: a look-back started from a follow-up stays on top of a paused conversation.
            return await self.start(ctx, finished.then, context=inherited, links=links, lane=session.lane)
        queue = [int(n) for n in context.get("queue", "").split(",") if n]
        if queue:
            return await self._next_in_queue(ctx, queue)
        if session.lane == "follow_up":
            ctx.forget_session()
            underneath = await ctx.session()
            if underneath is not None:
                return [self.note(ctx, "followup.resume_hint", titel=self.title(underneath))]
        return []

    async def _next_in_queue(self, ctx: TurnContext, queue: list[int]) -> list[Outgoing]:
        tx = await ctx.write()
        for position, nudge_id in enumerate(queue):
            nudge = await tx.nudges.get(nudge_id)
            if nudge is None:
                continue
            followup = await followup_for(tx, nudge, texts=self.texts, language=ctx.lang, today=ctx.today)
            if followup is not None:
                rest = queue[position + 1 :]
                started = await self.start_followup(ctx, followup, rest)
                return [self.note(ctx, "followup.next" if rest else "followup.last"), *started]
        return []

    async def current(self, ctx: TurnContext) -> list[Outgoing]:
        """After an overview in the middle of a conversation: the question we were at."""
        session = await ctx.session()
        if session is None:
            return []
        try:
            version = await self.scripts.pinned(ctx.reads, session.script_hash)
        except DialogueError:
            return []
        state = SessionState.model_validate(session.state).model_copy(
            update={"language": as_language(ctx.lang)}
        )
        turn = self.engine.current(version.script, state)
        progress = version.script.progress(state.node)
        replies = [self.note(ctx, "continue"), *(self.render(m, session.id, progress) for m in turn.messages)]
        if self.extras is not None and _asks_now(turn):
            replies += await self.extras.after_question(ctx, session, version.script, turn.state)
        return replies

    # ---- rendering --------------------------------------------------------------------------------------

    @staticmethod
    def render(message: Message, session_id: int, progress: tuple[int, int] | None = None) -> Outgoing:
        """An engine message as channel output; buttons carry the session, question and option."""
        buttons = tuple(
            Button(option.label, Answer(session_id, message.seq or 0, index))
            for index, option in enumerate(message.options)
        )
        question = message.kind == "question"
        return Outgoing(
            text=message.text,
            buttons=buttons,
            kind=message.kind,
            progress=progress if question else None,
            asks=(session_id, message.seq or 0) if question else None,
        )

    def title(self, session: SessionRecord) -> str:
        """The title of a session's script in the student's language (or its id)."""
        version = self.scripts.library.by_hash(session.script_hash)
        language = str(session.state.get("language", "nl"))
        return version.script.title.get(language, [session.script_id])[0] if version else session.script_id

    def busy(self, ctx: TurnContext, session: SessionRecord, script_id: str) -> Outgoing:
        """Ask before starting over: go on with the open conversation, or start `script_id` anew."""
        buttons = (
            Button(self.texts.get("busy.continue", ctx.lang), Menu("continue", "main")),
            Button(self.texts.get("busy.restart", ctx.lang), Menu(script_id, "nieuw")),
        )
        text = self.texts.get("busy.prompt", ctx.lang, titel=self.title(session))
        return Outgoing(text=text, buttons=buttons, kind="question")

    def note(
        self, ctx: TurnContext, key: str, kind: Literal["notice", "stale"] = "notice", **params: str
    ) -> Outgoing:
        """A short text from the bot's catalogue."""
        return Outgoing(text=self.texts.get(key, ctx.lang, **params), kind=kind)

    def menu(self, ctx: TurnContext) -> Outgoing:
        """What this person can do next, as buttons (a mentor's and a coordinator's differ)."""
        actions = _MENU.get(ctx.student.role.value, _MENU["student"])
        label = self.texts.get
        buttons = tuple(Button(label(f"menu.{action}", ctx.lang), Menu(action)) for action in actions)
        return Outgoing(text=self.texts.get("menu.prompt", ctx.lang), buttons=buttons, kind="question")


def _asks_now(turn: Turn) -> bool:
    """Whether the turn shows the question the conversation now waits at (not only notes, or the end)."""
    state = turn.state
    return state.status == "active" and any(
        m.kind == "question" and m.seq == state.seq for m in turn.messages
    )


def _settles(effects: Sequence[Effect]) -> bool:
    """Whether a turn settles what a follow-up asked about (not just a first tap on the way there)."""
    return any(isinstance(e, Finished) or (isinstance(e, Store) and e.target in _SETTLED) for e in effects)
