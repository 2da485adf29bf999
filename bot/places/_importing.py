"""Putting a checked file of places into the store: new names are added, known names are changed."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from storage import PlaceDraft, Transaction

from ._words import fold

__all__ = ["ImportReport", "import_places"]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """How many places a file added, changed, and left as they were."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0


async def import_places(
    tx: Transaction, drafts: Sequence[PlaceDraft], *, columns: Collection[str], now: datetime
) -> ImportReport:
    """Add or change every place in one transaction (all of it, or on an error nothing).

    A place is known by its name (case and accents aside). For a known place only the fields the file has
    a column for change: a file with just names and sectors does not wipe contact persons.
    """
    known = {fold(place.name): place for place in await tx.places.listing()}
    added = changed = unchanged = 0
    for draft in drafts:
        place = known.get(fold(draft.name))
        if place is None:
            known[fold(draft.name)] = await tx.places.add(draft, now=now)
            added += 1
            continue
        update = {key: value for key, value in draft.model_dump().items() if key in columns}
        merged = PlaceDraft.model_validate({**place.fields(), **update})
        if merged == place.draft():
            unchanged += 1
            continue
        known[fold(draft.name)] = await tx.places.change(place.id, merged, version=place.version, now=now)
        changed += 1
    return ImportReport(added, changed, unchanged)
