"""Safety signal detector: normalises a student message and matches it against the phrase data."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from bot.safety import _phrases

__all__ = ["Signal", "SignalKind", "detect_signal", "is_retraction", "normalise"]


class SignalKind(StrEnum):
    """What a safety signal is about; declared from most to least serious."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    ABUSE = "abuse"
    HOME_VIOLENCE = "home_violence"
    WORK_VIOLENCE = "work_violence"
    BULLYING = "bullying"


@dataclass(frozen=True, slots=True)
class Signal:
    """A detected safety signal: its kind and the stable id of the rule that fired (never the text)."""

    kind: SignalKind
    rule: str


_RANK: Final[dict[SignalKind, int]] = {kind: rank for rank, kind in enumerate(SignalKind)}
_KIND_CODES: Final = dict(zip("SHAVWB", SignalKind, strict=True))


# --- reading the phrase tables ------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_0-9]*)>")


def _expand(pattern: str) -> str:
    return _PLACEHOLDER.sub(lambda m: _BLOCKS[m.group(1)], pattern)


def _table(block: str, fields: int = 1) -> list[tuple[list[str], str]]:
    """Parse a phrase table: ``fields`` header fields, then the pattern, continued on indented lines."""
    rows: list[tuple[list[str], str]] = []
    for line in block.splitlines():
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if not line[0].isspace():
            parts = text.split(None, fields)
            rows.append((parts[:fields], parts[fields] if len(parts) > fields else ""))
            continue
        header, pattern = rows[-1]
        # Joining verbatim is only safe at an alternation or a lookahead: a space lost at a line break
        # would silently change the pattern, and "| x" would add an alternative starting with a space.
        if pattern and (text.startswith("| ") or not text.startswith(("|", "(?!", "(?="))):
            raise ValueError(f"{header[0]}: continuation must start with '|' or a lookahead: {text!r}")
        rows[-1] = (header, pattern + text)
    return rows


def _named(block: str) -> dict[str, re.Pattern[str]]:
    return {header[0]: re.compile(_expand(pattern)) for header, pattern in _table(block)}


_BLOCKS: Final = {header[0]: pattern for header, pattern in _table(_phrases.BLOCKS)}
# <A2> = up to two Dutch adverbs, <E2> the same in English, <G3> up to three words of any kind.
_BLOCKS.update({f"A{n}": f"(?:{_BLOCKS['NL_ADV']} ){{0,{n}}}" for n in range(1, 4)})
_BLOCKS.update({f"E{n}": f"(?:{_BLOCKS['EN_ADV']} ){{0,{n}}}" for n in range(1, 3)})
_BLOCKS.update({f"G{n}": rf"(?:\w+ ){{0,{n}}}?" for n in range(1, 7)})


# --- normalisation ------------------------------------------------------------------------------

# Contractions, applied before the remaining apostrophes are dropped.
_APOSTROPHE_FORMS: tuple[tuple[str, str], ...] = (
    (r"\bm'n\b", "mijn"),
    (r"\bz'n\b", "zijn"),
    (r"\bd'r\b", "er"),
    (r"(?:^|(?<=\s))'k\b", "ik"),
    (r"(?:^|(?<=\s))'t\b", "het"),
    (r"\bda's\b", "dat is"),
    (r"\bcan't\b", "can not"),
    (r"\bwon't\b", "will not"),
    (r"n't\b", " not"),
    (r"\bi'm\b", "i am"),
    (r"'re\b", " are"),
    (r"'ve\b", " have"),
    (r"'ll\b", " will"),
    (r"\bi'd\b", "i would"),
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
nobody=no+one srsly=seriously tbh=to+be+honest idk=i+do+not+know abt=about pls=please
"""
# Whole-token chat spellings ("+" in the table stands for a space).
_CHAT_TOKENS: dict[str, str] = {
    **{f"k{verb}": f"ik {verb}" for verb in _GLUED_IK.split()},
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
    for token in text.split():
        if token == "|":
            if out and out[-1] != "|":
                out.append(token)
            continue
        if _RUN3.search(token):
            token = _unstretch(token)
        out.append(_CHAT_TOKENS.get(token, token))
    if out and out[-1] == "|":
        out.pop()
    text = " ".join(out)
    if _FIX_HINT.search(text):
        for pattern, repl in _FIXES:
            text = pattern.sub(repl, text)
    return text


# --- rules --------------------------------------------------------------------------------------

# "niet meer", "not really" and friends are hedges or history ("ik doe mezelf niet meer pijn"): they
# keep the signal. "niet dat"/"niet of" open a new clause instead of negating this one.
_NEGATORS = (
    r"(?<!weet )(?<!wist )(?<!know )\b(?:niet|geen|nooit|not|never)\b(?! (?:meer|echt|zo|altijd|vaak|helemaal"
    r"|alleen|dat|of|anymore|really|always|only|sure|just|even|often|know|langer|lang)\b)"
)
_CLAUSE_CUT = r"(?:maar|want|omdat|en|dus|toen|terwijl|dat|of|wat|but|because|and|so|when|that|what|if)"


@dataclass(frozen=True, slots=True)
class _Rule:
    rule: str
    kind: SignalKind
    regex: re.Pattern[str]
    negatable: bool
    # "physical" / "sexual": the kind follows from who does it and where; "home": fires only when the
    # family is named nearby (see _resolve_kind).
    context: str
    suppress: tuple[re.Pattern[str], ...]
    # A contextual rule yields at best ABUSE; lets the scan stop once nothing left can beat a hit.
    best_rank: int


_MASK: Final = re.compile("|".join(f"(?:{p.pattern})" for p in _named(_phrases.MASKS).values()))
_SUPPRESSORS: Final = _named(_phrases.SUPPRESSORS)
_CUE: Final = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{p.pattern})" for name, p in _named(_phrases.CUES).items()) + r")\b"
)
_GROUP: Final = re.compile(_phrases.GROUP)
_NEGATOR: Final = re.compile(_NEGATORS)
_CUT: Final = re.compile(_CLAUSE_CUT)


def _rules() -> tuple[_Rule, ...]:
    rules = []
    for (rule, code, options), pattern in _table(_phrases.SIGNALS, 3):
        opts = options.split(",")
        kind = _KIND_CODES[code]
        context = next((o for o in opts if o in ("physical", "sexual", "home")), "")
        rules.append(
            _Rule(
                rule=rule,
                kind=kind,
                regex=re.compile(_expand(pattern)),
                negatable="noneg" not in opts,
                context=context,
                suppress=tuple(_SUPPRESSORS[o[4:]] for o in opts if o.startswith("sup:")),
                best_rank=_RANK[SignalKind.ABUSE] if context in ("physical", "sexual") else _RANK[kind],
            )
        )
    # Sorted so the scan can stop as soon as no remaining rule could beat what was found.
    return tuple(sorted(rules, key=lambda r: r.best_rank))


_RULES: Final = _rules()
# Most messages are harmless: one pass over all patterns at once rules them out in about half the
# time of trying the rules one by one (a hit anywhere in it means some rule matches somewhere).
_ANY_RULE: Final = re.compile("|".join(f"(?:{rule.regex.pattern})" for rule in _RULES))


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("|", 0, start) + 1
    right = text.find("|", end)
    return left, len(text) if right < 0 else right


def _negated(text: str, match: re.Match[str], left: int, right: int) -> bool:
    # A denial sits just before the pattern ("ik denk er niet aan om mezelf iets aan te doen"),
    # inside it ("hij heeft me nooit geslagen") or right after it ("hij slaat me niet").
    before = text[left : match.start()].split()
    for i in range(len(before) - 1, -1, -1):
        if _CUT.fullmatch(before[i]):
            before = before[i + 1 :]
            break
    after = text[match.end() : right].split()[:2]
    window = " ".join([*before[-4:], match.group(), *after])
    return _NEGATOR.search(window) is not None


def _resolve_kind(rule: _Rule, text: str, clause: str, start: int, end: int) -> SignalKind | None:
    if not rule.context:
        return rule.kind
    # The nearest person or place named around the match says who did it.
    nearest, distance = "", len(text) + 1
    for cue in _CUE.finditer(text, max(0, start - 160), min(len(text), end + 100)):
        gap = max(start - cue.end(), cue.start() - end, 0)
        if gap < distance:
            nearest, distance = cue.lastgroup or "", gap
    if rule.context == "home":
        return rule.kind if nearest == "home" else None
    if nearest == "work":
        return SignalKind.WORK_VIOLENCE
    if rule.context == "physical" and (nearest == "peer" or (not nearest and _GROUP.search(clause))):
        return SignalKind.BULLYING
    return SignalKind.ABUSE


def _first_valid(rule: _Rule, text: str) -> SignalKind | None:
    for match in rule.regex.finditer(text):
        left, right = _clause_bounds(text, match.start(), match.end())
        if rule.negatable and _negated(text, match, left, right):
            continue
        clause = text[left:right]
        if any(s.search(clause) for s in rule.suppress):
            continue
        kind = _resolve_kind(rule, text, clause, match.start(), match.end())
        if kind is not None:
            return kind
    return None


def detect_signal(text: str) -> Signal | None:
    """Return the most serious safety signal in a student message, or None."""
    norm = normalise(text)
    # Masking only ever removes matches, so the cheaper test can run on the unmasked text.
    if _ANY_RULE.search(norm) is None:
        return None
    norm = _MASK.sub("~", norm)
    found: Signal | None = None
    found_rank = len(_RANK)
    for rule in _RULES:
        if rule.best_rank >= found_rank:
            break
        kind = _first_valid(rule, norm)
        if kind is not None and _RANK[kind] < found_rank:
            found, found_rank = Signal(kind, rule.rule), _RANK[kind]
    return found


# --- retraction ---------------------------------------------------------------------------------

_JOKE = (
    r"(?:grapje|grapjes|geintje|geintjes|grap|gein|grappie|dolletje|joke|jk|jking|jkjk|kidding|joking|jokes)"
)
_INTERJ = (
    r"(?:haha|hahaha|hah|hihi|hehe|lol|lmao|xd|nee|ne|ja|sorry|joh|oh|ok|oke|okay|okee|nou|gewoon|maar|echt|no|nah"
    r"|yeah|yes|just|was|is|it|that|dat|het|een|only|a)"
)
_RETRACTION_RE = (
    # A bare "grapje" / "jk" at the start of a clause, or an explicit "it was a joke".
    rf"(?:^|\| )(?:{_INTERJ} ){{0,3}}{_JOKE}(?= \||$| (?:hoor|joh|haha|lol|xd|man|ik|i|echt|ofc|bro)\b)"
    rf"|\b(?:was|is|bedoelde het als|bedoel het als|zei het als|meant it as|just) (?:\w+ ){{0,2}}(?:een |a )?"
    rf"{_JOKE}\b|\b(?:ik|i) (?:maak|maakte|deed|zei|zeg|made|make) (?:\w+ ){{0,2}}(?:een |a )?{_JOKE}\b"
    r"|\bjk\b"
    r"|\b(?:misunderstood|misunderstand|misread|verkeerd begrepen|verkeerd begrijpen|verkeerd opgevat"
    r"|verkeerd gelezen|got it wrong|got me wrong)\b"
    r"|\b(?:je|jij|u|you) (?:\w+ ){0,2}(?:begrijpt|begreep|snapt|snapte|leest|las|pakt) (?:me|mij|het) "
    r"(?:\w+ )?verkeerd\b|\b(?:zo|dat) bedoel(?:de)? ik (?:het )?(?:\w+ )?niet\b|\bniet zo bedoeld\b"
    r"|\bzo was het niet bedoeld\b|\b(?:meende|meen) (?:het|dat) niet\b|\b(?:did|do) not mean (?:it|that)\b"
    r"|\bthat is not what i meant\b|\bniet (?:echt )?(?:serieus|letterlijk|gemeend)\b"
    r"|\bnot (?:serious|literally|literal|for real)\b|\bbij wijze van spreken\b|\bfigure of speech\b"
    r"|\bik (?:overdreef|overdrijf)\b|\bexaggerat\w*|\bsarcas\w*|\bik zei maar wat\b"
    r"|\b(?:is|was) (?:maar )?een (?:uitdrukking|expressie)\b|\b(?:just|only) an expression\b"
)
_NOT_RETRACTION_RE = (
    rf"\b(?:geen|not a|not|niet|no|never) (?:\w+ )?{_JOKE}\b|\bik meen het\b(?! niet)"
    r"|\bi (?:really )?mean it\b|(?<!niet )(?<!not )\bserieus\b|(?<!not )\bserious(?:ly)?\b"
)
_RETRACTION: Final = re.compile(_RETRACTION_RE)
_NOT_RETRACTION: Final = re.compile(_NOT_RETRACTION_RE)


def is_retraction(text: str) -> bool:
    """Return True if the message takes back an earlier one ("grapje", "zo bedoelde ik het niet")."""
    norm = normalise(text)
    return _RETRACTION.search(norm) is not None and _NOT_RETRACTION.search(norm) is None
