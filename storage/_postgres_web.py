"""The PostgreSQL repositories of the web app: sign-in codes, logins and the web chat's lines."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from ._postgres_statements import PgRepo, to_db, to_model
from ._web_entities import ChatLine, SchoolAccount, SigninCode, WebLogin

__all__ = ["Codes", "Logins", "SchoolAccounts", "Transcript"]


class Codes(PgRepo):
    async def create(self, code: SigninCode) -> None:
        values = code.model_dump()
        columns = ", ".join(values)
        marks = ", ".join(f"${n}" for n in range(1, len(values) + 1))
        await self._sql.write(
            f"INSERT INTO signin_codes ({columns}) VALUES ({marks})", *(to_db(v) for v in values.values())
        )

    async def take(self, code_hash: str, *, now: datetime) -> SigninCode | None:
        rows = await self._sql.returning(
            "UPDATE signin_codes SET used_at = $1"
            " WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING *",
            to_db(now),
            code_hash,
        )
        return to_model(SigninCode, rows[0]) if rows else None

    async def used_by(self, code_hash: str, person_id: int) -> None:
        await self._sql.write(
            "UPDATE signin_codes SET used_by = $1 WHERE code_hash = $2", person_id, code_hash
        )

    async def open_count(self, *, created_by: int, now: datetime) -> int:
        rows = await self._sql.rows(
            "SELECT count(*) FROM signin_codes WHERE created_by = $1 AND used_at IS NULL AND expires_at > $2",
            created_by,
            to_db(now),
        )
        return int(rows[0][0])

    async def revoke(self, *, created_by: int, now: datetime) -> int:
        rows = await self._sql.returning(
            "UPDATE signin_codes SET expires_at = $1 WHERE created_by = $2 AND used_at IS NULL"
            " AND expires_at > $1 RETURNING code_hash",
            to_db(now),
            created_by,
        )
        return len(rows)

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.returning(
            "DELETE FROM signin_codes WHERE expires_at < $1 RETURNING code_hash", to_db(before)
        )
        return len(rows)


class Logins(PgRepo):
    async def create(self, login: WebLogin) -> None:
        values = login.model_dump()
        columns = ", ".join(values)
        marks = ", ".join(f"${n}" for n in range(1, len(values) + 1))
        await self._sql.write(
            f"INSERT INTO web_logins ({columns}) VALUES ({marks})", *(to_db(v) for v in values.values())
        )

    async def get(self, token_hash: str) -> WebLogin | None:
        return await self._one(WebLogin, "SELECT * FROM web_logins WHERE token_hash = $1", token_hash)

    async def touch(self, token_hash: str, *, seen_at: datetime) -> None:
        await self._sql.write(
            "UPDATE web_logins SET seen_at = $1 WHERE token_hash = $2", to_db(seen_at), token_hash
        )

    async def delete(self, token_hash: str) -> None:
        await self._sql.write("DELETE FROM web_logins WHERE token_hash = $1", token_hash)

    async def delete_for(self, person_id: int) -> int:
        rows = await self._sql.returning(
            "DELETE FROM web_logins WHERE person_id = $1 RETURNING token_hash", person_id
        )
        return len(rows)

    async def count_open(self, *, since: datetime) -> int:
        rows = await self._sql.rows("SELECT count(*) FROM web_logins WHERE seen_at >= $1", to_db(since))
        return int(rows[0][0])

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.returning(
            "DELETE FROM web_logins WHERE expires_at < $1 RETURNING token_hash", to_db(before)
        )
        return len(rows)


class Transcript(PgRepo):
    async def add(
        self, person_id: int, sender: Literal["bot", "student"], body: dict[str, Any], *, now: datetime
    ) -> None:
        await self._sql.write(
            "INSERT INTO chat_lines (person_id, sender, body, created_at) VALUES ($1, $2, $3, $4)",
            person_id,
            sender,
            to_db(body),
            to_db(now),
        )

    async def last_id(self, person_id: int) -> int:
        rows = await self._sql.rows("SELECT max(id) FROM chat_lines WHERE person_id = $1", person_id)
        return int(rows[0][0] or 0)

    async def recent(self, person_id: int, *, limit: int) -> list[ChatLine]:
        lines = await self._all(
            ChatLine,
            "SELECT * FROM chat_lines WHERE person_id = $1 ORDER BY id DESC LIMIT $2",
            person_id,
            limit,
        )
        return lines[::-1]

    async def after(self, person_id: int, line_id: int) -> list[ChatLine]:
        return await self._all(
            ChatLine,
            "SELECT * FROM chat_lines WHERE person_id = $1 AND id > $2 ORDER BY id",
            person_id,
            line_id,
        )

    async def trim(self, person_id: int, *, keep: int) -> None:
        await self._sql.write(
            "DELETE FROM chat_lines WHERE person_id = $1 AND id NOT IN"
            " (SELECT id FROM chat_lines WHERE person_id = $1 ORDER BY id DESC LIMIT $2)",
            person_id,
            keep,
        )

    async def prune(self, *, before: datetime) -> int:
        rows = await self._sql.returning(
            "DELETE FROM chat_lines WHERE created_at < $1 RETURNING id", to_db(before)
        )
        return len(rows)


class SchoolAccounts(PgRepo):
    async def find(self, subject_hash: str) -> SchoolAccount | None:
        sql = "SELECT * FROM school_accounts WHERE subject_hash = $1"
        return await self._one(SchoolAccount, sql, subject_hash)

    async def add(self, subject_hash: str, person_id: int, *, issuer: str, now: datetime) -> SchoolAccount:
        account = SchoolAccount(
            subject_hash=subject_hash, person_id=person_id, issuer=issuer, created_at=now, used_at=now
        )
        await self._sql.write(
            "INSERT INTO school_accounts (subject_hash, person_id, issuer, created_at, used_at)"
            " VALUES ($1, $2, $3, $4, $4)",
            subject_hash,
            person_id,
            to_db(issuer),
            to_db(now),
        )
        return account

    async def used(self, subject_hash: str, *, now: datetime) -> None:
        await self._sql.write(
            "UPDATE school_accounts SET used_at = $1 WHERE subject_hash = $2", to_db(now), subject_hash
        )

    async def of_person(self, person_id: int) -> list[SchoolAccount]:
        sql = "SELECT * FROM school_accounts WHERE person_id = $1 ORDER BY created_at, subject_hash"
        return await self._all(SchoolAccount, sql, person_id)
