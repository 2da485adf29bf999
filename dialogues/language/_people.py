"""Understand who a student names as a helper: a name, a role, how to reach them, and how sure we are.

"Mirjam de verpleegkundige, ze zei dat ik haar mocht mailen" is Mirjam, a verpleegkundige, by e-mail;
"mentor" is "je mentor"; "sanne zelf denk ik of je moeder" is two people, so the bot checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._answers import _ROLES
from ._normalize import fold
from ._words import known_word

__all__ = ["Person", "reach_of", "second_person", "understand_person"]

_MORE_ROLES = (
    "verpleegkundige", "verpleger", "zuster", "dokter", "arts", "huisarts", "tandarts", "kapper", "kapster",
    "bakker", "slager", "monteur", "kok", "chef-kok", "agent", "politieagent", "brandweerman", "juffrouw",
    "stagebegeleidster", "begeleidster", "werkgeefster", "eigenaar", "eigenaresse", "directeur", "conciërge",
    "zorgcoördinator", "loopbaanbegeleider", "lob-docent", "studiekeuzeadviseur", "teamleider",
    "buurjongen", "buurmeisje", "nichtje", "neefje", "stiefbroer", "stiefzus", "halfbroer", "halfzus",
    "vriendje", "vriendinnetje", "klasgenote", "teammaat", "coach", "trainster", "docente", "lerares",
    "nurse", "doctor", "manager", "owner", "coach", "tutor", "mentor", "stepfather", "stepmother", "mom",
)  # fmt: skip
ROLES = frozenset(fold(r) for r in (*_ROLES, *_MORE_ROLES))
# Roles that stay "mijn X" when there is also a name ("mijn oom Kees"); other roles give way to the name.
_KIN = frozenset(
    "vader moeder pa ma papa mama ouders broer zus zusje broertje oom tante opa oma neef nicht buurman "
    "buurvrouw stiefvader stiefmoeder vriend vriendin nichtje neefje father mother dad mum mom brother "
    "sister uncle aunt grandpa grandma cousin neighbour neighbor friend".split()
)
# How to reach someone, by the words students use → the way it is stored.
_REACH = (
    (r"\b(?:e-?mail\w*|mail\w*|mailtje)\b", "mailen"),
    (r"\b(?:app\w*|whatsapp\w*|appje|berichtje|dm\w*|sms\w*|insta\w*|snap\w*|text(?:ing)?|message)\b",
     "appen"),
    (r"\b(?:bel\w*|opbellen|telefo\w*|call\w*|phon\w*|ring)\b", "bellen"),
    (r"\b(?:langs\w*|even naar \w+ toe|naar (?:haar|hem) toe|drop(?:ping)? by|visit\w*|in person)\b",
     "langsgaan"),
    (r"\b(?:in de les|na de les|op school|in de pauze|at school|after class)\b", "op school vragen"),
)  # fmt: skip
_FUNCTION = frozenset(
    """
    ik je jij hij zij ze we wij mijn mn m'n zijn haar hun de het een van of en met die dat dit denk
    zelf misschien wel toch ook nog maar want dus als aan voor bij naar op in uit om zei mocht mag kan
    iemand niemand die zo echt eigenlijk gewoon even dan daar hier er heel the a an my his her their
    of and with or maybe think probably someone said could can from at to
    """.split()
)
_NOBODY_WORDS = frozenset({"iemand", "someone", "somebody", "iemand anders", "anybody", "anyone"})
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
_ALTERNATIVE = re.compile(r"\b(?:of|or)\b")


@dataclass(frozen=True, slots=True)
class Person:
    """A helper as understood: the label to use (first person: "mijn moeder", "Mirjam"), name, role, reach.

    `sure` is False when the answer named more than one person or a name the bot is not sure of;
    `others` holds the other people named, for the check question.
    """

    label: str
    name: str | None
    role: str | None
    reach: str | None
    sure: bool
    others: tuple[str, ...] = ()


def reach_of(text: str) -> str | None:
    """How the student will reach someone, when the text says so ("mailen dus, zei ik al" → "mailen")."""
    folded = fold(text)
    for pattern, way in _REACH:
        if re.search(pattern, folded):
            return way
    return None


def _names(text: str, language: str) -> list[str]:
    """Words that look like first names: capitalised (not first in the answer) or not a dictionary word."""
    found = []
    tokens = [m.group(0) for m in _WORD.finditer(text)]
    for index, token in enumerate(tokens):
        low = fold(token)
        if len(low) < 2 or low in _FUNCTION or low in ROLES or low in _NOBODY_WORDS or reach_of(low):
            continue
        capital = token[0].isupper() and not token.isupper()
        short = index > 0 or len(tokens) <= 4
        if (capital and (short or not known_word(low, language))) or (
            not capital and not known_word(low, language)
        ):
            found.append(token[0].upper() + token[1:])
    return found


def _first_part(text: str) -> str:
    """The part of the answer that names the person: before ", ze zei ...", "want", "omdat", "die"."""
    cut = re.split(
        r"[,;.!?]|\b(?:want|omdat|die|ze zei|hij zei|zij zei|because|who|she said|he said)\b", text
    )
    return cut[0].strip() or text


def understand_person(text: str, language: str = "nl") -> Person | None:
    """Who the student names; None when nobody is named ("iemand", "weet niet", an empty answer)."""
    cleaned = " ".join(text.split())[:160]
    reach = reach_of(cleaned)
    head = _first_part(cleaned)
    folded_head = fold(head)
    roles = [r for r in re.findall(r"[\w'-]+", folded_head) if r in ROLES]
    names = _names(head, language)
    people = len(names) + len([r for r in roles if not names or r in _KIN])
    title = re.search(
        r"\b(meneer|mevrouw|juf|meester|mr|mrs|ms|miss|sir)\b\.?\s+((?:\w+\s+){0,2}[A-Z]\w+)", head, re.I
    )
    if title is not None:
        label = f"{title.group(1).lower()} {title.group(2)}"
        return Person(label=label, name=label, role=roles[0] if roles else None, reach=reach, sure=True)
    if not names and not roles:
        if any(w in _NOBODY_WORDS for w in folded_head.split()) or len(head.split()) < 2:
            return None  # "iemand", "iemand van school": nobody in particular yet
        # "de man van de balie": someone, described; say it back and check.
        described = " ".join(head.split()[:6])
        return Person(label=described, name=None, role=None, reach=reach, sure=False)
    several = people > 1 and _ALTERNATIVE.search(folded_head) is not None
    name = names[0] if names else None
    # "sanne of je moeder": the role belongs to the other person, not to Sanne.
    role = roles[0] if roles and not (several and name) else None
    mine = "my" if language == "en" else "mijn"
    if (
        name
        and role
        and role in _KIN
        and re.search(rf"\b(?:mijn|m'n|mn|my)\s+{re.escape(role)}\b", folded_head)
    ):
        label = f"{mine} {role} {name}"
    elif name:
        label = name
    else:
        label = f"{mine} {role}"
    words_said = len(head.split())
    lowercase_name = name is not None and name.lower() in head and name not in head
    sure = not several and not (lowercase_name and words_said > 2) and words_said <= 8
    candidates = [*names[1:], *(f"{mine} {r}" for r in roles if name or r != role)]
    others = tuple(candidates) if several else ()
    return Person(label=label, name=name, role=role, reach=reach, sure=sure, others=others[:2])


_SECOND = {
    "nl": {"mijn": "je", "m'n": "je", "mn": "je", "mij": "jou", "me": "je", "ik": "je", "mezelf": "jezelf"},
    "en": {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "i": "you"},
}
# First-person verb forms after "ik" that change with "je" ("of ik het eng vind" → "of je het eng vindt").
_VERB_AFTER_JE = {
    "vind": "vindt", "ben": "bent", "heb": "hebt", "wil": "wilt", "word": "wordt", "kan": "kunt",
    "ga": "gaat",
    "doe": "doet", "sta": "staat", "zie": "ziet", "hou": "houdt", "houd": "houdt", "leer": "leert",
    "werk": "werkt", "krijg": "krijgt", "moet": "moet", "zou": "zou", "weet": "weet", "kom": "komt",
}  # fmt: skip
_VERB_AFTER_YOU = {"am": "are", "was": "were"}


def second_person(text: str, language: str = "nl") -> str:
    """The student's words turned to the bot's side: "mijn oom" → "je oom", "of ik het eng vind" → "of je
    het eng vindt"; verbs change only in a clause that had "ik"."""
    table = _SECOND.get(language, {})
    verbs = _VERB_AFTER_JE if language == "nl" else _VERB_AFTER_YOU  # Dutch "was" stays "was"
    out: list[str] = []
    had_ik = False
    for token in re.split(r"(\W+)", text):
        low = token.lower()
        if low in ("ik", "i"):
            had_ik = True
        if low in table:
            swapped = table[low]
            out.append(swapped.capitalize() if token[:1].isupper() and out else swapped)
        elif had_ik and low in verbs:
            out.append(verbs[low])
        else:
            out.append(token)
    return "".join(out)
