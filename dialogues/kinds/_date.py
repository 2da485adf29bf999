"""A question answered with a date, confirmed in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import ClassVar, Literal

from dialogues._entities import Message, Pending, ScheduleCheckIn, SessionState
from dialogues._entities import Option as Button
from dialogues._schema import DATE_TARGETS, Target
from dialogues.language import format_date, is_no, is_yes, parse_date

from ._base import AskingKind, Finding, Graph
from ._turn import MAX_RETRIES, Context, Render, Step, retry

__all__ = ["DateNode"]

CHECK_IN_AFTER = timedelta(days=7)


def _confirming(state: SessionState) -> bool:
    pending = state.pending
    return pending is not None and pending.kind == "confirm_date"


class DateNode(AskingKind):
    """A question answered with a date, confirmed in words."""

    store_targets: ClassVar[frozenset[Target]] = DATE_TARGETS
    store_required: ClassVar[bool] = True

    kind: Literal["date"]
    tense: Literal["future", "past", "any"] = "future"
    allow_unknown: bool = True

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A date goes where the dossier keeps a date."""
        if self.store not in self.store_targets:
            targets = ", ".join(sorted(t.value for t in self.store_targets))
            yield Finding("kind.date_store", ("store",), {"allowed": targets})

    def prompt(self, render: Render, state: SessionState, today: date) -> str:
        """The question, or "<the date in words>, right?" while a date waits for confirmation."""
        pending = state.pending
        if pending is not None and pending.kind == "confirm_date" and pending.value:
            datum = format_date(date.fromisoformat(pending.value), language=state.language, today=today)
            text = render.catalog("date.confirm", state, datum=datum)
            return text[:1].upper() + text[1:]
        return super().prompt(render, state, today)

    def buttons(self, render: Render, state: SessionState) -> tuple[Button, ...]:
        """Yes and no while a date waits for confirmation."""
        if not _confirming(state):
            return ()
        return (
            Button("yes", render.catalog("date.confirm_yes", state)),
            Button("no", render.catalog("date.confirm_no", state)),
        )

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """A date is said back in words to confirm; one on the wrong side (past, future) is asked again."""
        state = ctx.state
        pending = state.pending
        if pending is not None and pending.kind == "confirm_date" and pending.value:
            if chosen == "yes" or (text is not None and is_yes(text)):
                day = date.fromisoformat(pending.value)
                state.answers[self.id] = format_date(day, language=state.language, today=ctx.today)
                return Step(next=self.next, effects=self.stored(day))
            if chosen == "no" or (text is not None and is_no(text)):
                state.pending = None
                state.seq += 1
                return Step(
                    messages=[
                        Message(ctx.render.catalog("date.again", state), seq=state.seq, kind="question")
                    ]
                )
        if text is None:
            return Step(stale=True)
        answer = parse_date(
            text,
            today=ctx.today,
            language=state.language,
            tense=self.tense,
            school_holidays=ctx.school_holidays,
        )
        if answer.kind == "unknown" and self.allow_unknown:
            return self._no_date(ctx, "date.unknown_past" if self.tense == "past" else "date.unknown")
        if answer.kind == "date" and answer.value is not None:
            day = answer.value
            datum = format_date(day, language=state.language, today=ctx.today)
            wrong_side = (self.tense == "future" and day < ctx.today) or (
                self.tense == "past" and day > ctx.today
            )
            if not wrong_side:
                state.pending = Pending(kind="confirm_date", value=day.isoformat())
                state.seq += 1
                return Step(messages=[ctx.question()])
            note = "date.past" if self.tense == "future" else "date.future"
            state.attempts += 1
            if state.attempts > MAX_RETRIES:
                return self._no_date(ctx, "date.gave_up_past" if self.tense == "past" else "date.gave_up")
            state.pending = None
            text = ctx.render.catalog(note, state, datum=datum)
            return retry(ctx, text[:1].upper() + text[1:])
        state.attempts += 1
        if state.attempts > MAX_RETRIES:
            return self._no_date(ctx, "date.gave_up_past" if self.tense == "past" else "date.gave_up")
        if answer.kind == "far":
            # "31-12-9999": a typo or a joke; either way not a date to plan around.
            return retry(ctx, ctx.render.catalog("date.far", state))
        return retry(ctx, ctx.render.catalog("date.unparsed", state))

    def _no_date(self, ctx: Context, note: str) -> Step:
        """Move on without a date; a next step without a date gets a check-in a week later."""
        ctx.state.answers[self.id] = ""
        effects = self.stored(None)
        if self.store is Target.STEP_DUE:
            effects.append(ScheduleCheckIn(on=ctx.today + CHECK_IN_AFTER, node=self.id))
        return Step(next=self.next, messages=[ctx.render.notice(note, ctx.state)], effects=effects)
