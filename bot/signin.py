"""Signing in on the web with a one-time code, and the browsers that are signed in.

Codes are made by the CLI (`loopbaanbot codes create`), a coordinator (for mentors and classes), a mentor
(for their class) or a Telegram student (`/web`, to reach their own dossier from a browser). Only the
code's hash is stored; a code works once and expires. A school account (OpenID Connect, bot/oidc.py) signs
in as the one person it belongs to: a new student the first time, or whoever linked it. A browser that
signed in holds a random cookie; the database holds its hash, the person, a CSRF token and when it was
last used, so signing out, an idle timeout and deleting a person end it on every instance at once.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from storage import Role, SigninCode, Store, Student, StudentKey, Transaction, WebLogin

from .clock import Clock
from .codes import CLASS_CODE_LENGTH, INVITE_LENGTH, Throttle, new_code, normalise_code

if TYPE_CHECKING:
    from .oidc import SchoolIdentity

__all__ = ["CODE_LENGTH", "WEB_CHANNEL", "SignIn", "Signins", "code_hash"]

log = logging.getLogger("loopbaanbot.signin")

WEB_CHANNEL = "web"
# 12 characters of 31: about 59 bits.
CODE_LENGTH = 12
# A school's pupils often share one public address: generous per address, strict for everyone together.
_PER_ADDRESS = 30
_OVERALL = 300
# A signed-in browser works at most this long, however busy; the idle timeout is a setting (IDLE). On a
# device of one's own ("keep me signed in") a login lasts longer and may be idle for weeks: a student
# should not need a new code from their mentor every time they open the chat on their own phone.
_LOGIN_AT_MOST = timedelta(hours=12)
_OWN_DEVICE_AT_MOST = timedelta(days=90)
_OWN_DEVICE_IDLE = timedelta(days=30)
# Last-used is written at most this often (every request would be a write).
_TOUCH_EVERY = timedelta(minutes=1)


def code_hash(code: str) -> str:
    """What is stored of a code (or a cookie): its SHA-256, hex."""
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class SignIn:
    """The outcome of a sign-in: "ok" with the cookie to set, or why not."""

    status: Literal["ok", "wrong", "throttled"]
    token: str = ""
    person: Student | None = None
    class_code: str | None = None


class Signins:
    """Makes codes, turns a code into a signed-in browser, and finds the person behind a cookie."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        code_valid_for: timedelta = timedelta(days=14),
        idle: timedelta = timedelta(minutes=30),
        default_language: str = "nl",
    ) -> None:
        self._store = store
        self._clock = clock
        self.code_valid_for = code_valid_for
        self.idle = idle
        self._language = default_language

    async def create(
        self,
        tx: Transaction,
        *,
        role: Role,
        count: int = 1,
        name: str = "",
        class_code: str | None = None,
        created_by: int | None = None,
        person_id: int | None = None,
    ) -> list[str]:
        """New codes (shown once: only their hashes are kept)."""
        now = self._clock.now()
        codes = [new_code(CODE_LENGTH) for _ in range(count)]
        for code in codes:
            await tx.codes.create(
                SigninCode(
                    code_hash=code_hash(code),
                    role=role,
                    name=" ".join(name.split())[:80],
                    class_code=class_code,
                    person_id=person_id,
                    created_by=created_by,
                    created_at=now,
                    expires_at=now + self.code_valid_for,
                )
            )
        return codes

    async def take_link(self, tx: Transaction, typed: str, person_id: int) -> Student | None:
        """A code made on the web to connect another channel: the person it belongs to (or None).

        Wrong codes count against `person_id`, as class codes do.
        """
        now = self._clock.now()
        throttle = Throttle("web_link")
        if await throttle.blocked(tx, person_id, now):
            return None
        code = normalise_code(typed)
        taken = await tx.codes.take(code_hash(code), now=now) if code else None
        if taken is None or taken.person_id is None or taken.role is not Role.STUDENT:
            await throttle.failed(tx, person_id, now)
            return None
        await tx.codes.used_by(taken.code_hash, person_id)
        return await tx.students.get(taken.person_id)

    async def sign_in(self, typed: str, *, address: str, own_device: bool = False) -> SignIn:
        """Redeem a code typed on the sign-in page, from this address (counted when wrong)."""
        now = self._clock.now()
        by_address = Throttle(f"signin:{code_hash(address)[:16]}", per_person=0, overall=_PER_ADDRESS)
        everyone = Throttle("signin", per_person=0, overall=_OVERALL)
        async with self._store.transaction() as tx:
            if await by_address.blocked(tx, None, now) or await everyone.blocked(tx, None, now):
                log.warning("sign-in refused: too many wrong codes")
                return SignIn("throttled")
            code = normalise_code(typed)
            taken = await tx.codes.take(code_hash(code), now=now) if code else None
            if taken is None:
                await by_address.failed(tx, None, now)
                await everyone.failed(tx, None, now)
                return SignIn("wrong")
            person = await self._person(tx, taken, now)
            await tx.codes.used_by(taken.code_hash, person.id)
            token = await self._login(tx, person.id, now, own_device=own_device)
        log.info("person %s signed in on the web (role %s)", person.id, person.role.value)
        return SignIn("ok", token=token, person=person, class_code=taken.class_code)

    async def _person(self, tx: Transaction, code: SigninCode, now: datetime) -> Student:
        if code.person_id is not None:
            existing = await tx.students.get(code.person_id)
            if existing is not None:
                return existing
        key = StudentKey(WEB_CHANNEL, secrets.token_urlsafe(12))
        person = await tx.students.upsert(key, display_name=code.name, language=self._language, now=now)
        if code.role is Role.MENTOR:
            # A mentor's sign-in code is their invite: it makes them a mentor with a class code.
            invite = new_code(INVITE_LENGTH)
            await tx.school.create_invite(
                code=invite, name=code.name or "Mentor", created_by=code.created_by, now=now, expires_at=None
            )
            await tx.school.redeem_invite(invite, person.id, class_code=new_code(CLASS_CODE_LENGTH), now=now)
        elif code.role is Role.COORDINATOR:
            await tx.school.set_role(person.id, Role.COORDINATOR)
        found = await tx.students.get(person.id)
        assert found is not None
        return found

    async def _login(
        self, tx: Transaction, person_id: int, now: datetime, *, own_device: bool = False
    ) -> str:
        token = secrets.token_urlsafe(32)
        await tx.logins.create(
            WebLogin(
                token_hash=code_hash(token),
                person_id=person_id,
                csrf=secrets.token_urlsafe(24),
                created_at=now,
                seen_at=now,
                expires_at=now + (_OWN_DEVICE_AT_MOST if own_device else _LOGIN_AT_MOST),
            )
        )
        return token

    async def sign_in_with_account(self, identity: SchoolIdentity, *, own_device: bool = False) -> SignIn:
        """Sign in with a school account: its person, or a new student the first time (one dossier for
        one account, however the person signs in later)."""
        now = self._clock.now()
        # Under the account's lock: the same new account signing in twice at once makes one person.
        async with self._store.transaction(lock=f"account:{identity.subject_hash}") as tx:
            account = await tx.school_accounts.find(identity.subject_hash)
            person = await tx.students.get(account.person_id) if account is not None else None
            if person is None:
                key = StudentKey(WEB_CHANNEL, secrets.token_urlsafe(12))
                person = await tx.students.upsert(
                    key, display_name=identity.name, language=self._language, now=now
                )
                await tx.school_accounts.add(
                    identity.subject_hash, person.id, issuer=identity.issuer, now=now
                )
                log.info("person %s made by signing in with a school account", person.id)
            else:
                await tx.school_accounts.used(identity.subject_hash, now=now)
            token = await self._login(tx, person.id, now, own_device=own_device)
        log.info("person %s signed in with a school account (role %s)", person.id, person.role.value)
        return SignIn("ok", token=token, person=person)

    async def link_account(
        self, person_id: int, identity: SchoolIdentity
    ) -> Literal["linked", "already", "taken"]:
        """Let a school account sign in as this person from now on ("taken": it is someone else's)."""
        now = self._clock.now()
        async with self._store.transaction(lock=f"account:{identity.subject_hash}") as tx:
            account = await tx.school_accounts.find(identity.subject_hash)
            if account is not None:
                return "already" if account.person_id == person_id else "taken"
            await tx.school_accounts.add(identity.subject_hash, person_id, issuer=identity.issuer, now=now)
        log.info("person %s linked a school account", person_id)
        return "linked"

    async def login_for(self, person_id: int) -> str:
        """A new signed-in browser for a person (the demo, and tests)."""
        async with self._store.transaction() as tx:
            return await self._login(tx, person_id, self._clock.now())

    async def current(self, token: str) -> tuple[WebLogin, Student] | None:
        """The login and person behind a cookie, if it is still valid (not expired, not idle too long)."""
        if not token or len(token) > 100:
            return None
        now = self._clock.now()
        hashed = code_hash(token)
        async with self._store.read() as view:
            login = await view.logins.get(hashed)
            if login is None or login.expires_at <= now or now - login.seen_at >= self._idle(login):
                return None
            person = await view.students.get(login.person_id)
        if person is None:
            return None
        if now - login.seen_at >= _TOUCH_EVERY:
            async with self._store.transaction() as tx:
                await tx.logins.touch(hashed, seen_at=now)
        return login, person

    def _idle(self, login: WebLogin) -> timedelta:
        """How long this login may go unused: long on one's own device (a login made to last), else IDLE."""
        return _OWN_DEVICE_IDLE if login.expires_at - login.created_at > _LOGIN_AT_MOST else self.idle

    async def sign_out(self, token: str) -> None:
        """End this browser's login."""
        async with self._store.transaction() as tx:
            await tx.logins.delete(code_hash(token))
