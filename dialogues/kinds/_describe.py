"""A kind described for a form editor: its fields as written in YAML, which are texts per language."""

from __future__ import annotations

import types
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from dialogues._schema import Target

from ._fields import field_link, field_metadata, field_texts

if TYPE_CHECKING:
    from ._base import NodeKind

__all__ = ["EditorField", "FieldType", "KindDescription", "describe_kind"]

# texts: a text per language (a list gives variants); node: the id of another node of the script;
# choice: one of `values`; list: entries with the keys in `items`; group: one entry with those keys;
# mapping: keys (from `values`, or free) each with one text.
FieldType = Literal["text", "texts", "node", "number", "yes/no", "choice", "list", "group", "mapping"]
Default = str | int | bool | None


@dataclass(frozen=True, slots=True)
class EditorField:
    """One key of a node, as a form would offer it."""

    name: str
    type: FieldType
    required: bool
    default: Default = None
    # For texts: the longest text the checks allow.
    max_chars: int | None = None
    # For choices and mappings: the values (or keys) allowed.
    values: tuple[str, ...] = ()
    # For lists and groups: the keys of each entry.
    items: tuple[EditorField, ...] = ()
    # Bounds: a number's range, or how many entries a list (or characters a text) may have.
    minimum: int | None = None
    maximum: int | None = None

    @property
    def per_language(self) -> bool:
        """Whether the field holds a text per language."""
        return self.type == "texts"


@dataclass(frozen=True, slots=True)
class KindDescription:
    """What an editor needs to know about one kind of node."""

    kind: str
    summary: str
    asks: bool
    ends: bool
    fields: tuple[EditorField, ...]
    # Where in the dossier it may store (`store`, or the keys of a set node's `values`).
    store_targets: tuple[str, ...]
    store_required: bool

    @property
    def texts(self) -> tuple[str, ...]:
        """The names of the fields that hold a text per language."""
        return tuple(f.name for f in self.fields if f.per_language)

    def field(self, name: str) -> EditorField:
        """The field written as `name`; KeyError if the kind has none."""
        for found in self.fields:
            if found.name == name:
                return found
        raise KeyError(f"kind '{self.kind}' has no field '{name}'")


@cache
def describe_kind(cls: type[NodeKind]) -> KindDescription:
    """The description of a concrete kind, worked out once from its pydantic fields and class facts."""
    targets = tuple(t.value for t in Target if t in cls.store_targets)
    fields = tuple(
        _describe(name, info, targets) for name, info in cls.model_fields.items() if name != "kind"
    )
    if cls.store_required:
        # Optional for pydantic (the checks say what is missing), required for the form.
        fields = tuple(replace(f, required=True) if f.name == "store" else f for f in fields)
    return KindDescription(
        kind=cls.kind_name,
        summary=(cls.__doc__ or "").strip().splitlines()[0],
        asks=cls.asks,
        ends=cls.ends,
        fields=fields,
        store_targets=targets,
        store_required=cls.store_required,
    )


def _describe(name: str, info: FieldInfo, targets: tuple[str, ...]) -> EditorField:
    yaml_name = info.alias or name
    required = info.is_required()
    default = info.default if isinstance(info.default, str | int | bool) else None
    low, high = _bounds(info)
    common: dict[str, Any] = {"required": required, "default": default, "minimum": low, "maximum": high}
    texts = field_texts(info)
    if texts is not None:
        return EditorField(yaml_name, "texts", max_chars=texts.max_chars, **common)
    if field_link(info):
        return EditorField(yaml_name, "node", **common)
    annotation = _without_none(info.annotation)
    origin = get_origin(annotation)
    if annotation is bool:
        return EditorField(yaml_name, "yes/no", **common)
    if annotation is int:
        return EditorField(yaml_name, "number", **common)
    if origin is Literal:
        return EditorField(yaml_name, "choice", values=tuple(str(v) for v in get_args(annotation)), **common)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        # `store` offers only what this kind may store; other enums (phase, competency) all their values.
        values = targets if yaml_name == "store" else tuple(str(v.value) for v in annotation)
        return EditorField(yaml_name, "choice", values=values, **common)
    if origin is list and _is_model(get_args(annotation)[0]):
        return EditorField(yaml_name, "list", items=_model_fields(get_args(annotation)[0]), **common)
    if _is_model(annotation):
        return EditorField(yaml_name, "group", items=_model_fields(annotation), **common)
    if origin is dict:
        key = get_args(annotation)[0]
        keys = targets if isinstance(key, type) and issubclass(key, Enum) else ()
        return EditorField(yaml_name, "mapping", values=keys, **common)
    return EditorField(yaml_name, "text", **common)


def _model_fields(model: type[BaseModel]) -> tuple[EditorField, ...]:
    return tuple(_describe(name, info, ()) for name, info in model.model_fields.items())


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _without_none(annotation: Any) -> Any:
    """X for `X | None`."""
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(rest) == 1:
            return _strip(rest[0])
    return annotation


def _strip(annotation: Any) -> Any:
    """X for `Annotated[X, ...]`."""
    return annotation.__origin__ if get_origin(annotation) is Annotated else annotation


def _bounds(info: FieldInfo) -> tuple[int | None, int | None]:
    """The lower and upper bound pydantic checks (Field(ge=, le=, min_length=, max_length=))."""
    found: dict[str, int] = {}
    for meta in field_metadata(info):
        for bound in ("ge", "min_length", "le", "max_length"):
            value = getattr(meta, bound, None)
            if isinstance(value, int):
                found[bound] = value
    return found.get("ge", found.get("min_length")), found.get("le", found.get("max_length"))
