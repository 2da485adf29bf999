"""The SQLite repositories of the web app: sign-in codes, logins and the web chat's lines."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any, Literal

from ._sqlite_statements import Repo, to_db
from ._web_entities import ChatLine, SchoolAccount, SigninCode, WebLogin

__all__ = ["Codes", "Logins", "SchoolAccounts", "Transcript"]


class Codes(Repo):
    async def create(self, code: SigninCode) -> None:
        values = code.model_dump()
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self._sql.defer(
            f"INSERT INTO signin_codes ({columns}) VALUES ({marks})", [to_db(v) for v in values.values()]
        )

    async def take(self, code_hash: str, *, now: datetime) -> SigninCode | None:
        return await self._one(
            SigninCode,
            "UPDATE signin_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"
            " RETURNING *",
            (to_db(now), code_hash, to_db(now)),
        )

    async def used_by(self, code_hash: str, person_id: int) -> None:
        self._sql.defer("UPDATE signin_codes SET used_by = ? WHERE code_hash = ?", (person_id, code_hash))

    async def open_count(self, *, created_by: int, now: datetime) -> int:
        rows = await self._sql.rows(
            "SELECT count(*) FROM signin_codes WHERE created_by = ? AND used_at IS NULL AND expires_at > ?",
            (created_by, to_db(now)),
        )
        return int(rows[0][0])

    async def revoke(self, *, created_by: int, now: datetime) -> int:
        rows = await self._sql.rows(
            "UPDATE signin_codes SET expires_at = ? WHERE created_by = ? AND used_at IS NULL"
            " AND expires_at > ? RETURNING code_hash",
            (to_db(now), created_by, to_db(now)),
        )
        return len(rows)

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.rows(
            "DELETE FROM signin_codes WHERE expires_at < ? RETURNING code_hash", (to_db(before),)
        )
        return len(rows)


class Logins(Repo):
    async def create(self, login: WebLogin) -> None:
        values = login.model_dump()
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self._sql.defer(
            f"INSERT INTO web_logins ({columns}) VALUES ({marks})", [to_db(v) for v in values.values()]
        )

    async def get(self, token_hash: str) -> WebLogin | None:
        return await self._one(WebLogin, "SELECT * FROM web_logins WHERE token_hash = ?", (token_hash,))

    async def touch(self, token_hash: str, *, seen_at: datetime) -> None:
        self._sql.defer(
            "UPDATE web_logins SET seen_at = ? WHERE token_hash = ?", (to_db(seen_at), token_hash)
        )

    async def delete(self, token_hash: str) -> None:
        self._sql.defer("DELETE FROM web_logins WHERE token_hash = ?", (token_hash,))

    async def delete_for(self, person_id: int) -> int:
        rows = await self._sql.rows(
            "DELETE FROM web_logins WHERE person_id = ? RETURNING token_hash", (person_id,)
        )
        return len(rows)

    async def count_open(self, *, since: datetime) -> int:
        rows = await self._sql.rows("SELECT count(*) FROM web_logins WHERE seen_at >= ?", (to_db(since),))
        return int(rows[0][0])

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.rows(
            "DELETE FROM web_logins WHERE expires_at < ? RETURNING token_hash", (to_db(before),)
        )
        return len(rows)


class Transcript(Repo):
    async def add(
        self, person_id: int, sender: Literal["bot", "student"], body: dict[str, Any], *, now: datetime
    ) -> None:
        self._sql.defer(
            "INSERT INTO chat_lines (person_id, sender, body, created_at) VALUES (?, ?, ?, ?)",
            (person_id, sender, to_db(body), to_db(now)),
        )

    async def last_id(self, person_id: int) -> int:
        rows = await self._sql.rows("SELECT max(id) FROM chat_lines WHERE person_id = ?", (person_id,))
        return int(rows[0][0] or 0)

    async def recent(self, person_id: int, *, limit: int) -> list[ChatLine]:
        lines = await self._all(
            ChatLine,
            "SELECT * FROM chat_lines WHERE person_id = ? ORDER BY id DESC LIMIT ?",
            (person_id, limit),
        )
        return lines[::-1]

    async def after(self, person_id: int, line_id: int) -> list[ChatLine]:
        return await self._all(
            ChatLine,
            "SELECT * FROM chat_lines WHERE person_id = ? AND id > ? ORDER BY id",
            (person_id, line_id),
        )

    async def trim(self, person_id: int, *, keep: int) -> None:
        self._sql.defer(
            "DELETE FROM chat_lines WHERE person_id = ? AND id NOT IN"
            " (SELECT id FROM chat_lines WHERE person_id = ? ORDER BY id DESC LIMIT ?)",
            (person_id, person_id, keep),
        )

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.rows(
            "DELETE FROM chat_lines WHERE created_at < ? RETURNING id", (to_db(before),)
        )
        return len(rows)


class SchoolAccounts(Repo):
    async def find(self, subject_hash: str) -> SchoolAccount | None:
        sql = "SELECT * FROM school_accounts WHERE subject_hash = ?"
        return await self._one(SchoolAccount, sql, (subject_hash,))

    async def add(self, subject_hash: str, person_id: int, *, issuer: str, now: datetime) -> SchoolAccount:
        account = SchoolAccount(
            subject_hash=subject_hash, person_id=person_id, issuer=issuer, created_at=now, used_at=now
        )
        # Not deferred: a subject that belongs to someone already must fail here, in the caller's turn.
        try:
            await self._sql.rows(
                "INSERT INTO school_accounts (subject_hash, person_id, issuer, created_at, used_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING subject_hash",
                (subject_hash, person_id, issuer, to_db(now), to_db(now)),
            )
        except sqlite3.IntegrityError as exc:
            raise ValueError("that school account belongs to someone already") from exc
        return account

    async def used(self, subject_hash: str, *, now: datetime) -> None:
        self._sql.defer(
            "UPDATE school_accounts SET used_at = ? WHERE subject_hash = ?", (to_db(now), subject_hash)
        )

    async def of_person(self, person_id: int) -> list[SchoolAccount]:
        sql = "SELECT * FROM school_accounts WHERE person_id = ? ORDER BY created_at, subject_hash"
        return await self._all(SchoolAccount, sql, (person_id,))
