"""The gentle check-in: what the bot asks when it is not sure a message signals distress, and the answers.

The student's message is kept in memory (never stored, never logged) only until they answer, so that
"gaat wel" lets the conversation go on as if the check-in had not been there: their message still counts
as their answer, as a student would expect. A restart forgets it; then "gaat wel" just goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from bot.safety import About, SignalKind, is_retraction
from bot.safety._normalise import normalise
from dialogues.language import is_no, is_yes

__all__ = ["CheckIn", "Reply", "read_reply"]


class Reply(StrEnum):
    """What the student answered to "gaat het wel goed met je?"."""

    FINE = "goed"
    NOT_FINE = "slecht"
    JOKE = "grap"


@dataclass(frozen=True, slots=True)
class CheckIn:
    """An open check-in: the event, the kind and subject the bot guessed, and the message it was about."""

    event_id: int
    kind: SignalKind
    about: About
    text: str
    asked_at: datetime


# "nee hoor, gaat goed" is fine, though it starts with "nee".
_SURELY_FINE: Final = re.compile(
    r"\b(?:gaat (?:wel )?(?:goed|prima)|gaat wel|alles (?:is )?goed|nee hoor|i am fine|all good|i am ok)\b"
)
_NOT: Final = re.compile(r"\b(?:niet|not|geen|no)\b")
# Checked before FINE: "niet zo goed" contains "goed".
_NOT_FINE: Final = re.compile(
    r"^(?:\w+ )?(?:niet (?:zo |echt |zo heel |heel |helemaal )?(?:goed|lekker|best|oke)|slecht|kut|rot"
    r"|nee|neen|niet echt|niet zo|gaat niet|het gaat niet|not (?:really|good|great|ok|okay|fine|so good|well)"
    r"|bad|no|nope|nah|terrible|awful)\b"
)
_FINE: Final = re.compile(
    r"^(?:\w+ )?(?:(?:het )?(?:gaat|ging) (?:wel|goed|prima|best|oke)|gaat wel|goed|prima|oke|ok|okay|okee|ja"
    r"|jawel|zeker|alles (?:is )?goed|het is goed|niks aan de hand|fine|i am fine|all good|good|i am ok"
    r"|i am okay|yes|yeah|yep|sure|its fine|it is fine)\b"
)


def read_reply(text: str) -> Reply | None:
    """A typed answer to the check-in, or None when the message is about something else."""
    if is_retraction(text):
        return Reply.JOKE
    norm = " ".join(normalise(text).replace("|", " ").split())
    if _SURELY_FINE.search(norm) and not _NOT.search(norm.replace("nee hoor", "")):
        return Reply.FINE
    if is_no(text) or _NOT_FINE.search(norm):
        return Reply.NOT_FINE
    if is_yes(text) or _FINE.search(norm):
        return Reply.FINE
    return None
