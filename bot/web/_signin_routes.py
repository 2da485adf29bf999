"""Signing in with a one-time code, signing out, and the start page that sends everyone to their own."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.conversation import Command
from storage import Role

from ._chat_routes import who
from ._security import COOKIE, checked_form
from ._site import SITE, page, visitor

__all__ = ["HOMES", "routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()

HOMES = {Role.STUDENT: "/chat", Role.MENTOR: "/klas", Role.COORDINATOR: "/school"}
_MESSAGES = {"uit": "signin.signed_out", "verlopen": "signin.expired", "weg": "privacy_page.deleted"}


@routes.get("/", name="home")
async def home(request: web.Request) -> web.StreamResponse:
    """Signed in: your own start page; else the sign-in page."""
    role = visitor(request).role
    raise web.HTTPSeeOther(HOMES[role] if role is not None else "/inloggen")


@routes.get("/inloggen", name="signin")
async def signin_page(request: web.Request) -> web.StreamResponse:
    """The sign-in form; a QR code's link fills in the code (the visitor still presses the button)."""
    if visitor(request).person is not None:
        raise web.HTTPSeeOther("/")
    code = request.query.get("code", "")[:40]
    message = _MESSAGES.get(request.query.get("m", ""))
    if message is None and request.cookies.get(COOKIE):
        message = "signin.expired"
    return page(request, "signin.html", code=code, message=message, problem=None)


@routes.post("/inloggen", name="signin_post")
async def signin_post(request: web.Request) -> web.StreamResponse:
    """Redeem the code; a student's first visit starts with the welcome (and the link to their mentor)."""
    form = await checked_form(request)
    typed = form.get("code")
    typed = typed if isinstance(typed, str) else ""
    site = request.app[SITE]
    own_device = form.get("eigen") == "ja"
    outcome = await site.signins.sign_in(typed, address=request.remote or "?", own_device=own_device)
    if outcome.status != "ok" or outcome.person is None:
        problem = "signin.throttled" if outcome.status == "throttled" else "signin.wrong"
        status = 429 if outcome.status == "throttled" else 400
        return page(request, "signin.html", status=status, code=typed[:40], message=None, problem=problem)
    person = outcome.person
    if person.role is Role.STUDENT:
        async with site.app.store.read() as view:
            started = await view.transcript.recent(person.id, limit=1)
        service = site.app.conversations
        if not started:
            await service.handle(who(person), Command("start"), echo="")
        if outcome.class_code:
            # Linking is the student's choice: they see exactly what the mentor would see, then decide.
            await service.handle(who(person), Command("koppel", outcome.class_code), echo="")
    response = web.HTTPSeeOther(HOMES[person.role])
    response.set_cookie(
        COOKIE, outcome.token, path="/", httponly=True, samesite="Lax", secure=site.secure_cookies
    )
    raise response


@routes.post("/uitloggen", name="signout")
async def signout(request: web.Request) -> web.StreamResponse:
    """End this browser's login."""
    await checked_form(request)
    token = request.cookies.get(COOKIE, "")
    if token:
        await request.app[SITE].signins.sign_out(token)
    response = web.HTTPSeeOther("/inloggen?m=uit")
    response.del_cookie(COOKIE, path="/")
    raise response
