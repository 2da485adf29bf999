"""Dialogue scripts (coordinator-editable YAML), their validation, and the engine that runs them.

The package never imports a chat library: channels live in `bot/`.
"""

from ._catalog import TextCatalog, fill
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
from ._validate import check_script, parse_script

__all__ = [
    "DEFAULT_SCRIPTS",
    "DEFAULT_TEXTS",
    "LANGUAGES",
    "Competency",
    "DialogueError",
    "EditError",
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
    "digest_of",
    "fill",
    "parse_script",
]
