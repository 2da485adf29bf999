"""Listening to feelings: noting the student's own, and taking a correction ("nee, ik was juist ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogues._entities import EmotionNote, Message, Pending, SessionState
from dialogues.language import (
    Answered,
    Feeling,
    Reading,
    family_of,
    fold,
    half_right_alone,
    is_correction_start,
    names_in,
    near_denied,
    opens_half_right,
    read_answer_to_named,
    read_feelings,
    weigh,
    words,
)

from ._choosing import WEIGHED, asked_in, emoji_beside_words, what_matters
from ._corrected import chosen, in_order, said_corrected
from ._reply_words import (
    BETTER,
    CONTENT,
    CONTRAST,
    DOUBT_FELT,
    DOUBT_NAMED,
    DOUBT_WORD,
    FILLERS,
    INSTEAD,
    JUST,
    JUST_WORDS,
    NAMING_EN,
    NAMING_NL,
    NO_FEELING,
    REJECT,
    REJECT_NAMED,
    SHORT_NO,
    SHORT_REJECT,
)
from ._turn import Context, Step

__all__ = [
    "clause_around",
    "correction",
    "feeling_answer",
    "known_names",
    "named_in_question",
    "note_feelings",
    "notes_of",
    "of_another_time",
]


def notes_of(feelings: Sequence[Feeling]) -> list[EmotionNote]:
    """The feelings as notes of the conversation: one per family, at most three."""
    notes: list[EmotionNote] = []
    for f in feelings:
        # One family once ("boos ... kwaad"), unless the story turned between two words of it ("we waren
        # allemaal chagrijnig ... maar toen ... was ik echt boos").
        if all(n.word != f.word and (n.family != f.family or f.sequel) for n in notes):
            notes.append(
                EmotionNote(
                    word=f.word,
                    frame=f.frame,
                    negated=f.negated,
                    present=f.present,
                    family=f.family,
                    sequel=f.sequel and bool(notes),
                    doubt=f.doubt,
                )
            )
    return notes[:3]


def known_names(state: SessionState) -> frozenset[str]:
    """The names in the student's answers so far: "Ravi" in the story is someone else in "toen ravi ...";
    a name of the prepared experience's answers counts too."""
    return names_in(state.answers.values())


def note_feelings(state: SessionState, node_id: str, *texts: str) -> bool:
    """Note the student's own feelings in the first text that has any; whether there were any.

    Someone else's feeling and one the student called wrong earlier are never noted as theirs.
    """
    known = known_names(state)
    for text in texts:
        reading = read_feelings(text, state.language, known)
        own = [f for f in reading.own if f.family not in state.denied]
        if own:
            state.feelings = notes_of(own)
            state.emotions[node_id] = state.feelings[0]
            return True
    return False


def correction(ctx: Context, text: str) -> Step | None:
    """A correction of the feelings the bot named ("nee, ik was juist zenuwachtig", "Ik was niet in
    paniek!", "dat klopt niet"): replace them, say so, and ask the question again; else None."""
    state = ctx.state
    if not state.feelings:
        return None
    held = {n.family for n in state.feelings}
    # "ik zou het eerder voldaan noemen", "I'd call it relief": the word named is the feeling meant.
    if state.language == "nl":
        named = NAMING_NL.sub(lambda m: f"ik was juist {m.group(1) or m.group(2)}", text)
    else:
        named = NAMING_EN.sub(r"I was rather \1", text)
    folded = fold(named)  # "ik noem het trots" reads as "ik was juist trots": a feeling in the other's place
    # "bang is overdreven", "verdrietig is te zwak", "meer gespannen dan bang", "de chef was boos, niet ik".
    answered = read_answer_to_named(named, [(n.word, n.family) for n in state.feelings], state.language)
    reading = read_feelings(named, state.language, known_names(state))
    named_here = named_in_question(ctx)
    settled = chosen(state.feelings, reading, folded) if named_here else None
    if settled:
        return said_corrected(ctx, settled)  # "boos" after "Je twijfelt tussen boos en moe."
    asked_of, spoken_of, elsewhere = _about_these_feelings(
        ctx, text, reading, answered, named_here=named_here
    )
    # "ik was niet zenuwachtig" after "Je vond het spannend": a word of the same kind denied is the named one.
    near = near_denied(named, reading, held, state.language) if asked_of else frozenset()
    denied = [f for f in reading.denied if f.family in held] if asked_of else []
    down = answered.turned_down | {d.family for d in denied} | near
    emoji = emoji_beside_words(reading, folded)
    own = [f for f in answered.own if f.family not in down and f.family not in emoji]
    opens = is_correction_start(text) and asked_of
    # "te zwaar", "overdreven", "fout" reject the named feeling only when they are about it: said at the
    # start, in a short answer, or beside that feeling's word ("onzeker is te zwaar"); in a story they are
    # just words ("dat was te zwaar en ik was moe").
    about_it = opens or len(text.split()) <= SHORT_REJECT or any(f.family in held for f in reading.feelings)
    # The named word itself turned down or asked back ("bang is overdreven", "blij?? nee"): a correction
    # right after the feelings were said back, even without a "nee" first.
    named_down = answered.about_named and named_here
    named_folds = {fold(n.word) for n in state.feelings} | held
    doubted = named_here and bool(
        DOUBT_WORD.search(folded)
        or any(m.group(1) in named_folds for m in DOUBT_NAMED.finditer(folded))
        or (DOUBT_FELT.search(folded) and not [f for f in reading.own if not f.negated])
    )
    if doubted:
        # "denk het? of was het meer blij?": a feeling asked about is weighed, not yet chosen
        weighed = WEIGHED.search(folded)
        own = [
            f
            for f in own
            if f.family not in held
            and not (weighed and f.start > weighed.start() and asked_in(folded, f.start))
        ]
    better = any(family_of(m.group(1), state.language) for m in BETTER.finditer(folded))
    # "klopt half" or "half waar" said alone: partly wrong, so ask (with a feeling after it, that one counts).
    half = opens_half_right(text)
    half_alone = half_right_alone(text)
    # "eigenlijk voelde ik er niet echt veel bij, het was gewoon een opdracht": the named one taken back.
    # Only when it opens the answer: not "ja in het begin wel, daarna voelde ik er niet veel bij".
    nothing = NO_FEELING.search(folded)
    felt_nothing = (
        named_here
        and not own
        and nothing is not None
        and not _BEFORE_NOTHING.search(folded[: nothing.start()])
    )
    rejects = (
        felt_nothing
        or half_alone
        or named_down
        or answered.not_me
        or doubted
        or (about_it and (REJECT.search(folded) or (REJECT_NAMED.search(folded) and named_here)))
    )
    # "hmm nee", "nope", "nee hoor" right after the feeling was said back: that was not it.
    # A bare "nee" is rather a "nothing happened" (said kindly, and on to the next question).
    short_no = (
        opens and named_here and not own and 2 <= len(text.split()) <= SHORT_NO and not CONTENT.search(folded)
    )
    just = named_here and len(text.split()) <= JUST_WORDS and bool(JUST.search(folded))
    # "opgelucht." right after "Je was blij.": the word the student would use.
    told = words(text)
    bare = (
        named_here
        and len(state.feelings) == 1  # after "Eerst zenuwachtig, daarna trots" one word may be about either
        and len(told) == 1
        and told[0] not in FILLERS
        and any(f.frame == "state" and f.family not in held for f in own)
    )
    # "ik was gewoon moe" puts a new feeling in the named one's place; "ik was gewoon blij" agrees.
    instead = INSTEAD.search(folded) or better or ((just or bare) and any(f.family not in held for f in own))
    # To a later question ("Wanneer had je dit eerder?") a feeling with "juist" tells of that other moment
    # ("toen mijn hond ziek was was ik juist in paniek"); a correction there says so ("nee", "klopt niet").
    # "de eerste dag was ik nog super zenuwachtig, nu niet meer. vooral toen ...": another time, no "instead";
    # right after the feelings were said back a place is only a reason ("ik had er thuis aan gewerkt").
    away = (
        any(of_another_time(folded, f.start) for f in own if f.family not in held)
        if named_here
        else elsewhere
    )
    taken = own and (opens or (instead and not away and (named_here or spoken_of or better)) or rejects)
    mattering = what_matters(state.feelings, own, folded) if named_here else []
    if mattering:
        return said_corrected(ctx, mattering, agreed=True)
    if not (
        denied or near or taken or (opens and rejects) or named_down or short_no or doubted or felt_nothing
    ):
        # "Ik was niet in paniek!" about a feeling the bot did not name, or "ik zei ZENUWACHTIG hè. niet dat
        # het leuk was": say back what it did hear. Not "het was niet leuk", an answer about the moment.
        insisted = (
            bool(_INSISTED.search(folded))
            and any(f.family not in held for f in reading.denied)
            and all(f.family in held for f in own if not f.negated)
        )
        if asked_of and ((reading.denied and not own and len(text.split()) <= 8) or insisted):
            return said_corrected(ctx, list(state.feelings))
        return None
    fresh = [f for f in own if f.family not in held]
    if answered.same and not own and named_here:
        return said_corrected(ctx, list(state.feelings))  # "beetje?? nee heel erg": what was named, and more
    # "klopt half, ik was ook moe" adds to a half right one; "klopt half, X maar ook Y" is the new whole.
    # "nou half. toen die ruzie begon was ik juist nieuwsgierig": half right, the others at another moment.
    half_later = half and bool(fresh) and bool(_AT_A_MOMENT.search(folded))
    half_adds = half and (len(fresh) == 1 or half_later)
    if (answered.adds or half_later) and fresh and not down and (not opens or half_adds):
        # "ja, en ook een beetje trots": the new one beside the named ones.
        added = [
            n.model_copy(update={"sequel": n.sequel or (i == 0 and half_later)})
            for i, n in enumerate(notes_of(fresh))
        ]
        return said_corrected(ctx, [*state.feelings, *added][-3:])  # the newest three, as when added
    put_instead = opens or rejects or named_down or CONTRAST.search(folded) or better or just or bare
    if fresh and put_instead and not answered.adds:
        # "nee, ik was juist enthousiast, heftig op een goeie manier", "more angry than scared": the new
        # feeling takes the place of the one named; the old word said again is not kept beside it.
        own = fresh
    # "misselijk klopt niet, ik schrok meer. nieuwsgierig wel": the ones kept by name stay beside the new.
    # One not spoken of makes way too ("trots niet, wel blij" after "zenuwachtig en trots" is "blij"): the
    # writers of the test conversations, eight of them apart, all heard a correction as the new whole.
    # Agreeing first ("ja klopt, vooral dat zenuwachtig en ook blij"): the named ones said again stay; not
    # after a "maar" ("ja blij wel, maar meer trots" puts trots in its place).
    agreed = bool(_AGREED.match(folded))
    said_again = agreed and not re.search(r"\b(?:maar|but)\b", folded)
    again = {f.family for f in reading.own if f.family in held and not f.negated} if said_again else set()
    kept = [
        n
        for n in state.feelings
        if (n.family in answered.kept or n.family in again) and n.family not in {f.family for f in own}
    ]
    new = in_order([*kept, *notes_of(own)], folded)[:3] if kept else notes_of(own)
    if not new and answered.turned_down and not answered.turned_down >= held:
        # "moe boeit niet, het ging om de zenuwen": the named ones not turned down stay.
        new = [n for n in state.feelings if n.family not in down]
    unchanged = [(n.family, n.word) for n in new] == [(n.family, n.word) for n in state.feelings]
    # Nothing changes: the message is the answer to the question asked (taken as a correction, the same
    # question would be asked again, and the same answer swallowed again: "nee eigenlijk was ik boos" a
    # second time). Unless it sets something straight: "die paniek was van de dochter, niet van mij".
    if unchanged and not (named_here and (answered.not_me or answered.about_named)):
        return None
    # A doubt ("denk het? of was het meer blij?") turns nothing down: the student may still settle on it.
    dropped = set() if doubted else held - {n.family for n in new}
    state.denied = sorted({*state.denied, *dropped, *down})
    render = ctx.render
    if new:
        return said_corrected(ctx, new, agreed=agreed and not down)  # a word turned down: no agreeing
    state.feelings = []
    state.emotions = {}
    state.pending = Pending(kind="feeling")
    state.seq += 1
    # After a doubt nothing was misunderstood: the student is not sure yet, and that may be said.
    sorry = "feeling.unsure" if doubted else "feeling.sorry"
    return Step(messages=[render.notice(sorry, state), ctx.question()])


def _about_these_feelings(
    ctx: Context, text: str, reading: Reading, answered: Answered, *, named_here: bool
) -> tuple[bool, bool, bool]:
    """Whether a "nee" or "niet" in `text` can be about the feelings named, whether the named word itself
    is spoken of ("meer stress dan zenuwen"), and whether `text` tells of another place or time.

    To "Herken je dit ook van ergens anders?" a "nee" answers the question ("nee, op school ben ik juist
    rustig", "nee ik was nooit eerder zo zenuwachtig"): only a question that names the feelings, the named
    word spoken of, "klopt niet", or this moment's feeling denied or replaced ("nee, ik was niet zenuwachtig
    maar boos", "nee, eigenlijk was ik boos") make it a correction there.
    """
    held = {n.family for n in ctx.state.feelings}
    plain = fold(text)
    elsewhere = bool(_ELSEWHERE.search(plain))
    this_time = not elsewhere and (
        any(f.family in held and not f.present for f in reading.denied)
        or (is_correction_start(text) and any(f.family not in held and not f.present for f in answered.own))
    )
    spoken_of = answered.about_named and not elsewhere  # not "thuis ben ik meer moe dan zenuwachtig"
    asked_of = named_here or _names_a_feeling(ctx) or spoken_of or this_time or bool(REJECT.search(plain))
    return asked_of, spoken_of, elsewhere


# Not "klopt niet", "ja nee", "ja klopt niet": those disagree.
_AGREED = re.compile(
    r"^\W*(?:ja+|yes|yeah|yep|klopt|precies|inderdaad|true)\b"
    # "ja maar dat is het niet helemaal": a "but" right after the "yes" takes it back
    r"(?![ ,.]*(?:maar|but)\b)"
    r"(?![ ,]*(?:klopt |maar )?(?:eigenlijk |echt |toch |gewoon |ook )?(?:helemaal )?"
    r"(?:niet|nie|nee|no|not)\b)"
)
_BEFORE_NOTHING = re.compile(
    r"[,.;!?]|\b(?:ja|yes|yeah|klopt|maar|but|daarna|later|alleen|only|bij|at|begin|first|toen|then|after)\b"
)
_AT_A_MOMENT = re.compile(
    r"\b(?:toen|daarna|later|aan het (?:eind|begin)|op het eind|when|then|at the (?:end|start))\b"
)


# Another time or place than the experience: a feeling told of it is no correction of this one ("eerder"
# and "before" are not in it: "nee ik was niet zenuwachtig, eerder boos" corrects).
_OTHER_TIME = (
    r"nooit|vroeger|altijd|meestal|in groep|vorig jaar|vorige (?:keer|stage|week)|toen ik (?:klein|jong)|"
    r"(?:de|mijn|mn|m'n) eerste (?:dag|keer)|nu niet meer|never|always|usually|used to|last (?:year|time)|"
    r"in year|back then|the first (?:day|time)|not anymore"
)
_ANOTHER_TIME = re.compile(rf"\b(?:{_OTHER_TIME})\b")
_ELSEWHERE = re.compile(
    rf"\b(?:{_OTHER_TIME}|op school|thuis|bij (?:voetbal|sport|hockey|zwemmen|de vorige)|"
    r"(?:mijn|mn|m'n) oude|at school|at home|my old)\b"
)
_INSISTED = re.compile(r"\b(?:ik zei|ik zeg|i said|i say)\b")
# Place words a question may hold that are feelings too ("ik voelde me er thuis").
_PLACES = frozenset({"thuis", "home", "at home"})


# Where a clause ends, for the words of another time around a feeling.
_CLAUSE_END = re.compile(r"[.,!?;\n]|\b(?:want|omdat|maar|because|but)\b")


def clause_around(folded: str, at: int, breaks: re.Pattern[str] = _CLAUSE_END) -> str:
    """The part of `folded` around position `at` between two `breaks`."""
    start = max((m.end() for m in breaks.finditer(folded, 0, at)), default=0)
    end = next((m.start() for m in breaks.finditer(folded, at)), len(folded))
    return folded[start:end]


def of_another_time(folded: str, at: int) -> bool:
    """Whether the clause around position `at` of `folded` tells of another time ("de eerste dag was ik
    nog zenuwachtig"), not "eigenlijk was ik boos want ik had nooit uitleg gekregen"."""
    return bool(_ANOTHER_TIME.search(clause_around(folded, at)))


def _names_a_feeling(ctx: Context) -> bool:
    """Whether the question being answered names one of the feelings ("Wat gebeurde er vlak voordat je je
    blij voelde?")."""
    question = fold(ctx.question().text)
    return any(
        re.search(rf"\b{re.escape(fold(n.word))}\b", question)
        for n in ctx.state.feelings
        if fold(n.word) not in _PLACES
    )


def named_in_question(ctx: Context) -> bool:
    """Whether the question being answered said the feelings back ("Je was blij. Wat gebeurde er?")."""
    said = ctx.render.fill("{gevoelens}", ctx.state)
    return bool(said) and "{" not in said and said in ctx.question().text


def feeling_answer(ctx: Context, node_id: str, text: str) -> Step:
    """The answer to "Hoe voelde jij je dan?" after a correction: note it, then the question again."""
    state = ctx.state
    state.pending = None
    state.seq += 1
    found = weigh(text) != "none" and note_feelings(state, node_id, text)
    note = ctx.render.notice("feeling.noted" if found else "feeling.open", state)
    if found:
        said = ctx.render.fill("{gevoelens}", state)
        note = Message(ctx.render.catalog("feeling.noted", state, gevoelens=said), kind="notice")
        question = ctx.question()
        text_again = question.text.replace(said, "").strip() or question.text
        return Step(messages=[note, Message(text_again, question.options, question.seq, question.kind)])
    return Step(messages=[note, ctx.question()])
