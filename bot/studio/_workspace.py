"""The studio's work on scripts: drafts with a revision, checks, publishing, rollback, import and export.

Every change goes to the script's draft (one per script, shared by the coordinators). A change is made
from the revision the coordinator's form was made from; if someone saved the draft since, nothing is
written and StaleDraftError says so. The YAML is edited outside any transaction (ruamel takes a few hundred
milliseconds on a big script); the save itself is one short compare-and-set, with its line in the log.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.clock import Clock
from bot.conversation import ScriptResolver
from dialogues import EditableScript, ScriptError, ScriptVersion, UnknownScriptError, digest_of
from storage import ConflictError, Draft, Publication, Store, Transaction

from ._errors import BadImportError, BlockedError, NothingToDoError, StaleDraftError
from ._problems import Report, check_draft

__all__ = ["Change", "Studio", "Workspace", "editable_copy"]

log = logging.getLogger("loopbaanbot.studio")

_MAX_SOURCE = 200_000


@lru_cache(maxsize=16)
def _parsed(source: str, file: str) -> EditableScript:
    return EditableScript.parse(source, file)


def editable_copy(source: str, script_id: str) -> EditableScript:
    """The script's text, ready to edit: a copy of a parse kept for the last few texts (parsing a big
    script takes ten times as long as copying it). ScriptError when it is not readable YAML."""
    return copy.deepcopy(_parsed(source, f"{script_id}.yaml"))


@dataclass(frozen=True, slots=True)
class Change:
    """One line for the studio's log: what was done (an action key), to which question, in a few words."""

    action: str
    question: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Workspace:
    """A script as the studio shows it: its draft (if any), what is published, and the shipped default."""

    script_id: str
    draft: Draft | None
    live: ScriptVersion
    publication: Publication | None
    default: ScriptVersion

    @property
    def source(self) -> str:
        """The text being worked on: the draft's, else the version new conversations start on."""
        return self.draft.source if self.draft is not None else self.live.source

    @property
    def revision(self) -> int:
        """The revision a form carries (0: no draft yet)."""
        return self.draft.revision if self.draft is not None else 0

    @property
    def experiments(self) -> list[str]:
        """The questions in an experiment: the draft's, else the published ones."""
        if self.draft is not None:
            return list(self.draft.experiments)
        return list(self.publication.experiments) if self.publication is not None else []

    @property
    def changed(self) -> bool:
        """Whether the draft differs from what is published (its text or its experiments)."""
        live = list(self.publication.experiments) if self.publication is not None else []
        return self.draft is not None and (
            digest_of(self.draft.source) != self.live.digest or sorted(self.draft.experiments) != sorted(live)
        )


class Studio:
    """Drafts, checks, publishing and rollback for the coordinators' pages (no HTTP in here)."""

    def __init__(self, *, store: Store, resolver: ScriptResolver, clock: Clock) -> None:
        self.store = store
        self.resolver = resolver
        self.clock = clock

    # ---- reading ----------------------------------------------------------------------------------------

    def script_ids(self) -> list[str]:
        """The scripts the studio works on: those the bot ships (or DIALOGUES_DIR holds)."""
        return self.resolver.library.ids()

    async def workspace(self, script_id: str, view: Transaction | None = None) -> Workspace:
        """A script's draft and published version; UnknownScriptError for a script the bot does not have."""
        if script_id not in self.script_ids():
            raise UnknownScriptError(f"no script with id '{script_id}'")
        if view is None:
            async with self.store.read() as reads:
                return await self.workspace(script_id, reads)
        draft = await view.studio.draft(script_id)
        publication = await view.studio.published(script_id)
        live, _ = await self.resolver.current(view, script_id)
        default = self.resolver.library.current(script_id)
        return Workspace(script_id, draft, live, publication, default)

    def check(self, workspace: Workspace, source: str | None = None) -> Report:
        """The checks on the draft (or on `source`, e.g. a form not saved yet)."""
        return check_draft(
            workspace.source if source is None else source,
            workspace.script_id,
            self.script_ids(),
            workspace.experiments,
        )

    async def source(self, script_id: str, digest: str) -> str | None:
        """The text of a version of this script (for export and history), or None."""
        known = self.resolver.library.by_hash(digest)
        if known is not None:
            return known.source if known.script.id == script_id else None
        async with self.store.read() as view:
            versions = dict(await view.studio.versions(script_id))
            return await view.scripts.source(digest) if digest in versions else None

    # ---- changing the draft -----------------------------------------------------------------------------

    async def change(
        self,
        person_id: int,
        script_id: str,
        revision: int,
        edit: Callable[[EditableScript], Sequence[Change]],
        *,
        experiments: Sequence[str] | None = None,
    ) -> Draft:
        """Apply `edit` to the draft made from `revision` (a draft is started from the published version);
        StaleDraftError when someone saved it since. ScriptError when the draft is not readable YAML."""
        workspace = await self.workspace(script_id)
        if workspace.revision != revision:
            raise StaleDraftError(script_id, revision)
        editable = editable_copy(workspace.source, script_id)
        changes = list(edit(editable))
        chosen = workspace.experiments if experiments is None else list(experiments)
        if not changes and sorted(chosen) == sorted(workspace.experiments):
            raise NothingToDoError("nothing changed")
        return await self._save(person_id, workspace, editable.dump(), chosen, changes)

    async def replace(self, person_id: int, script_id: str, revision: int, source: str) -> Draft:
        """A whole new text for the draft (an uploaded file): it must be YAML of this script."""
        if len(source) > _MAX_SOURCE:
            raise BadImportError("studio.import.too_big")
        try:
            editable = EditableScript.parse(source, f"{script_id}.yaml")
        except ScriptError as exc:
            raise BadImportError("studio.import.not_yaml", detail=exc.problems[0].text("nl")) from None
        if editable.id != script_id:
            raise BadImportError("studio.import.other_script", found=editable.id or "?", script=script_id)
        workspace = await self.workspace(script_id)
        if workspace.revision != revision:
            raise StaleDraftError(script_id, revision)
        return await self._save(
            person_id, workspace, source, workspace.experiments, [Change("import", None, f"{len(source)}")]
        )

    async def _save(
        self,
        person_id: int,
        workspace: Workspace,
        source: str,
        experiments: list[str],
        changes: Sequence[Change],
    ) -> Draft:
        now = self.clock.now()
        base = workspace.draft.base_digest if workspace.draft is not None else workspace.live.digest
        try:
            async with self.store.transaction() as tx:
                draft = await tx.studio.save_draft(
                    workspace.script_id,
                    source=source,
                    base_digest=base,
                    experiments=experiments,
                    revision=workspace.revision,
                    person_id=person_id,
                    now=now,
                )
                for change in changes:
                    await tx.studio.log(
                        workspace.script_id,
                        action=change.action,
                        person_id=person_id,
                        now=now,
                        question=change.question,
                        detail=change.detail,
                    )
        except ConflictError:
            raise StaleDraftError(workspace.script_id, workspace.revision) from None
        log.info(
            "studio: coordinator %s changed %s (revision %s) %s",
            person_id,
            workspace.script_id,
            draft.revision,
            ",".join(c.action for c in changes),
        )
        return draft

    async def discard(self, person_id: int, script_id: str, revision: int) -> None:
        """Throw the draft away (the published version stays as it is)."""
        try:
            async with self.store.transaction() as tx:
                await tx.studio.discard_draft(script_id, revision=revision)
                await tx.studio.log(script_id, action="discard", person_id=person_id, now=self.clock.now())
        except ConflictError:
            raise StaleDraftError(script_id, revision) from None
        log.info("studio: coordinator %s discarded the draft of %s", person_id, script_id)

    # ---- publishing -------------------------------------------------------------------------------------

    async def publish(self, person_id: int, script_id: str, revision: int, note: str) -> Publication:
        """Make the draft the version new conversations start on (in every process); the draft is used up.

        BlockedError when the checks find errors; NothingToDoError without a draft or when it changes nothing.
        """
        workspace = await self.workspace(script_id)
        if workspace.draft is None:
            raise NothingToDoError("no draft")
        if workspace.revision != revision:
            raise StaleDraftError(script_id, revision)
        report = self.check(workspace)
        if report.script is None or report.errors:
            raise BlockedError([p for p in report.problems if p.severity == "error"])
        if not workspace.changed:
            raise NothingToDoError("the draft is the published version")
        source = workspace.draft.source
        version = ScriptVersion(report.script, digest_of(source), source, f"{script_id}.yaml")
        now = self.clock.now()
        try:
            async with self.store.transaction() as tx:
                await tx.studio.discard_draft(script_id, revision=revision)
                await tx.scripts.remember(version.digest, script_id=script_id, source=source, now=now)
                publication = await tx.studio.publish(
                    script_id,
                    digest=version.digest,
                    note=note,
                    person_id=person_id,
                    now=now,
                    experiments=workspace.draft.experiments,
                )
                await tx.studio.log(
                    script_id, action="publish", person_id=person_id, now=now, detail=version.digest
                )
        except ConflictError:
            raise StaleDraftError(script_id, revision) from None
        self.resolver.library.remember(version)
        log.info("studio: coordinator %s published %s version %s", person_id, script_id, version.digest)
        return publication

    async def rollback(self, person_id: int, script_id: str, publication_id: int | None) -> Publication:
        """Publish an earlier version again as the newest (None: the shipped one), with its experiments."""
        workspace = await self.workspace(script_id)
        async with self.store.read() as view:
            earlier = {p.id: p for p in await view.studio.publications(script_id)}
        if publication_id is None:
            digest, experiments = workspace.default.digest, []
            source: str | None = workspace.default.source
        elif publication_id in earlier:
            digest, experiments = earlier[publication_id].digest, earlier[publication_id].experiments
            source = None
        else:
            raise NothingToDoError("no such publication")
        now = self.clock.now()
        async with self.store.transaction() as tx:
            if source is not None:
                await tx.scripts.remember(digest, script_id=script_id, source=source, now=now)
            publication = await tx.studio.publish(
                script_id,
                digest=digest,
                note="",
                person_id=person_id,
                now=now,
                experiments=list(experiments),
                rollback_of=publication_id,
            )
            await tx.studio.log(script_id, action="rollback", person_id=person_id, now=now, detail=digest)
        log.info("studio: coordinator %s rolled %s back to version %s", person_id, script_id, digest)
        return publication
