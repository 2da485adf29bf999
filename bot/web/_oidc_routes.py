"""Signing in with a school account (OpenID Connect), and linking one to the dossier one already has.

The browser leaves for the school's provider with a short-lived cookie that holds the request's state,
nonce and PKCE verifier, and comes back to /inloggen/school/terug with a code. A sign-in whose state does
not match this browser's cookie is refused (nobody can sign a student in as someone else). Linking is a
form on the privacy page (with the form token), so a school account is only ever added to a dossier by
the person who is signed in to it.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.conversation import Command
from bot.oidc import Pending, SchoolAccountError
from storage import Role

from ._chat_routes import who
from ._security import COOKIE, checked_form
from ._signin_routes import HOMES
from ._site import SITE, page, visitor

__all__ = ["routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()

_PENDING = "lb_schoolaccount"
_PENDING_PATH = "/inloggen/school"
# Long enough to sign in at the provider (with two-step verification), short enough not to linger.
_PENDING_SECONDS = 600


async def _leave(request: web.Request, *, link: int | None) -> web.StreamResponse:
    site = request.app[SITE]
    login = site.school_login
    if login is None:
        raise web.HTTPNotFound()
    try:
        url, pending = await login.start(link=link)
    except SchoolAccountError as exc:
        log.warning("school account: the provider cannot be used now (%s)", exc)
        return page(
            request, "signin.html", status=503, code="", message=None, problem="signin.school_unavailable"
        )
    response = web.HTTPSeeOther(url)
    response.set_cookie(
        _PENDING,
        pending.dump(),
        path=_PENDING_PATH,
        max_age=_PENDING_SECONDS,
        httponly=True,
        samesite="Lax",  # sent along when the provider sends the browser back (a top-level GET)
        secure=site.secure_cookies,
    )
    raise response


@routes.get("/inloggen/school", name="school_signin")
async def school_signin(request: web.Request) -> web.StreamResponse:
    """To the school's provider to sign in (someone signed in already is sent home)."""
    if visitor(request).person is not None:
        raise web.HTTPSeeOther("/")
    return await _leave(request, link=None)


@routes.post("/inloggen/school", name="school_link")
async def school_link(request: web.Request) -> web.StreamResponse:
    """To the school's provider to link that account to the signed-in person (from the privacy page)."""
    await checked_form(request)
    person = visitor(request).person
    if person is None:
        raise web.HTTPSeeOther("/inloggen")
    return await _leave(request, link=person.id)


@routes.get("/inloggen/school/terug", name="school_back")
async def school_back(request: web.Request) -> web.StreamResponse:
    """Back from the provider: check everything, then sign in (or link) and go home."""
    site = request.app[SITE]
    login = site.school_login
    if login is None:
        raise web.HTTPNotFound()
    pending = Pending.load(request.cookies.get(_PENDING, ""))
    person = visitor(request).person
    try:
        if pending is None:
            raise SchoolAccountError("no sign-in was started in this browser (or it took too long)")
        identity = await login.finish(pending, dict(request.query))
    except SchoolAccountError as exc:
        log.warning("school account sign-in refused: %s", exc)
        if pending is not None and pending.link is not None and person is not None:
            return _done(web.HTTPSeeOther("/privacy?schoolaccount=mislukt"))
        return _done(
            page(request, "signin.html", status=400, code="", message=None, problem="signin.school_failed")
        )
    if pending.link is not None:
        if person is None or person.id != pending.link:
            return _done(web.HTTPSeeOther("/inloggen"))
        outcome = await site.signins.link_account(person.id, identity)
        note = {"linked": "gekoppeld", "already": "al", "taken": "bezet"}[outcome]
        return _done(web.HTTPSeeOther(f"/privacy?schoolaccount={note}"))
    signed = await site.signins.sign_in_with_account(identity)
    assert signed.person is not None
    if signed.person.role is Role.STUDENT:
        async with site.app.store.read() as view:
            started = await view.transcript.recent(signed.person.id, limit=1)
        if not started:
            await site.app.conversations.handle(who(signed.person), Command("start"), echo="")
    response = web.HTTPSeeOther(HOMES[signed.person.role])
    response.set_cookie(
        COOKIE, signed.token, path="/", httponly=True, samesite="Lax", secure=site.secure_cookies
    )
    return _done(response)


def _done(response: web.Response) -> web.Response:
    """The pending sign-in is used up, whatever came of it."""
    response.del_cookie(_PENDING, path=_PENDING_PATH)
    if isinstance(response, web.HTTPException):
        raise response
    return response
