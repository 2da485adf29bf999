"""Rendering script texts and the current question for a session."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dialogues._catalog import TextCatalog, fill
from dialogues._entities import EmotionNote, Message, Option, SessionState
from dialogues._schema import PLACEHOLDER, Texts
from dialogues._script import Script
from dialogues.language import feelings_clause, feelings_phrase, feelings_sentence, quoted_list, second_person

__all__ = ["Renderer", "echo"]

_ECHO_LIMIT = 60


# Quoting "mijn oom" back must become "je oom": the bot talks *to* the student.
_SECOND_PERSON = {
    "nl": {"mijn": "je", "m'n": "je", "mn": "je", "mij": "jou", "me": "je"},
    "en": {"my": "your", "me": "you", "myself": "yourself", "mine": "yours"},
}
_WORD = re.compile(r"[\w']+")


def _to_second_person(text: str, language: str) -> str:
    table = _SECOND_PERSON.get(language, {})

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        other = table.get(word.lower())
        if other is None:
            return word
        return other.capitalize() if word[0].isupper() else other

    return _WORD.sub(swap, text)


def echo(answer: str, language: str = "nl") -> str:
    """A student's answer, in the second person and shortened, for quoting back in a question."""
    flat = _to_second_person(" ".join(answer.split()), language)
    return flat if len(flat) <= _ECHO_LIMIT else flat[: _ECHO_LIMIT - 1].rstrip() + "…"


# Sentence ends; a placeholder that is a sentence of its own ("{gevoelens} Wat gebeurde er?") ends one too.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=\})\s+(?=[A-Z])")


def _feelings(state: SessionState) -> list[EmotionNote]:
    """The feelings to name: the current list, else (an older conversation) the last one noted."""
    if state.feelings:
        return state.feelings
    return [list(state.emotions.values())[-1]] if state.emotions else []


_GOAL = re.compile(
    r"^\s*(?:ik\s+)?(?:wil(?:de)?|wou)\s+(.+)$|^\s*(?:i\s+)?(?:want(?:ed)?\s+to|would like to)\s+(.+)$", re.I
)


def _goal_back(goal: str, language: str) -> str | None:
    """The goal said back: "ik wil weten of ik het eng vind" → "Je wilde weten of je het eng vindt."."""
    goal = " ".join(goal.split()).rstrip(" .!?")
    if not goal:
        return None
    match = _GOAL.match(goal)
    if match is None or len(goal.split()) > 25:
        short = goal if len(goal) <= _ECHO_LIMIT else goal[: _ECHO_LIMIT - 1].rstrip() + "…"
        return f"Je doel was: '{short}'." if language == "nl" else f"Your goal was: '{short}'."
    rest = second_person(match.group(1) or match.group(2), language)
    return f"Je wilde {rest}." if language == "nl" else f"You wanted to {rest}."


@dataclass(frozen=True, slots=True)
class Renderer:
    """Turns script texts and catalogue keys into messages for one session."""

    texts: TextCatalog

    @staticmethod
    def value(state: SessionState, name: str) -> str | None:
        """The value of one {placeholder}: an earlier answer, the feelings, or the linked experience."""
        if name in ("emotie", "gevoel", "gevoelens"):
            notes = _feelings(state)
            if not notes:
                return None
            if name == "emotie":
                return feelings_phrase(notes, state.language)
            if name == "gevoel":
                # A clause about one feeling reads well in "Wat zorgde ervoor dat ...": the last one named.
                return feelings_clause(notes[-1:], state.language)
            return feelings_sentence(notes, state.language)
        if name in state.answers:
            return echo(state.answers[name], state.language) if state.answers[name] else None
        if name == "kernwoorden":
            return quoted_list(state.context.get("kernwoorden", "").split("|"), state.language)
        if name == "doel_terug":
            return _goal_back(state.context.get("doel", ""), state.language)
        return state.context.get(name) or None

    def script_text(self, texts: Texts, state: SessionState, variant: int = 0) -> str:
        """One variant of a script text in the session's language, placeholders filled.

        A sentence whose placeholder has no value (no feeling was named, no goal was set) is left out,
        so a text never shows "{gevoel}"; when nothing is left, the next variant is tried.
        """
        options = texts.get(state.language) or next(iter(texts.values()))
        for step in range(len(options)):
            text = self.fill(options[(variant + step) % len(options)], state)
            if "{" not in text:
                return text
            kept = " ".join(s for s in _SENTENCE.split(text) if not PLACEHOLDER.search(s))
            if kept.strip():
                return kept
        return self.fill(options[variant % len(options)], state)

    def fill(self, text: str, state: SessionState) -> str:
        """`text` with its placeholders filled from the session."""
        return fill(text, lambda name: self.value(state, name))

    def catalog(self, key: str, state: SessionState, **params: str) -> str:
        """A catalogue text in the session's language; its variants take turns over conversations."""
        variants = self.texts.variants(key, state.language)
        return fill(variants[state.rotation % len(variants)], params)

    def notice(self, key: str, state: SessionState, **params: str) -> Message:
        """A short note from the catalogue, not a question; the same note twice in a row is worded anew."""
        variants = self.texts.variants(key, state.language)
        text = fill(variants[(state.rotation + state.seq) % len(variants)], params)
        return Message(text=text, kind="notice")

    def options(self, script: Script, state: SessionState) -> tuple[Option, ...]:
        """The buttons of the current question, in order."""
        return script.node(state.node).buttons(self, state)

    def question(self, script: Script, state: SessionState, today: date) -> Message:
        """The current question as the student should see it now."""
        node = script.node(state.node)
        text = node.prompt(self, state, today)
        return Message(text=text, options=node.buttons(self, state), seq=state.seq, kind="question")
