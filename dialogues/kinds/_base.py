"""The base of every node kind: its fields, its place in the graph, what checks need, its part in a turn."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any, ClassVar, Literal, NamedTuple, Protocol, get_args

from dialogues._entities import Effect, SessionState, Store
from dialogues._entities import Option as Button
from dialogues._errors import EngineError
from dialogues._schema import Competency, NodeId, NodeRef, Phase, Strict, Target, Texts

from ._describe import KindDescription, describe_kind
from ._fields import text_limit
from ._turn import Context, Render, Step

__all__ = ["AskingKind", "Finding", "Graph", "NodeKind", "TextSpot", "leads_to"]


class Graph(Protocol):
    """The script as a node kind's checks see it."""

    @property
    def languages(self) -> Sequence[str]:
        """The languages the script declares."""
        ...

    def has_node(self, node_id: str) -> bool:
        """Whether a node with this id exists."""
        ...

    def node(self, node_id: str) -> NodeKind:
        """The node with this id; KeyError if there is none."""
        ...

    def node_ids(self) -> list[str]:
        """The ids of all nodes, in order (for 'did you mean')."""
        ...


class Finding(NamedTuple):
    """A problem a kind finds in its own node: a message key of dialogues/checks.yaml and its parameters.

    `at` is the path of the key inside the node; `params` fill the message (a `suggestion` adds
    "did you mean ...?").
    """

    key: str
    at: tuple[int | str, ...] = ()
    params: Mapping[str, str] = MappingProxyType({})
    severity: Literal["error", "warning"] = "error"


class TextSpot(NamedTuple):
    """A text the node shows, for the method's checks on texts (languages, length, 'why', placeholders).

    `role` says what the student reads it as: a whole "message" (a question, a follow-up, what the bot
    says), a button "label", or "examples" (words to pick from); the wording rules differ per role.
    """

    label: str
    at: tuple[int | str, ...]
    texts: Texts
    max_chars: int
    role: Literal["message", "label", "examples"] = "message"


# What every kind must define itself: one that left it out would only fail once a conversation reaches it.
_REQUIRED = ("successors", "enter")


class NodeKind(Strict):
    """One kind of node: a subclass per kind holds its YAML fields and everything the kind does.

    A concrete kind has a `kind: Literal["name"]` field and is registered in the `Node` union
    (dialogues.kinds._registry); the engine, the checks and an editor call its methods, never test its class.
    """

    id: NodeId
    phase: Phase | None = None
    competency: Competency | None = None

    # The name written as `kind:` in YAML; set from the `kind` literal of each concrete kind.
    kind_name: ClassVar[str] = ""
    # Whether the node waits for the student, and whether the conversation is complete when it is reached.
    asks: ClassVar[bool] = False
    ends: ClassVar[bool] = False
    # The dossier targets this kind may store to (`store`, or the keys of a set node's `values`).
    store_targets: ClassVar[frozenset[Target]] = frozenset()
    store_required: ClassVar[bool] = False

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Name a concrete kind after its `kind` literal; refuse one that lacks a behaviour (at import)."""
        super().__pydantic_init_subclass__(**kwargs)
        field = cls.model_fields.get("kind")
        if field is None:
            return  # a shared base such as AskingKind, not a kind of its own
        names = get_args(field.annotation)
        if len(names) != 1 or not isinstance(names[0], str):
            raise TypeError(f"{cls.__name__}: `kind` must be a Literal of one name")
        cls.kind_name = names[0]
        missing = [name for name in cls._required() if getattr(cls, name) is getattr(NodeKind, name)]
        if missing:
            raise TypeError(
                f"node kind '{cls.kind_name}' ({cls.__name__}) does not define {', '.join(missing)}"
            )

    @classmethod
    def _required(cls) -> tuple[str, ...]:
        return _REQUIRED

    @classmethod
    def describe(cls) -> KindDescription:
        """What a form editor needs: the kind's fields (which are texts per language), what it may store."""
        return describe_kind(cls)

    # ---- the graph ------------------------------------------------------------------------------------

    def successors(self) -> list[str]:
        """Ids of the nodes reachable in one step from this node."""
        raise NotImplementedError(f"node kind '{self.kind_name}' does not say where it leads")

    def link_path(self, target: str) -> tuple[int | str, ...]:
        """Where in this node's YAML the link to `target` is written."""
        return ("next",)

    def dead_end(self) -> Finding | None:
        """Why the conversation gets stuck here (no way on), or None."""
        return None if self.successors() else Finding("graph.no_next", ("next",))

    def chained_script(self) -> str | None:
        """The script this node starts when the conversation is complete (an end's `then`)."""
        return None

    # ---- what the checks and the method's rules need ----------------------------------------------------

    def texts(self) -> Iterator[TextSpot]:
        """Every text this node shows (its own, its buttons', its example words)."""
        return iter(())

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """The method's rules for this kind: what it may store, with which values, under which conditions."""
        return iter(())

    def marks(self) -> frozenset[str]:
        """What passing this node contributes to a path (a key word, a step's what, when and who)."""
        return frozenset()

    def records_emotion(self) -> bool:
        """Whether answering this node notes an emotion word (for `if: {emotion: ...}`)."""
        return False

    def choice_values(self) -> frozenset[str] | None:
        """The values this node records as the student's choice (for `if: {choice: ...}`), or None."""
        return None

    def spot(self, name: str) -> TextSpot:
        """The texts of field `name`, with the limit its type sets, for the text checks."""
        return TextSpot(name, (name,), getattr(self, name), text_limit(type(self), name))

    # ---- the engine (pure: everything goes through the context) -----------------------------------------

    def enter(self, ctx: Context) -> str | None:
        """Act on reaching this node; the id to go on to, or None to stay (a question waits, the end)."""
        raise NotImplementedError(f"node kind '{self.kind_name}' does nothing when reached")

    def prompt(self, render: Render, state: SessionState, today: date) -> str:
        """The text of the question as the student should see it now."""
        raise EngineError(f"node '{self.id}' does not ask anything")

    def buttons(self, render: Render, state: SessionState) -> tuple[Button, ...]:
        """The buttons of the question as the student should see it now."""
        return ()

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """Take what the student typed (`text`) or the value of the button they pressed (`chosen`)."""
        raise EngineError(f"session waits at node '{self.id}', which asks nothing")

    def is_full_answer(self, text: str) -> bool:
        """Whether `text`, the first message after a pause, answers this node (else: "welcome back")."""
        return False


def leads_to(node_id: str | None) -> list[str]:
    """`[node_id]`, or nothing when there is no next node."""
    return [node_id] if node_id else []


class AskingKind(NodeKind):
    """A node that shows a text and waits for the student."""

    asks: ClassVar[bool] = True

    text: Texts
    store: Target | None = None
    next: NodeRef | None = None
    followups: Texts | None = None

    @classmethod
    def _required(cls) -> tuple[str, ...]:
        return (*_REQUIRED, "take")

    def enter(self, ctx: Context) -> None:
        """Ask: a new question number (old buttons go stale) and a variant of the text."""
        state = ctx.state
        state.seq += 1
        state.variant = ctx.pick(self.text)
        ctx.say(ctx.question())

    def prompt(self, render: Render, state: SessionState, today: date) -> str:
        """The question's text in the variant picked when it was asked, or the follow-up asked since."""
        if state.reprompt:
            return state.reprompt
        return render.script_text(self.text, state, state.variant)

    def stored(self, value: str | date | None, target: Target | None = None) -> list[Effect]:
        """Storing `value` where this node stores (or to `target`); nothing when it stores nowhere."""
        where = target or self.store
        return [Store(where, value, self.id, self.competency)] if where is not None else []

    def followup_text(self, ctx: Context) -> str:
        """The follow-up question after a short answer: the node's own, the script's, else a general one."""
        texts = self.followups or ctx.followups
        state = ctx.state
        attempt = max(1, state.attempts)
        if texts:
            variants = texts.get(state.language) or next(iter(texts.values()))
            # The first half are first follow-ups, the second half second ones; within each half they take
            # turns over conversations (two variants: the first, then the second, as always).
            half = (len(variants) + 1) // 2
            index = min(len(variants) - 1, (attempt - 1) * half + state.rotation % half)
            return ctx.render.script_text({state.language: [variants[index]]}, state)
        return ctx.render.catalog("thin.first" if attempt <= 1 else "thin.second", state)

    def successors(self) -> list[str]:
        """The next node, if there is one."""
        return leads_to(self.next)

    def texts(self) -> Iterator[TextSpot]:
        """The question, and the follow-ups it asks after a short answer."""
        yield self.spot("text")
        if self.followups:
            yield self.spot("followups")

    def marks(self) -> frozenset[str]:
        """The target the answer is stored to."""
        return frozenset({self.store.value}) if self.store is not None else frozenset()
