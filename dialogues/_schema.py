"""The pydantic schema of a dialogue script: what a coordinator writes in YAML."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

__all__ = [
    "LANGUAGES",
    "BranchNode",
    "Case",
    "ChoiceNode",
    "Competency",
    "Condition",
    "ContactNode",
    "DateNode",
    "EndNode",
    "ExperienceKind",
    "KeywordNode",
    "Language",
    "Node",
    "Option",
    "Phase",
    "QuestionNode",
    "SayNode",
    "Script",
    "ScriptKind",
    "SetNode",
    "Target",
    "Texts",
    "as_language",
]

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")


def as_language(code: str | None) -> Language:
    """A supported language for a code like "en-GB" or "nl"; Dutch when unknown."""
    return "en" if (code or "").lower().startswith("en") else "nl"


NodeId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,47}$")]


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


# Texts per language; a list holds interchangeable variants so the bot does not sound canned.
Texts = Annotated[dict[str, list[str]], BeforeValidator(_as_variants)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    """A test on the conversation so far; exactly one field is set."""

    emotion: NodeId | None = None
    answered: NodeId | None = None
    choice: dict[str, str] | None = None
    context: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        set_fields = [name for name in ("emotion", "answered", "choice", "context") if getattr(self, name)]
        if len(set_fields) != 1:
            raise ValueError("a condition needs exactly one of: emotion, answered, choice, context")
        if self.choice is not None and set(self.choice) != {"node", "value"}:
            raise ValueError("a choice condition needs 'node' and 'value'")
        return self


class Case(_Strict):
    """One arm of a branch."""

    when: Condition = Field(alias="if")
    next: NodeId


class Option(_Strict):
    """A button in a choice."""

    value: str = Field(min_length=1, max_length=40)
    label: Texts
    next: NodeId | None = None


class _Node(_Strict):
    id: NodeId
    phase: Phase | None = None
    competency: Competency | None = None


class _Asking(_Node):
    """A node that shows a text and waits for the student."""

    text: Texts
    store: Target | None = None
    next: NodeId | None = None
    followups: Texts | None = None


class SayNode(_Node):
    """Show a text and go on."""

    kind: Literal["say"]
    text: Texts
    next: NodeId | None = None


class QuestionNode(_Asking):
    """An open question answered in free text."""

    kind: Literal["question"]
    min_words: int = Field(default=3, ge=1, le=20)
    detect_emotion: bool = False


class ChoiceNode(_Asking):
    """A question answered with a button (or by typing the option)."""

    kind: Literal["choice"]
    options: list[Option] = Field(min_length=2, max_length=12)


class DateNode(_Asking):
    """A question answered with a date, confirmed in words."""

    kind: Literal["date"]
    tense: Literal["future", "past", "any"] = "future"
    allow_unknown: bool = True


class ContactNode(_Asking):
    """Who can help: a person from the student's network; 'nobody yet' is allowed."""

    kind: Literal["contact"]


class KeywordNode(_Asking):
    """The student's own key word; example words are offered when stuck, never chosen for them."""

    kind: Literal["keyword"]
    examples: Texts


class BranchNode(_Node):
    """Go to the first case whose condition holds, else to `else`."""

    kind: Literal["branch"]
    cases: list[Case] = Field(min_length=1)
    otherwise: NodeId = Field(alias="else")


class SetNode(_Node):
    """Store fixed values (placeholders allowed) and go on, e.g. mark a step done."""

    kind: Literal["set"]
    values: dict[Target, str] = Field(min_length=1)
    next: NodeId | None = None


class EndNode(_Node):
    """The conversation is complete; `then` starts another script, linked to the same items."""

    kind: Literal["end"]
    text: Texts | None = None
    then: NodeId | None = None


Node = Annotated[
    SayNode
    | QuestionNode
    | ChoiceNode
    | DateNode
    | ContactNode
    | KeywordNode
    | BranchNode
    | SetNode
    | EndNode,
    Field(discriminator="kind"),
]


class Script(_Strict):
    """A whole dialogue: metadata plus its nodes."""

    id: NodeId
    version: str = Field(min_length=1, max_length=40)
    kind: ScriptKind
    languages: list[Language] = Field(min_length=1)
    title: Texts
    start: NodeId
    # Other nodes a conversation may start at (e.g. /stappen's "mark done"); checked like the start.
    entries: list[NodeId] = Field(default_factory=list)
    followups: Texts | None = None
    nodes: list[Node] = Field(min_length=1)

    _index: dict[str, Node] = PrivateAttr(default_factory=dict)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        # YAML reads `version: 1.0` as a float; a coordinator means the text.
        return str(value) if isinstance(value, int | float) else value

    def model_post_init(self, context: Any, /) -> None:
        """Index nodes by id (first one wins; duplicates are reported by validation)."""
        for node in self.nodes:
            self._index.setdefault(node.id, node)

    def node(self, node_id: str) -> Node:
        """The node with this id; KeyError if there is none."""
        return self._index[node_id]

    def has_node(self, node_id: str) -> bool:
        """Whether a node with this id exists."""
        return node_id in self._index

    def successors(self, node: Node) -> list[str]:
        """Ids of the nodes reachable in one step from `node`."""
        if isinstance(node, BranchNode):
            return [case.next for case in node.cases] + [node.otherwise]
        if isinstance(node, EndNode):
            return []
        targets: list[str] = []
        if isinstance(node, ChoiceNode):
            targets.extend(option.next or node.next or "" for option in node.options)
        elif node.next:
            targets.append(node.next)
        return [t for t in dict.fromkeys(targets) if t]
