"""Find the script version a conversation is pinned to, also after an edit and a restart."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dialogues import Problem, ScriptLibrary, ScriptVersion, UnknownScriptError, check_paths
from storage import Transaction

__all__ = ["ScriptResolver"]


class ScriptResolver:
    """New conversations get the current version; running ones keep theirs (looked up by hash)."""

    def __init__(self, library: ScriptLibrary) -> None:
        self.library = library

    async def record(self, tx: Transaction, version: ScriptVersion, now: datetime) -> None:
        """Store a version a new conversation starts on, so it outlives edits of the YAML.

        Every time, in the transaction of the conversation that uses it: remembering "already stored" in
        this process would be wrong after a turn that stored it was rolled back. An existing digest costs
        one index lookup.
        """
        await tx.scripts.remember(version.digest, script_id=version.script.id, source=version.source, now=now)

    async def pinned(self, tx: Transaction, digest: str) -> ScriptVersion:
        """The version with this hash, from memory or the database; ScriptError if it no longer parses."""
        known = self.library.by_hash(digest)
        if known is not None:
            return known
        source = await tx.scripts.source(digest)
        if source is None:
            raise UnknownScriptError(f"script version {digest} is not stored")
        version = ScriptVersion.parse(source, f"<stored version {digest}>")
        self.library.remember(version)
        return version

    def reload(self, directory: Path) -> tuple[int, list[Problem]]:
        """Publish the scripts in `directory` if all are valid; else change nothing and return the errors.

        Conversations under way keep the version they started with (they are pinned by hash).
        """
        versions, problems = check_paths([directory])
        errors = [p for p in problems if p.severity == "error"]
        if errors or not versions:
            return 0, errors or [Problem(str(directory), None, None, "no scripts found")]
        for version in versions:
            self.library.publish(version)
        return len(versions), []
