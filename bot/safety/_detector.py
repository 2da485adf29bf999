"""Safety signal detector: normalises a student message and matches it against the phrase data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from bot.safety import _phrases
from bot.safety._gate import RuleGate
from bot.safety._normalise import normalise

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
        # Joining verbatim is only safe at an alternation or a lookaround: a space lost at a line break
        # would silently change the pattern, and "| x" would add an alternative starting with a space.
        if pattern and (text.startswith("| ") or not text.startswith(("|", "(?!", "(?=", "(?<!", "(?<="))):
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
    # "physical" / "sexual": the kind follows from who does it and where; "home" / "work": fires only
    # when the family / the placement is named nearby; "friend": abuse of someone else's child, unless
    # the student's own mother or sibling is named (see _resolve_kind).
    context: str
    suppress: tuple[re.Pattern[str], ...]
    # Soft vetoes: searched in the clause and the next one, never against the student's own present story.
    soft: tuple[re.Pattern[str], ...]
    # A contextual rule yields at best ABUSE; lets the scan stop once nothing left can beat a hit.
    best_rank: int


_MASK: Final = re.compile("|".join(f"(?:{p.pattern})" for p in _named(_phrases.MASKS).values()))
_SUPPRESSORS: Final = _named(_phrases.SUPPRESSORS)
_CUE: Final = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{p.pattern})" for name, p in _named(_phrases.CUES).items()) + r")\b"
)
_GROUP: Final = re.compile(_phrases.GROUP)
# Animals and toddlers bite; told of just before, a bite is theirs, not a person's blow.
_BITE: Final = re.compile(r"\b(?:bite|bites|biting|bit|bitten|bijt|bijten|gebeten|beet)\b")
# Who bites at a placement: animals and small children, told before the bite. Apart from the wider
# "harmless" suppressor: a ball, a chicken or "een rat" (an insult) bites no one.
_BITER: Final = re.compile(
    r"\b(?:hond|honden|hondje|puppy|pup|kat|katten|poes|kitten|paard|paarden|pony|konijn|cavia|hamster|geit"
    r"|papegaai|dier|dieren|labrador|herder|kindje|kindjes|peuter|peuters|kleuter|kleuters|baby|dog|dogs"
    r"|cat|cats|horse|horses|rabbit|animal|animals|toddler|toddlers)\b"
)
# Someone who is not an animal in the clause before the bite ("mijn vader beet me"), or a grab ("pakte me
# beet").
_NOT_AN_ANIMAL: Final = re.compile(
    r"\b(?:vader|moeder|stiefvader|stiefmoeder|ex|vriend|vriendin|oom|tante|broer|zus|opa|oma|baas|collega"
    r"|leraar|juf|meester|mentor|trainer|dad|mom|mum|stepdad|stepmom|boyfriend|girlfriend|uncle|aunt"
    r"|brother|sister|boss|teacher|coach|man|vrouw|jongen|meisje|guy|girl|pakte|pakt|pakten|greep|thuis"
    r"|home)\b"
)
# How many clauses back the animal may be told ("ik moest de hond vasthouden. hij was oud. ik was bang dat
# hij me zou bijten"); further back, "ik werk met kleuters. thuis beet hij me" is about someone else.
_BITER_REACH: Final = 3


def _animal_bite(text: str, match: re.Match[str], left: int) -> bool:
    """A bite told shortly after an animal or a small child and with no one else (nor home) before it in its
    clause: "ik moest de hond vasthouden. ik was bang dat hij me zou bijten"; not "mijn vader beet me",
    "pakte me beet", "thuis beet hij me"."""
    if _BITE.search(match.group()) is None or _NOT_AN_ANIMAL.search(text, left, match.end()) is not None:
        return False
    since = left
    for _ in range(_BITER_REACH):
        since = text.rfind("|", 0, max(0, since - 1)) + 1
    return _BITER.search(text, since, match.start()) is not None


_FRAME: Final = re.compile("|".join(f"(?:{p.pattern})" for p in _named(_phrases.FRAMES).values()))
# Anything first person after a frame makes it the student's own story, not a topic.
_FIRST_PERSON: Final = re.compile(r"\b(?:ik|me|mij|mijn|mezelf|we|wij|ons|onze|i|my|myself|mine|us|our)\b")
# Inside the frame itself the learner may be named ("leerde ik wat"), but not an object ("film me").
_OWN: Final = re.compile(r"\b(?:me|mij|mijn|mezelf|ons|onze|my|myself|mine|us|our)\b")
# A new main clause after the frame ("... over zelfmoord en nu wil ze dood") leaves the frame.
_NEW_CLAUSE: Final = re.compile(
    r"\b(?:en|maar|want|dus|and|but|so) (?:nu|toen|dan|sindsdien|daarna|ze|zij|hij|now|then|she|he|they)\b"
)
_NEGATOR: Final = re.compile(_NEGATORS)
_CUT: Final = re.compile(_CLAUSE_CUT)
_SELF_SUBJECT: Final = re.compile(r"\b(?:ik|i)\b")
_PAST: Final = re.compile(_phrases.PAST)
_OWN_FAMILY: Final = re.compile(_phrases.OWN_FAMILY)
_CONTEXTS: Final = ("physical", "sexual", "home", "work", "friend")


def _rules() -> tuple[_Rule, ...]:
    rules = []
    for (rule, code, options), pattern in _table(_phrases.SIGNALS, 3):
        opts = options.split(",")
        kind = _KIND_CODES[code]
        context = next((o for o in opts if o in _CONTEXTS), "")
        best = {"physical": SignalKind.ABUSE, "sexual": SignalKind.ABUSE, "friend": SignalKind.ABUSE}
        rules.append(
            _Rule(
                rule=rule,
                kind=kind,
                regex=re.compile(_expand(pattern)),
                negatable="noneg" not in opts,
                context=context,
                suppress=tuple(_SUPPRESSORS[o[4:]] for o in opts if o.startswith("sup:")),
                soft=tuple(_SUPPRESSORS[o[5:]] for o in opts if o.startswith("veto:")),
                best_rank=_RANK[best.get(context, kind)],
            )
        )
    # Sorted so the scan can stop as soon as no remaining rule could beat what was found.
    return tuple(sorted(rules, key=lambda r: r.best_rank))


_RULES: Final = _rules()
# Most messages are harmless: one test whether any rule matches anywhere rules them out at once.
_ANY_RULE: Final = RuleGate([rule.regex for rule in _RULES])


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("|", 0, start) + 1
    right = text.find("|", end)
    return left, len(text) if right < 0 else right


def _since_cut(text: str, left: int, start: int) -> list[str]:
    """The words of the clause before ``start``, from the last conjunction or relative word on."""
    before = text[left:start].split()
    for i in range(len(before) - 1, -1, -1):
        if _CUT.fullmatch(before[i]):
            return before[i + 1 :]
    return before


def _negated(text: str, match: re.Match[str], left: int, right: int) -> bool:
    # A denial sits just before the pattern ("ik denk er niet aan om mezelf iets aan te doen"),
    # inside it ("hij heeft me nooit geslagen") or right after it ("hij slaat me niet").
    before = _since_cut(text, left, match.start())
    after = text[match.end() : right].split()[:2]
    window = " ".join([*before[-4:], match.group(), *after])
    return _NEGATOR.search(window) is not None


def _own_present(text: str, match: re.Match[str], left: int, right: int) -> bool:
    """True if the student tells this as their own present story ("ik wil ook dood", "i hit myself when")."""
    own = " ".join([*_since_cut(text, left, match.start()), match.group()])
    return _SELF_SUBJECT.search(own) is not None and _PAST.search(own + text[match.end() : right]) is None


def _vetoed(rule: _Rule, text: str, match: re.Match[str], left: int, right: int) -> bool:
    if any(s.search(text, left, right) for s in rule.suppress):
        return True
    if rule.kind is not SignalKind.SELF_HARM and _animal_bite(text, match, left):
        return True  # "de hond ... ik was bang dat hij me zou bijten": the animal, sentences before
    if not rule.soft:
        return False
    # A soft veto (a client, a pillow, friendly teasing) may follow in the next clause ("..., maar dat is
    # lief bedoeld"), but never outweighs the student's own present disclosure.
    nxt = text.find("|", right + 1)
    end = len(text) if nxt < 0 else nxt
    return any(s.search(text, left, end) for s in rule.soft) and not _own_present(text, match, left, right)


def _framed(text: str, match: re.Match[str], left: int, right: int) -> bool:
    """True if the match is the subject of a lesson, film or book named before it in its clause."""
    # A frame may also sit inside the match ("mijn presentatie ging over huiselijk geweld").
    frames = [f for f in _FRAME.finditer(text, left, match.end()) if f.end() < match.end()]
    # The nearest frame before the match is the one that governs it.
    if not frames or _OWN.search(frames[-1].group()):
        return False
    frame_end = frames[-1].end()
    if _NEW_CLAUSE.search(text, frame_end, match.start()):
        return False
    return _FIRST_PERSON.search(text, frame_end, right) is None


def _resolve_kind(rule: _Rule, text: str, clause: str, start: int, end: int) -> SignalKind | None:
    if not rule.context:
        return rule.kind
    # The nearest person or place named around the match says who did it.
    nearest, distance = "", len(text) + 1
    for cue in _CUE.finditer(text, max(0, start - 160), min(len(text), end + 100)):
        gap = max(start - cue.end(), cue.start() - end, 0)
        if gap < distance:
            nearest, distance = cue.lastgroup or "", gap
    if rule.context == "friend":
        return SignalKind.HOME_VIOLENCE if _OWN_FAMILY.search(text) else SignalKind.ABUSE
    if rule.context == "home":
        return rule.kind if nearest == "home" else None
    if rule.context == "work":
        return rule.kind if nearest == "work" else None
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
        if _vetoed(rule, text, match, left, right):
            continue
        clause = text[left:right]
        if _framed(text, match, left, right):
            continue
        kind = _resolve_kind(rule, text, clause, match.start(), match.end())
        if kind is not None:
            return kind
    return None


def detect_signal(text: str) -> Signal | None:
    """Return the most serious safety signal in a student message, or None."""
    norm = normalise(text)
    # Masking only ever removes matches, so the cheaper test can run on the unmasked text.
    if not _ANY_RULE.matches(norm):
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
