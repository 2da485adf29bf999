"""Dialogue scripts (coordinator-editable YAML), their validation, and the engine that runs them.

The package never imports a chat library: channels live in `bot/`.
"""

from ._catalog import TextCatalog, fill
from ._errors import DialogueError, EngineError, Problem, ScriptError, UnknownKindError, UnknownScriptError
from ._library import DEFAULT_SCRIPTS, DEFAULT_TEXTS, ScriptLibrary, ScriptVersion, check_paths, digest_of
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
    "EngineError",
    "ExperienceKind",
    "Language",
    "Phase",
    "Problem",
    "Script",
    "ScriptError",
    "ScriptKind",
    "ScriptLibrary",
    "ScriptVersion",
    "Target",
    "TextCatalog",
    "UnknownKindError",
    "UnknownScriptError",
    "as_language",
    "check_paths",
    "check_script",
    "digest_of",
    "fill",
    "parse_script",
]
