"""Signing in with a school account: OpenID Connect (authorization code flow with PKCE) through Authlib.

Works with any provider that speaks OpenID Connect: Microsoft Entra ID and Google Workspace school accounts,
and Entree Federatie (Kennisnet). Authlib builds the requests and checks the ID token's claims (issuer,
audience, expiry, nonce); joserfc, Authlib's JOSE library, checks its signature against the provider's
published keys. The provider's three addresses come from its discovery document.

Only what is needed is asked for and kept: the scope is `openid` (plus `profile` when OIDC_NAME_CLAIM is
set, for a first name a mentor recognises), and of the answer only the pseudonymous subject (hashed, with
the issuer) and that first name. School networks often send outbound traffic through a proxy: HTTPS_PROXY
is honoured.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
import urllib.request
from dataclasses import asdict, dataclass
from typing import Any, cast
from urllib.parse import quote, urlsplit

import aiohttp

__all__ = ["Pending", "SchoolAccountError", "SchoolIdentity", "SchoolLogin", "subject_hash"]

log = logging.getLogger("loopbaanbot.oidc")

# The provider's documents are fetched again after this (a key rotation is picked up at the latest then;
# an unknown key id fetches the keys at once).
_REFRESH_AFTER = 3600.0
_HTTP_WAIT = 10.0
# A clock a little off between us and the provider is no reason to refuse a login.
_LEEWAY = 120


class SchoolAccountError(Exception):
    """The provider's answer could not be used (refused, tampered with, expired): no sign-in. The message
    names what was wrong, never the token or any claim."""


def subject_hash(issuer: str, subject: str) -> str:
    """What is stored of a school account: a hash of the issuer and the subject (pseudonymous twice)."""
    return hashlib.sha256(f"{issuer}\n{subject}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Pending:
    """What a browser keeps (in a short-lived cookie) between leaving for the provider and coming back."""

    state: str
    nonce: str
    verifier: str
    # Link the account to this signed-in person instead of signing in (their choice, on the privacy page).
    link: int | None = None

    def dump(self) -> str:
        """As cookie text."""
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def load(cls, text: str) -> Pending | None:
        """From cookie text; None when it is not one of ours."""
        try:
            data = json.loads(text)
            pending = cls(**data)
        except (ValueError, TypeError):
            return None
        strings = (pending.state, pending.nonce, pending.verifier)
        if not all(isinstance(s, str) and 20 <= len(s) <= 100 for s in strings):
            return None
        if pending.link is not None and not isinstance(pending.link, int):
            return None
        return pending


@dataclass(frozen=True, slots=True)
class SchoolIdentity:
    """Who signed in: the account's hash, and a first name when the school asked for one."""

    subject_hash: str
    issuer: str
    name: str = ""


class SchoolLogin:
    """One provider: the way there (an authorization URL) and the way back (the code, the ID token)."""

    def __init__(
        self,
        *,
        issuer: str,
        client_id: str,
        client_secret: str | None,
        redirect_uri: str,
        subject_claim: str = "sub",
        name_claim: str | None = None,
    ) -> None:
        self.issuer = issuer
        self._client_id = client_id
        self._client_secret = client_secret
        self.redirect_uri = redirect_uri
        self._subject_claim = subject_claim
        self._name_claim = name_claim
        self._metadata: dict[str, Any] = {}
        self._keys: dict[str, Any] = {}
        self._fetched = 0.0

    @property
    def scope(self) -> str:
        """What is asked of the provider: who it is, and a name only when the school wants one."""
        return "openid profile" if self._name_claim else "openid"

    async def start(self, *, link: int | None = None) -> tuple[str, Pending]:
        """The provider's address to send the browser to, and what the browser keeps until it is back."""
        # Imported here: only a school that uses school accounts pays for loading them (~0.6 s at start).
        from authlib.common.security import generate_token
        from authlib.oauth2.rfc6749.parameters import prepare_grant_uri
        from authlib.oauth2.rfc7636 import create_s256_code_challenge

        metadata = await self._discovery()
        pending = Pending(
            state=generate_token(32), nonce=generate_token(32), verifier=generate_token(64), link=link
        )
        url = prepare_grant_uri(
            metadata["authorization_endpoint"],
            self._client_id,
            "code",
            redirect_uri=self.redirect_uri,
            scope=self.scope,
            state=pending.state,
            nonce=pending.nonce,
            code_challenge=create_s256_code_challenge(pending.verifier),
            code_challenge_method="S256",
        )
        return url, pending

    async def finish(self, pending: Pending, query: dict[str, str]) -> SchoolIdentity:
        """Check the answer the browser brought back, redeem the code, check the ID token; who it is."""
        if query.get("error"):
            raise SchoolAccountError(f"the provider refused: {query['error'][:40]}")
        if query.get("state") != pending.state:
            raise SchoolAccountError("the answer does not belong to this browser's sign-in (state)")
        code = query.get("code", "")
        if not code or len(code) > 2048:
            raise SchoolAccountError("no code in the answer")
        metadata = await self._discovery()
        token = await self._redeem(metadata["token_endpoint"], code, pending.verifier)
        claims = await self._checked_claims(token, pending.nonce)
        subject = claims.get(self._subject_claim)
        if not isinstance(subject, str | int) or not str(subject):
            raise SchoolAccountError(f"the ID token has no {self._subject_claim}")
        name = claims.get(self._name_claim, "") if self._name_claim else ""
        name = " ".join(str(name).split())[:64] if isinstance(name, str) else ""
        return SchoolIdentity(subject_hash(self.issuer, str(subject)), self.issuer, name)

    async def _redeem(self, endpoint: str, code: str, verifier: str) -> dict[str, Any]:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "code_verifier": verifier,
            "client_id": self._client_id,
        }
        headers = {"Accept": "application/json"}
        if self._client_secret is not None:
            # client_secret_basic (RFC 6749 2.3.1: each part form-encoded first): what every provider here
            # accepts, and the secret stays out of the body.
            pair = f"{quote(self._client_id, safe='')}:{quote(self._client_secret, safe='')}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        answer = await self._json("POST", endpoint, data=form, headers=headers)
        if not isinstance(answer.get("id_token"), str):
            raise SchoolAccountError(f"the provider gave no ID token ({str(answer.get('error', '?'))[:40]})")
        return answer

    async def _checked_claims(self, token: dict[str, Any], nonce: str) -> dict[str, Any]:
        from authlib.oidc.core import CodeIDToken
        from joserfc import jwt
        from joserfc.errors import JoseError
        from joserfc.jwk import KeySet
        from joserfc.jws import JWSRegistry

        metadata = await self._discovery()
        algorithms = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
        # Never "none", and never a shared-secret algorithm a public key could be abused for.
        algorithms = [a for a in algorithms if isinstance(a, str) and a[:2] in ("RS", "PS", "ES", "Ed")]
        registry = JWSRegistry(algorithms=algorithms or ["RS256"], strict_check_header=False)
        try:
            try:
                decoded = jwt.decode(
                    token["id_token"],
                    KeySet.import_key_set(cast(Any, await self._key_set())),
                    registry=registry,
                )
            except JoseError:
                # Perhaps the provider rotated its keys: fetch them once more and try again.
                fresh = await self._key_set(force=True)
                decoded = jwt.decode(
                    token["id_token"], KeySet.import_key_set(cast(Any, fresh)), registry=registry
                )
            claims = CodeIDToken(
                decoded.claims,
                decoded.header,
                {
                    "iss": {"essential": True, "value": self.issuer},
                    "aud": {"essential": True, "value": self._client_id},
                },
                {"nonce": nonce, "client_id": self._client_id, "access_token": token.get("access_token")},
            )
            claims.validate(now=int(time.time()), leeway=_LEEWAY)
        except (JoseError, ValueError, KeyError) as exc:
            raise SchoolAccountError(f"the ID token is not valid ({type(exc).__name__})") from exc
        return dict(claims)

    async def _discovery(self) -> dict[str, Any]:
        if self._metadata and time.monotonic() - self._fetched < _REFRESH_AFTER:
            return self._metadata
        metadata = await self._json("GET", f"{self.issuer}/.well-known/openid-configuration")
        # OpenID Connect Discovery: the document must name exactly the issuer it was fetched for.
        if str(metadata.get("issuer", "")).rstrip("/") != self.issuer:
            raise SchoolAccountError("the provider's discovery document names another issuer")
        for needed in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
            if not isinstance(metadata.get(needed), str):
                raise SchoolAccountError(f"the provider's discovery document has no {needed}")
        self._metadata, self._keys, self._fetched = metadata, {}, time.monotonic()
        return metadata

    async def _key_set(self, *, force: bool = False) -> dict[str, Any]:
        if self._keys and not force:
            return self._keys
        metadata = await self._discovery()
        self._keys = await self._json("GET", metadata["jwks_uri"])
        return self._keys

    async def _json(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        timeout = aiohttp.ClientTimeout(total=_HTTP_WAIT)
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.request(method, url, proxy=_proxy_for(url), **kwargs) as response,
            ):
                body = await response.read()
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise SchoolAccountError(f"the provider could not be reached ({type(exc).__name__})") from exc
        try:
            answer = json.loads(body)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise SchoolAccountError(f"the provider answered {status} without JSON")
        if status >= 400 and method == "GET":
            raise SchoolAccountError(f"the provider answered {status}")
        return answer


def _proxy_for(url: str) -> str | None:
    """HTTPS_PROXY (HTTP_PROXY for http://) unless NO_PROXY names the host."""
    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy is None or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy
