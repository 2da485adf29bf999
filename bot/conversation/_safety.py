"""Safety first: a student's message that signals danger gets warmth and help lines before anything else.

Rules first, then a trained model (bot/safety). A clear signal gets the full help: the exercise pauses, a
warm answer with the help lines, and the question whether the mentor may hear that the student would like
to talk. An uncertain one gets a gentle check-in with two buttons instead of an alarm; "niet zo goed" leads
to the full help, "gaat wel" goes on where the student was. A signal about someone else gets words on how
to help a friend; one about the student's past gets an acknowledgement and "how is it now?".

The message itself is not stored and not logged; only the kind and the time of each event are recorded (for
the coordinator's counts). The mentor hears that the student would like to talk only after the student says
yes, and never what was written.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from bot.safety import About, Assessment, Assessor, Level, SignalKind, is_retraction, load_assessor
from dialogues.language import is_no, is_yes
from storage import Role, StudentKey

from ._checkin import CheckIn, Reply, read_reply
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Button, Menu, Outgoing, small_id

__all__ = ["Answer", "Notify", "SafetyGuard", "help_given"]

log = logging.getLogger("loopbaanbot.safety")

Notify = Callable[[StudentKey, list[Outgoing]], Awaitable[bool]]
# Runs a student's text through the conversation as their answer (after "gaat wel").
Answer = Callable[[TurnContext, str], Awaitable[list[Outgoing]]]
# A "grapje" this soon after a signal is taken as being about it; an unanswered check-in lapses after it.
_RETRACTION_WINDOW = timedelta(hours=24)
_VIOLENCE = (SignalKind.ABUSE, SignalKind.HOME_VIOLENCE)
# Messages waiting for the model at most (about 20-60 ms each); beyond that the rules decide alone, so a
# burst never makes a student wait long for the bot, nor the queue grow without end.
_MAX_WAITING = 4
_RULES_ONLY = Assessor(None)


def help_given(counts: dict[str, int]) -> int:
    """How many of the counted safety events gave the help lines (not the check-ins and their answers)."""
    kinds = {kind.value for kind in SignalKind} | {"general"}
    return sum(n for kind, n in counts.items() if kind in kinds)


class SafetyGuard:
    """Looks at every text a student sends, before the engine does."""

    def __init__(self, talk: Conversations, notify: Notify | None, answer: Answer | None = None) -> None:
        self.talk = talk
        self.texts = talk.texts
        self._notify = notify
        self._answer = answer or talk.answer_text
        # Rules alone until start() loads the model (tests and tools that never start the bot).
        self.assessor = Assessor(None)
        # One thread: the model's engine takes one message at a time, and the event loop stays free.
        self._pool: ThreadPoolExecutor | None = None
        self._waiting = 0
        self._skipped = 0
        # Student id → when their last signal was: only to recognise "grapje" right after it, and to keep
        # the questions paused until the student asks for them (/verder). Losing this on a restart is
        # harmless: the help was given and stays available with /hulplijnen.
        self._signalled: dict[int, datetime] = {}
        # Student id → the safety event whose "may I tell your mentor?" is still open, for a typed answer.
        self._asked: dict[int, int] = {}
        # Student id → the open check-in (with their message, in memory only, until they answer).
        self._checking: dict[int, CheckIn] = {}

    async def start(self) -> None:
        """Load the model once (at bot start); without it the rules decide alone, as the log says."""
        self.assessor = await asyncio.to_thread(load_assessor)
        if self.assessor.model is not None and self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="safety-model")

    async def _assess(self, text: str) -> Assessment:
        if self._pool is None:
            return self.assessor.assess(text)
        # Most chat messages are settled by the rules and the first pass in a fraction of a millisecond:
        # here, which costs less than the hand-over to the model's thread. Only the rest waits for e5.
        settled = self.assessor.settle(text)
        if settled is not None:
            return settled
        if self._waiting >= _MAX_WAITING:
            self._skipped += 1
            if self._skipped % 1000 == 1:
                log.warning("safety model busy: %d messages so far had the rules alone", self._skipped)
            return _RULES_ONLY.assess(text)
        self._waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, self.assessor.assess, text)
        finally:
            self._waiting -= 1

    async def check(self, ctx: TurnContext, text: str) -> list[Outgoing] | None:
        """The reply to a message with a safety signal (or a retraction of one); None for other messages."""
        if ctx.student.role is not Role.STUDENT:
            return None
        verdict = await self._assess(text)
        student = ctx.student.id
        self._prune(ctx.now)
        clear = verdict.level is Level.FULL and verdict.about is not About.PAST
        pending = self._checking.pop(student, None)
        if pending is not None and not clear:
            reply = read_reply(text)
            if reply is not None:
                return await self._settle(ctx, pending, reply)
            if verdict.level is Level.NONE:
                # Not an answer: the check-in lapses and this message is taken on its own.
                return await self._after_signal(ctx, text)
            # A second worrying message instead of "gaat wel": no more asking.
            clear = True
        if clear and verdict.kind is not None:
            about = About.SELF if verdict.about is About.PAST else verdict.about
            return await self.full_help(ctx, verdict.kind, about, verdict)
        if student in self._signalled or verdict.level is Level.NONE or verdict.kind is None:
            return await self._after_signal(ctx, text)
        return await self._ask(ctx, verdict, text)

    async def full_help(
        self, ctx: TurnContext, kind: SignalKind | None, about: About, verdict: Assessment | None = None
    ) -> list[Outgoing]:
        """Pause, warmth and the help lines, and the question whether the mentor may hear of it.

        Without a kind (an old check-in button answered "niet zo goed") the words and lines are general.
        """
        rule = verdict.rule if verdict is not None else "check_in"
        score = f"{verdict.score:.2f}" if verdict is not None and verdict.score is not None else "-"
        log.warning(
            "safety signal student=%s kind=%s about=%s rule=%s score=%s",
            ctx.student.id,
            kind.value if kind else "general",
            about.value,
            rule or "model",
            score,
        )
        self._signalled[ctx.student.id] = ctx.now
        self._asked.pop(ctx.student.id, None)
        tx = await ctx.write()
        event = await tx.school.record_safety(ctx.student.id, kind.value if kind else "general", now=ctx.now)
        await self._pause(ctx)
        care = f"safety.care.{kind.value}" if kind else "safety.care_general"
        care = "safety.care_other" if about is About.OTHER else care
        lines = self.help_lines(ctx, kind) if kind else self.talk.note(ctx, "safety.lines_all")
        replies = [self.talk.note(ctx, care), lines]
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

    async def _ask(self, ctx: TurnContext, verdict: Assessment, text: str) -> list[Outgoing]:
        """An uncertain signal, or distress in the past: ask how the student is, with two buttons."""
        assert verdict.kind is not None
        # The words for a hard time behind the student need a rule's hit ("in groep 7 werd ik gepest", even
        # when the model doubts it) or the model's firm verdict: the model alone unsure about a story in the
        # past tense ("ik was doodsbang in het rookhuis") is asked about like any uncertain message.
        past = verdict.about is About.PAST and (verdict.level is Level.FULL or verdict.rule is not None)
        log.info(
            "safety check-in student=%s kind=%s about=%s rule=%s score=%s",
            ctx.student.id,
            verdict.kind.value,
            verdict.about.value,
            verdict.rule or "model",
            f"{verdict.score:.2f}" if verdict.score is not None else "-",
        )
        tx = await ctx.write()
        # A past signal gets the help lines at once, so it counts as help given (its kind); a check-in not.
        event = await tx.school.record_safety(
            ctx.student.id, verdict.kind.value if past else "check_in", now=ctx.now
        )
        self._checking[ctx.student.id] = CheckIn(event.id, verdict.kind, verdict.about, text, ctx.now)
        buttons = (
            Button(self.texts.get("safety.checkin.fine", ctx.lang), Menu("veilig", f"check|goed|{event.id}")),
            Button(
                self.texts.get("safety.checkin.not_fine", ctx.lang),
                Menu("veilig", f"check|slecht|{event.id}"),
            ),
        )
        if past:
            question = self.texts.get("safety.checkin.how_now", ctx.lang)
            return [
                self.talk.note(ctx, "safety.care_past"),
                self.help_lines(ctx, verdict.kind),
                Outgoing(text=question, buttons=buttons, kind="question"),
            ]
        question = self.texts.get("safety.checkin.ask", ctx.lang)
        return [Outgoing(text=question, buttons=buttons, kind="question")]

    async def _settle(self, ctx: TurnContext, pending: CheckIn, reply: Reply) -> list[Outgoing]:
        """The answer to a check-in, typed or pressed."""
        outcome = {Reply.FINE: "check_in_fine", Reply.NOT_FINE: "check_in_help", Reply.JOKE: "check_in_joke"}
        log.info("safety check-in answered student=%s outcome=%s", ctx.student.id, outcome[reply])
        tx = await ctx.write()
        await tx.school.record_safety(ctx.student.id, outcome[reply], now=ctx.now)
        if reply is Reply.NOT_FINE:
            about = About.OTHER if pending.about is About.OTHER else About.SELF
            return await self.full_help(ctx, pending.kind, about)
        if reply is Reply.JOKE:
            # Not cleared silently: a kind word, and the help stays in reach.
            return [self.talk.note(ctx, "safety.checkin.joke"), *await self.talk.current(ctx)]
        # "Gaat wel": their message still counts as their answer, as if nothing had come in between.
        return [self.talk.note(ctx, "safety.checkin.glad"), *await self._answer(ctx, pending.text)]

    async def menu(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """A press on a safety button: the check-in's two, or the mentor question's yes and no."""
        if not arg.startswith("check|"):
            return await self.consent(ctx, arg)
        _, answer, event_id = arg.split("|", 2) if arg.count("|") == 2 else (arg, "", "")
        pending = self._checking.get(ctx.student.id)
        if pending is not None and str(pending.event_id) == event_id:
            del self._checking[ctx.student.id]
            return await self._settle(ctx, pending, Reply.FINE if answer == "goed" else Reply.NOT_FINE)
        if answer == "slecht":
            # An old button, but a student who says it is not going well always gets the help.
            return await self.full_help(ctx, None, About.SELF)
        return [self.talk.note(ctx, "safety.checkin.glad"), *await self.talk.current(ctx)]

    async def _after_signal(self, ctx: TurnContext, text: str) -> list[Outgoing] | None:
        """A message without a signal, soon after one: a typed answer, a "grapje", or a word in between."""
        student = ctx.student.id
        since = self._signalled.get(student)
        if since is None or ctx.now - since >= _RETRACTION_WINDOW:
            self._signalled.pop(student, None)
            self._asked.pop(student, None)
            return None
        asked = self._asked.get(student)
        if asked is not None and (is_yes(text) or is_no(text)):
            return await self.consent(ctx, f"ja|{asked}" if is_yes(text) else "nee")
        if is_retraction(text):
            self.forget(student)
            log.info("safety retraction student=%s", ctx.student.id)
            tx = await ctx.write()
            await tx.school.record_safety(ctx.student.id, "retracted", now=ctx.now)
            return [self.talk.note(ctx, "safety.retracted"), self.help_lines(ctx, None)]
        # "oke dankje" right after the help lines: the questions stay paused until the student asks for them.
        return [self.talk.note(ctx, "safety.still_here"), *await self._hint(ctx)]

    def release(self, student_id: int) -> None:
        """The student gave a command (/verder, /reflecteren ...): text goes to the questions again."""
        self._signalled.pop(student_id, None)
        self._asked.pop(student_id, None)
        self._checking.pop(student_id, None)

    forget = release  # also after /verwijderen or retention: nothing about the student stays in memory

    def drop_check_in(self, student_id: int) -> None:
        """The student moved on without answering the check-in: forget it and the message it held."""
        self._checking.pop(student_id, None)

    def _prune(self, now: datetime) -> None:
        for student, since in list(self._signalled.items()):
            if now - since >= _RETRACTION_WINDOW:
                self._signalled.pop(student, None)
                self._asked.pop(student, None)
        for student, pending in list(self._checking.items()):
            if now - pending.asked_at >= _RETRACTION_WINDOW:
                del self._checking[student]

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
