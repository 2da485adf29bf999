"""Every request passes here: who is signed in, headers that lock the page down, forms that must be ours,
and errors as a kind page in the visitor's language instead of a traceback."""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from multidict import MultiDictProxy

from bot.logs import log_exception

from ._site import FORM_TOKEN, SITE, VISITOR, Visitor, page, visitor

__all__ = [
    "COOKIE",
    "CSRF_COOKIE",
    "RouteLog",
    "add_headers",
    "checked_form",
    "errors",
    "signed_in",
]

log = logging.getLogger("loopbaanbot.web")

COOKIE = "lb_sessie"
# What a visitor who is not signed in may see.
_PUBLIC = ("/inloggen", "/static/", "/health", "/metrics")
CSRF_COOKIE = "lb_formulier"
# No inline script, no eval, nothing from elsewhere; the page may not be framed.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
    " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
_HEADERS = {
    "Content-Security-Policy": _CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """On every response, streams included (on_response_prepare)."""
    for name, value in _HEADERS.items():
        response.headers.setdefault(name, value)
    if request.app[SITE].secure_cookies:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if "Cache-Control" not in response.headers and not request.path.startswith("/static/"):
        # Pages hold personal data: not kept by the browser's cache or a proxy.
        response.headers["Cache-Control"] = "no-store"


@web.middleware
async def signed_in(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Find the person behind the cookie (an expired or unknown cookie is dropped)."""
    site = request.app[SITE]
    token = request.cookies.get(COOKIE, "")
    found = await site.signins.current(token) if token else None
    if found is not None:
        request[VISITOR] = Visitor(person=found[1], login=found[0])
    else:
        request[VISITOR] = Visitor()
        csrf = request.cookies.get(CSRF_COOKIE, "")
        request[FORM_TOKEN] = csrf if 20 <= len(csrf) <= 64 else secrets.token_urlsafe(24)
        if not request.path.startswith(_PUBLIC):
            # Not signed in (any more): back to the sign-in page, which says why when a cookie was there.
            log.info("not signed in route=%s", _route(request))
            target = "/inloggen?m=verlopen" if token else "/inloggen"
            if request.method == "GET" and request.headers.get("Accept") != "text/event-stream":
                redirect = web.HTTPSeeOther(target)
                redirect.del_cookie(COOKIE, path="/")
                raise redirect
            raise web.HTTPUnauthorized(reason="expired" if token else "anonymous")
    response = await handler(request)
    if token and found is None and request.path != "/inloggen":
        response.del_cookie(COOKIE, path="/")
    if found is None and request.get(FORM_TOKEN) != request.cookies.get(CSRF_COOKIE):
        response.set_cookie(
            CSRF_COOKIE,
            request[FORM_TOKEN],
            path="/",
            httponly=True,
            samesite="Lax",
            secure=site.secure_cookies,
        )
    return response


def _same_origin(request: web.Request) -> bool:
    """A browser names the page a form came from: it must be this site (when it says)."""
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        return origin is None
    settings = request.app[SITE].app.settings
    expected = urlsplit(settings.web_address).netloc
    return urlsplit(origin).netloc in (expected, request.host)


async def checked_form(request: web.Request) -> MultiDictProxy[str | bytes | bytearray | web.FileField]:
    """The posted form, after checking it is ours: same origin and the right CSRF token; 403 otherwise.

    A body too large is a 413 and undecodable text a 400, both as a page (see `errors`).
    """
    if not _same_origin(request):
        log.warning("form from another origin refused route=%s", _route(request))
        raise web.HTTPForbidden(reason="csrf")
    try:
        form = await request.post()
    except (UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, web.HTTPException):
            raise
        raise web.HTTPBadRequest(reason="undecodable form") from None
    who = visitor(request)
    expected = who.login.csrf if who.login is not None else request.cookies.get(CSRF_COOKIE, "")
    given = form.get("csrf")
    if not expected or not isinstance(given, str) or not hmac.compare_digest(given, expected):
        log.warning("form with a missing or wrong CSRF token refused route=%s", _route(request))
        raise web.HTTPForbidden(reason="csrf")
    return form


def _route(request: web.Request) -> str:
    info = request.match_info
    resource = info.route.resource if info.route is not None else None
    return resource.canonical if resource is not None else "?"


def _wants_fragment(request: web.Request) -> bool:
    return request.headers.get("X-Requested-With") == "fetch"


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """4xx and 5xx as a page in Dutch (or English), never a traceback; the log gets the route only."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        if exc.status == 401:
            # A form sent after the login ended (idle too long on a shared computer): sign in again.
            response = page(
                request, "signin.html", status=401, code="", message="signin.expired", problem=None
            )
            response.del_cookie(COOKIE, path="/")
            return response
        return _error_page(request, exc.status, csrf=exc.reason == "csrf")
    except Exception as exc:
        log_exception(log, "web request failed route=%s", exc, _route(request))
        return _error_page(request, 500)


def _error_page(request: web.Request, status: int, *, csrf: bool = False) -> web.Response:
    known = status if status in (400, 403, 404, 405, 413) else (500 if status >= 500 else 400)
    if status == 429:
        known = 400
    key = "web.csrf" if csrf else f"errors.{known}"
    if _wants_fragment(request):
        site = request.app[SITE]
        person = visitor(request).person
        lang = person.language if person is not None else site.app.settings.default_language
        return web.Response(status=status, text=site.texts.get(key, lang), content_type="text/plain")
    return page(request, "error.html", status=status, message_key=key)


class RouteLog(AbstractAccessLogger):
    """The access log: method, route (never the path's ids or a query string), status and time."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        """One line per request."""
        route = _route(request) if isinstance(request, web.Request) else "?"
        self.logger.info("%s %s %s %.0fms", request.method, route, response.status, time * 1000)
