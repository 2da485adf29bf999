"""Read a student's own feelings from their words: whose feeling it is, in what order, in which tense.

"ik was trots", "ik schaam me", "voelde me rot", "het was spannend" are the student's; "de klant was
blij", "zijn moeder was in paniek" are someone else's and never named as the student's. A clause without
a subject of its own belongs to the subject before it ("mijn moeder was trots en blij": both hers).
Misspellings one letter off ("zenuwachig") are read when the word is not a real word itself (a Dutch or
English dictionary from simplemma decides that, loaded the first time it is needed).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from ._feeling_clauses import (
    EMOJI,
    LAUGH,
    answer_start,
    as_comma,
    emoji_break,
    expected,
    felt_after,
    formerly,
    instead_of,
    joined_to,
    next_in_line,
)
from ._feeling_context import context, subject_of
from ._feeling_deeds import PERFECT, SAYS_ITSELF, between_two, says_something_else, told_outright
from ._feeling_extras import (
    ABOUT_THEM,
    AFTER_NOT_EVAL,
    SEQUEL,
    asked,
    emoji_feelings,
    me_too,
    no_feeling_of,
    not_knowing,
    of_self,
    only_feelings,
    others_think,
)
from ._feeling_marks import BODY, MY, ironic, ungap
from ._feeling_said import (
    after_copula,
    clause_bounds,
    denied_after,
    denied_fronted,
    felt,
    felt_before,
    hypothetical,
    of_myself,
)
from ._feeling_table import Form, display_of, family_of, find_forms
from ._feeling_types import Feeling, Reading
from ._feeling_words import (
    AMBIGUOUS,
    FEEL_ONLY,
    SHORT_ONLY,
    VERB_SAID,
    VERBS,
)
from ._names import names_of, past_asides
from ._normalize import fold
from ._not_felt import a_beings, less_than_that, nothing_to, pretended, quoted_of_others, taken_back
from ._similes import similes
from ._subject_rules import seen_in_them
from ._whose_words import (
    ARTICLES,
    COPULAS,
    FIRST_PERSON,
    FULL_STOPS,
    POSSESSIVES,
    SOFT,
)

__all__ = ["Feeling", "Reading", "family_of", "read_feelings"]


# "gelukkig" before a verb or "niet"/"maar" is "luckily".
_LUCKILY_BEFORE = frozenset(
    "heb had hebben hadden was waren is ging gingen gaat kon konden kan mocht mochten viel valt werd "
    "zag kwam hoefde hoef hoeft zei deed wist bleef gaf lukte lukt kreeg ben zijn niet wel zat stond niks "
    "geen klaar alles".split()
)
_LUCKILY_AFTER = frozenset({"en", "maar", "want", "toen", "daarna", "dus", "pfieuw", "haha"})
_NOT_NORMAL = re.compile(r"\b(?:niet|nie|ni|nait|neet) normaal\b")
_ALSO = frozenset({"ook", "also", "tegelijk", "tegelijkertijd"})
_BUT = frozenset({"maar", "but"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.,!?;:()\n]")
_RUNS = re.compile(r"([a-z])\1{2,}")


def _tokens(text: str) -> list[tuple[str, int]]:
    # Brackets set an aside apart as commas do: "de leidster (Priya) was gestrest" is "de leidster, Priya,".
    found = _TOKEN.finditer(text)
    return [(_BRACKETS.get(m.group(0), m.group(0).replace("'", "")), m.start()) for m in found]


_BRACKETS = {"(": ",", ")": ","}
_DID = frozenset({"did", "doing", "does", "done"})
_ASKED_NO = [["?", no] for no in ("nee", "no", "nah", "nope", "neej")]


# A turn reads the same answer several times (the correction, a feeling added, the note); a Reading is
# immutable, so one reading serves them all. Small: only the last few answers are held, not a history.
@lru_cache(maxsize=64)
def read_feelings(text: str, language: str, known: frozenset[str] = frozenset()) -> Reading:
    """Every feeling in `text` in order, each with whose it is, negation and tense; `known`: names the
    student wrote earlier (folded), who are someone else here too ("toen ravi ging huilen")."""
    text = _TITLES.sub(r"\1", text[:2000])  # "Mr. Jansen": no end of a sentence
    folded = _GLUED.sub(r"\1 \2", _RUNS.sub(r"\1", fold(text).replace("’", "'")))
    folded = ungap(folded)
    folded = past_asides(folded)
    # "ni normaal blij", "niet normaal zenuwachtig": extremely, not "not" (same length: positions stay)
    folded = _NOT_NORMAL.sub(lambda m: "super".ljust(len(m.group(0))), folded)
    # An emoji ends a clause as a comma does ("mocht een bumper spuiten 😅 was zo bang"); same positions.
    tokens = _tokens(LAUGH.sub(as_comma, EMOJI.sub(emoji_break, folded)))
    short = sum(token[0].isalnum() for token, _ in tokens) <= _SHORT_ANSWER
    names = names_of(text, known)
    hits = find_forms(folded, tokens, language, names)
    for start, end, said in similes(tokens, language, names):
        if not any(a < end and start < b for a, b, _ in hits):
            hits.append((start, end, Form(said, "state", said, language)))
    found: list[Feeling] = []
    previous_end = -1
    starts = {hit[0] for hit in hits}
    for start, end, form in sorted(hits, key=lambda hit: hit[0]):
        index = next((i for i, (_, pos) in enumerate(tokens) if pos >= start), len(tokens))
        after = next((i for i, (_, pos) in enumerate(tokens) if pos >= end), len(tokens))
        if (
            folded[start:end] in _ONLY_HOW_MUCH
            and after < len(tokens)
            and (tokens[after][1] in starts or tokens[after][0] in _SAID_HOW_MUCH)
        ):
            continue  # "kapot zenuwachtig", "het was kapot hoog": how much, not tired
        # A form of several words carries its own sense ("felt sick"); one word may be an ordinary word.
        aan = after < len(tokens) and tokens[after][0] == "aan"
        ambiguous = form.display in AMBIGUOUS or fold(form.display) in AMBIGUOUS
        ambiguous = (ambiguous or folded[start:end] in _ORDINARY_AS_WRITTEN) and " " not in folded[start:end]
        if (
            ambiguous
            and not (short and only_feelings(tokens, hits))
            and not after_copula(tokens, index)
            and not (after < len(tokens) and tokens[after][0] in COPULAS)  # "dat ik heel rustig bleef"
            and not answer_start(tokens, index, after)
            and not (found and next_in_line(tokens, index))
            # "trots maar ook gewoon kapot"; not English "excited and down for it", nor "rustig aan doen"
            and not (language == "nl" and found and joined_to(tokens, index, found[-1].start) and not aan)
            and not instead_of(tokens, index)
        ):
            continue
        if (
            folded[start:end] == "gelukkig"
            and after < len(tokens)
            and tokens[after][0] in _LUCKILY_BEFORE
            and (index == 0 or not tokens[index - 1][0].isalnum() or tokens[index - 1][0] in _LUCKILY_AFTER)
        ):
            continue  # "gelukkig heb ik niks verpest", "..., gelukkig ging het goed": luckily, no feeling
        if form.frame == "eval" and folded[end : end + 14].startswith(_ASIDE):
            continue  # "ik moest lachen, stom ik weet het": an aside about themselves, not how it felt
        if tokens[after : after + 2] and [t for t, _ in tokens[after : after + 2]] in _ASKED_NO:
            continue  # "vies? nee niet vies eigenlijk": the word asked of themselves and turned down
        if ironic(form.family, folded[:start], folded[end:]):
            continue  # "super leuk hoor, 4 uur pannen schrobben 🙃": said the other way round
        if form.frame == "eval" and index > 0 and tokens[index - 1][0] in _DID:
            continue  # "he said I did great": how it went, not how it felt
        if form.family == "free" and folded[end : end + 4] == " to ":
            continue  # "I felt free to ask questions": allowed, not a feeling
        if "doorheen" in folded[start:end] and folded[end : end + 4] == " met":
            continue  # "ik zat er echt doorheen met mijn taken": done with them, not worn out
        if form.family == "gespannen" and folded[end : end + 12].startswith(_COLD):
            continue  # "ik stond te bibberen van de kou": cold, not nerves
        # "raar. ik wist niet wat ik moest zeggen": a bad feeling said first, alone, then why
        said_first = (
            form.family in _BAD
            and all(t in SOFT or t in {"beetje", "bit", "a"} for t, _ in tokens[:index])
            and after < len(tokens)
            and tokens[after][0] in {".", ",", "!"}
        )
        if form.family in SHORT_ONLY and not short and not said_first and not felt_before(tokens, index):
            continue  # "goed" in a story judges anything; as the whole answer it is how they felt
        if form.family in SHORT_ONLY and index > 0 and tokens[index - 1][0] in _WENT:
            continue  # "ging goed": how it went, not how they felt
        # An idiom that says the feeling itself ("dat ik er niks te zoeken had"): no "voelde" needed.
        idiom = folded[start:end] in SAYS_ITSELF and index > 0 and tokens[index - 1][0] in {"ik", "k"}
        if (form.family in FEEL_ONLY or form.display in FEEL_ONLY) and not (
            idiom
            or felt_before(tokens, index)
            or instead_of(tokens, index)
            or felt_after(tokens, index, after)
            or of_myself(tokens, after)
            or ((form.family in _WAS_STATES or form.display in _WAS_STATES) and _i_was(tokens, index, after))
        ):
            continue  # "het was dom", "een stoere auto": not how the student felt
        if index > 0 and tokens[index - 1][0] in ARTICLES and form.frame != "state":
            continue  # "het vet", "de shock": a noun, not how it felt
        if folded[start:end] == "jammer" and folded[end : end + 7] == " genoeg":
            continue  # "jammer genoeg": unfortunately
        choosing = folded[end : end + 8] in (" tussen ", " between") and folded[start:end] in _CHOOSING
        if form.frame == "verb" and form.family == "onzeker" and choosing:
            continue  # "ik twijfel tussen Event Management en Communicatie": a choice, not how it felt
        if form.display == "lachen" and folded[end : end + 4] == " van":
            continue  # "ik vond het lachen van mijn collega irritant": the laughing, not how it was
        if form.family == "ongemotiveerd" and (_THE_CHAT.match(folded[end:]) or _pointless(tokens, index)):
            continue  # "geen zin meer in deze vragen": this chat; "dat het geen zin meer had": pointless
        if found and [t for t, _ in tokens[max(0, index - 3) : index]] in (
            [",", "meer", "dan"],
            [",", "more", "than"],
        ):
            continue  # "ik vond het heel interessant, meer dan eng": the first one, not this one
        if says_something_else(folded, start, end, tokens, (index, after), form.display):
            continue  # "ik vergat de tijd bij te houden", "een belangrijk moment", "mijn pauze ging op in"
        if expected(tokens, index):
            continue  # "I thought I'd find it boring", "ik dacht dat ik het saai zou vinden": not felt
        if formerly(tokens, index):
            continue  # "vroeger was ik bang voor klanten": how it used to be, not how this experience felt
        if pretended(tokens, index):
            continue  # "ik deed alsof ik rustig was", "I acted like I was calm": shown, not felt
        if nothing_to(folded, start, end):
            continue  # "er was ook niks om bang voor te zijn", "nothing to be scared of": no feeling
        if less_than_that(tokens, index, after):
            continue  # "minder heftig dan dat": the size of the word named, no feeling
        if hypothetical(tokens, index, after) or asked(tokens, index):
            continue  # "iedereen dacht dat ik bang zou zijn", "was ik nou trots?": not felt
        doubt = not_knowing(tokens, index)  # "idk of ik ... of ...": kept only as one of two (see below)
        single = " " not in folded[start:end]
        whose, negated, present = context(
            tokens,
            index,
            after,
            verb=form.frame == "verb",
            people=names,
            object_me=single,
            state=form.frame == "state",
        )
        if others_think(tokens, index) or (form.frame == "state" and seen_in_them(tokens, index)):
            whose = "other"  # "iedereen denkt dat ik bang ben", "seeing her so scared": theirs
        present = present and folded[start:end] not in PERFECT  # "toen ben ik de tijd vergeten": it was
        owner = tokens[index - 1][0] if index > 0 and folded[start:end].split()[0] in BODY else None
        if owner in MY or any(w in MY for w in folded[start:end].split()):
            whose = "self"  # "bonkte mn hart", "mn hart ging te keer": the student's own body
        elif owner in POSSESSIVES:
            whose = "other"  # "haar hart ging tekeer", "her hands were shaking"
        if (
            form.family in _PLACE_WORDS or form.family in FEEL_ONLY or form.display in FEEL_ONLY
        ) and subject_of([t for t, _ in tokens[clause_bounds(tokens, index)[0] : index]])[0] == "it":
            continue  # "het was rustig op de afdeling", "dat het leeg was": the place, not the student
        if (form.family in ABOUT_THEM or form.display in ABOUT_THEM) and of_self(tokens, index):
            continue  # "ik ben grappig", "ik was vies na het werk": who they are, not how they found it
        if form.family == "vies" and after < len(tokens) and tokens[after][0] in AFTER_NOT_EVAL:
            continue  # "vies werk", "smerig lekker": a word about the work, or how much
        negated = (
            negated
            or ((form.frame == "verb" or form.display == "geraakt") and denied_after(tokens, after))
            or no_feeling_of(tokens, index)
            or denied_fronted(tokens, index, after)
        )
        frame = form.frame
        if frame == "eval" and whose == "self" and felt(tokens, index):
            frame = "state"  # "ik voelde me rot": how they felt, not how they found it
        word = form.display
        if frame == "verb" and form.family in VERBS:
            past, now, _ = VERB_SAID.get(folded[start:end], VERBS[form.family])
            word = now if present else past
        between = {t for t, pos in tokens if previous_end <= pos < start}
        # "my supervisor was super stressed, like eating-lunch-at-her-desk stressed": hers once more; not
        # "de klant was nie blij, maar blij was ik wel", where the student comes right after.
        # "i saw her crying and felt sad": felt again, by the student
        mine = (between | {t for t, _ in tokens[after : after + 3]}) & (FIRST_PERSON | _MINE_TOO | _FELT)
        if found and found[-1].family == form.family and found[-1].whose == "other":
            whose = whose if mine or between & FULL_STOPS else "other"
        # "nieuwsgierig maar ook trots", "tired but also happy": both at once, not one after the other
        at_once = between & _ALSO and not between & (SEQUEL - _BUT)
        sequel = previous_end >= 0 and bool(between & SEQUEL) and not at_once
        previous_end = end
        if a_beings(form.family, tokens, index):
            whose = "other"  # "a dog came in, it was terrified", "het geitje ... het was sloom en bang"
        found.append(Feeling(word, form.family, frame, negated, present, whose, start, sequel, doubt))
    found = between_two(found)
    found = told_outright(found, folded)
    found = taken_back(found, folded)
    found += emoji_feelings(folded, _tokens(folded), found, language, partial(display_of, language=language))
    found += me_too(tokens, found)
    found = quoted_of_others(folded, found)
    return Reading(tuple(sorted(found, key=lambda f: f.start)))


_ASIDE = (" ik weet het", " ik weet t", " weet ik", " i know", " ik weet")
# Forms that are ordinary words as written ("I exited the shop"): a feeling only after a copula or in a
# named one's place ("more exited"); the family's other forms are not.
_ORDINARY_AS_WRITTEN = frozenset({"exited", "zenuw"})  # "ik was zenuw", not "de zenuw in mijn arm"
_COLD = (" van de kou", " van kou", " from the cold")
_WENT = frozenset({"ging", "gaat", "gingen", "liep", "loopt", "went", "goes", "going"})
_TITLES = re.compile(r"\b(Mr|Mrs|Ms|Dr|Mevr|Dhr|Mw|Drs|Ir)\.", re.IGNORECASE)
# Feeling words that say how much when another feeling word follows ("kapot zenuwachtig").
_ONLY_HOW_MUCH = frozenset({"kapot", "dood", "mega", "super", "vet"})
# Words about the thing that "kapot" makes stronger in chat ("kapot lang", "kapot vol"): no feeling.
_SAID_HOW_MUCH = frozenset(
    "hoog lang vol druk veel groot klein zwaar moeilijk makkelijk snel langzaam vroeg laat warm koud heet "
    "duur goed mooi lekker hard raar lelijk ver dichtbij".split()
)


# "wasik", "ikdacht": a pronoun glued to its verb.
_GLUED = re.compile(
    r"\b(was|ben|had|voelde|vond|werd|dacht|ik|k)(ik|was|ben|had|voelde|vond|werd|dacht)\b"
)  # "wasik", "ikwas", "kwas" (chat's "k" for "ik")


_SHORT_ANSWER = 4
# States that describe a place when "het" is the subject ("het was rustig"), a person otherwise.
_PLACE_WORDS = frozenset({"rustig", "kalm"})
# Of the words felt only after "voelde me", those that are a state after "ik was" too ("ik was helemaal
# leeg"); "het was leeg" stays the place.
_THE_CHAT = re.compile(
    r" (?:deze|die|dit|dat|al die|je|jouw) (?:\w+ )?(?:vragen|vraag|gesprek|chat|bot|app)\b"
)
_POINTLESS = frozenset({"het", "t", "dat", "dit"})
_HAS = frozenset({"heeft", "had", "hebben", "hadden", "has"})


def _pointless(tokens: list[tuple[str, int]], index: int) -> bool:
    """ "dat het geen zin meer had", "zeuren heeft toch geen zin": pointless, not a student without zin."""
    clause = {t for t, _ in tokens[clause_bounds(tokens, index)[0] : index]}
    near = {t for t, _ in tokens[max(0, index - 2) : index]}
    return bool(near & _POINTLESS) or bool(
        clause & _HAS and not clause & (FIRST_PERSON | {"je", "jij", "you"})
    )


# Only the present is a choice still open ("ik twijfel tussen twee studies"); "ik twijfelde tussen wel of niet
# iets zeggen" is how it felt then.
_CHOOSING = frozenset({"twijfel", "twijfelt", "doubting"})
_WAS_STATES = frozenset({"leeg", "verloren", "onzichtbaar", "invisible", "lost"})


def _i_was(tokens: list[tuple[str, int]], index: int, after: int) -> bool:
    """ "ik was helemaal leeg", "na mijn dienst was ik leeg", "I was so lost": the student (or "we") is the
    subject right before or after the copula; not "mijn hoofd was leeg" (blank), "I was lost for words"."""
    if after < len(tokens) and tokens[after][0] in _LOST_FOR:
        return False
    clause = [t for t, _ in tokens[clause_bounds(tokens, index)[0] : index]]
    # "I wasn't really lost": the copula denied is a copula too (the denial is read apart)
    verb = next((k for k, t in enumerate(clause) if t in COPULAS or t in _WAS_NOT), None)
    if verb is None:
        return False
    return bool({*clause[max(0, verb - 1) : verb], *clause[verb + 1 : verb + 2]} & FIRST_PERSON)


_WAS_NOT = frozenset({"wasnt", "werent", "isnt"})


# "Me too, super nervous", "was zelf ook best zenuwachtig": the student's own after someone else's.
_MINE_TOO = frozenset({"me", "mij", "zelf", "mezelf", "myself", "too", "ook"})
# "I was lost for words / in thought", "I got lost on the way": no feeling.
_LOST_FOR = frozenset({"for", "in", "on", "op", "onderweg"})


_FELT = frozenset({"felt", "voelde", "voelden"})
_BAD = frozenset({"slecht", "bad"})
