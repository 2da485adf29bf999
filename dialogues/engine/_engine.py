"""The dialogue engine: a pure state machine from (script, state, event) to (state, messages, effects)."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from datetime import date

from dialogues._catalog import TextCatalog, fill
from dialogues._entities import (
    ChoiceInput,
    CommandInput,
    Event,
    Finished,
    Message,
    SessionState,
    Store,
    TextInput,
    Turn,
    UnsupportedInput,
)
from dialogues._errors import EngineError
from dialogues._schema import Case, Condition, Language
from dialogues._script import Script
from dialogues.kinds import BranchNode, EndNode, QuestionNode, SayNode, SetNode
from dialogues.language import quality

from ._nodes import take_answer
from ._render import AskingNode, Renderer, is_asking

__all__ = ["Engine"]

# Say and branch nodes are passed without input; a script that loops through them forever is a bug.
_MAX_AUTO_STEPS = 200


class Engine:
    """Runs scripts; deterministic given the injected `today` and `rng`, and never does I/O."""

    def __init__(
        self, *, texts: TextCatalog, today: Callable[[], date], rng: random.Random | None = None
    ) -> None:
        self._render = Renderer(texts)
        self._today = today
        self._rng = rng or random.Random()

    def start(
        self,
        script: Script,
        *,
        script_hash: str,
        language: Language,
        context: Mapping[str, str] | None = None,
        at: str | None = None,
    ) -> Turn:
        """Begin a conversation (at its start, or at node `at`): everything up to the first question."""
        if at is not None and at not in script.entries:
            raise EngineError(f"script '{script.id}' has no entry '{at}'")
        state = SessionState(
            script_id=script.id,
            script_hash=script_hash,
            language=language,
            node=at or script.start,
            context=dict(context or {}),
        )
        turn = Turn(state=state)
        self._advance(script, turn)
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
        if (
            st.status == "paused"
            and isinstance(event, TextInput)
            and not self._is_real_answer(script, st, event)
        ):
            # After a pause the first words are usually a greeting, not an answer: show where we were.
            return self.resume(script, st)
        st.status = "active"
        node = script.node(st.node)
        if not is_asking(node):
            raise EngineError(f"session waits at node '{node.id}', which asks nothing")
        asking: AskingNode = node  # type: ignore[assignment]
        step = take_answer(script, st, asking, event, render, self._today(), self._rng)
        if step.stale:
            turn.outcome = "stale"
            turn.messages.append(render.notice("stale_button", st))
            return turn
        turn.messages += step.messages
        turn.effects += step.effects
        if step.next is not None:
            st.node = step.next
            self._advance(script, turn)
        return turn

    def resume(self, script: Script, state: SessionState) -> Turn:
        """Pick a conversation up again: "we waren gebleven bij ..." and the current question."""
        turn = Turn(state=state.copy_for_turn())
        turn.state.status = "active"
        turn.messages += [self._render.notice("resume", turn.state), self._question(script, turn.state)]
        return turn

    def current(self, script: Script, state: SessionState) -> Turn:
        """The current question again, unchanged state (for re-rendering after a restart)."""
        turn = Turn(state=state.copy_for_turn())
        turn.messages.append(self._question(script, turn.state))
        return turn

    def _question(self, script: Script, state: SessionState) -> Message:
        return self._render.question(script, state, self._today())

    def _advance(self, script: Script, turn: Turn) -> None:
        """Walk through say and branch nodes until a question or the end."""
        st = turn.state
        for _ in range(_MAX_AUTO_STEPS):
            node = script.node(st.node)
            st.attempts, st.draft, st.pending = 0, "", None
            if isinstance(node, SayNode):
                turn.messages.append(
                    Message(self._render.script_text(node.text, st, self._pick(node.text, st)))
                )
                st.node = node.next or ""
            elif isinstance(node, BranchNode):
                st.node = next((case.next for case in node.cases if self._holds(case, st)), node.otherwise)
            elif isinstance(node, SetNode):
                turn.effects.extend(
                    Store(
                        target,
                        fill(value, lambda name: self._render.value(st, name)),
                        node.id,
                        node.competency,
                    )
                    for target, value in node.values.items()
                )
                st.node = node.next or ""
            elif isinstance(node, EndNode):
                if node.text:
                    turn.messages.append(
                        Message(self._render.script_text(node.text, st, self._pick(node.text, st)))
                    )
                st.status = "finished"
                turn.effects.append(Finished(script.id, then=node.then))
                return
            else:
                st.seq += 1
                st.variant = self._pick(node.text, st)
                turn.messages.append(self._question(script, st))
                return
        raise EngineError(f"script '{script.id}' loops through say/branch nodes without asking anything")

    @staticmethod
    def _is_real_answer(script: Script, state: SessionState, event: TextInput) -> bool:
        """A full answer to an open question after a pause is kept, not thrown away for a "welcome back"."""
        node = script.node(state.node)
        return (
            isinstance(node, QuestionNode) and quality(event.text, min_words=max(node.min_words, 3)) == "ok"
        )

    def _pick(self, texts: Mapping[str, list[str]], state: SessionState) -> int:
        variants = texts.get(state.language) or next(iter(texts.values()))
        return self._rng.randrange(len(variants))

    @staticmethod
    def _holds(case: Case, state: SessionState) -> bool:
        when: Condition = case.when
        if when.emotion:
            return when.emotion in state.emotions
        if when.answered:
            return bool(state.answers.get(when.answered))
        if when.choice:
            return state.choices.get(when.choice["node"]) == when.choice["value"]
        return bool(state.context.get(when.context or ""))
