"""The scripts a bot knows: the current version of each, and every version by content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

from ._errors import Problem, ScriptError, UnknownScriptError
from ._script import Script
from ._suggest import closest
from ._validate import Inspection, check_script, inspect_script

__all__ = [
    "DEFAULT_SCRIPTS",
    "DEFAULT_TEXTS",
    "ScriptLibrary",
    "ScriptVersion",
    "check_paths",
    "check_sources",
    "digest_of",
]

DEFAULT_SCRIPTS = Path(__file__).parent / "scripts"
DEFAULT_TEXTS = Path(__file__).parent / "texts"


def digest_of(source: str) -> str:
    """The content hash that pins a session to one version of a script."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ScriptVersion:
    """One validated version of a script with its source text."""

    script: Script
    digest: str
    source: str
    origin: str

    @classmethod
    def parse(cls, source: str, origin: str) -> ScriptVersion:
        """Validate `source`; raise ScriptError with located problems."""
        script, problems = check_script(source, origin)
        errors = [p for p in problems if p.severity == "error"]
        if script is None or errors:
            raise ScriptError(errors or problems)
        return cls(script=script, digest=digest_of(source), source=source, origin=origin)


def _yaml_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            files.append(path)
    return files


def check_paths(paths: Iterable[Path]) -> tuple[list[ScriptVersion], list[Problem]]:
    """Validate script files (directories are searched for *.yaml); return the good ones and all problems."""
    sources: dict[str, str] = {}
    unreadable: list[Problem] = []
    for file in _yaml_files(paths):
        try:
            sources[str(file)] = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            unreadable.append(
                Problem(str(file), None, None, "library.unreadable", params={"detail": str(exc)})
            )
    versions, problems = check_sources(sources, unreadable=[p.file for p in unreadable])
    return versions, unreadable + problems


def check_sources(
    sources: Mapping[str, str], *, unreadable: Iterable[str] = ()
) -> tuple[list[ScriptVersion], list[Problem]]:
    """Validate scripts given as {file name: YAML text} together; return the good ones and all problems.

    Each problem is reported once, in the file that has it: a script whose `then` names another script is
    only wrong when no file at all is that script, not when that other file has errors of its own (a file
    that is not even valid YAML is taken to be the script its name says, e.g. reflecteren.yaml).
    """
    inspected = {file: inspect_script(source, file) for file, source in sources.items()}
    claimed = {found.declared_id for found in inspected.values() if found.declared_id}
    for file in [*unreadable, *(f for f, found in inspected.items() if found.locator is None)]:
        claimed.add(PurePath(file).stem)
    versions: list[ScriptVersion] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file, found in inspected.items():
        problems.extend(found.problems)
        script = found.script
        if script is None:
            continue
        problems.extend(_chain_problems(file, found, claimed))
        if script.id in seen:
            params = {"value": script.id, "other": seen[script.id]}
            problems.append(
                Problem(
                    file,
                    found.locator.line(None, "id") if found.locator else 1,
                    None,
                    "library.duplicate_id",
                    params=params,
                    path=("id",),
                )
            )
            continue
        if any(p.severity == "error" for p in found.problems):
            continue
        seen[script.id] = file
        versions.append(ScriptVersion(script, digest_of(sources[file]), sources[file], file))
    return versions, problems


def _chain_problems(file: str, found: Inspection, known: set[str]) -> list[Problem]:
    """An end node's `then` must name a script that exists (checked together with it)."""
    assert found.script is not None
    problems = []
    for node in found.script.nodes:
        then = node.chained_script()
        if then is None or then in known:
            continue
        params = {"value": then, "allowed": ", ".join(sorted(known))}
        if (suggestion := closest(then, known)) is not None:
            params["suggestion"] = suggestion
        line = found.locator.line(node.id, "then") if found.locator else None
        problems.append(Problem(file, line, node.id, "library.unknown_then", params=params, path=("then",)))
    return problems


class ScriptLibrary:
    """Current scripts by id; older versions stay available by hash for sessions pinned to them."""

    def __init__(self, versions: Iterable[ScriptVersion] = ()) -> None:
        self._current: dict[str, ScriptVersion] = {}
        self._by_hash: dict[str, ScriptVersion] = {}
        for version in versions:
            self.publish(version)

    @classmethod
    def from_directory(cls, directory: Path = DEFAULT_SCRIPTS) -> ScriptLibrary:
        """Load every script in a directory; raise ScriptError if any of them is invalid."""
        versions, problems = check_paths([directory])
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise ScriptError(errors)
        if not versions:
            raise ScriptError([Problem(str(directory), None, None, "library.empty")])
        return cls(versions)

    def publish(self, version: ScriptVersion) -> None:
        """Make `version` the current one for its id; earlier versions stay reachable by hash."""
        self._current[version.script.id] = version
        self._by_hash[version.digest] = version

    def remember(self, version: ScriptVersion) -> None:
        """Keep an old version reachable by hash without making it current."""
        self._by_hash.setdefault(version.digest, version)

    def current(self, script_id: str) -> ScriptVersion:
        """The version new conversations start with."""
        try:
            return self._current[script_id]
        except KeyError:
            raise UnknownScriptError(f"no script with id '{script_id}'") from None

    def by_hash(self, digest: str) -> ScriptVersion | None:
        """A version by content hash, or None when this process has not seen it."""
        return self._by_hash.get(digest)

    def ids(self) -> list[str]:
        """The ids of all current scripts."""
        return sorted(self._current)

    def versions(self) -> list[ScriptVersion]:
        """The current version of every script."""
        return [self._current[i] for i in self.ids()]
