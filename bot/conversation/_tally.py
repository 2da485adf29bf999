"""Counts for the studio's figures, written in the transaction of each turn: never a word the student wrote.

Per question asked: when, whether and when it was answered, how many words were typed, whether an answer was
thin ("weet niet", too short: a follow-up was asked) or /help was used there, and the wording of an
experiment. The storage keeps running totals per version, question and wording (storage.TallyRepository).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from bot.non_answers import is_non_answer
from dialogues import ScriptVersion
from dialogues.engine import ChoiceInput, CommandInput, Event, SessionState, TextInput, Turn
from storage import SessionRecord, TallyStep, Transaction

__all__ = ["WORDING", "arm_of", "arms_of", "tally_turn"]

# The session context key that pins an experiment's wording for one question: "wording.<question>" = "0"|"1".
WORDING = "wording."
# Kinds whose follow-up after an answer means the answer was thin (a date asked again is not).
_OPEN_KINDS = frozenset({"question", "keyword", "contact"})


def arm_of(context: Mapping[str, str], node: str) -> int:
    """The wording of an experiment this conversation got at `node` (1 or 2), or 0 (no experiment)."""
    found = context.get(WORDING + node, "")
    return int(found) + 1 if found.isdigit() else 0


def arms_of(context: Mapping[str, str]) -> dict[str, int]:
    """Every experiment question of this conversation with the wording it got (1 or 2)."""
    return {
        key.removeprefix(WORDING): int(value) + 1
        for key, value in context.items()
        if key.startswith(WORDING) and value.isdigit()
    }


async def tally_turn(
    tx: Transaction,
    session: SessionRecord,
    version: ScriptVersion,
    before: SessionState | None,
    turn: Turn,
    event: Event | None,
    now: datetime,
) -> None:
    """Note what this turn did to the question the conversation waited at, and the next one it asks."""
    script, after = version.script, turn.state
    waited = before.node if before is not None and before.status != "finished" else None
    moved = waited is not None and (after.node != waited or after.status == "finished")
    thin = helps = 0
    words: int | None = None
    answered = False
    if before is not None and waited is not None and script.has_node(waited):
        node = script.node(waited)
        if isinstance(event, CommandInput) and event.name == "help":
            helps = 1
        elif isinstance(event, TextInput | ChoiceInput) and node.asks:
            resumed = before.status == "paused" and not moved
            typed = event.text if isinstance(event, TextInput) else None
            if typed is not None and not resumed:
                followed_up = not moved and after.attempts > before.attempts and node.kind_name in _OPEN_KINDS
                thin = int(is_non_answer(typed) or followed_up)
                words = len(typed.split())
            answered = moved
    finished: str | None = None
    asked: tuple[str, int] | None = None
    if after.status == "finished":
        if before is None or before.status != "finished":
            finished = after.node
    elif (before is None or moved) and script.has_node(after.node) and script.node(after.node).asks:
        asked = (after.node, arm_of(after.context, after.node))
    step = TallyStep(
        session.student_id,
        session.id,
        version.digest,
        now,
        thin=thin,
        helps=helps,
        words=words,
        answered=answered,
        asked=asked,
        finished=finished,
        arms=arms_of(after.context) if finished is not None else {},
    )
    if step.marks or answered or asked is not None or finished is not None:
        # One call: the store writes all of it in as few statements as it can (this runs every turn).
        await tx.tally.step(step)
