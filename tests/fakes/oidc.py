"""A fake OpenID Connect provider on 127.0.0.1 (a school's Entra ID, Google Workspace or Entree Federatie).

It does what a real provider does for the authorization code flow with PKCE: discovery, an authorization
endpoint that signs in whoever the test says is at the keyboard (`next_subject`) and sends the browser
back with a code, a token endpoint that checks the client's secret, the redirect address and the PKCE
verifier and answers with an RS256-signed ID token, and its public keys. A test can make it misbehave
(`tamper`): another issuer, another audience, a wrong nonce, an expired token, a foreign signing key.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

__all__ = ["FakeOidc"]

CLIENT_ID = "loopbaanbot-test"
CLIENT_SECRET = "geheim-van-de-school"
_KEYS: list[RSAKey] = []  # generating a key takes a moment: one for the run, one as the foreign key


def _key(number: int) -> RSAKey:
    while len(_KEYS) <= number:
        _KEYS.append(RSAKey.generate_key(2048, parameters={"kid": f"key-{len(_KEYS)}", "use": "sig"}))
    return _KEYS[number]


@dataclass
class _Grant:
    client_id: str
    redirect_uri: str
    nonce: str
    challenge: str
    subject: str
    scope: str


@dataclass
class FakeOidc:
    """The provider; `async with FakeOidc() as provider:`, then `provider.issuer`."""

    next_subject: str = "leerling-1"
    given_name: str = "Sam"
    tamper: str | None = None  # "issuer", "audience", "nonce", "expired", "key", "no-id-token"
    requests: list[str] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)
    _grants: dict[str, _Grant] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    port: int = 0

    async def __aenter__(self) -> FakeOidc:
        server = web.Application()
        server.router.add_get("/tenant/.well-known/openid-configuration", self._discovery)
        server.router.add_get("/authorize", self._authorize)
        server.router.add_post("/token", self._token)
        server.router.add_get("/keys", self._keys)
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def issuer(self) -> str:
        """The provider's issuer (OIDC_ISSUER)."""
        return f"http://127.0.0.1:{self.port}/tenant"

    async def _discovery(self, request: web.Request) -> web.Response:
        self.requests.append("discovery")
        base = f"http://127.0.0.1:{self.port}"
        return web.json_response(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{base}/authorize",
                "token_endpoint": f"{base}/token",
                "jwks_uri": f"{base}/keys",
                "response_types_supported": ["code"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
        )

    async def _authorize(self, request: web.Request) -> web.Response:
        self.requests.append("authorize")
        query = request.query
        if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
            return web.Response(status=400, text="unknown client or response type")
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return web.Response(status=400, text="PKCE with S256 is required")
        if "openid" not in query.get("scope", "").split():
            return web.Response(status=400, text="not an OpenID Connect request")
        self.scopes.append(query.get("scope", ""))
        code = secrets.token_urlsafe(24)
        self._grants[code] = _Grant(
            client_id=CLIENT_ID,
            redirect_uri=query.get("redirect_uri", ""),
            nonce=query.get("nonce", ""),
            challenge=query["code_challenge"],
            subject=self.next_subject,
            scope=query.get("scope", ""),
        )
        back = f"{query.get('redirect_uri')}?{urlencode({'code': code, 'state': query.get('state', '')})}"
        raise web.HTTPFound(back)

    async def _token(self, request: web.Request) -> web.Response:
        self.requests.append("token")
        form = await request.post()
        basic = request.headers.get("Authorization", "")
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if basic != expected:
            return web.json_response({"error": "invalid_client"}, status=401)
        grant = self._grants.pop(str(form.get("code", "")), None)  # a code works once
        if grant is None or form.get("grant_type") != "authorization_code":
            return web.json_response({"error": "invalid_grant"}, status=400)
        if form.get("redirect_uri") != grant.redirect_uri:
            return web.json_response({"error": "invalid_grant"}, status=400)
        verifier = str(form.get("code_verifier", ""))
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if digest != grant.challenge:
            return web.json_response({"error": "invalid_grant", "error_description": "PKCE"}, status=400)
        if self.tamper == "no-id-token":
            return web.json_response({"access_token": "at", "token_type": "Bearer"})
        return web.json_response(
            {
                "access_token": secrets.token_urlsafe(16),
                "token_type": "Bearer",
                "id_token": self._id_token(grant),
            }
        )

    def _id_token(self, grant: _Grant) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": "http://elders.example/tenant" if self.tamper == "issuer" else self.issuer,
            "sub": grant.subject,
            "aud": "someone-else" if self.tamper == "audience" else grant.client_id,
            "iat": now - 7200 if self.tamper == "expired" else now,
            "exp": now - 3600 if self.tamper == "expired" else now + 300,
            "nonce": "not-the-nonce" if self.tamper == "nonce" else grant.nonce,
        }
        if "profile" in grant.scope.split():
            claims["given_name"] = self.given_name
        key = _key(1 if self.tamper == "key" else 0)
        return jwt.encode({"alg": "RS256", "kid": "key-0"}, claims, key)

    async def _keys(self, request: web.Request) -> web.Response:
        self.requests.append("keys")
        return web.json_response(KeySet([_key(0)]).as_dict(private=False))
