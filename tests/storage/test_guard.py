"""The guard part of the storage contract: handled updates, limited attempts, expiring invites."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import Store, StudentKey, TurnStart

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def _person(store: Store, name: str) -> int:
    async with store.transaction() as tx:
        person = await tx.students.upsert(StudentKey("test", name), display_name="", language="nl", now=NOW)
        return person.id


async def test_a_receipt_is_kept_with_the_turn_and_only_then(store: Store) -> None:
    async with store.transaction() as tx:
        await tx.receipts.record("telegram:1", 500, now=NOW)
        await tx.receipts.record("telegram:1", 500, now=NOW)  # twice in one turn: still one receipt
    with pytest.raises(RuntimeError, match="boom"):
        async with store.transaction() as tx:
            await tx.receipts.record("telegram:1", 501, now=NOW)
            raise RuntimeError("boom")  # the turn failed: its update was not handled
    async with store.read() as view:
        assert await view.receipts.seen("telegram:1", 500)
        assert not await view.receipts.seen("telegram:1", 501)
        assert not await view.receipts.seen("telegram:2", 500), "per bot"
        assert await view.receipts.latest("telegram:1") == 500
        assert await view.receipts.latest("telegram:2") is None


async def test_a_turn_starts_from_the_student_their_conversation_and_whether_the_update_is_new(
    store: Store,
) -> None:
    sam = StudentKey("telegram", "77")
    async with store.transaction() as tx:
        nobody = await tx.students.for_turn(sam, receipt=("telegram:1", 700), now=NOW)
    assert (nobody.student, nobody.session, nobody.new_update) == (None, None, True)
    async with store.transaction() as tx:
        student = await tx.students.upsert(sam, display_name="Sam", language="nl", now=NOW)
        state = {"node": "waar", "context": {"b": "1", "a": "2"}}
        await tx.sessions.create(
            student.id, script_id="s", script_hash="v1", state={}, experience_id=None, now=NOW
        )
        newest = await tx.sessions.create(
            student.id, script_id="t", script_hash="v2", state=state, experience_id=None, now=NOW, lane="x"
        )
    async with store.transaction() as tx:
        again = await tx.students.for_turn(sam, receipt=("telegram:1", 700), now=NOW)
        start = await tx.students.for_turn(sam, receipt=("telegram:1", 701), now=NOW)
    assert again.new_update is False, "handled before: dropped"
    assert start.new_update is True and start.student == student
    assert start.session is not None and start.session.id == newest.id
    assert start.session == newest and list(start.session.state["context"]) == ["b", "a"]
    with pytest.raises(RuntimeError, match="boom"):
        async with store.transaction() as tx:
            assert (await tx.students.for_turn(sam, receipt=("telegram:1", 702), now=NOW)).new_update
            raise RuntimeError("boom")  # the turn failed: its update was not handled
    async with store.read() as view:
        assert await view.receipts.seen("telegram:1", 701)
        assert not await view.receipts.seen("telegram:1", 702)
        plain = await view.students.for_turn(sam, now=NOW)
    assert plain == TurnStart(student, newest), "without a receipt nothing is noted"


async def test_old_receipts_are_pruned(store: Store) -> None:
    async with store.transaction() as tx:
        await tx.receipts.record("telegram:1", 1, now=NOW - timedelta(days=10))
        await tx.receipts.record("telegram:1", 2, now=NOW)
    async with store.transaction() as tx:
        assert await tx.receipts.prune(before=NOW - timedelta(days=7)) == 1
    async with store.read() as view:
        assert not await view.receipts.seen("telegram:1", 1)
        assert await view.receipts.seen("telegram:1", 2)


async def test_attempts_are_counted_per_person_and_overall_within_a_window(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    async with store.transaction() as tx:
        for minutes in (0, 10, 90):
            await tx.attempts.record("class_code", person_id=sam, now=NOW - timedelta(minutes=minutes))
        await tx.attempts.record("class_code", person_id=kim, now=NOW)
        await tx.attempts.record("signin", person_id=None, now=NOW)
    since = NOW - timedelta(hours=1)
    async with store.read() as view:
        assert await view.attempts.count("class_code", since=since, person_id=sam) == 2
        assert await view.attempts.count("class_code", since=since) == 3
        assert await view.attempts.count("signin", since=since) == 1
    async with store.transaction() as tx:
        assert await tx.attempts.prune(before=since) == 1


async def test_a_persons_attempts_go_when_they_are_deleted(store: Store) -> None:
    sam = await _person(store, "sam")
    async with store.transaction() as tx:
        await tx.attempts.record("class_code", person_id=sam, now=NOW)
    async with store.transaction() as tx:
        await tx.privacy.delete_person(sam)
    async with store.read() as view:
        assert await view.attempts.count("class_code", since=NOW - timedelta(hours=1)) == 0


async def test_an_expired_invite_makes_no_mentor(store: Store) -> None:
    person = await _person(store, "jansen")
    async with store.transaction() as tx:
        await tx.school.create_invite(
            code="OLD", name="Juf", created_by=None, now=NOW, expires_at=NOW + timedelta(days=14)
        )
        await tx.school.create_invite(
            code="NEW", name="Juf", created_by=None, now=NOW, expires_at=NOW + timedelta(days=14)
        )
    later = NOW + timedelta(days=15)
    async with store.transaction() as tx:
        assert await tx.school.redeem_invite("OLD", person, class_code="C1", now=later) is None
        assert await tx.school.redeem_invite("NEW", person, class_code="C1", now=NOW + timedelta(days=1))
