"""The commands everyone has: /start, /help, /hulplijnen, /stop, /verder, /taal."""

from __future__ import annotations

from dialogues.engine import CommandInput, SessionState
from storage import Role

from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Outgoing

__all__ = ["BasicCommands"]

_HELP = {Role.STUDENT: "help", Role.MENTOR: "help_mentor", Role.COORDINATOR: "help_coordinator"}


class BasicCommands:
    """Greeting, help, pausing and going on, and the language."""

    def __init__(self, talk: Conversations) -> None:
        self.talk = talk
        self.texts = talk.texts

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {
            "start": self.start,
            "help": self.help,
            "hulplijnen": self.help_lines,
            "stop": self.stop,
            "continue": self.go_on,
            "taal": self.language,
        }

    async def start(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Welcome, then where we were or what to do."""
        name = f" {ctx.student.display_name}" if ctx.student.display_name else ""
        key = "welcome" if ctx.student.role is Role.STUDENT else f"welcome_{ctx.student.role.value}"
        welcome = Outgoing(text=self.texts.get(key, ctx.lang, naam=name))
        current = await self.talk.current(ctx)
        return [welcome, *current] if current else [welcome, self.talk.menu(ctx)]

    async def help(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """What the bot does (for this person's role); in a conversation, the question again."""
        session = await ctx.session()
        if session is None:
            return [Outgoing(text=self.texts.get(_HELP[ctx.student.role], ctx.lang))]
        return await self.talk.event(ctx, session, CommandInput("help"))

    async def help_lines(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Where to get help, any time."""
        return [self.talk.note(ctx, "safety.lines_all"), *await self.talk.current(ctx)]

    async def stop(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Pause the conversation (everything stays)."""
        session = await ctx.session()
        if session is None:
            return [self.talk.note(ctx, "nothing_to_stop")]
        return await self.talk.event(ctx, session, CommandInput("stop"))

    async def language(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """Switch between Dutch and English, also in the middle of a question."""
        asked = arg.strip().lower()
        wanted = asked if asked in ("nl", "en") else ("en" if ctx.lang == "nl" else "nl")
        ctx.student = ctx.student.model_copy(update={"language": wanted})
        tx = await ctx.write()
        # Only the language: the remembered record may be older than, say, a retention notice.
        await tx.students.update(ctx.student.id, language=wanted)
        session = await ctx.session()
        if session is not None:
            # A follow-up on screen was worded in the old language: the question itself is asked again.
            state = SessionState.model_validate(session.state).model_copy(
                update={"language": wanted, "reprompt": ""}
            )
            changed = session.model_copy(update={"state": state.model_dump(mode="json")})
            ctx.remember(await tx.sessions.save(changed))
        return [self.talk.note(ctx, "language_switched"), *await self.talk.current(ctx)]

    async def go_on(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """/verder: the open conversation where it stopped ("main": the one under a follow-up)."""
        session = await ctx.session()
        if arg == "main" and session is not None and session.lane != "main":
            # "Go on" with the paused conversation the busy question was about: the follow-up on top closes.
            main = await ctx.reads.sessions.current(ctx.student.id, lane="main")
            if main is not None:
                await self.talk.abandon(ctx, session)
                ctx.remember(main)
                session = main
        if session is None:
            return [self.talk.note(ctx, "no_session"), self.talk.menu(ctx)]
        engine = self.talk.engine
        return await self.talk.run(ctx, session, lambda v, state: engine.resume(v.script, state))
