"""YAML loading that remembers line numbers, so validation errors can point into the file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from ._errors import Problem

__all__ = [
    "LocatedDict",
    "LocatedList",
    "Locator",
    "YamlSyntaxError",
    "line_of",
    "load_located",
    "quoted_line",
    "yaml_problem",
]


class LocatedDict(dict[Any, Any]):
    """A mapping that knows the line it starts on and the line of each key."""

    line: int
    key_lines: dict[Any, int]
    duplicate_keys: list[tuple[Any, int]]


class LocatedList(list[Any]):
    """A sequence that knows the line it starts on and the line of each item."""

    line: int
    item_lines: list[int]


class YamlSyntaxError(Exception):
    """The text is not valid YAML; `line` is 1-based when known, `problem` is PyYAML's own words."""

    def __init__(
        self,
        message: str,
        line: int | None,
        *,
        problem: str = "",
        context: str = "",
        start: int | None = None,
    ) -> None:
        super().__init__(message)
        self.line = line
        self.problem = problem
        self.context = context
        # Where the construct the error is in began (e.g. the opening quote), 1-based.
        self.start = start


class _Loader(yaml.SafeLoader):
    pass


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LocatedDict:
    result = LocatedDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    result.duplicate_keys = []
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result:
            # PyYAML silently keeps the last value; a coordinator deserves to hear about it.
            result.duplicate_keys.append((key, line))
        result.key_lines[key] = line
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)

# libyaml reads a script about five times faster (the checks run live in the studio's editor); it words its
# errors differently, so a text it refuses is read again by the Python loader, whose words the hints know.
_FastLoader: type[Any] | None = None
if yaml.__with_libyaml__:

    class _CLoader(yaml.CSafeLoader):
        pass

    _CLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    _CLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
    _FastLoader = _CLoader


def load_located(text: str) -> Any:
    """Parse YAML into LocatedDict/LocatedList trees; raise YamlSyntaxError on bad YAML."""
    if _FastLoader is not None:
        try:
            return yaml.load(text, Loader=_FastLoader)  # a SafeLoader: no arbitrary objects
        except yaml.YAMLError:
            pass
    try:
        return yaml.load(text, Loader=_Loader)  # _Loader derives from SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        start = exc.context_mark.line + 1 if exc.context_mark is not None else None
        raise YamlSyntaxError(
            str(exc.problem or exc), line, problem=exc.problem or "", context=exc.context or "", start=start
        ) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from None


_YAML_KEY = re.compile(r"^[a-z_][a-z0-9_.]*$")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quoted_line(line: str) -> str | None:
    """The line with its text in double quotes (for a text with a colon in it), or None when unsure.

    `nl: Let op: dit` becomes `nl: "Let op: dit"`; a list item `- Tip: kort: zo` becomes `- "Tip: kort: zo"`.
    """
    body = line.strip()
    dash = ""
    if body.startswith("- "):
        dash, body = "- ", body[2:].lstrip()
        key, colon, rest = body.partition(":")
        if not colon or not _YAML_KEY.match(key):
            return None if body[:1] in "'\"{[|>" else dash + _quote(body)
    key, colon, rest = body.partition(": ")
    rest = rest.strip()
    if not colon or not _YAML_KEY.match(key) or not rest or rest[0] in "'\"{[|>&*!":
        return None
    return f"{dash}{key}: {_quote(rest)}"


def yaml_problem(exc: YamlSyntaxError, file: str, source: str) -> Problem:
    """A YAML syntax error as a Problem a coordinator can act on (a colon in a text, a tab, a quote)."""
    lines = source.splitlines()
    text = lines[exc.line - 1] if exc.line is not None and 0 < exc.line <= len(lines) else ""
    line = exc.line
    params: dict[str, str] = {}
    if exc.problem == "mapping values are not allowed here":
        fixed = quoted_line(text)
        key = "yaml.colon" if fixed is not None else "yaml.syntax"
        if fixed is not None:
            params["fixed"] = fixed
    elif exc.problem == "expected ',' or '}', but got ':'":
        key = "yaml.colon_flow"
    elif "'\\t'" in exc.problem or "\t" in text[: len(text) - len(text.lstrip())]:
        key = "yaml.tab"
    elif "quoted scalar" in exc.context:
        # The error is found where the file ends; the quote that was never closed is where it began.
        key, line = "yaml.quote", exc.start or line
    elif exc.problem.startswith("expected <block end>") or "indentation" in exc.problem:
        key = "yaml.indent"
    elif exc.problem == "could not find expected ':'":
        key = "yaml.no_colon"
    else:
        key = "yaml.syntax"
    params["detail"] = exc.problem or str(exc)
    return Problem(file, line, None, key, params=params)


def line_of(data: Any, path: Sequence[int | str]) -> int | None:
    """The line of the deepest element of `path` that exists in `data`."""
    line: int | None = getattr(data, "line", None)
    current = data
    for part in path:
        if isinstance(current, LocatedDict) and part in current:
            line = current.key_lines.get(part, line)
            current = current[part]
        elif isinstance(current, LocatedList) and isinstance(part, int) and 0 <= part < len(current):
            line = current.item_lines[part]
            current = current[part]
        # Other parts (a union's tag in a pydantic location) do not exist in the data: skip them.
    return line


class Locator:
    """Lines of a script's nodes and of the keys inside them."""

    def __init__(self, data: LocatedDict) -> None:
        self._data = data
        self._nodes: dict[str, LocatedDict] = {}
        nodes = data.get("nodes")
        if isinstance(nodes, LocatedList):
            for item in nodes:
                if isinstance(item, LocatedDict) and isinstance(item.get("id"), str):
                    self._nodes.setdefault(item["id"], item)

    def line(self, node_id: str | None, *path: int | str) -> int | None:
        """The line of `path` inside node `node_id` (or of the node itself, or of the top-level key)."""
        if node_id is None:
            return line_of(self._data, path) if path else None
        node = self._nodes.get(node_id)
        return None if node is None else line_of(node, path)
