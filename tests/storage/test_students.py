"""The student part of the storage contract, run against every backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import NotFoundError, Store, StudentKey

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
SAM = StudentKey("telegram", "1001")


async def test_upsert_creates_a_student_once_and_refreshes_last_seen(store: Store) -> None:
    async with store.transaction() as tx:
        first = await tx.students.upsert(SAM, display_name="Sam", language="en", now=NOW)
    later = NOW + timedelta(hours=2)
    async with store.transaction() as tx:
        again = await tx.students.upsert(SAM, display_name="", language="nl", now=later)
    assert again.id == first.id
    assert again.language == "en", "an existing student's language is not overwritten"
    assert again.display_name == "Sam", "an empty display name keeps the known one"
    assert again.last_seen_at == later
    async with store.transaction() as tx:
        assert await tx.students.find(StudentKey("telegram", "999")) is None
        assert (await tx.students.get(first.id)) == again


async def test_student_changes_are_saved(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="Sam", language="nl", now=NOW)
        await tx.students.save(student.model_copy(update={"language": "en", "active": False}))
    async with store.transaction() as tx:
        saved = await tx.students.get(student.id)
    assert saved is not None and saved.language == "en" and saved.active is False


async def test_updating_a_student_keeps_what_a_stale_copy_does_not_know(store: Store) -> None:
    async with store.transaction() as tx:
        stale = await tx.students.upsert(SAM, display_name="Sam", language="nl", now=NOW)
    async with store.transaction() as tx:
        await tx.students.save(stale.model_copy(update={"active": False}))
    async with store.transaction() as tx:
        await tx.students.update(stale.id, language="en")
    async with store.read() as view:
        found = await view.students.get(stale.id)
    assert found is not None and (found.language, found.active, found.display_name) == ("en", False, "Sam")
    with pytest.raises(NotFoundError):
        async with store.transaction() as tx:
            await tx.students.update(stale.id + 100, language="en")


async def test_a_person_can_move_to_another_channel_identity_with_everything_they_have(store: Store) -> None:
    web = StudentKey("web", "abc")
    async with store.transaction() as tx:
        person = await tx.students.upsert(web, display_name="Sam", language="nl", now=NOW)
        experience = await tx.dossier.create_experience(person.id, now=NOW)
    async with store.transaction() as tx:
        await tx.students.rekey(person.id, SAM)
    async with store.read() as view:
        assert await view.students.find(web) is None
        moved = await view.students.find(SAM)
        assert moved is not None and moved.id == person.id and moved.display_name == "Sam"
        assert [e.id for e in await view.dossier.experiences(person.id)] == [experience.id]
