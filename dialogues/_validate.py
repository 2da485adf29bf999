"""Turn YAML text into a validated Script, or a list of located problems."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ._errors import Problem, ScriptError
from ._rules import node_problems, path_problems
from ._schema_errors import schema_problems
from ._script import Script
from ._suggest import closest
from ._yaml import LocatedDict, LocatedList, Locator, YamlSyntaxError, load_located, yaml_problem

__all__ = ["Inspection", "check_script", "inspect_script", "parse_script"]


def parse_script(source: str, file: str) -> Script:
    """Validate a script's YAML text; raise ScriptError listing every problem."""
    script, problems = check_script(source, file)
    errors = [p for p in problems if p.severity == "error"]
    if script is None or errors:
        raise ScriptError(errors or problems)
    return script


def check_script(source: str, file: str) -> tuple[Script | None, list[Problem]]:
    """Validate a script's YAML text; return the script (if it parsed) and all findings."""
    found = inspect_script(source, file)
    return found.script, found.problems


@dataclass(frozen=True, slots=True)
class Inspection:
    """What checking one file found: the script (if it parsed), the problems, the id it says it has."""

    script: Script | None
    problems: list[Problem]
    # The `id:` written in the file, even when the rest is broken (None when unreadable).
    declared_id: str | None
    locator: Locator | None


def inspect_script(source: str, file: str) -> Inspection:
    """Check one script's YAML text; cross-file checks (an end's `then`) are left to the caller."""
    try:
        data = load_located(source)
    except YamlSyntaxError as exc:
        return Inspection(None, [yaml_problem(exc, file, source)], None, None)
    if not isinstance(data, LocatedDict):
        problem = Problem(file, getattr(data, "line", 1), None, "script.not_mapping")
        return Inspection(None, [problem], None, None)
    declared = data.get("id") if isinstance(data.get("id"), str) else None
    where = Locator(data)
    problems = _duplicates(data, file)
    try:
        script = Script.model_validate(data)
    except ValidationError as exc:
        problems.extend(schema_problems(exc, data, file, source))
        return Inspection(None, problems, declared, where)

    graph = _graph_problems(script, file, where)
    problems.extend(graph)
    problems.extend(node_problems(script, file, where))
    if not any(p.severity == "error" for p in graph):
        # Path rules walk the graph; they need the graph itself to be sound.
        problems.extend(path_problems(script, file, where))
    return Inspection(script, problems, declared, where)


def _duplicates(data: LocatedDict, file: str) -> list[Problem]:
    problems: list[Problem] = []

    def walk(value: Any) -> None:
        if isinstance(value, LocatedDict):
            for key, line in value.duplicate_keys:
                node = value.get("id") if isinstance(value.get("id"), str) else None
                params = {"name": str(key)}
                problems.append(
                    Problem(file, line, node, "yaml.duplicate_key", params=params, path=(str(key),))
                )
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(data)
    seen: dict[str, int] = {}
    nodes = data.get("nodes")
    if isinstance(nodes, LocatedList):
        for item, line in zip(nodes, nodes.item_lines, strict=True):
            node_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(node_id, str):
                continue
            if node_id in seen:
                params = {"node": node_id, "first_line": str(seen[node_id])}
                problems.append(
                    Problem(file, line, node_id, "script.duplicate_id", params=params, path=("id",))
                )
            else:
                seen[node_id] = line
    return problems


def _graph_problems(script: Script, file: str, where: Locator) -> list[Problem]:
    problems: list[Problem] = []
    ids = script.node_ids()

    def unknown(node_id: str | None, key: str, target: str, *path: int | str) -> None:
        params = {"target": target}
        suggestion = closest(target, ids)
        if suggestion is not None:
            params["suggestion"] = suggestion
        problems.append(Problem(file, where.line(node_id, *path), node_id, key, params=params, path=path))

    if not script.has_node(script.start):
        unknown(None, "graph.start_unknown", script.start, "start")
        return problems
    for index, entry in enumerate(script.entries):
        if not script.has_node(entry):
            unknown(None, "graph.entry_unknown", entry, "entries", index)
    if problems:
        return problems

    def problem(
        node_id: str | None, key: str, *path: int | str, params: dict[str, str] | None = None
    ) -> None:
        line = where.line(node_id, *path)
        problems.append(Problem(file, line, node_id, key, params=params or {}, path=path))

    for node in script.nodes:
        for target in node.successors():
            if not script.has_node(target):
                unknown(node.id, "graph.unknown_target", target, *node.link_path(target))
        dead_end = node.dead_end()
        if dead_end is not None:
            # A dead end is reported on the node itself (the missing key has no line).
            problems.append(
                Problem(
                    file, where.line(node.id), node.id, dead_end.key, params=dead_end.params, path=dead_end.at
                )
            )
    if problems:
        return problems

    reachable = _reachable(script, [script.start, *script.entries], forward=True)
    for node in script.nodes:
        if node.id not in reachable:
            problem(node.id, "graph.unreachable")
    ends = [node.id for node in script.nodes if node.ends]
    if not ends:
        problem(None, "graph.no_end", "nodes")
        return problems
    can_finish = _reachable(script, ends, forward=False)
    for node in script.nodes:
        if node.id in reachable and node.id not in can_finish:
            problem(node.id, "graph.cannot_finish")
    return problems


def _reachable(script: Script, roots: list[str], *, forward: bool) -> set[str]:
    edges: dict[str, list[str]] = {node.id: [] for node in script.nodes}
    for node in script.nodes:
        for target in script.successors(node):
            if forward:
                edges[node.id].append(target)
            else:
                edges.setdefault(target, []).append(node.id)
    seen = set(roots)
    queue = deque(roots)
    while queue:
        for nxt in edges.get(queue.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen
