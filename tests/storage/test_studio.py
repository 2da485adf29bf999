"""The studio's part of the storage contract, on every backend: drafts with a revision, publications and the
log, and the counts per question (running totals, a deleted student's part taken off)."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from storage import ConflictError, Role, Store, StudentKey, Tally, TallyStep, seconds_bucket, words_bucket

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def _person(store: Store, name: str, role: Role = Role.STUDENT) -> int:
    async with store.transaction() as tx:
        person = await tx.students.upsert(StudentKey("web", name), display_name=name, language="nl", now=NOW)
        if role is not Role.STUDENT:
            await tx.school.set_role(person.id, role)
        return person.id


async def _session(store: Store, student: int) -> int:
    async with store.transaction() as tx:
        session = await tx.sessions.create(
            student, script_id="s", script_hash="v1", state={}, experience_id=None, now=NOW
        )
        return session.id


def _totals(tallies: list[Tally]) -> dict[tuple[str, int, str, int], int]:
    return {(t.node, t.arm, t.measure, t.value): t.count for t in tallies}


async def test_a_draft_is_saved_only_from_the_revision_it_was_made_from(store: Store) -> None:
    anna = await _person(store, "anna", Role.COORDINATOR)
    async with store.transaction() as tx:
        first = await tx.studio.save_draft(
            "reflecteren", source="a", base_digest="v1", experiments=[], revision=0, person_id=anna, now=NOW
        )
    assert (first.revision, first.source, first.updated_by) == (1, "a", anna)
    with pytest.raises(ConflictError):
        async with store.transaction() as tx:
            await tx.studio.save_draft(
                "reflecteren",
                source="b",
                base_digest="v1",
                experiments=[],
                revision=0,
                person_id=None,
                now=NOW,
            )
    async with store.transaction() as tx:
        second = await tx.studio.save_draft(
            "reflecteren",
            source="c",
            base_digest="v1",
            experiments=["moment"],
            revision=1,
            person_id=anna,
            now=NOW,
        )
    assert (second.revision, second.experiments) == (2, ["moment"])
    with pytest.raises(ConflictError):
        async with store.transaction() as tx:
            await tx.studio.save_draft(
                "reflecteren",
                source="stale",
                base_digest="v1",
                experiments=[],
                revision=1,
                person_id=None,
                now=NOW,
            )
    async with store.read() as view:
        kept = await view.studio.draft("reflecteren")
        assert kept is not None and (kept.source, kept.revision) == ("c", 2), "the stale save changed nothing"
        assert [d.script_id for d in await view.studio.drafts()] == ["reflecteren"]
    with pytest.raises(ConflictError):
        async with store.transaction() as tx:
            await tx.studio.discard_draft("reflecteren", revision=1)
    async with store.transaction() as tx:
        await tx.studio.discard_draft("reflecteren", revision=2)
    async with store.read() as view:
        assert await view.studio.draft("reflecteren") is None


async def test_publications_newest_first_with_the_log_and_the_versions(store: Store) -> None:
    anna = await _person(store, "anna", Role.COORDINATOR)
    async with store.read() as view:
        assert await view.studio.published("reflecteren") is None
    async with store.transaction() as tx:
        await tx.scripts.remember("v1", script_id="reflecteren", source="x", now=NOW)
        first = await tx.studio.publish(
            "reflecteren", digest="v2", note="Nieuwe vraag", person_id=anna, now=NOW, experiments=["moment"]
        )
        await tx.studio.log("reflecteren", action="publish", person_id=anna, now=NOW, detail="v2")
    later = NOW + timedelta(hours=1)
    async with store.transaction() as tx:
        back = await tx.studio.publish(
            "reflecteren",
            digest="v1",
            note="",
            person_id=anna,
            now=later,
            experiments=[],
            rollback_of=first.id,
        )
        await tx.studio.log("reflecteren", action="edit", question="moment", person_id=anna, now=later)
        await tx.studio.publish(
            "voorbereiden", digest="w1", note="", person_id=None, now=later, experiments=[]
        )
    async with store.read() as view:
        newest = await view.studio.published("reflecteren")
        assert newest is not None and (newest.digest, newest.rollback_of) == ("v1", first.id)
        assert [p.id for p in await view.studio.publications("reflecteren")] == [back.id, first.id]
        assert (first.experiments, first.note, first.published_by) == (["moment"], "Nieuwe vraag", anna)
        changes = await view.studio.changes("reflecteren", limit=10)
        assert [(c.action, c.question) for c in changes] == [("edit", "moment"), ("publish", None)]
        assert [c.action for c in await view.studio.changes("reflecteren", limit=1)] == ["edit"]
        assert [d for d, _ in await view.studio.versions("reflecteren")] == ["v1", "v2"]
    # A coordinator who leaves: the publications and the log stay, without them.
    async with store.transaction() as tx:
        await tx.privacy.delete_person(anna)
    async with store.read() as view:
        assert all(p.published_by is None for p in await view.studio.publications("reflecteren"))
        assert all(c.person_id is None for c in await view.studio.changes("reflecteren", limit=10))


async def _talk(store: Store, student: int, session: int, *, start: datetime, thin: bool) -> None:
    """One conversation over two questions and the end; the first answered after a thin answer."""
    async with store.transaction() as tx:
        await tx.tally.asked(student, session, script_hash="v1", node="moment", arm=2, now=start)
    async with store.transaction() as tx:
        if thin:
            await tx.tally.mark(session, thin=1, words=1)
        await tx.tally.mark(session, words=12)
        await tx.tally.answered(session, now=start + timedelta(seconds=75))
        await tx.tally.asked(student, session, script_hash="v1", node="verbreden", arm=0, now=start)
    async with store.transaction() as tx:
        await tx.tally.mark(session, helps=1)
        await tx.tally.answered(session, now=start + timedelta(seconds=20))
        await tx.tally.finished(
            student, session, script_hash="v1", node="einde", arms={"moment": 2}, now=start
        )


async def test_counts_per_question_and_a_deleted_students_part_taken_off(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    await _talk(store, sam, await _session(store, sam), start=NOW, thin=True)
    async with store.read() as view:
        alone = _totals(await view.tally.totals("v1"))
    await _talk(store, kim, await _session(store, kim), start=NOW, thin=False)
    again = await _session(store, kim)
    async with store.transaction() as tx:
        await tx.tally.asked(kim, again, script_hash="v1", node="moment", arm=2, now=NOW)
    async with store.read() as view:
        totals = _totals(await view.tally.totals("v1"))
        waiting = await view.tally.waiting("v1", stopped_before=NOW + timedelta(days=1))
        assert await view.tally.students("v1", "moment", 2, answered=False, at_most=5) == 2
        assert await view.tally.students("v1", "moment", 2, answered=False, at_most=1) == 1
        assert await view.tally.students("v1", "moment", 2, answered=True, at_most=5) == 2
        assert await view.tally.totals("other") == []
    assert totals[("moment", 2, "students", 0)] == 2, "kim asked twice is one student"
    assert totals[("moment", 2, "reached", 0)] == 3
    assert totals[("moment", 2, "answered", 0)] == 2
    assert totals[("moment", 2, "thin", 0)] == 1
    assert totals[("moment", 2, "words", 13)] == 1 and totals[("moment", 2, "words", 12)] == 1
    assert totals[("moment", 2, "seconds", 75)] == 2
    assert totals[("verbreden", 0, "help", 0)] == 2 and totals[("verbreden", 0, "seconds", 20)] == 2
    assert ("verbreden", 0, "words", 0) not in totals, "no words typed: not counted as an answer of 0"
    assert totals[("einde", 0, "finished", 0)] == 2 and totals[("moment", 2, "finished", 0)] == 2
    assert [(w.node, w.arm, w.stopped, w.waiting) for w in waiting] == [("moment", 2, 1, 0)]
    assert waiting[0].stopped_students == 1
    async with store.transaction() as tx:
        await tx.privacy.delete_person(kim)
    async with store.read() as view:
        assert _totals(await view.tally.totals("v1")) == alone
        assert await view.tally.waiting("v1", stopped_before=NOW + timedelta(days=1)) == []
        assert await view.tally.students("v1", "moment", 2, answered=False, at_most=5) == 1


async def _talk_in_steps(store: Store, student: int, session: int, *, start: datetime, thin: bool) -> None:
    """The conversation of `_talk`, a turn at a time, each turn's counts in one step (as the bot does)."""
    digest = "v2"

    async def turn(step: TallyStep) -> None:
        async with store.transaction() as tx:
            await tx.tally.step(step)

    await turn(TallyStep(student, session, digest, start, asked=("moment", 2)))
    if thin:
        await turn(TallyStep(student, session, digest, start, thin=1, words=1))
    later = start + timedelta(seconds=75)
    await turn(TallyStep(student, session, digest, later, words=12, answered=True, asked=("verbreden", 0)))
    await turn(TallyStep(student, session, digest, start, helps=1))
    end = later + timedelta(seconds=20)
    await turn(TallyStep(student, session, digest, end, answered=True, finished="einde", arms={"moment": 2}))


async def test_a_turn_counted_in_one_step_counts_as_its_parts(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    for student, thin in ((sam, True), (kim, False)):
        await _talk(store, student, await _session(store, student), start=NOW, thin=thin)
        await _talk_in_steps(store, student, await _session(store, student), start=NOW, thin=thin)
    later = NOW + timedelta(days=1)
    async with store.read() as view:
        parts, steps = await view.tally.totals("v1"), await view.tally.totals("v2")
        assert _totals(steps) == _totals(parts)
        assert _totals(steps)[("moment", 2, "words", 13)] == 1, "the note and the answer in one step"
        assert await view.tally.waiting("v2", stopped_before=later) == []
        assert await view.tally.students("v2", "moment", 2, answered=True, at_most=5) == 2
    again = await _session(store, kim)
    async with store.transaction() as tx:
        await tx.tally.step(TallyStep(kim, again, "v2", NOW, asked=("moment", 2)))
    async with store.read() as view:
        assert _totals(await view.tally.totals("v2"))[("moment", 2, "students", 0)] == 2, "kim again: one"
        assert [w.waiting for w in await view.tally.waiting("v2", stopped_before=NOW)] == [1]
    async with store.transaction() as tx:
        await tx.privacy.delete_person(kim)
        await tx.privacy.delete_person(sam)
    async with store.read() as view:
        assert await view.tally.totals("v2") == []


async def test_time_and_words_are_counted_in_the_same_buckets_everywhere(store: Store) -> None:
    sam = await _person(store, "sam")
    cases = [(-5, 0), (0, 1), (59, 7), (61, 199), (299, 200), (301, 5000), (3599, None), (3600, 3), (9000, 0)]
    for seconds, words in cases:
        session = await _session(store, sam)
        async with store.transaction() as tx:
            await tx.tally.step(TallyStep(sam, session, "b", NOW, asked=("vraag", 0)))
        later = NOW + timedelta(seconds=seconds, milliseconds=400)
        async with store.transaction() as tx:
            await tx.tally.step(TallyStep(sam, session, "b", later, words=words, answered=True))
    async with store.read() as view:
        totals = _totals(await view.tally.totals("b"))
    expected_seconds = Counter(seconds_bucket(s + 0.4) for s, _ in cases)
    expected_words = Counter(words_bucket(w) for _, w in cases if w is not None)
    assert {v: n for (_, _, m, v), n in totals.items() if m == "seconds"} == expected_seconds
    assert {v: n for (_, _, m, v), n in totals.items() if m == "words"} == expected_words


async def test_many_turns_counting_at_once_all_succeed(store: Store) -> None:
    """Turns of different students add to the same totals at once (on PostgreSQL each in its own
    transaction, taking row locks): they wait for each other, none is ended as a deadlock."""
    rng = random.Random(7)

    async def student(name: str) -> None:
        person = await _person(store, name)
        session = await _session(store, person)
        for _ in range(20):
            later = NOW + timedelta(seconds=rng.choice([1, 2, 3, 61, 62]))
            step = TallyStep(
                person,
                session,
                "c",
                later,
                words=rng.choice([1, 2, 3]),
                answered=True,
                asked=(rng.choice("abcd"), 0),
            )
            async with store.transaction() as tx:
                await tx.tally.step(step)

    await asyncio.gather(*(student(f"s{n}") for n in range(12)))
    async with store.read() as view:
        totals = _totals(await view.tally.totals("c"))
    assert sum(n for (_, _, measure, _), n in totals.items() if measure == "reached") == 12 * 20


async def test_counts_of_a_turn_that_failed_are_not_kept(store: Store) -> None:
    sam = await _person(store, "sam")
    session = await _session(store, sam)
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.tally.asked(sam, session, script_hash="v1", node="moment", arm=0, now=NOW)
            await tx.tally.answered(session, now=NOW)
            raise RuntimeError("the turn failed")
    async with store.read() as view:
        assert await view.tally.totals("v1") == []
        assert await view.tally.waiting("v1", stopped_before=NOW) == []


async def test_totals_are_the_same_before_and_after_a_fold_and_count_on_after_it(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    await _talk(store, sam, await _session(store, sam), start=NOW, thin=True)
    async with store.read() as view:
        before = _totals(await view.tally.totals("v1"))
    async with store.transaction() as tx:
        await tx.tally.compact()
        await tx.tally.compact()
    async with store.read() as view:
        assert _totals(await view.tally.totals("v1")) == before
    await _talk(store, kim, await _session(store, kim), start=NOW, thin=False)
    async with store.transaction() as tx:
        await tx.tally.compact()
    async with store.read() as view:
        both = _totals(await view.tally.totals("v1"))
    assert both[("moment", 2, "reached", 0)] == 2 and both[("moment", 2, "thin", 0)] == 1
    async with store.transaction() as tx:
        await tx.privacy.delete_person(kim)
    async with store.read() as view:
        assert _totals(await view.tally.totals("v1")) == before, "kim's part taken off a folded total"
