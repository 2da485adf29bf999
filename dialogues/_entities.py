"""What goes into the engine (events, session state) and what comes out (messages, effects).

It sits beside the engine package rather than in it: the node kinds build messages and effects too, and
importing anything from `dialogues.engine` first runs the engine package, which imports the node kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._schema import Competency, Language, Target

__all__ = [
    "ChoiceInput",
    "CommandInput",
    "Effect",
    "EmotionNote",
    "Event",
    "Finished",
    "Message",
    "Option",
    "Pending",
    "SaveContact",
    "ScheduleCheckIn",
    "SessionState",
    "Store",
    "TextInput",
    "Turn",
    "UnsupportedInput",
]

# ---- events -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextInput:
    """The student typed something."""

    text: str


@dataclass(frozen=True, slots=True)
class ChoiceInput:
    """The student pressed button number `index` (0-based) of question number `seq`."""

    seq: int
    index: int


@dataclass(frozen=True, slots=True)
class CommandInput:
    """A command the engine handles inside a conversation: help or stop."""

    name: Literal["help", "stop"]


@dataclass(frozen=True, slots=True)
class UnsupportedInput:
    """Something that is not text: a sticker, photo, voice message, location, document, ..."""

    kind: str


Event = TextInput | ChoiceInput | CommandInput | UnsupportedInput

# ---- output -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """A button: the value the engine gets back and the label the student sees."""

    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Message:
    """One message for the student; `seq` identifies the question its options answer."""

    text: str
    options: tuple[Option, ...] = ()
    seq: int | None = None
    kind: Literal["say", "question", "notice"] = "say"


@dataclass(frozen=True, slots=True)
class Store:
    """Put an answer in the dossier; `value` is text, a date, or None for "not known yet"."""

    target: Target
    value: str | date | None
    node: str
    competency: Competency | None = None
    # False for what the script itself writes (a set node's fixed values): never the student's answer.
    said: bool = True


@dataclass(frozen=True, slots=True)
class SaveContact:
    """The student named someone who can help with the next step."""

    name: str
    role: str | None
    node: str


@dataclass(frozen=True, slots=True)
class ScheduleCheckIn:
    """No date for the step yet: ask again on `on`."""

    on: date
    node: str


@dataclass(frozen=True, slots=True)
class Finished:
    """The conversation reached its end; `then` names a script to go on with, linked to the same items."""

    script_id: str
    then: str | None = None


Effect = Store | SaveContact | ScheduleCheckIn | Finished

# ---- state ----------------------------------------------------------------------------------------------


class Pending(BaseModel):
    """A sub-step inside the current node: a date awaiting confirmation, or key word examples shown."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal[
        "confirm_date",
        "keyword_examples",
        "keyword_own",
        "feeling",
        "confirm_contact",
        "contact_again",
        "contact_reach",
    ]
    value: str | None = None


class EmotionNote(BaseModel):
    """A feeling of the student's, kept so later questions can name it (as shown, how to say it)."""

    model_config = ConfigDict(extra="forbid")

    word: str
    frame: Literal["state", "eval", "verb"]
    negated: bool = False
    present: bool = False
    family: str = ""
    sequel: bool = False
    doubt: bool = False


class SessionState(BaseModel):
    """Everything the engine needs to continue a conversation; round-trips through JSON."""

    model_config = ConfigDict(extra="forbid")

    script_id: str
    script_hash: str
    language: Language
    node: str
    status: Literal["active", "paused", "finished"] = "active"
    seq: int = 0
    variant: int = 0
    attempts: int = 0
    draft: str = ""
    pending: Pending | None = None
    # Per answered node: the start of the answer (for quoting back and conditions); the full text is in
    # the dossier, so this stays small and every turn writes little.
    answers: dict[str, str] = Field(default_factory=dict)
    choices: dict[str, str] = Field(default_factory=dict)
    emotions: dict[str, EmotionNote] = Field(default_factory=dict)
    context: dict[str, str] = Field(default_factory=dict)
    # The student's feelings as the bot names them now, in order (a correction replaces them), and the
    # families the student said were wrong (never named again).
    feelings: list[EmotionNote] = Field(default_factory=list)
    denied: list[str] = Field(default_factory=list)
    # Which wording each text gets: the number of the student's earlier conversations, so that three
    # conversations in a row never ask with the same words.
    rotation: int = 0
    # The follow-up question on screen when it is not the node's own text: asked again after a restart.
    reprompt: str = ""

    def copy_for_turn(self) -> SessionState:
        """A copy the engine may change; cheaper than a deep copy because the values are never mutated."""
        return self.model_copy(
            update={
                "answers": dict(self.answers),
                "choices": dict(self.choices),
                "emotions": dict(self.emotions),
                "context": dict(self.context),
                "feelings": list(self.feelings),
                "denied": list(self.denied),
            }
        )


@dataclass(slots=True)
class Turn:
    """The result of one engine step: the new state, what to show, what to store."""

    state: SessionState
    messages: list[Message] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    outcome: Literal["ok", "stale", "finished"] = "ok"
