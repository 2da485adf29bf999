"""The school part of the storage contract: mentors, links, what a mentor may see, privacy; every backend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from storage import NotFoundError, NudgeKind, NudgeStatus, Role, StepStatus, Store, StudentKey
from tests.storage.rows import assert_nothing_refers_to, invite_names

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
SECRET = "GEHEIM"


async def _person(store: Store, name: str) -> int:
    async with store.transaction() as tx:
        person = await tx.students.upsert(
            StudentKey("test", name), display_name=name.title(), language="nl", now=NOW
        )
        return person.id


async def _mentor(store: Store, name: str = "de vries", code: str = "KLAS1") -> int:
    person = await _person(store, name)
    async with store.transaction() as tx:
        await tx.school.create_invite(
            code=f"INV-{code}", name=f"Meneer {name}", created_by=None, now=NOW, expires_at=None
        )
        mentor = await tx.school.redeem_invite(f"INV-{code}", person, class_code=code, now=NOW)
    assert mentor is not None
    return person


async def _student_with_dossier(store: Store, name: str) -> int:
    """A student with an experience full of private words, a step, a contact and a flagged follow-up."""
    student = await _person(store, name)
    async with store.transaction() as tx:
        experience = await tx.dossier.create_experience(student, now=NOW)
        await tx.dossier.update_experience(
            experience.id, kind="stage", place="Bakkerij", happens_on=date(2026, 11, 20)
        )
        entry = await tx.dossier.entry(experience.id)
        await tx.dossier.save_entry(
            entry.model_copy(
                update={
                    "gedaan": f"{SECRET}-verhaal van {name}",
                    "verbreden": f"{SECRET}-verbreden",
                    "verdiepen": f"{SECRET}-verdiepen",
                    "kernwoord": "creatief",
                }
            )
        )
        answers = (
            ("klein_verhaal", f"{SECRET}-verhaal van {name}", False),
            ("verbreden", "niks", True),
            ("verdiepen", "weet ik niet", True),
        )
        for question, answer, empty in answers:
            field = "gedaan" if question == "klein_verhaal" else question
            await tx.dossier.add_answer(
                experience.id, field=field, question=question, answer=answer, empty=empty, now=NOW
            )
        step = await tx.dossier.create_step(student, experience_id=experience.id, now=NOW)
        await tx.dossier.update_step(step.id, what="de bakker bellen", due=date(2026, 11, 27))
        contact = await tx.dossier.create_contact(student, name=f"{SECRET}-Els", role="tante", now=NOW)
        await tx.dossier.add_contact_moment(contact.id, happened_on=None, note=f"{SECRET}-notitie", now=NOW)
        nudge = await tx.nudges.plan(student, NudgeKind.CONTACT, contact.id, due_at=NOW, now=NOW)
        await tx.nudges.save(nudge.model_copy(update={"status": NudgeStatus.FLAGGED}))
        await tx.sessions.create(
            student,
            script_id="reflecteren",
            script_hash="h",
            state={"answers": {"klein_verhaal": f"{SECRET}-antwoord"}},
            experience_id=experience.id,
            now=NOW,
        )
        await tx.school.record_safety(student, "bullying", now=NOW)
    return student


async def test_a_local_student_without_a_name_is_known_by_their_chat_name(store: Store) -> None:
    mentor = await _mentor(store)
    async with store.transaction() as tx:
        local = await tx.students.upsert(
            StudentKey("console", "noor"), display_name="", language="nl", now=NOW
        )
        await tx.school.link(local.id, mentor, share_answers=False, now=NOW)
    async with store.read() as view:
        [shared] = await view.school.shared_students(mentor)
    assert shared.name == "noor"


async def test_an_invite_makes_a_mentor_once(store: Store) -> None:
    person = await _person(store, "jansen")
    other = await _person(store, "pietersen")
    async with store.transaction() as tx:
        await tx.school.create_invite(
            code="ABC123", name="Mevrouw Jansen", created_by=None, now=NOW, expires_at=None
        )
        mentor = await tx.school.redeem_invite("ABC123", person, class_code="K7X2", now=NOW)
        assert await tx.school.redeem_invite("ABC123", other, class_code="K9Y9", now=NOW) is None
        assert await tx.school.redeem_invite("NOPE", other, class_code="K9Y9", now=NOW) is None
    assert mentor is not None and (mentor.name, mentor.class_code) == ("Mevrouw Jansen", "K7X2")
    async with store.read() as view:
        assert (await view.school.mentor_by_class_code("K7X2")).person_id == person  # type: ignore[union-attr]
        assert [p.id for p in await view.school.with_role(Role.MENTOR)] == [person]
        assert (await view.students.get(other)).role is Role.STUDENT  # type: ignore[union-attr]


async def test_a_mentor_sees_linked_students_only_and_only_what_they_share(store: Store) -> None:
    mentor, other_mentor = await _mentor(store), await _mentor(store, "bakker", "KLAS2")
    sam = await _student_with_dossier(store, "sam")
    kim = await _student_with_dossier(store, "kim")
    lot = await _student_with_dossier(store, "lot")
    async with store.transaction() as tx:
        await tx.school.link(sam, mentor, share_answers=False, now=NOW)
        await tx.school.link(kim, mentor, share_answers=True, now=NOW)
        await tx.school.link(lot, other_mentor, share_answers=True, now=NOW)
    async with store.read() as view:
        shared = await view.school.shared_students(mentor)
    assert [s.student_id for s in shared] == [sam, kim]
    basic, full = shared
    text = basic.model_dump_json()
    assert SECRET not in text, "the basics never carry the student's own words or a contact's name"
    assert [e.kernwoord for e in basic.experiences] == ["creatief"]
    assert [(e.kind, e.place) for e in basic.experiences] == [("stage", "Bakkerij")]
    assert [(s.what, s.status) for s in basic.steps] == [("de bakker bellen", StepStatus.OPEN)]
    assert [c.role for c in basic.contacts] == ["tante"]
    assert [(f.kind, f.about) for f in basic.flags] == [(NudgeKind.CONTACT, "tante")]
    # How many answers were non-answers is a count a mentor may see; the words stay the student's.
    assert [(e.answered, e.empty_answers) for e in basic.experiences] == [(3, 2)]
    assert "niks" not in text
    assert full.experiences[0].answers["gedaan"] == f"{SECRET}-verhaal van kim"
    assert "Els" not in full.model_dump_json(), "a contact's name is never shared, even with answers"


async def test_relinking_replaces_and_unlinking_removes(store: Store) -> None:
    first, second = await _mentor(store), await _mentor(store, "bakker", "KLAS2")
    sam = await _person(store, "sam")
    async with store.transaction() as tx:
        await tx.school.link(sam, first, share_answers=True, now=NOW)
        await tx.school.link(sam, second, share_answers=False, now=NOW)
    async with store.read() as view:
        link = await view.school.link_of(sam)
        assert link is not None and (link.mentor_id, link.share_answers) == (second, False)
        assert await view.school.shared_students(first) == []
    async with store.transaction() as tx:
        assert await tx.school.unlink(sam)
        assert not await tx.school.unlink(sam)
    async with store.read() as view:
        assert await view.school.link_of(sam) is None
        assert await view.school.shared_students(second) == []


async def test_the_preview_is_what_the_mentor_would_see(store: Store) -> None:
    sam = await _student_with_dossier(store, "sam")
    async with store.read() as view:
        basic = await view.school.shared_view(sam, share_answers=False)
        full = await view.school.shared_view(sam, share_answers=True)
        assert await view.school.shared_view(999, share_answers=False) is None
    assert basic is not None and full is not None
    assert SECRET not in basic.model_dump_json()
    assert full.experiences[0].answers["verbreden"] == f"{SECRET}-verbreden"


async def test_counts_are_numbers_only(store: Store) -> None:
    await _mentor(store)
    sam = await _student_with_dossier(store, "sam")
    async with store.transaction() as tx:
        experience = (await tx.dossier.dossier(sam)).experiences[0].experience
        await tx.dossier.update_experience(experience.id, reflected_at=NOW)
        [step] = await tx.dossier.steps(sam)
        await tx.dossier.save_step(step.model_copy(update={"status": StepStatus.DONE, "updated_at": NOW}))
    async with store.read() as view:
        counts = await view.school.counts(since=NOW - timedelta(days=7))
        later = await view.school.counts(since=NOW + timedelta(days=1))
    assert (counts.students, counts.active, counts.reflections, counts.steps_done) == (1, 1, 1, 1)
    assert (counts.mentors, counts.linked, counts.safety) == (1, 0, {"bullying": 1})
    assert (later.active, later.reflections, later.safety) == (0, 0, {})


async def test_an_export_holds_everything_about_the_student(store: Store) -> None:
    mentor = await _mentor(store)
    sam = await _student_with_dossier(store, "sam")
    async with store.transaction() as tx:
        await tx.school.link(sam, mentor, share_answers=False, now=NOW)
    async with store.read() as view:
        export = await view.privacy.export(sam)
    assert export.student["display_name"] == "Sam"
    assert export.experiences[0]["entry"]["gedaan"] == f"{SECRET}-verhaal van sam"
    assert [(a["question"], a["answer"]) for a in export.experiences[0]["answers"]] == [
        ("klein_verhaal", f"{SECRET}-verhaal van sam"),
        ("verbreden", "niks"),
        ("verdiepen", "weet ik niet"),
    ]
    assert export.steps[0]["what"] == "de bakker bellen"
    assert export.contacts[0]["moments"][0]["note"] == f"{SECRET}-notitie"
    assert export.conversations[0]["answers"] == {"klein_verhaal": f"{SECRET}-antwoord"}
    assert export.follow_ups[0]["status"] == "flagged"
    assert export.link is not None and export.link["mentor_name"] == "Meneer de vries"
    assert [e["kind"] for e in export.safety_events] == ["bullying"]


async def test_deleting_a_student_leaves_no_row_that_refers_to_them(store: Store) -> None:
    mentor = await _mentor(store)
    sam = await _student_with_dossier(store, "sam")
    kim = await _student_with_dossier(store, "kim")
    async with store.transaction() as tx:
        await tx.school.link(sam, mentor, share_answers=True, now=NOW)
        await tx.school.link(kim, mentor, share_answers=True, now=NOW)
        await tx.privacy.delete_person(sam)
    async with store.read() as view:
        assert await view.students.get(sam) is None
        assert await view.students.find(StudentKey("test", "sam")) is None
        with pytest.raises(NotFoundError):
            await view.privacy.export(sam)
        assert [s.student_id for s in await view.school.shared_students(mentor)] == [kim]
        counts = await view.school.counts(since=NOW - timedelta(days=1))
    assert counts.safety == {"bullying": 2}, "safety events stay as anonymous counts"
    await assert_nothing_refers_to(store, sam)


async def test_deleting_a_mentor_unlinks_their_students(store: Store) -> None:
    mentor = await _mentor(store)
    sam = await _student_with_dossier(store, "sam")
    async with store.transaction() as tx:
        await tx.school.link(sam, mentor, share_answers=False, now=NOW)
        await tx.privacy.delete_person(mentor)
    async with store.read() as view:
        assert await view.school.link_of(sam) is None
        assert await view.school.mentors() == []
    await assert_nothing_refers_to(store, mentor)
    assert "Meneer de vries" not in await invite_names(store), "the mentor's name went with them"


async def test_a_failed_deletion_keeps_everything(store: Store) -> None:
    sam = await _student_with_dossier(store, "sam")
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.privacy.delete_person(sam)
            raise RuntimeError("the power went out")
    async with store.read() as view:
        export = await view.privacy.export(sam)
    assert export.experiences and export.steps and export.contacts and export.conversations


async def test_retention_finds_the_inactive_and_closes_stale_conversations(store: Store) -> None:
    old, recent = await _student_with_dossier(store, "old"), await _person(store, "recent")
    async with store.transaction() as tx:
        person = await tx.students.get(old)
        assert person is not None
        await tx.students.save(person.model_copy(update={"last_seen_at": NOW - timedelta(days=400)}))
    async with store.read() as view:
        inactive = await view.privacy.inactive(before=NOW - timedelta(days=365), limit=10)
    assert [p.id for p in inactive] == [old]
    assert recent not in [p.id for p in inactive]
    async with store.transaction() as tx:
        assert await tx.privacy.close_stale_sessions(before=NOW + timedelta(days=1), now=NOW) == 1
        assert await tx.privacy.close_stale_sessions(before=NOW + timedelta(days=1), now=NOW) == 0
        assert await tx.sessions.current(old) is None


async def test_a_student_who_becomes_staff_shares_nothing_as_a_student_any_more(store: Store) -> None:
    mentor = await _mentor(store)
    sam = await _person(store, "sam")
    async with store.transaction() as tx:
        await tx.school.link(sam, mentor, share_answers=True, now=NOW)
        await tx.school.create_invite(
            code="INV-SAM", name="Meneer Sam", created_by=None, now=NOW, expires_at=None
        )
        assert await tx.school.redeem_invite("INV-SAM", sam, class_code="KLAS2", now=NOW) is not None
    async with store.read() as view:
        assert await view.school.link_of(sam) is None
        assert [s.student_id for s in await view.school.shared_students(mentor)] == []


async def test_retention_pages_through_students_only(store: Store) -> None:
    mentor = await _mentor(store)
    students = [await _person(store, f"leerling {n}") for n in range(5)]
    async with store.transaction() as tx:
        for person_id in [mentor, *students]:
            person = await tx.students.get(person_id)
            assert person is not None
            # Two pairs seen at the same moment: the page boundary must not skip or repeat one of them.
            seen = NOW - timedelta(days=500 - (person_id // 2))
            await tx.students.save(person.model_copy(update={"last_seen_at": seen}))
    found: list[int] = []
    after = None
    async with store.read() as view:
        while True:
            page = await view.privacy.inactive(before=NOW, limit=2, after=after)
            found.extend(p.id for p in page)
            if len(page) < 2:
                break
            after = (page[-1].last_seen_at, page[-1].id)
    assert sorted(found) == sorted(students), "every student once, the mentor never"
    assert len(found) == len(set(found))


async def test_a_weekly_summary_is_claimed_by_one_and_marked_once(store: Store) -> None:
    mentor = await _mentor(store)
    lease = NOW + timedelta(minutes=10)
    async with store.transaction() as tx:
        assert await tx.school.claim_summary(mentor, "2026-W48", owner="a", lease_until=lease, now=NOW)
        assert not await tx.school.claim_summary(mentor, "2026-W48", owner="b", lease_until=lease, now=NOW)
        assert not await tx.school.mark_summary(mentor, "2026-W48", owner="b"), "not b's claim"
    later = lease + timedelta(seconds=1)
    async with store.transaction() as tx:
        # a's lease ran out (a died, say): b takes over, and a may no longer hand it over.
        assert await tx.school.claim_summary(mentor, "2026-W48", owner="b", lease_until=later, now=later)
        assert not await tx.school.mark_summary(mentor, "2026-W48", owner="a")
        assert await tx.school.mark_summary(mentor, "2026-W48", owner="b")
        assert not await tx.school.mark_summary(mentor, "2026-W48"), "once a week"
        assert not await tx.school.claim_summary(mentor, "2026-W48", owner="c", lease_until=later, now=later)
        assert await tx.school.claim_summary(mentor, "2026-W49", owner="c", lease_until=later, now=later)
    async with store.read() as view:
        found = await view.school.mentor(mentor)
    assert found is not None and found.summary_week == "2026-W48"
    assert found.summary_claimed_by == "c"
