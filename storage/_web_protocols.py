"""The web app's part of the storage contract: sign-in codes, signed-in browsers, the web chat's lines."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, Protocol

from ._web_entities import ChatLine, SchoolAccount, SigninCode, WebLogin

__all__ = ["CodeRepository", "LoginRepository", "SchoolAccountRepository", "TranscriptRepository"]


class CodeRepository(Protocol):
    """One-time sign-in codes, by the hash of the code."""

    async def create(self, code: SigninCode) -> None:
        """Store a new code (its hash)."""
        ...

    async def take(self, code_hash: str, *, now: datetime) -> SigninCode | None:
        """Use a code that is unused and unexpired: it is marked used; None if there is no such code."""
        ...

    async def used_by(self, code_hash: str, person_id: int) -> None:
        """Note who signed in with a code taken in this transaction."""
        ...

    async def open_count(self, *, created_by: int, now: datetime) -> int:
        """Unused, unexpired codes this person made."""
        ...

    async def revoke(self, *, created_by: int, now: datetime) -> int:
        """End every unused code this person made (a lost sheet); how many."""
        ...

    async def prune(self, *, before: datetime) -> int:
        """Forget codes that expired before `before`."""
        ...


class LoginRepository(Protocol):
    """Signed-in browsers, by the hash of their cookie."""

    async def create(self, login: WebLogin) -> None:
        """Store a new login."""
        ...

    async def get(self, token_hash: str) -> WebLogin | None:
        """A login by the hash of its cookie."""
        ...

    async def touch(self, token_hash: str, *, seen_at: datetime) -> None:
        """Note that the browser was used (the idle timeout counts from here)."""
        ...

    async def delete(self, token_hash: str) -> None:
        """Sign one browser out."""
        ...

    async def delete_for(self, person_id: int) -> int:
        """Sign every browser of a person out; how many."""
        ...

    async def count_open(self, *, since: datetime) -> int:
        """Logins used since `since` (a count for monitoring)."""
        ...

    async def prune(self, *, before: datetime) -> int:
        """Forget logins that expired before `before`."""
        ...


class TranscriptRepository(Protocol):
    """The web chat's recent messages per person, so a page shows the conversation again."""

    async def add(
        self, person_id: int, sender: Literal["bot", "student"], body: dict[str, Any], *, now: datetime
    ) -> None:
        """Append a message (written with the transaction; nothing to wait for)."""
        ...

    async def last_id(self, person_id: int) -> int:
        """The id of the person's latest message (0: none yet): is a page up to date?"""
        ...

    async def recent(self, person_id: int, *, limit: int) -> list[ChatLine]:
        """The last `limit` messages, oldest first."""
        ...

    async def after(self, person_id: int, line_id: int) -> list[ChatLine]:
        """Messages after `line_id`, oldest first (what an open page has not shown yet)."""
        ...

    async def trim(self, person_id: int, *, keep: int) -> None:
        """Keep only the last `keep` messages of a person."""
        ...

    async def prune(self, *, before: datetime) -> int:
        """Forget messages older than `before`."""
        ...


class SchoolAccountRepository(Protocol):
    """School accounts (OpenID Connect subjects, hashed) and the one person each signs in as."""

    async def find(self, subject_hash: str) -> SchoolAccount | None:
        """The account with this subject hash, if it belongs to someone."""
        ...

    async def add(self, subject_hash: str, person_id: int, *, issuer: str, now: datetime) -> SchoolAccount:
        """Let this account sign in as the person; ValueError if it already belongs to someone."""
        ...

    async def used(self, subject_hash: str, *, now: datetime) -> None:
        """Note that the account signed in now."""
        ...

    async def of_person(self, person_id: int) -> list[SchoolAccount]:
        """The accounts that sign in as this person, oldest first."""
        ...
