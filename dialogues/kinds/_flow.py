"""The kinds the engine passes without waiting for the student: say, branch, set and end."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from dialogues._entities import Finished, Message, SessionState, Store
from dialogues._schema import (
    CHOSEN_TARGETS,
    CONTEXT_NAMES,
    DATE_TARGETS,
    PLACEHOLDER,
    Case,
    Condition,
    NodeId,
    NodeRef,
    Target,
    Texts,
    allowed_values,
)
from dialogues._suggest import closest

from ._base import Finding, Graph, NodeKind, TextSpot, leads_to
from ._turn import Context

__all__ = ["BranchNode", "EndNode", "SayNode", "SetNode"]


class SayNode(NodeKind):
    """Show a text and go on."""

    kind: Literal["say"]
    text: Texts
    next: NodeRef | None = None

    def successors(self) -> list[str]:
        """The next node."""
        return leads_to(self.next)

    def texts(self) -> Iterator[TextSpot]:
        """What it says."""
        yield self.spot("text")

    def enter(self, ctx: Context) -> str:
        """Say a variant of the text."""
        variant = ctx.pick(self.text)
        ctx.say(Message(ctx.render.script_text(self.text, ctx.state, variant)))
        return self.next or ""


class BranchNode(NodeKind):
    """Go to the first case whose condition holds, else to `else`."""

    kind: Literal["branch"]
    cases: list[Case] = Field(min_length=1)
    otherwise: NodeRef = Field(alias="else")

    def successors(self) -> list[str]:
        """Each case's node, then `else`."""
        return [case.next for case in self.cases] + [self.otherwise]

    def link_path(self, target: str) -> tuple[int | str, ...]:
        """A case's `next`, else `else`."""
        for index, case in enumerate(self.cases):
            if case.next == target:
                return ("cases", index, "next")
        return ("else",)

    def enter(self, ctx: Context) -> str:
        """The first case whose condition holds, else `else`."""
        state = ctx.state
        return next((case.next for case in self.cases if _holds(case.when, state)), self.otherwise)

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """Each condition tests something that exists and can hold."""
        for index, case in enumerate(self.cases):
            for finding in _condition_findings(graph, case.when):
                yield finding._replace(at=("cases", index, "if"))


def _holds(when: Condition, state: SessionState) -> bool:
    if when.emotion:
        return when.emotion in state.emotions
    if when.answered:
        return bool(state.answers.get(when.answered))
    if when.choice:
        return state.choices.get(when.choice["node"]) == when.choice["value"]
    return bool(state.context.get(when.context or ""))


def _suggesting(key: str, params: dict[str, str], value: str, known: Iterable[str]) -> Finding:
    suggestion = closest(value, known)
    return Finding(key, (), params | ({"suggestion": suggestion} if suggestion else {}))


def _condition_findings(graph: Graph, when: Condition) -> Iterator[Finding]:
    ref = when.emotion or when.answered or (when.choice or {}).get("node")
    if ref is not None and not graph.has_node(ref):
        yield _suggesting("condition.unknown_node", {"target": ref}, ref, graph.node_ids())
        return
    if when.emotion and not graph.node(when.emotion).records_emotion():
        yield Finding("condition.no_emotion", (), {"target": when.emotion})
    if when.choice:
        target = graph.node(when.choice["node"])
        values = target.choice_values()
        if values is None:
            yield Finding("condition.not_choice", (), {"target": target.id})
        elif when.choice["value"] not in values:
            value = when.choice["value"]
            params = {"target": target.id, "value": value, "allowed": ", ".join(sorted(values))}
            yield _suggesting("condition.no_option", params, value, values)
    if when.context and when.context not in CONTEXT_NAMES:
        params = {"value": when.context, "allowed": ", ".join(sorted(CONTEXT_NAMES))}
        yield _suggesting("condition.unknown_context", params, when.context, CONTEXT_NAMES)


class SetNode(NodeKind):
    """Store fixed values (placeholders allowed) and go on, e.g. mark a step done."""

    store_targets: ClassVar[frozenset[Target]] = frozenset(Target) - DATE_TARGETS

    kind: Literal["set"]
    values: dict[Target, str] = Field(min_length=1)
    next: NodeRef | None = None

    def successors(self) -> list[str]:
        """The next node."""
        return leads_to(self.next)

    def enter(self, ctx: Context) -> str:
        """Store each value, placeholders filled."""
        for target, value in self.values.items():
            ctx.effect(Store(target, ctx.render.fill(value, ctx.state), self.id, self.competency, said=False))
        return self.next or ""

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """No dates (nobody confirmed one); fixed values from their list; only known placeholders."""
        for target, value in self.values.items():
            at = ("values", target.value)
            if target not in self.store_targets:
                yield Finding("kind.set_date", at, {"store": target.value})
            elif target in CHOSEN_TARGETS and value not in allowed_values(target):
                allowed = sorted(allowed_values(target))
                params = {"value": value, "store": target.value, "allowed": ", ".join(allowed)}
                yield _suggesting("kind.value_not_allowed", params, value, allowed)._replace(at=at)
            for name in PLACEHOLDER.findall(value):
                answered = graph.has_node(name) and graph.node(name).asks
                if name not in CONTEXT_NAMES and not answered:
                    params = {"placeholder": f"{{{name}}}", "allowed": ", ".join(sorted(CONTEXT_NAMES))}
                    yield _suggesting("kind.unknown_placeholder", params, name, CONTEXT_NAMES)._replace(at=at)


class EndNode(NodeKind):
    """The conversation is complete; `then` starts another script, linked to the same items."""

    ends: ClassVar[bool] = True

    kind: Literal["end"]
    text: Texts | None = None
    # The id of a script (same form as a node id), not of a node in this one.
    then: NodeId | None = None
    # An end for a student who had no step to name: the reflection may end here without one.
    without_step: bool = False

    def successors(self) -> list[str]:
        """None: the conversation is complete."""
        return []

    def dead_end(self) -> None:
        """An end is where the conversation is meant to stop."""
        return

    def chained_script(self) -> str | None:
        """`then`."""
        return self.then

    def enter(self, ctx: Context) -> None:
        """Say the closing words (if any) and finish the conversation."""
        if self.text:
            variant = ctx.pick(self.text)
            ctx.say(Message(ctx.render.script_text(self.text, ctx.state, variant)))
        ctx.state.status = "finished"
        ctx.effect(Finished(ctx.script_id, then=self.then))

    def texts(self) -> Iterator[TextSpot]:
        """The closing words, if any."""
        if self.text is not None:
            yield self.spot("text")
