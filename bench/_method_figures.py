"""The figures of `bench method`, each computed from played conversations (see bench/method.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dialogues.language import family_of, fold, read_feelings, second_person

from ._method_play import Conversation, Played, Turn
from ._method_reading import (
    PRAISE,
    QUOTED,
    bot_texts,
    expected_feelings,
    fixed_sentences,
    matches,
    named_feelings,
    non_answer,
    not_feelings,
    sentences,
    summary_frame,
)

__all__ = ["Figures", "score"]

_SUMMARY_FRAME = frozenset(
    "je was vond het voelde ben bent vindt voelt niet en eerst daarna toen nu you felt found it feel find "
    "did do not and first then after that now twijfelt tussen re sure or".split()
)


@dataclass
class Figures:
    """Counts for one corpus: each figure as (passed, counted) or a number, and the cases that failed."""

    conversations: int = 0
    feelings: list[int] = field(default_factory=lambda: [0, 0])
    others_attributed: int = 0
    corrections: list[int] = field(default_factory=lambda: [0, 0])
    praise_after_non_answer: int = 0
    summaries: list[int] = field(default_factory=lambda: [0, 0])
    earlier_key_words: list[int] = field(default_factory=lambda: [0, 0])
    steps_not_actions: int = 0
    longest_message: int = 0
    sentence_words: list[int] = field(default_factory=lambda: [0, 0])
    repeated_wording: int = 0
    # Not a target of the method: how often the safety check asked "gaat het wel goed?" about an answer.
    check_ins: int = 0
    # Not a target either: answers (all harmless) that got the safety's full help, the help lines.
    full_help: int = 0
    failed: dict[str, list[str]] = field(default_factory=dict)

    def fail(self, figure: str, case: str) -> None:
        """Note that `case` failed `figure`."""
        self.failed.setdefault(figure, []).append(case)


def _story_window(talk: Conversation) -> list[Turn]:
    """The turns from the first story answer until the correction or the key word question."""
    turns: list[Turn] = []
    started = False
    for index, turn in enumerate(talk.turns):
        if turn.key == "verhaal":
            started = True
        if talk.correction_at is not None and index >= talk.correction_at:
            break
        if started:
            turns.append(turn)
            if turn.asks == "kernwoord":
                break
    return turns


def _score_feelings(played: Played, figures: Figures, case_id: str) -> None:
    case, talk = played.case, played.main
    language = str(case.get("language", "nl"))
    expected = expected_feelings(case)
    avoid = not_feelings(case)
    corrected = (case.get("expect") or {}).get("corrected_feeling") or []
    own = {fold(w) for group in expected for w in group} | {
        fold(str(w)) for w in (corrected if isinstance(corrected, list) else [corrected])
    }

    def theirs(word: str) -> bool:
        # Someone else's feeling, unless the bot said the student's own word: "chagrijnig" (the student's)
        # is of one family with the customer's "boos", but it is not the customer's.
        return matches(word, avoid, language) and fold(word) not in own

    for text in bot_texts(talk.turns):
        if avoid and any(theirs(n) for n in named_feelings(text, case)):
            figures.others_attributed += 1
            figures.fail("others", case_id)
            break
    if (case.get("expect") or {}).get("feelings") is None:
        return
    figures.feelings[1] += 1
    window = _story_window(talk)
    named: list[str] = []
    asked_first = False
    for turn in window:
        for text in bot_texts([turn]):
            for word in named_feelings(text, case):
                # The same word once; two words of one family can be two feelings ("chagrijnig, ... boos").
                if fold(word) not in {fold(n) for n in named}:
                    named.append(word)
        if turn.asks == "gevoel" and not named:
            asked_first = True
    if expected:
        position, ok = 0, True
        for group in expected:
            while position < len(named) and not matches(named[position], group, language):
                position += 1
            ok = ok and position < len(named)
            position += 1
        passed = ok and not any(theirs(n) for n in named)
    else:
        passed = asked_first
    figures.feelings[0] += passed
    if not passed:
        figures.fail("feelings", f"{case_id} (named {named or 'none'})")


def _score_correction(played: Played, figures: Figures, case_id: str) -> None:
    case, talk = played.case, played.main
    if not case.get("correction"):
        return
    figures.corrections[1] += 1
    at = talk.correction_at
    if at is None:
        figures.fail("corrections", f"{case_id} (no feeling named, correction not said)")
        return
    language = str(case.get("language", "nl"))
    corrected = (case.get("expect") or {}).get("corrected_feeling")

    def named_in(turns: list[Turn]) -> list[str]:
        return [n for text in bot_texts(turns) for n in named_feelings(text, case)]

    def all_named(kept: list[str], named: list[str]) -> bool:
        return all(any(matches(n, [k], language) for n in named) for k in kept)

    before = named_in(talk.turns[:at])
    reply = talk.turns[at]
    now = named_in([reply])
    if corrected and not now and reply.asks == "gevoel" and at + 1 < len(talk.turns):
        # "nee dat klopt niet" carries no feeling: the bot asks, and names the one the answer gives.
        now = named_in([talk.turns[at + 1]])
    if corrected:
        # One feeling, or a list when the student's own words held more than one ("rustig, wel geschrokken").
        kept = [str(c) for c in corrected] if isinstance(corrected, list) else [str(corrected)]
        acknowledged = all_named(kept, now)
        # "indruk" named beside "onder de indruk" is part of the kept feeling, not an old one said again.
        inside = {word for k in kept for word in fold(k).split()}
        replaced = [n for n in before if not matches(n, kept, language) and fold(n) not in inside]
        if not now and not replaced and all_named(kept, before):
            # No correction at all ("ja klopt, vooral bij de kassa"): the named feelings are kept, so going
            # on without saying them again honours it, as long as they are the ones named later.
            acknowledged = all_named(kept, named_in(talk.turns[at + 1 :]))
    else:
        acknowledged = reply.asks == "gevoel" and not now
        replaced = before
    later = named_in(talk.turns[at:])
    passed = acknowledged and not any(matches(n, replaced, language) for n in later)
    figures.corrections[0] += passed
    if not passed:
        figures.fail("corrections", f"{case_id} (after: {now or 'none'}, later: {later})")


# A sentence that says how the student felt or found it: "... voordat je het mooi vond om te zien?".
_SAYS_FEELING = re.compile(
    r"\b(?:je|jij)\b[^.!?]*\b(?:vond|vindt|voelde|voelt|was|bent)\b|"
    r"\b(?:vond|vindt|voelde|voelt|was|ben) je\b|"
    r"\byou\b[^.!?]*\b(?:found|felt|were|feel|find)\b",
    re.IGNORECASE,
)


def _praises(text: str, felt: set[str]) -> bool:
    """Whether the bot's text praises: a praise word outside a quote of the student, unless it is a word of
    the student's feeling said back in a sentence about how they felt ("Wat gebeurde er vlak voordat je het
    mooi vond om te zien?" after "ik vond het mooi om te zien"); "Mooi, dank je." still praises."""
    for sentence in sentences(QUOTED.sub("", text)):
        fixed = fold(sentence) in fixed_sentences()
        for match in PRAISE.finditer(sentence):
            theirs = fold(match.group(0)) in felt and bool(_SAYS_FEELING.search(sentence))
            if fixed or not theirs:
                return True
    return False


def _score_praise(played: Played, figures: Figures, case_id: str) -> None:
    marked = set((played.case.get("expect") or {}).get("nonanswers") or [])
    for talk in played.conversations:
        felt: set[str] = set()
        for turn in talk.turns[1:]:
            empty = turn.neutral or turn.key in marked or non_answer(turn.said)
            if empty and any(_praises(text, felt) for text in bot_texts([turn])):
                figures.praise_after_non_answer += 1
                figures.fail("praise", f"{case_id} ({turn.said!r})")
            named = [word for text in bot_texts([turn]) for word in named_feelings(text, played.case)]
            felt |= {w for word in named for w in re.findall(r"\w+", fold(word))}


def _score_summary(played: Played, figures: Figures, case_id: str) -> None:
    talk = played.main
    said = [t.said for t in talk.turns[1:]]
    student = " \n ".join(fold(s) for s in said)
    language = str(played.case.get("language", "nl"))
    # The student's words as the bot says them back ("mezelf" -> "jezelf") are still the student's.
    student_words = set(re.findall(r"\w+", student + " " + second_person(student, language)))
    families = {f.family for s in said for f in read_feelings(s, language).feelings}
    summary = None
    for turn in talk.turns:
        if turn.asks == "kernwoord":
            texts = [r.text for r in turn.replies if r.kind != "question" and r.text]
            summary = texts[-1] if texts else None
            break
    if summary is None:
        return
    figures.summaries[1] += 1
    quotes = [q.strip("'\"‘’“”").rstrip("…").strip() for q in QUOTED.findall(summary)]
    quoted_ok = all(" ".join(fold(q).split()) in " ".join(student.split()) for q in quotes)
    outside = fold(QUOTED.sub(" ", summary))
    frame = summary_frame() | _SUMMARY_FRAME
    # A feeling of more words ("onder de indruk", "in je element") is named by all of its words.
    frame |= {w for f in families for w in re.findall(r"[a-z]+", fold(f))}
    # ... and so is a feeling said as a verb of its own ("medelijden" -> "Je leefde mee.").
    frame |= {
        w
        for f in read_feelings(outside, language).feelings
        if f.family in families
        for w in re.findall(r"[a-z]+", fold(f.word))
    }
    added = [
        w
        for w in re.findall(r"[a-z]+", outside)
        if w not in frame and w not in student_words and family_of(w, language) not in families
    ]
    passed = quoted_ok and not added and len(summary.split()) <= 60
    figures.summaries[0] += passed
    if not passed:
        figures.fail("summaries", f"{case_id} (added {added}, quotes ok {quoted_ok})")


def _score_key_words(played: Played, figures: Figures, case_id: str) -> None:
    history = [str(w) for w in played.case.get("history") or []]
    if not history:
        return
    figures.earlier_key_words[1] += 1
    talk = played.main
    after = next((i for i, t in enumerate(talk.turns) if t.key == "kernwoord"), None)
    texts = fold(" ".join(bot_texts(talk.turns[after:] if after is not None else [])))
    passed = after is not None and all(fold(w) in texts for w in history)
    figures.earlier_key_words[0] += passed
    if not passed:
        figures.fail("key words", case_id)


def _score_steps(played: Played, figures: Figures, case_id: str) -> None:
    action = (played.case.get("expect") or {}).get("step_is_action")
    steps = [s for s in played.dossier.steps if s.experience_id == played.experience_id]
    # `step_is_action: false` is about the reflection's step: what the student said they would do to
    # prepare ("make a tiny platformer before I go") is an action of their own.
    prepare = played.case.get("prepare")
    said = (prepare.get("voorbereiden") if isinstance(prepare, dict) else None) or []
    prepared = {fold(str(a)) for a in ([said] if isinstance(said, str) else said)}
    for step in steps:
        if action is False and fold(step.what) in prepared and not non_answer(step.what):
            continue
        if action is False or non_answer(step.what) or not step.what.strip():
            figures.steps_not_actions += 1
            figures.fail("steps", f"{case_id} ({step.what!r})")


def _score_length(played: Played, figures: Figures) -> None:
    for text in bot_texts(played.main.turns):
        figures.longest_message = max(figures.longest_message, len(text.split()))
        for sentence in sentences(text):
            figures.sentence_words[0] += len(sentence.split())
            figures.sentence_words[1] += 1


def _score_repeats(played: Played, figures: Figures, case_id: str) -> None:
    seen: dict[str, list[set[str]]] = {}
    for talk in played.conversations:
        asked = {
            fold(s)
            for t in talk.turns
            for r in t.replies
            if r.kind == "question"
            for s in sentences(r.text)
            if len(s.split()) >= 4 and not QUOTED.search(s)
        }
        earlier = seen.setdefault(talk.script, [])
        for before in earlier[-2:]:
            repeated = asked & before
            figures.repeated_wording += len(repeated)
            if repeated:
                figures.fail("repeats", f"{case_id} ({sorted(repeated)[0]!r})")
        earlier.append(asked)


def score(played: list[Played]) -> Figures:
    """All figures over a played corpus."""
    figures = Figures(conversations=len(played))
    for item in played:
        case_id = str(item.case.get("id"))
        figures.check_ins += item.check_ins
        figures.full_help += item.full_help
        _score_feelings(item, figures, case_id)
        _score_correction(item, figures, case_id)
        _score_praise(item, figures, case_id)
        _score_summary(item, figures, case_id)
        _score_key_words(item, figures, case_id)
        _score_steps(item, figures, case_id)
        _score_length(item, figures)
        _score_repeats(item, figures, case_id)
    return figures
