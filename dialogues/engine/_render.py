"""Rendering script texts and the current question for a session."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dialogues._catalog import TextCatalog, fill
from dialogues._entities import Message, Option, SessionState
from dialogues._errors import EngineError
from dialogues._schema import Texts
from dialogues._script import Script
from dialogues.kinds import ChoiceNode, ContactNode, DateNode, KeywordNode, Node, QuestionNode
from dialogues.language import Emotion, format_date

__all__ = ["AskingNode", "Renderer", "echo", "is_asking"]

AskingNode = QuestionNode | ChoiceNode | DateNode | ContactNode | KeywordNode
_ECHO_LIMIT = 60
OWN_WORD = "__own__"


def is_asking(node: Node) -> bool:
    """Whether the node waits for the student."""
    return isinstance(node, QuestionNode | ChoiceNode | DateNode | ContactNode | KeywordNode)


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

    def catalog(self, key: str, state: SessionState, **params: str) -> str:
        """A catalogue text in the session's language."""
        return self.texts.get(key, state.language, **params)

    def notice(self, key: str, state: SessionState, **params: str) -> Message:
        """A short note from the catalogue, not a question."""
        return Message(text=self.catalog(key, state, **params), kind="notice")

    def options(self, script: Script, state: SessionState) -> tuple[Option, ...]:
        """The buttons of the current question, in order."""
        node = script.node(state.node)
        pending = state.pending
        if pending is not None and pending.kind == "confirm_date":
            return (
                Option("yes", self.catalog("date.confirm_yes", state)),
                Option("no", self.catalog("date.confirm_no", state)),
            )
        if pending is not None and pending.kind == "keyword_examples":
            words = (pending.value or "").split("|")
            return (*(Option(w, w) for w in words if w), Option(OWN_WORD, self.catalog("keyword.own", state)))
        if isinstance(node, ChoiceNode) and pending is None:
            return tuple(Option(o.value, self.script_text(o.label, state)) for o in node.options)
        return ()

    def question(self, script: Script, state: SessionState, today: date) -> Message:
        """The current question as the student should see it now."""
        node = script.node(state.node)
        pending = state.pending
        if pending is not None and pending.kind == "confirm_date" and pending.value:
            datum = format_date(date.fromisoformat(pending.value), language=state.language, today=today)
            text = self.catalog("date.confirm", state, datum=datum[:1].upper() + datum[1:])
        elif pending is not None and pending.kind == "keyword_examples":
            text = self.catalog("keyword.examples", state)
        elif pending is not None and pending.kind == "keyword_own":
            text = self.catalog("keyword.type_own", state)
        elif isinstance(node, QuestionNode | ChoiceNode | DateNode | ContactNode | KeywordNode):
            text = self.script_text(node.text, state, state.variant)
        else:
            raise EngineError(f"node '{node.id}' does not ask anything")
        return Message(text=text, options=self.options(script, state), seq=state.seq, kind="question")
