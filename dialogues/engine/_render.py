"""Rendering script texts and the current question for a session."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dialogues._catalog import TextCatalog, fill
from dialogues._entities import Message, Option, SessionState
from dialogues._schema import Texts
from dialogues._script import Script
from dialogues.language import Emotion

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


@dataclass(frozen=True, slots=True)
class Renderer:
    """Turns script texts and catalogue keys into messages for one session."""

    texts: TextCatalog

    @staticmethod
    def value(state: SessionState, name: str) -> str | None:
        """The value of one {placeholder}: an earlier answer, the last emotion, or the linked experience."""
        if name in ("emotie", "gevoel"):
            if not state.emotions:
                return None
            note = list(state.emotions.values())[-1]
            emotion = Emotion(word=note.word, frame=note.frame, negated=note.negated)
            return emotion.phrase(state.language) if name == "emotie" else emotion.clause(state.language)
        if name in state.answers:
            return echo(state.answers[name], state.language)
        return state.context.get(name)

    def script_text(self, texts: Texts, state: SessionState, variant: int = 0) -> str:
        """One variant of a script text in the session's language, placeholders filled."""
        options = texts.get(state.language) or next(iter(texts.values()))
        return fill(options[variant % len(options)], lambda name: self.value(state, name))

    def fill(self, text: str, state: SessionState) -> str:
        """`text` with its placeholders filled from the session."""
        return fill(text, lambda name: self.value(state, name))

    def catalog(self, key: str, state: SessionState, **params: str) -> str:
        """A catalogue text in the session's language."""
        return self.texts.get(key, state.language, **params)

    def notice(self, key: str, state: SessionState, **params: str) -> Message:
        """A short note from the catalogue, not a question."""
        return Message(text=self.catalog(key, state, **params), kind="notice")

    def options(self, script: Script, state: SessionState) -> tuple[Option, ...]:
        """The buttons of the current question, in order."""
        return script.node(state.node).buttons(self, state)

    def question(self, script: Script, state: SessionState, today: date) -> Message:
        """The current question as the student should see it now."""
        node = script.node(state.node)
        text = node.prompt(self, state, today)
        return Message(text=text, options=node.buttons(self, state), seq=state.seq, kind="question")
