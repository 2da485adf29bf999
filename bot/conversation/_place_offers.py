"""Places of the school's network offered in a conversation: at the next-step question of a reflection,
and where a student preparing an experience says where they are going.

The offer comes after the question, as a short optional list with a button per place; the question and
the student's own answer stay as they are. A place is offered only when it fits what the student said
(bot.places.Matcher): their key words, what work they said fits them, where their experience was. With
no fit, nothing is offered. A student reads a place without its contact person (`offerable()`).
"""

from __future__ import annotations

import logging
from typing import Literal

from bot.places import MAX_OFFERED, Match, Matcher, Signal
from dialogues import Script, ScriptKind, Target, TextCatalog
from dialogues.engine import SessionState
from storage import PlaceForStudent, SessionRecord

from ._commands import short_label
from ._context import TurnContext
from ._entities import Button, Menu, Outgoing

__all__ = ["OfferKind", "PlaceOffers", "offer_kind"]

log = logging.getLogger("loopbaanbot.places")

# "step": the next step of a reflection (sign up at a place); "where": where a prepared experience is.
OfferKind = Literal["step", "where"]
_WHAT_SHOWN = 90
# How much each thing the student said counts: the work they named for themselves weighs most.
_ONTDEKT, _KERNWOORD, _PLACE, _EARLIER = 3, 2, 1, 1


def offer_kind(script: Script, node_id: str) -> OfferKind | None:
    """Whether places are offered at this question, and for what (by what it stores, not by its name)."""
    if not script.has_node(node_id):
        return None
    node = script.node(node_id)
    if not node.asks:
        return None
    marks = node.marks()
    if script.kind is ScriptKind.REFLECTION and Target.STEP_WHAT.value in marks:
        return "step"
    if script.kind is ScriptKind.PREPARATION and Target.EXPERIENCE_WHERE.value in marks:
        return "where"
    return None


def _short(text: str, limit: int = _WHAT_SHOWN) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


class PlaceOffers:
    """Finds the places that fit a student now and words the offer; the conversation adds it to a question."""

    def __init__(self, texts: TextCatalog, matcher: Matcher | None = None) -> None:
        self.texts = texts
        self.matcher = matcher or Matcher()

    async def after_question(
        self, ctx: TurnContext, session: SessionRecord, script: Script, state: SessionState
    ) -> list[Outgoing]:
        """The offer to show after the question the conversation waits at (none when nothing fits)."""
        kind = offer_kind(script, state.node)
        if kind is None or state.pending is not None:
            return []
        matches = await self.matching(ctx, session, kind)
        if not matches:
            return []
        log.info("places offered student=%s session=%s count=%d", ctx.student.id, session.id, len(matches))
        return [self.offer(ctx.lang, session.id, state.seq, kind, matches)]

    async def matching(
        self, ctx: TurnContext, session: SessionRecord, kind: OfferKind
    ) -> list[Match[PlaceForStudent]]:
        """The places that fit what this student said, best first (at most three)."""
        places = await ctx.view.places.offerable()
        if not places:
            return []
        chosen = {
            c.place_id for c in await ctx.reads.places.choices(ctx.student.id) if c.place_id is not None
        }
        signals = await self._signals(ctx, session, kind)
        return self.matcher.match(places, signals, limit=MAX_OFFERED, skip=chosen)

    async def _signals(self, ctx: TurnContext, session: SessionRecord, kind: OfferKind) -> list[Signal]:
        """What the dossier says the student looks for: in this experience, and (less) in earlier ones."""
        dossier = await ctx.reads.dossier.dossier(ctx.student.id)
        # Preparing, the student has said nothing yet in this conversation: earlier key words weigh more.
        earlier = _KERNWOORD if kind == "where" else _EARLIER
        signals: list[Signal] = []
        for item in dossier.experiences:
            entry, experience = item.entry, item.experience
            current = experience.id == session.experience_id
            if entry.kernwoord:
                signals.append(Signal(entry.kernwoord, _KERNWOORD if current else earlier))
            if entry.ontdekt:
                signals.append(Signal(entry.ontdekt, _ONTDEKT if current else earlier))
            if current and experience.place and kind == "step":
                signals.append(Signal(experience.place, _PLACE))
        return signals

    def offer(
        self, language: str, session_id: int, seq: int, kind: OfferKind, matches: list[Match[PlaceForStudent]]
    ) -> Outgoing:
        """ "Deze plekken kent school: ..." with a button per place (the student may also just answer)."""
        t = self.texts.get
        lines = [t(f"places.offer.{kind}", language)]
        for match in matches:
            place = match.place
            where = t("places.offer.where_is", language, plaats=place.location) if place.location else ""
            what = f": {_short(place.activities)}" if place.activities else ""
            lines.append(f"• {place.name}{where}{what}")
        pick = t(f"places.offer.pick_{kind}", language)
        buttons = tuple(
            Button(short_label(m.place.name), Menu("plek", f"{session_id}:{seq}:{m.place.id}"))
            for m in matches
        )
        return Outgoing(text="\n".join(lines) + "\n\n" + pick, buttons=buttons, kind="question")
