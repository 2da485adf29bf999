"""Normalisation for the safety detector: the canonical form the phrase patterns are written against.

Lowercase, no accents, contractions and chat spellings expanded, stretched words squashed, and every clause
end (punctuation, emoji, newline) turned into a ``|`` token, so a ``(?:\\w+ )`` gap in a pattern never
crosses a clause boundary.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["normalise"]

# Contractions, applied before the remaining apostrophes are dropped.
_APOSTROPHE_FORMS: tuple[tuple[str, str], ...] = (
    (r"\bm'n\b", "mijn"),
    (r"\bz'n\b", "zijn"),
    (r"\bd'r\b", "er"),
    (r"(?:^|(?<=\s))'k\b", "ik"),
    (r"(?:^|(?<=\s))'t\b", "het"),
    (r"\bda's\b", "dat is"),
    # Dutch plurals of nouns ending in a vowel ("foto's") are one word, not "foto" and a stray "s".
    (r"\b(foto|naaktfoto|video|selfie|baby|memo)'s\b", r"\1s"),
    (r"\bcan't\b", "can not"),
    (r"\bwon't\b", "will not"),
    (r"n't\b", " not"),
    (r"\bi'm\b", "i am"),
    (r"'re\b", " are"),
    (r"'ve\b", " have"),
    (r"'ll\b", " will"),
    (r"\bi'd\b", "i would"),
    # Chat shorthand for self-harm: "i sh'd last night".
    (r"\bsh'(?:d|ed)\b", "self harmed"),
    (r"\bsh'ing\b", "self harming"),
    (r"\b(it|that|what|he|she|there)'s\b", r"\1 is"),
)

_GLUED_IK = (
    "wil wou ben heb had ga doe zou denk voel kan moet weet vind zie krijg word werd zit was snij durf"
)
_CHAT = """
k=ik ff=even eff=even mn=mijn myn=mijn zn=zijn nie=niet nt=niet nit=niet neit=niet w8=wacht gwn=gewoon
gewn=gewoon egt=echt eg=echt ech=echt tog=toch dr=er der=er nmnd=niemand niemant=niemand nimand=niemand
idrn=iedereen mss=misschien wss=waarschijnlijk sws=sowieso nx=niks noit=nooit ie=hij em=hem da=dat
tis=het+is iemd=iemand ns=eens wnt=want omda=omdat mzelf=mezelf mzlf=mezelf mijzelf=mezelf mezelve=mezelf
mijzelve=mezelf mezelluf=mezelf zichzelve=zichzelf zelfmoort=zelfmoord zelfmord=zelfmoord
zelmoord=zelfmoord selfmoord=zelfmoord zelfmoordt=zelfmoord doot=dood dod=dood leve=leven pyn=pijn
pein=pijn snei=snij sneid=snijd sny=snij snyd=snijd snijt=snijdt snyden=snijden sneiden=snijden wl=wel
geslage=geslagen lefe=leven lefen=leven slaad=slaat aangerant=aangerand verkragt=verkracht
u=you ur=your im=i+am ive=i+have dont=do+not cant=can+not cannot=can+not didnt=did+not doesnt=does+not
isnt=is+not wasnt=was+not wouldnt=would+not wanna=want+to gonna=going+to gotta=got+to kms=kill+myself
kys=kill+yourself unalive=kill bc=because cuz=because coz=because rn=right+now ppl=people noone=no+one
nobody=no+one srsly=seriously tbh=to+be+honest idk=i+do+not+know abt=about pls=please whats=what+is
thats=that+is shes=she+is
nietmeer=niet+meer niemeer=niet+meer nimeer=niet+meer nooitmeer=nooit+meer nomore=no+more
"""
# Whole-token chat spellings ("+" in the table stands for a space); "kwil" and "ikwil" are "ik wil",
# "nietmeer" is "niet meer" (typed fast, the space goes first).
_CHAT_TOKENS: dict[str, str] = {
    **{f"{ik}{verb}": f"ik {verb}" for verb in _GLUED_IK.split() for ik in ("k", "ik")},
    **{key: value.replace("+", " ") for key, value in (pair.split("=") for pair in _CHAT.split())},
}

# Words people stretch ("dooooood", "niiiiet"): an elongated token is squashed and looked up here.
_ELONGATION_VOCAB: tuple[str, ...] = tuple(
    """dood doodgaan niet meer wil leven mezelf zelfmoord pijn snij snijden slaat slaan sloeg pesten gepest
    niemand iedereen missen sterven echt gewoon nooit help helpen alsjeblieft please kill myself die dead want
    hurt never anymore alive grapje geintje kidding joking geslagen klappen""".split()
)

# Run after the token pass: split spellings of the words the patterns key on.
_PHRASE_FIXES: tuple[tuple[str, str], ...] = (
    (r"\b(?:me|mijn|mij) zelf\b", "mezelf"),
    (r"\b(zich|haar|hem|my) (zelf|self)\b", r"\1\2"),
    (r"\bzelf (moord\w*|doding|beschadiging|verwonding)\b", r"zelf\1"),
    (r"\bnaakt (fotos?|beelden?)\b", r"naakt\1"),
)

_COMBINING = re.compile(r"[\u0300-\u036f]")
_APOSTROPHE = re.compile(r"[’‘`´ʼ]")
_CONTRACTIONS = tuple((re.compile(pat), repl) for pat, repl in _APOSTROPHE_FORMS)
_NEWLINE = re.compile(r"\s*[\r\n]+\s*")
# Joining punctuation becomes a space; "|" is ours (the clause boundary) so it must not survive.
_SOFT = re.compile(r"[\-_/\"“”„()\[\]{}*#@&\\+=<>^~|']+")
# Everything else that is not a word character (sentence punctuation, emoji) ends a clause.
_HARD = re.compile(r"[^\w\s]+")
_RUN3 = re.compile(r"(\w)\1{2,}")
_RUN2 = re.compile(r"(\w)\1+")
_FIXES = tuple((re.compile(pat), repl) for pat, repl in _PHRASE_FIXES)
_FIX_HINT = re.compile(r"zelf|self|naakt")
_ELONGATED: Final = {_RUN2.sub(r"\1", word): word for word in _ELONGATION_VOCAB}


def _unstretch(token: str) -> str:
    # "dooooood" -> "dood", "niiiiet" -> "niet": cap runs at two, then look the squashed form up.
    capped = _RUN3.sub(r"\1\1", token)
    if capped in _CHAT_TOKENS or capped in _ELONGATION_VOCAB:
        return capped
    return _ELONGATED.get(_RUN2.sub(r"\1", capped), capped)


def normalise(text: str) -> str:
    """Return the canonical form the phrase patterns are written against."""
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()
    text = _APOSTROPHE.sub("'", text)
    # The guards skip passes that cannot apply; most messages have no apostrophe and no "zelf".
    if "'" in text:
        for pattern, repl in _CONTRACTIONS:
            text = pattern.sub(repl, text)
    text = _HARD.sub(" | ", _SOFT.sub(" ", _NEWLINE.sub(" . ", text)))
    out: list[str] = []
    stretched = _RUN3.search(text) is not None  # one test for the whole text: most have no "ooo"
    for token in text.split():
        if token == "|":
            if out and out[-1] != "|":
                out.append(token)
            continue
        if stretched and _RUN3.search(token):
            token = _unstretch(token)
        out.append(_CHAT_TOKENS.get(token, token))
    if out and out[-1] == "|":
        out.pop()
    text = " ".join(out)
    if _FIX_HINT.search(text):
        for pattern, repl in _FIXES:
            text = pattern.sub(repl, text)
    return text
