"""The web part of the storage contract: sign-in codes, logins and the web chat's lines, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import Role, SigninCode, Store, StudentKey, WebLogin

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def _person(store: Store, name: str) -> int:
    async with store.transaction() as tx:
        person = await tx.students.upsert(StudentKey("web", name), display_name=name, language="nl", now=NOW)
        return person.id


def _code(code_hash: str, **fields: object) -> SigninCode:
    values: dict[str, object] = {
        "code_hash": code_hash,
        "role": Role.STUDENT,
        "created_at": NOW,
        "expires_at": NOW + timedelta(days=14),
    }
    values.update(fields)
    return SigninCode.model_validate(values)


async def test_a_code_is_taken_once_and_only_before_it_expires(store: Store) -> None:
    juf = await _person(store, "juf")
    async with store.transaction() as tx:
        await tx.codes.create(_code("h1", name="Sam", class_code="KLAS", created_by=juf))
        await tx.codes.create(_code("h2", created_by=juf, expires_at=NOW + timedelta(hours=1)))
    async with store.transaction() as tx:
        taken = await tx.codes.take("h1", now=NOW)
        assert taken is not None and (taken.name, taken.class_code, taken.role) == (
            "Sam",
            "KLAS",
            Role.STUDENT,
        )
        assert await tx.codes.take("h1", now=NOW) is None, "once"
        assert await tx.codes.take("h2", now=NOW + timedelta(hours=2)) is None, "expired"
        assert await tx.codes.take("nope", now=NOW) is None
    async with store.read() as view:
        assert await view.codes.open_count(created_by=juf, now=NOW) == 1


async def test_a_taken_code_in_a_failed_transaction_stays_usable(store: Store) -> None:
    async with store.transaction() as tx:
        await tx.codes.create(_code("h1"))
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            assert await tx.codes.take("h1", now=NOW) is not None
            raise RuntimeError("the sign-in failed half way")
    async with store.transaction() as tx:
        assert await tx.codes.take("h1", now=NOW) is not None


async def test_revoking_ends_only_the_makers_open_codes(store: Store) -> None:
    juf, meester = await _person(store, "juf"), await _person(store, "meester")
    async with store.transaction() as tx:
        for n in range(3):
            await tx.codes.create(_code(f"juf{n}", created_by=juf))
        await tx.codes.create(_code("m1", created_by=meester))
    async with store.transaction() as tx:
        assert await tx.codes.take("juf0", now=NOW) is not None
        assert await tx.codes.revoke(created_by=juf, now=NOW) == 2
    async with store.transaction() as tx:
        assert await tx.codes.take("juf1", now=NOW) is None
        assert await tx.codes.take("m1", now=NOW) is not None


async def test_logins_are_found_touched_and_signed_out(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    async with store.transaction() as tx:
        for token, person in (("t1", sam), ("t2", sam), ("t3", kim)):
            login = WebLogin(
                token_hash=token,
                person_id=person,
                csrf="c",
                created_at=NOW,
                seen_at=NOW,
                expires_at=NOW + timedelta(hours=12),
            )
            await tx.logins.create(login)
    async with store.transaction() as tx:
        await tx.logins.touch("t1", seen_at=NOW + timedelta(minutes=5))
        await tx.logins.delete("t3")
    async with store.read() as view:
        found = await view.logins.get("t1")
        assert found is not None and found.seen_at == NOW + timedelta(minutes=5)
        assert await view.logins.get("t3") is None
        assert await view.logins.count_open(since=NOW + timedelta(minutes=1)) == 1
    async with store.transaction() as tx:
        assert await tx.logins.delete_for(sam) == 2
        assert await tx.logins.prune(before=NOW + timedelta(days=1)) == 0


async def test_the_chat_keeps_recent_lines_in_order_and_trims(store: Store) -> None:
    sam = await _person(store, "sam")
    async with store.transaction() as tx:
        for n in range(6):
            sender = "student" if n % 2 else "bot"
            await tx.transcript.add(sam, sender, {"text": f"regel {n}"}, now=NOW + timedelta(seconds=n))
    async with store.read() as view:
        recent = await view.transcript.recent(sam, limit=3)
        assert [line.body["text"] for line in recent] == ["regel 3", "regel 4", "regel 5"]
        later = await view.transcript.after(sam, recent[0].id)
        assert [line.body["text"] for line in later] == ["regel 4", "regel 5"]
    async with store.transaction() as tx:
        await tx.transcript.trim(sam, keep=2)
        assert await tx.transcript.prune(before=NOW + timedelta(seconds=5)) == 1
    async with store.read() as view:
        assert [line.body["text"] for line in await view.transcript.recent(sam, limit=10)] == ["regel 5"]


async def test_deleting_a_person_takes_their_logins_lines_and_the_code_with_their_name(store: Store) -> None:
    sam, juf = await _person(store, "sam"), await _person(store, "juf")
    async with store.transaction() as tx:
        await tx.codes.create(_code("used", name="Sam de Vries", created_by=juf))
        await tx.codes.create(_code("made", created_by=sam))
        await tx.codes.take("used", now=NOW)
        await tx.codes.used_by("used", sam)
        login = WebLogin(
            token_hash="t",
            person_id=sam,
            csrf="c",
            created_at=NOW,
            seen_at=NOW,
            expires_at=NOW + timedelta(1),
        )
        await tx.logins.create(login)
        await tx.transcript.add(sam, "student", {"text": "mijn verhaal"}, now=NOW)
    async with store.read() as view:
        export = await view.privacy.export(sam)
    assert [line["body"]["text"] for line in export.chat] == ["mijn verhaal"]
    async with store.transaction() as tx:
        await tx.privacy.delete_person(sam)
    async with store.read() as view:
        assert await view.logins.get("t") is None
        assert await view.transcript.recent(sam, limit=10) == []
    async with store.transaction() as tx:
        assert await tx.codes.take("used", now=NOW) is None
        made = await tx.codes.take("made", now=NOW)
        assert made is not None and made.created_by is None, "the codes they made let go of them"


async def test_the_latest_line_id_says_whether_a_page_is_up_to_date(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    async with store.read() as view:
        assert await view.transcript.last_id(sam) == 0
    async with store.transaction() as tx:
        await tx.transcript.add(sam, "bot", {"text": "hoi"}, now=NOW)
        await tx.transcript.add(kim, "bot", {"text": "hoi"}, now=NOW)
    async with store.read() as view:
        [line] = await view.transcript.recent(sam, limit=5)
        assert await view.transcript.last_id(sam) == line.id
        assert await view.transcript.last_id(kim) > line.id


async def test_a_school_account_signs_in_as_one_person_and_goes_with_them(store: Store) -> None:
    sam, kim = await _person(store, "sam"), await _person(store, "kim")
    later = NOW + timedelta(days=1)
    async with store.transaction() as tx:
        added = await tx.school_accounts.add("hash-1", sam, issuer="https://login.school.nl", now=NOW)
        await tx.school_accounts.add("hash-2", sam, issuer="https://login.school.nl", now=later)
        assert await tx.school_accounts.find("hash-3") is None
    with pytest.raises(ValueError):
        async with store.transaction() as tx:
            await tx.school_accounts.add("hash-1", kim, issuer="https://login.school.nl", now=NOW)
    async with store.transaction() as tx:
        await tx.school_accounts.used("hash-1", now=later)
    async with store.read() as view:
        found = await view.school_accounts.find("hash-1")
        assert found == added.model_copy(update={"used_at": later})
        assert [a.subject_hash for a in await view.school_accounts.of_person(sam)] == ["hash-1", "hash-2"]
        assert await view.school_accounts.of_person(kim) == []
    async with store.transaction() as tx:
        await tx.privacy.delete_person(sam)
    async with store.read() as view:
        assert await view.school_accounts.find("hash-1") is None
