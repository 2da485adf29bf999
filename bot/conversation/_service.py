"""The conversation service: one student's update in, the replies out, everything stored in between."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.deeplinks import command_of_payload
from dialogues import as_language
from dialogues.engine import ChoiceInput, UnsupportedInput
from storage import ConflictError, Role, SessionRecord, Store, Student, StudentKey

from ._claims import FollowupOutcome, FollowupRules, claim_followups
from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import (
    Answer,
    Command,
    Incoming,
    Menu,
    NonText,
    Outgoing,
    Pressed,
    Receipt,
    Text,
    Who,
    cleaned_input,
    cleaned_who,
)
from ._locks import KeyedLocks
from ._menus import MenuSync, RoleChanged
from ._receipts import HandledUpdates
from ._roles import ACCESS, allowed
from ._safety import SafetyGuard

__all__ = ["COMMAND_ALIASES", "ConversationService", "turn_lock"]

log = logging.getLogger("loopbaanbot.conversation")

COMMAND_ALIASES = {
    "reflect": "reflecteren",
    "prepare": "voorbereiden",
    "steps": "stappen",
    "network": "netwerk",
    "language": "taal",
    "pauze": "stop",
    "hulp": "help",
    "verder": "continue",
}
# How many students' records and open conversations to keep in memory between their messages.
_REMEMBER_STUDENTS = 20_000
# Last-seen only needs day precision (who went quiet); refreshing it hourly keeps most turns to fewer writes.
_LAST_SEEN_EVERY = timedelta(hours=1)
# Commands that belong to the safety step itself; any other command means the student moves on.
_SAFETY_COMMANDS = frozenset({"veilig", "hulplijnen"})


class ConversationService:
    """Routes commands, runs the engine for the student's open conversation and stores each turn."""

    def __init__(
        self,
        *,
        store: Store,
        talk: Conversations,
        safety: SafetyGuard,
        commands: Mapping[str, Handler],
        clock: Clock,
        timezone: ZoneInfo,
        default_language: str = "nl",
        coordinators: frozenset[StudentKey] = frozenset(),
        on_role: RoleChanged | None = None,
    ) -> None:
        if set(commands) != set(ACCESS):
            raise ValueError("every command needs an access rule, and only those have one")
        self.store = store
        self.talk = talk
        self.texts = talk.texts
        self.engine = talk.engine
        self.safety = safety
        self.clock = clock
        self.timezone = timezone
        self.default_language = default_language
        self._commands = dict(commands)
        self._locks = KeyedLocks()
        # Updates handled here: most need not be asked about (a store of its own; see _receipts).
        self._handled = HandledUpdates()
        self._known: OrderedDict[StudentKey, tuple[Student, SessionRecord | None]] = OrderedDict()
        self._coordinators = coordinators
        self._menus = MenuSync(on_role)
        # Handled updates (a count for monitoring).
        self.turns = 0

    def today(self) -> date:
        """The local date in the school's time zone."""
        return self.clock.now().astimezone(self.timezone).date()

    # ---- entry points ----------------------------------------------------------------------------------

    async def handle(
        self, who: Who, incoming: Incoming, *, receipt: Receipt | None = None, echo: str | None = None
    ) -> list[Outgoing]:
        """Process one update; it is committed before this returns, in order per student.

        The per-student lock is what makes the read-only view and the remembered student and session safe:
        nobody else in this process writes this student's rows until we are done. Another process that
        saved the session in between makes the save fail with ConflictError; then the update is redone
        from the database. With a `receipt`, an update that was handled before (a channel delivered it
        again after a restart) is dropped: no replies; the receipt is stored with the turn. With `echo`
        (what the student's message looked like), the turn is also kept in the person's chat transcript,
        in the same transaction: a channel that shows the conversation again (the web) never shows half.
        """

        who, incoming = cleaned_who(who), cleaned_input(incoming)

        async def once(ctx: TurnContext) -> list[Outgoing]:
            if receipt is not None:
                # Noted as the turn began (a shared database), or found out now and noted with the writes.
                new = ctx.new_update
                if new is None:
                    new = not await self._handled.seen(ctx.reads, receipt)
                if not new:
                    log.info("update %s of %s was handled before; dropped", receipt.update_id, receipt.source)
                    return []
            replies = await self._route(ctx, incoming)
            if receipt is not None and ctx.new_update is None:
                tx = await ctx.write()
                await tx.receipts.record(receipt.source, receipt.update_id, now=ctx.now)
            if echo is not None and not ctx.deleted:
                await self._transcribe(ctx, echo, replies)
            return replies

        replies = await self._locked(who, create=True, body=once, receipt=receipt)
        if receipt is not None and not self.store.shared:
            self._handled.handled(receipt)
        self.turns += 1
        return replies

    async def _transcribe(self, ctx: TurnContext, echo: str, replies: list[Outgoing]) -> None:
        tx = await ctx.write()
        person = ctx.student.id
        if ctx.withheld:
            # A message the safety step took is kept nowhere; the chat shows that it was there.
            await tx.transcript.add(person, "student", {"withheld": True}, now=ctx.now)
        elif echo:
            await tx.transcript.add(person, "student", {"text": echo}, now=ctx.now)
        for reply in replies:
            await tx.transcript.add(person, "bot", reply.to_json(), now=ctx.now)

    async def greeting(self, who: Who) -> list[Outgoing]:
        """What to show when a channel opens (the console): where an open conversation stopped."""

        async def resume(ctx: TurnContext) -> list[Outgoing]:
            session = await ctx.session() if ctx.known else None
            if session is None:
                return []
            return await self.talk.run(ctx, session, lambda v, state: self.engine.resume(v.script, state))

        return await self._locked(who, create=False, body=resume)

    async def start_followup(
        self, key: StudentKey, nudge_ids: list[int], rules: FollowupRules, *, owner: str | None = None
    ) -> FollowupOutcome:
        """Claim a student's due nudges (those still leased to `owner`) and start their follow-up; the claim
        is committed with the start."""
        outcome = FollowupOutcome()

        async def body(ctx: TurnContext) -> list[Outgoing]:
            nonlocal outcome
            outcome = await claim_followups(ctx, self.talk, nudge_ids, rules, owner)
            return outcome.messages

        await self._locked(Who(key), create=False, body=body)
        return outcome

    async def set_active(self, key: StudentKey, active: bool) -> None:
        """Mark a student (in)active (they blocked or unblocked the bot); unknown keys are ignored."""
        async with self._locks.hold(key):
            self._known.pop(key, None)
            async with self.store.transaction(lock=turn_lock(key)) as tx:
                student = await tx.students.find(key)
                if student is not None and student.active != active:
                    await tx.students.save(student.model_copy(update={"active": active}))
                    log.info("student %s is now %s", student.id, "active" if active else "inactive")

    async def erase(self, key: StudentKey, still: Callable[[Student], bool]) -> bool:
        """Delete a person and everything about them, under their lock, if `still(current record)` holds."""
        async with self._locks.hold(key):
            self._known.pop(key, None)
            async with self.store.transaction(lock=turn_lock(key)) as tx:
                person = await tx.students.find(key)
                if person is None or not still(person):
                    return False
                await tx.privacy.delete_person(person.id)
            self.safety.forget(person.id)
            await self._menus.set(key, person.id, Role.STUDENT, force=person.role is not Role.STUDENT)
            return True

    def forget(self, key: StudentKey) -> None:
        """Drop what is remembered about a student (after their data changed elsewhere, or was deleted)."""
        self._known.pop(key, None)

    def notice(self, who: Who, key: str) -> Outgoing:
        """A short text from the bot's catalogue, outside any conversation (a channel's own note)."""
        language = as_language(who.language_hint) if who.language_hint else self.default_language
        return Outgoing(text=self.texts.get(key, language), kind="notice")

    def error_reply(self, who: Who) -> Outgoing:
        """The kind note a channel sends when handling failed; the student's answers are already safe."""
        language = as_language(who.language_hint) if who.language_hint else self.default_language
        return Outgoing(text=self.texts.get("error", language), kind="error")

    # ---- per-student machinery -------------------------------------------------------------------------

    async def _locked(
        self,
        who: Who,
        *,
        create: bool,
        body: Callable[[TurnContext], Awaitable[list[Outgoing]]],
        receipt: Receipt | None = None,
    ) -> list[Outgoing]:
        async with self._locks.hold(who.key):
            for attempt in range(2):
                try:
                    async with AsyncExitStack() as stack:
                        ctx = await self._context(stack, who, create=create, receipt=receipt)
                        replies = await body(ctx)
                    # Committed: what we know about this student is now also what the database says.
                    self._remember(who, ctx)
                    await self._menus.after_turn(who.key, ctx)
                    return replies
                except ConflictError:
                    self._known.pop(who.key, None)
                    if attempt:
                        raise
                except BaseException:
                    self._known.pop(who.key, None)
                    raise
        raise AssertionError("unreachable")

    def _remember(self, who: Who, ctx: TurnContext) -> None:
        if ctx.deleted:
            self.safety.forget(ctx.student.id)
        # A shared database: another process may change the student any time, so nothing is kept.
        if self.store.shared or not ctx.known or not ctx.session_known or ctx.deleted:
            self._known.pop(who.key, None)
            return
        self._known[who.key] = (ctx.student, ctx.known_session)
        self._known.move_to_end(who.key)
        while len(self._known) > _REMEMBER_STUDENTS:
            self._known.popitem(last=False)

    async def _context(
        self, stack: AsyncExitStack, who: Who, *, create: bool, receipt: Receipt | None = None
    ) -> TurnContext:
        if self.store.shared:
            return await self._locked_context(stack, who, create=create, receipt=receipt)
        view = await stack.enter_async_context(self.store.read())
        now = self.clock.now()
        ctx = TurnContext(self.store, stack, view, now, self.today())
        known = self._known.get(who.key)
        student: Student | None
        if known is not None:
            student = known[0]
            ctx.remember(known[1])
            renamed = who.display_name not in ("", student.display_name)
            # Only the student's own updates count as being seen (not a follow-up the bot sends).
            if create and (now - student.last_seen_at > _LAST_SEEN_EVERY or renamed):
                student = await self._upsert(ctx, who)
        elif create:
            # Not in memory: one upsert both finds (or creates) the student and refreshes last-seen.
            student = await self._upsert(ctx, who)
        else:
            student = await view.students.find(who.key)
        return await self._found(ctx, who, student)

    async def _locked_context(
        self, stack: AsyncExitStack, who: Who, *, create: bool, receipt: Receipt | None
    ) -> TurnContext:
        """Another process may handle this student too: the whole turn is one unit under their lock in the
        database, read from there (nothing remembered; the student, their conversation and whether the
        update is new in one round trip), so their messages are handled in order anywhere."""
        tx = await stack.enter_async_context(self.store.transaction(lock=turn_lock(who.key)))
        now = self.clock.now()
        ctx = TurnContext(self.store, stack, tx, now, self.today(), tx=tx)
        noted = (receipt.source, receipt.update_id) if receipt is not None else None
        start = await tx.students.for_turn(who.key, receipt=noted, now=now)
        student, ctx.new_update = start.student, start.new_update
        if student is not None:
            ctx.remember(start.session)
        renamed = student is not None and who.display_name not in ("", student.display_name)
        stale = student is not None and now - student.last_seen_at > _LAST_SEEN_EVERY
        if create and (student is None or stale or renamed):
            language = as_language(who.language_hint) if who.language_hint else self.default_language
            student = await tx.students.upsert(
                who.key, display_name=who.display_name, language=language, now=now
            )
        return await self._found(ctx, who, student)

    async def _found(self, ctx: TurnContext, who: Who, student: Student | None) -> TurnContext:
        if student is not None:
            ctx.student = student
            if who.key in self._coordinators and student.role is not Role.COORDINATOR:
                # Configured (COORDINATOR_IDS): the role follows the configuration, not the other way round.
                tx = await ctx.write()
                await tx.school.set_role(student.id, Role.COORDINATOR)
                ctx.student = student.model_copy(update={"role": Role.COORDINATOR})
        return ctx

    async def _upsert(self, ctx: TurnContext, who: Who) -> Student:
        language = as_language(who.language_hint) if who.language_hint else self.default_language
        # A unit of its own, committed at once: the turn's transaction (and the one writer) is then only
        # taken when the turn has something to store, not for its reads as well.
        async with self.store.transaction() as tx:
            return await tx.students.upsert(
                who.key, display_name=who.display_name, language=language, now=ctx.now
            )

    # ---- routing ----------------------------------------------------------------------------------------

    async def _route(self, ctx: TurnContext, incoming: Incoming) -> list[Outgoing]:
        if isinstance(incoming, Command):
            name = COMMAND_ALIASES.get(incoming.name, incoming.name)
            linked = command_of_payload(incoming.arg) if name == "start" and incoming.arg else None
            if linked is not None:
                # A deep link (t.me/<bot>?start=klas-CODE): the welcome, then what the link is for.
                welcome = (await self._commands["start"](ctx, ""))[:1]
                return [*welcome, *await self._route(ctx, Command(*linked))]
            handler = self._commands.get(name)
            if handler is None:
                return [self.talk.note(ctx, "unknown_command"), *await self.talk.current(ctx)]
            if not allowed(name, ctx.student.role):
                log.info(
                    "command refused person=%s role=%s command=%s", ctx.student.id, ctx.student.role, name
                )
                return [self.talk.note(ctx, "not_for_you"), *await self.talk.current(ctx)]
            log.info("command student=%s command=%s", ctx.student.id, name)
            if name not in _SAFETY_COMMANDS:
                self.safety.release(ctx.student.id)
            return await handler(ctx, incoming.arg)
        if isinstance(incoming, Text):
            # Before the engine, and whatever the student is doing: a sign of danger comes first.
            cared = await self.safety.check(ctx, incoming.text)
            if cared is not None:
                ctx.withheld = True
                return cared
        if isinstance(incoming, Pressed) and isinstance(incoming.data, Menu):
            ctx.by_button = True
            return await self._route(ctx, Command(incoming.data.action, incoming.data.arg))
        session = await ctx.session()
        if isinstance(incoming, Pressed):
            data = incoming.data
            assert isinstance(data, Answer)
            # An answer pressed instead of replying to a check-in: the check-in (and the message) lapses.
            self.safety.drop_check_in(ctx.student.id)
            if session is None or session.id != data.session_id:
                return [self.talk.note(ctx, "stale_button", kind="stale")]
            return await self.talk.event(ctx, session, ChoiceInput(seq=data.seq, index=data.index))
        if session is None:
            if isinstance(incoming, Text):
                return self.talk.outside(ctx, incoming.text)
            return [self.talk.note(ctx, "unsupported_no_session"), self.talk.menu(ctx)]
        if isinstance(incoming, NonText):
            return await self.talk.event(ctx, session, UnsupportedInput(incoming.kind))
        assert isinstance(incoming, Text)
        return await self.talk.answer_text(ctx, incoming.text)


def turn_lock(key: StudentKey) -> str:
    """The name of a student's lock: their turns (in any process) run one after the other."""
    return f"{key.channel}:{key.external_id}"
