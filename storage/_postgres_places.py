"""The PostgreSQL repository of the school's network of places and the choices students made."""

from __future__ import annotations

from datetime import datetime

from ._errors import ConflictError, NotFoundError
from ._place_entities import Place, PlaceChoice, PlaceDraft, PlaceForStudent
from ._postgres_statements import PgRepo, to_db, to_model

__all__ = ["Places"]

# Everything but the contact person: the only columns a student's offer is read from.
_FOR_STUDENT = "id, name, sector, location, activities, signup, keywords"


class Places(PgRepo):
    async def add(self, draft: PlaceDraft, *, now: datetime) -> Place:
        values = {**draft.fields(), "created_at": now, "updated_at": now}
        place_id = await self._insert("places", values)
        return Place(id=place_id, **values)

    async def get(self, place_id: int) -> Place | None:
        return await self._one(Place, "SELECT * FROM places WHERE id = $1", place_id)

    async def listing(self) -> list[Place]:
        return await self._all(Place, "SELECT * FROM places ORDER BY id")

    async def change(self, place_id: int, draft: PlaceDraft, *, version: int, now: datetime) -> Place:
        values = {**draft.fields(), "updated_at": now}
        assignments = ", ".join(f"{column} = ${n}" for n, column in enumerate(values, start=1))
        n = len(values)
        rows = await self._sql.returning(
            f"UPDATE places SET {assignments}, version = version + 1"
            f" WHERE id = ${n + 1} AND version = ${n + 2} RETURNING *",
            *(to_db(v) for v in values.values()),
            place_id,
            version,
        )
        if not rows:
            if await self.get(place_id) is None:
                raise NotFoundError(f"place {place_id} does not exist")
            raise ConflictError(f"place {place_id} was changed by someone else")
        return to_model(Place, rows[0])

    async def set_active(self, place_id: int, active: bool, *, now: datetime) -> None:
        await self._sql.write(
            "UPDATE places SET active = $1, updated_at = $2, version = version + 1 WHERE id = $3",
            active,
            to_db(now),
            place_id,
            must_change=f"place {place_id}",
        )

    async def remove(self, place_id: int) -> bool:
        rows = await self._sql.returning("DELETE FROM places WHERE id = $1 RETURNING id", place_id)
        return bool(rows)

    async def offerable(self) -> list[PlaceForStudent]:
        return await self._all(PlaceForStudent, f"SELECT {_FOR_STUDENT} FROM places WHERE active ORDER BY id")

    async def choose(
        self,
        student_id: int,
        place: PlaceForStudent,
        *,
        experience_id: int | None,
        step_id: int | None,
        now: datetime,
    ) -> PlaceChoice:
        # Only a place that is still there (removed meanwhile: NotFoundError, as in every backend).
        rows = await self._sql.returning(
            "INSERT INTO place_choices (student_id, place_id, place_name, experience_id, step_id, created_at)"
            " SELECT $1, id, $2, $3, $4, $5 FROM places WHERE id = $6 RETURNING *",
            student_id,
            place.name,
            experience_id,
            step_id,
            to_db(now),
            place.id,
        )
        if not rows:
            raise NotFoundError(f"place {place.id} does not exist")
        return to_model(PlaceChoice, rows[0])

    async def choices(self, student_id: int) -> list[PlaceChoice]:
        return await self._all(
            PlaceChoice, "SELECT * FROM place_choices WHERE student_id = $1 ORDER BY id", student_id
        )

    async def chosen_counts(self) -> dict[int, int]:
        rows = await self._sql.rows(
            "SELECT place_id, count(DISTINCT student_id) FROM place_choices"
            " WHERE place_id IS NOT NULL GROUP BY place_id"
        )
        return {int(row[0]): int(row[1]) for row in rows}
