"""A place as typed (a web form, a line of a CSV file) checked into a PlaceDraft, with problems in words.

A problem is a text key of bot/texts/places.yaml and its parameters, so the page and the command line
say it in the coordinator's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from storage import PLACE_LIMITS, PlaceDraft

from ._words import fold

__all__ = ["FIELDS", "MULTILINE", "Problem", "check_place", "yes_no"]

# The fields of a place in the order of the form and the CSV file.
FIELDS = (
    "name",
    "sector",
    "location",
    "activities",
    "signup",
    "contact_name",
    "contact_reach",
    "keywords",
    "active",
)
# Fields that may hold several lines (a form's textarea; in a CSV file, a quoted cell).
MULTILINE = frozenset({"activities", "signup"})
_YES = frozenset({"ja", "j", "yes", "y", "1", "true", "waar", "x", "actief", "active"})
_NO = frozenset({"nee", "n", "no", "0", "false", "onwaar", "niet actief", "inactief", "inactive"})
_KEYWORD_TEXT = 400


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one field: a text key (places.problem.*) and its parameters."""

    field: str
    key: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)


def yes_no(text: str) -> bool | None:
    """ "ja"/"nee" (and yes, no, 1, 0, x, ...) as True/False; empty is yes; anything else None."""
    folded = " ".join(fold(text).split())
    if not folded or folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def _clean(value: str, name: str) -> str:
    if name in MULTILINE:
        lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
        return "\n".join(lines).strip()
    return " ".join(value.split())


def check_place(values: Mapping[str, str]) -> tuple[PlaceDraft | None, list[Problem]]:
    """The draft the values make, or None and what is wrong (every problem at once, in field order)."""
    cleaned = {name: _clean(str(values.get(name, "")), name) for name in FIELDS}
    problems: list[Problem] = []
    if not cleaned["name"]:
        problems.append(Problem("name", "places.problem.name_missing"))
    for name, limit in PLACE_LIMITS.items():
        length = len(cleaned[name])
        if length > limit:
            params = {"lengte": str(length), "max": str(limit)}
            problems.append(Problem(name, "places.problem.too_long", params))
    if len(cleaned["keywords"]) > _KEYWORD_TEXT:
        params = {"lengte": str(len(cleaned["keywords"])), "max": str(_KEYWORD_TEXT)}
        problems.append(Problem("keywords", "places.problem.too_long", params))
    active = yes_no(cleaned["active"])
    if active is None:
        problems.append(Problem("active", "places.problem.yes_no", {"waarde": cleaned["active"][:40]}))
    if problems:
        return None, problems
    draft = PlaceDraft(
        name=cleaned["name"],
        sector=cleaned["sector"],
        location=cleaned["location"],
        activities=cleaned["activities"],
        signup=cleaned["signup"],
        contact_name=cleaned["contact_name"],
        contact_reach=cleaned["contact_reach"],
        keywords=cleaned["keywords"],  # "zorg, ouderen": the model splits it
        active=bool(active),
    )
    return draft, []
