"""The storage contract for the school's network of places, and the choices students make from it."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from ._place_entities import Place, PlaceChoice, PlaceDraft, PlaceForStudent

__all__ = ["PlaceRepository"]


class PlaceRepository(Protocol):
    """Places (staff: everything; students: `offerable`, without contact persons) and students' choices."""

    async def add(self, draft: PlaceDraft, *, now: datetime) -> Place:
        """A new place."""
        ...

    async def get(self, place_id: int) -> Place | None:
        """A place by id, with its contact person (for staff)."""
        ...

    async def listing(self) -> list[Place]:
        """Every place, active or not, with its contact person (for staff), by id."""
        ...

    async def change(self, place_id: int, draft: PlaceDraft, *, version: int, now: datetime) -> Place:
        """Write a changed place read at `version`.

        ConflictError if it changed since it was read (another coordinator), NotFoundError if it is gone.
        """
        ...

    async def set_active(self, place_id: int, active: bool, *, now: datetime) -> None:
        """Offer a place to students again, or not any more (NotFoundError if gone)."""
        ...

    async def remove(self, place_id: int) -> bool:
        """Remove a place; whether it was there. Students' choices keep its name."""
        ...

    async def offerable(self) -> list[PlaceForStudent]:
        """The active places as a student may see them: without the contact person, by id."""
        ...

    async def choose(
        self,
        student_id: int,
        place: PlaceForStudent,
        *,
        experience_id: int | None,
        step_id: int | None,
        now: datetime,
    ) -> PlaceChoice:
        """Note that a student chose a place (kept with the student, in their export, deleted with them)."""
        ...

    async def choices(self, student_id: int) -> list[PlaceChoice]:
        """The places a student chose, oldest first."""
        ...

    async def chosen_counts(self) -> dict[int, int]:
        """How many choices each place has (counts only, for the coordinator)."""
        ...
