"""A question's form, made from its kind's description (dialogues.kinds `describe()`), and back.

Every input is named after the field's path as written in YAML: `f.text.nl.0` is the first wording in Dutch,
`f.options.1.label.en.0` the English label of the second button. Reading a posted form gives each field's
value in the shape YAML holds it; only the fields whose value differs from the script are written back, so
the rest of the file (comments, quotes) stays as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dialogues.kinds import KINDS, EditorField, KindDescription

__all__ = [
    "PREFIX",
    "FormValues",
    "canonical",
    "description_of",
    "editable_fields",
    "extra_entries",
    "read_field",
    "writable",
]

PREFIX = "f"
# Fields the form does not offer: the id is renamed on its own, the kind cannot change.
_HIDDEN = frozenset({"id", "kind"})
# How many empty entries a list offers for adding (a new button, a new case).
_EXTRA = 1

Form = Mapping[str, Any]


def description_of(kind: str) -> KindDescription | None:
    """The description of a kind, or None for a kind the bot does not know (the checks say so)."""
    cls = KINDS.get(kind)
    return cls.describe() if cls is not None else None


def editable_fields(description: KindDescription) -> list[EditorField]:
    """The fields the form shows, in the kind's order, texts first."""
    fields = [f for f in description.fields if f.name not in _HIDDEN]
    return sorted(fields, key=lambda f: (not f.per_language, fields.index(f)))


# ---- values in one shape (for comparing) and as YAML writes them ---------------------------------------


def canonical(field: EditorField, value: Any) -> Any:
    """A value in one shape whatever way the YAML wrote it: texts as {language: [variants]}, empty as None."""
    if value is None:
        return None if field.default is None else field.default
    if field.type == "texts":
        if not isinstance(value, Mapping):
            return None
        texts = {}
        for language, variants in value.items():
            found = [variants] if isinstance(variants, str) else list(variants or [])
            found = [str(v).strip() for v in found if str(v).strip()]
            if found:
                texts[str(language)] = found
        return texts or None
    if field.type == "list":
        entries = [canonical_group(field.items, entry) for entry in value if isinstance(entry, Mapping)]
        return [e for e in entries if e] or None
    if field.type == "group":
        return canonical_group(field.items, value) if isinstance(value, Mapping) else None
    if field.type == "mapping":
        pairs = {str(k).strip(): str(v).strip() for k, v in dict(value).items() if str(k).strip()}
        return pairs or None
    if field.type == "number":
        try:
            return int(value)
        except (TypeError, ValueError):
            return str(value)
    if field.type == "yes/no":
        return bool(value)
    text = str(value).strip()
    return text or (None if field.default is None else field.default)


def canonical_group(items: Sequence[EditorField], value: Mapping[str, Any]) -> dict[str, Any] | None:
    """A group's (or a list entry's) items in one shape, unset items left out."""
    found = {}
    for item in items:
        shaped = canonical(item, value.get(item.name))
        if shaped is not None and shaped != item.default:
            found[item.name] = shaped
    return found or None


def writable(field: EditorField, value: Any) -> Any:
    """A canonical value as the YAML writes it: one wording as a text, several as a list."""
    if value is None:
        return None
    if field.type == "texts":
        return {lang: texts[0] if len(texts) == 1 else list(texts) for lang, texts in value.items()}
    if field.type == "list":
        return [_writable_group(field.items, entry) for entry in value]
    if field.type == "group":
        return _writable_group(field.items, value)
    return value


def _writable_group(items: Sequence[EditorField], value: Mapping[str, Any]) -> dict[str, Any]:
    by_name = {item.name: item for item in items}
    return {name: writable(by_name[name], v) for name, v in value.items() if name in by_name}


# ---- reading a posted form ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormValues:
    """What a posted form says about every field of a question (canonical shapes)."""

    values: dict[str, Any]

    def get(self, name: str) -> Any:
        """A field's value (None: empty)."""
        return self.values.get(name)


def read_field(field: EditorField, form: Form, languages: Sequence[str], prefix: str) -> Any:
    """The canonical value of `field` as posted under `prefix` (e.g. "f.text")."""
    if field.type == "texts":
        texts = {}
        for language in languages:
            raw = _indexed(form, f"{prefix}.{language}")
            if field.name == "examples":
                # Example words are one textarea, one word per line.
                raw = [line for value in raw for line in value.splitlines()]
            found = [v.strip() for v in raw if v.strip()]
            if found:
                texts[language] = found
        return texts or None
    if field.type == "list":
        entries = []
        for index in _indices(form, prefix):
            if str(form.get(f"{prefix}.{index}._weg", "")) == "ja":
                continue
            entry = _read_group(field.items, form, languages, f"{prefix}.{index}")
            if entry:
                entries.append(entry)
        return entries or None
    if field.type == "group":
        return _read_group(field.items, form, languages, prefix)
    if field.type == "mapping":
        pairs = {}
        for index in _indices(form, prefix):
            key = str(form.get(f"{prefix}.{index}.k", "")).strip()
            value = str(form.get(f"{prefix}.{index}.v", "")).strip()
            if key and value:
                pairs[key] = value
        return pairs or None
    if field.type == "yes/no":
        return str(form.get(prefix, "")) == "ja"
    return canonical(field, form.get(prefix))


def _read_group(
    items: Sequence[EditorField], form: Form, languages: Sequence[str], prefix: str
) -> dict[str, Any] | None:
    found = {}
    for item in items:
        value = read_field(item, form, languages, f"{prefix}.{item.name}")
        if value is not None and value is not False and value != item.default:
            found[item.name] = value
    return found or None


def _indexed(form: Form, prefix: str) -> list[str]:
    """The values posted as `prefix.0`, `prefix.1`, ... in order of their number."""
    return [str(form[f"{prefix}.{index}"]) for index in _indices(form, prefix) if f"{prefix}.{index}" in form]


def _indices(form: Form, prefix: str) -> list[int]:
    """The numbers posted right after `prefix.` (entries of a list, variants of a text), sorted."""
    start = prefix + "."
    numbers = set()
    for key in form:
        if str(key).startswith(start):
            head = str(key)[len(start) :].split(".", 1)[0]
            if head.isdigit() and len(head) <= 3:
                numbers.add(int(head))
    return sorted(numbers)


def extra_entries() -> int:
    """How many empty entries a list offers."""
    return _EXTRA
