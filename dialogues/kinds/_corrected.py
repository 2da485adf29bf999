"""The feelings after a correction, said back with the fitting acknowledgement; a doubt settled."""

from __future__ import annotations

import re

from dialogues._entities import EmotionNote, Message
from dialogues.language import Reading, fold

from ._turn import Context, Step

__all__ = ["chosen", "in_order", "said_corrected"]


def chosen(notes: list[EmotionNote], reading: Reading, folded: str) -> list[EmotionNote]:
    """Of two doubted feelings, the one the answer names alone and not denied ("boos", "ja boos", "ik was
    gewoon moe"), or both ("allebei"); none when the feelings were no doubt or the answer settles nothing."""
    if not notes or not all(n.doubt for n in notes):
        return []
    if _BOTH.match(folded):
        return [n.model_copy(update={"doubt": False, "sequel": False}) for n in notes]
    families = {f.family for f in reading.own if not f.negated}
    denied = {f.family for f in reading.denied}
    if not families and len(denied & {n.family for n in notes}) == 1:
        families = {n.family for n in notes} - denied  # "niet boos": the other one of the two
    named = [n for n in notes if n.family in families]
    if len(named) != 1 or families - {n.family for n in notes}:
        return []
    return [named[0].model_copy(update={"doubt": False, "sequel": False})]


_BOTH = re.compile(r"^\W*(?:ja,? |yeah,? |denk )?(?:allebei|alle twee|beide|beiden|both)\b")


def in_order(notes: list[EmotionNote], folded: str) -> list[EmotionNote]:
    """Notes in the order the student said them."""
    return sorted(notes, key=lambda n: p if (p := folded.find(fold(n.word))) >= 0 else len(folded))


def said_corrected(ctx: Context, new: list[EmotionNote], *, agreed: bool = False) -> Step:
    """The corrected feelings kept, said back, and the question asked again."""
    state = ctx.state
    before = {n.family for n in state.feelings}
    after = {n.family for n in new}
    # "blij is te zwak, ik was super blij": the same feeling, said stronger; nothing was wrong.
    same = [n.family for n in new] == [n.family for n in state.feelings]
    # "vooral boos" after "Je twijfelt tussen verdrietig en boos": the doubt settled, nothing was wrong.
    settled = bool(state.feelings) and all(n.doubt for n in state.feelings) and after <= before
    # "klopt half, ik was ook moe": every named one kept and one more, so nothing was wrong either; "ja klopt,
    # vooral dat zenuwachtig en ook een beetje blij": agreeing, and one more told.
    more = (not same and before <= after) or (agreed and bool(after - before))
    # "ja klopt helemaal, vooral dat trots": one of the named kept, nothing new said: heard, not a mistake.
    narrowed = agreed and bool(new) and after < before
    state.feelings = new
    for key in list(state.emotions):
        state.emotions[key] = new[0]
    said = ctx.render.fill("{gevoelens}", state)
    key = "feeling.kept" if same or settled or narrowed else "feeling.added" if more else "feeling.corrected"
    ack = Message(ctx.render.catalog(key, state, gevoelens=said), kind="notice")
    question = ctx.question()
    # The question may name the feelings itself; then the acknowledgement already did.
    text_again = question.text.replace(said, "").strip() or question.text
    return Step(messages=[ack, Message(text_again, question.options, question.seq, question.kind)])
