"""Claiming a student's due nudges: what to ask now, what to put off, and what no longer needs asking."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from storage import Nudge, NudgeStatus, Transaction

from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Outgoing
from ._followups import Followup, followup_for

__all__ = ["FollowupOutcome", "FollowupRules", "claim_followups"]

# A student who answered within this time is in the middle of something: a follow-up waits a little.
_BUSY_FOR = timedelta(minutes=30)
# A follow-up the student started answering is theirs to finish: the next one waits up to a day for it.
_FOLLOW_UP_BUSY_FOR = timedelta(days=1)
# Sending: a claim whose message never left, found due again (its retry time passed); asked anew.
_ASKABLE = (NudgeStatus.PENDING, NudgeStatus.SENT, NudgeStatus.SENDING)


class FollowupRules(Protocol):
    """The parts of the nudge policy claiming needs (bot.nudges.NudgePolicy)."""

    @property
    def per_day(self) -> int:
        """Follow-up messages per student per day."""
        ...

    @property
    def retry_after(self) -> timedelta:
        """How long an unanswered follow-up waits before it is asked again."""
        ...

    @property
    def max_unanswered(self) -> int:
        """Unanswered follow-ups about one item before the bot stops asking."""
        ...

    def day_start(self, moment: datetime) -> datetime:
        """Local midnight of the day `moment` falls on."""
        ...

    def next_day(self, moment: datetime) -> datetime:
        """The next day's nudge time, at an allowed moment."""
        ...

    def next_allowed(self, moment: datetime) -> datetime:
        """The first moment at or after `moment` when a nudge may go out."""
        ...


@dataclass(frozen=True, slots=True)
class FollowupOutcome:
    """What became of a student's due nudges: the messages to send and the nudges they claim, or a delay."""

    messages: list[Outgoing] = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)
    deferred_until: datetime | None = None


async def _set(tx: Transaction, nudge: Nudge, now: datetime, **changes: object) -> None:
    await tx.nudges.save(nudge.model_copy(update={**changes, "updated_at": now}))


async def claim_followups(
    ctx: TurnContext,
    talk: Conversations,
    nudge_ids: list[int],
    rules: FollowupRules,
    owner: str | None = None,
) -> FollowupOutcome:
    """Claim the student's due nudges and start the first follow-up; the rest wait in its queue.

    The claim (status `sending`, the next retry as due time) is committed together with the follow-up's
    session; the dispatcher marks the nudges sent right before the message leaves. With `owner` (the
    instance that leased them), only nudges still leased to it are asked.
    """
    tx = await ctx.write()
    # Read again under the student's lock: an answer or a new date may have come in since they were listed.
    found = [await tx.nudges.get(nudge_id) for nudge_id in nudge_ids]
    nudges = [
        n
        for n in found
        if n is not None
        and n.status in _ASKABLE
        and n.due_at <= ctx.now
        and (owner is None or n.claimed_by == owner)
    ]
    if not nudges:
        return FollowupOutcome()
    if not ctx.known or not ctx.student.active:
        for nudge in nudges:
            await _set(tx, nudge, ctx.now, status=NudgeStatus.CANCELLED)
        return FollowupOutcome()
    until = await _wait_until(ctx, tx, rules)
    if until is not None:
        for nudge in nudges:
            await _set(tx, nudge, ctx.now, due_at=until)
        return FollowupOutcome(deferred_until=until)
    followups: list[Followup] = []
    for nudge in nudges:
        if nudge.status is NudgeStatus.SENT and nudge.attempts >= rules.max_unanswered:
            # Asked enough: stop asking. The mentor's summary shows it instead.
            await _set(tx, nudge, ctx.now, status=NudgeStatus.FLAGGED)
            continue
        followup = await followup_for(tx, nudge, texts=talk.texts, language=ctx.lang, today=ctx.today)
        if followup is None:
            await _set(tx, nudge, ctx.now, status=NudgeStatus.CANCELLED)
            continue
        followups.append(followup)
        asked = nudge.attempts - 1 if nudge.status is NudgeStatus.SENDING else nudge.attempts
        await _set(
            tx,
            nudge,
            ctx.now,
            status=NudgeStatus.SENDING,
            attempts=max(asked, 0) + 1,
            sent_at=ctx.now,
            due_at=rules.next_allowed(ctx.now + rules.retry_after),
        )
    if not followups:
        return FollowupOutcome()
    name = f" {ctx.student.display_name}" if ctx.student.display_name else ""
    key = "followup.intro_one" if len(followups) == 1 else "followup.intro_many"
    intro = talk.note(ctx, key, naam=name, aantal=str(len(followups)))
    started = await talk.start_followup(ctx, followups[0], [f.nudge_id for f in followups[1:]])
    return FollowupOutcome([intro, *started], [f.nudge_id for f in followups])


async def _wait_until(ctx: TurnContext, tx: Transaction, rules: FollowupRules) -> datetime | None:
    """When to come back instead of asking now: after today's messages, or once the student is done."""
    if rules.per_day > 0:
        today = rules.day_start(ctx.now)
        # Bounded by tomorrow: a demo run "in the future" must not count on every real day until then.
        tomorrow = rules.day_start(today + timedelta(hours=36))  # 36 h: safe across a DST change
        sent = await tx.nudges.messages_between(ctx.student.id, today, tomorrow)
        if sent >= rules.per_day:
            return rules.next_day(ctx.now)
    current = await ctx.session()
    if current is None or current.status != "active":
        return None
    if current.lane == "main":
        # Do not cut into a conversation the student is having right now.
        busy = ctx.now - current.updated_at < _BUSY_FOR
    else:
        # A follow-up the bot opened and the student never answered is not the student being busy.
        busy = current.updated_at > current.started_at and ctx.now - current.updated_at < _FOLLOW_UP_BUSY_FOR
    return rules.next_allowed(ctx.now + _BUSY_FOR) if busy else None
