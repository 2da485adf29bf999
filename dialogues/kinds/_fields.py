"""Reading a kind's fields: which hold a text per language, which name another node."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from dialogues._schema import Link, PerLanguage

__all__ = ["field_link", "field_metadata", "field_texts", "text_limit"]


def field_metadata(field: FieldInfo) -> Iterator[Any]:
    """The field's own metadata, and that of the annotated X in an `X | None` (pydantic leaves it there)."""
    yield from field.metadata
    for arg in get_args(field.annotation):
        if get_origin(arg) is Annotated:
            yield from arg.__metadata__


def field_texts(field: FieldInfo) -> PerLanguage | None:
    """How a field holds texts per language, or None when it is not a text per language."""
    return next((meta for meta in field_metadata(field) if isinstance(meta, PerLanguage)), None)


def field_link(field: FieldInfo) -> bool:
    """Whether the field names another node of the script."""
    return any(isinstance(meta, Link) for meta in field_metadata(field))


def text_limit(model: type[BaseModel], name: str) -> int:
    """The longest text the method allows in field `name` of `model`."""
    texts = field_texts(model.model_fields[name])
    if texts is None:
        raise TypeError(f"{model.__name__}.{name} is not a text per language")
    return texts.max_chars
