"""Whose step an answer names: "mijn moeder gaat bellen" is a step someone else takes for the student."""

from __future__ import annotations

__all__ = ["someone_else_acts"]

# The student (or a "we" with them in it) as the one who acts, anywhere in a main clause.
_STUDENT = frozenset(
    {"ik", "i", "k", "we", "wij", "me", "im", "i'm", "ill", "i'll", "we're", "were", "ikke", "ikzelf", "kga"}
)
# "of ik ...", "dat ik ...": the student inside what someone else does ("mijn moeder belt of ik mag komen").
_INSIDE = frozenset({"of", "dat", "zodat", "if", "whether", "that", "so"})
# The verb of someone else's plan: "gaat", "regelt", "will", "is gonna".
_THEIR_VERBS = frozenset(
    "gaat regelt zal belt mailt vraagt appt stuurt zoekt will calls emails asks texts sends "
    "is gonna going".split()
)
# Someone named first: a title, a family member, a role, or "mijn"/"de" before one.
_WHO = frozenset(
    "mijn mn m'n my de juf meester meneer mevrouw mr mrs ms miss mentor decaan coach "
    "moeder vader mama papa mam pap oom tante opa oma broer zus neef nicht buurman buurvrouw "
    "mum mom dad uncle aunt brother sister teacher".split()
)


def someone_else_acts(tokens: list[str]) -> bool:
    """Whether someone else is the one who acts and the student nowhere ("juf Anouk gaat mijn mentor
    mailen", "mijn vader regelt dat ik kan komen kijken"); not "ik ga met mijn moeder bellen", "vrijdag
    zal ik mailen", "mijn moeder gaat mee en ik bel de bakker"."""
    verb = next((i for i, t in enumerate(tokens[:5]) if t in _THEIR_VERBS), None)
    if verb is None or verb == 0 or tokens[0] not in _WHO:
        return False
    return not any(t in _STUDENT and (i == 0 or tokens[i - 1] not in _INSIDE) for i, t in enumerate(tokens))
