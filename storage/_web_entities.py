"""The web app's records: sign-in codes, signed-in browsers (logins), and the web chat's transcript."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._entities import Role

__all__ = ["ChatLine", "SchoolAccount", "SigninCode", "WebLogin"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SigninCode(_Record):
    """A one-time code to sign in on the web; only its hash is stored."""

    code_hash: str
    role: Role
    name: str = ""
    # A student's class: after signing in, the student is offered the link (and sees what is shared).
    class_code: str | None = None
    # An existing person (a Telegram student's /web code): signing in reaches that same dossier.
    person_id: int | None = None
    created_by: int | None = None
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    used_by: int | None = None


class WebLogin(_Record):
    """A signed-in browser: the hash of its cookie, its person, its CSRF token, when it was last used."""

    token_hash: str
    person_id: int
    csrf: str
    created_at: datetime
    seen_at: datetime
    expires_at: datetime


class ChatLine(_Record):
    """One message in a person's web chat, kept so the page can show the conversation again."""

    id: int
    person_id: int
    sender: Literal["bot", "student"]
    body: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime


class SchoolAccount(_Record):
    """A school account (OpenID Connect) that signs in as a person: the provider's subject, as a hash."""

    subject_hash: str
    person_id: int
    issuer: str
    created_at: datetime
    used_at: datetime
