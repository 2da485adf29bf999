"""Node kinds: one class per kind holds its YAML fields and everything the kind does.

The engine, the script checks and an editor ask a node what it does (its methods and class facts); none
of them tests which class it is. This package never imports the engine: the engine hands a node a context.
"""

from ._base import AskingKind, Finding, Graph, NodeKind, TextSpot
from ._choice import ChoiceNode
from ._contact import ContactNode
from ._date import DateNode
from ._describe import EditorField, FieldType, KindDescription
from ._flow import BranchNode, EndNode, SayNode, SetNode
from ._keyword import KeywordNode
from ._open import QuestionNode
from ._registry import KINDS, Node, kind_class
from ._summary import MAX_SUMMARY_WORDS, SummaryNode
from ._turn import Context, Render, Step

__all__ = [
    "KINDS",
    "MAX_SUMMARY_WORDS",
    "AskingKind",
    "BranchNode",
    "ChoiceNode",
    "ContactNode",
    "Context",
    "DateNode",
    "EditorField",
    "EndNode",
    "FieldType",
    "Finding",
    "Graph",
    "KeywordNode",
    "KindDescription",
    "Node",
    "NodeKind",
    "QuestionNode",
    "Render",
    "SayNode",
    "SetNode",
    "Step",
    "SummaryNode",
    "TextSpot",
    "kind_class",
]
