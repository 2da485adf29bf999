"""How a student answers the feelings the bot said back: which they turn down, which they put in place.

Pure text work on one message, given the named feelings' words; the listening node decides what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ._close_words import near_denied
from ._feelings import Feeling, family_of, read_feelings
from ._normalize import fold
from ._whose_words import OTHERS, PEOPLE

__all__ = ["Answered", "read_answer_to_named"]

# "bang is overdreven", "terrified is a bit much", "geschrokken valt mee", "tegenvallen is een groot woord":
# the named word is too strong.
_TOO_STRONG = (
    r"(?:(?:is|klinkt|was|sounds|feels)(?: \w+){0,2} (?:te|too) "
    r"(?:veel|erg|heftig|groot|zwaar|sterk|much|harsh|big|strong|heavy)|"
    r"(?:is|klinkt|sounds|feels)(?: \w+){0,2} (?:(?:een )?(?:beetje|tikkie|wat) )?"
    r"(?:veel|overdreven|zwaar|sterk)|"
    r"(?:is|was|sounds|feels)(?: \w+){0,2} (?:a )?(?:bit|little|tad) (?:much|strong|over the top|extreme)|"
    r"(?:is )?(?:overdreven|overkill|exaggerated|a stretch)|"
    r"(?:valt|viel) (?:\w+ ){0,2}mee|(?:is|was) (?:wel |best )?een (?:groot|zwaar|sterk) woord|"
    # "dat blije was maar heel even", "the nervous part wasn't that bad": only a little of it.
    r"(?:was|duurde) (?:\w+ )?maar (?:\w+ )?(?:even|eventjes|kort)|"
    r"(?:part |thing |bit )?(?:wasn'?t|was not|isn'?t) (?:that|so|too) bad|"
    r"(?:part )?was (?:only|just) (?:for )?a (?:second|moment|bit)|"
    # "annoyed is a strong word": the English of "een groot woord".
    r"(?:is|was|sounds like) (?:\w+ )?an? (?:\w+ )?(?:strong|big|heavy|harsh) word)"
)
# "verdrietig is te zwak", "wel is zacht uitgedrukt", "scared is an understatement": too weak.
_TOO_WEAK = (
    r"(?:(?:is|klinkt|was|sounds)(?: \w+){0,2} (?:te|too) "
    r"(?:zwak|zacht|weinig|wijnig|licht|mild|weak|soft|little)|"
    r"(?:is|was)(?: \w+){0,2} (?:nog )?(?:zacht|zwak|mild) uitgedrukt|"
    r"(?:is|was)(?: \w+){0,2} (?:(?:an|een) )?(?:understatement|onderschatting|onderdrijving)|"
    r"(?:is|klinkt)(?: \w+){0,2} (?:slap|lauw|zwakjes|zwak))"
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
_WORD_THEN_NO = (
    # "the satisfied part not really", "excited isn't really the word", "trots is niet echt het woord"
    r"[,.!]?(?: (?:haha+|lol|xd))?(?: (?:part|thing|bit|deel|gedeelte|stuk))? (?:klopt |is |was )?"
    r"(?:nee+|neen|nope|no|nah|niet echt|niet|not really|not right|fout|wrong|"
    r"isn'?t (?:really |quite )the (?:right )?word|isn'?t the right word|"
    r"(?:is )?niet (?:echt |helemaal )?het (?:goede |juiste )?woord)"
    r"(?=\s*(?:[,.!?;]|$|hoor|man|bro|broer|bruh|gast|joh|maar|but|en|and|wel|ja|yes|haha+|lol|tbh|honestly|eigenlijk)\b|\s*[,.!?;]|\s*$)"
)
# "moe boeit niet", "trots maakt niet uit", "bored doesn't matter": that named word is not what it was about.
_NOT_MATTER = (
    r"\W{0,2} (?:boeit (?:niet|nie|geen)|maakt (?:niet|nie) uit|doet er (?:niet|nie) toe|"
    r"(?:doesn'?t|does not|didn'?t) matter|is (?:niet|nie) belangrijk)"
)
# "zenuwachtig eigenlijk alleen de eerste 2 minuten, dat telt niet echt": said to not count, later on in
# the same sentence (only at first alone is an answer about the moment: "zenuwachtig alleen de eerste keer").
_NOT_COUNTING = r"\b[^.!?]{0,60}?\b(?:dat|that|it) (?:telt (?:niet|nie)|doesn'?t count|does not count)\b"
# "beetje?? nee man", "scared?? no": a word of the bot's asked back, then no.
_ASKED_BACK_NO = re.compile(r"^(?:\w+ ){0,2}\w+ ?\?+ ?(?:nee+|no|nope|nah|neuh)\b")
# "blij? ja zeker", "was ik trots? nou eigenlijk wel": the named word asked back and agreed with.
_AGREED = (
    r" ?(?:(?:nou|eigenlijk|best|echt|toch) )*(?:ja+|yes|yeah|yep|zeker|klopt|wel|sure|definitely|tuurlijk|"
    r"natuurlijk|ofc|of course|obviously|logisch|duh|yup)\b"
)
# After "X?? nee": more of it ("super blij", "heel erg", "way more").
_STRONGER = re.compile(r"\W*(?:super|mega|heel|echt|erg|veel|way|so|really|much|extremely)\b")
# "een beetje? veel erger", "a bit?? way more": the named word asked back as too little.
_ASKED_TOO_LITTLE = re.compile(
    r"^(?:\w+ ){0,2}\w+ ?\?+ ?(?:nee+ )?"
    r"(?:veel erger|erger|veel meer|much worse|way worse|way more|much more)\b"
)
# "nee hoor niet echt. beetje dan 🤏": the named word, softer.
_A_BIT_AFTER_ALL = re.compile(
    r"\b(?:een )?(?:klein )?beetje (?:dan|wel|misschien)\b|\ba (?:little )?bit (?:then|maybe)\b"
)
# "nieuwsgierig wel", "excited yes", "teleurgesteld wel even ja", "fasinated yeah": a named word kept.
_KEPT_AFTER = r"\W{0,2} (?:\w+ ){0,2}?(?:wel|ja|yes|yeah|yep|klopt|zeker|for sure)\b(?! (?:niet|nie|not)\b)"
_KEPT = re.compile(rf"\S+{_KEPT_AFTER}")
# "pissig was ik nie echt hoor. gewoon kapot": a named word said again plainly is kept.
_KEPT_BEFORE = r"(?<!niet )(?<!nie )(?<!not )\b(?:gewoon|gwn|juist|just|gewoon echt)\s+"
# "dat zei ik toch niet??", "I never said that": the bot's words turned down as a whole.
_NOT_SAID = re.compile(
    r"\b(?:dat zei ik (?:toch )?niet|dat heb ik (?:toch )?niet gezegd|i didn'?t say (?:that|so)|"
    r"i never said (?:that|so))(?=\s*(?:[,.!?]|$))"
)
# "I wouldn't call it nervous", "ik zou het geen bang noemen": that word turned down.
_WOULD_NOT_CALL = re.compile(
    r"\b(?:i wouldn'?t call it |i would not call it |ik zou het (?:geen|niet) (?:\w+ )?)(?P<word>\w+)"
)
# Only "is"/"klinkt" with a word on words ("wel is zacht uitgedrukt", "is overdreven hoor"), never "was":
# "was best veel werk" tells of the day.
_ABOUT_IT_FIRST = (
    r"^\W*(?:(?:wel|dat woord|het woord|that word|the word|een beetje|beetje) )?(?:is|klinkt|sounds) "
    r"(?:nog |wel |echt |een beetje |wat |a bit |kinda )?"
    r"(?:zacht uitgedrukt|te zwak|te zwaar|te sterk|te veel gezegd|overdreven|een groot woord|too strong|"
    r"too much|an understatement|exaggerated|a bit much)\b"
)
_CLAUSE_START = re.compile(r"[,.!?;:]")
# "mijn trainer", "his sister": someone, whatever the noun.
_SOMEONE_S = re.compile(r"\b(?:mijn|mn|zijn|haar|hun|onze|my|his|her|their|our) [a-z]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# "ja zenuwachtig zeker, maar daarna ook opgelucht": after the last "maar", "ook" adds a feeling; in "blij
# ook maar meer trots", the part after "maar" decides.
_BUT = re.compile(r"\b(?:maar|but)\b(?! (?:dan|then)\b)")
# Not "too strong", "a bit too much": "too" before a word on the named one's size says nothing added.
_ALSO = re.compile(
    r"\b(?:ook|also|as well)\b|"
    r"\btoo\b(?!\s+(?:strong|much|heavy|big|weak|far|mild|soft|extreme|dramatic)\s*(?:[,.!?]|lol|haha|tbh|$))"
)
_THEN = re.compile(r"\b(?:daarna|toen|later|then|after|afterwards)\b")
_MAINLY = re.compile(r"\b(?:meer|vooral|eerder|juist|more|mostly|rather|mainly)\b")


@dataclass(frozen=True, slots=True)
class Answered:
    """What a message says about the feelings named just before it."""

    # The student's feelings in the message, in order: not those said too strong, not someone else's, not
    # those turned down.
    own: tuple[Feeling, ...]
    # Named families the student turned down (too strong, "X nee", the other one in a comparison, said to
    # be someone else's).
    turned_down: frozenset[str]
    # Whether a named word itself was turned down or questioned ("bang is overdreven", "blij is te zwak",
    # "meer gespannen dan bang", "moe ja, chagrijnig nee", "beetje?? nee"): a correction wherever it stands.
    about_named: bool
    # Whether the student says a feeling was someone else's ("de chef was boos, niet ik").
    not_me: bool
    # Whether the part that decides says "ook"/"also": a feeling added, not put in the named one's place.
    adds: bool
    # Whether the named feelings stand, said stronger or softer ("blij?? nee super blij", "niet echt.
    # beetje dan"): nothing else was named.
    same: bool = False
    # Named families the student kept beside a correction ("nieuwsgierig wel", "excited yes").
    kept: frozenset[str] = frozenset()


def _spellings(text: str, language: str) -> dict[str, set[str]]:
    """The words of `text` that are a feeling, by family: "dat blije viel mee" speaks of "blij"."""
    found: dict[str, set[str]] = {}
    for word in set(re.findall(r"[a-z\u00e0-\u024f']+", fold(text))):
        family = family_of(word, language)
        if family is not None:
            found.setdefault(family, set()).add(word)
    return found


def read_answer_to_named(text: str, named: Iterable[tuple[str, str]], language: str) -> Answered:
    """Read `text` as an answer to feelings just named, given as (word, family) pairs."""
    pairs = list(named)
    held = {family for _, family in pairs}
    down: set[str] = set()
    # Too strong: another word of the family may still be right ("terrified is a bit much, scared for
    # like 2 seconds"), the word said too strong is not.
    toned: dict[str, set[str]] = {}
    # Too weak ("blij is te zwak", "meer dan bang"): a stronger word of the family ("super blij",
    # "doodsbang") is the student's word; another family takes its place.
    sharpened: set[str] = set()
    spelt = _spellings(text, language)
    # "moe boeit niet, het ging om de zenuwen": turned down only for another feeling told ("blij boeit niet,
    # ik kreeg 5 euro fooi" is no correction).
    shrugged: set[str] = set()
    for word, family in pairs:
        forms = "|".join(
            re.escape(w)
            for w in sorted({word, fold(word), family, fold(family), *spelt.get(family, ())}, key=len)[::-1]
        )
        strong = rf"\b({forms}) {_TOO_STRONG}\b"
        for match in re.finditer(strong, text, flags=re.IGNORECASE):
            down.add(family)
            toned.setdefault(family, set()).add(fold(match.group(1)))
        text = re.sub(strong, " , ", text, flags=re.IGNORECASE)
        text, weak = re.subn(rf"\b(?:{forms}) {_TOO_WEAK}\b", " , ", text, flags=re.IGNORECASE)
        text, more = re.subn(rf"\b{_MORE_THAN} (?:{forms})\b", " , ", text, flags=re.IGNORECASE)
        if weak or more:
            sharpened.add(family)
        if re.search(rf"\b(?:{forms}){_WORD_THEN_NO}", fold(text)):
            down.add(family)
        if re.search(rf"\b(?:{forms}){_NOT_MATTER}", fold(text)) or re.search(
            rf"\b(?:{forms}){_NOT_COUNTING}", fold(text)
        ):
            shrugged.add(family)
    # "wel is zacht uitgedrukt", "is overdreven hoor": said first, it is about the named ones ("het was te
    # veel werk", "mn tas was te zwaar" are about the work).
    text, first = re.subn(_ABOUT_IT_FIRST, " , ", text, flags=re.IGNORECASE)
    folded = fold(text)
    asked_no = _ASKED_BACK_NO.match(folded)
    too_little = _ASKED_TOO_LITTLE.match(folded)
    stronger = bool(asked_no and _STRONGER.match(folded[asked_no.end() :])) or bool(too_little)
    softer = bool(_A_BIT_AFTER_ALL.search(folded))
    kept_words = frozenset(
        family
        for word, family in pairs
        if re.search(rf"\b{re.escape(fold(word))}{_KEPT_AFTER}", folded)
        or re.search(rf"{_KEPT_BEFORE}{re.escape(fold(word))}\b(?! (?:niet|nie|not)\b)(?!\s*\?)", folded)
    )
    reading = read_feelings(text, language)
    # "then fasinated yeah": a named one said again (spelt any way) and agreed with.
    kept_words |= {
        f.family for f in reading.own if f.family in held and _KEPT.match(folded[f.start : f.start + 40])
    }
    if any(f.family not in shrugged for f in reading.feelings):
        down |= shrugged
    # "ik was niet bang, ik was gespannen" to a named "eng": a word of the same kind denied is the named
    # one denied, when the student tells another feeling in its place.
    if any(f.family not in held for f in reading.own):
        down |= near_denied(text, reading, held, language)
    if _NOT_SAID.search(folded):
        down |= held
    for match in _WOULD_NOT_CALL.finditer(folded):
        down |= {family_of(match.group("word"), language) or match.group("word")} & held
    if stronger:
        sharpened |= held  # "blij?? nee super blij", "beetje?? nee heel erg": more, not something else
    # "bang? nee hoor", "een beetje spannend?? ik was in paniek": the named word asked back, doubting it.
    for word, family in pairs:
        echoed = re.match(rf"^(?:\w+ ){{0,2}}{re.escape(fold(word))} ?\?+(?!\?)(?!{_AGREED})", folded)
        if (
            echoed
            and not stronger
            and family not in {f.family for f in read_feelings(folded[echoed.end() :], language).own}
        ):
            down.add(family)  # "zenuwachtig?? ik was kapot zenuwachtig" keeps it
    about_named = bool(down or sharpened or first or asked_no or too_little)
    # "bang? nee hoor" to a named "blij": the word asked back is not theirs either.
    questioned = (
        {f.family for f in read_feelings(folded[: asked_no.end()], language).feelings} if asked_no else set()
    )
    if first:
        sharpened |= held
    compared: set[str] = set()
    for match in _COMPARED.finditer(folded):
        clause = _CLAUSE_START.split(folded[: match.start()])[-1].split()
        if set(clause) & (PEOPLE | OTHERS) or _SOMEONE_S.search(" ".join(clause)):
            continue  # "de klant was eerder verbaasd dan blij", "my boss was more surprised than happy"
        old = match.group("old").strip()
        # Word by word too: "rustig" on its own is no feeling to the reader, but here it is the named one.
        olds = {f.family for f in read_feelings(old, language).feelings} | {
            found_family for w in old.split() if (found_family := family_of(w, language)) is not None
        }
        anything = any(old.startswith(a) for a in _ANYTHING)
        if olds or anything:
            # "more exciting than scary": the second is turned down, named or not.
            down |= held if anything else olds
            about_named = about_named or anything or bool(olds & held)
            compared |= {f.family for f in read_feelings(match.group("new"), language).feelings}
    theirs: set[str] = set()
    not_me = False
    for sentence in _SENTENCE.findall(folded):
        for match in _NOT_ME.finditer(sentence):
            not_me = True
            # "de klant was blij niet ik, ik was moe": only what comes before "niet ik" is someone else's.
            theirs |= {f.family for f in read_feelings(sentence[: match.end()], language).feelings}
    said = [
        f for f in reading.feelings if (f.family in compared or f in reading.own) and f.family not in theirs
    ]
    families = {f.family for f in said}
    down -= {f.family for f in said if f.family in toned and fold(f.word) not in toned[f.family]}
    # Too weak and another family named: that one takes the place; else the stronger word of the same.
    down |= {family for family in sharpened if families - held - {family}} - families
    own = [f for f in said if f.family not in down and (stronger or f.family not in questioned - held)]
    deciding = _BUT.split(folded)[-1]
    # Within the clause that tells the new feeling, and not "meer"/"vooral" ("ja maar meer bang eigenlijk.
    # dat het mij ook kan gebeuren" puts "bang" in the named one's place).
    deciding = re.split(r"[.!?\n]", deciding.strip(" .!?"))[0]
    # The "ook" of the part that tells the new feeling: not "eigenlijk boos, de eerste dag ging het ook mis".
    # Only read part by part when there is an "ook" at all (this runs on every answer to a named feeling).
    telling = [
        p
        for p in (re.split(r"[,;]", deciding) if _ALSO.search(deciding) else ())
        if any(f.family not in held for f in read_feelings(p, language).own)
    ]
    scope = " ".join(telling) if telling else deciding
    adds = bool(_ALSO.search(scope)) and not _MAINLY.search(scope)
    # "blij ja maar ik zou het eerder voldaan noemen" puts the new word in the kept one's place; "excited
    # yes, but not embarrassed, more like shocked" and "teleurgesteld wel even ja, maar daarna vooral
    # gemotiveerd" keep it.
    others_down = down | {f.family for f in reading.denied if f.family in held}
    if _MAINLY.search(deciding) and not _THEN.search(deciding) and not others_down - kept_words:
        kept_words = frozenset()
    same = (stronger or softer) and not (families - held)
    return Answered(
        tuple(own), frozenset((down | theirs) - kept_words), about_named, not_me, adds, same, kept_words
    )
