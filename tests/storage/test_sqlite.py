"""What only the SQLite backend promises: durability, migrations, pragmas."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from asyncio import timeout as asyncio_timeout
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import MigrationError, SqliteStore, Student, StudentKey
from storage._migrations import MIGRATIONS

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def test_data_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "db.sqlite3"
    store = SqliteStore(path)
    await store.open()
    async with store.transaction() as tx:
        student = await tx.students.upsert(
            StudentKey("console", "sam"), display_name="Sam", language="nl", now=NOW
        )
        await tx.sessions.create(
            student.id, script_id="x", script_hash="h", state={"a": "é"}, experience_id=None, now=NOW
        )
    await store.close()
    await store.close()  # closing twice is harmless

    reopened = SqliteStore(path)
    await reopened.open()
    async with reopened.transaction() as tx:
        found = await tx.students.find(StudentKey("console", "sam"))
        assert found is not None
        session = await tx.sessions.current(found.id)
    await reopened.close()
    assert session is not None and session.state == {"a": "é"}


async def test_schema_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    assert await store.schema_version() == MIGRATIONS[-1][0]
    await store.close()
    with sqlite3.connect(tmp_path / "db.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "students",
        "sessions",
        "experiences",
        "entries",
        "next_steps",
        "contacts",
        "script_versions",
    } <= tables


async def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    with pytest.raises(sqlite3.IntegrityError):
        async with store.transaction() as tx:
            await tx.dossier.create_experience(student_id=424242, now=NOW)
    await store.close()


async def test_a_database_from_newer_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {MIGRATIONS[-1][0] + 1}")
    store = SqliteStore(path)
    with pytest.raises(MigrationError, match="schema"):
        await store.open()


async def test_reads_do_not_wait_for_a_writer(tmp_path: Path) -> None:
    import asyncio

    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    async with store.transaction() as tx:
        await tx.students.upsert(StudentKey("console", "sam"), display_name="Sam", language="nl", now=NOW)
    writing = asyncio.Event()
    release = asyncio.Event()

    async def slow_writer() -> None:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", "noor"), display_name="", language="nl", now=NOW)
            writing.set()
            await release.wait()

    task = asyncio.create_task(slow_writer())
    await writing.wait()
    async with asyncio.timeout(2), store.read() as view:
        assert await view.students.find(StudentKey("console", "sam")) is not None
        assert await view.students.find(StudentKey("console", "noor")) is None, (
            "uncommitted work is invisible"
        )
    release.set()
    await task
    async with store.read() as view:
        assert await view.students.find(StudentKey("console", "noor")) is not None
    await store.close()


async def test_group_commit_isolates_a_failing_unit(tmp_path: Path) -> None:
    import asyncio

    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()

    async def unit(name: str, fail: bool) -> None:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", name), display_name="", language="nl", now=NOW)
            await asyncio.sleep(0)
            if fail:
                raise RuntimeError(name)

    outcomes = await asyncio.gather(
        *(unit(f"s{i}", fail=i % 3 == 1) for i in range(30)), return_exceptions=True
    )
    failed = {str(o) for o in outcomes if isinstance(o, RuntimeError)}
    assert failed == {f"s{i}" for i in range(30) if i % 3 == 1}
    async with store.read() as view:
        for i in range(30):
            found = await view.students.find(StudentKey("console", f"s{i}"))
            assert (found is None) == (i % 3 == 1), i
    await store.close()


async def test_a_unit_busy_with_its_own_work_does_not_hold_up_other_writers(tmp_path: Path) -> None:
    import asyncio

    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    async with store.transaction() as tx:
        sam = await tx.students.upsert(StudentKey("console", "sam"), display_name="", language="nl", now=NOW)
    busy = asyncio.Event()
    done = asyncio.Event()

    async def slow_turn() -> None:
        async with store.transaction() as tx:
            await tx.students.save(sam.model_copy(update={"display_name": "Sam"}))
            busy.set()
            await done.wait()

    task = asyncio.create_task(slow_turn())
    try:
        await busy.wait()
        async with asyncio.timeout(2), store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", "noor"), display_name="", language="nl", now=NOW)
        async with store.read() as view:
            assert await view.students.find(StudentKey("console", "noor")) is not None
            assert (await view.students.get(sam.id)).display_name == ""  # type: ignore[union-attr]
    finally:
        done.set()
        await task
    async with store.read() as view:
        assert (await view.students.get(sam.id)).display_name == "Sam"  # type: ignore[union-attr]
    await store.close()


async def test_a_unit_failing_at_its_end_undoes_only_itself(tmp_path: Path) -> None:
    import asyncio

    from storage import ConflictError

    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    async with store.transaction() as tx:
        sam = await tx.students.upsert(StudentKey("console", "sam"), display_name="", language="nl", now=NOW)
        session = await tx.sessions.create(
            sam.id, script_id="x", script_hash="h", state={"n": 0}, experience_id=None, now=NOW
        )
    async with store.transaction() as tx:
        await tx.sessions.save(session.model_copy(update={"state": {"n": 1}}))

    async def stale() -> None:
        async with store.transaction() as tx:
            await tx.students.save(sam.model_copy(update={"display_name": "lost"}))
            await tx.sessions.save(session.model_copy(update={"state": {"n": 2}}))  # version 0: stale

    async def other(name: str) -> None:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", name), display_name="", language="nl", now=NOW)

    outcomes = await asyncio.gather(other("a"), stale(), other("b"), return_exceptions=True)
    assert [type(o) for o in outcomes] == [type(None), ConflictError, type(None)]
    async with store.read() as view:
        assert all([await view.students.find(StudentKey("console", n)) for n in ("a", "b")])
        assert (await view.students.get(sam.id)).display_name == ""  # type: ignore[union-attr]
        assert (await view.sessions.current(sam.id)).state == {"n": 1}  # type: ignore[union-attr]
    await store.close()


async def test_a_writer_cancelled_while_waiting_does_not_leave_the_others_waiting(tmp_path: Path) -> None:
    import asyncio

    # No commit for age: the group commits only when nobody else is waiting to write.
    store = SqliteStore(tmp_path / "db.sqlite3", max_batch_age=60)
    await store.open()
    holding = asyncio.Event()
    finish = asyncio.Event()

    async def first() -> None:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", "a"), display_name="", language="nl", now=NOW)
            holding.set()
            await finish.wait()

    async def waiting() -> None:
        async with store.transaction() as tx:
            await tx.students.find(StudentKey("console", "a"))

    holder = asyncio.create_task(first())
    await holding.wait()
    waiter = asyncio.create_task(waiting())
    await asyncio.sleep(0.01)  # the waiter now queues for the writer held by `first`
    finish.set()
    await asyncio.sleep(0)  # `first` ends while the waiter still counts: it leaves the COMMIT to it
    waiter.cancel()
    async with asyncio.timeout(2):
        await holder
    async with store.read() as view:
        assert await view.students.find(StudentKey("console", "a")) is not None
    await store.close()


async def test_two_queries_of_one_unit_at_once_wait_for_the_writer_together(tmp_path: Path) -> None:
    import asyncio

    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    holding, finish = asyncio.Event(), asyncio.Event()

    async def holder() -> None:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", "a"), display_name="", language="nl", now=NOW)
            holding.set()
            await finish.wait()

    task = asyncio.create_task(holder())
    await holding.wait()

    async def both() -> list[object]:
        async with store.transaction() as tx:
            return list(
                await asyncio.gather(
                    tx.students.find(StudentKey("console", "a")), tx.students.find(StudentKey("console", "b"))
                )
            )

    second = asyncio.create_task(both())
    await asyncio.sleep(0.01)
    finish.set()
    async with asyncio.timeout(2):
        found = await second
        await task
    assert found[0] is not None and found[1] is None
    await store.close()


async def test_a_transaction_cannot_be_used_after_its_block(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    async with store.transaction() as tx:
        student = await tx.students.upsert(
            StudentKey("console", "a"), display_name="", language="nl", now=NOW
        )
    with pytest.raises(RuntimeError):
        await tx.students.find(StudentKey("console", "a"))
    with pytest.raises(RuntimeError):
        await tx.students.save(student.model_copy(update={"language": "en"}))
    async with asyncio_timeout(2), store.transaction() as again:
        assert await again.students.get(student.id) == student, "the writer is still free"
    await store.close()


async def test_nobody_is_told_their_work_is_durable_when_the_database_dropped_it(tmp_path: Path) -> None:
    import asyncio

    from storage import TransactionLostError
    from storage._sqlite_statements import Write, in_worker

    store = SqliteStore(tmp_path / "db.sqlite3", max_batch_age=60)
    await store.open()
    first_done, second_in = asyncio.Event(), asyncio.Event()

    async def first() -> None:
        async with store.transaction() as tx:
            await tx.students.upsert(StudentKey("console", "a"), display_name="", language="nl", now=NOW)
            # The second unit now waits for the writer: this one leaves the COMMIT to it.
            await second_in.wait()
        first_done.set()

    async def second() -> None:
        async with store.transaction() as tx:
            waiting = asyncio.create_task(tx.students.find(StudentKey("console", "a")))
            await asyncio.sleep(0)
            second_in.set()
            await waiting
            # What an I/O error inside SQLite does: the whole database transaction is rolled back.
            assert store._conn is not None
            await in_worker(store._conn, [], Write("ROLLBACK", ()))

    outcomes = await asyncio.gather(first(), second(), return_exceptions=True)
    assert isinstance(outcomes[0], TransactionLostError)
    assert not first_done.is_set()
    async with store.read() as view:
        assert await view.students.find(StudentKey("console", "a")) is None
    await store.close()


class _FailingCopier:
    """Stands in for the checkpoint connection: fails `failures` times (a full disk), then works."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.recovered = asyncio.Event()

    async def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls > self.failures + 3:
            self.recovered.set()
        if self.calls <= self.failures:
            raise sqlite3.OperationalError("disk I/O error")


async def test_a_checkpoint_that_keeps_failing_is_logged_once_and_its_recovery_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3", checkpoint_every=0.001)
    await store.open()
    real, failing = store._copier, _FailingCopier(failures=30)
    store._copier = failing  # type: ignore[assignment]
    try:
        with caplog.at_level(logging.INFO, logger="loopbaanbot.storage"):
            async with asyncio_timeout(10):
                await failing.recovered.wait()
    finally:
        store._copier = real
        await store.close()
    lines = [r for r in caplog.records if "checkpoint" in r.getMessage()]
    assert [r.levelno for r in lines] == [logging.WARNING, logging.INFO]
    assert "OperationalError" in lines[0].getMessage() and lines[0].exc_info is None, "no traceback"
    assert "after 30 failed tries" in lines[1].getMessage()


async def test_units_that_end_while_a_commit_runs_share_the_next_commit(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    conn = store._conn
    assert conn is not None and conn._connection is not None
    async with store.transaction() as tx:
        students = [
            await tx.students.upsert(StudentKey("console", f"s{n}"), display_name="", language="nl", now=NOW)
            for n in range(40)
        ]
    statements: list[str] = []
    # On the connection's own thread (sqlite3 refuses a connection used from another one).
    await conn._execute(conn._connection.set_trace_callback, statements.append)  # type: ignore[no-untyped-call]

    async def rename(student: Student) -> None:
        # Writes only: the unit takes the writer as it ends, when nobody else is waiting for it.
        async with store.transaction() as tx:
            await tx.students.save(student.model_copy(update={"display_name": "renamed"}))

    try:
        await asyncio.gather(*(rename(student) for student in students))
        commits = sum(1 for s in statements if s == "COMMIT")
        # Every unit is durable when it returns, and fewer COMMITs than units were needed for that.
        async with store.read() as view:
            assert all([(await view.students.get(s.id)).display_name == "renamed" for s in students])  # type: ignore[union-attr]
        assert 1 <= commits < 20, commits
    finally:
        await store.close()


async def test_new_rows_get_ids_from_the_store_and_a_clash_with_another_program_is_redone(
    tmp_path: Path,
) -> None:
    from storage import ConflictError

    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    try:
        async with store.transaction() as tx:
            student = await tx.students.upsert(
                StudentKey("console", "a"), display_name="", language="nl", now=NOW
            )
            first = (await tx.dossier.create_experience(student.id, now=NOW)).id
            second = (await tx.dossier.create_experience(student.id, now=NOW)).id
        assert second == first + 1
        # Another program adds the row the store would number next.
        with sqlite3.connect(tmp_path / "db.sqlite3") as other:
            other.execute(
                "INSERT INTO experiences (id, student_id, created_at) VALUES (?, ?, ?)",
                (second + 1, student.id, NOW.isoformat()),
            )
        with pytest.raises(ConflictError):
            async with store.transaction() as tx:
                await tx.dossier.create_experience(student.id, now=NOW)
        async with store.transaction() as tx:
            third = (await tx.dossier.create_experience(student.id, now=NOW)).id
        assert third == second + 2
        async with store.read() as view:
            assert len(await view.dossier.experiences(student.id)) == 4  # with the other program's
    finally:
        await store.close()


def test_only_the_store_numbers_new_rows_of_the_tables_it_numbers() -> None:
    # Ids hands out ids for these tables; an INSERT written elsewhere would let SQLite pick one that
    # the store is about to use.
    import re

    from storage._sqlite_ids import FRESH_TABLES

    package = Path(__file__).resolve().parents[2] / "storage"
    sources = "\n".join(p.read_text() for p in package.glob("_sqlite*.py"))
    assert "_insert" in sources
    for table in FRESH_TABLES:
        assert not re.search(rf"INSERT INTO {table}\b", sources), table


async def test_closing_commits_the_units_that_ended_behind_a_running_commit(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "db.sqlite3")
    await store.open()
    async with store.transaction() as tx:
        students = [
            await tx.students.upsert(StudentKey("console", f"s{n}"), display_name="", language="nl", now=NOW)
            for n in range(40)
        ]

    async def rename(student: Student) -> None:
        async with store.transaction() as tx:
            await tx.students.save(student.model_copy(update={"display_name": "renamed"}))

    renames = [asyncio.create_task(rename(student)) for student in students]

    def ended_behind_a_commit() -> bool:
        batch = store._batch
        return store._in_flight is not None and batch is not None and batch.size > 0

    for _ in range(10_000):  # until units have ended with their group waiting behind a running COMMIT
        if ended_behind_a_commit() and not store._lock.locked():
            break
        await asyncio.sleep(0)
    assert ended_behind_a_commit()
    await store.close()
    outcomes = await asyncio.gather(*renames, return_exceptions=True)
    assert outcomes == [None] * 40
    again = SqliteStore(tmp_path / "db.sqlite3")
    await again.open()
    try:
        async with again.read() as view:
            names = [(await view.students.get(s.id)).display_name for s in students]  # type: ignore[union-attr]
        assert names == ["renamed"] * 40
    finally:
        await again.close()
