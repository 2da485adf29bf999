"""What the feeling reader needs beyond the lexicon and its extra forms: display words and sentence words.

The lexicon (`_emotion_words`) groups forms under one canonical word (a *family*); `_feeling_forms` adds
the forms students write in chat. These tables say which forms are shown back as the student wrote them
("chill", "nerveus") and list the small words that tell whose feeling it is. Everything is folded:
lowercase, no accents.
"""

from __future__ import annotations

from typing import Literal

from ._feeling_forms_en import FELT_ALONE, SHOOK

__all__ = [
    "AMBIGUOUS",
    "DISPLAY",
    "DISPLAY_NL",
    "FEEL_ONLY",
    "FEEL_WORDS",
    "FORM_FRAME",
    "INTENSIFIERS",
    "NEGATABLE",
    "NOT_IN_DUTCH",
    "NOT_IN_ENGLISH",
    "SHORT_ONLY",
    "VERBS",
    "VERB_SAID",
]

Frame = Literal["state", "eval", "verb"]

# Forms shown back as the student wrote them (their own word), with the base form to show.
DISPLAY: dict[str, str] = {
    "nerveus": "nerveus", "nerveuze": "nerveus", "chill": "chill", "chille": "chill", "relaxed": "relaxed",
    "relaxt": "relaxt", "kapot": "kapot", "gaar": "gaar", "doodop": "doodop", "bekaf": "bekaf",
    "pissig": "pissig", "chagrijnig": "chagrijnig", "chagrijnige": "chagrijnig", "sjagerijnig": "chagrijnig",
    "sjaggerijnig": "chagrijnig", "chagerijnig": "chagrijnig", "exited": "excited", "kwaad": "kwaad",
    "kwade": "kwaad", "woest": "woest", "vet": "vet", "vette": "vet", "nice": "nice", "awkward": "awkward",
    "cringe": "cringe", "genant": "gênant", "down": "down", "happy": "happy", "gespannen": "gespannen",
    "angstig": "angstig", "doodsbang": "doodsbang", "supertrots": "supertrots", "apetrots": "apetrots",
    "superblij": "superblij", "superleuk": "superleuk", "tof": "tof", "toffe": "tof", "gezellig": "gezellig",
    "gezellige": "gezellig", "furieus": "furieus", "rot": "rot", "kut": "kut",
    "klote": "klote", "cool": "cool",
    "chilled out": "chilled out", "laid back": "laid back", "knackered": "knackered",
    "freaked out": "freaked out", "stressed out": "stressed out", "embarrassed": "embarrassed",
    "embarassed": "embarrassed", "embarrased": "embarrassed", "terrified": "terrified", "glad": "glad",
    "mad": "mad", "afraid": "afraid", "excited": "excited", "exhausted": "exhausted", "calm": "calm",
    "frightened": "frightened", "upset": "upset", "unsure": "unsure", "uncertain": "uncertain",
    "irritated": "irritated", "thankful": "thankful", "comfortable": "comfortable", "startled": "startled",
    "astonished": "astonished", "vermoeid": "vermoeid", "doodmoe": "doodmoe", "ongerust": "ongerust",
    "verward": "verward", "kalm": "kalm", "kalme": "kalm", "ontroerd": "ontroerd", "boze": "boos",
    "bezorgde": "bezorgd", "nerveuzer": "nerveus", "voldaan": "voldaan", "opgewonden": "opgewonden",
    "voldoening": "voldaan", "het raakte me": "geraakt", "het raakt me": "geraakt", "gefocust": "gefocust",
    "gefocused": "gefocust", "geconcentreerd": "geconcentreerd", "hyper": "hyper", "smerig": "smerig",
    "goor": "goor", "ranzig": "ranzig", "verwarrend": "verwarrend", "verwarrende": "verwarrend",
    "zekerder": "zekerder", "zelfverzekerder": "zelfverzekerder", "zeker van mezelf": "zeker van jezelf",
    "overstuur": "overstuur", "ontdaan": "ontdaan", "onzichtbaar": "onzichtbaar",
    "invisible": "invisible", "shaky": "shaky",
    "vind het lachen": "lachen", "vond het lachen": "lachen", "vind het juist lachen": "lachen",
    "vond het juist lachen": "lachen", "vind het wel lachen": "lachen", "vond het wel lachen": "lachen",
    "was echt lachen": "lachen", "was wel lachen": "lachen", "mooi om te horen": "mooi om te horen",
    "mooi om te merken": "mooi om te merken", "mooi om mee te maken": "mooi om mee te maken",
    "moeilijk om aan te zien": "moeilijk om aan te zien", "zwaar om te zien": "zwaar om te zien",
    "naar om te zien": "naar om te zien", "lastig om te zien": "lastig om te zien",
    "erg om te zien": "erg om te zien", "bijzonder om te zien": "bijzonder om te zien",
    "bijzonder om mee te maken": "bijzonder om mee te maken", "zwaar voor mij": "zwaar",
    "zwaar voor me": "zwaar", "onhandig": "onhandig",
    "geraakt": "geraakt",
    "onderdeel van het team": "onderdeel van het team", "onderdeel van de groep": "onderdeel van de groep",
    "gesloopt": "gesloopt", "gebroken": "gebroken", "rustige": "rustig", "dood op": "doodop",
    "hyped": "hyped", "gehyped": "hyped", "useless": "useless", "prima": "prima", "oke": "oké", "ok": "oké",
    "okay": "oké", "raar": "raar", "zen": "zen", "niet goed": "niet goed", "niet zo goed": "niet zo goed",
    "op mijn plek": "op je plek", "op mn plek": "op je plek", "op m'n plek": "op je plek",
    "schijterig": "schijterig", "fine": "fine", "chuffed": "chuffed", "chuffed to bits": "chuffed",
    "pleased": "pleased", "pissed": "pissed", "pissed off": "pissed off", "reassuring": "reassuring",
    "delighted": "delighted", "thrilled": "thrilled", "felt sick": "sick", "feel sick": "sick",
    "feeling sick": "sick", "moedeloos": "moedeloos", "ontmoedigd": "ontmoedigd", "stressful": "stressful",
    "lit": "lit", "sick": "sick", "top": "top", "opgejaagd": "opgejaagd", "doubtful": "doubtful",
    "vastberaden": "vastberaden", "determined": "determined", **dict.fromkeys(FELT_ALONE, "alone"),
    "alright": "alright", "weird": "weird", "not good": "not good", "boring": "boring", "geboeid": "geboeid",
    "calmed down": "calm", "overwhelming": "overwhelming",
    **dict.fromkeys(SHOOK, "shook"),
}  # fmt: skip

# Dutch only: an English form in a Dutch sentence, shown as the Dutch word ("ik was stressed").
DISPLAY_NL: dict[str, str] = {"stressed": "gestrest"}

# A form whose frame differs from its family's ("het was chill", "it was chill").
FORM_FRAME: dict[str, Frame] = {
    "chill": "eval", "chille": "eval", "vet": "eval", "vette": "eval", "nice": "eval", "lit": "eval",
    "sick": "eval", "cool": "eval", "awkward": "eval", "cringe": "eval", "kut": "eval", "klote": "eval",
    "rot": "eval", "stressful": "eval", "paniek": "state", "verwarrend": "eval", "top": "eval",
    "verwarrende": "eval", "boring": "eval", "overwhelming": "eval", "reassuring": "eval",
}  # fmt: skip

# Verb families: shown as a verb ("je schaamde je"): (past, present, reflexive).
VERBS: dict[str, tuple[str, str, bool]] = {
    "beschaamd": ("schaamde", "schaamt", True),
    "geërgerd": ("ergerde", "ergert", True),
    "verveeld": ("verveelde", "verveelt", True),
    "geschrokken": ("schrok", "schrikt", False),
    "ongemotiveerd": ("had geen zin", "hebt geen zin", False),
    "teleurgesteld": ("baalde", "baalt", False),
    "genieten": ("genoot", "geniet", False),
    "meeleven": ("leefde mee", "leeft mee", False),
    "onzeker": ("twijfelde", "twijfelt", False),
    "gewalgd": ("walgde", "walgt", False),
}
# A form of a verb family said back in the student's own words: "medelijden" is "je had medelijden", not
# the family's "je leefde mee".
VERB_SAID: dict[str, tuple[str, str, bool]] = dict.fromkeys(
    ("medelijden", "had medelijden", "heb medelijden", "hebt medelijden", "heeft medelijden"),
    ("had medelijden", "hebt medelijden", False),
)
# The forms that make a verb family show as a verb (the adjective forms keep the adjective).
VERB_FORMS = frozenset(
    "schaam schaamt schaamde schaamden schamen geschaamd erger ergert ergerde ergeren geergerd verveel "
    "verveelt verveelde vervelen schrik schrikt schrok schrokken baal baalt baalde balen gebaald geniet "
    "genoot genoten genieten twijfel twijfelt twijfelde twijfelen getwijfeld "
    "walg walgt walgde walgden walgen medelijden meelevend".split()
) | {"voelde mee", "voel mee", "leefde mee", "leef mee", "leeft mee", "leven mee"}
# "je had geen zin"
VERB_FORMS |= VERB_SAID.keys()
VERB_FORMS |= {"geen zin in", "geen zin meer in", "tegenzin", "geen zin meer", "geen zin"}
# State words that read better with "voelen": "je voelde je welkom" (not "je was welkom").
FEEL_WORDS = frozenset(
    [
        *"welkom gewaardeerd buitengesloten schuldig rot thuis veilig nuttig dom nutteloos useless".split(),
        *"klein warm ongemakkelijk onhandig fijn prettig onwennig volwassen zekerder".split(),
        *"zelfverzekerder leeg".split(),
        *"sterk vrij genegeerd onzichtbaar verloren verantwoordelijk uitgedaagd belangrijk".split(),
        "zeker van jezelf",
        *("onderdeel van het team", "onderdeel van de groep"),
        "serieus genomen",
        "op je plek",
        *(
            "stoer",
            "goed",
            "top",
            "slecht",
            "prima",
            "oké",
            "raar",
            "niet goed",
            "niet zo goed",
            "als een vis op het droge",
        ),
    ]
)
# Good feelings whose denial tells a feeling ("ik voelde me niet welkom", "niet op mijn gemak").
NEGATABLE = frozenset(
    {"fijn", "goed", "welkom", "thuis", "op je gemak", "gewaardeerd", "veilig", "welcome", "at ease", "good"}
)
# Forms that are also ordinary words: a feeling only after a copula ("ik was kapot", not "de kapot ...").
AMBIGUOUS = frozenset(
    {
        "kapot",
        "hooked",  # "i was kinda hooked"; not "hooked up the cable"
        "vet",
        "vette",
        "gaar",
        "down",
        "sick",
        "lit",
        "op",
        "cool",
        "rot",
        "shock",
        "gebroken",
        "rustig",
        "moved",
        "touched",
    }
)
# Families that say how someone sees themselves more than how they felt ("dom", "stoer"): a feeling only
# after "voelde me" / "felt" ("ik voelde me dom", not "het was dom" or "een stoere auto").
FEEL_ONLY = frozenset(
    [
        *"dom nuttig nutteloos stoer thuis klein warm volwassen zekerder leeg sterk vrij verloren".split(),
        "onhandig",
        "verantwoordelijk",
        "onzichtbaar",
        "belangrijk",
        "important",
        *("onderdeel van het team", "onderdeel van de groep"),
        *"useful useless stupid tough lost invisible free small".split(),
        "at home",
    ]
)
# Families read only in a short answer ("goed", "prima", "fine"): in a story they judge anything.
SHORT_ONLY = frozenset({"goed", "slecht", "good", "bad"})
# English words that mean something else in a Dutch sentence ("het was glad buiten").
# Dutch words that mean something else in an English sentence ("he gave me", "the bang").
NOT_IN_ENGLISH = frozenset({"gave", "bang", "rot", "eng", "moe", "stom"})
NOT_IN_DUTCH = frozenset(
    {"glad", "respect", "content with", "fear", "mad", "great", "upset", "shy", "me", "bord", "exited"}
)

INTENSIFIERS = ("super", "mega", "hyper", "ultra", "giga", "kei", "dood", "bere", "knetter", "over", "reuze")
