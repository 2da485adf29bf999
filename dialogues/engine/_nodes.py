"""The engine's side of the node kinds: the context a kind acts in during a turn, and handing it an answer."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from dialogues._entities import ChoiceInput, Effect, Message, Option, SessionState, TextInput, Turn
from dialogues._schema import Texts
from dialogues._script import Script
from dialogues.kinds import NodeKind, Step
from dialogues.language import SchoolBreak

from ._render import Renderer

__all__ = ["TurnContext", "take_answer"]

_MAX_ANSWER = 20_000


@dataclass(slots=True)
class TurnContext:
    """One turn of one conversation, as the node kinds see it (dialogues.kinds.Context)."""

    script: Script
    render: Renderer
    today: date
    rng: random.Random
    turn: Turn
    # A fixed variant for every text (the studio's preview), else a random one.
    variant: int | None = None
    school_holidays: tuple[SchoolBreak, ...] = ()

    @property
    def state(self) -> SessionState:
        """The turn's copy of the session."""
        return self.turn.state

    @property
    def script_id(self) -> str:
        """The id of the script being run."""
        return self.script.id

    @property
    def followups(self) -> Texts | None:
        """The script's follow-up questions for short answers."""
        return self.script.followups

    def question(self) -> Message:
        """The current question as the student should see it now."""
        return self.render.question(self.script, self.turn.state, self.today)

    def options(self) -> tuple[Option, ...]:
        """The buttons of the current question."""
        return self.render.options(self.script, self.turn.state)

    def pick(self, texts: Texts) -> int:
        """The variant of `texts` for this conversation: the fixed one when set (a preview), the wording an
        experiment gave this conversation for the current node (context "wording.<node>"), else they take
        turns over the student's conversations."""
        variants = texts.get(self.turn.state.language) or next(iter(texts.values()))
        if self.variant is not None:
            return self.variant % len(variants)
        pinned = self.turn.state.context.get(f"wording.{self.turn.state.node}", "")
        if pinned.isdigit():
            return int(pinned) % len(variants)
        return self.turn.state.rotation % len(variants)

    def say(self, message: Message) -> None:
        """Send `message` in this turn."""
        self.turn.messages.append(message)

    def effect(self, effect: Effect) -> None:
        """Add `effect` to this turn."""
        self.turn.effects.append(effect)


def take_answer(ctx: TurnContext, node: NodeKind, event: TextInput | ChoiceInput) -> Step:
    """Give the student's answer to the node waiting for it; the turn's state is updated in place."""
    if isinstance(event, ChoiceInput):
        options = ctx.options()
        if not 0 <= event.index < len(options):
            return Step(stale=True)
        return node.take(ctx, None, options[event.index].value)
    return node.take(ctx, event.text[:_MAX_ANSWER], None)
