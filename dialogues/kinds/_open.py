"""An open question answered in free text (and the listening it does: feelings, non-answers, steps)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from dialogues._entities import SessionState
from dialogues._schema import CHOSEN_TARGETS, DATE_TARGETS, Phase, Target
from dialogues.language import is_action, names_no_step, quality, step_of_someone_else, weigh

from ._adding import added_feelings
from ._base import AskingKind, Finding, Graph
from ._listening import correction, feeling_answer, note_feelings
from ._turn import ANSWER_KEPT, MAX_RETRIES, Context, Render, Step, retry

__all__ = ["QuestionNode"]


class QuestionNode(AskingKind):
    """An open question answered in free text."""

    store_targets: ClassVar[frozenset[Target]] = frozenset(Target) - DATE_TARGETS - CHOSEN_TARGETS

    kind: Literal["question"]
    min_words: int = Field(default=3, ge=1, le=20)
    detect_emotion: bool = False
    # A plain "nee" is an answer here ("had je dit eerder?"): said kindly, and on to the next question.
    accept_no: bool = False
    # The answer must be something to do (a next step): "niks" gets one nudge, then nothing is stored.
    action: bool = False

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A date or a fixed value is not asked as free text."""
        if self.store is not None and self.store not in self.store_targets:
            key = "kind.question_date" if self.store in DATE_TARGETS else "kind.question_choice"
            yield Finding(key, ("store",), {"store": self.store.value})

    def records_emotion(self) -> bool:
        """When `detect_emotion` is on."""
        return self.detect_emotion

    def prompt(self, render: Render, state: SessionState, today: date) -> str:
        """The question, or "how did you feel then?" after the student corrected a feeling."""
        if state.pending is not None and state.pending.kind == "feeling":
            return render.catalog("feeling.ask", state)
        return super().prompt(render, state, today)

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """A full answer goes on; a short one gets a follow-up (a non-answer one, a short answer at most
        two), and is kept as a draft. A correction of a named feeling is taken first."""
        text = text if text is not None else chosen or ""
        state = ctx.state
        if state.pending is not None and state.pending.kind == "feeling":
            return feeling_answer(ctx, self.id, text)
        corrected = correction(ctx, text) if self.phase in _STORY_PHASES else None
        if corrected is not None:
            return corrected
        added = added_feelings(ctx, text) if self.phase in _STORY_PHASES else None
        step = self._answer(ctx, text)
        if added is not None:
            step.messages.insert(0, added)
        return step

    def _answer(self, ctx: Context, text: str) -> Step:
        """The answer itself: kept, followed up when short or empty, or a next step."""
        state = ctx.state
        weight = weigh(text, min_words=self.min_words)
        if weight == "no" and self.accept_no:
            state.answers[self.id] = ""
            return Step(
                next=self.next,
                messages=[
                    ctx.render.notice(
                        _NO_NOTES.get(self.phase, "answer.no") if self.phase else "answer.no", state
                    )
                ],
                effects=self.stored(text.strip()),
            )
        if self.action:
            return self._step(ctx, text)
        empty = weight in ("none", "no")
        # A non-answer gets one follow-up where the question has its own (a place or a date does not);
        # a short real answer gets up to two.
        tries = (1 if self.followups else 0) if empty and not state.draft else MAX_RETRIES
        if weight != "ok" and state.attempts < tries:
            if weight == "thin":
                # Keep the short answer: with the follow-up it often makes a whole one.
                state.draft = f"{state.draft}\n{text.strip()}".strip()
            state.attempts += 1
            return retry(ctx, self.followup_text(ctx))
        answer = f"{state.draft}\n{'' if empty else text.strip()}".strip()
        state.answers[self.id] = answer[:ANSWER_KEPT]
        step = Step(next=self.next, effects=self.stored(answer) if answer else [])
        if weight != "ok":
            step.messages.append(ctx.render.notice("thin.moving_on", state))
        if self.detect_emotion and answer:
            # The latest text is the real story; the short draft before it ("leuk") is the fallback.
            note_feelings(state, self.id, text, answer)
        return step

    def _step(self, ctx: Context, text: str) -> Step:
        """A next step: something to do. "niks" gets one concrete nudge; still nothing: no step at all."""
        state = ctx.state
        doing = is_action(text)
        if not doing and state.attempts < 1:
            state.attempts += 1
            step = retry(ctx, self.followup_text(ctx))
            if step_of_someone_else(text):
                # "mijn moeder gaat bellen": kind about the help, clear that a step is the student's own
                step.messages.insert(0, ctx.render.notice("step.theirs", state))
            return step
        # After the nudge, an answer that still names nothing ("niks", "ik zie wel") makes no step; one the
        # bot cannot place ("een rijles boeken") is kept: better a step in the student's words than none.
        if not doing and names_no_step(text):
            state.answers[self.id] = ""
            return Step(next=self.next, messages=[ctx.render.notice("step.none", state)])
        answer = " ".join(text.split())
        state.answers[self.id] = answer[:ANSWER_KEPT]
        return Step(next=self.next, effects=self.stored(answer))

    def is_full_answer(self, text: str) -> bool:
        """A full answer to an open question after a pause is kept, not thrown away for a "welcome back"."""
        return quality(text, min_words=max(self.min_words, 3)) == "ok"


_STORY_PHASES = frozenset({Phase.KLEIN_VERHAAL, Phase.VERBREDEN, Phase.VERDIEPEN})
_NO_NOTES = {Phase.VERBREDEN: "answer.no_elsewhere", Phase.VERDIEPEN: "answer.no_before"}
