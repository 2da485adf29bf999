"""The storage contract: every backend must pass every test here."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, date, datetime

import pytest

from storage import ConflictError, NotFoundError, StepStatus, Store, StudentKey

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
SAM = StudentKey("telegram", "1001")


async def test_session_state_round_trips_exactly(store: Store) -> None:
    state = {
        "node": "klein_verhaal",
        "answers": {"waar": "Bakkerij 'De Zoete Inval' <b>&amp;</b> _*[", "emoji": "🙂👍🏽"},
        "nested": {"list": [1, 2.5, None, True], "empty": {}},
        "status": "active",
    }
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="Sam", language="nl", now=NOW)
        created = await tx.sessions.create(
            student.id, script_id="reflecteren", script_hash="abc", state=state, experience_id=None, now=NOW
        )
    async with store.transaction() as tx:
        current = await tx.sessions.current(student.id)
    assert current is not None
    assert current.id == created.id
    assert current.state == state
    assert current.status == "active"


async def test_a_new_session_closes_the_open_one(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        first = await tx.sessions.create(
            student.id, script_id="voorbereiden", script_hash="a", state={}, experience_id=None, now=NOW
        )
        second = await tx.sessions.create(
            student.id, script_id="reflecteren", script_hash="b", state={}, experience_id=None, now=NOW
        )
    async with store.transaction() as tx:
        current = await tx.sessions.current(student.id)
        assert current is not None and current.id == second.id
        await tx.sessions.save(current.model_copy(update={"status": "finished"}))
    async with store.transaction() as tx:
        assert await tx.sessions.current(student.id) is None
    assert first.id != second.id


async def test_sessions_of_students_are_separate(store: Store) -> None:
    async with store.transaction() as tx:
        sam = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        noor = await tx.students.upsert(
            StudentKey("telegram", "2002"), display_name="", language="nl", now=NOW
        )
        await tx.sessions.create(
            sam.id, script_id="x", script_hash="h", state={"who": "sam"}, experience_id=None, now=NOW
        )
    async with store.transaction() as tx:
        assert await tx.sessions.current(noor.id) is None
        sam_session = await tx.sessions.current(sam.id)
    assert sam_session is not None and sam_session.state == {"who": "sam"}


async def test_experience_entry_step_and_contact_round_trip(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="Sam", language="nl", now=NOW)
        experience = await tx.dossier.create_experience(student.id, now=NOW)
        await tx.dossier.save_experience(
            experience.model_copy(
                update={"kind": "stage", "place": "Bakkerij", "happens_on": date(2026, 11, 20)}
            )
        )
        entry = await tx.dossier.entry(experience.id)
        assert entry.gedaan == "" and entry.competencies == []
        await tx.dossier.save_entry(
            entry.model_copy(
                update={
                    "gedaan": "Brood gebakken",
                    "kernwoord": "precies",
                    "competencies": ["werkexploratie"],
                }
            )
        )
        contact = await tx.dossier.create_contact(student.id, name="Kees", role="oom", now=NOW)
        step = await tx.dossier.create_step(student.id, experience_id=experience.id, now=NOW)
        await tx.dossier.save_step(
            step.model_copy(
                update={"what": "Oom bellen", "due": date(2026, 11, 27), "helper_contact_id": contact.id}
            )
        )
    async with store.transaction() as tx:
        dossier = await tx.dossier.dossier(student.id)
    [item] = dossier.experiences
    assert (item.experience.kind, item.experience.place, item.experience.happens_on) == (
        "stage",
        "Bakkerij",
        date(2026, 11, 20),
    )
    assert (item.entry.gedaan, item.entry.kernwoord, item.entry.competencies) == (
        "Brood gebakken",
        "precies",
        ["werkexploratie"],
    )
    [saved_step] = dossier.steps
    assert (saved_step.what, saved_step.due, saved_step.status) == (
        "Oom bellen",
        date(2026, 11, 27),
        StepStatus.OPEN,
    )
    assert saved_step.helper_contact_id == contact.id
    assert [(c.name, c.role) for c in dossier.contacts] == [("Kees", "oom")]


async def test_steps_filter_by_status(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        for status in (StepStatus.OPEN, StepStatus.DONE, StepStatus.OPEN, StepStatus.DROPPED):
            step = await tx.dossier.create_step(student.id, experience_id=None, now=NOW)
            await tx.dossier.save_step(step.model_copy(update={"status": status, "what": status.value}))
    async with store.transaction() as tx:
        everything = await tx.dossier.steps(student.id)
        still_open = await tx.dossier.steps(student.id, (StepStatus.OPEN,))
    assert [s.what for s in everything] == ["open", "done", "open", "dropped"]
    assert [s.status for s in still_open] == [StepStatus.OPEN, StepStatus.OPEN]


async def test_experiences_lists_one_students_experiences_oldest_first(store: Store) -> None:
    async with store.transaction() as tx:
        sam = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        kim_key = StudentKey("telegram", "1002")
        kim = await tx.students.upsert(kim_key, display_name="", language="nl", now=NOW)
        first = await tx.dossier.create_experience(sam.id, now=NOW)
        await tx.dossier.create_experience(kim.id, now=NOW)
        second = await tx.dossier.create_experience(sam.id, now=NOW)
        await tx.dossier.update_experience(second.id, place="Garage")
    async with store.read() as view:
        listed = await view.dossier.experiences(sam.id)
        assert await view.dossier.experiences(kim.id + sam.id + 100) == []
    assert [(e.id, e.place) for e in listed] == [(first.id, None), (second.id, "Garage")]


async def test_an_exception_rolls_the_whole_transaction_back(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        session = await tx.sessions.create(
            student.id, script_id="x", script_hash="h", state={"n": 1}, experience_id=None, now=NOW
        )
    with pytest.raises(RuntimeError, match="crash"):
        async with store.transaction() as tx:
            await tx.sessions.save(session.model_copy(update={"state": {"n": 2}}))
            await tx.students.upsert(StudentKey("console", "new"), display_name="", language="nl", now=NOW)
            await tx.dossier.create_experience(student.id, now=NOW)
            raise RuntimeError("crash")
    async with store.transaction() as tx:
        current = await tx.sessions.current(student.id)
        assert current is not None and current.state == {"n": 1}
        assert await tx.students.find(StudentKey("console", "new")) is None
        assert (await tx.dossier.dossier(student.id)).experiences == []
    # Ids handed out in the rolled-back transaction may be reused; nothing may point at a missing row.
    async with store.transaction() as tx:
        again = await tx.students.upsert(
            StudentKey("console", "new"), display_name="", language="nl", now=NOW
        )
    assert again.id != student.id


async def test_saving_a_missing_record_raises(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        step = await tx.dossier.create_step(student.id, experience_id=None, now=NOW)
    with pytest.raises(NotFoundError):
        async with store.transaction() as tx:
            await tx.dossier.save_step(step.model_copy(update={"id": step.id + 100}))
    with pytest.raises(NotFoundError):
        async with store.transaction() as tx:
            await tx.dossier.entry(12345)


async def test_script_versions_are_kept_by_digest(store: Store) -> None:
    async with store.transaction() as tx:
        await tx.scripts.remember("d1", script_id="reflecteren", source="id: one", now=NOW)
        await tx.scripts.remember("d1", script_id="reflecteren", source="id: changed?", now=NOW)
    async with store.transaction() as tx:
        assert await tx.scripts.source("d1") == "id: one"
        assert await tx.scripts.source("missing") is None


async def test_units_with_the_same_lock_are_serialised(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="0", language="nl", now=NOW)

    async def increment() -> None:
        async with store.transaction(lock="telegram:1001") as tx:
            current = await tx.students.get(student.id)
            assert current is not None
            await asyncio.sleep(0)  # give another task the chance to interleave, if it could
            await tx.students.save(
                current.model_copy(update={"display_name": str(int(current.display_name) + 1)})
            )

    await asyncio.gather(*(increment() for _ in range(40)))
    async with store.transaction() as tx:
        final = await tx.students.get(student.id)
    assert final is not None and final.display_name == "40"


async def test_adding_to_an_entry_appends_replaces_and_collects_competencies(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        experience = await tx.dossier.create_experience(student.id, now=NOW)
        add = tx.dossier.add_to_entry
        await add(experience.id, field="gedaan", text="eerst", replace=False, competency="werkexploratie")
        await add(experience.id, field="gedaan", text="daarna", replace=False, competency="werkexploratie")
        await add(experience.id, field="kernwoord", text="zorg", replace=True, competency=None)
        await add(
            experience.id, field="kernwoord", text="zorgzaam", replace=True, competency="kwaliteitenreflectie"
        )
        await add(experience.id, field=None, text="", replace=False, competency="netwerken")
        await add(experience.id, field="verbreden", text="", replace=False, competency=None)
    async with store.transaction() as tx:
        entry = await tx.dossier.entry(experience.id)
    assert entry.gedaan == "eerst\ndaarna"
    assert entry.kernwoord == "zorgzaam"
    assert entry.verbreden == ""
    assert entry.competencies == ["werkexploratie", "kwaliteitenreflectie", "netwerken"]


async def test_answers_are_kept_per_question_in_order_and_shown_with_the_dossier(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        first = await tx.dossier.create_experience(student.id, now=NOW)
        second = await tx.dossier.create_experience(student.id, now=NOW)
        add = tx.dossier.add_answer
        await add(
            first.id, field="gedaan", question="klein_verhaal", answer="taart\nversierd", empty=False, now=NOW
        )
        await add(second.id, field="doel", question="doel", answer="vragen stellen", empty=False, now=NOW)
        await add(first.id, field="verbreden", question="verbreden", answer="niks", empty=True, now=NOW)
        with pytest.raises(ValueError, match="unknown entry field"):
            await add(first.id, field="naam", question="x", answer="y", empty=False, now=NOW)
    async with store.read() as view:
        dossier = await view.dossier.dossier(student.id)
    one, two = dossier.experiences
    assert [(a.field, a.question, a.answer, a.empty) for a in one.answers] == [
        ("gedaan", "klein_verhaal", "taart\nversierd", False),
        ("verbreden", "verbreden", "niks", True),
    ]
    assert [a.answer for a in two.answers] == ["vragen stellen"]
    assert one.answers[0].created_at == NOW


async def test_an_answer_for_a_missing_experience_fails(store: Store) -> None:
    with pytest.raises((NotFoundError, sqlite3.IntegrityError)):
        async with store.transaction() as tx:
            await tx.dossier.add_answer(
                99999, field="gedaan", question="klein_verhaal", answer="x", empty=False, now=NOW
            )


async def test_adding_to_an_entry_of_a_missing_experience_fails(store: Store) -> None:
    with pytest.raises((NotFoundError, sqlite3.IntegrityError)):
        async with store.transaction() as tx:
            await tx.dossier.add_to_entry(99999, field="gedaan", text="x", replace=False, competency=None)


async def test_read_sees_committed_data_and_refuses_writes(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="Sam", language="nl", now=NOW)
    async with store.read() as view:
        assert await view.students.find(SAM) == student
        assert (await view.dossier.dossier(student.id)).experiences == []
    with pytest.raises((RuntimeError, sqlite3.OperationalError)):
        async with store.read() as view:
            await view.dossier.create_experience(student.id, now=NOW)
    async with store.transaction() as tx:
        assert (await tx.dossier.dossier(student.id)).experiences == [], "the refused write left nothing"


async def test_saving_a_stale_session_is_a_conflict(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        created = await tx.sessions.create(
            student.id, script_id="x", script_hash="h", state={"n": 0}, experience_id=None, now=NOW
        )
    async with store.transaction() as tx:
        saved = await tx.sessions.save(created.model_copy(update={"state": {"n": 1}}))
    assert saved.version == created.version + 1
    with pytest.raises(ConflictError):
        async with store.transaction() as tx:
            await tx.sessions.save(created.model_copy(update={"state": {"n": 2}}))
    async with store.transaction() as tx:
        current = await tx.sessions.current(student.id)
        assert current is not None
        assert current.state == {"n": 1}
        assert current.version == saved.version
        again = await tx.sessions.save(saved.model_copy(update={"state": {"n": 3}}))
    assert again.version == saved.version + 1


async def test_partial_updates_change_only_the_named_fields(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        experience = await tx.dossier.create_experience(student.id, now=NOW)
        step = await tx.dossier.create_step(student.id, experience_id=experience.id, now=NOW)
        contact = await tx.dossier.create_contact(student.id, name="Kees", role="oom", now=NOW)
        await tx.dossier.update_experience(experience.id, kind="stage", place="Garage")
        await tx.dossier.update_experience(experience.id, happens_on=date(2026, 11, 20))
        await tx.dossier.update_step(step.id, what="bellen", due=date(2026, 11, 27))
        await tx.dossier.update_contact(contact.id, reach="appen")
    async with store.read() as view:
        dossier = await view.dossier.dossier(student.id)
    [item] = dossier.experiences
    assert (item.experience.kind, item.experience.place, item.experience.happens_on) == (
        "stage",
        "Garage",
        date(2026, 11, 20),
    )
    assert (dossier.steps[0].what, dossier.steps[0].due, dossier.steps[0].status) == (
        "bellen",
        date(2026, 11, 27),
        StepStatus.OPEN,
    )
    assert (dossier.contacts[0].name, dossier.contacts[0].reach) == ("Kees", "appen")


async def test_a_read_only_view_refuses_a_change_at_once(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="Sam", language="nl", now=NOW)
    with pytest.raises(RuntimeError):
        async with store.read() as view:
            await view.students.save(student.model_copy(update={"language": "en"}))
    async with store.read() as view:
        assert (await view.students.get(student.id)) == student


async def test_partial_updates_refuse_unknown_fields_wrong_types_and_missing_rows(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        step = await tx.dossier.create_step(student.id, experience_id=None, now=NOW)
    for bad in ({"id": 5}, {"colour": "blue"}, {"due": "not a date"}, {"status": "maybe"}):
        with pytest.raises(ValueError):
            async with store.transaction() as tx:
                await tx.dossier.update_step(step.id, **bad)
    with pytest.raises(NotFoundError):
        async with store.transaction() as tx:
            await tx.dossier.update_step(step.id + 50, what="x")


async def test_a_follow_up_lane_sits_on_top_of_the_main_conversation(store: Store) -> None:
    async with store.transaction() as tx:
        student = await tx.students.upsert(SAM, display_name="", language="nl", now=NOW)
        main = await tx.sessions.create(
            student.id, script_id="r", script_hash="h", state={}, experience_id=None, now=NOW
        )
        follow = await tx.sessions.create(
            student.id,
            script_id="f",
            script_hash="h",
            state={},
            experience_id=None,
            now=NOW,
            lane="follow_up",
        )
    async with store.transaction() as tx:
        current = await tx.sessions.current(student.id)
        assert current is not None and current.id == follow.id, "the follow-up is on top"
        await tx.sessions.save(current.model_copy(update={"status": "finished"}))
    async with store.transaction() as tx:
        current = await tx.sessions.current(student.id)
        assert current is not None and (current.id, current.lane) == (main.id, "main"), (
            "the reflection is back"
        )
        again = await tx.sessions.create(
            student.id,
            script_id="f",
            script_hash="h",
            state={},
            experience_id=None,
            now=NOW,
            lane="follow_up",
        )
        newer = await tx.sessions.create(
            student.id,
            script_id="f",
            script_hash="h",
            state={},
            experience_id=None,
            now=NOW,
            lane="follow_up",
        )
    async with store.read() as view:
        assert (await view.sessions.current(student.id)).id == newer.id  # type: ignore[union-attr]
    assert again.id != newer.id
