"""Find the script version a conversation is pinned to, also after an edit and a restart."""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from dialogues import (
    DialogueError,
    Problem,
    ScriptLibrary,
    ScriptVersion,
    UnknownScriptError,
    check_paths,
)
from storage import Transaction

from ._tally import WORDING

__all__ = ["ScriptResolver"]

log = logging.getLogger("loopbaanbot.conversation")


class ScriptResolver:
    """New conversations get the current version; running ones keep theirs (looked up by hash).

    The current version is the newest one a coordinator published in the studio, read from the store when a
    conversation starts (one indexed row), so every process that shares the database starts new
    conversations on it; without a publication it is the shipped script (or DIALOGUES_DIR's).
    """

    def __init__(self, library: ScriptLibrary, rng: random.Random | None = None) -> None:
        self.library = library
        self._rng = rng or random.Random()

    async def current(self, reads: Transaction, script_id: str) -> tuple[ScriptVersion, list[str]]:
        """The version a new conversation of `script_id` starts on, and the questions in an experiment."""
        publication = await reads.studio.published(script_id)
        if publication is None:
            return self.library.current(script_id), []
        try:
            version = await self.pinned(reads, publication.digest)
        except DialogueError:
            # Published versions were checked; one that no longer parses (newer rules) must not stop anyone.
            log.warning(
                "published version %s of %s unusable; using the default", publication.digest, script_id
            )
            return self.library.current(script_id), []
        return version, publication.experiments

    def wordings(self, version: ScriptVersion, experiments: Sequence[str]) -> dict[str, str]:
        """For each question in an experiment, which of its two wordings this conversation gets (at random,
        kept in the conversation: every text of that question uses it, and the counts know it)."""
        picked: dict[str, str] = {}
        for node_id in experiments:
            if version.script.has_node(node_id):
                picked[WORDING + node_id] = str(self._rng.randrange(2))
        return picked

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
