"""The method's rules for scripts: texts per language, no 'why' questions, paths that end in a step."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

from ._errors import Problem, Severity
from ._schema import CONTEXT_NAMES, PLACEHOLDER, STEP_STATUSES, ScriptKind
from ._script import Script
from ._suggest import closest
from ._wording import WHY_WORDS, wording_findings
from ._yaml import Locator
from .kinds import TextSpot

__all__ = ["CONTEXT_NAMES", "PLACEHOLDER", "STEP_STATUSES", "WHY_WORDS", "node_problems", "path_problems"]

_MAX_TEXT = 1000
_MAX_TITLE = 80
# What a path to an end lacks -> the message that says what to add.
_MISSING = {
    "keyword": "path.no_keyword",
    "step.what": "path.no_step_what",
    "step.due": "path.no_step_due",
    "step.helper": "path.no_step_helper",
    "entry.doel": "path.no_goal",
}


class _Report(Protocol):
    def __call__(
        self,
        node_id: str | None,
        key: str,
        severity: Severity = "error",
        *,
        at: tuple[int | str, ...] = (),
        params: Mapping[str, str] | None = None,
    ) -> None: ...


def _reporter(file: str, where: Locator, found: list[Problem]) -> _Report:
    def problem(
        node_id: str | None,
        key: str,
        severity: Severity = "error",
        *,
        at: tuple[int | str, ...] = (),
        params: Mapping[str, str] | None = None,
    ) -> None:
        line = where.line(node_id, *at)
        found.append(Problem(file, line, node_id, key, severity, dict(params or {}), at))

    return problem


def node_problems(script: Script, file: str, where: Locator) -> list[Problem]:
    """Findings about texts and single nodes: languages, 'why' questions, placeholders, stores, conditions."""
    found: list[Problem] = []
    problem = _reporter(file, where, found)
    answer_names = {n.id for n in script.nodes if n.asks}
    for spot, node_id in _all_texts(script):
        _check_texts(script, spot, node_id, answer_names, problem)
    for node in script.nodes:
        for finding in node.lint(script):
            problem(node.id, finding.key, finding.severity, at=finding.at, params=finding.params)
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


def _all_texts(script: Script) -> Iterator[tuple[TextSpot, str | None]]:
    yield TextSpot("title", ("title",), script.title, _MAX_TITLE, "label"), None
    if script.followups:
        yield TextSpot("followups", ("followups",), script.followups, _MAX_TEXT), None
    for node in script.nodes:
        for spot in node.texts():
            yield spot, node.id


def _check_texts(
    script: Script, spot: TextSpot, node_id: str | None, names: set[str], problem: _Report
) -> None:
    at, texts = spot.at, spot.texts
    for language in script.languages:
        variants = [v for v in texts.get(language, []) if isinstance(v, str) and v.strip()]
        if not variants:
            problem(node_id, "text.missing_language", at=(*at, language), params={"lang": language})
    for lang in texts:
        if lang not in script.languages:
            params = {"lang": lang}
            if (suggestion := closest(lang, script.languages)) is not None:
                params["suggestion"] = suggestion
            problem(node_id, "text.undeclared_language", "warning", at=(*at, lang), params=params)
    known = sorted(names | CONTEXT_NAMES)
    for lang, texts_in_lang in texts.items():
        for index, variant in enumerate(texts_in_lang):
            # A variant's path: the key of its language, and its place in a list of variants.
            place = (*at, lang, index) if len(texts_in_lang) > 1 else (*at, lang)
            if len(variant) > spot.max_chars:
                params = {"lang": lang, "length": str(len(variant)), "max": str(spot.max_chars)}
                problem(node_id, "text.too_long", at=place, params=params)
            if spot.role != "examples":
                for finding in wording_findings(variant, lang, message=spot.role == "message"):
                    problem(node_id, finding.key, finding.severity, at=place, params=finding.params)
            for name in PLACEHOLDER.findall(variant):
                if name not in names and name not in CONTEXT_NAMES:
                    params = {"lang": lang, "placeholder": f"{{{name}}}"}
                    if (suggestion := closest(name, known)) is not None:
                        params["suggestion"] = f"{{{suggestion}}}"
                    problem(node_id, "text.unknown_placeholder", at=place, params=params)


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
            for mark in needed:
                if mark not in into[node.id]:
                    problem(node.id, _MISSING[mark])
