"""The school's network of places in the storage contract: staff see everything, students no contact
person; a student's choices are theirs (exported, deleted with them); on every backend."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from storage import ConflictError, NotFoundError, PlaceDraft, Store, StudentKey
from tests.storage.rows import assert_nothing_refers_to

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
LINDE = PlaceDraft(
    name="Zorgcentrum De Linde",
    sector="Zorg",
    location="Utrecht",
    activities="Meelopen met een verzorgende op de afdeling.",
    signup="Mail stage@delinde.example met je naam en klas.",
    contact_name="Mevrouw Yilmaz",
    contact_reach="06-12345678",
    keywords=("ouderen", "helpen"),
)
GARAGE = PlaceDraft(
    name="Autobedrijf Jansen",
    sector="Techniek",
    activities="Een dag in de werkplaats.",
    keywords="auto; motor",  # type: ignore[arg-type]  # as a CSV file has it: the model splits it
)


async def _student(store: Store, name: str) -> int:
    async with store.transaction() as tx:
        person = await tx.students.upsert(StudentKey("test", name), display_name=name, language="nl", now=NOW)
        return person.id


async def test_places_are_added_listed_and_read_back_whole(store: Store) -> None:
    async with store.transaction() as tx:
        linde = await tx.places.add(LINDE, now=NOW)
        garage = await tx.places.add(GARAGE, now=NOW)
    assert linde.keywords == ("ouderen", "helpen") and garage.keywords == ("auto", "motor")
    async with store.read() as view:
        listed = await view.places.listing()
        got = await view.places.get(linde.id)
        assert await view.places.get(garage.id + 100) is None
    assert [p.name for p in listed] == ["Zorgcentrum De Linde", "Autobedrijf Jansen"]
    assert got == linde and got.contact_reach == "06-12345678" and got.version == 0 and got.active


async def test_a_student_is_offered_active_places_without_the_contact_person(store: Store) -> None:
    async with store.transaction() as tx:
        linde = await tx.places.add(LINDE, now=NOW)
        garage = await tx.places.add(GARAGE, now=NOW)
        await tx.places.set_active(garage.id, False, now=NOW)
    async with store.read() as view:
        offered = await view.places.offerable()
    assert [p.id for p in offered] == [linde.id]
    shown = offered[0].model_dump()
    assert "Yilmaz" not in str(shown) and "06-12345678" not in str(shown)
    assert shown["signup"].startswith("Mail stage@") and shown["keywords"] == ("ouderen", "helpen")
    async with store.transaction() as tx:
        await tx.places.set_active(garage.id, True, now=NOW)
    with pytest.raises(NotFoundError):
        async with store.transaction() as tx:
            await tx.places.set_active(garage.id + 100, True, now=NOW)
    async with store.read() as view:
        assert len(await view.places.offerable()) == 2


async def test_a_change_made_meanwhile_by_someone_else_is_not_overwritten(store: Store) -> None:
    async with store.transaction() as tx:
        linde = await tx.places.add(LINDE, now=NOW)
    later = NOW + timedelta(minutes=5)
    first = LINDE.model_copy(update={"contact_reach": "030-1234567"})
    second = LINDE.model_copy(update={"location": "Zeist"})
    async with store.transaction() as tx:
        changed = await tx.places.change(linde.id, first, version=linde.version, now=later)
    assert changed.version == linde.version + 1 and changed.updated_at == later
    assert changed.created_at == linde.created_at and changed.contact_reach == "030-1234567"
    with pytest.raises(ConflictError):
        async with store.transaction() as tx:
            await tx.places.change(linde.id, second, version=linde.version, now=later)
    with pytest.raises(NotFoundError):
        async with store.transaction() as tx:
            await tx.places.change(linde.id + 100, second, version=0, now=later)
    async with store.read() as view:
        kept = await view.places.get(linde.id)
    assert kept is not None and kept.contact_reach == "030-1234567" and kept.location == "Utrecht"


async def test_two_editors_at_once_one_wins_and_the_other_hears_so(store: Store) -> None:
    async with store.transaction() as tx:
        linde = await tx.places.add(LINDE, now=NOW)

    async def edit(where: str) -> str:
        try:
            async with store.transaction() as tx:
                draft = LINDE.model_copy(update={"location": where})
                await tx.places.change(linde.id, draft, version=linde.version, now=NOW)
        except ConflictError:
            return "conflict"
        return "saved"

    results = await asyncio.gather(edit("Zeist"), edit("Houten"))
    assert sorted(results) == ["conflict", "saved"]


async def test_a_failed_import_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.places.add(LINDE, now=NOW)
            await tx.places.add(GARAGE, now=NOW)
            raise RuntimeError("line 3 of the file is wrong")
    async with store.read() as view:
        assert await view.places.listing() == []


async def test_choices_are_the_students_and_keep_the_name_when_the_place_goes(store: Store) -> None:
    sam, kim = await _student(store, "sam"), await _student(store, "kim")
    async with store.transaction() as tx:
        linde = await tx.places.add(LINDE, now=NOW)
        garage = await tx.places.add(GARAGE, now=NOW)
        experience = await tx.dossier.create_experience(sam, now=NOW)
        step = await tx.dossier.create_step(sam, experience_id=experience.id, now=NOW)
        chosen = await tx.places.choose(
            sam, linde.for_student(), experience_id=experience.id, step_id=step.id, now=NOW
        )
        await tx.places.choose(kim, linde.for_student(), experience_id=None, step_id=None, now=NOW)
        await tx.places.choose(kim, linde.for_student(), experience_id=None, step_id=None, now=NOW)
        await tx.places.choose(kim, garage.for_student(), experience_id=None, step_id=None, now=NOW)
    assert (chosen.student_id, chosen.place_id, chosen.step_id) == (sam, linde.id, step.id)
    async with store.read() as view:
        assert await view.places.chosen_counts() == {linde.id: 2, garage.id: 1}, "students, not clicks"
        assert [c.place_name for c in await view.places.choices(kim)] == [
            "Zorgcentrum De Linde",
            "Zorgcentrum De Linde",
            "Autobedrijf Jansen",
        ]
    async with store.transaction() as tx:
        assert await tx.places.remove(linde.id) is True
        assert await tx.places.remove(linde.id) is False
        with pytest.raises(NotFoundError):
            await tx.places.choose(sam, linde.for_student(), experience_id=None, step_id=None, now=NOW)
    async with store.read() as view:
        [kept] = await view.places.choices(sam)
        assert (kept.place_id, kept.place_name) == (None, "Zorgcentrum De Linde")
        assert await view.places.chosen_counts() == {garage.id: 1}
        export = await view.privacy.export(sam)
    assert export.place_choices == [
        {
            "place_name": "Zorgcentrum De Linde",
            "experience_id": experience.id,
            "step_id": step.id,
            "created_at": NOW.isoformat().replace("+00:00", "Z"),
        }
    ]


async def test_deleting_a_student_deletes_their_choices_not_the_places(store: Store) -> None:
    sam = await _student(store, "sam")
    async with store.transaction() as tx:
        linde = await tx.places.add(LINDE, now=NOW)
        await tx.places.choose(sam, linde.for_student(), experience_id=None, step_id=None, now=NOW)
        await tx.privacy.delete_person(sam)
    async with store.read() as view:
        assert await view.places.choices(sam) == []
        assert await view.places.chosen_counts() == {}
        assert [p.name for p in await view.places.listing()] == ["Zorgcentrum De Linde"]
    await assert_nothing_refers_to(store, sam)


async def test_a_read_only_view_cannot_change_places(store: Store) -> None:
    with pytest.raises((RuntimeError, sqlite3.OperationalError)):
        async with store.read() as view:
            await view.places.add(LINDE, now=NOW)
    async with store.read() as view:
        assert await view.places.listing() == []
