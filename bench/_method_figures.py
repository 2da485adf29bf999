"""The figures of `bench method`, each computed from played conversations (see bench/method.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from bot.conversation import Outgoing
from dialogues import DEFAULT_TEXTS, ScriptLibrary, TextCatalog
from dialogues.language import family_of, fold, read_feelings, second_person

from ._method_play import Conversation, Played, Turn

__all__ = ["Figures", "names_feelings", "score"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# A quote: "..." or '...' that is not an apostrophe ("haven't", "z'n"), or typographic quotes.
_QUOTED = re.compile(r"(?<!\w)'[^']+'(?!\w)|\"[^\"]*\"|‘[^’]*’|“[^”]*”")
_YOU = re.compile(r"\b(?:je|jij|jou|you|your)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:niet|geen|not|never)\s+(?:\w+\s+)?$")
PRAISE = re.compile(
    r"\b(?:mooi|goed zo|goed gedaan|goed bezig|knap|top|super|sterk|wat goed|geweldig|fantastisch|"
    r"(?<!niet )veel verteld|well done|good job|great|nice|awesome|brilliant|amazing|told me a lot)\b",
    re.IGNORECASE,
)
# What counts as a non-answer, besides the player's neutral "weet ik niet" and the keys a case marks.
_NON_ANSWERS = frozenset(
    "niks|niets|nee|nope|no|weet niet|weet ik niet|geen idee|idk|i don't know|dont know|-|.|?|nvt|"
    "nothing|none|dunno|no idea|ik weet het niet|weet ik veel|whatever|meh".split("|")
)
_SUMMARY_FRAME = frozenset(
    "je was vond het voelde ben bent vindt voelt niet en eerst daarna toen nu you felt found it feel find "
    "did do not and first then after that now".split()
)


def non_answer(text: str) -> bool:
    """A non-answer: 'niks', 'nee', 'weet niet', 'idk', '-', or one word said over and over."""
    plain = " ".join(re.findall(r"[\w'?.-]+", fold(text))).strip(" .!")
    tokens = re.findall(r"\w+", plain)
    return plain in _NON_ANSWERS or not tokens or (len(tokens) > 1 and len(set(tokens)) == 1)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


@cache
def _fixed_sentences() -> frozenset[str]:
    """Every sentence of the scripts and catalogues that has no placeholder: the bot's fixed words."""
    library = ScriptLibrary.from_directory()
    catalog = TextCatalog.load(sorted(DEFAULT_TEXTS.glob("*.yaml")))
    texts: list[str] = []
    for version in library.versions():
        for node in version.script.nodes:
            for spot in node.texts():
                texts += [t for variants in spot.texts.values() for t in variants]
    keys = catalog.keys()
    for key in keys:
        texts += [t for lang in ("nl", "en") for t in catalog.variants(key, lang)]
    return frozenset(fold(s) for t in texts for s in _sentences(t) if "{" not in s)


@cache
def _summary_frame() -> frozenset[str]:
    """The words of the summary's own frame: its opening words and its catalogue lines."""
    library = ScriptLibrary.from_directory()
    catalog = TextCatalog.load(sorted(DEFAULT_TEXTS.glob("*.yaml")))
    keys = [key for key in catalog.keys() if key.startswith("summary.")]  # noqa: SIM118 (a list)
    texts = [t for key in keys for lang in ("nl", "en") for t in catalog.variants(key, lang)]
    for version in library.versions():
        for node in version.script.nodes:
            if node.kind_name == "summary":
                texts += [t for spot in node.texts() for variants in spot.texts.values() for t in variants]
    return frozenset(w for t in texts for w in re.findall(r"[a-z]+", fold(re.sub(r"\{\w+\}", " ", t))))


def _canonical(word: str, language: str) -> str:
    return family_of(word, language) or fold(word).strip()


def _matches(named: str, acceptable: Iterable[str], language: str) -> bool:
    return any(
        fold(named) == fold(a) or _canonical(named, language) == _canonical(a, language) for a in acceptable
    )


def named_feelings(message: str, case: dict[str, Any]) -> list[str]:
    """The feelings a bot message names as the student's, in order.

    Only sentences addressed to the student ("je", "you") that are not fixed script texts (questions with
    example feelings are fixed texts), and only outside quotation marks (a quote is the student's own
    words, not the bot's reading of them). A word is a feeling if the lexicon knows it or the case lists
    it; one right after "niet"/"not" is not named as felt.
    """
    language = str(case.get("language", "nl"))
    extra = {fold(w) for group in _expected(case) for w in group} | {fold(w) for w in _not_feelings(case)}
    found: list[str] = []
    for sentence in _sentences(message):
        if fold(sentence) in _fixed_sentences() or not _YOU.search(sentence):
            continue
        if sentence.lstrip().startswith(("Je wilde ", "You wanted to ")):
            continue  # the student's prepared goal said back ("Je wilde weten of je het eng vindt")
        plain = _QUOTED.sub(" ", sentence)
        # In the order they stand in the sentence, whichever way each was recognised.
        here = [(f.start, f.word) for f in read_feelings(plain, language).feelings if not f.negated]
        folded = fold(plain)
        for word in extra:
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
                if not _NEGATION.search(folded[: match.start()]) and word not in {fold(w) for _, w in here}:
                    here.append((match.start(), word))
        found += [word for _, word in sorted(here)]
    return found


def names_feelings(replies: list[Outgoing], case: dict[str, Any]) -> bool:
    """Whether any of the replies names a feeling as the student's."""
    return any(named_feelings(r.text, case) for r in replies)


def _expected(case: dict[str, Any]) -> list[list[str]]:
    raw = (case.get("expect") or {}).get("feelings")
    if raw is None:
        return []
    return [[str(w) for w in (group if isinstance(group, list) else [group])] for group in raw]


def _not_feelings(case: dict[str, Any]) -> list[str]:
    return [str(w) for w in (case.get("expect") or {}).get("not_feelings") or []]


def _bot_texts(turns: Iterable[Turn]) -> list[str]:
    return [r.text for t in turns for r in t.replies if r.text]


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
    expected = _expected(case)
    avoid = _not_feelings(case)
    corrected = (case.get("expect") or {}).get("corrected_feeling") or []
    own = {fold(w) for group in expected for w in group} | {
        fold(str(w)) for w in (corrected if isinstance(corrected, list) else [corrected])
    }

    def theirs(word: str) -> bool:
        # Someone else's feeling, unless the bot said the student's own word: "chagrijnig" (the student's)
        # is of one family with the customer's "boos", but it is not the customer's.
        return _matches(word, avoid, language) and fold(word) not in own

    for text in _bot_texts(talk.turns):
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
        for text in _bot_texts([turn]):
            for word in named_feelings(text, case):
                # The same word once; two words of one family can be two feelings ("chagrijnig, ... boos").
                if fold(word) not in {fold(n) for n in named}:
                    named.append(word)
        if turn.asks == "gevoel" and not named:
            asked_first = True
    if expected:
        position, ok = 0, True
        for group in expected:
            while position < len(named) and not _matches(named[position], group, language):
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
    before = [n for t in talk.turns[:at] for text in _bot_texts([t]) for n in named_feelings(text, case)]
    reply = talk.turns[at]
    now = [n for text in _bot_texts([reply]) for n in named_feelings(text, case)]
    if corrected and not now and reply.asks == "gevoel" and at + 1 < len(talk.turns):
        # "nee dat klopt niet" carries no feeling: the bot asks, and names the one the answer gives.
        now = [n for text in _bot_texts([talk.turns[at + 1]]) for n in named_feelings(text, case)]
    if corrected:
        # One feeling, or a list when the student's own words held more than one ("rustig, wel geschrokken").
        kept = [str(c) for c in corrected] if isinstance(corrected, list) else [str(corrected)]
        acknowledged = all(any(_matches(n, [k], language) for n in now) for k in kept)
        # "indruk" named beside "onder de indruk" is part of the kept feeling, not an old one said again.
        inside = {word for k in kept for word in fold(k).split()}
        replaced = [n for n in before if not _matches(n, kept, language) and fold(n) not in inside]
    else:
        acknowledged = reply.asks == "gevoel" and not now
        replaced = before
    later = [n for t in talk.turns[at:] for text in _bot_texts([t]) for n in named_feelings(text, case)]
    passed = acknowledged and not any(_matches(n, replaced, language) for n in later)
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
    for sentence in _sentences(_QUOTED.sub("", text)):
        fixed = fold(sentence) in _fixed_sentences()
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
            if empty and any(_praises(text, felt) for text in _bot_texts([turn])):
                figures.praise_after_non_answer += 1
                figures.fail("praise", f"{case_id} ({turn.said!r})")
            named = [word for text in _bot_texts([turn]) for word in named_feelings(text, played.case)]
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
    quotes = [q.strip("'\"‘’“”").rstrip("…").strip() for q in _QUOTED.findall(summary)]
    quoted_ok = all(" ".join(fold(q).split()) in " ".join(student.split()) for q in quotes)
    outside = fold(_QUOTED.sub(" ", summary))
    frame = _summary_frame() | _SUMMARY_FRAME
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
    texts = fold(" ".join(_bot_texts(talk.turns[after:] if after is not None else [])))
    passed = after is not None and all(fold(w) in texts for w in history)
    figures.earlier_key_words[0] += passed
    if not passed:
        figures.fail("key words", case_id)


def _score_steps(played: Played, figures: Figures, case_id: str) -> None:
    action = (played.case.get("expect") or {}).get("step_is_action")
    steps = [s for s in played.dossier.steps if s.experience_id == played.experience_id]
    for step in steps:
        if action is False or non_answer(step.what) or not step.what.strip():
            figures.steps_not_actions += 1
            figures.fail("steps", f"{case_id} ({step.what!r})")


def _score_length(played: Played, figures: Figures) -> None:
    for text in _bot_texts(played.main.turns):
        figures.longest_message = max(figures.longest_message, len(text.split()))
        for sentence in _sentences(text):
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
            for s in _sentences(r.text)
            if len(s.split()) >= 4 and not _QUOTED.search(s)
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
