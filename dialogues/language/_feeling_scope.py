"""How far a word's grammar reaches in a student's sentence: a negation, and a subject past a name.

"nie gefrusteerd meer teleursteld" negates the first word only, "niet eens meer zenuwachtig" stays
negated, "it wasn't that I was angry" denies; in "the receptionist, Tom, stayed calm" the clause after the
name keeps the subject before it; "hoe blij en dankbaar die mevrouw was" is hers.
"""

from __future__ import annotations

from ._whose_words import (
    ARTICLES,
    EXPERIENCER,
    FULL_STOPS,
    NEGATIONS,
    OTHERS,
    PEOPLE,
    POSSESSIVES,
    SELF,
    SOFT,
)

__all__ = ["after_a_name_between_commas", "denies_with_not_that", "negation_reaches", "someone_after_how"]

# "nie gefrusteerd meer teleursteld", "not angry but sad": the "niet" is the first word's, not the second's.
# "i wasnt scared just nervous", "niet bang, nee gewoon zenuwachtig": "just" turns as well.
_JUST = frozenset({"just", "gewoon", "simply", "alleen", "only"})
_TURN = frozenset({"meer", "eerder", "juist", "maar", "but", "rather", "more"}) | _JUST
_HEAD_BREAKS = frozenset(
    {
        ".",
        "!",
        "?",
        "\n",
        ",",
        "en",
        "and",
        "maar",
        "but",
        "toen",
        "then",
        "dus",
        "so",
        "want",
        "because",
        "omdat",
    }
)
_DETERMINERS = ARTICLES | POSSESSIVES
# Words that open a sentence before an aside and are no one: "Gisteren, de eerste dag, was ik ...".
_NOT_NAMES = frozenset(
    "gisteren vandaag eerst daarna toen later yesterday today first then later nee ja nou oke ok hmm eh well "
    "no yes so dus maar but echt really".split()
)
_DEMONSTRATIVES = frozenset({"die", "deze", "dat", "this", "that"})
_RELATIVE_START = frozenset({"met", "that", "who", "die", "with", "waar", "whom"})
_NOT_A_NAME = (
    _NOT_NAMES
    | SELF
    | EXPERIENCER
    | NEGATIONS
    | SOFT
    | frozenset("eerlijk gezegd echt wel ook toch zeg maar dus ofzo enzo honestly like tbh".split())
)
_ANYMORE_SMALL = frozenset({"eens", "zo", "heel", "echt", "helemaal", "really", "even"})


def after_a_name_between_commas(tokens: list[tuple[str, int]], start: int, people: frozenset[str]) -> bool:
    """ "the receptionist, Tom, stayed calm", "mijn collega, Lisa, bleef rustig", "Jeroen, het raadslid,
    bleef rustig": the clause goes on after a name or a role put between commas, with the subject before."""
    if start < 3 or tokens[start - 1][0] != ",":
        return False
    return _role_then_name(tokens, start, people) or _name_then_role(tokens, start)


def _role_then_name(tokens: list[tuple[str, int]], start: int, people: frozenset[str]) -> bool:
    comma = next((i for i in range(start - 2, max(start - 5, -1), -1) if tokens[i][0] == ","), None)
    if comma is None or comma == 0:
        return False
    between = [t for t, _ in tokens[comma + 1 : start - 1]]
    # A name written in lower case counts when it stands alone ("die nieuwe, kai, is superbang").
    one_name = len(between) == 1 and between[0].isalpha() and between[0] not in _NOT_A_NAME
    if not between or not (one_name or all(t in people or t in PEOPLE for t in between)):
        return False
    known = all(t in people or t in PEOPLE for t in between)
    # The part before the first comma is a noun phrase of its own ("the receptionist", "mijn collega"), not
    # a clause with the student in it ("ik belde de klant, mevrouw Jansen, was zenuwachtig").
    head = comma
    while head > 0 and tokens[head - 1][0] not in _HEAD_BREAKS:
        head -= 1
    phrase = [t for t, _ in tokens[head:comma]]
    # A role alone opens one too, the way students drop the article: "tandarts (Ellen) was blij".
    alone = len(phrase) == 1 and phrase[0] in PEOPLE
    # A name in lower case only after a role or "die nieuwe": "de leidster, priya, was", not "de eerste dag,
    # omg, was" nor "mijn stage (bakkerij) was".
    role = alone or (len(phrase) >= 2 and phrase[0] in _DETERMINERS and phrase[1] in PEOPLE)
    if not known and not (role or (phrase[0] in _DEMONSTRATIVES and len(phrase) <= 3)):
        return False
    noun_phrase = alone or (2 <= len(phrase) <= 3 and phrase[0] in _DETERMINERS | _DEMONSTRATIVES)
    # "The nurse I followed, Kevin, was exhausted": a role, then the clause of who the student was with
    # (not "de klant bedankte me, wauw, was zo blij").
    followed = (
        3 <= len(phrase) <= 6
        and phrase[0] in _DETERMINERS
        and phrase[1] in PEOPLE
        and phrase[2] in SELF | _RELATIVE_START
    )
    return followed or (noun_phrase and not set(phrase) & (SELF | EXPERIENCER))


def _name_then_role(tokens: list[tuple[str, int]], start: int) -> bool:
    """ "Jeroen, het raadslid met wie ik meeliep, bleef heel rustig": one name opens the sentence, then who
    that is (a determiner first), then the clause."""
    comma = next((i for i in range(start - 3, max(start - 12, -1), -1) if tokens[i][0] == ","), None)
    if comma is None or comma == 0 or tokens[comma + 1][0] not in _DETERMINERS | {"het"}:
        return False
    # Who that is, a person's role ("het raadslid", "my supervisor"): not "Maandag, mijn eerste dag, ...".
    if not any(t in PEOPLE for t, _ in tokens[comma + 2 : min(comma + 4, start - 1)]):
        return False
    name = tokens[comma - 1][0]
    opens = comma == 1 or tokens[comma - 2][0] in FULL_STOPS
    return opens and name.isalpha() and name not in SELF | EXPERIENCER | _DETERMINERS | _NOT_NAMES


def negation_reaches(window: list[str]) -> bool:
    """Whether a negation in the words before a feeling word is about it (not "niet meer bang" alone)."""
    last = max((k for k, w in enumerate(window) if w in NEGATIONS), default=None)
    if last is None:
        return False
    if last + 1 < len(window) and window[last + 1] in _JUST:
        return False  # "niet alleen verlegen, ook nieuwsgierig": not only; "no just a bit nervous"
    turn = next(
        (
            k
            for k in range(last + 2, len(window))
            if window[k] in _TURN and not (window[k] in _JUST and window[k - 1] in ("of", "or"))
        ),
        None,
    )  # "niet zenuwachtig of gewoon bang": both denied
    # "niet eens meer zenuwachtig", "niet echt meer bang": "meer" is "anymore" after small words only
    # ("no actually more relieved" turns).
    if turn is None:
        return True
    return window[turn] == "meer" and all(w in SOFT or w in _ANYMORE_SMALL for w in window[last + 1 : turn])


_HOW = frozenset({"how", "hoe"})
_ALL_OF_IT = frozenset({"alles", "everything", "iedereen", "everyone", "everybody"})


def someone_after_how(words: list[str], index: int, after: int) -> bool:
    """Whether the word at `index` is how someone or something was: after "hoe"/"how" (or another such
    word: "hoe blij en dankbaar"), with someone after it ("hoe rustig en schoon alles was")."""
    j = index - 1
    while j >= 2 and words[j] in ("en", "and"):
        j -= 2
    if j < 0 or words[j] not in _HOW:
        return False
    while after + 1 < len(words) and words[after] in ("en", "and"):
        after += 2
    if after + 1 < len(words) and words[after] in ("dat", "het") and words[after + 1] not in SELF:
        return True  # "hoe blij dat bruidspaar was", "hoe bang het geitje was" (not "hoe blij dat ik was")
    return after < len(words) and words[after] in _DETERMINERS | OTHERS | _ALL_OF_IT


_NOT_THAT = NEGATIONS | {"wasn't", "isn't", "weren't"}
# "het was niet dat ik ...", "it wasn't that I ...": not "ik wist niet dat ik zo zenuwachtig was".
_NOT_THAT_BEFORE = frozenset({"was", "is", "het", "it", "nou", "echt", "ook", "en", "maar", "but", "and"})


def denies_with_not_that(before: list[str], at: int) -> bool:
    """Whether "niet dat"/"not that" before the subject at `at` turns the feeling's negation round."""
    return (
        at >= 2
        and before[at - 1] in ("dat", "that")
        and before[at - 2] in _NOT_THAT
        and (at == 2 or before[at - 3] in _NOT_THAT_BEFORE)
    )
