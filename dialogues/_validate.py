"""Turn YAML text into a validated Script, or a list of located problems."""

from __future__ import annotations

from collections import deque
from typing import Any

from pydantic import ValidationError

from ._errors import Problem, ScriptError
from ._rules import node_problems, path_problems
from ._script import Script
from ._yaml import LocatedDict, LocatedList, Locator, YamlSyntaxError, line_of, load_located
from .kinds import KINDS

__all__ = ["check_script", "parse_script"]


def parse_script(source: str, file: str) -> Script:
    """Validate a script's YAML text; raise ScriptError listing every problem."""
    script, problems = check_script(source, file)
    errors = [p for p in problems if p.severity == "error"]
    if script is None or errors:
        raise ScriptError(errors or problems)
    return script


def check_script(source: str, file: str) -> tuple[Script | None, list[Problem]]:
    """Validate a script's YAML text; return the script (if it parsed) and all findings."""
    try:
        data = load_located(source)
    except YamlSyntaxError as exc:
        return None, [Problem(file, exc.line, None, f"not valid YAML: {exc}")]
    if not isinstance(data, LocatedDict):
        return None, [Problem(file, getattr(data, "line", 1), None, "a script must be a YAML mapping")]

    problems = _duplicates(data, file)
    try:
        script = Script.model_validate(data)
    except ValidationError as exc:
        problems.extend(_schema_problems(exc, data, file))
        return None, problems

    where = Locator(data)
    graph = _graph_problems(script, file, where)
    problems.extend(graph)
    problems.extend(node_problems(script, file, where))
    if not any(p.severity == "error" for p in graph):
        # Path rules walk the graph; they need the graph itself to be sound.
        problems.extend(path_problems(script, file, where))
    return script, problems


def _duplicates(data: LocatedDict, file: str) -> list[Problem]:
    problems: list[Problem] = []

    def walk(value: Any) -> None:
        if isinstance(value, LocatedDict):
            for key, line in value.duplicate_keys:
                problems.append(Problem(file, line, value.get("id"), f"key '{key}' appears twice"))
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
                message = f"duplicate node id (first defined on line {seen[node_id]})"
                problems.append(Problem(file, line, node_id, message))
            else:
                seen[node_id] = line
    return problems


def _schema_problems(exc: ValidationError, data: LocatedDict, file: str) -> list[Problem]:
    problems = []
    nodes = data.get("nodes")
    for error in exc.errors():
        loc = error["loc"]
        node_id = None
        if len(loc) >= 2 and loc[0] == "nodes" and isinstance(loc[1], int) and isinstance(nodes, list):
            item = nodes[loc[1]] if loc[1] < len(nodes) else None
            node_id = item.get("id") if isinstance(item, dict) else None
        field = ".".join(str(part) for part in loc)
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "union_tag_not_found":
            # Pydantic says "Unable to extract tag using discriminator 'kind'": not for a coordinator.
            message = f"a node needs a kind: one of {', '.join(KINDS)}"
        # A wrong `kind` is reported on the node; point at the kind itself.
        path = (*loc, "kind") if error["type"] == "union_tag_invalid" else loc
        problems.append(Problem(file, line_of(data, path), node_id, f"{field}: {message}"))
    return problems


def _graph_problems(script: Script, file: str, where: Locator) -> list[Problem]:
    problems: list[Problem] = []

    def problem(node_id: str | None, message: str, *path: int | str) -> None:
        problems.append(Problem(file, where.line(node_id, *path), node_id, message))

    if not script.has_node(script.start):
        problems.append(
            Problem(file, where.line(None, "start"), None, f"start node '{script.start}' does not exist")
        )
        return problems
    for index, entry in enumerate(script.entries):
        if not script.has_node(entry):
            problems.append(
                Problem(
                    file, where.line(None, "entries", index), None, f"entry node '{entry}' does not exist"
                )
            )
    if problems:
        return problems

    for node in script.nodes:
        for target in node.successors():
            if not script.has_node(target):
                problem(node.id, f"goes to unknown node '{target}'", *node.link_path(target))
        dead_end = node.dead_end()
        if dead_end is not None:
            problem(node.id, dead_end)
    if problems:
        return problems

    reachable = _reachable(script, [script.start, *script.entries], forward=True)
    for node in script.nodes:
        if node.id not in reachable:
            problem(node.id, "unreachable: no path from the start leads here")
    ends = [node.id for node in script.nodes if node.ends]
    if not ends:
        problem(None, "the script has no end node")
        return problems
    can_finish = _reachable(script, ends, forward=False)
    for node in script.nodes:
        if node.id in reachable and node.id not in can_finish:
            problem(node.id, "dead end: from here the conversation can never reach an end node")
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
