"""The method's rules for scripts: texts per language, no 'why' questions, paths that end in a step."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from ._errors import Problem
from ._schema import CONTEXT_NAMES, PLACEHOLDER, STEP_STATUSES, ScriptKind, Texts
from ._script import Script
from ._yaml import Locator

__all__ = ["CONTEXT_NAMES", "PLACEHOLDER", "STEP_STATUSES", "WHY_WORDS", "node_problems", "path_problems"]

# 'Why' assumes the student already knows their motives; the method asks what/how/when/who/where.
WHY_WORDS = re.compile(r"\b(waarom|hoezo|why|how come)\b", re.IGNORECASE)
_MAX_TEXT = 1000
_MAX_TITLE = 80


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
    answer_names = {n.id for n in script.nodes if n.asks}
    for label, node_id, at, texts, max_len in _all_texts(script):
        _check_texts(script, texts, label, node_id, at, max_len, answer_names, problem)
    for node in script.nodes:
        for finding in node.lint(script):
            problem(node.id, finding.message, at=finding.at)
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
    yield "title", None, ("title",), script.title, _MAX_TITLE
    if script.followups:
        yield "followups", None, ("followups",), script.followups, _MAX_TEXT
    for node in script.nodes:
        for spot in node.texts():
            yield spot.label, node.id, spot.at, spot.texts, spot.max_chars


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
            passed = into[node.id] | node.marks()
            if "keyword" not in into[node.id]:
                # A step agreed before the key word is found does not count as the conversation's step.
                passed -= {"step.what", "step.due", "step.helper"} - into[node.id]
            for target in script.successors(node):
                narrowed = into[target] & passed
                if target != script.start and narrowed != into[target]:
                    into[target] = narrowed
                    changed = True
    for node in script.nodes:
        if node.ends:
            needed = required
            if getattr(node, "without_step", False):
                # The student had no step (said "niks" twice): no fake step, the rest still holds.
                needed = tuple(m for m in required if not m.startswith("step."))
            missing = [mark for mark in needed if mark not in into[node.id]]
            if missing:
                names = ", ".join("a key word" if m == "keyword" else m for m in missing)
                problem(node.id, f"a path reaches this end without passing {names}")
