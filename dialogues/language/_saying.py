"""Saying a student's feelings back: "Je was zenuwachtig.", "Eerst vond je het chill, daarna ..."."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from ._feeling_words import FEEL_WORDS, VERBS
from ._similes import SIMILE_STARTS

__all__ = ["FeelingLike", "feelings_clause", "feelings_phrase", "feelings_sentence", "quoted_list"]


class FeelingLike(Protocol):
    """What is needed to say a feeling: the word to show, how to say it, negation and tense."""

    @property
    def word(self) -> str: ...

    @property
    def frame(self) -> str: ...

    @property
    def negated(self) -> bool: ...

    @property
    def present(self) -> bool: ...

    @property
    def sequel(self) -> bool: ...

    @property
    def doubt(self) -> bool: ...


def _felt(word: str) -> bool:
    """Whether a state reads better with "voelen": "je voelde je welkom", "je voelde je als een baas"."""
    # "een baas": a picture without "als" ("ik voelde me een baas"), said back with "voelen" too
    return word in FEEL_WORDS or word.startswith((*SIMILE_STARTS, "een "))


def _reflexive(word: str) -> bool:
    return any(word in (past, now) and reflexive for past, now, reflexive in VERBS.values())


def _dutch(f: FeelingLike, *, inverted: bool) -> str:
    """A main clause about one feeling, with "je" first or (after "Eerst") the verb first."""
    neg = " niet" if f.negated else ""
    if f.frame == "verb":
        me = " je" if _reflexive(f.word) else ""
        verb, _, particle = f.word.partition(" ")  # "leefde mee": "daarna leefde je mee"
        if inverted and f.present and verb.endswith("t") and verb != "geniet":
            verb = verb[:-1]  # "nu heb je geen zin", "nu schaam je je": no -t before "je"
        tail = f" {particle}" if particle else ""
        return f"{verb} je{me}{neg}{tail}" if inverted else f"je {verb}{me}{neg}{tail}"
    if f.frame == "eval":
        verb = "vind" if f.present else "vond"
        verb += "t" if f.present and not inverted else ""
        return f"{verb} je het{neg} {f.word}" if inverted else f"je {verb} het{neg} {f.word}"
    if _felt(f.word):
        verb = ("voel" if inverted else "voelt") if f.present else "voelde"
        return f"{verb} je je{neg} {f.word}" if inverted else f"je {verb} je{neg} {f.word}"
    verb = ("ben" if inverted else "bent") if f.present else "was"
    return f"{verb} je{neg} {f.word}" if inverted else f"je {verb}{neg} {f.word}"


def _english(f: FeelingLike) -> str:
    if f.frame == "eval":
        if f.negated:
            return f"you {'do' if f.present else 'did'} not find it {f.word}"
        return f"you {'find' if f.present else 'found'} it {f.word}"
    if f.negated:
        return f"you {'do' if f.present else 'did'} not feel {f.word}"
    return f"you {'feel' if f.present else 'felt'} {f.word}"


def feelings_sentence(feelings: Sequence[FeelingLike], language: str) -> str:
    """One sentence naming the feelings in order (at most three), or "" when there are none."""
    shown = list(feelings)[:3]
    if not shown:
        return ""
    if _torn(shown):
        a, b = shown[0].word, shown[1].word
        return f"Je twijfelt tussen {a} en {b}." if language == "nl" else f"You're not sure: {a} or {b}."
    if len(shown) > 1 and not any(f.sequel for f in shown[1:]):
        return _together(shown, language)
    if language == "nl":
        if len(shown) == 1:
            text = _dutch(shown[0], inverted=False)
            return text[0].upper() + text[1:] + "."
        parts = [_dutch(f, inverted=True) for f in shown]
        joints = ["Eerst", "daarna"] if len(parts) == 2 else ["Eerst", "toen", "daarna"]
        if shown[-1].present and not shown[0].present:
            joints[-1] = "nu"  # "Eerst vond je het eng, nu ben je trots": not "daarna ben je"
        return ", ".join(f"{joint} {part}" for joint, part in zip(joints, parts, strict=True)) + "."
    parts = [_english(f) for f in shown]
    if len(parts) == 1:
        return parts[0][0].upper() + parts[0][1:] + "."
    joints = ["First", "then"] if len(parts) == 2 else ["First", "then", "and after that"]
    if shown[-1].present and not shown[0].present:
        joints[-1] = "now"
    return ", ".join(f"{joint} {part}" for joint, part in zip(joints, parts, strict=True)) + "."


def _torn(feelings: Sequence[FeelingLike]) -> bool:
    """Two feelings the student is unsure between ("ik weet niet of ik boos was of moe")."""
    return len(feelings) == 2 and all(f.doubt for f in feelings)


def _together(shown: Sequence[FeelingLike], language: str) -> str:
    """Feelings at the same time: "Je was trots en blij.", "Je was trots en je vond het leuk."."""
    say = (lambda f: _dutch(f, inverted=False)) if language == "nl" else _english
    parts = [say(shown[0])]
    for before, f in pairwise(shown):
        same = f.frame == before.frame and f.negated == before.negated and f.present == before.present
        simple = same and f.frame != "verb" and (language != "nl" or _felt(f.word) == _felt(before.word))
        parts.append(f.word if simple else say(f))
    text = _listing(parts, language)
    return text[0].upper() + text[1:] + "."


_PARTICLES = frozenset({"", "mee", "op", "af", "aan", "uit", "in", "door", "over", "weg", "terug", "tegen"})


def feelings_clause(feelings: Sequence[FeelingLike], language: str) -> str:
    """A clause for "Je vertelde dat ...": "je je trots voelde", "je het eerst chill vond en ..."."""
    if _torn(feelings):
        a, b = feelings[0].word, feelings[1].word
        return f"je twijfelt tussen {a} en {b}" if language == "nl" else f"you're not sure: {a} or {b}"
    parts = []
    for index, f in enumerate(list(feelings)[:3]):
        when = "" if len(feelings) == 1 else ("eerst " if index == 0 else "daarna ")
        neg = "niet " if f.negated else ""
        if language != "nl":
            parts.append(("first " if when == "eerst " else "then " if when else "") + _english(f))
        elif f.frame == "verb":
            me = "je " if _reflexive(f.word) else ""
            verb, _, particle = f.word.partition(" ")  # "voordat je meeleefde", "voordat je geen zin had"
            # A verb's particle is glued on ("meeleefde"), a noun is not ("voordat je medelijden had").
            glued = f"{particle}{verb}" if particle in _PARTICLES else f"{particle} {verb}"
            parts.append(f"je {me}{when}{neg}{glued}")
        elif f.frame == "eval":
            # "voordat je het mooi vond om te zien": an "om te" part after the verb
            word, om, rest = f.word.partition(" om ")
            tail = f" om {rest}" if om else ""
            parts.append(f"je het {when}{neg}{word} {'vindt' if f.present else 'vond'}{tail}")
        elif f.word.startswith(SIMILE_STARTS):
            # "voordat je je voelde alsof je er niet bij hoorde": the comparison after its verb
            parts.append(f"je je {when}{neg}{'voelt' if f.present else 'voelde'} {f.word}")
        else:
            parts.append(f"je je {when}{neg}{f.word} {'voelt' if f.present else 'voelde'}")
    return (" en " if language == "nl" else " and ").join(parts)


def feelings_phrase(feelings: Sequence[FeelingLike], language: str) -> str:
    """The feeling words themselves: "trots", "chill en zenuwachtig", "niet leuk"."""
    words = [(("niet " if language == "nl" else "not ") if f.negated else "") + f.word for f in feelings]
    return _listing(words, language)


def quoted_list(words: Sequence[str], language: str) -> str | None:
    """["durven", "lef"] → "'durven' en 'lef'"; None when there are none."""
    quoted = [f"'{w}'" for w in words if w]
    return _listing(quoted, language) if quoted else None


def _listing(parts: Sequence[str], language: str) -> str:
    """ "a", "a en b", "a, b en c" ("and" in English)."""
    if len(parts) <= 1:
        return "".join(parts)
    joint = " en " if language == "nl" else " and "
    return ", ".join(parts[:-1]) + joint + parts[-1]
