"""Dialogue scripts (coordinator-editable YAML), their validation, and the engine that runs them.

The package never imports a chat library: channels live in `bot/`.
"""

from ._catalog import TextCatalog, fill
from ._edit import EditableScript
from ._errors import (
    DialogueError,
    EditError,
    EngineError,
    GraphError,
    Problem,
    ScriptError,
    Severity,
    UnknownKindError,
    UnknownScriptError,
)
from ._graph import graph, main_route
from ._library import (
    DEFAULT_SCRIPTS,
    DEFAULT_TEXTS,
    ScriptLibrary,
    ScriptVersion,
    check_paths,
    check_sources,
    digest_of,
)
from ._schema import (
    LANGUAGES,
    Competency,
    ExperienceKind,
    Language,
    Phase,
    ScriptKind,
    Target,
    as_language,
)
from ._script import Script
from ._suggest import closest
from ._validate import check_script, parse_script

__all__ = [
    "DEFAULT_SCRIPTS",
    "DEFAULT_TEXTS",
    "LANGUAGES",
    "Competency",
    "DialogueError",
    "EditError",
    "EditableScript",
    "EngineError",
    "ExperienceKind",
    "GraphError",
    "Language",
    "Phase",
    "Problem",
    "Script",
    "ScriptError",
    "ScriptKind",
    "ScriptLibrary",
    "ScriptVersion",
    "Severity",
    "Target",
    "TextCatalog",
    "UnknownKindError",
    "UnknownScriptError",
    "as_language",
    "check_paths",
    "check_script",
    "check_sources",
    "closest",
    "digest_of",
    "fill",
    "graph",
    "main_route",
    "parse_script",
]
