"""Feelings added to the ones the bot said back ("ja, en daarna ook opgelucht"), and a plain "klopt!"."""

from __future__ import annotations

import re

from dialogues._entities import Message
from dialogues.language import fold, read_feelings, words

from ._choosing import emoji_beside_words
from ._listening import (
    clause_around,
    known_names,
    named_in_question,
    notes_of,
    of_another_time,
)
from ._reply_words import FILLERS
from ._turn import Context

__all__ = ["added_feelings"]


def added_feelings(ctx: Context, text: str) -> Message | None:
    """The feelings said back again after they were named: more of them told ("ja, en daarna ook
    opgelucht") are noted beside them, a plain "klopt!" is thanked for; in a notice, and the answer goes on
    as the answer to the question."""
    state = ctx.state
    if not state.feelings or not named_in_question(ctx):
        return None
    held = {n.family for n in state.feelings}
    folded = fold(text)
    # A feeling told as one more ("en ook", "maar daarna", "also"), or one the student says they had ("toen
    # was ik trots"); not "als het fout was gegaan was ik boos geweest", "normaal ben ik zenuwachtig", "I hope
    # I won't be nervous" or "zij vinden het saai, ik niet".
    fresh = []
    # "opgelucht." after two feelings said back: one more state (after one, it is the word instead:
    # correction()); not "prima", "fine", "ok" that go on.
    told = words(text)
    one_word = len(state.feelings) > 1 and len(told) == 1 and told[0] not in FILLERS
    if not _NOT_ME_EITHER.search(folded) and (_ADDING.search(folded) or _ME.search(folded) or one_word):
        reading = read_feelings(text, state.language, known_names(state))
        emoji = emoji_beside_words(reading, folded)
        fresh = [
            f
            for f in reading.own
            if f.family not in held
            and f.family not in emoji
            and f.family not in state.denied
            and not f.negated
            and not _UNREAL.search(_WHETHER.sub(" ", clause_around(folded, f.start, _CLAUSE_BREAK)))
            and not _SUPPOSE.search(_sentence_before(folded, f.start))
            and not _SAID.search(_sentence_before(folded, f.start))
            # not of another day ("de eerste dag was ik nog zenuwachtig, nu niet meer")
            and not of_another_time(folded, f.start)
            and (f.frame == "state" or not one_word)
        ]
    if not fresh:
        if _AGREED_START.match(folded):
            # "klopt helemaal!", "ja precies, machteloos": heard, and said back once more.
            said = ctx.render.fill("{gevoelens}", state)
            return Message(ctx.render.catalog("feeling.kept", state, gevoelens=said), kind="notice")
        return None
    later = bool(_LATER.search(folded))
    added = [
        n.model_copy(update={"sequel": n.sequel or (i == 0 and later)}) for i, n in enumerate(notes_of(fresh))
    ]
    state.feelings = [*state.feelings, *added][-3:]
    said = ctx.render.fill("{gevoelens}", state)
    return Message(ctx.render.catalog("feeling.added", state, gevoelens=said), kind="notice")


def _sentence_before(folded: str, at: int) -> str:
    return folded[max((m.end() for m in _SENTENCE_END.finditer(folded, 0, at)), default=0) : at]


_SENTENCE_END = re.compile(r"[.!?\n]")
# "stel je voor dat ik boos was geworden", "what if I had been scared": only supposed.
# "mijn collega zei daarna: ik ben trots op je", "daarna vroeg mijn baas of ik het leuk vond": theirs.
_SAID = re.compile(r"\b(?:zei|zegt|zeiden|vroeg|vroegen|said|says|asked|told)\b")
_SUPPOSE = re.compile(r"\b(?:stel|als|imagine|if|what if|suppose)\b")
_CLAUSE_BREAK = re.compile(r"[.!?,;]|\b(?:want|omdat|dat|maar|because|that|but)\b")
# "klopt helemaal!", "ja precies", "yes exactly": the feelings said back were right.
_AGREED_START = re.compile(
    r"^\W*(?:ja+,? )?(?:klopt|precies|inderdaad|exact|helemaal waar|yes exactly|exactly|that'?s right|"
    r"true|yep that'?s it|yes that'?s it|"
    # "nee echt wel", "nee joh, zeker wel": a Dutch yes with a "nee" first
    r"nee+[ ,!]+(?:(?:joh|hoor|man)[ ,!]+)?(?:echt|zeker|juist|heus|toch) wel)"
    r"(?: helemaal| wel| zeker| echt)?(?=\s*(?:[!,.?]|$))"
)
# "zij vinden het saai, ik niet", "they were bored, I didn't": someone else's, the student says; not "I didn't
# let go", which tells what they did.
_NOT_ME_EITHER = re.compile(r"\b(?:ik niet|not me)\b|\b(?:i didn'?t|i don'?t)(?=\s*(?:[.,!?;]|$))")
_ADDING = re.compile(
    r"\b(?:ook|also|too|as well|daarna|en toen|and then|afterwards|na afloop|achteraf|bovendien|plus|"
    r"maar nu|but now)\b"
)
_ME = re.compile(r"\b(?:ik|i|im|i'm|me|mij)\b")
# What did not happen or happens as a rule, in the feeling's own clause: no feeling of this moment.
# "kinda unsure if it's for me", "twijfel of ...": "if" asks whether, it is no condition.
_WHETHER = re.compile(
    r"\b(?:unsure|not sure|onzeker|twijfel\w*|benieuwd|curious|wondering) (?:if|of|whether)\b"
)
_UNREAL = re.compile(
    r"\b(?:als|stel|zou|zouden|geweest|normaal|meestal|altijd|hoop|volgende keer|if|would|usually|normally|"
    r"always|hope|hoped|hoopte|wanted|wilde|tried|probeerde|next time)\b"
)
# "daarna ook opgelucht", "then proud": the added feeling came after the named one.
_LATER = re.compile(
    r"\b(?:daarna|toen|later|achteraf|na afloop|uiteindelijk|nu|then|after|afterwards|later on|in the end|"
    r"now)\b"
)
