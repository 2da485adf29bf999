"""Find the script version a conversation is pinned to, also after an edit and a restart."""

from __future__ import annotations

from datetime import datetime

from dialogues import ScriptLibrary, ScriptVersion, UnknownScriptError
from storage import Transaction

__all__ = ["ScriptResolver"]


class ScriptResolver:
    """New conversations get the current version; running ones keep theirs (looked up by hash)."""

    def __init__(self, library: ScriptLibrary) -> None:
        self.library = library
        self._stored: set[str] = set()

    async def for_new(self, tx: Transaction, script_id: str, now: datetime) -> ScriptVersion:
        """The current version, recorded in the database so it outlives edits of the YAML."""
        version = self.library.current(script_id)
        if version.digest not in self._stored:
            await tx.scripts.remember(
                version.digest, script_id=version.script.id, source=version.source, now=now
            )
            self._stored.add(version.digest)
        return version

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
        self._stored.add(digest)
        return version
