"""The method's rules for scripts: texts per language, no 'why' questions, paths that end in a step."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from ._errors import Problem
from ._schema import (
    BranchNode,
    ChoiceNode,
    Condition,
    ContactNode,
    DateNode,
    EndNode,
    ExperienceKind,
    KeywordNode,
    Node,
    QuestionNode,
    SayNode,
    Script,
    ScriptKind,
    SetNode,
    Target,
    Texts,
)
from ._yaml import Locator

__all__ = ["CONTEXT_NAMES", "PLACEHOLDER", "STEP_STATUSES", "WHY_WORDS", "node_problems", "path_problems"]

# Names a text may use besides the ids of answered nodes: {emotie} is the last emotion word found and
# {gevoel} a ready clause around it ("je je trots voelde"); the others come from the linked experience.
# Follow-ups add the item they are about: {stap} (what the step is), {datum} (its date), {contact}.
CONTEXT_NAMES = frozenset({"emotie", "gevoel", "doel", "ervaring", "naam", "stap", "datum", "contact"})
# The values a script may give a step's status (see the career dossier).
STEP_STATUSES = frozenset({"open", "done", "changed", "dropped"})
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# 'Why' assumes the student already knows their motives; the method asks what/how/when/who/where.
WHY_WORDS = re.compile(r"\b(waarom|hoezo|why|how come)\b", re.IGNORECASE)
_MAX_TEXT = 1000
_MAX_LABEL = 40


class _Report(Protocol):
    def __call__(
        self, node_id: str | None, message: str, severity: str = "error", *, at: tuple[int | str, ...] = ()
    ) -> None: ...


def _reporter(file: str, where: Locator, found: list[Problem]) -> _Report:
    def problem(
        node_id: str | None, message: str, severity: str = "error", *, at: tuple[int | str, ...] = ()
    ) -> None:
        found.append(Problem(file, where.line(node_id, *at), node_id, message, severity))

    return problem


def node_problems(script: Script, file: str, where: Locator) -> list[Problem]:
    """Findings about texts and single nodes: languages, 'why' questions, placeholders, stores, conditions."""
    found: list[Problem] = []
    problem = _reporter(file, where, found)
    answer_names = {n.id for n in script.nodes if not isinstance(n, SayNode | BranchNode | SetNode | EndNode)}
    for label, node_id, at, texts, max_len in _all_texts(script):
        _check_texts(script, texts, label, node_id, at, max_len, answer_names, problem)
    for node in script.nodes:
        _check_node(script, node, problem)
    return found


def path_problems(script: Script, file: str, where: Locator) -> list[Problem]:
    """Findings about whole paths: a reflection passes the key word and ends in a next step."""
    found: list[Problem] = []
    problem = _reporter(file, where, found)
    if script.kind is ScriptKind.REFLECTION:
        _check_paths(script, problem, required=("keyword", "step.what", "step.due", "step.helper"))
    elif script.kind is ScriptKind.PREPARATION:
        _check_paths(script, problem, required=("entry.doel",))
    return found


def _all_texts(script: Script) -> Iterator[tuple[str, str | None, tuple[int | str, ...], Texts, int]]:
    yield "title", None, ("title",), script.title, _MAX_LABEL * 2
    if script.followups:
        yield "followups", None, ("followups",), script.followups, _MAX_TEXT
    for node in script.nodes:
        if isinstance(node, BranchNode | SetNode):
            continue
        if node.text is not None:
            yield "text", node.id, ("text",), node.text, _MAX_TEXT
        if isinstance(node, SayNode | EndNode):
            continue
        if node.followups:
            yield "followups", node.id, ("followups",), node.followups, _MAX_TEXT
        if isinstance(node, KeywordNode):
            yield "examples", node.id, ("examples",), node.examples, _MAX_LABEL
        if isinstance(node, ChoiceNode):
            for index, option in enumerate(node.options):
                label = f"label of option '{option.value}'"
                yield label, node.id, ("options", index, "label"), option.label, _MAX_LABEL


def _check_texts(
    script: Script,
    texts: Texts,
    label: str,
    node_id: str | None,
    at: tuple[int | str, ...],
    max_len: int,
    names: set[str],
    problem: _Report,
) -> None:
    for language in script.languages:
        variants = [v for v in texts.get(language, []) if isinstance(v, str) and v.strip()]
        if not variants:
            problem(node_id, f"{label}: no text for declared language '{language}'", at=at)
    for lang in texts:
        if lang not in script.languages:
            problem(node_id, f"{label}: language '{lang}' is not declared in 'languages'", "warning", at=at)
    for lang, texts_in_lang in texts.items():
        for variant in texts_in_lang:
            if len(variant) > max_len:
                problem(node_id, f"{label} ({lang}): longer than {max_len} characters", at=at)
            why = WHY_WORDS.search(variant)
            if why and label != "examples":
                problem(
                    node_id,
                    f"{label} ({lang}) asks '{why.group(0)}': "
                    "ask what, how, when, who or where, so the student discovers the motive",
                    at=at,
                )
            for name in PLACEHOLDER.findall(variant):
                if name not in names and name not in CONTEXT_NAMES:
                    problem(node_id, f"{label} ({lang}): unknown placeholder '{{{name}}}'", at=at)


_DATE_TARGETS = {Target.EXPERIENCE_WHEN, Target.STEP_DUE, Target.CONTACT_LAST_CONTACT}
# Values a choice or set node gives these targets must come from a fixed list.
_CHOSEN_TARGETS = {Target.EXPERIENCE_KIND, Target.STEP_STATUS}


def _check_node(script: Script, node: Node, problem: _Report) -> None:
    if isinstance(node, DateNode):
        if node.store not in _DATE_TARGETS:
            targets = ", ".join(sorted(t.value for t in _DATE_TARGETS))
            problem(node.id, f"a date node must store to one of {targets}", at=("store",))
    elif isinstance(node, SetNode):
        _check_set(node, problem)
    elif isinstance(node, ChoiceNode):
        values = [o.value for o in node.options]
        if len(set(values)) != len(values):
            problem(node.id, "two options have the same value", at=("options",))
        if node.store in _CHOSEN_TARGETS:
            allowed = _allowed_values(node.store)
            for value in values:
                if value not in allowed:
                    problem(node.id, f"option '{value}' is not one of {', '.join(sorted(allowed))}")
        elif node.store in _DATE_TARGETS:
            problem(node.id, f"a choice cannot store a date ({node.store})", at=("store",))
    elif isinstance(node, KeywordNode):
        if node.store not in (None, Target.ENTRY_KERNWOORD):
            problem(node.id, "a keyword node stores to entry.kernwoord", at=("store",))
        for language in script.languages:
            if len(node.examples.get(language, [])) < 3:
                problem(node.id, f"examples ({language}): offer at least 3 example words", at=("examples",))
    elif isinstance(node, ContactNode):
        if node.store not in (None, Target.STEP_HELPER):
            problem(node.id, "a contact node stores to step.helper", at=("store",))
    elif isinstance(node, QuestionNode):
        if node.store in _DATE_TARGETS or node.store in _CHOSEN_TARGETS:
            kind = "date" if node.store in _DATE_TARGETS else "choice"
            problem(node.id, f"{node.store} needs a {kind} node, not a free-text question", at=("store",))
    elif isinstance(node, BranchNode):
        for case in node.cases:
            _check_condition(script, node.id, case.when, problem)


def _allowed_values(target: Target) -> frozenset[str]:
    if target is Target.EXPERIENCE_KIND:
        return frozenset(k.value for k in ExperienceKind)
    return STEP_STATUSES


def _check_set(node: SetNode, problem: _Report) -> None:
    for target, value in node.values.items():
        if target in _DATE_TARGETS:
            problem(node.id, f"a set node cannot store a date ({target.value})", at=("values",))
        elif target in _CHOSEN_TARGETS and value not in _allowed_values(target):
            allowed = ", ".join(sorted(_allowed_values(target)))
            problem(node.id, f"{target.value}: '{value}' is not one of {allowed}", at=("values",))
        for name in PLACEHOLDER.findall(value):
            if name not in CONTEXT_NAMES:
                problem(node.id, f"values: unknown placeholder '{{{name}}}'", at=("values",))


def _check_condition(script: Script, node_id: str, when: Condition, problem: _Report) -> None:
    ref = when.emotion or when.answered or (when.choice or {}).get("node")
    if ref is not None and not script.has_node(ref):
        problem(node_id, f"condition refers to unknown node '{ref}'")
        return
    if when.emotion:
        target = script.node(when.emotion)
        if not (isinstance(target, QuestionNode) and target.detect_emotion):
            problem(
                node_id, f"emotion condition needs a question with detect_emotion: true ('{when.emotion}')"
            )
    if when.choice:
        target = script.node(when.choice["node"])
        if not isinstance(target, ChoiceNode):
            problem(node_id, f"choice condition needs a choice node ('{target.id}')")
        elif when.choice["value"] not in {o.value for o in target.options}:
            problem(node_id, f"choice condition: '{target.id}' has no option '{when.choice['value']}'")
    if when.context and when.context not in CONTEXT_NAMES:
        problem(node_id, f"unknown context '{when.context}' (known: {', '.join(sorted(CONTEXT_NAMES))})")


def _marks(node: Node) -> set[str]:
    """What passing this node contributes to a path."""
    if isinstance(node, KeywordNode):
        return {"keyword"}
    store = getattr(node, "store", None)
    if isinstance(node, ContactNode):
        return {"step.helper"}
    return {store.value} if isinstance(store, Target) else set()


def _check_paths(script: Script, problem: _Report, *, required: tuple[str, ...]) -> None:
    """Every path from start to an end must pass each required mark, a next step only after the key word."""
    everything = frozenset(required) | {"keyword"}
    # Must-pass data flow: what is guaranteed on *every* path into a node (intersection over predecessors).
    into: dict[str, frozenset[str]] = {n.id: everything for n in script.nodes}
    into[script.start] = frozenset()
    changed = True
    while changed:
        changed = False
        for node in script.nodes:
            passed = into[node.id] | _marks(node)
            if "keyword" not in into[node.id]:
                # A step agreed before the key word is found does not count as the conversation's step.
                passed -= {"step.what", "step.due", "step.helper"} - into[node.id]
            for target in script.successors(node):
                narrowed = into[target] & passed
                if target != script.start and narrowed != into[target]:
                    into[target] = narrowed
                    changed = True
    for node in script.nodes:
        if isinstance(node, EndNode):
            missing = [mark for mark in required if mark not in into[node.id]]
            if missing:
                names = ", ".join("a key word" if m == "keyword" else m for m in missing)
                problem(node.id, f"a path reaches this end without passing {names}")
