"""The in-memory repositories of the web app: sign-in codes, logins and the web chat's lines."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from ._memory_tables import MemoryRepo, Table
from ._web_entities import ChatLine, SchoolAccount, SigninCode, WebLogin

if TYPE_CHECKING:
    from ._memory import MemoryStore

__all__ = ["Codes", "Logins", "SchoolAccounts", "Transcript", "WebTables"]


class WebTables:
    """The web app's tables in one store."""

    def __init__(self, store: MemoryStore) -> None:
        undo = store._remember
        self.codes = Table(SigninCode, None, undo)
        self.logins = Table(WebLogin, "person_id", undo)
        self.lines = Table(ChatLine, "person_id", undo)
        self.accounts = Table(SchoolAccount, "person_id", undo)

    def forget_person(self, person_id: int) -> None:
        """What the foreign keys do in a database: their logins and lines go, codes let go of them."""
        for login in self.logins.owned(person_id):
            self.logins.delete(login.token_hash)
        for line in self.lines.owned(person_id):
            self.lines.delete(line.id)
        for account in self.accounts.owned(person_id):
            self.accounts.delete(account.subject_hash)
        for code in self.codes.all():
            if code.person_id == person_id:
                self.codes.delete(code.code_hash)
            elif person_id in (code.created_by, code.used_by):
                let_go = {k: None for k in ("created_by", "used_by") if getattr(code, k) == person_id}
                self.codes.put(code.code_hash, code.model_copy(update=let_go))


class Codes(MemoryRepo):
    async def create(self, code: SigninCode) -> None:
        self._check()
        if self._s.web.codes.get(code.code_hash) is not None:
            raise ValueError("that code exists already")
        self._s.web.codes.put(code.code_hash, code)

    async def take(self, code_hash: str, *, now: datetime) -> SigninCode | None:
        self._check()
        code = self._s.web.codes.get(code_hash)
        if code is None or code.used_at is not None or code.expires_at <= now:
            return None
        taken = code.model_copy(update={"used_at": now})
        self._s.web.codes.put(code_hash, taken)
        return taken

    async def used_by(self, code_hash: str, person_id: int) -> None:
        self._check()
        self._s.web.codes.change(code_hash, {"used_by": person_id})

    def _open(self, created_by: int, now: datetime) -> list[SigninCode]:
        return [
            c
            for c in self._s.web.codes.all()
            if c.created_by == created_by and c.used_at is None and c.expires_at > now
        ]

    async def open_count(self, *, created_by: int, now: datetime) -> int:
        return len(self._open(created_by, now))

    async def revoke(self, *, created_by: int, now: datetime) -> int:
        self._check()
        codes = self._open(created_by, now)
        for code in codes:
            self._s.web.codes.put(code.code_hash, code.model_copy(update={"expires_at": now}))
        return len(codes)

    async def prune(self, *, before: datetime) -> int:
        self._check()
        old = [c for c in self._s.web.codes.all() if c.expires_at < before]
        for code in old:
            self._s.web.codes.delete(code.code_hash)
        return len(old)


class Logins(MemoryRepo):
    async def create(self, login: WebLogin) -> None:
        self._check()
        self._s.students.require(login.person_id)
        self._s.web.logins.put(login.token_hash, login)

    async def get(self, token_hash: str) -> WebLogin | None:
        return self._s.web.logins.get(token_hash)

    async def touch(self, token_hash: str, *, seen_at: datetime) -> None:
        self._check()
        if self._s.web.logins.get(token_hash) is not None:
            self._s.web.logins.change(token_hash, {"seen_at": seen_at})

    async def delete(self, token_hash: str) -> None:
        self._check()
        self._s.web.logins.delete(token_hash)

    async def delete_for(self, person_id: int) -> int:
        self._check()
        logins = self._s.web.logins.owned(person_id)
        for login in logins:
            self._s.web.logins.delete(login.token_hash)
        return len(logins)

    async def count_open(self, *, since: datetime) -> int:
        return sum(1 for login in self._s.web.logins.all() if login.seen_at >= since)

    async def prune(self, *, before: datetime) -> int:
        self._check()
        old = [login for login in self._s.web.logins.all() if login.expires_at < before]
        for login in old:
            self._s.web.logins.delete(login.token_hash)
        return len(old)


class Transcript(MemoryRepo):
    async def add(
        self, person_id: int, sender: Literal["bot", "student"], body: dict[str, Any], *, now: datetime
    ) -> None:
        self._check()
        self._s.students.require(person_id)
        lines = self._s.web.lines
        line = ChatLine(id=lines.new_id(), person_id=person_id, sender=sender, body=body, created_at=now)
        lines.put(line.id, line)

    async def last_id(self, person_id: int) -> int:
        owned = self._s.web.lines.by_owner.get(person_id, [])
        return int(owned[-1]) if owned else 0

    async def recent(self, person_id: int, *, limit: int) -> list[ChatLine]:
        return self._s.web.lines.owned(person_id)[-limit:] if limit > 0 else []

    async def after(self, person_id: int, line_id: int) -> list[ChatLine]:
        return [line for line in self._s.web.lines.owned(person_id) if line.id > line_id]

    async def trim(self, person_id: int, *, keep: int) -> None:
        self._check()
        lines = self._s.web.lines.owned(person_id)
        for line in lines[: max(len(lines) - keep, 0)]:
            self._s.web.lines.delete(line.id)

    async def prune(self, *, before: datetime) -> int:
        self._check()
        old = [line for line in self._s.web.lines.all() if line.created_at < before]
        for line in old:
            self._s.web.lines.delete(line.id)
        return len(old)


class SchoolAccounts(MemoryRepo):
    async def find(self, subject_hash: str) -> SchoolAccount | None:
        return self._s.web.accounts.get(subject_hash)

    async def add(self, subject_hash: str, person_id: int, *, issuer: str, now: datetime) -> SchoolAccount:
        self._check()
        self._s.students.require(person_id)
        if self._s.web.accounts.get(subject_hash) is not None:
            raise ValueError("that school account belongs to someone already")
        account = SchoolAccount(
            subject_hash=subject_hash, person_id=person_id, issuer=issuer, created_at=now, used_at=now
        )
        self._s.web.accounts.put(subject_hash, account)
        return account

    async def used(self, subject_hash: str, *, now: datetime) -> None:
        self._check()
        if self._s.web.accounts.get(subject_hash) is not None:
            self._s.web.accounts.change(subject_hash, {"used_at": now})

    async def of_person(self, person_id: int) -> list[SchoolAccount]:
        return sorted(self._s.web.accounts.owned(person_id), key=lambda a: (a.created_at, a.subject_hash))
