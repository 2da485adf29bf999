"""The node kinds a script may use: the discriminated union pydantic parses, and the kinds by name."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, get_args

from pydantic import Field

from dialogues._errors import UnknownKindError

from ._base import NodeKind
from ._choice import ChoiceNode
from ._contact import ContactNode
from ._date import DateNode
from ._flow import BranchNode, EndNode, SayNode, SetNode
from ._keyword import KeywordNode
from ._open import QuestionNode
from ._summary import SummaryNode

__all__ = ["KINDS", "Node", "kind_class"]

# A new kind is one class plus its line here; YAML picks the class by `kind:`, and an unknown kind
# is refused when the script is checked (naming the kinds that exist).
Node = Annotated[
    SayNode
    | QuestionNode
    | ChoiceNode
    | DateNode
    | ContactNode
    | KeywordNode
    | SummaryNode
    | BranchNode
    | SetNode
    | EndNode,
    Field(discriminator="kind"),
]

_CLASSES: tuple[type[NodeKind], ...] = get_args(get_args(Node)[0])
KINDS: Mapping[str, type[NodeKind]] = MappingProxyType({cls.kind_name: cls for cls in _CLASSES})


def kind_class(name: str) -> type[NodeKind]:
    """The class of the kind written as `kind: name`; UnknownKindError naming the known kinds."""
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKindError(f"unknown node kind '{name}' (known: {', '.join(KINDS)})") from None
