"""Pydantic's findings about a script's shape, as Problems a coordinator understands ('did you mean')."""

from __future__ import annotations

import re
import types
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ._errors import Problem
from ._script import Script
from ._suggest import closest
from ._yaml import LocatedDict, line_of, quoted_line
from .kinds import KINDS

__all__ = ["schema_problems"]

# Pydantic's error type -> (message key, which bound goes in the text).
_SIMPLE = {
    "missing": "schema.missing",
    "string_too_short": "schema.empty",
    "string_too_long": "schema.too_long",
    "too_short": "schema.too_few",
    "too_long": "schema.too_many",
    "greater_than_equal": "schema.too_small",
    "less_than_equal": "schema.too_big",
    "int_parsing": "schema.not_number",
    "int_type": "schema.not_number",
    "int_from_float": "schema.not_number",
    "bool_parsing": "schema.not_yes_no",
    "bool_type": "schema.not_yes_no",
    "string_type": "schema.not_text",
    "dict_type": "schema.not_group",
    "model_type": "schema.not_group",
    "model_attributes_type": "schema.not_group",
    "list_type": "schema.not_list",
    "string_pattern_mismatch": "schema.bad_id",
}
_LANGUAGE_CODES = frozenset({"nl", "en"})
_QUOTED = re.compile(r"'([^']*)'")


def schema_problems(exc: ValidationError, data: LocatedDict, file: str, source: str) -> list[Problem]:
    """One Problem per pydantic error, on the question and line it is about."""
    lines = source.splitlines()
    return [_problem(error, data, file, lines) for error in exc.errors()]


def _problem(error: ErrorDetails, data: LocatedDict, file: str, lines: list[str]) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    nodes = data.get("nodes")
    node_id: str | None = None
    inner: tuple[str | int, ...] = loc
    tag: str | None = None
    if len(loc) >= 2 and loc[0] == "nodes" and isinstance(loc[1], int) and isinstance(nodes, list):
        item = nodes[loc[1]] if loc[1] < len(nodes) else None
        found = item.get("id") if isinstance(item, dict) else None
        node_id = found if isinstance(found, str) else None
        tag = loc[2] if len(loc) > 2 and isinstance(loc[2], str) and loc[2] in KINDS else None
        inner = loc[3:] if tag is not None else loc[2:]
    path = tuple(part for part in inner if part != "[key]")
    # A wrong or missing `kind` is reported on the node; point at the kind itself.
    at = (*loc, "kind") if kind.startswith("union_tag") else loc
    line = line_of(data, at)
    name = _name(loc)
    ctx = error.get("ctx") or {}
    value = error.get("input")
    params: dict[str, str] = {"name": name}

    if kind == "union_tag_invalid":
        params = {"value": str(ctx.get("tag", "")), "allowed": ", ".join(KINDS)}
        return _with_suggestion(file, line, node_id, "schema.unknown_kind", params, KINDS, ("kind",))
    if kind == "union_tag_not_found":
        return Problem(file, line, node_id, "schema.no_kind", params={"allowed": ", ".join(KINDS)}, path=path)
    if kind == "extra_forbidden":
        allowed = _fields_at(loc[:-1])
        if tag is not None and len(inner) == 1 and name in _all_node_fields():
            params["kind"] = tag
            return Problem(file, line, node_id, "schema.key_not_here", params=params, path=path)
        return _with_suggestion(file, line, node_id, "schema.unknown_key", params, allowed, path)
    if kind in ("enum", "literal_error"):
        allowed = _QUOTED.findall(str(ctx.get("expected", "")))
        params |= {"value": str(value), "allowed": ", ".join(allowed)}
        return _with_suggestion(file, line, node_id, "schema.not_allowed", params, allowed, path)
    if kind == "string_type" and _looks_like_colon(value) and line is not None and line <= len(lines):
        # `- Bijvoorbeeld: thuis` is read as a pair, not as a text.
        fixed = quoted_line(lines[line - 1])
        if fixed is not None:
            return Problem(file, line, node_id, "yaml.colon", params={"fixed": fixed}, path=path)
    if kind.startswith("condition."):
        return Problem(file, line, node_id, kind, path=path)
    if kind in _SIMPLE:
        key = _SIMPLE[kind]
        if key == "schema.bad_id":
            params["value"] = str(value)
        for bound, names in (("min", ("ge", "min_length")), ("max", ("le", "max_length"))):
            for option in names:
                if option in ctx:
                    params[bound] = str(ctx[option])
        return Problem(file, line, node_id, key, params=params, path=path)
    params["detail"] = str(error["msg"])
    return Problem(file, line, node_id, "schema.other", params=params, path=path)


def _with_suggestion(
    file: str,
    line: int | None,
    node_id: str | None,
    key: str,
    params: dict[str, str],
    known: Any,
    path: tuple[str | int, ...],
) -> Problem:
    suggestion = closest(params.get("value", params.get("name")), list(known))
    if suggestion is not None:
        params = {**params, "suggestion": suggestion}
    return Problem(file, line, node_id, key, params=params, path=path)


def _name(loc: tuple[Any, ...]) -> str:
    """The key the error is about: for `values: {step.wat: ...}` the 'values', for a text its field."""
    if loc and loc[-1] == "[key]" and len(loc) >= 3:
        return str(loc[-3])
    names = [part for part in loc if isinstance(part, str) and part not in KINDS]
    while len(names) > 1 and names[-1] in _LANGUAGE_CODES:
        names.pop()
    return names[-1] if names else ""


def _looks_like_colon(value: object) -> bool:
    return isinstance(value, dict) and len(value) == 1 and all(isinstance(k, str) for k in value)


def _unwrap(annotation: Any) -> Any:
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if get_origin(annotation) in (Union, types.UnionType):
            rest = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(rest) == 1:
                annotation = rest[0]
                continue
        return annotation


def _yaml_fields(model: type[BaseModel]) -> dict[str, Any]:
    return {info.alias or name: info.annotation for name, info in model.model_fields.items()}


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    """The keys that may be written at `loc` (the object an unknown key was found in)."""
    current: Any = Script
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(part, str):
            fields = _yaml_fields(current)
            if part not in fields:
                return []
            current = fields[part]
        elif get_origin(current) is list and isinstance(part, int):
            current = get_args(current)[0]
        elif get_origin(current) in (Union, types.UnionType) and part in KINDS:
            current = KINDS[part]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [name for name in _yaml_fields(current) if name != "kind"]
    return []


@cache
def _all_node_fields() -> frozenset[str]:
    return frozenset(name for cls in KINDS.values() for name in _yaml_fields(cls))
