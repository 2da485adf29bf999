"""The studio's changes to a script, as functions of an EditableScript that say what they did (for the log).

Adding, removing and moving a question keep the conversation whole where they can: a question added after
another is asked right after it; a removed question's place is taken by the one after it; moving a question
up past the one it directly follows swaps them in the conversation, not only on the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from dialogues import EditableScript, EditError

from ._forms import PREFIX, canonical, description_of, editable_fields, read_field, writable
from ._workspace import Change

__all__ = [
    "NEW_ID",
    "add_language",
    "add_question",
    "move_question",
    "remove_question",
    "save_question",
]

# A question's name: small letters, digits and _, as the shipped scripts write them.
NEW_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


def save_question(editable: EditableScript, node_id: str, form: Mapping[str, Any]) -> list[Change]:
    """Write the posted form of one question; only the fields that differ. A new name renames it."""
    current = editable.question(node_id)
    description = description_of(str(current.get("kind")))
    if description is None:
        raise EditError(f"question '{node_id}' has a kind the studio cannot edit")
    languages = editable.languages
    changed: list[str] = []
    for field in editable_fields(description):
        new = read_field(field, form, languages, f"{PREFIX}.{field.name}")
        old = canonical(field, current.get(field.name))
        if field.type == "texts":
            new_texts, old_texts = new or {}, old or {}
            for language in [*languages, *(k for k in old_texts if k not in languages)]:
                if new_texts.get(language) != old_texts.get(language):
                    editable.set_texts(node_id, field.name, language, new_texts.get(language, []))
                    changed.append(f"{field.name}:{language}")
        elif new != old:
            editable.set_field(node_id, field.name, writable(field, new))
            changed.append(field.name)
    changes = [Change("edit", node_id, ",".join(changed))] if changed else []
    new_id = str(form.get("id", node_id)).strip()
    if new_id and new_id != node_id:
        if not NEW_ID.fullmatch(new_id):
            raise EditError(f"'{new_id}' is not a name for a question")
        editable.rename_question(node_id, new_id)
        changes.append(Change("rename", new_id, node_id))
    return changes


def _next_of(editable: EditableScript, node_id: str) -> str | None:
    value = editable.question(node_id).get("next")
    return str(value) if isinstance(value, str) and value else None


def _pointing_to(editable: EditableScript, node_id: str) -> list[str]:
    """The questions whose plain 'next question' is `node_id`."""
    return [other for other in editable.question_ids() if _next_of(editable, other) == node_id]


def add_question(editable: EditableScript, kind: str, node_id: str, after: str | None) -> list[Change]:
    """A new question of `kind` after `after` (asked right after it), else at the end; empty texts."""
    description = description_of(kind)
    if description is None or not NEW_ID.fullmatch(node_id):
        raise EditError(f"cannot add a question '{node_id}' of kind '{kind}'")
    node: dict[str, Any] = {"id": node_id, "kind": kind}
    if "text" in description.texts:
        node["text"] = dict.fromkeys(editable.languages, "")
    onward = _next_of(editable, after) if after is not None else None
    if onward is not None and any(f.name == "next" for f in description.fields):
        node["next"] = onward
    editable.add_question(node, after=after)
    if onward is not None and "next" in node and after is not None:
        editable.set_field(after, "next", node_id)
    return [Change("add", node_id, after or "")]


def remove_question(editable: EditableScript, node_id: str) -> list[Change]:
    """Remove a question; what led to it now leads to the question after it (when it had one)."""
    onward = _next_of(editable, node_id)
    if onward is not None:
        for other in _pointing_to(editable, node_id):
            editable.set_field(other, "next", onward)
        if editable.meta().get("start") == node_id:
            editable.set_meta("start", onward)
    editable.remove_question(node_id)
    return [Change("remove", node_id)]


def move_question(editable: EditableScript, node_id: str, up: bool) -> list[Change]:
    """Move a question one place up or down; when it directly follows the other one (or is followed by
    it), the two swap places in the conversation as well."""
    ids = editable.question_ids()
    index = ids.index(node_id)
    other_index = index - 1 if up else index + 1
    if not 0 <= other_index < len(ids):
        return []
    first, second = (ids[other_index], node_id) if up else (node_id, ids[other_index])
    swapped = _swap_in_flow(editable, first, second)
    editable.move_question(node_id, other_index)
    return [Change("move", node_id, ("up" if up else "down") + (":flow" if swapped else ""))]


def _swap_in_flow(editable: EditableScript, first: str, second: str) -> bool:
    """first → second → rest becomes second → first → rest, when the links are plain 'next' links."""
    if _next_of(editable, first) != second:
        return False
    rest = _next_of(editable, second)
    for other in _pointing_to(editable, first):
        editable.set_field(other, "next", second)
    if editable.meta().get("start") == first:
        editable.set_meta("start", second)
    editable.set_field(second, "next", first)
    editable.set_field(first, "next", rest)
    return True


def add_language(editable: EditableScript, language: str, copy_from: str | None) -> list[Change]:
    """A new language for every text of the script: empty, or a copy of another language to translate."""
    editable.add_language(language, copy_from=copy_from)
    return [Change("language", None, language)]
