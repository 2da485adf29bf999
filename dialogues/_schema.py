"""The vocabulary of a dialogue script: languages, targets, texts, conditions; the node kinds use it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

__all__ = [
    "CHOSEN_TARGETS",
    "CONTEXT_NAMES",
    "DATE_TARGETS",
    "LANGUAGES",
    "PLACEHOLDER",
    "STEP_STATUSES",
    "Case",
    "Competency",
    "Condition",
    "ExperienceKind",
    "Labels",
    "Language",
    "Link",
    "NodeId",
    "NodeRef",
    "Option",
    "PerLanguage",
    "Phase",
    "ScriptKind",
    "Strict",
    "Target",
    "Texts",
    "allowed_values",
    "as_language",
]

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")


def as_language(code: str | None) -> Language:
    """A supported language for a code like "en-GB" or "nl"; Dutch when unknown."""
    return "en" if (code or "").lower().startswith("en") else "nl"


NodeId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,47}$")]


@dataclass(frozen=True, slots=True)
class Link:
    """Marks a field that names another node of the same script (for an editor: pick from the nodes)."""


NodeRef = Annotated[NodeId, Link()]


class Competency(StrEnum):
    """The five career competencies (loopbaancompetenties)."""

    KWALITEITENREFLECTIE = "kwaliteitenreflectie"
    MOTIEVENREFLECTIE = "motievenreflectie"
    WERKEXPLORATIE = "werkexploratie"
    LOOPBAANSTURING = "loopbaansturing"
    NETWERKEN = "netwerken"


class Phase(StrEnum):
    """Where a node sits in the method; shown to the student and used in logs."""

    INTRO = "intro"
    ERVARING = "ervaring"
    DOEL = "doel"
    KLEIN_VERHAAL = "klein_verhaal"
    VERBREDEN = "verbreden"
    VERDIEPEN = "verdiepen"
    KERNWOORD = "kernwoord"
    VOLGENDE_STAP = "volgende_stap"
    AFSLUITING = "afsluiting"


class ExperienceKind(StrEnum):
    """The kinds of experience a dossier records."""

    STAGE = "stage"
    MEELOOPDAG = "meeloopdag"
    OPEN_DAG = "open dag"
    INTERVIEW = "interview"
    OPDRACHT = "opdracht"
    OTHER = "other"


class Target(StrEnum):
    """Where in the career dossier an answer is stored."""

    EXPERIENCE_KIND = "experience.kind"
    EXPERIENCE_TITLE = "experience.title"
    EXPERIENCE_WHERE = "experience.where"
    EXPERIENCE_WHEN = "experience.when"
    ENTRY_DOEL = "entry.doel"
    ENTRY_VOORKENNIS = "entry.voorkennis"
    ENTRY_GEDAAN = "entry.gedaan"
    ENTRY_VERBREDEN = "entry.verbreden"
    ENTRY_VERDIEPEN = "entry.verdiepen"
    ENTRY_ONTDEKT = "entry.ontdekt"
    ENTRY_KERNWOORD = "entry.kernwoord"
    STEP_WHAT = "step.what"
    STEP_DUE = "step.due"
    STEP_HELPER = "step.helper"
    STEP_OBSTACLE = "step.obstacle"
    STEP_STATUS = "step.status"
    CONTACT_REACH = "contact.reach"
    CONTACT_LAST_CONTACT = "contact.last_contact"
    CONTACT_NOTE = "contact.note"


# Targets that hold a date: only a date node may fill them.
DATE_TARGETS = frozenset({Target.EXPERIENCE_WHEN, Target.STEP_DUE, Target.CONTACT_LAST_CONTACT})
# Values a choice or set node gives these targets must come from a fixed list.
CHOSEN_TARGETS = frozenset({Target.EXPERIENCE_KIND, Target.STEP_STATUS})
# The values a script may give a step's status (see the career dossier).
STEP_STATUSES = frozenset({"open", "done", "changed", "dropped"})
# Names a text may use besides the ids of answered nodes: {emotie} is the last emotion word found and
# {gevoel} a ready clause around it ("je je trots voelde"); the others come from the linked experience.
# Follow-ups add the item they are about: {stap} (what the step is), {datum} (its date), {contact}.
# {gevoel} is a clause about the last feeling the student named ("je je trots voelde");
# {gevoelens} is a whole sentence naming the student's feelings in order ("Eerst vond je het chill, daarna
# was je zenuwachtig."); {kernwoorden} the key words of earlier reflections ("'durven' en 'lef'");
# {doel_terug} says the goal back ("Je wilde weten of je het eng vindt om hoog te staan.").
CONTEXT_NAMES = frozenset(
    {
        "emotie",
        "gevoel",
        "gevoelens",
        "doel",
        "doel_terug",
        "ervaring",
        "naam",
        "stap",
        "datum",
        "contact",
        "kernwoorden",
    }
)
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def allowed_values(target: Target) -> frozenset[str]:
    """The fixed values a chosen target (experience kind, step status) accepts."""
    if target is Target.EXPERIENCE_KIND:
        return frozenset(k.value for k in ExperienceKind)
    return STEP_STATUSES


class ScriptKind(StrEnum):
    """What a script is for; reflection and preparation scripts obey extra method rules."""

    REFLECTION = "reflection"
    PREPARATION = "preparation"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


def _as_variants(value: Any) -> Any:
    """Accept a single string where a list of variants is expected."""
    if isinstance(value, dict):
        return {lang: [text] if isinstance(text, str) else text for lang, text in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class PerLanguage:
    """Marks a field holding a text per language (each a list of variants) of at most `max_chars`."""

    max_chars: int


# Texts per language; a list holds interchangeable variants so the bot does not sound canned.
Texts = Annotated[dict[str, list[str]], BeforeValidator(_as_variants), PerLanguage(max_chars=1000)]
# The same for short texts: buttons and example words.
Labels = Annotated[dict[str, list[str]], BeforeValidator(_as_variants), PerLanguage(max_chars=40)]


class Strict(BaseModel):
    """A frozen model that refuses unknown keys: a typo in a script is an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(Strict):
    """A test on the conversation so far; exactly one field is set."""

    emotion: NodeRef | None = None
    answered: NodeRef | None = None
    choice: dict[str, str] | None = None
    context: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        set_fields = [name for name in ("emotion", "answered", "choice", "context") if getattr(self, name)]
        if len(set_fields) != 1:
            raise PydanticCustomError(
                "condition.exactly_one",
                "a condition needs exactly one of: emotion, answered, choice, context",
            )
        if self.choice is not None and set(self.choice) != {"node", "value"}:
            raise PydanticCustomError(
                "condition.choice_fields", "a choice condition needs 'node' and 'value'"
            )
        return self


class Case(Strict):
    """One arm of a branch."""

    when: Condition = Field(alias="if")
    next: NodeRef


class Option(Strict):
    """A button in a choice; `means` lets a typed "ja, dat hoort bij elkaar" pick the yes-option, and
    `means: other` lets typed words that fit no button ("bijbaan") pick this option, keeping the words."""

    value: str = Field(min_length=1, max_length=40)
    label: Labels
    next: NodeRef | None = None
    means: Literal["yes", "no", "unknown", "other"] | None = None
