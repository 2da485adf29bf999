"""Whose step an answer names: "mijn moeder gaat bellen" is a step someone else takes for the student."""

from __future__ import annotations

__all__ = ["someone_else_acts"]

# The student (or a "we" with them in it) as the one who acts.
_STUDENT = frozenset({"ik", "i", "k", "we", "wij", "me", "im", "ill", "ikke", "ikzelf"})
# The verb of someone else's plan: "gaat", "regelt", "will", "is gonna".
_THEIR_VERBS = frozenset(
    "gaat regelt zal belt mailt vraagt appt stuurt zoekt will calls emails asks texts sends "
    "is gonna going".split()
)
_WHO = frozenset(
    "mijn mn m'n me my de het juf meester meneer mevrouw mr mrs ms miss mentor decaan coach "
    "moeder vader moeder mama papa mam pap oom tante opa oma broer zus neef nicht buurman buurvrouw "
    "mum mom dad uncle aunt brother sister teacher".split()
)


def someone_else_acts(tokens: list[str]) -> bool:
    """Whether the first clause has someone else as the one who acts ("juf Anouk gaat mijn mentor mailen",
    "mijn vader regelt dat ik kan komen kijken"); not "ik ga met mijn moeder bellen", "we gaan samen"."""
    verb = next((i for i, t in enumerate(tokens[:5]) if t in _THEIR_VERBS), None)
    if verb is None or verb == 0:
        return False
    subject = tokens[:verb]
    return not _STUDENT & set(subject) and (subject[0] in _WHO or len(subject) <= 2) and "en" not in subject
