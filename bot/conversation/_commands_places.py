"""Commands around the school's network of places: a student picks an offered place; staff look them up.

/plek SESSION:QUESTION:PLACE is what an offered place's button sends (it is in nobody's menu): the place
becomes the student's answer ("Ik ga me aanmelden bij ...", or where they are going) and they read how to
sign up. /plekken [WORD] lists the places with their contact person, for mentors and coordinators.
"""

from __future__ import annotations

import logging

from bot.places import search
from dialogues import DialogueError
from dialogues.engine import SessionState, TextInput
from storage import Place, PlaceForStudent

from ._commands import Handler
from ._context import TurnContext
from ._conversations import Conversations
from ._entities import Block, Outgoing, small_id
from ._place_offers import OfferKind, PlaceOffers, offer_kind

__all__ = ["PlaceCommands"]

log = logging.getLogger("loopbaanbot.places")

_LISTED = 25


class PlaceCommands:
    """/plek (a student's pick from an offer) and /plekken (staff: the places, with contact persons)."""

    def __init__(self, talk: Conversations, offers: PlaceOffers) -> None:
        self.talk = talk
        self.texts = talk.texts
        self.offers = offers

    def handlers(self) -> dict[str, Handler]:
        """Command name → handler."""
        return {"plek": self.pick, "plekken": self.listing}

    async def pick(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """An offered place was tapped: it becomes the answer to the question it was offered at."""
        numbers = [small_id(part) for part in arg.split(":")]
        session = await ctx.session()
        if len(numbers) != 3 or None in numbers or session is None or session.id != numbers[0]:
            return [self.talk.note(ctx, "stale_button", kind="stale")]
        _, seq, place_id = numbers
        state = SessionState.model_validate(session.state)
        try:
            version = await self.talk.scripts.pinned(ctx.reads, session.script_hash)
        except DialogueError:
            return [self.talk.note(ctx, "stale_button", kind="stale")]
        kind = offer_kind(version.script, state.node)
        if kind is None or state.seq != seq or state.status != "active":
            return [self.talk.note(ctx, "stale_button", kind="stale")]
        place = next((p for p in await ctx.reads.places.offerable() if p.id == place_id), None)
        if place is None:
            # Removed or no longer offered since the student saw it.
            return [self.talk.note(ctx, "places.gone", kind="stale"), *await self.talk.current(ctx)]
        answer = self.texts.get(f"places.answer.{kind}", ctx.lang, naam=place.name)
        replies = await self.talk.event(ctx, session, TextInput(answer))
        after = ctx.known_session
        if after is not None and after.id == session.id and after.state.get("node") == state.node:
            return replies  # the conversation did not take it (it asked again): nothing was chosen
        landed = after if after is not None and after.id == session.id else session
        tx = await ctx.write()
        await tx.places.choose(
            ctx.student.id,
            place,
            experience_id=landed.experience_id,
            step_id=landed.step_id if kind == "step" else None,
            now=ctx.now,
        )
        log.info("place chosen student=%s session=%s place=%s", ctx.student.id, session.id, place.id)
        return [self._how_to_sign_up(ctx, kind, place), *replies]

    def _how_to_sign_up(self, ctx: TurnContext, kind: OfferKind, place: PlaceForStudent) -> Outgoing:
        if place.signup:
            return self.talk.note(ctx, f"places.chosen.{kind}", naam=place.name, aanmelden=place.signup)
        return self.talk.note(ctx, f"places.chosen.{kind}_ask", naam=place.name)

    async def listing(self, ctx: TurnContext, arg: str) -> list[Outgoing]:
        """The places (active ones, or those that fit a word), each with its contact person."""
        places = [p for p in await ctx.reads.places.listing() if p.active]
        wanted = " ".join(arg.split())
        if wanted:
            places = search(places, wanted, self.offers.matcher)
        if not places:
            key = "places.list.none_for" if wanted else "places.list.none"
            return [self.talk.note(ctx, key, zoek=wanted), *await self.talk.current(ctx)]
        blocks = tuple(self._block(ctx, place) for place in places[:_LISTED])
        title = self.texts.get("places.list.title", ctx.lang, aantal=str(len(places)))
        replies = [Outgoing(text=title, blocks=blocks, kind="overview")]
        if len(places) > _LISTED:
            replies.append(self.talk.note(ctx, "places.list.more", aantal=str(len(places) - _LISTED)))
        return [*replies, *await self.talk.current(ctx)]

    def _block(self, ctx: TurnContext, place: Place) -> Block:
        t = self.texts.get
        lines = [
            line
            for key, value in (
                ("places.field.sector", place.sector),
                ("places.field.location", place.location),
                ("places.field.activities", place.activities),
                ("places.field.signup", place.signup),
                ("places.field.contact_name", place.contact_name),
                ("places.field.contact_reach", place.contact_reach),
            )
            if value
            for line in [f"{t(key, ctx.lang)}: {' '.join(value.split())}"]
        ]
        return Block(place.name, tuple(lines))
