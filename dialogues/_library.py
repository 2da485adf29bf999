"""The scripts a bot knows: the current version of each, and every version by content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._errors import Problem, ScriptError, UnknownScriptError
from ._script import Script
from ._validate import check_script

__all__ = ["DEFAULT_SCRIPTS", "DEFAULT_TEXTS", "ScriptLibrary", "ScriptVersion", "check_paths", "digest_of"]

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
    versions: list[ScriptVersion] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in _yaml_files(paths):
        try:
            source = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(file), None, None, f"cannot read: {exc}"))
            continue
        script, found = check_script(source, str(file))
        problems.extend(found)
        if script is None or any(p.severity == "error" for p in found):
            continue
        if script.id in seen:
            problems.append(
                Problem(str(file), 1, None, f"script id '{script.id}' is also used by {seen[script.id]}")
            )
            continue
        seen[script.id] = str(file)
        versions.append(ScriptVersion(script, digest_of(source), source, str(file)))
    problems.extend(_chain_problems(versions))
    return versions, problems


def _chain_problems(versions: list[ScriptVersion]) -> list[Problem]:
    """An end node's `then` must name one of the scripts checked together with it."""
    known = {version.script.id for version in versions}
    found = []
    for version in versions:
        for node in version.script.nodes:
            then = node.chained_script()
            if then is not None and then not in known:
                message = f"then: there is no script '{then}' (known: {', '.join(sorted(known))})"
                found.append(Problem(version.origin, None, node.id, message))
    return found


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
            raise ScriptError([Problem(str(directory), None, None, "no scripts found")])
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
