"""Safety first: a student's message that signals danger gets warmth and help lines before anything else.

The message itself is not passed to the dialogue engine and not stored; only the kind and the time of the
signal are recorded (for the coordinator's counts). The exercise is paused, not lost. The mentor hears
that the student would like to talk only after the student says yes, and never what was written.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.safety import SignalKind, detect_signal, is_retraction
from dialogues.language import is_no, is_yes
from storage import Role, StudentKey

from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Button, Menu, Outgoing, small_id

__all__ = ["Notify", "SafetyGuard"]

log = logging.getLogger("loopbaanbot.safety")

Notify = Callable[[StudentKey, list[Outgoing]], Awaitable[bool]]
# A "grapje" this soon after a signal is taken as being about it.
_RETRACTION_WINDOW = timedelta(hours=24)
_VIOLENCE = (SignalKind.ABUSE, SignalKind.HOME_VIOLENCE)


class SafetyGuard:
    """Looks at every text a student sends, before the engine does."""

    def __init__(self, talk: Conversations, notify: Notify | None) -> None:
        self.talk = talk
        self.texts = talk.texts
        self._notify = notify
        # Student id → when their last signal was: only to recognise "grapje" right after it, and to keep
        # the questions paused until the student asks for them (/verder). Losing this on a restart is
        # harmless: the help was given and stays available with /hulplijnen.
        self._signalled: dict[int, datetime] = {}
        # Student id → the safety event whose "may I tell your mentor?" is still open, for a typed answer.
        self._asked: dict[int, int] = {}

    async def check(self, ctx: TurnContext, text: str) -> list[Outgoing] | None:
        """The reply to a message with a safety signal (or a retraction of one); None for other messages."""
        if ctx.student.role is not Role.STUDENT:
            return None
        signal = detect_signal(text)
        if signal is None:
            return await self._after_signal(ctx, text)
        log.warning(
            "safety signal student=%s kind=%s rule=%s", ctx.student.id, signal.kind.value, signal.rule
        )
        self._prune(ctx.now)
        self._signalled[ctx.student.id] = ctx.now
        self._asked.pop(ctx.student.id, None)
        tx = await ctx.write()
        event = await tx.school.record_safety(ctx.student.id, signal.kind.value, now=ctx.now)
        await self._pause(ctx)
        replies = [self.talk.note(ctx, f"safety.care.{signal.kind.value}"), self.help_lines(ctx, signal.kind)]
        if self._notify is not None and await tx.school.link_of(ctx.student.id) is not None:
            buttons = (
                Button(self.texts.get("safety.tell_yes", ctx.lang), Menu("veilig", f"ja|{event.id}")),
                Button(self.texts.get("safety.tell_no", ctx.lang), Menu("veilig", "nee")),
            )
            ask = self.texts.get("safety.ask_tell", ctx.lang)
            replies.append(Outgoing(text=ask, buttons=buttons, kind="question"))
            self._asked[ctx.student.id] = event.id
        else:
            replies.append(self.talk.note(ctx, "safety.talk_to_someone"))
        return replies

    async def _after_signal(self, ctx: TurnContext, text: str) -> list[Outgoing] | None:
        """A message without a signal, soon after one: a typed answer, a "grapje", or a word in between."""
        student = ctx.student.id
        since = self._signalled.get(student)
        if since is None or ctx.now - since >= _RETRACTION_WINDOW:
            self.forget(student)
            return None
        asked = self._asked.get(student)
        if asked is not None and (is_yes(text) or is_no(text)):
            return await self.consent(ctx, f"ja|{asked}" if is_yes(text) else "nee")
        if is_retraction(text):
            self.forget(student)
            log.info("safety retraction student=%s", ctx.student.id)
            return [self.talk.note(ctx, "safety.retracted"), self.help_lines(ctx, None)]
        # "oke dankje" right after the help lines: the questions stay paused until the student asks for them.
        return [self.talk.note(ctx, "safety.still_here"), *await self._hint(ctx)]

    def release(self, student_id: int) -> None:
        """The student gave a command (/verder, /reflecteren ...): text goes to the questions again."""
        self._signalled.pop(student_id, None)
        self._asked.pop(student_id, None)

    forget = release  # also after /verwijderen or retention: nothing about the student stays in memory

    def _prune(self, now: datetime) -> None:
        for student, since in list(self._signalled.items()):
            if now - since >= _RETRACTION_WINDOW:
                self.release(student)

    def help_lines(self, ctx: TurnContext, kind: SignalKind | None) -> Outgoing:
        """Where to get help right now; Veilig Thuis too when it is about violence at home."""
        key = "safety.lines_violence" if kind in _VIOLENCE else "safety.lines"
        return self.talk.note(ctx, key)

    async def _pause(self, ctx: TurnContext) -> None:
        session = await ctx.session()
        if session is None or session.status != "active":
            return
        tx = await ctx.write()
        state = {**session.state, "status": "paused"}
        ctx.remember(await tx.sessions.save(session.model_copy(update={"status": "paused", "state": state})))

    async def consent(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The student's answer to "may I tell your mentor you'd like to talk?"."""
        answer, _, event_id = arg.partition("|")
        self._asked.pop(ctx.student.id, None)
        if answer != "ja":
            return [self.talk.note(ctx, "safety.not_told"), *await self._hint(ctx)]
        event_number = small_id(event_id)
        event = await ctx.reads.school.safety_event(event_number) if event_number is not None else None
        link = await ctx.reads.school.link_of(ctx.student.id)
        mentor = await ctx.reads.school.mentor(link.mentor_id) if link is not None else None
        person = await ctx.reads.students.get(mentor.person_id) if mentor is not None else None
        if event is None or event.student_id != ctx.student.id or person is None or self._notify is None:
            return [self.talk.note(ctx, "stale_button", kind="stale")]
        if event.mentor_told_at is not None:
            return [self.talk.note(ctx, "safety.told", mentor=mentor.name if mentor else "")]
        name = ctx.student.display_name or self.texts.get("safety.a_student", person.language)
        message = Outgoing(text=self.texts.get("safety.mentor_message", person.language, naam=name))
        if not await self._notify(person.key, [message]):
            return [self.talk.note(ctx, "safety.not_reached"), *await self._hint(ctx)]
        tx = await ctx.write()
        await tx.school.safety_told(event.id, now=ctx.now)
        log.info("safety: mentor %s told that student %s would like to talk", person.id, ctx.student.id)
        assert mentor is not None
        return [self.talk.note(ctx, "safety.told", mentor=mentor.name), *await self._hint(ctx)]

    async def _hint(self, ctx: TurnContext) -> list[Outgoing]:
        session = await ctx.session()
        return [self.talk.note(ctx, "safety.when_ready")] if session is not None else []
