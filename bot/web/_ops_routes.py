"""For the school's IT: a health check (containers, load balancers) and counts for Prometheus.

`/health` answers 200 with {"status": "ok"} when the database answers, else 503: enough for a container's
health check or a load balancer, and it says nothing about anyone. `/metrics` gives counts only (turns,
follow-ups, Bot API errors, open pages and signed-in browsers). Counts still show how busy a school is, so
they are not for everyone: with METRICS_TOKEN set a scraper sends it as a bearer token; without it only a
request made on this machine itself (not through a proxy) gets them.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from datetime import timedelta

from aiohttp import web

from ._site import SITE

__all__ = ["install", "routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()

_LOOPBACK = ("127.0.0.1", "::1")
# A health check must answer quickly, also when the database does not.
_DATABASE_WAIT = 3.0


@routes.get("/health", name="health")
async def health(request: web.Request) -> web.StreamResponse:
    """200 when the bot and its database answer, 503 otherwise (nothing personal in either)."""
    app = request.app[SITE].app
    try:
        async with asyncio.timeout(_DATABASE_WAIT), app.store.read() as view:
            await view.students.get(0)
    except Exception as exc:  # whatever it is, the answer is "not healthy"; the log says what
        log.warning("health check: the database did not answer (%s)", type(exc).__name__)
        return web.json_response({"status": "unavailable", "database": "error"}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


def _allowed(request: web.Request) -> bool:
    token = request.app[SITE].app.settings.metrics_token
    if token is not None:
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        return hmac.compare_digest(given.encode(), token.get_secret_value().encode())
    # Without a token: only from this machine, and not forwarded by a reverse proxy on it.
    forwarded = any(h in request.headers for h in ("X-Forwarded-For", "Forwarded", "X-Real-IP"))
    return request.remote in _LOOPBACK and not forwarded


@routes.get("/metrics", name="metrics")
async def metrics(request: web.Request) -> web.StreamResponse:
    """Counts in Prometheus's text format; 403 without METRICS_TOKEN (or from elsewhere without one)."""
    if not _allowed(request):
        raise web.HTTPForbidden()
    body = await request.app[SITE].app.metrics.render()
    return web.Response(
        text=body, content_type="text/plain", charset="utf-8", headers={"Cache-Control": "no-store"}
    )


def install(server: web.Application) -> None:
    """Add these routes, and the web app's own counts: open chat pages here, and browsers signed in (used
    within the idle time)."""
    server.add_routes(routes)
    site = server[SITE]
    app = site.app

    async def signed_in() -> float:
        since = app.clock.now() - timedelta(minutes=app.settings.web_idle_minutes)
        async with app.store.read() as view:
            return await view.logins.count_open(since=since)

    app.metrics.gauge(
        "loopbaanbot_web_open_pages", "Chat pages open on this instance.", lambda: site.hub.open_pages
    )
    app.metrics.gauge(
        "loopbaanbot_web_sessions", "Browsers signed in and used within the idle time.", signed_in
    )
