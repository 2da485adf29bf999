"""Who a signal is about: the student now, someone else (a friend, a sibling), or the student's past.

A small rule layer on the subject and the tense, run on the normalised text. "Other" needs a person other
than the student at the start of the story and the student not being the one it happens to ("mijn
vriendin wil niet meer leven", not "mijn vader slaat me"); "past" needs a time in the past and nothing
that brings it back to now ("vorig jaar wilde ik dood", not "... en nu komen die gedachten terug").
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final

from bot.safety._detector import SignalKind
from bot.safety._normalise import normalise

__all__ = ["About", "about"]


class About(StrEnum):
    """Whose distress a signal tells of."""

    SELF = "self"
    OTHER = "other"
    PAST = "past"


_FRIENDS = (
    r"vriendin|vriend|vriendje|vriendinnetje|beste vriend|beste vriendin|zus|zusje|broer|broertje|nicht"
    r"|nichtje|neef|neefje|klasgenoot|klasgenote|buurmeisje|buurjongen|collega|teamgenoot|friend"
    r"|best friend|bff"
    r"|sister|brother|cousin|classmate|bestie|girlfriend|boyfriend"
)
_PARENTS = r"moeder|mama|mam|vader|papa|pap|ouders|mom|mum|mother|dad|father|parents"
_SOMEONE = (
    r"een meisje|een jongen|iemand|een vriendin|een vriend|een klasgenoot|a girl|a boy|someone|a guy"
    r"|a friend|a classmate"
)
_POSSESSIVE = r"(?:mijn|my|onze|our)"
# The story starts with someone else (after an opening word or two): "mn beste vriendin stuurde ...".
_FRIEND_START: Final = re.compile(
    rf"^(?:\w+ ){{0,2}}?(?:{_POSSESSIVE} (?:\w+ )?(?:{_FRIENDS})"
    rf"|een (?:\w+ )?(?:{_FRIENDS}) van (?:me|mij))\b"
    # A witness: "ik zag sneetjes op de armen van mn klasgenoot".
    rf"|^(?:ik zag|ik merk|ik heb gezien|i saw|i noticed|i have seen)\b.*\b(?:van|of|on) {_POSSESSIVE} "
    rf"(?:\w+ )?(?:{_FRIENDS})\b"
)
# Someone unnamed or a pronoun: only someone else's story when the student says nothing of themselves.
_SOMEONE_START: Final = re.compile(rf"^(?:\w+ ){{0,2}}?(?:{_SOMEONE}|ze|zij|hij|she|he)\b")
_I: Final = re.compile(r"\b(?:ik|i)\b")
_PARENT_START: Final = re.compile(rf"^(?:\w+ ){{0,2}}?{_POSSESSIVE} (?:\w+ )?(?:{_PARENTS})\b")
# The student as the one it happens to: an object or reflexive first person ...
_ME: Final = re.compile(r"\b(?:me|mij|mezelf|myself)\b")
# ... but not as the one who is told or shown ("ze stuurde me dat", "she texted me").
_TOLD_ME: Final = re.compile(
    r"\b(?:stuurde|stuurt|appte|appt|vertelde|vertelt|zei|zegt|liet|laat|vroeg|texted|told|showed|asked"
    r"|made|messaged|sent|van)(?: \w+)? (?:me|mij)\b|\bmaak(?:te)? (?:me|mij) (?:zorgen|druk)\b"
)
# Someone else's home ("bij mn vriendin thuis") makes home violence someone else's story.
_OTHER_HOME: Final = re.compile(
    rf"\bbij (?:{_POSSESSIVE} )?(?:\w+ )?(?:{_FRIENDS}) thuis\b|\bat my (?:\w+ )?friends? house\b"
)

_PAST_TIME: Final = re.compile(
    r"\b(?:toen (?:\w+ ){0,3}?(?:overleed|was|ging|kwam|werd|gingen|scheidden)"
    r"|vorig(?:e)? (?:jaar|zomer|winter|maand|week|schooljaar)|vroeger|(?:\w+ )?jaar geleden|lang geleden"
    r"|toen ik (?:\w+ ){0,2}(?:was|klein|jong|jonger|in)|in (?:de )?(?:brugklas|groep \d|groep acht"
    r"|eerste|tweede|derde|onderbouw)|op de basisschool|last (?:year|summer|winter|month)|years? ago"
    r"|used to|when i was|in (?:year|grade) \d|in (?:middle|primary|elementary) school|back then|toentertijd"
    r"|bij mijn vorige stage|at my old placement|at my last placement)\b"
)
# Anything that says it is not over: it comes back, it is happening again, it is worse now.
_STILL: Final = re.compile(
    r"\b(?:nu weer|weer terug|komen terug|komt terug|nog steeds|nog altijd|opnieuw"
    r"|weer (?:erger|gedaan|begonnen)|wordt (?:weer )?erger|sinds kort weer|vandaag|gisteren|vannacht"
    r"|again|still|coming back|came back"
    r"|getting worse|these days|lately|right now|nu ook|now too)\b"
)
# A past that is clearly over: "dat is nu over", "nu gaat het beter".
_OVER: Final = re.compile(
    r"\b(?:dat is (?:nu )?over|nu gaat het (?:\w+ )?(?:beter|goed|oke|prima)|its (?:fine|better|over) now"
    r"|(?:im|i am) (?:doing )?(?:ok|okay|fine|better) now)\b"
)
_PAST_TENSE: Final = re.compile(
    r"\b(?:wilde|wou|dacht|deed|sneed|was|werd|had|heb|ben|sloeg|kreeg|wanted|was|were|did|tried|attempted"
    r"|thought|cut|used|hit|got|zag|voelde|zat|ging|kwam|probeerde|felt|saw|went|\w+ed)\b"
)


def about(text: str, kind: SignalKind) -> About:
    """Whether a signal of this kind in this message is about the student now, someone else, or the past."""
    norm = normalise(text).replace("|", " ")
    norm = " ".join(norm.split())
    if kind is SignalKind.HOME_VIOLENCE:
        # Violence between others at home is the student's own home unless another home is named.
        return About.OTHER if _OTHER_HOME.search(norm) else _past_or_self(norm)
    starts_other = _FRIEND_START.search(norm) is not None
    if not starts_other and kind in (SignalKind.SUICIDE, SignalKind.SELF_HARM):
        # A parent at risk ("mijn moeder zegt dat ze niet meer wil leven"), or someone unnamed; for abuse
        # or bullying a parent or "they" is the one who does it, so there it says nothing.
        starts_other = _PARENT_START.search(norm) is not None or (
            _SOMEONE_START.search(norm) is not None and _I.search(norm) is None
        )
    if starts_other and _ME.search(_TOLD_ME.sub(" ", norm)) is None:
        return About.OTHER
    return _past_or_self(norm)


def _past_or_self(norm: str) -> About:
    if _PAST_TIME.search(norm) and _PAST_TENSE.search(norm) and not _STILL.search(norm):
        return About.PAST
    if _OVER.search(norm) and _PAST_TENSE.search(norm) and _PAST_TIME.search(norm):
        return About.PAST
    return About.SELF
