"""The in-memory repository of the school's network of places and the choices students made."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ._errors import ConflictError, NotFoundError
from ._memory_tables import MemoryRepo, Table
from ._place_entities import Place, PlaceChoice, PlaceDraft, PlaceForStudent

if TYPE_CHECKING:
    from ._memory import MemoryStore

__all__ = ["PlaceTables", "Places"]


class PlaceTables:
    """The places and the students' choices in one store."""

    def __init__(self, store: MemoryStore) -> None:
        undo = store._remember
        self.places = Table(Place, None, undo)
        self.choices = Table(PlaceChoice, "student_id", undo)

    def forget_person(self, person_id: int) -> None:
        """What the foreign key does in a database: a person's choices go with them."""
        for choice in self.choices.owned(person_id):
            self.choices.delete(choice.id)

    def let_go(self, **refers: int) -> None:
        """A place, experience or step is gone: choices keep their row and let go of it (SET NULL)."""
        for choice in self.choices.all():
            update = {k: None for k, v in refers.items() if getattr(choice, k) == v}
            if update:
                self.choices.put(choice.id, choice.model_copy(update=update))


class Places(MemoryRepo):
    @property
    def _t(self) -> Table[Place]:
        return self._s.places.places

    async def add(self, draft: PlaceDraft, *, now: datetime) -> Place:
        self._check()
        place = Place(id=self._t.new_id(), created_at=now, updated_at=now, **draft.fields())
        self._t.put(place.id, place)
        return place

    async def get(self, place_id: int) -> Place | None:
        return self._t.get(place_id)

    async def listing(self) -> list[Place]:
        return sorted(self._t.all(), key=lambda p: p.id)

    async def change(self, place_id: int, draft: PlaceDraft, *, version: int, now: datetime) -> Place:
        self._check()
        place = self._t.get(place_id)
        if place is None:
            raise NotFoundError(f"place {place_id} does not exist")
        if place.version != version:
            raise ConflictError(f"place {place_id} was changed by someone else")
        changed = Place(
            id=place_id, version=version + 1, created_at=place.created_at, updated_at=now, **draft.fields()
        )
        self._t.put(place_id, changed)
        return changed

    async def set_active(self, place_id: int, active: bool, *, now: datetime) -> None:
        self._check()
        place = self._t.require(place_id)
        update = {"active": active, "updated_at": now, "version": place.version + 1}
        self._t.put(place_id, place.model_copy(update=update))

    async def remove(self, place_id: int) -> bool:
        self._check()
        if self._t.get(place_id) is None:
            return False
        self._s.places.let_go(place_id=place_id)
        self._t.delete(place_id)
        return True

    async def offerable(self) -> list[PlaceForStudent]:
        return [p.for_student() for p in await self.listing() if p.active]

    async def choose(
        self,
        student_id: int,
        place: PlaceForStudent,
        *,
        experience_id: int | None,
        step_id: int | None,
        now: datetime,
    ) -> PlaceChoice:
        self._check()
        self._s.students.require(student_id)
        if self._t.get(place.id) is None:
            raise NotFoundError(f"place {place.id} does not exist")
        table = self._s.places.choices
        choice = PlaceChoice(
            id=table.new_id(),
            student_id=student_id,
            place_id=place.id,
            place_name=place.name,
            experience_id=experience_id,
            step_id=step_id,
            created_at=now,
        )
        table.put(choice.id, choice)
        return choice

    async def choices(self, student_id: int) -> list[PlaceChoice]:
        return self._s.places.choices.owned(student_id)

    async def chosen_counts(self) -> dict[int, int]:
        students: dict[int, set[int]] = {}
        for choice in self._s.places.choices.all():
            if choice.place_id is not None:
                students.setdefault(choice.place_id, set()).add(choice.student_id)
        return {place_id: len(who) for place_id, who in students.items()}
