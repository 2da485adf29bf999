"""Dialogue scripts (coordinator-editable YAML), their validation, and the engine that runs them.

The package never imports a chat library: channels live in `bot/`.

For the coordinator's studio (all pure functions; drafts and publishing are the studio's storage):
- `EditableScript.parse(yaml, file)` / `.new(id, title)`: a script to edit (`set_texts`, `set_field`,
  `add_question`, `move_question`, `remove_question`, `rename_question`, `add_language`, `set_meta`),
  `.dump()` back to YAML with comments and order kept, `.check()`, `.digest()`.
- `check_script(yaml, file)` and `check_sources({file: yaml})`: the checks, as `Problem`s (key, params,
  question id `node`, `field`/`path`, line); `problem.text("nl"|"en")` and `problem.describe(...)`.
- `graph(script, link=..., language=...)`: the flow as SVG; `main_route(script)`.
- `engine.Engine(..., variant=n)` and `Engine.current(script, state, variant=n)`: a preview's variant.
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
