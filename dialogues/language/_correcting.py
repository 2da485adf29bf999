"""How a student answers the feelings the bot said back: which they turn down, which they put in place.

Pure text work on one message, given the named feelings' words; the listening node decides what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ._feelings import Feeling, family_of, read_feelings
from ._normalize import fold

__all__ = ["Answered", "read_answer_to_named"]

# "bang is overdreven", "terrified is a bit much", "geschrokken valt mee", "tegenvallen is een groot woord":
# the named word is too strong.
_TOO_STRONG = (
    r"(?:(?:is|klinkt|was|sounds|feels)(?: \w+){0,2} (?:te|too) "
    r"(?:veel|erg|heftig|groot|zwaar|sterk|much|harsh|big|strong|heavy)|"
    r"(?:is|klinkt|was|sounds|feels)(?: \w+){0,2} (?:(?:een )?(?:beetje|tikkie|wat) )?"
    r"(?:veel|overdreven|zwaar|sterk)|"
    r"(?:is|was|sounds|feels)(?: \w+){0,2} (?:a )?(?:bit|little|tad) (?:much|strong|over the top|extreme)|"
    r"(?:is )?(?:overdreven|overkill|exaggerated|a stretch)|"
    r"(?:valt|viel) (?:wel |best |nog )?mee|(?:is|was) (?:wel |best )?een (?:groot|zwaar|sterk) woord)"
)
# "verdrietig is te zwak", "wel is zacht uitgedrukt", "scared is an understatement": too weak.
_TOO_WEAK = (
    r"(?:(?:is|klinkt|was|sounds)(?: \w+){0,2} (?:te|too) (?:zwak|zacht|weinig|licht|mild|weak|soft|little)|"
    r"(?:is|was)(?: \w+){0,2} (?:nog )?(?:zacht|zwak|mild) uitgedrukt|"
    r"(?:is|was)(?: \w+){0,2} (?:an|een) (?:understatement|onderschatting))"
)
# "meer dan bang", "more than scared": the named word, and more.
_MORE_THAN = r"(?:meer|erger|more|worse) (?:dan|than)"
# "meer gespannen dan bang", "more curious than excited", "more awkward than anything": the first is the
# student's, whatever the sentence's subject ("dat eerste was ...", "the call part was ..."); the second
# (a named one, or "anything") is turned down.
_COMPARED = re.compile(
    r"\b(?:meer|eerder|vooral|more|rather)\s+(?P<new>(?:[\w'-]+\s+){0,4}?)(?:dan|than)\s+"
    r"(?P<old>(?:[\w'-]+\s*){1,3})"
)
_ANYTHING = frozenset({"anything", "anything else", "iets anders", "wat anders", "alles"})
# "de chef was boos, niet ik", "that was my mentor who was nervous, not me": someone else's feeling.
_NOT_ME = re.compile(r"\b(?:niet ik|niet van mij|niet bij mij|not me|not mine|not my feeling)\b")
# "moe ja maar chagrijnig nee hoor": one named word turned down after it.
_WORD_THEN_NO = r"[,.!]? (?:nee+|neen|nope|no|nah|niet echt|not really)\b(?! (?:dat|that)\b)"
# "beetje?? nee man", "scared?? no": a word of the bot's asked back, then no.
_ASKED_BACK_NO = re.compile(r"^(?:\w+ ){0,2}\w+ ?\?+ ?(?:nee+|no|nope|nah|neuh)\b")
_NOT_IT = r"(?!(?:het|t|dat|dit|er|alles|it|this|that|everything)\b)"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# "ja zenuwachtig zeker, maar daarna ook opgelucht": after the last "maar", "ook" adds a feeling; in "blij
# ook maar meer trots", the part after "maar" decides.
_BUT = re.compile(r"\b(?:maar|but)\b(?! (?:dan|then)\b)")
_ALSO = re.compile(r"\b(?:ook|also|too|as well)\b")


@dataclass(frozen=True, slots=True)
class Answered:
    """What a message says about the feelings named just before it."""

    # The student's feelings in the message, in order: not those said too strong or too weak, not someone
    # else's, not those turned down.
    own: tuple[Feeling, ...]
    # Named families the student turned down (too strong, too weak, "X nee", the other one in a
    # comparison, said to be someone else's) and whether the message turns the named ones down as a whole.
    turned_down: frozenset[str]
    rejects: bool
    # Whether the part that decides says "ook"/"also": a feeling added, not put in the named one's place.
    adds: bool


def read_answer_to_named(text: str, named: Iterable[tuple[str, str]], language: str) -> Answered:
    """Read `text` as an answer to feelings just named, given as (word, family) pairs."""
    pairs = list(named)
    down: set[str] = set()
    # Words said to be too strong or too weak: another word of their family may still be right ("terrified
    # is a bit much, scared for like 2 seconds").
    toned: dict[str, set[str]] = {}
    for word, family in pairs:
        forms = "|".join(
            re.escape(w) for w in sorted({word, fold(word), family, fold(family)}, key=len)[::-1]
        )
        for pattern in (rf"\b({forms}) {_TOO_STRONG}\b", rf"\b({forms}) {_TOO_WEAK}\b"):
            for match in re.finditer(pattern, text, flags=re.IGNORECASE):
                down.add(family)
                toned.setdefault(family, set()).add(fold(match.group(1)))
            text = re.sub(pattern, " , ", text, flags=re.IGNORECASE)
        text, found = re.subn(rf"\b{_MORE_THAN} (?:{forms})\b", " , ", text, flags=re.IGNORECASE)
        if found:
            down.add(family)
        if re.search(rf"\b(?:{forms}){_WORD_THEN_NO}", fold(text)):
            down.add(family)
    # "wel is zacht uitgedrukt", "is overdreven hoor": said first, it is about the named ones ("het was te
    # veel werk" is about the work).
    text, found = re.subn(
        rf"^\W*(?:{_NOT_IT}[\w'-]+ )?(?:{_TOO_STRONG}|{_TOO_WEAK})\b", " , ", text, flags=re.I
    )
    if found:
        down |= {family for _, family in pairs}
    folded = fold(text)
    rejects = bool(down) or bool(_ASKED_BACK_NO.match(folded))
    reading = read_feelings(text, language)
    compared: set[str] = set()
    for match in _COMPARED.finditer(folded):
        old = match.group("old").strip()
        # Word by word too: "rustig" on its own is no feeling to the reader, but here it is the named one.
        olds = {f.family for f in read_feelings(old, language).feelings} | {
            found_family for w in old.split() if (found_family := family_of(w, language)) is not None
        }
        held = {family for _, family in pairs}
        anything = any(old.startswith(a) for a in _ANYTHING)
        if olds or anything:
            down |= held if anything else olds & held
            rejects = rejects or anything or bool(olds & held)
            compared |= {f.family for f in read_feelings(match.group("new"), language).feelings}
    theirs: set[str] = set()
    for sentence in _SENTENCE.findall(folded):
        if _NOT_ME.search(sentence):
            rejects = True
            # "dat was de klant die blij was, niet ik. ik was moe": only that sentence is someone else's.
            theirs |= {f.family for f in read_feelings(sentence, language).feelings}
    said = [
        f for f in reading.feelings if (f.family in compared or f in reading.own) and f.family not in theirs
    ]
    # A softer or stronger word of a family said too strong or too weak is the student's word now.
    kept = {f.family for f in said if f.family in toned and fold(f.word) not in toned[f.family]}
    down -= kept
    own = [f for f in said if f.family not in down]
    deciding = _BUT.split(folded)[-1]
    return Answered(tuple(own), frozenset(down | theirs), rejects, bool(_ALSO.search(deciding)))
