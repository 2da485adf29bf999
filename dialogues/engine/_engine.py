"""The dialogue engine: a pure state machine from (script, state, event) to (state, messages, effects)."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from dialogues._catalog import TextCatalog
from dialogues._entities import (
    ChoiceInput,
    CommandInput,
    Event,
    Message,
    SessionState,
    TextInput,
    Turn,
    UnsupportedInput,
)
from dialogues._errors import EngineError
from dialogues._schema import Language
from dialogues._script import Script
from dialogues.language import SchoolBreak

from ._nodes import TurnContext, take_answer
from ._render import Renderer

__all__ = ["Engine"]

# Say and branch nodes are passed without input; a script that loops through them forever is a bug.
_MAX_AUTO_STEPS = 200


class Engine:
    """Runs scripts; deterministic given the injected `today` and `rng`, and never does I/O."""

    def __init__(
        self,
        *,
        texts: TextCatalog,
        today: Callable[[], date],
        rng: random.Random | None = None,
        variant: int | None = None,
        school_holidays: Sequence[SchoolBreak] = (),
    ) -> None:
        """`variant` shows that variant of every text (0 is the first; it wraps) instead of a random one:
        for the studio's preview, where a coordinator picks which variant to see."""
        self._render = Renderer(texts)
        self._today = today
        self._rng = rng or random.Random()
        self._variant = variant
        # The school's holidays, for answers like "na de kerstvakantie" (see dialogues.language).
        self._holidays = tuple(school_holidays)

    def start(
        self,
        script: Script,
        *,
        script_hash: str,
        language: Language,
        context: Mapping[str, str] | None = None,
        at: str | None = None,
        rotation: int = 0,
    ) -> Turn:
        """Begin a conversation (at its start, or at node `at`): everything up to the first question.

        `rotation` is how many conversations the student had before: texts with variants use the next one.
        """
        if at is not None and at not in script.entries:
            raise EngineError(f"script '{script.id}' has no entry '{at}'")
        state = SessionState(
            script_id=script.id,
            script_hash=script_hash,
            language=language,
            node=at or script.start,
            context=dict(context or {}),
            rotation=rotation,
        )
        turn = Turn(state=state)
        self._advance(self._context(script, turn))
        return turn

    def handle(self, script: Script, state: SessionState, event: Event) -> Turn:
        """Take one event from the student; `state` itself is never modified."""
        turn = Turn(state=state.copy_for_turn())
        st = turn.state
        render = self._render
        if st.status == "finished":
            turn.outcome = "finished"
            turn.messages.append(render.notice("already_finished", st))
            return turn
        if isinstance(event, CommandInput):
            if event.name == "stop":
                st.status = "paused"
                turn.messages.append(render.notice("stopped", st))
            else:
                st.status = "active"
                turn.messages += [render.notice("help", st), self._question(script, st)]
            return turn
        if isinstance(event, UnsupportedInput):
            key = f"unsupported.{event.kind}" if event.kind in ("voice", "sticker") else "unsupported.other"
            turn.messages += [render.notice(key, st), self._question(script, st)]
            return turn
        if isinstance(event, ChoiceInput) and event.seq != st.seq:
            turn.outcome = "stale"
            turn.messages.append(render.notice("stale_button", st))
            return turn
        node = script.node(st.node)
        # A full answer to an open question after a pause is kept, not thrown away for a "welcome back";
        # the first words after a pause are usually a greeting, not an answer: show where we were.
        if st.status == "paused" and isinstance(event, TextInput) and not node.is_full_answer(event.text):
            return self.resume(script, st)
        st.status = "active"
        if not node.asks:
            raise EngineError(f"session waits at node '{node.id}', which asks nothing")
        ctx = self._context(script, turn)
        step = take_answer(ctx, node, event)
        if step.stale:
            turn.outcome = "stale"
            turn.messages.append(render.notice("stale_button", st))
            return turn
        turn.messages += step.messages
        turn.effects += step.effects
        if step.next is not None:
            st.node = step.next
            self._advance(ctx)
        return turn

    def resume(self, script: Script, state: SessionState) -> Turn:
        """Pick a conversation up again: "we waren gebleven bij ..." and the current question."""
        turn = Turn(state=state.copy_for_turn())
        turn.state.status = "active"
        turn.messages += [self._render.notice("resume", turn.state), self._question(script, turn.state)]
        return turn

    def current(self, script: Script, state: SessionState, *, variant: int | None = None) -> Turn:
        """The current question again, unchanged state (for re-rendering after a restart).

        With `variant`, the question is shown in that variant (the studio's preview); the turn's state
        keeps it, so the next turns quote the same one.
        """
        turn = Turn(state=state.copy_for_turn())
        if variant is not None:
            turn.state.variant = variant
        turn.messages.append(self._question(script, turn.state))
        return turn

    def _question(self, script: Script, state: SessionState) -> Message:
        return self._render.question(script, state, self._today())

    def _context(self, script: Script, turn: Turn) -> TurnContext:
        return TurnContext(
            script, self._render, self._today(), self._rng, turn, self._variant, self._holidays
        )

    @staticmethod
    def _advance(ctx: TurnContext) -> None:
        """Walk through say, branch and set nodes until a question or the end; each kind does its part."""
        script, st = ctx.script, ctx.state
        for _ in range(_MAX_AUTO_STEPS):
            node = script.node(st.node)
            st.attempts, st.draft, st.pending, st.reprompt = 0, "", None, ""
            onward = node.enter(ctx)
            if onward is None:
                return
            st.node = onward
        raise EngineError(f"script '{script.id}' loops through say/branch nodes without asking anything")
