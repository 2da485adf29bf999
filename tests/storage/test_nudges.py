"""The nudge part of the storage contract, run against every backend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from storage import NudgeKind, NudgeStatus, Store, StudentKey

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def _student(store: Store, name: str = "sam") -> int:
    async with store.transaction() as tx:
        return (
            await tx.students.upsert(StudentKey("test", name), display_name="", language="nl", now=NOW)
        ).id


async def test_planning_twice_keeps_one_live_nudge_and_starts_it_over(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        first = await tx.nudges.plan(student, NudgeKind.STEP, 7, due_at=NOW + timedelta(days=5), now=NOW)
        await tx.nudges.save(first.model_copy(update={"status": NudgeStatus.SENT, "attempts": 1}))
        again = await tx.nudges.plan(student, NudgeKind.STEP, 7, due_at=NOW + timedelta(days=9), now=NOW)
    assert again.id == first.id
    assert (again.status, again.attempts, again.due_at) == (NudgeStatus.PENDING, 0, NOW + timedelta(days=9))
    async with store.read() as view:
        assert [n.id for n in await view.nudges.live_for(student)] == [first.id]


async def test_a_rolled_back_plan_leaves_nothing_for_a_later_cancel_to_hit(store: Store) -> None:
    student = await _student(store)
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.nudges.plan(student, NudgeKind.STEP, 7, due_at=NOW, now=NOW)
            raise RuntimeError("turn failed")
    async with store.transaction() as tx:
        contact = await tx.nudges.plan(student, NudgeKind.CONTACT, 9, due_at=NOW, now=NOW)
        await tx.nudges.cancel(NudgeKind.STEP, 7, now=NOW)
    async with store.read() as view:
        assert [(n.id, n.kind, n.status) for n in await view.nudges.live_for(student)] == [
            (contact.id, NudgeKind.CONTACT, NudgeStatus.PENDING)
        ]


async def test_a_finished_item_can_get_a_new_nudge(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        first = await tx.nudges.plan(student, NudgeKind.CONTACT, 3, due_at=NOW, now=NOW)
        await tx.nudges.save(first.model_copy(update={"status": NudgeStatus.ANSWERED}))
        second = await tx.nudges.plan(student, NudgeKind.CONTACT, 3, due_at=NOW + timedelta(days=1), now=NOW)
    assert second.id != first.id
    async with store.read() as view:
        assert (await view.nudges.get(first.id)).status is NudgeStatus.ANSWERED  # type: ignore[union-attr]


async def test_due_lists_live_nudges_in_order_and_next_due_is_the_earliest(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        late = await tx.nudges.plan(student, NudgeKind.STEP, 1, due_at=NOW + timedelta(hours=5), now=NOW)
        early = await tx.nudges.plan(student, NudgeKind.CHECK_IN, 2, due_at=NOW + timedelta(hours=1), now=NOW)
        future = await tx.nudges.plan(student, NudgeKind.REFLECT, 3, due_at=NOW + timedelta(days=3), now=NOW)
        gone = await tx.nudges.plan(student, NudgeKind.STEP, 4, due_at=NOW, now=NOW)
        await tx.nudges.cancel(NudgeKind.STEP, 4, now=NOW)
    async with store.read() as view:
        due = await view.nudges.due(NOW + timedelta(hours=6), limit=10)
        assert [n.id for n in due] == [early.id, late.id]
        assert [n.id for n in await view.nudges.due(NOW + timedelta(hours=6), limit=1)] == [early.id]
        assert await view.nudges.next_due() == early.due_at
        assert (await view.nudges.get(gone.id)).status is NudgeStatus.CANCELLED  # type: ignore[union-attr]
        listed = await view.nudges.listing((NudgeStatus.PENDING,))
    assert [n.id for n in listed] == [early.id, late.id, future.id]


async def test_due_times_in_other_time_zones_compare_correctly(store: Store) -> None:
    from zoneinfo import ZoneInfo

    student = await _student(store)
    amsterdam = datetime(2026, 11, 27, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))  # 08:00 UTC
    async with store.transaction() as tx:
        nudge = await tx.nudges.plan(student, NudgeKind.STEP, 1, due_at=amsterdam, now=NOW)
    async with store.read() as view:
        assert await view.nudges.due(datetime(2026, 11, 27, 7, 59, tzinfo=UTC), limit=5) == []
        [found] = await view.nudges.due(datetime(2026, 11, 27, 8, 0, tzinfo=UTC), limit=5)
    assert found.id == nudge.id
    assert found.due_at == amsterdam


async def _claimed(store: Store, student: int, item: int, at: datetime) -> int:
    async with store.transaction() as tx:
        nudge = await tx.nudges.plan(student, NudgeKind.STEP, item, due_at=NOW, now=NOW)
        claim = {
            "status": NudgeStatus.SENDING,
            "attempts": 1,
            "sent_at": at,
            "due_at": at + timedelta(days=3),
        }
        await tx.nudges.save(nudge.model_copy(update=claim))
    return nudge.id


async def test_handed_over_nudges_count_as_sent_and_unsent_claims_are_due_again(store: Store) -> None:
    student = await _student(store)
    left = await _claimed(store, student, 1, NOW)
    stuck = await _claimed(store, student, 2, NOW)
    later = NOW + timedelta(minutes=5)
    async with store.transaction() as tx:
        await tx.nudges.handed_over([left], now=NOW)
    other = await _claimed(store, student, 3, NOW)
    async with store.transaction() as tx:
        assert await tx.nudges.requeue_unsent(now=later, ids=[left, other]) == 1  # left is sent already
        assert await tx.nudges.requeue_unsent(now=later) == 1
        assert await tx.nudges.requeue_unsent(now=later) == 0
    async with store.read() as view:
        sent, requeued = await view.nudges.get(left), await view.nudges.get(stuck)
        due = await view.nudges.due(later, limit=5)
    assert sent is not None and requeued is not None
    assert (sent.status, sent.attempts, sent.sent_at) == (NudgeStatus.SENT, 1, NOW)
    assert (requeued.status, requeued.attempts, requeued.sent_at) == (NudgeStatus.PENDING, 0, None)
    assert [n.id for n in due] == [stuck, other]


async def test_handing_over_leaves_nudges_that_are_no_longer_claimed_alone(store: Store) -> None:
    student = await _student(store)
    nudge = await _claimed(store, student, 1, NOW)
    async with store.transaction() as tx:
        await tx.nudges.cancel(NudgeKind.STEP, 1, now=NOW)
        await tx.nudges.handed_over([nudge, 999], now=NOW)
    async with store.read() as view:
        assert (await view.nudges.get(nudge)).status is NudgeStatus.CANCELLED  # type: ignore[union-attr]


async def test_messages_between_counts_combined_claims_once(store: Store) -> None:
    student, other = await _student(store), await _student(store, "kim")
    morning = NOW.replace(hour=0)
    await _claimed(store, student, 1, NOW)
    await _claimed(store, student, 2, NOW)  # combined with the first: one message
    await _claimed(store, student, 3, NOW - timedelta(days=1))  # yesterday
    await _claimed(store, student, 5, NOW + timedelta(days=3))  # a demo run "in the future"
    await _claimed(store, other, 4, NOW)
    day = timedelta(days=1)
    async with store.read() as view:
        assert await view.nudges.messages_between(student, morning, morning + day) == 1
        assert await view.nudges.messages_between(student, morning - day, morning + day) == 2
        assert await view.nudges.messages_between(other, NOW + timedelta(seconds=1), morning + day) == 0


async def test_unasking_puts_queued_nudges_back_without_counting_the_attempt(store: Store) -> None:
    student = await _student(store)
    queued = await _claimed(store, student, 1, NOW)
    async with store.transaction() as tx:
        await tx.nudges.handed_over([queued], now=NOW)
        answered = await tx.nudges.plan(student, NudgeKind.STEP, 2, due_at=NOW, now=NOW)
        await tx.nudges.save(answered.model_copy(update={"status": NudgeStatus.ANSWERED}))
    later = NOW + timedelta(hours=2)
    async with store.transaction() as tx:
        await tx.nudges.unask([queued, answered.id], now=later)
    async with store.read() as view:
        back, still = await view.nudges.get(queued), await view.nudges.get(answered.id)
    assert back is not None and still is not None
    assert (back.status, back.attempts, back.due_at, back.sent_at) == (NudgeStatus.PENDING, 0, later, None)
    assert still.status is NudgeStatus.ANSWERED


async def test_due_and_next_due_can_be_limited_to_channels(store: Store) -> None:
    async with store.transaction() as tx:
        tele = await tx.students.upsert(StudentKey("telegram", "1"), display_name="", language="nl", now=NOW)
        console = await tx.students.upsert(
            StudentKey("console", "sam"), display_name="", language="nl", now=NOW
        )
        await tx.nudges.plan(console.id, NudgeKind.STEP, 1, due_at=NOW - timedelta(hours=1), now=NOW)
        on_telegram = await tx.nudges.plan(tele.id, NudgeKind.STEP, 2, due_at=NOW, now=NOW)
    async with store.read() as view:
        assert [n.id for n in await view.nudges.due(NOW, limit=5, channels=("telegram",))] == [on_telegram.id]
        assert len(await view.nudges.due(NOW, limit=5)) == 2
        assert await view.nudges.next_due(("telegram",)) == NOW
        assert await view.nudges.next_due(("sms",)) is None
        assert await view.nudges.next_due() == NOW - timedelta(hours=1)


async def test_the_current_session_of_one_lane(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        main = await tx.sessions.create(
            student, script_id="a", script_hash="h", state={}, experience_id=None, now=NOW
        )
        top = await tx.sessions.create(
            student, script_id="b", script_hash="h", state={}, experience_id=None, now=NOW, lane="follow_up"
        )
    async with store.read() as view:
        assert (await view.sessions.current(student)).id == top.id  # type: ignore[union-attr]
        assert (await view.sessions.current(student, lane="main")).id == main.id  # type: ignore[union-attr]
        assert await view.sessions.current(student, lane="other") is None


async def test_a_nudge_of_an_unknown_kind_is_refused(store: Store) -> None:
    student = await _student(store)
    with pytest.raises(ValueError):
        async with store.transaction() as tx:
            await tx.nudges.plan(student, NudgeKind("homework"), 1, due_at=NOW, now=NOW)


async def test_contact_moments_are_kept_in_order(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        contact = await tx.dossier.create_contact(student, name="Kees", role="oom", now=NOW)
        await tx.dossier.add_contact_moment(
            contact.id, happened_on=date(2026, 11, 20), note="gebeld", now=NOW
        )
        await tx.dossier.add_contact_moment(contact.id, happened_on=None, note="geappt", now=NOW)
    async with store.read() as view:
        moments = await view.dossier.contact_moments(contact.id)
    assert [(m.happened_on, m.note) for m in moments] == [(date(2026, 11, 20), "gebeld"), (None, "geappt")]


async def test_claiming_takes_due_nudges_with_their_siblings_and_skips_running_leases(store: Store) -> None:
    sam, kim, lou = await _student(store), await _student(store, "kim"), await _student(store, "lou")
    async with store.transaction() as tx:
        first = await tx.nudges.plan(sam, NudgeKind.STEP, 1, due_at=NOW - timedelta(hours=2), now=NOW)
        sibling = await tx.nudges.plan(sam, NudgeKind.CONTACT, 2, due_at=NOW, now=NOW)
        kims = await tx.nudges.plan(kim, NudgeKind.STEP, 3, due_at=NOW - timedelta(hours=1), now=NOW)
        await tx.nudges.plan(lou, NudgeKind.STEP, 4, due_at=NOW + timedelta(hours=1), now=NOW)  # not due
    lease = NOW + timedelta(minutes=10)
    async with store.transaction() as tx:
        claimed = await tx.nudges.claim_due(NOW, limit=1, owner="a", lease_until=lease)
    assert [n.id for n in claimed] == [first.id, sibling.id], "one due nudge asked for, its sibling comes too"
    assert {(n.claimed_by, n.lease_until) for n in claimed} == {("a", lease)}
    async with store.transaction() as tx:
        others = await tx.nudges.claim_due(NOW, limit=10, owner="b", lease_until=lease)
        assert [n.id for n in others] == [kims.id], "a running lease is not taken over"
        assert await tx.nudges.claim_due(NOW, limit=10, owner="c", lease_until=lease) == []
    after = lease + timedelta(seconds=1)
    async with store.transaction() as tx:
        taken = await tx.nudges.claim_due(
            after, limit=10, owner="c", lease_until=after + timedelta(minutes=10)
        )
    assert [n.id for n in taken] == [first.id, kims.id, sibling.id], "an expired lease is taken over"


async def test_claiming_only_the_students_of_some_channels(store: Store) -> None:
    telegram = await _student(store)
    async with store.transaction() as tx:
        web = (await tx.students.upsert(StudentKey("web", "x"), display_name="", language="nl", now=NOW)).id
        await tx.nudges.plan(web, NudgeKind.STEP, 1, due_at=NOW, now=NOW)
        await tx.nudges.plan(telegram, NudgeKind.STEP, 2, due_at=NOW, now=NOW)
    async with store.transaction() as tx:
        claimed = await tx.nudges.claim_due(
            NOW, limit=10, owner="a", lease_until=NOW + timedelta(minutes=1), channels=("web",)
        )
    assert [n.student_id for n in claimed] == [web]


async def test_only_the_claimer_hands_over_and_only_expired_claims_are_requeued(store: Store) -> None:
    student = await _student(store)
    lease = NOW + timedelta(minutes=10)
    async with store.transaction() as tx:
        mine = await tx.nudges.plan(student, NudgeKind.STEP, 1, due_at=NOW, now=NOW)
        theirs = await tx.nudges.plan(student, NudgeKind.STEP, 2, due_at=NOW, now=NOW)
        await tx.nudges.claim_due(NOW, limit=10, owner="a", lease_until=lease)
        for nudge in (mine, theirs):
            current = await tx.nudges.get(nudge.id)
            assert current is not None
            await tx.nudges.save(current.model_copy(update={"status": NudgeStatus.SENDING}))
    async with store.transaction() as tx:
        assert await tx.nudges.requeue_unsent(now=NOW, expired_by=NOW) == 0, "the lease still runs"
        assert await tx.nudges.handed_over([mine.id], now=NOW, owner="b") == 0, "not b's to send"
        assert await tx.nudges.handed_over([mine.id], now=NOW, owner="a") == 1
        later = lease + timedelta(seconds=1)
        assert await tx.nudges.requeue_unsent(now=later, expired_by=later) == 1
        assert await tx.nudges.handed_over([theirs.id], now=later, owner="a") == 0, "taken back meanwhile"
    async with store.read() as view:
        sent, requeued = await view.nudges.get(mine.id), await view.nudges.get(theirs.id)
    assert sent is not None and sent.status is NudgeStatus.SENT
    assert requeued is not None
    assert (requeued.status, requeued.claimed_by, requeued.lease_until) == (NudgeStatus.PENDING, None, None)


async def test_planning_again_ends_a_claim(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        await tx.nudges.plan(student, NudgeKind.STEP, 1, due_at=NOW, now=NOW)
        await tx.nudges.claim_due(NOW, limit=10, owner="a", lease_until=NOW + timedelta(hours=1))
        again = await tx.nudges.plan(student, NudgeKind.STEP, 1, due_at=NOW, now=NOW)
    assert (again.claimed_by, again.lease_until) == (None, None)
    async with store.transaction() as tx:
        assert [n.id for n in await tx.nudges.claim_due(NOW, limit=5, owner="b", lease_until=NOW)] == [
            again.id
        ]


async def test_the_only_sender_starting_gives_up_every_claim(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        waiting = await tx.nudges.plan(student, NudgeKind.STEP, 1, due_at=NOW, now=NOW)
        await tx.nudges.claim_due(NOW, limit=10, owner="before", lease_until=NOW + timedelta(hours=1))
        await tx.nudges.requeue_unsent(now=NOW)
    async with store.transaction() as tx:
        claimed = await tx.nudges.claim_due(NOW, limit=10, owner="after", lease_until=NOW)
    assert [n.id for n in claimed] == [waiting.id], "the claim of the process before it is void"


async def test_schedule_plans_as_plan_does_and_starts_a_live_nudge_over(store: Store) -> None:
    student = await _student(store)
    async with store.transaction() as tx:
        await tx.nudges.schedule(student, NudgeKind.STEP, 7, due_at=NOW + timedelta(days=5), now=NOW)
    async with store.read() as view:
        [first] = await view.nudges.live_for(student)
    assert (first.kind, first.item_id, first.status) == (NudgeKind.STEP, 7, NudgeStatus.PENDING)
    async with store.transaction() as tx:
        await tx.nudges.save(first.model_copy(update={"status": NudgeStatus.SENT, "attempts": 1}))
        await tx.nudges.schedule(student, NudgeKind.STEP, 7, due_at=NOW + timedelta(days=9), now=NOW)
    async with store.read() as view:
        [again] = await view.nudges.live_for(student)
    assert again.id == first.id
    assert (again.status, again.attempts, again.due_at) == (NudgeStatus.PENDING, 0, NOW + timedelta(days=9))
