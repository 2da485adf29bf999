"""The conversation service: one student's update in, the replies out, everything stored in between."""

from __future__ import annotations

import logging
import random
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import date, datetime, timedelta
from typing import Literal
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
from storage import ConflictError, SessionRecord, Store, Student, StudentKey, Transaction

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


# How many students' records and open conversations to keep in memory between their messages.
_REMEMBER_STUDENTS = 20_000
# Last-seen only needs day precision (who went quiet); refreshing it hourly keeps most turns to fewer writes.
_LAST_SEEN_EVERY = timedelta(hours=1)


class _Ctx:
    """One update's context: reads go through a read-only view until the first write opens the writer."""

    def __init__(
        self, store: Store, stack: AsyncExitStack, view: Transaction, now: datetime, today: date
    ) -> None:
        self._store = store
        self._stack = stack
        self._view = view
        self._tx: Transaction | None = None
        self._session: SessionRecord | None = None
        self.session_known = False
        self.now = now
        self.today = today
        self.student: Student

    @property
    def lang(self) -> str:
        return self.student.language

    @property
    def reads(self) -> Transaction:
        """Where to read: the writer once this update has written (to see its own writes), else the view."""
        return self._tx or self._view

    async def session(self) -> SessionRecord | None:
        """The student's open conversation (read once per update, or known from the previous one)."""
        if not self.session_known:
            self.remember(await self.reads.sessions.current(self.student.id))
        return self._session

    @property
    def known_session(self) -> SessionRecord | None:
        """The open conversation as last read or written in this update."""
        return self._session

    def remember(self, session: SessionRecord | None) -> None:
        """Record what the student's open conversation is now (None when it finished or was closed)."""
        self._session = session if session is not None and session.status in ("active", "paused") else None
        self.session_known = True

    async def write(self) -> Transaction:
        """The transaction for this update's writes, opened on first use and committed when handling ends."""
        if self._tx is None:
            self._tx = await self._stack.enter_async_context(self._store.transaction())
        return self._tx


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
        self._known: OrderedDict[StudentKey, tuple[Student, SessionRecord | None]] = OrderedDict()
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
        """Process one update; it is committed before this returns, in order per student.

        The per-student lock is what makes the read-only view and the remembered student and session safe:
        nobody else in this process writes this student's rows until we are done. Another process that
        saved the session in between makes the save fail with ConflictError; then the update is redone
        from the database.
        """
        async with self._locks.hold(who.key):
            for attempt in range(2):
                try:
                    return await self._handle_once(who, incoming)
                except ConflictError:
                    self._known.pop(who.key, None)
                    if attempt:
                        raise
                except BaseException:
                    self._known.pop(who.key, None)
                    raise
        raise AssertionError("unreachable")

    async def _handle_once(self, who: Who, incoming: Incoming) -> list[Outgoing]:
        async with AsyncExitStack() as stack:
            ctx = await self._context(stack, who, create=True)
            replies = await self._route(ctx, incoming)
        # Committed: what we know about this student is now also what the database says.
        self._remember(who, ctx)
        return replies

    async def greeting(self, who: Who) -> list[Outgoing]:
        """What to show when a channel opens (the console): where an open conversation stopped."""
        async with self._locks.hold(who.key):
            async with AsyncExitStack() as stack:
                ctx = await self._context(stack, who, create=False)
                if not hasattr(ctx, "student") or (session := await ctx.session()) is None:
                    return []
                replies = await self._run(
                    ctx, session, lambda version, state: self.engine.resume(version.script, state)
                )
            self._remember(who, ctx)
            return replies

    async def set_active(self, key: StudentKey, active: bool) -> None:
        """Mark a student (in)active (they blocked or unblocked the bot); unknown keys are ignored."""
        async with self._locks.hold(key):
            self._known.pop(key, None)
            async with self.store.transaction() as tx:
                student = await tx.students.find(key)
                if student is not None and student.active != active:
                    await tx.students.save(student.model_copy(update={"active": active}))
                    log.info("student %s is now %s", student.id, "active" if active else "inactive")

    def forget(self, key: StudentKey) -> None:
        """Drop what is remembered about a student (after their data changed elsewhere, or was deleted)."""
        self._known.pop(key, None)

    def _remember(self, who: Who, ctx: _Ctx) -> None:
        if not hasattr(ctx, "student") or not ctx.session_known:
            self._known.pop(who.key, None)
            return
        self._known[who.key] = (ctx.student, ctx.known_session)
        self._known.move_to_end(who.key)
        while len(self._known) > _REMEMBER_STUDENTS:
            self._known.popitem(last=False)

    async def _context(self, stack: AsyncExitStack, who: Who, *, create: bool) -> _Ctx:
        view = await stack.enter_async_context(self.store.read())
        now = self.clock.now()
        ctx = _Ctx(self.store, stack, view, now, self.today())
        known = self._known.get(who.key)
        student: Student | None
        if known is not None:
            student = known[0]
            ctx.remember(known[1])
            renamed = who.display_name not in ("", student.display_name)
            if now - student.last_seen_at > _LAST_SEEN_EVERY or renamed:
                student = await self._upsert(ctx, who)
        elif create:
            # Not in memory: one upsert both finds (or creates) the student and refreshes last-seen.
            student = await self._upsert(ctx, who)
        else:
            student = await view.students.find(who.key)
        if student is not None:
            ctx.student = student
        return ctx

    async def _upsert(self, ctx: _Ctx, who: Who) -> Student:
        language = as_language(who.language_hint) if who.language_hint else self.default_language
        tx = await ctx.write()
        return await tx.students.upsert(
            who.key, display_name=who.display_name, language=language, now=ctx.now
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
        session = await ctx.session()
        if isinstance(incoming, Pressed):
            data = incoming.data
            assert isinstance(data, Answer)
            if session is None or session.id != data.session_id:
                return [self._note(ctx, "stale_button", kind="stale")]
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
        session = await ctx.session()
        if session is None:
            return [Outgoing(text=self.texts.get("help", ctx.lang))]
        return await self._event(ctx, session, CommandInput("help"))

    async def _stop(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        session = await ctx.session()
        if session is None:
            return [self._note(ctx, "nothing_to_stop")]
        return await self._event(ctx, session, CommandInput("stop"))

    async def _dossier(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        dossier = await ctx.reads.dossier.dossier(ctx.student.id)
        blocks = dossier_blocks(dossier, self.texts, ctx.lang, ctx.today)
        return [Outgoing(blocks=tuple(blocks), kind="overview"), *await self._current(ctx)]

    async def _steps(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        steps = await ctx.reads.dossier.steps(ctx.student.id)
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
        tx = await ctx.write()
        await tx.students.save(ctx.student)
        session = await ctx.session()
        if session is not None:
            state = SessionState.model_validate(session.state).model_copy(update={"language": wanted})
            ctx.remember(
                await tx.sessions.save(session.model_copy(update={"state": state.model_dump(mode="json")}))
            )
        return [self._note(ctx, "language_switched"), *await self._current(ctx)]

    async def _continue(self, ctx: _Ctx, arg: str) -> list[Outgoing]:
        session = await ctx.session()
        if session is None:
            return [self._note(ctx, "no_session"), self._menu(ctx)]
        return await self._run(ctx, session, lambda version, state: self.engine.resume(version.script, state))

    def _begin_script(self, script_id: str) -> Callable[[_Ctx, str], Awaitable[list[Outgoing]]]:
        async def begin(ctx: _Ctx, arg: str) -> list[Outgoing]:
            previous = await ctx.session()
            if previous is not None and arg != "nieuw":
                # Starting over by accident would bury a half-told story: ask first.
                return [self._busy(ctx, previous, script_id)]
            tx = await ctx.write()
            version = await self.scripts.for_new(tx, script_id, ctx.now)
            context = {"naam": ctx.student.display_name} if ctx.student.display_name else {}
            turn = self.engine.start(
                version.script, script_hash=version.digest, language=as_language(ctx.lang), context=context
            )
            session = await tx.sessions.create(
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
            version = await self.scripts.pinned(ctx.reads, session.script_hash)
        except DialogueError:
            log.warning("session %s: script version %s unusable; closing it", session.id, session.script_hash)
            tx = await ctx.write()
            ctx.remember(
                await tx.sessions.save(
                    session.model_copy(update={"status": "abandoned", "updated_at": ctx.now})
                )
            )
            return [self._note(ctx, "script_gone"), self._menu(ctx)]
        state = SessionState.model_validate(session.state)
        if state.language != ctx.lang:
            state = state.model_copy(update={"language": as_language(ctx.lang)})
        before = state.node
        turn = step(version, state)
        if turn.outcome == "stale":
            # Nothing changed: a button of an earlier question. Say so, store nothing.
            return [Outgoing(text=m.text, kind="stale") for m in turn.messages]
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
        tx = await ctx.write()
        session = await apply_effects(tx, session, turn.effects, now=ctx.now, kind=version.script.kind)
        session = session.model_copy(
            update={
                "state": turn.state.model_dump(mode="json"),
                "status": turn.state.status,
                "updated_at": ctx.now,
            }
        )
        ctx.remember(await tx.sessions.save(session))
        return [self._render(message, session.id) for message in turn.messages]

    async def _current(self, ctx: _Ctx) -> list[Outgoing]:
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

    def _note(self, ctx: _Ctx, key: str, kind: Literal["notice", "stale"] = "notice") -> Outgoing:
        return Outgoing(text=self.texts.get(key, ctx.lang), kind=kind)

    def _menu(self, ctx: _Ctx) -> Outgoing:
        buttons = tuple(
            Button(self.texts.get(f"menu.{action}", ctx.lang), Menu(action))
            for action in ("reflecteren", "voorbereiden", "dossier")
        )
        return Outgoing(text=self.texts.get("menu.prompt", ctx.lang), buttons=buttons, kind="question")
