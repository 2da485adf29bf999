"""Noun phrases before a feeling that are no person ("de hele dag", "the biggest thing", "het grootste
gevoel") and the others of a group ("de rest van de klas")."""

from __future__ import annotations

from ._feeling_marks import MY
from ._whose_words import ARTICLES, PEOPLE, POSSESSIVES, TIME_NOUNS

__all__ = ["a_thing", "it_before", "rest_of_a_group"]

# "was het vooral ongemakkelijk": "het" is "it" before these; "dat eerste was meer onzeker" before these
# and a verb of being (not "het eerste paard was onrustig").
_AFTER_IT = frozenset("vooral eigenlijk gewoon juist meer nogal mostly actually more".split())
_ORDINALS = frozenset({"eerste", "laatste", "begin", "tweede"})
_BEING = frozenset({"was", "is", "werd", "voelde"})
_OF = frozenset({"van", "bij", "in", "of", "among", "onder"})
_GROUPS = frozenset("klas groep team groepje class group staff personeel ploeg".split())
_REST_OF = tuple(
    [head, of]
    for head in (
        "rest",
        "meesten",
        "some",
        "few",
        "most",
        "all",
        "one",
        "two",
        "sommige",
        "paar",
        "een",
        "twee",
    )
    for of in ("van", "of")
)
_ONES = frozenset({"ones", "others", "anderen", "kleintjes", "kleine"})
# "the worst part was", "het ergste ding": a thing, not someone.
_THINGS = frozenset("thing part bit ding deel stuk".split())
# "the big feeling was happy", "mijn grootste gevoel was trots": no person (but "his feeling" is his, and
# "het gevoel van de klant" the customer's).
_FEELING_NOUNS = frozenset("feeling gevoel emotion emotie".split())


def rest_of_a_group(words: list[str], i: int) -> bool:
    """ "de rest van de klas", "some of the little ones": the others of a group (not "de rest van de dag")."""
    rest_of = (words[i] in ARTICLES or words[i] in POSSESSIVES) and words[max(0, i - 2) : i] in _REST_OF
    return rest_of and any(w in PEOPLE or w in _GROUPS or w in _ONES for w in words[i + 1 : i + 4])


def it_before(words: list[str], i: int) -> bool:
    """Whether "het"/"dat" at `i` is "it" by what follows ("was het vooral ...", "dat eerste was ...")."""
    following = words[i + 1] if i + 1 < len(words) else None
    if following in _AFTER_IT:
        return True
    return following in _ORDINALS and i + 2 < len(words) and words[i + 2] in _BEING


def a_thing(words: list[str], i: int, *, times: bool) -> bool:
    """Whether the noun phrase opened at `i` names a thing (with `times`, a time too), not a person."""
    ahead = set(words[i + 1 : i + 5 if times else i + 4])
    # "het gevoel van de klant", "het gevoel bij de kinderen": someone's; "mijn gevoel bij de klant" and
    # "het gevoel van trots" are the student's.
    after = words[i + 1 : i + 7]
    owned = words[i] not in MY and any(
        w in _OF and any(x in PEOPLE or x in _GROUPS or x in _ONES for x in after[k + 1 : k + 4])
        for k, w in enumerate(after)
    )
    feeling = (words[i] in ARTICLES or words[i] in MY or not times) and not owned
    return bool(
        ((TIME_NOUNS if times else frozenset()) | _THINGS | (_FEELING_NOUNS if feeling else frozenset()))
        & ahead
    )
