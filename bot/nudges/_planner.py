"""Derive follow-ups from what a turn stored, inside the turn's own transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from dialogues import ScriptKind, Target
from dialogues.engine import Effect, Finished, SaveContact, ScheduleCheckIn, Store
from storage import NudgeKind, SessionRecord, StepStatus, Transaction

from ._policy import NudgePolicy

__all__ = ["ACTIVE_STEP", "NudgePlanner"]

# A step the student still means to take (changed = adjusted, still going).
ACTIVE_STEP = (StepStatus.OPEN, StepStatus.CHANGED)
# Ask about a contact a little after the step they help with, so the two do not arrive together.
_CONTACT_AFTER_STEP = timedelta(days=2)
_CONTACT_WITHOUT_DATE = timedelta(days=7)
# New answers are kept within two years (dialogues.language); an older database may hold "9999-12-31".
# Nothing is planned that far out, and date arithmetic near date.max must not overflow.
_TOO_FAR = date(9000, 1, 1)


def _after(day: date, delta: timedelta) -> date:
    """`day + delta`, or date.max instead of an OverflowError."""
    return day + delta if day < date.max - delta else date.max


def _stored(effects: Sequence[Effect], target: Target) -> list[Store]:
    return [e for e in effects if isinstance(e, Store) and e.target is target]


class NudgePlanner:
    """Plans, moves and cancels nudges; only effects that change a date or a status make it work."""

    def __init__(self, policy: NudgePolicy) -> None:
        self.policy = policy
        self._listeners: list[Callable[[datetime], None]] = []

    def on_planned(self, listener: Callable[[datetime], None]) -> None:
        """Call `listener(due_at)` for every nudge planned (the scheduler wakes up earlier if needed)."""
        self._listeners.append(listener)

    async def _plan(
        self, tx: Transaction, student_id: int, kind: NudgeKind, item_id: int, day: date, now: datetime
    ) -> None:
        if day >= _TOO_FAR:
            return
        due_at = self.policy.due_on(day, now=now)
        await tx.nudges.schedule(student_id, kind, item_id, due_at=due_at, now=now)
        for listener in self._listeners:
            listener(due_at)

    async def after_turn(
        self,
        tx: Transaction,
        session: SessionRecord,
        effects: Sequence[Effect],
        *,
        kind: ScriptKind,
        now: datetime,
    ) -> None:
        """Bring the nudges in line with what this turn stored."""
        if not effects:
            return
        student = session.student_id
        if session.step_id is not None:
            await self._step(tx, session, effects, now)
        if session.contact_id is not None:
            if _stored(effects, Target.CONTACT_LAST_CONTACT):
                await tx.nudges.cancel(NudgeKind.CONTACT, session.contact_id, now=now)
            elif kind is ScriptKind.REFLECTION and any(isinstance(e, SaveContact) for e in effects):
                await self._contact(tx, session, now)
        if session.experience_id is not None:
            if kind is ScriptKind.PREPARATION:
                for store in _stored(effects, Target.EXPERIENCE_WHEN):
                    if isinstance(store.value, date):
                        next_day = _after(store.value, timedelta(days=1))
                        await self._plan(tx, student, NudgeKind.REFLECT, session.experience_id, next_day, now)
            elif kind is ScriptKind.REFLECTION and any(isinstance(e, Finished) for e in effects):
                await tx.nudges.cancel(NudgeKind.REFLECT, session.experience_id, now=now)

    async def _step(
        self, tx: Transaction, session: SessionRecord, effects: Sequence[Effect], now: datetime
    ) -> None:
        assert session.step_id is not None
        step_id, student = session.step_id, session.student_id
        statuses = {str(s.value) for s in _stored(effects, Target.STEP_STATUS)}
        if statuses & {StepStatus.DONE.value, StepStatus.DROPPED.value}:
            for kind in (NudgeKind.STEP, NudgeKind.CHECK_IN):
                await tx.nudges.cancel(kind, step_id, now=now)
            return
        for store in _stored(effects, Target.STEP_DUE):
            if isinstance(store.value, date):
                await tx.nudges.cancel(NudgeKind.CHECK_IN, step_id, now=now)
                await self._plan(tx, student, NudgeKind.STEP, step_id, store.value, now)
                await self._move_contact(tx, session, store.value, now)
        for check_in in (e for e in effects if isinstance(e, ScheduleCheckIn)):
            await tx.nudges.cancel(NudgeKind.STEP, step_id, now=now)
            await self._plan(tx, student, NudgeKind.CHECK_IN, step_id, check_in.on, now)

    async def _move_contact(self, tx: Transaction, session: SessionRecord, due: date, now: datetime) -> None:
        """The question about the helper follows the step it helps with, if it is still to be asked."""
        step = await tx.dossier.get_step(session.step_id) if session.step_id is not None else None
        if step is None or step.helper_contact_id is None:
            return
        live = await tx.nudges.live_for(session.student_id)
        if any(n.kind is NudgeKind.CONTACT and n.item_id == step.helper_contact_id for n in live):
            await self._plan(
                tx,
                session.student_id,
                NudgeKind.CONTACT,
                step.helper_contact_id,
                _after(due, _CONTACT_AFTER_STEP),
                now,
            )

    async def _contact(self, tx: Transaction, session: SessionRecord, now: datetime) -> None:
        assert session.contact_id is not None
        step = await tx.dossier.get_step(session.step_id) if session.step_id is not None else None
        anchor = (step.due or step.check_in_on) if step is not None else None
        today = now.astimezone(self.policy.tz).date()
        day = _after(anchor, _CONTACT_AFTER_STEP) if anchor else today + _CONTACT_WITHOUT_DATE
        await self._plan(tx, session.student_id, NudgeKind.CONTACT, session.contact_id, day, now)
