"""Feelings said as a comparison: "ik voelde me als een echte baas", "I felt like part of the team".

The student's own picture is the feeling: the bot says it back in their words ("Je voelde je als een
echte baas."), turned to "je"/"you". Only after a feeling verb with the student's "me"/"I": "hij zag
eruit als een baas" is no feeling.
"""

from __future__ import annotations

from ._people import second_person

__all__ = ["SIMILE_STARTS", "similes"]

Tokens = list[tuple[str, int]]

# The words that start a comparison; the phrase said back starts with them.
SIMILE_STARTS = ("als ", "alsof ", "net ", "like ", "as if ", "as though ")
_COMPARE = frozenset({"als", "alsof", "net", "like", "as"})
_FEEL = frozenset({"voel", "voelt", "voelde", "voelden", "feel", "feels", "felt", "feeling"})
# Words that may stand between the feeling verb and the comparison ("voelde ik me echt als ...").
_BETWEEN = frozenset(
    "ik me mij mezelf echt net gewoon zo helemaal soms wel best even toen opeens ineens ook heel "
    "i myself really totally just kind of sort so actually suddenly".split()
)
# A comparison ends at a new clause or sentence; at most this many words are said back.
_ENDS = frozenset(
    "maar en want omdat toen dus terwijl daarna nadat waardoor zodat "
    "but and because so when while then".split()
)
_MOST_WORDS = 8
# English "felt like" is a comparison only before a noun phrase ("felt like a pro", not "felt like crying").
_LIKE_NEXT = frozenset("a an the someone somebody part one my i an real such".split())
# In a Dutch comparison with "ik" the verb must be past to turn it to "je" safely ("alsof ik er al jaren
# werkte"); a present verb after "je" changes its ending ("alsof ik erbij hoor"), not worth guessing.
_PAST_AFTER_IK = ("de", "te", "den", "ten")
_PAST_WORDS = frozenset({"was", "had", "werd", "kon", "mocht", "moest", "hoorde"})


def similes(tokens: Tokens, language: str) -> list[tuple[int, int, str]]:
    """Each comparison after a feeling verb: (start, end, the phrase turned to "je"/"you")."""
    found: list[tuple[int, int, str]] = []
    taken = 0
    for i, (token, _) in enumerate(tokens):
        if i < taken or token not in _COMPARE or not _after_feeling(tokens, i):
            continue
        words, start = _phrase(tokens, i)
        if words is None:
            continue
        phrase = " ".join(words)
        if language == "nl" and not _dutch_ik_ok(words):
            continue
        said = second_person(phrase, "en" if words[0] in {"like", "as"} else "nl")
        last = tokens[start + len(words) - 1]
        taken = start + len(words)
        end = last[1] + len(last[0])
        found.append((tokens[start][1], end, said))
    return found


def _after_feeling(tokens: Tokens, i: int) -> bool:
    for token, _ in reversed(tokens[max(0, i - 5) : i]):
        if token in _FEEL:
            return True
        if token not in _BETWEEN:
            return False
    return False


def _phrase(tokens: Tokens, i: int) -> tuple[list[str] | None, int]:
    first = tokens[i][0]
    words = [first]
    j = i + 1
    if first == "as":
        if j >= len(tokens) or tokens[j][0] not in {"if", "though"}:
            return None, i
        words.append(tokens[j][0])
        j += 1
    if first == "net" and j < len(tokens) and tokens[j][0] == "als":
        words.append("als")
        j += 1
    body: list[str] = []
    while j < len(tokens) and len(body) < _MOST_WORDS:
        token = tokens[j][0]
        if not token[0].isalnum() or token in _ENDS:
            break
        body.append(token)
        j += 1
    if not body or len(body) == _MOST_WORDS:
        return None, i  # nothing compared, or a whole story after "als": not a picture to say back
    if first == "like" and body[0] not in _LIKE_NEXT:
        return None, i
    if first == "net" and len(words) == 1 and body[0] not in {"een", "n", "de"}:
        return None, i  # "voelde me net wat beter": "net" is "just", no comparison
    return words + body, i


def _dutch_ik_ok(words: list[str]) -> bool:
    if "ik" not in words:
        return True
    rest = words[words.index("ik") + 1 :]
    return any(w in _PAST_WORDS or w.endswith(_PAST_AFTER_IK) for w in rest)
