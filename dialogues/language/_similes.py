"""Feelings said as a comparison: "ik voelde me als een echte baas", "I felt like part of the team".

The student's own picture is the feeling: the bot says it back in their words ("Je voelde je als een
echte baas."), turned to "je"/"you". Only after a feeling verb with the student's "me"/"I": "het voelde
als een droom" and "hij zag eruit als een baas" are no feeling of theirs.
"""

from __future__ import annotations

from collections.abc import Collection

from ._people import second_person

__all__ = ["SIMILE_STARTS", "similes"]

Tokens = list[tuple[str, int]]

# The words that start a comparison; the phrase said back starts with them.
SIMILE_STARTS = ("als ", "alsof ", "net ", "like ", "as if ", "as though ")
_COMPARE = frozenset({"als", "alsof", "net", "like", "as"})
# "ik voelde me een baas": a picture without "als", right after the student's "voelde me" (Dutch only).
_A = frozenset({"een", "n"})
# "voelde me een beetje moe": how much, not a picture.
_DEGREE = frozenset("beetje tikje soort stuk klein heel".split())
_ARTICLES = frozenset("een n de het a an the".split())
_FEEL_NL = frozenset({"voel", "voelt", "voelde", "voelden"})
_FEEL_EN = frozenset({"felt"})  # "I feel like a pizza": a wish; "I felt like a pro": how it was
_ME = frozenset({"me", "mij", "mezelf"})
# Words that may stand between the feeling verb and the comparison ("voelde ik me echt als ...").
_BETWEEN = frozenset(
    "ik me mij mezelf echt net gewoon zo helemaal soms wel best even toen opeens ineens ook heel "
    "really totally just kind of sort so actually suddenly".split()
)
# A comparison ends at a new clause, a new subject, chat filler or the end of the sentence.
_ENDS = frozenset(
    "maar en want omdat toen dus terwijl daarna nadat waardoor zodat ik je hij zij ze we wij "
    "but and because so when while then i you he she they we "
    "lol xd haha hahaha haa jk tbh rn ofzo enzo idk ngl fr lowkey bro man joh hoor wallah sahbi mattie ewa "
    "vandaag gisteren daar today yesterday there".split()
)
_MOST_WORDS = 8
_LIKE_NEXT = frozenset("a an part one someone somebody such".split())
# In a Dutch comparison with "ik" the verb must be past to turn it to "je" safely ("alsof ik er al jaren
# werkte"); a present verb after "je" changes its ending ("alsof ik erbij hoor"), not worth guessing.
_PAST_AFTER_IK = ("de", "te", "den", "ten")
_PAST_WORDS = frozenset({"was", "had", "werd", "kon", "mocht", "moest", "hoorde"})
# Never said back as a feeling: slurs, and what the safety check is for ("alsof ik dood wilde").
_NEVER = frozenset(
    "mongool mongolen kanker kankerlijer tyfus tyfuslijer tering homo hoer slet retard debiel "
    "dood sterven zelfmoord pijn".split()
)
_NEVER_EN = frozenset("retard dead die dying kill suicide hurt".split())


def similes(tokens: Tokens, language: str, names: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """Each comparison after the student's feeling verb: (start, end, the phrase turned to "je"/"you")."""
    found: list[tuple[int, int, str]] = []
    taken = 0
    for i, (token, _) in enumerate(tokens):
        bare = language == "nl" and token in _A and _right_after_me(tokens, i)
        if i < taken or not (token in _COMPARE or bare) or not _after_feeling(tokens, i):
            continue
        words = _phrase(tokens, i)
        if words is None or (_NEVER_EN if words[0] in {"like", "as"} else _NEVER) & set(words):
            continue
        if language == "nl" and not _dutch_ik_ok(words):
            continue
        shown = " ".join(w.capitalize() if w in names else "een" if w == "n" else w for w in words)
        said = second_person(shown, "en" if words[0] in {"like", "as"} else "nl")
        last = tokens[i + len(words) - 1]
        taken = i + len(words)
        found.append((tokens[i][1], last[1] + len(last[0]), said))
    return found


# "voelde me echt een baas": a word of how much between "me" and the picture.
_HOW_MUCH = frozenset("echt gewoon zo helemaal wel best ook even toen soms".split())


def _right_after_me(tokens: Tokens, i: int) -> bool:
    k = i - 1
    while k >= 0 and tokens[k][0] in _HOW_MUCH:
        k -= 1
    return k >= 0 and tokens[k][0] in _ME


def _after_feeling(tokens: Tokens, i: int) -> bool:
    """A feeling verb shortly before, with the student as the one who feels ("voelde me", "I felt")."""
    between: set[str] = set()
    for k in range(i - 1, max(-1, i - 6), -1):
        token = tokens[k][0]
        if token in _FEEL_NL:
            return bool(_ME & between)
        if token in _FEEL_EN:
            # "I felt like a pro", or "felt like a pro" with the "I" left out at the start of a clause
            return k == 0 or tokens[k - 1][0] in {"i", "and", "but"} or not tokens[k - 1][0][0].isalnum()
        if token not in _BETWEEN:
            return False
        between.add(token)
    return False


def _phrase(tokens: Tokens, i: int) -> list[str] | None:
    first = tokens[i][0]
    words = [first]
    j = i + 1
    if first == "as":
        if j >= len(tokens) or tokens[j][0] not in {"if", "though"}:
            return None
        words.append(tokens[j][0])
        j += 1
    if first == "net" and j < len(tokens) and tokens[j][0] == "als":
        words.append("als")
        j += 1
    body: list[str] = []
    while j < len(tokens) and len(body) < _MOST_WORDS:
        token = tokens[j][0]
        # A subject right after "alsof"/"as if" starts its clause ("alsof ik er al jaren werkte").
        if not token[0].isalnum() or (token in _ENDS and (body or first not in {"alsof", "as"})):
            break
        body.append(token)
        j += 1
    if not body or len(body) == _MOST_WORDS or body[-1] in _ARTICLES:
        return None  # nothing compared ("als een man": "man" is chat here), or a whole story after "als"
    if first == "like" and body[0] not in _LIKE_NEXT:
        return None
    if first == "net" and len(words) == 1 and body[0] not in {"een", "n", "de"}:
        return None  # "voelde me net wat beter": "net" is "just", no comparison
    if first in _A and (body[0] in _DEGREE or len(body) > 3):
        return None
    return words + body


def _dutch_ik_ok(words: list[str]) -> bool:
    if "ik" not in words:
        return True
    rest = words[words.index("ik") + 1 :]
    return any(w in _PAST_WORDS or w.endswith(_PAST_AFTER_IK) for w in rest)
