"""Whose feeling a feeling word is, and how it is said: reading the words around it in its clause.

The feeling reader (`_feelings`) finds the words; these read the sentence around one: the clause it stands
in, its subject (the student, someone else, "it"), a negation, the tense, "voelde me" before it, and a
modal that makes it imagined ("zou bang zijn").
"""

from __future__ import annotations

import itertools
from typing import Literal

from ._feeling_marks import BODY, MY
from ._feeling_said import clause_bounds
from ._feeling_scope import (
    after_a_name_between_commas,
    denies_with_not_that,
    negation_reaches,
    someone_after_how,
)
from ._noun_phrases import a_thing, it_before, rest_of_a_group
from ._subject_rules import inner_of_someone, me_as_well, someone_is
from ._whose_words import (
    ARTICLES,
    ASK,
    BIT,
    CLAUSE_BREAKS,
    COPULAS,
    CROWD,
    EXPERIENCER,
    FIND,
    FULL_STOPS,
    IMPERSONAL,
    NEGATIONS,
    NOT_A_PERSON_AFTER,
    NOT_NOUNS,
    NUMBERS,
    OTHERS,
    PAST_MARKERS,
    PEOPLE,
    PLURAL_VERBS,
    POSSESSIVES,
    PREPOSITIONS,
    PRESENT_MARKERS,
    RELATIVE,
    SELF,
    SOFT,
    SUBORDINATE,
    TIME_NOUNS,
    described,
)
from ._words import known_word

__all__ = [
    "Whose",
    "context",
    "subject_of",
]

Whose = Literal["self", "other"]
Tokens = list[tuple[str, int]]

_NOUN_START = ARTICLES | POSSESSIVES
# Words between two clauses that share a subject ("moe, maar ook trots"), and those that carry it.
_JOINING = frozenset({"en", "and", "of", "or", "maar", "but", "ook", "also"})
_CARRY = frozenset({"en", "and", "of", "or", "maar", "but"})
_YOU = frozenset({"je", "jij"})
_ONE_OTHER = frozenset({"hij", "zij", "ze", "he", "she"})
_BECAME = frozenset({"werd", "raakte", "bleef", "got", "became"})
_MY_IN_CHAT = frozenset({"me"})
_ANYONE = frozenset({"iemand", "someone", "somebody"})
# What a crowd does as a subject besides being ("mensen vonden het eng", "anderen dachten dat ...").
_THEY_THOUGHT = frozenset("vonden vinden dachten denken zeiden zeggen".split())
_SENSE_OF = frozenset({("a", "sense", "of"), ("een", "gevoel", "van"), ("het", "gevoel", "van")})
# "we waren allemaal blij behalve ik": everyone but the student.
_EXCEPT = frozenset({"behalve", "except"})
_AND = frozenset({"en", "and"})
# Numbers that can be a subject after its verb ("waren twee kleintjes"); "allebei" goes with "we".
_SOME = NUMBERS - {"allebei", "beiden", "both"}
# What a number counts that is no one ("twee weken", "twee dingen").
_COUNTED = TIME_NOUNS | frozenset(
    "weken maanden jaar jaren dingen minuten seconden uren days weeks things".split()
)
# Personal pronouns a subordinate clause can start with ("dat hij het leuk vond"); not "die".
_PRONOUNS = frozenset("ik hij zij ze ie we wij i he she they".split())
# The determiner of the feeling word itself ("een warm gevoel", "de zenuwen") is no subject.
_OWN_DETERMINER = frozenset({"een", "n", "de", "a", "an", "the"})
# "a total nervous wreck", "een echte brok in mn keel": how much, inside the feeling's own words.
_DEGREE = frozenset("total complete proper absolute real totale complete echte enorme flinke".split())
# "way less shy than I thought": less is not had.
_LESS = frozenset({"less", "minder"})
_SAID = frozenset(
    {"zei", "zeiden", "zegt", "zeggen", "vertelde", "vertelden", "riep", "said", "told", "says"}
    | ASK  # "de agent vroeg ben je bang?": a question to them
)
# Verbs of telling whose "het" is what was told: "ze vertelde het zo enthousiast" is how she told it.
_TOLD = _SAID | {"legde", "bracht", "explained"}
_IT = frozenset({"het", "t", "it"})
_HEDGE = frozenset({"kind", "sort"})
_WHO = frozenset({"who", "die"})  # not "which": ", which was really scary" is the student's view


_THIRD_REFLEXIVE = frozenset({"zich", "zichzelf", "himself", "herself", "themselves"})
_AFTER_ITS = SOFT | frozenset({"more", "a", "an", "just", "kind", "like", "not", "been", "gonna"})
# The student in the first clause: the one after the comma is theirs ("de baas gaf me ..., werd er blij van").
_THE_STUDENT = frozenset({"me", "mij", "mn", "mijn", "my", "ik", "i"})


def subject_of(
    words: list[str], people: frozenset[str] = frozenset(), *, told: bool = False
) -> tuple[Whose | Literal["it"] | None, int]:
    """The nearest subject in `words` (read backwards) and where it is: the student, someone else, 'it';
    `people` are names, who are someone else too; `told`: a state word after "vertelde het" is how the
    teller told it ("ze vertelde het zo enthousiast"; "ze vertelde het zo saai" is the student's view)."""
    copulas = 0
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else None
        previous = words[i - 1] if i > 0 else None
        copulas += word in COPULAS
        if word in _YOU and any(w in _SAID for w in words[:i]):
            return "other", i  # "iedereen zei je wordt wel bang": what others expected, not felt
        hedge = following == "kind" and i + 2 < len(words) and words[i + 2] == "of"
        if word in _MY_IN_CHAT and following in PEOPLE and not hedge:
            return "other", i  # "me neef was boos": "me" is "mijn" here; not "made me kind of sad"
        if (word in SELF or word in EXPERIENCER) and copulas >= 2 and i > 0:
            continue  # "the lawyer I was with was super chill": "I" is the subject of the inner clause
        if word in SELF and following not in COPULAS and inner_of_someone(words, i):
            continue  # "the guy i shadowed was tense", "de journalist met wie ik meeliep was gestrest"
        if word in EXPERIENCER and (previous in PREPOSITIONS or following == "toe"):
            continue  # "kwam een moeder naar me toe": the student is where she came, not who felt
        if word in EXPERIENCER and previous == "volgens":
            continue  # "volgens mij een beetje boos": what the student thinks, not who felt
        if word in SELF or word in EXPERIENCER:
            return "self", i
        if word in _THIRD_REFLEXIVE:
            return "other", i  # "Jayden zat zich te vervelen", "hij schaamde zich": never the student
        if rest_of_a_group(words, i):
            return "other", i  # "de rest van de klas was enthousiast"; not "de rest van de dag/stage"
        if previous in PREPOSITIONS and (word in ARTICLES or word in POSSESSIVES or word in IMPERSONAL):
            continue  # "bij het proefcollege", "with my mentor": no subject
        if word in IMPERSONAL and previous in _PRONOUNS:
            continue  # "dat hij het leuk vond": the one who found it so comes first
        if word in PEOPLE and following in NOT_A_PERSON_AFTER:
            continue  # "i was kind of nervous"
        if word in CROWD and not PREPOSITIONS & set(words[max(0, i - 2) : i]):
            if following is None or following in COPULAS | PLURAL_VERBS | _THEY_THOUGHT:
                return "other", i  # "sommige mensen werden misselijk", "mensen vonden het eng"
            continue
        if word in PEOPLE and PREPOSITIONS & set(words[max(0, i - 2) : i]):
            continue  # "met de jongens voetballen was leuk": the ones played with, no subject
        if word in _ANYONE:
            if all(w in SOFT or w in COPULAS for w in words[i + 1 :]):
                return "other", i  # "terwijl iemand zo bang is"
            continue  # "iemand helpen is leuk": the one helped, no subject
        if word in OTHERS or word in PEOPLE or word in people:
            return "other", i
        if (word.isdigit() or word in NUMBERS) and following in PLURAL_VERBS:
            return "other", i  # "2 begonnen te huilen": some of the others
        if word in _SOME and previous in PLURAL_VERBS and following is not None and following not in _COUNTED:
            return "other", i  # "toen ik weg moest waren twee kleintjes verdrietig": the verb before them
        if word in RELATIVE and i > 0 and words[i - 1] not in NOT_NOUNS and words[i - 1] not in FIND:
            return "other", i  # "een kind dat bang was": the child's feeling
        if word in _WHO and i == 0:
            return "other", i  # "this little boy, like 6, who was really scared": the one before the comma
        if word == "its" and following in _AFTER_ITS:
            return "it", i  # "its more of a tired feeling": "it's" typed without the apostrophe
        if word in IMPERSONAL:
            if i > 0 and words[i - 1] == "aan" and following is None:
                continue  # "de kinderen waren aan het huilen": "het" belongs to the verb, not a subject
            told_so = told and i > 0 and words[i - 1] in _TOLD and word in _IT and following not in COPULAS
            if (i > 0 and words[i - 1] in FIND) or told_so:
                continue  # "mijn collega vond het saai", "ze vertelde het zo enthousiast": someone before
            if following is None or following in COPULAS or following in SOFT or following in NEGATIONS:
                return "it", i
            if it_before(words, i):
                return "it", i  # "was het vooral ongemakkelijk", "dat eerste was meer onzeker"
            if a_thing(words, i, times=False):
                continue  # "het grootste gevoel was trots": a noun phrase, no person
            return "other", i
        if word in MY and following in BODY:
            return "self", i  # "ik voel in mijn hart", "mn buik deed raar": the student's own body
        noun_phrase = (word in ARTICLES or word in POSSESSIVES) and following is not None
        if noun_phrase and a_thing(words, i, times=True):
            continue  # "daarna was ik de hele dag blij", "the biggest thing for me was": no person
        if noun_phrase and following not in COPULAS and following not in NEGATIONS and following not in BIT:
            return "other", i
    return None, -1


def context(
    tokens: list[tuple[str, int]],
    index: int,
    after: int,
    *,
    verb: bool = False,
    people: frozenset[str] = frozenset(),
    object_me: bool = True,
    state: bool = False,
) -> tuple[Whose, bool, bool]:
    """Whose feeling the word at `index` is, whether it is negated, and whether it is said in the present.

    `verb`: the word is a verb ("baalde"), whose subject may follow it ("... baalde ik wel"); `people`:
    names written in the text ("Emma vond het ongemakkelijk"); `object_me`: a "me" right after the word makes
    the student the one who feels ("het irriteerde me"); `state`: the word says how someone is, not how it
    was.
    """
    words = [t for t, _ in tokens]
    start, end = clause_bounds(tokens, index)
    before = words[start:index]
    if len(before) >= 3 and tuple(before[-3:]) in _SENSE_OF and (SELF | EXPERIENCER) & set(before):
        before = before[:-3]  # "gave me a sense of calm": the feeling's own words, no subject
    if len(before) >= 2 and before[-1] in _DEGREE and before[-2] in _OWN_DETERMINER:
        before = before[:-1]
    if before and before[-1] in _OWN_DETERMINER:
        before = before[:-1]
    # "was mijn opluchting zo groot", "my nerves were gone": a feeling word the student calls theirs.
    mine = bool(before) and before[-1] in ("mijn", "mn", "m'n", "my")
    # "voelde me rot", "maakte me zenuwachtig": the student is the one who feels.
    subject, at = subject_of(before, people, told=state)
    if someone_after_how(words, index, after):
        subject = "other"  # "how calm the owner was", "hoe blij de klant was", "how lonely she has been"
    if after < len(words) and described(words, index, after):
        subject = "other"  # "allemaal boze bewoners", "ik kreeg een boze klant", "a scared dog": who they are
    if verb and after < len(words) and words[after] in {"ik", "i"}:
        subject = "self"  # "... baalde ik wel": the subject right after the verb is the nearest one
    # Not after a phrase: "de klant had respect voor mij", "my boss loved watching me" are about the student.
    if object_me and after < len(words) and words[after] in {"me", "mij"} and subject != "self":
        subject = "self"  # "which honestly annoyed me", "het irriteerde me": the student is the one who feels
    if subject is None:
        # "trots was ik wel", "was ik echt zenuwachtig": a subject right after the verb; not one in a clause
        # of its own ("nieuwsgierig hoe ze dat doen").
        rest = list(itertools.takewhile(lambda w: w not in SUBORDINATE, words[after:end][:3]))
        if rest[:1] and rest[0] not in COPULAS:
            rest = []  # "annoyed he was so rude": a clause of its own, not "trots was ik"
        if any(w in SELF for w in rest):
            subject = "self"
        elif any(w in OTHERS for w in rest):
            subject = "other"
    if subject is None and state and someone_is(before):
        subject = "other"  # "harm is altijd vrolijk": "is" is never the student's own ("ik ben")
    if subject is None:
        subject = _inherited(tokens, start, people)
    if subject == "other" and at >= 0 and _with_me(words, start + at):
        subject = "self"  # "ik en mn collega waren opgelucht": the student shares it
    if _except_me(words[after:end]):
        subject = "other"
    if subject == "other" and me_as_well(words[after : after + 7]):
        subject = "self"  # "de jongen die ik hielp was zenuwachtig, net als ik", "stressed, same as me"
    if (
        words[after : after + 1] in (["op"], ["on"], ["at"])
        and words[after + 1 : after + 2]
        and words[after + 1] in _THIRD_REFLEXIVE - {"zich"}
    ):
        subject = "other"  # "boos op zichzelf", "angry at herself": never the student ("blij op zich" is)
    whose: Whose = "other" if subject == "other" and not mine else "self"
    # Only a negation between the subject and the word counts ("ik wist niet dat ik trots was" is not one).
    negated = negation_reaches(before[at + 1 :][-4:]) or bool(_LESS & set(before[-2:]))
    if denies_with_not_that(before, at):
        negated = not negated  # "it wasn't that I was angry", "niet dat ik niet zenuwachtig was"
    clause = words[start:end]
    present = any(w in PRESENT_MARKERS for w in clause) and not any(w in PAST_MARKERS for w in clause)
    return whose, negated, present


def _someone_in(words: list[str], people: frozenset[str]) -> Whose | None:
    """The first person in a clause without a verb of being who is no object of a preposition."""
    for i, word in enumerate(words):
        if PREPOSITIONS & set(words[max(0, i - 2) : i]):
            continue
        if word in SELF:
            return "self"
        if word in PEOPLE or word in OTHERS or word in people:
            return "other"
    return None


def _with_me(words: list[str], subject: int) -> bool:
    """The student joined to the subject at `subject` by "en"/"and", with a plural verb: "ik en mn collega
    waren", "waren ik en Sam", "me and my friend were"; not "toen huilde ik en mijn moeder was ...", where
    "en" joins two clauses."""
    plural = bool(PLURAL_VERBS & set(words[subject + 1 : subject + 3]))
    return any(
        i >= 0
        and (words[i] in SELF or words[i] == "me")
        and words[i + 1] in _AND
        and (plural or (i > 0 and words[i - 1] in PLURAL_VERBS))
        for i in (subject - 2, subject - 3, subject - 4)
    )


def _except_me(rest: list[str]) -> bool:
    """ "allemaal blij behalve ik": everyone but the student (not "behalve me presentatie")."""
    for k, word in enumerate(rest[:3]):
        if word in _EXCEPT and k + 1 < len(rest) and rest[k + 1] in {"ik", "mij", "me"}:
            return k + 2 >= len(rest) or rest[k + 2] in CLAUSE_BREAKS
    return False


def _series_of_his(tokens: list[tuple[str, int]], start: int) -> bool:
    """ "Hij herkende ons niet, werd boos en sloeg ...": one person's actions in a row, after a comma."""
    if start < 3 or tokens[start - 1][0] != "," or tokens[start][0] not in _BECAME:
        return False  # not "Ze gaf me een compliment, was echt leuk": that "was" is the student's "het was"
    first = clause_bounds(tokens, start - 2)[0]
    head = [t for t, _ in tokens[first : start - 1]]
    # "een jongetje snapte het niet, werd boos"; not "de baas gaf me ..., werd er blij van"
    if len(head) >= 3 and head[0] in _NOUN_START and head[1] in PEOPLE and not set(head[2:]) & _THE_STUDENT:
        head = head[1:]
    return len(head) >= 2 and (head[0] in _ONE_OTHER or head[0] in PEOPLE) and not head[1].endswith("en")


def _inherited(
    tokens: list[tuple[str, int]], start: int, people: frozenset[str] = frozenset()
) -> Whose | Literal["it"] | None:
    """The subject of the clause before (only across a joining word, not across a full stop)."""
    # Only "en", "maar (ook)" carry the subject on ("mijn moeder was trots en blij", "ze was moe, maar ook
    # trots"); after a comma or a full stop alone a clause without a subject is the student's own ("...,
    # was echt happy").
    joint = start
    while joint > 0 and tokens[joint - 1][0] in _JOINING:
        joint -= 1
    if joint == start and _series_of_his(tokens, start):
        return "other"
    if joint == start and after_a_name_between_commas(tokens, start, people):
        return "other"
    # "she was totally panicking, crying at the desk": an -ing word right after a comma goes on with her.
    gerund = joint == start and start > 0 and tokens[start - 1][0] == "," and _gerund(tokens[start][0])
    if not gerund and (joint == start or not {t for t, _ in tokens[joint:start]} & _CARRY):
        return None
    if joint > 0 and tokens[joint - 1][0] == ",":
        joint -= 1
    if joint == 0:
        return None
    if tokens[joint - 1][0] in FULL_STOPS:
        # ". En ook teleurgesteld": the subject of the sentence before, from its first clause ("Mijn baas
        # was boos."), not from a clause inside it ("blij want de mensen zijn aardig. en ook beetje boos")
        first = joint - 1
        while first > 0 and tokens[first - 1][0] not in FULL_STOPS:
            first -= 1
        previous = clause_bounds(tokens, first) if first < joint - 1 else (0, 0)
        if previous[1] <= previous[0]:
            return None
        words = [t for t, _ in tokens[previous[0] : previous[1]]]
    else:
        previous = clause_bounds(tokens, joint - 1)
        words = [t for t, _ in tokens[previous[0] : joint]]
    # "I'm kind of impressed, and a little shaky": a hedge, no child ("kind") as the subject.
    words = [w for k, w in enumerate(words) if not (w in _HEDGE and words[k + 1 : k + 2] == ["of"])]
    # The subject before the clause's first verb: "ik was kapot aan het eind" is the student's.
    # Without one, among its first words ("ik liep stage bij mijn oom en was blij": not the uncle).
    verb = next((i for i, w in enumerate(words) if w in COPULAS), None)
    if verb is not None:
        subject = subject_of(words[: verb + 1], people)[0]
    else:
        # "Kees schrok zich rot en raakte in paniek": a name is someone else too.
        subject = subject_of(words[:2], people)[0] or subject_of(words[:3], people)[0]
        # "during the break a boy from group 4 fell on the playground and was crying": someone further in,
        # not one after a preposition ("met mijn collega de vakken gevuld en was trots")
        subject = subject or _someone_in(words, people)
    if subject is None:
        subject = _before_aside(tokens, previous[0])
    if subject is None and words and (_gerund(words[0]) or words[0] in _BECAME) and previous[0] < start:
        # "were loud, screaming and crying", "snapte het niet, werd boos en begon te huilen": still them
        subject = _inherited(tokens, previous[0], people)
    return subject


def _gerund(word: str) -> bool:
    """An English -ing form that goes on with the subject before ("crying", "screaming"); not a Dutch noun
    ("opluchting", "spanning") and not "feeling", which tells the writer's own ("feeling a bit lost")."""
    return (
        word.endswith("ing")
        and word not in ("feeling", "feelings")
        and known_word(word, "en")
        and not known_word(word, "nl")
    )


def _before_aside(tokens: list[tuple[str, int]], start: int) -> Whose | Literal["it"] | None:
    """The subject before an aside between commas: "mijn moeder, die advocaat is, liep mee en was ..."."""
    if start < 2 or tokens[start - 1][0] != ",":
        return None
    aside = clause_bounds(tokens, start - 2)
    if tokens[aside[0]][0] not in RELATIVE or aside[0] < 2 or tokens[aside[0] - 1][0] != ",":
        return None
    head = clause_bounds(tokens, aside[0] - 2)
    words = [t for t, _ in tokens[head[0] : aside[0] - 1]]
    # "ik liep met mijn moeder, die ...": the person after "met" is no subject
    preposition = next((k for k in range(len(words) - 1, -1, -1) if words[k] in PREPOSITIONS), None)
    if preposition is not None and preposition >= len(words) - 3:
        words = words[:preposition]
    return subject_of(words)[0]
