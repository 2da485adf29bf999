"""Weigh an answer: a real answer, a plain "no", or a non-answer ("niks", "weet niet", "idk", "-").

A mentor hears the difference: a non-answer is not praised or summed up as a story; a "nee" to "had je
dit eerder?" is an answer; a next step is something to *do*.
"""

from __future__ import annotations

import re
from typing import Literal

from ._answers import _UNKNOWN, is_yes
from ._normalize import fold, words

__all__ = ["Weight", "is_action", "is_correction_start", "leaning", "opens_with_nothing", "weigh"]

Weight = Literal["none", "no", "thin", "ok"]

# Folded phrases that say nothing (beyond "don't know", which _answers lists).
_NOTHING = frozenset(
    (
        "niks|niets|nix|nikss|niks eigenlijk|niets eigenlijk|nog niks|nog niets|geen|geen een|geen idee|"
        "nvt|n v t|whatever|boeit niet|boeie|maakt niet uit|maakt me niet uit|weet ik veel|geen zin|"
        "nothing|nothing really|none|idc|dont care|i dont care|no clue|dunno|nah|meh|mwah|pff|pfff|hmm|hm|"
        "uh|uhm|ehm|eh|euh|ok|oke|oki|okay|k|kk|ja|jaa|yes|yeah|x|xx|lol|haha|hahaha|ik weet het niet|"
        "weet ik niet|weet niet|idk|geen antwoord|skip|volgende|next|niks te zeggen|niks bijzonders|"
        "nee niks|nee niets|niet echt iets|niks speciaals|geen flauw idee|geen idee eigenlijk"
    ).split("|")
)
_NO = frozenset(
    (
        "nee|neen|nope|no|nah|neuh|nee hoor|nee niet echt|niet echt|nee nooit|nooit|nee eigenlijk niet|"
        "eigenlijk niet|nee dat niet|not really|no not really|never|no never|nee nog nooit|nog nooit|"
        "niet dat ik weet|nee ik denk het niet|ik denk het niet|nee volgens mij niet|volgens mij niet|"
        "nee niet dat ik weet|no i dont think so|i dont think so|not that i know|nee dat herken ik niet|"
        "herken ik niet|nee ken ik niet|ken ik niet|nee geen idee"
    ).split("|")
)
# Verbs (stems and infinitives) that make a step something to do; plus: any two-word answer with a verb form.
_ACTION_WORDS = frozenset(
    """
    vragen vraag vraagt bellen bel belt mailen mail mailt appen app appt opzoeken zoek zoeken zoekt kijken
    kijk kijkt bekijken bekijk oefenen oefen proberen probeer maken maak schrijven schrijf lezen lees gaan
    ga doen doe bezoeken bezoek aanmelden meld inschrijven schrijf praten praat spreken spreek sturen stuur
    regelen regel plannen plan solliciteren solliciteer meelopen loop lopen leren leer halen haal
    kopen koop voorbereiden bereid uitzoeken uitproberen opschrijven googlen google checken check
    ask call email text look search watch try practise practice write read visit go do sign apply talk
    send plan learn find prepare book join contact message check google meet
    """.split()
)
# Verbs that say nothing on their own: with "niks" or "idk" beside them there is no step.
_GENERIC = frozenset("doen doe ga gaan do go".split())
_UNSURE = frozenset("idk weet dunno kweet kweenie".split())
# Words ending in -en or -ing that are no verb, common in answers about a next step.
_NOT_VERBS = frozenset(
    """
    misschien morgen even samen alleen meteen boven binnen buiten tegen tussen verder open eigen
    dieren mensen kinderen ouderen klanten patienten bewoners opleidingen scholen dingen boeken vakken
    bedrijven banen werkzaamheden stages lessen uren dagen weken
    nothing something anything morning evening thing
    """.split()
)
_CORRECTION_START = re.compile(
    r"^(?:nee+|neen|nope|no|nah|niet waar|klopt niet|dat klopt niet|klopt helemaal niet|fout|"
    r"that'?s not (?:right|true)|not (?:right|true)|wrong|dat is niet zo|helemaal niet)\b"
)


def _plain(text: str) -> str:
    return " ".join(words(text)).replace("’", "'")


# Words around a non-answer that do not make it one ("niks denk ik", "idk eigenlijk", "nothing really lol").
_FILLERS = frozenset("denk ik eigenlijk iig ieg echt gewoon hoor nog sws lol haha i think really tbh".split())
# A step that starts with one of these and names nothing to do is no step ("niks met kantoor iig").
_NOTHING_FIRST = frozenset({"niks", "niets", "nix", "nothing", "nada"})


def _unfilled(plain: str) -> str:
    tokens = plain.split()
    while tokens and tokens[-1] in _FILLERS:
        tokens.pop()
    while tokens and tokens[0] in _FILLERS:
        tokens.pop(0)
    return " ".join(tokens)


def weigh(text: str, *, min_words: int = 1) -> Weight:
    """How much an answer says: "none" (a non-answer), "no" (a plain no), "thin" (short), or "ok"."""
    plain = _plain(text)
    if (core := _unfilled(plain)) and core != plain and weigh(core) in ("none", "no"):
        return weigh(core)
    # "hmmmm", "niksss": letters held down are the same word.
    held = re.sub(r"([a-z])\1{2,}", r"\1", plain)
    if not plain or plain in _UNKNOWN or fold(text).strip(" .!") in _UNKNOWN or held in _NOTHING:
        return "none"
    if plain in _NO:
        return "no"
    tokens = plain.split()
    # "ja ja ja", "lol lol", "hmmmm": one word said over and over is not an answer.
    if len(set(tokens)) == 1 and (len(tokens) > 1 or re.fullmatch(r"(.)\1+", tokens[0])):
        return "none"
    if len(tokens) == 1 and len(tokens[0]) == 1:
        return "none"
    return "thin" if len(tokens) < min_words else "ok"


def opens_with_nothing(text: str) -> bool:
    """Whether an answer starts by saying nothing ("niks met kantoor iig", "nothing, maybe later")."""
    tokens = _plain(text).split()
    return bool(tokens) and tokens[0] in _NOTHING_FIRST


def is_action(text: str) -> bool:
    """Whether a next step names something to do ("mijn oom bellen", "de site bekijken"), not "niks"."""
    if weigh(text) in ("none", "no") or text.rstrip().endswith("?"):
        return False  # "wat moet ik doen?" asks for a step, it is not one
    tokens = _plain(text).split()
    doing = [t for t in tokens if t in _ACTION_WORDS]
    if doing and any(t in _NOTHING_FIRST or t in _UNSURE for t in tokens) and set(doing) <= _GENERIC:
        return False  # "ik ga niks doen", "idk what to do"
    if doing:
        return True
    # Dutch infinitives ("opbellen", "uitzoeken") and English -ing forms also do; plural nouns and
    # adverbs that end the same way ("iets met dieren", "misschien") do not.
    return len(tokens) >= 2 and any(
        re.fullmatch(r"[a-z]{3,}(?:en|ing)", t) and t not in _NOT_VERBS for t in tokens
    )


def leaning(text: str) -> Literal["yes", "no", "unknown"] | None:
    """Whether an answer leans to yes ("ja dat hoort bij elkaar"), no ("nee iets nieuws") or don't-know."""
    plain = _plain(text)
    if not plain:
        return None
    if is_yes(text) or re.match(r"^(?:ja+|jep|jup|yes|yeah|yep|klopt|zeker|precies|sure)\b", plain):
        return "yes"
    if plain in _NO or re.match(r"^(?:nee+|neen|nope|no|nah|niet)\b", plain):
        return "no"
    if weigh(text) == "none" or re.match(r"^(?:weet|geen idee|idk|dunno|not sure|misschien|maybe)\b", plain):
        return "unknown"
    return None


def is_correction_start(text: str) -> bool:
    """Whether a message opens like a correction: "nee, ...", "dat klopt niet", "that's not right"."""
    return _CORRECTION_START.match(fold(text).replace("’", "'").lstrip(" ,.!")) is not None
