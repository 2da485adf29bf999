"""What a node kind sees of the engine during one turn, and what taking an answer produces."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from dialogues._entities import Effect, Message, SessionState
from dialogues._entities import Option as Button
from dialogues._schema import Texts
from dialogues.language import SchoolBreak

if TYPE_CHECKING:
    from dialogues._catalog import TextCatalog

__all__ = ["ANSWER_KEPT", "MAX_RETRIES", "Context", "Render", "Step", "ask_again", "retry"]

# The state keeps enough of an answer to quote it back and to know it was given; the dossier has it all.
ANSWER_KEPT = 200
# A student is asked again at most twice; then the conversation moves on: never trap them in a loop.
MAX_RETRIES = 2


class Render(Protocol):
    """The engine's rendering of texts, as a node kind uses it (dialogues.engine's Renderer)."""

    @property
    def texts(self) -> TextCatalog:
        """The engine's catalogue of fixed texts."""
        ...

    def script_text(self, texts: Texts, state: SessionState, variant: int = 0) -> str:
        """One variant of a script text in the session's language, placeholders filled."""
        ...

    def fill(self, text: str, state: SessionState) -> str:
        """`text` with its placeholders filled from the session."""
        ...

    def catalog(self, key: str, state: SessionState, **params: str) -> str:
        """A catalogue text in the session's language."""
        ...

    def notice(self, key: str, state: SessionState, **params: str) -> Message:
        """A short note from the catalogue, not a question."""
        ...


class Context(Protocol):
    """One turn of one conversation as a node kind sees it; the engine implements it and does no I/O."""

    @property
    def state(self) -> SessionState:
        """The session; a kind changes it in place (the engine gave it a copy for this turn)."""
        ...

    @property
    def render(self) -> Render:
        """Texts in the session's language."""
        ...

    @property
    def today(self) -> date:
        """The date of this turn."""
        ...

    @property
    def rng(self) -> random.Random:
        """The engine's random source (variants, example words): deterministic in tests."""
        ...

    @property
    def school_holidays(self) -> tuple[SchoolBreak, ...]:
        """The school's holidays, for dates like "na de kerstvakantie" (none when the school gave none)."""
        ...

    @property
    def script_id(self) -> str:
        """The id of the script being run."""
        ...

    @property
    def followups(self) -> Texts | None:
        """The script's follow-up questions for short answers (a node's own come first)."""
        ...

    def question(self) -> Message:
        """The current question as the student should see it now."""
        ...

    def options(self) -> tuple[Button, ...]:
        """The buttons of the current question."""
        ...

    def pick(self, texts: Texts) -> int:
        """The variant of `texts` for this conversation (they take turns over conversations)."""
        ...

    def say(self, message: Message) -> None:
        """Send `message` to the student in this turn."""
        ...

    def effect(self, effect: Effect) -> None:
        """Add `effect` (store, finish, ...) to this turn."""
        ...


@dataclass(slots=True)
class Step:
    """The outcome of one answer: `next` is set when the node is done."""

    next: str | None = None
    messages: list[Message] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    stale: bool = False


def ask_again(ctx: Context, *notes: Message) -> Step:
    """The notes, then the current question again."""
    return Step(messages=[*notes, ctx.question()])


def retry(ctx: Context, text: str) -> Step:
    """Ask a follow-up in place of the question (no buttons change); after a restart it is asked again."""
    ctx.state.reprompt = text
    return Step(messages=[Message(text=text, options=ctx.options(), seq=ctx.state.seq, kind="question")])
