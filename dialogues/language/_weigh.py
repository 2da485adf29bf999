"""Weigh an answer: a real answer, a plain "no", or a non-answer ("niks", "weet niet", "idk", "-").

A mentor hears the difference: a non-answer is not praised or summed up as a story; a "nee" to "had je
dit eerder?" is an answer; a next step is something to *do*.
"""

from __future__ import annotations

import re
from typing import Literal

from ._answers import _UNKNOWN, is_yes
from ._date_words import WEEKDAYS
from ._normalize import fold, words
from ._whose_step import someone_else_acts

__all__ = [
    "Weight",
    "half_right_alone",
    "is_action",
    "is_correction_start",
    "leaning",
    "names_no_step",
    "opens_half_right",
    "step_of_someone_else",
    "weigh",
]

Weight = Literal["none", "no", "thin", "ok"]

# Folded phrases that say nothing (beyond "don't know", which _answers lists).
_NOTHING = frozenset(
    (
        "niks|niets|nix|nikss|niks eigenlijk|niets eigenlijk|nog niks|nog niets|geen|geen een|geen idee|"
        "nvt|n v t|whatever|boeit niet|boeie|maakt niet uit|maakt me niet uit|weet ik veel|geen zin|"
        "nothing|nothing really|none|idc|dont care|i dont care|no clue|dunno|nah|meh|mwah|pff|pfff|hmm|hm|"
        "uh|uhm|ehm|eh|euh|ok|oke|oki|okay|k|kk|ja|jaa|yes|yeah|x|xx|lol|haha|hahaha|ik weet het niet|"
        "weet ik niet|weet niet|idk|geen antwoord|skip|volgende|next|niks te zeggen|niks bijzonders|"
        "nee niks|nee niets|niet echt iets|niks speciaals|geen flauw idee|geen idee eigenlijk|tja|tsja|tjah"
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
    vrage mailtje helpen help meehelpen
    ask call email text look search watch try practise practice write read visit go do sign apply talk
    send plan learn find prepare book join contact message check google meet make
    """.split()
)
# A day or event to go to names a step by itself ("open dag mbo veiligheid", "naar de proefles").
_EVENTS = re.compile(
    r"\b(?:open ?dag|meeloopdag|proefstudeerdag|proefles|proefdag|snuffelstage|beroepenmarkt|"
    r"informatieavond|voorlichting(?:savond)?|open day|taster day|job fair|afspraak|gesprek|mailtje|"
    r"berichtje|belletje|appointment)\b"
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
# Half right: "klopt half", "niet helemaal", "not quite", said on their own (not "niet helemaal zeker
# wanneer", "not quite finished"); "niet helemaal denk ik, ...": a few words of how sure may come first.
_HALF_RIGHT = (
    r"(?:(?:(?:dat|da) )?klopt (?:maar )?(?:half|deels)|half (?:right|true|waar)|(?:nou |ja |mwah )?half|"
    r"niet helemaal|"
    r"not (?:quite|entirely|completely))(?:\s+(?:denk ik|i think|eigenlijk|hoor|joh|tbh|honestly))?"
    r"(?=\s*[,.!?]|\s+(?:maar|but)\b|$)"
)
_HALF_START = re.compile(rf"^{_HALF_RIGHT}")
_CORRECTION_START = re.compile(
    # "hmm nee", "wait no", "bro klopt niet": a word of hesitation may come first.
    r"^(?:(?:hmm+|hm|mwah|uhm*|uh+|ehm|eh+|he|pf+|ugh|bro|nou|well|wait|hold on|wacht|haha+|lol|wat|what|"
    # "ja maar nee", "yeah but that's not right" (not "ja maar fout was het niet")
    r"wdym|huh|wtf|bruh|ja,? maar(?! fout)|yes,? but|yeah,? but)[ ,.?!]+)?"
    r"(?:nee+|neen|neuh|neeh|nae|nope|no|nah|niet waar|klopt niet?|(?:dat|da) klopt niet?|"
    r"klopt helemaal niet?|"
    # "dat klopt eigenlijk niet"; "klopt half, ...", "not quite.": half right is a correction too.
    r"(?:(?:dat|da) )?klopt (?:eigenlijk|echt) niet?|"
    rf"{_HALF_RIGHT}|"
    r"fout|"
    r"wallah niet|wollah niet|echt niet|"
    r"(?:not really|niet echt) (?:that|dat)(?=\s*[,.!?]|$)|"
    r"(?:not exactly|niet precies)(?: that| it| dat| het)?(?=\s*[,.!?]|$)|"
    r"dat is (?:het|t) (?:niet?|neet)(?: echt| helemaal| precies)?(?=\s*[,.!?]|\s+(?:hoor|joh)\b|$)|"
    r"da'?s (?:het|t) niet?|"
    r"that'?s not (?:right|true)|not (?:right|true)|wrong|dat is niet zo|helemaal niet|"
    # "hmm that's not quite it", "hmm not really. the biggest thing was ..."
    r"that'?s not (?:quite |really |exactly )?it(?=\s*[.,!]|$)|(?:not really|niet echt)(?=\s*[.!]|$)|"
    # "that's a bit too strong", "dat is wel te veel", "minder heftig dan dat": the named word too big.
    r"(?:that'?s|thats|it'?s|dat is|das|da's|is) (?:a bit |way |kinda |wel |een beetje |echt |nogal )?"
    r"(?:too much|too strong|te veel|te sterk|te zwaar|overdreven)(?=\s*[,.!]|\s+(?:lol|haha|tbh)\b|$)|"
    r"minder (?:heftig|erg|sterk) (?:dan|als) dat|niet zo (?:erg|sterk)(?: hoor)?(?=\s*[,.!]|$))\b"
)


def _plain(text: str) -> str:
    return " ".join(words(text)).replace("’", "'")


# Words around a non-answer that do not make it one ("niks denk ik", "idk eigenlijk", "nothing really lol").
_FILLERS = frozenset(
    [
        *"denk ik eigenlijk iig ieg echt gewoon hoor nog sws lol haha i think really tbh".split(),
        *"tja tsja tjah well uhh".split(),
    ]
)
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


def is_action(text: str) -> bool:
    """Whether a next step names something to do ("mijn oom bellen", "de site bekijken"), not "niks"."""
    if names_no_step(text):
        return False
    # The whole answer names what to do ("de site bekijken, maar niet vandaag"); the part after "maar"
    # only decides whether it says there is no step (names_no_step).
    plain = _plain(text)
    tokens = plain.split()
    if any(t in _ACTION_WORDS for t in tokens) or _EVENTS.search(plain) or _TO_SOMEONE.match(plain):
        return True
    # Dutch infinitives ("opbellen", "uitzoeken") and English -ing forms also do; plural nouns and
    # adverbs that end the same way ("iets met dieren", "misschien") do not.
    return len(tokens) >= 2 and any(
        re.fullmatch(r"[a-z]{3,}(?:en|ing)", t) and t not in _NOT_VERBS for t in tokens
    )


_QUESTION_START = re.compile(
    r"^(?:wat|hoe|welke?|wie|waar|wanneer|moet|kan|mag|zal|zou|what|how|which|who|where|when|should|can)\b"
)


def _asks(plain: str, text: str) -> bool:
    """A question back ("wat moet ik doen?"), not a step with a question in it ("vragen: mag ik komen?")."""
    return text.rstrip().endswith("?") and _QUESTION_START.match(plain) is not None


# Answers that sound like a step but name nothing to do at a time: waiting to see, going on as now, a
# resolution or a quality ("meer durven", "be more chill"), a wish for later, thinking it over, free time,
# not wanting to. A mentor would ask for one concrete thing, so the bot does too.
_VAGUE = re.compile(
    r"\b(?:(?:ff|even|eens|gewoon|gwn|eerst) (?:kijken|zien)"
    r"(?: wat ik wil| wat er komt| wel| hoe het gaat| hoe het loopt)?$|"
    r"^(?:kijken|zien) hoe het (?:gaat|loopt)$|"
    r"\b(?:see|wait) (?:what happens|how it goes)\b|\bwait and see\b|"
    # "nog nie over nagedacht", "haven't thought about it yet": no step yet.
    r"\b(?:nog )?(?:niet|nie|geen) (?:over )?(?:na ?gedacht|nagedacht)\b|\b(?:havent|have not|not) thought "
    r"about it\b|"
    r"(?:ik )?(?:zie|zien|kijk) (?:wel|nog wel)\b|komt wel|zie wel wat er komt|afwachten|"
    r"^(?:k|ik )?zal (?:wel|wel zien)$|^kzal wel$|^(?:weet ik|wt ik) veel$|"
    r"door(?:gaan|werken|zetten)|volhouden|"
    # "ik werk gewoon verder", "gewoon verder werken": the whole answer, not "een contract tekenen en ..."
    r"^(?:ik |ja |gewoon |gwn )*(?:(?:werk|ga|doe) (?:gewoon |gwn )?verder|verder ?(?:werken|gaan|doen))$|"
    r"blijven (?:werken|gaan|doen|hebben|gamen)|hetzelfde als|"
    r"keep (?:working|going|doing|gaming|playing|chilling)|same as now|^(?:kijken|zien|look|see)$|"
    r"^(?:gewoon |gwn |ja )*(?:werken|gaan|elke week gaan|naar stage gaan)$|"
    r"ik wil (?:gewoon |echt )?\w+(?: \w+)? worden|i (?:just |really )?want to (?:be|become)\b|"
    r"^(?:(?:gewoon|gwn|ja|meer|beter|goed) )*(?:opletten|oplette)(?: op school| in de les| in de klas)?$|"
    r"^(?:just )?pay (?:more )?attention(?: in class| at school)?$|"
    r"nadenken|denken over|think about|think it over|^(?:(?:gewoon|gwn|ja|maar|just) )*(?:hopen|hope)\b|"
    r"^(?:(?:echt|gewoon|gwn|lekker|even|ff|just) )*(?:gamen|chillen|slapen|relaxen|netflixen|feesten|"
    r"rusten|uitrusten|relax|chill)\b|"
    r"geen zin|hoef ik niet|hoeft (?:niet|van mij niet)|geen plan|maybe later|misschien later|"
    r"geen (?:flauw )?idee|no idea|weet (?:ik )?(?:het )?(?:echt )?(?:nog )?niet|idk|dunno)"
)
# A resolution or a quality is no step unless it names something concrete to do ("meer uren vragen").
_RESOLUTION = re.compile(
    r"^(?:gewoon |gwn |ja )*(?:meer|minder|beter|harder|vaker|niet meer)\b|"
    r"^(?:just |to )?(?:be )?(?:more|less|better)\b|\bbe (?:more|less)\b"
)
# Doing words too wide to make a resolution concrete ("meer leren", "harder werken").
_WIDE = _GENERIC | frozenset("leren leer learn proberen probeer try werken werk work".split())
# Looking around is not yet doing something ("ff kijken wat ik wil"), unless a vague word is absent.
_LOOKING = frozenset("kijken kijk look zien zie".split())
_NOUN_BEFORE = frozenset("geen een de het mijn mn m'n a an the my".split())
# "naar mijn oom", "naar de open dag": going to someone or somewhere.
_TO_SOMEONE = re.compile(r"(?:ik ga |gaan |ga )?naar (?:de|het|een|mijn|mn|m'n|haar|zijn|onze) \w+")


# "mijn best doen op het sollicitatiegesprek morgen": one occasion named, so one thing to do.
_OCCASION = re.compile(
    r"\b(?:op|bij|tijdens|voor|in|at|during|for|on) (?:(?:het|de|mijn|mn|m'n|the|my|a|an|een) )?\w+"
)
_BEST = re.compile(r"\bdo (?:my )?best\b|(?:mijn|m'n|mn) best doen\b")
# Habits a resolution is about ("beter plannen"): no one thing to do.
_HABITS = frozenset(
    "plannen plan opletten letten luisteren concentreren focussen focus listen organise".split()
)
# A wish or a resolution that a named event, place or day makes concrete ("mijn best doen op de proefles
# vrijdag", "eerst school afmaken en dan naar het mbo").
_WISH = re.compile(
    r"^(?:misschien |later |maybe )?iets (?:met|in) \w+$|^(?:maybe )?something (?:with|in) \w+$|"
    r"^(?:misschien |maybe )?(?:iets anders|something else)$|"
    r"school afmaken|(?:mijn )?diploma halen|finish school|(?:mijn |m'n |mn )?stage (?:afmaken|afronden)|"
    r"\b(?:work|try|study) harder\b|\bdo (?:my )?best\b|(?:beter )?(?:mijn|m'n|mn) best doen"
)
# A day named: the date parser's weekdays, and the days said as a word.
_WHEN = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|morgen|vandaag|vanavond|volgende week|tomorrow|tonight|today|next week)\b"
)
# "maybe look some stuff up online", "wat dingen opzoeken": about nothing named ("wat dingen vragen aan mijn
# mentor", "wat dingen opzoeken over de opleiding" name someone or something).
_SOME_STUFF = re.compile(
    r"\b(?:some|wat|een paar|paar) (?:stuff|dingen|things|dingetjes)"
    r"(?: (?:up|op|online|opzoeken|zoeken|googlen|ofzo|enzo|or something|doen|do))*$"
)
_SOMEDAY = re.compile(
    r"^(?:(?:misschien|maybe|ja|gewoon|gwn|yeah) )*(?:ooit|someday|some day|one day)\b|"
    # "maybe look into it sometime"
    r"^(?:misschien|maybe)\b.*\b(?:ooit|sometime|someday|some day|one day)$"
)
# "ff kijken wat er nog meer is": looking around at nothing named
_LOOK_AROUND = re.compile(
    r"^(?:(?:ik|i) (?:ga|gaan|wil) )?(?:(?:ff|even|eens|gewoon|gwn|ja) )*"
    r"(?:kijken|kijk) (?:wat er (?:nog )?(?:meer )?(?:allemaal )?"
    r"(?:is|komt|te doen is)|hoe het (?:loopt|gaat)|of het wat is)$"
)
_REASON = frozenset({"zodat", "omdat", "because"})
_MAYBE_ONLY = frozenset("mss misschien miss maybe perhaps wellicht ofzo denk ik het wel idk".split())
# Said at the end of a chat message, to someone: "ff kijken bro".
_CHAT_TAIL = frozenset("bro man joh hoor lol haha wallah sahbi mattie ofzo enzo".split())
# Doing what they already do ("gewoon mijn wijk lopen", "gwn weer rijden volgende week"): no new step.
_GOING_ON = frozenset("lopen loop werken werk rijden".split())
# Said around it: "gewoon weer", "just again", and when ("volgende week", "zaterdag").
_AS_BEFORE = frozenset("gewoon gwn ja weer verder just again keep volgende week morgen next".split())


def step_of_someone_else(text: str) -> bool:
    """Whether the step named is someone else's to take ("mijn moeder gaat bellen met Henk")."""
    return someone_else_acts(_plain(text).split())


def names_no_step(text: str) -> bool:
    """Whether an answer to "what is your next step?" says there is none: "niks", a question back, or
    something vague ("ik zie wel", "gewoon doorwerken", "meer durven") with nothing concrete to do in it."""
    if weigh(text) in ("none", "no") or _asks(_plain(text), text):
        return True  # "wat moet ik doen?" asks for a step, it is not one
    # "X maar Y": the last part decides ("geen zin, maar ik ga wel de decaan mailen" is a step).
    tokens = _deciding(_plain(text)).split()
    while len(tokens) > 1 and tokens[-1] in _CHAT_TAIL:
        tokens.pop()  # "ff kijken bro"
    # "beter plannen zodat ik hoge cijfers haal": what for is no part of what to do
    reason = next((i for i, t in enumerate(tokens) if i > 0 and t in _REASON), len(tokens))
    if not set(tokens[:reason]) <= _MAYBE_ONLY:
        tokens = tokens[
            :reason
        ]  # not "misschien omdat ik het leuk vind ga ik solliciteren": the reason first
    plain = " ".join(tokens)
    if not tokens or set(tokens) <= _MAYBE_ONLY:
        return True  # "mss", "misschien ofzo": nothing to do in it (dev76)
    if someone_else_acts(tokens):
        return True  # "mijn moeder gaat bellen met Henk": a step, but not the student's own (dev77)
    # After "geen", "een", "de" a verb stem is a noun ("geen plan", "een mail"): no doing in it.
    doing = {
        t
        for i, t in enumerate(tokens)
        if t in _ACTION_WORDS and (i == 0 or tokens[i - 1] not in _NOUN_BEFORE)
    }
    concrete = doing - _WIDE - _LOOKING
    if _RESOLUTION.search(plain) and not concrete - _HABITS:
        return True  # "beter plannen", "meer opletten": a resolution, no one thing to do
    if (_SOMEDAY.search(plain) or _SOME_STUFF.search(plain)) and not _WHEN.search(plain):
        return True  # "misschien ooit ergens anders meelopen", "maybe look some stuff up": nothing yet to do
    if any(t in _NOTHING_FIRST or t in _UNSURE for t in tokens) and doing <= _GENERIC:
        return True  # "ik ga niks doen", "idk what to do"
    if concrete - _GOING_ON:
        return False
    if _BEST.search(plain) and not (_TO_SOMEONE.search(plain) or _OCCASION.search(plain)):
        return True  # "ik ga vanaf morgen echt mijn best doen": a resolution, also with a day
    if _LOOK_AROUND.match(plain) and not (
        _EVENTS.search(plain) or _TO_SOMEONE.search(plain) or _WHEN.search(plain)
    ):
        return True  # "ff kijken wat er nog meer is"; not "even kijken hoe laat de open dag is"
    if tokens[0] in {"niks", "niets", "nothing"} and tokens[1:2] in (["gewoon"], ["gwn"], ["just"]):
        return True  # "niks, gewoon mijn wijk lopen": going on as now
    if set(tokens) & _GOING_ON and all(
        t in _GOING_ON or t in _AS_BEFORE or _WHEN.fullmatch(t) for t in tokens
    ):
        return True  # "gwn weer rijden volgende week", "gewoon weer werken": going on as now
    if _WISH.search(plain) and not (
        _EVENTS.search(plain) or _TO_SOMEONE.search(plain) or _WHEN.search(plain)
    ):
        return True  # "beter mijn best doen", "gewoon school afmaken": not yet one thing to do
    # A resolution or a quality names nothing to do ("meer durven", "minder verlegen zijn").
    resolution = _RESOLUTION.search(plain) or (len(tokens) >= 2 and tokens[-1] == "zijn")
    return bool(_VAGUE.search(plain) or resolution or tokens[0] in _NOTHING_FIRST)


def _deciding(plain: str) -> str:
    """The part of an answer after its last "maar"/"but" (all of it when there is none)."""
    # Not "maar dan": "nog een keer meelopen, maar dan op de spoed" narrows the step down.
    return re.split(r"\b(?:maar|but)\b(?! dan\b)", plain)[-1].strip() or plain


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


def opens_half_right(text: str) -> bool:
    """Whether a message opens with "klopt half", "niet helemaal", "not quite": the named feeling partly
    right, so "klopt half, ik was ook moe" adds one where "klopt half, ik was nieuwsgierig" replaces it."""
    return _HALF_START.match(_opening(text)) is not None


def half_right_alone(text: str) -> bool:
    """Whether "klopt half", "nou half", "not quite" is all the message says (a filler after it aside);
    not "half, toen hij schreeuwde", which tells when it was right."""
    opening = _opening(text)
    match = _HALF_START.match(opening)
    return match is not None and not set(re.findall(r"[a-z']+", opening[match.end() :])) - _AFTER_HALF


_AFTER_HALF = frozenset("hoor joh wel haha lol ofzo denk ik eigenlijk tbh honestly i think".split())


def is_correction_start(text: str) -> bool:
    """Whether a message opens like a correction: "nee, ...", "dat klopt niet", "that's not right"."""
    opening = _opening(text)
    return _CORRECTION_START.match(opening) is not None and _NO_BUT_YES.match(opening) is None


# "nee echt wel", "nee joh, zeker wel", "nee klopt": Dutch says yes with a "nee" first (dev74).
_NO_BUT_YES = re.compile(
    r"^nee+[ ,!]+(?:(?:joh|hoor|man)[ ,!]+)?(?:(?:echt|zeker|juist|heus|toch) wel|klopt)"
    r"(?=(?:\s+(?:hoor|joh|man|haha|lol))?\s*(?:[^\w\s]|$))"
)


def _opening(text: str) -> str:
    # "🙄 nee": an emoji first is part of how it is said.
    return re.sub(r"^[\W_]+", "", fold(text).replace("’", "'"))
