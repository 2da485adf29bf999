"""The conversation service: one student's update in, the replies out, everything stored in between."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.views import dossier_blocks, steps_blocks
from dialogues import DialogueError, ScriptLibrary, ScriptVersion, TextCatalog, as_language
from dialogues.engine import (
    ChoiceInput,
    CommandInput,
    Engine,
    Event,
    Message,
    SessionState,
    TextInput,
    Turn,
    UnsupportedInput,
)
from storage import SessionRecord, Store, Student, Transaction

from ._effects import apply_effects
from ._entities import (
    Answer,
    Button,
    Command,
    Incoming,
    Menu,
    NonText,
    Outgoing,
    Pressed,
    Who,
)
from ._locks import KeyedLocks
from ._scripts import ScriptResolver

__all__ = ["COMMAND_ALIASES", "ConversationService"]

log = logging.getLogger("loopbaanbot.conversation")

COMMAND_ALIASES = {
    "reflect": "reflecteren",
    "prepare": "voorbereiden",
    "steps": "stappen",
    "language": "taal",
    "pauze": "stop",
    "hulp": "help",
    "verder": "continue",
}
_SCRIPTS = ("reflecteren", "voorbereiden")


@dataclass(slots=True)
class _Ctx:
    tx: Transaction
    student: Student
    now: datetime
    today: date

    @property
    def lang(self) -> str:
        return self.student.language


class ConversationService:
    """Routes commands, runs the engine for the student's open conversation and stores each turn."""

    def __init__(
        self,
        *,
        store: Store,
        library: ScriptLibrary,
        engine_texts: TextCatalog,
        texts: TextCatalog,
        clock: Clock,
        timezone: ZoneInfo,
        default_language: str = "nl",
        rng: random.Random | None = None,
        resume_after: timedelta = timedelta(hours=6),
    ) -> None:
        self.store = store
        self.scripts = ScriptResolver(library)
        self.texts = texts
        self.clock = clock
        self.timezone = timezone
        self.default_language = default_language
        self.resume_after = resume_after
        self.engine = Engine(texts=engine_texts, today=self.today, rng=rng)
        self._locks = KeyedLocks()
        self._commands: dict[str, Callable[[_Ctx, str], Awaitable[list[Outgoing]]]] = {
            "start": self._start,
            "help": self._help,
            "stop": self._stop,
            "dossier": self._dossier,
            "stappen": self._steps,
            "taal": self._language,
            "privacy": self._privacy,
            "continue": self._continue,
            **{name: self._begin_script(name) for name in _SCRIPTS},
        }

    def today(self) -> date:
        """The local date in the school's time zone."""
        return self.clock.now().astimezone(self.timezone).date()

    async def handle(self, who: Who, incoming: Incoming) -> list[Outgoing]:
        """Process one update; it is stored before this returns, in order per student."""
        async with self._locks.hold(who.key), self.store.transaction() as tx:
            language = as_language(who.language_hint) if who.language_hint else self.default_language
            student = await tx.students.upsert(
                who.key, display_name=who.display_name, language=language, now=self.clock.now()
            )
            ctx = _Ctx(tx, student, self.clock.now(), self.today())
            return await self._route(ctx, incoming)

    async def greeting(self, who: Who) -> list[Outgoing]:
        """What to show when a channel opens (the console): where an open conversation stopped."""
        async with self._locks.hold(who.key), self.store.transaction() as tx:
            student = await tx.students.find(who.key)
            if student is None:
                return []
            ctx = _Ctx(tx, student, self.clock.now(), self.today())
            session = await tx.sessions.current(student.id)
            if session is None:
                return []
            return await self._run(
                ctx, session, lambda version, state: self.engine.resume(version.script, state)
            )

    def error_reply(self, who: Who) -> Outgoing:
        """The kind note a channel sends when handling failed; the student's answers are already safe."""
        language = as_language(who.language_hint) if who.language_hint else self.default_language
        return Outgoing(text=self.texts.get("error", language), kind="error")

    # ---- routing ------------------------------------------------------------------------------------

    async def _route(self, ctx: _Ctx, incoming: Incoming) -> list[Outgoing]:
        if isinstance(incoming, Command):
            name = COMMAND_ALIASES.get(incoming.name, incoming.name)
            handler = self._commands.get(name)
            if handler is None:
                return [self._note(ctx, "unknown_command"), *await self._current(ctx)]
            log.info("command student=%s command=%s", ctx.student.id, name)
            return await handler(ctx, incoming.arg)
        if isinstance(incoming, Pressed) and isinstance(incoming.data, Menu):
            return await self._route(ctx, Command(incoming.data.action, incoming.data.arg))
        session = await ctx.tx.sessions.current(ctx.student.id)
        if isinstance(incoming, Pressed):
            data = incoming.data
            assert isinstance(data, Answer)
            if session is None or session.id != data.session_id:
                return [self._note(ctx, "stale_button")]
            return await self._event(ctx, session, ChoiceInput(seq=data.seq, index=data.index))
        if session is None:
            key = "unsupported_no_session" if isinstance(incoming, NonText) else "no_session"
            return [self._note(ctx, key), self._menu(ctx)]
        if isinstance(incoming, NonText):
            return await self._event(ctx, session, UnsupportedInput(incoming.kind))
        return await self._event(ctx, session, TextInput(incoming.text))

    # ---- commands -------------------------------------------------------------------------------------

    async def _start(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        name = f" {ctx.student.display_name}" if ctx.student.display_name else ""
        replies = [Outgoing(text=self.texts.get("welcome", ctx.lang, naam=name))]
        current = await self._current(ctx)
        return [*replies, *current] if current else [*replies, self._menu(ctx)]

    async def _help(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        session = await ctx.tx.sessions.current(ctx.student.id)
        if session is None:
            return [Outgoing(text=self.texts.get("help", ctx.lang))]
        return await self._event(ctx, session, CommandInput("help"))

    async def _stop(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        session = await ctx.tx.sessions.current(ctx.student.id)
        if session is None:
            return [self._note(ctx, "nothing_to_stop")]
        return await self._event(ctx, session, CommandInput("stop"))

    async def _dossier(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        dossier = await ctx.tx.dossier.dossier(ctx.student.id)
        blocks = dossier_blocks(dossier, self.texts, ctx.lang, ctx.today)
        return [Outgoing(blocks=tuple(blocks), kind="overview"), *await self._current(ctx)]

    async def _steps(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        steps = await ctx.tx.dossier.steps(ctx.student.id)
        blocks = steps_blocks(steps, self.texts, ctx.lang, ctx.today)
        return [Outgoing(blocks=tuple(blocks), kind="overview"), *await self._current(ctx)]

    async def _privacy(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        return [Outgoing(text=self.texts.get("privacy", ctx.lang)), *await self._current(ctx)]

    async def _language(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        wanted = (
            arg.strip().lower()
            if arg.strip().lower() in ("nl", "en")
            else ("en" if ctx.lang == "nl" else "nl")
        )
        ctx.student = ctx.student.model_copy(update={"language": wanted})
        await ctx.tx.students.save(ctx.student)
        session = await ctx.tx.sessions.current(ctx.student.id)
        if session is not None:
            state = SessionState.model_validate(session.state).model_copy(update={"language": wanted})
            await ctx.tx.sessions.save(session.model_copy(update={"state": state.model_dump(mode="json")}))
        return [self._note(ctx, "language_switched"), *await self._current(ctx)]

    async def _continue(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        session = await ctx.tx.sessions.current(ctx.student.id)
        if session is None:
            return [self._note(ctx, "no_session"), self._menu(ctx)]
        return await self._run(ctx, session, lambda version, state: self.engine.resume(version.script, state))

    def _begin_script(self, script_id: str) -> Callable[[_Ctx, str], Awaitable[list[Outgoing]]]:
        async def begin(ctx: _Ctx, arg: str) -> list[Outgoing]:
            previous = await ctx.tx.sessions.current(ctx.student.id)
            if previous is not None and arg != "nieuw":
                # Starting over by accident would bury a half-told story: ask first.
                return [self._busy(ctx, previous, script_id)]
            version = await self.scripts.for_new(ctx.tx, script_id, ctx.now)
            context = {"naam": ctx.student.display_name} if ctx.student.display_name else {}
            turn = self.engine.start(
                version.script, script_hash=version.digest, language=as_language(ctx.lang), context=context
            )
            session = await ctx.tx.sessions.create(
                ctx.student.id,
                script_id=version.script.id,
                script_hash=version.digest,
                state=turn.state.model_dump(mode="json"),
                experience_id=None,
                now=ctx.now,
            )
            replies = await self._store_turn(ctx, session, version, turn)
            log.info("session started student=%s session=%s script=%s", ctx.student.id, session.id, script_id)
            return [self._note(ctx, "session_replaced"), *replies] if previous is not None else replies

        return begin

    # ---- conversations -------------------------------------------------------------------------------------

    async def _event(self, ctx: _Ctx, session: SessionRecord, event: Event) -> list[Outgoing]:
        idle = ctx.now - session.updated_at
        if idle > self.resume_after and isinstance(event, TextInput):
            # After a long silence the engine decides: a real answer is kept, a "hoi" gets "where we were".
            session = session.model_copy(update={"state": {**session.state, "status": "paused"}})
        return await self._run(
            ctx, session, lambda version, state: self.engine.handle(version.script, state, event)
        )

    async def _run(
        self, ctx: _Ctx, session: SessionRecord, step: Callable[[ScriptVersion, SessionState], Turn]
    ) -> list[Outgoing]:
        try:
            version = await self.scripts.pinned(ctx.tx, session.script_hash)
        except DialogueError:
            log.warning("session %s: script version %s unusable; closing it", session.id, session.script_hash)
            await ctx.tx.sessions.save(
                session.model_copy(update={"status": "abandoned", "updated_at": ctx.now})
            )
            return [self._note(ctx, "script_gone"), self._menu(ctx)]
        state = SessionState.model_validate(session.state)
        if state.language != ctx.lang:
            state = state.model_copy(update={"language": as_language(ctx.lang)})
        before = state.node
        turn = step(version, state)
        replies = await self._store_turn(ctx, session, version, turn)
        log.info(
            "turn student=%s session=%s node=%s->%s outcome=%s",
            ctx.student.id,
            session.id,
            before,
            turn.state.node,
            turn.outcome,
        )
        return replies

    async def _store_turn(
        self, ctx: _Ctx, session: SessionRecord, version: ScriptVersion, turn: Turn
    ) -> list[Outgoing]:
        session = await apply_effects(ctx.tx, session, turn.effects, now=ctx.now, kind=version.script.kind)
        session = session.model_copy(
            update={
                "state": turn.state.model_dump(mode="json"),
                "status": turn.state.status,
                "updated_at": ctx.now,
            }
        )
        await ctx.tx.sessions.save(session)
        return [self._render(message, session.id) for message in turn.messages]

    async def _current(self, ctx: _Ctx) -> list[Outgoing]:
        """After an overview in the middle of a conversation: the question we were at."""
        session = await ctx.tx.sessions.current(ctx.student.id)
        if session is None:
            return []
        try:
            version = await self.scripts.pinned(ctx.tx, session.script_hash)
        except DialogueError:
            return []
        state = SessionState.model_validate(session.state).model_copy(
            update={"language": as_language(ctx.lang)}
        )
        turn = self.engine.current(version.script, state)
        return [self._note(ctx, "continue"), *(self._render(m, session.id) for m in turn.messages)]

    # ---- rendering ---------------------------------------------------------------------------------------

    @staticmethod
    def _render(message: Message, session_id: int) -> Outgoing:
        buttons = tuple(
            Button(option.label, Answer(session_id, message.seq or 0, index))
            for index, option in enumerate(message.options)
        )
        return Outgoing(text=message.text, buttons=buttons, kind=message.kind)

    def _busy(self, ctx: _Ctx, session: SessionRecord, script_id: str) -> Outgoing:
        title = self.scripts.library.by_hash(session.script_hash)
        name = title.script.title.get(ctx.lang, [session.script_id])[0] if title else session.script_id
        buttons = (
            Button(self.texts.get("busy.continue", ctx.lang), Menu("continue")),
            Button(self.texts.get("busy.restart", ctx.lang), Menu(script_id, "nieuw")),
        )
        return Outgoing(
            text=self.texts.get("busy.prompt", ctx.lang, titel=name), buttons=buttons, kind="question"
        )

    def _note(self, ctx: _Ctx, key: str) -> Outgoing:
        return Outgoing(text=self.texts.get(key, ctx.lang), kind="notice")

    def _menu(self, ctx: _Ctx) -> Outgoing:
        buttons = tuple(
            Button(self.texts.get(f"menu.{action}", ctx.lang), Menu(action))
            for action in ("reflecteren", "voorbereiden", "dossier")
        )
        return Outgoing(text=self.texts.get("menu.prompt", ctx.lang), buttons=buttons, kind="question")
