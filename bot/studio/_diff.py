"""What changed between two versions of a script, per question, in words a coordinator reads.

Texts are compared per language and wording: added, removed, or changed with the words taken out and put
in (difflib over words); other fields (the next question, where the answer goes, ...) as old → new.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from dialogues import LANGUAGES, Script

__all__ = ["FieldChange", "QuestionDiff", "Segment", "TextChange", "diff_scripts"]

_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a changed text: kept, taken out or put in."""

    op: Literal["same", "out", "in"]
    text: str


@dataclass(frozen=True, slots=True)
class TextChange:
    """One wording in one language: added, removed or changed."""

    where: tuple[str | int, ...]
    language: str
    variant: int
    status: Literal["added", "removed", "changed"]
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """Another field: its value before and after ('' when it was not set)."""

    where: tuple[str | int, ...]
    old: str
    new: str

    @property
    def name(self) -> str:
        """The field's own name (the last named part of where it is, e.g. "next" of an option)."""
        return next((str(part) for part in reversed(self.where) if isinstance(part, str)), "")


@dataclass(slots=True)
class QuestionDiff:
    """What changed at one question."""

    node: str
    status: Literal["added", "removed", "changed"]
    texts: list[TextChange] = field(default_factory=list)
    fields: list[FieldChange] = field(default_factory=list)


def _words(old: str, new: str) -> tuple[Segment, ...]:
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(Segment("same", "".join(before[a1:a2])))
            continue
        if a2 > a1:
            segments.append(Segment("out", "".join(before[a1:a2])))
        if b2 > b1:
            segments.append(Segment("in", "".join(after[b1:b2])))
    return tuple(segments)


def _is_texts(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and bool(value)
        and set(value) <= set(LANGUAGES)
        and all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in value.values())
    )


def _flat(value: Any, where: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every leaf of a node's data: texts per language as one leaf, other values as they are."""
    if _is_texts(value):
        yield where, value
    elif isinstance(value, Mapping):
        for key, child in value.items():
            yield from _flat(child, (*where, str(key)))
    elif isinstance(value, list) and not all(isinstance(v, str) for v in value):
        for index, child in enumerate(value):
            yield from _flat(child, (*where, index))
    else:
        yield where, value


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def _texts(where: tuple[str | int, ...], old: Any, new: Any) -> list[TextChange]:
    changes = []
    old, new = old if _is_texts(old) else {}, new if _is_texts(new) else {}
    for language in [*LANGUAGES, *sorted((set(old) | set(new)) - set(LANGUAGES))]:
        before, after = old.get(language, []), new.get(language, [])
        for index in range(max(len(before), len(after))):
            a = before[index] if index < len(before) else None
            b = after[index] if index < len(after) else None
            if a == b:
                continue
            segments: tuple[Segment, ...]
            if a is None:
                status, segments = "added", (Segment("in", str(b)),)
            elif b is None:
                status, segments = "removed", (Segment("out", a),)
            else:
                status, segments = "changed", _words(a, b)
            changes.append(TextChange(where, language, index, status, segments))  # type: ignore[arg-type]
    return changes


def _node_data(script: Script) -> dict[str, dict[str, Any]]:
    return {
        node.id: node.model_dump(mode="json", by_alias=True, exclude_none=True, exclude={"id"})
        for node in script.nodes
    }


def diff_scripts(old: Script | None, new: Script) -> list[QuestionDiff]:
    """Per question (in the new version's order, removed ones last): what changed from `old` to `new`."""
    before = _node_data(old) if old is not None else {}
    after = _node_data(new)
    found: list[QuestionDiff] = []
    for node_id, data in after.items():
        if node_id not in before:
            diff = QuestionDiff(node_id, "added")
            for where, value in _flat(data):
                if _is_texts(value):
                    diff.texts += _texts(where, None, value)
            found.append(diff)
            continue
        diff = QuestionDiff(node_id, "changed")
        old_leaves, new_leaves = dict(_flat(before[node_id])), dict(_flat(data))
        for where in [*new_leaves, *(w for w in old_leaves if w not in new_leaves)]:
            a, b = old_leaves.get(where), new_leaves.get(where)
            if a == b:
                continue
            if _is_texts(a) or _is_texts(b):
                diff.texts += _texts(where, a, b)
            else:
                diff.fields.append(FieldChange(where, _shown(a), _shown(b)))
        if diff.texts or diff.fields:
            found.append(diff)
    found += [QuestionDiff(node_id, "removed") for node_id in before if node_id not in after]
    return found
