"""Several schools behind one web server: each school's own web app on its own host names.

Every school keeps its own aiohttp application (its own App, store, sign-ins and hub); the server in front
only picks one by the Host header (aiohttp's `add_domain`), so a page of one school can never be answered
with another school's data. An unknown host gets a short page in Dutch (404); on the server's own address
`/health` answers for every school (the container's health check) and `/metrics` has every school's
counts, labelled with the school.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2
from aiohttp import web
from aiohttp.typedefs import Handler
from pydantic import SecretStr

from bot.school_log import SCHOOL
from bot.wiring import App

from ._channel import _MAX_BODY, WebChannel
from ._security import RouteLog

__all__ = ["SchoolsWebServer", "make_schools_web_app"]

log = logging.getLogger("loopbaanbot.web")

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("bot.web", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
)
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_DATABASE_WAIT = 3.0


@dataclass(frozen=True, slots=True)
class _Front:
    """What the server in front knows: each school's slug and App, and the metrics token."""

    schools: tuple[tuple[str, App], ...]
    metrics_token: SecretStr | None


_FRONT = web.AppKey("front", _Front)
# On each school's own web app: its slug, for the log.
_SLUG = web.AppKey("school", str)


@web.middleware
async def _as_school(request: web.Request, handler: Handler) -> web.StreamResponse:
    """What is logged while answering a request names the school (ids are per school's database)."""
    token = SCHOOL.set(request.app[_SLUG])
    try:
        return await handler(request)
    finally:
        SCHOOL.reset(token)


class _SchoolRouteLog(RouteLog):
    """The access log, with the school in front (the server in front answers outside any school)."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        """One line per request."""
        apps = request.match_info.apps if isinstance(request, web.Request) else ()
        slug = next((app[_SLUG] for app in apps if _SLUG in app), None)
        token = SCHOOL.set(slug)
        try:
            super().log(request, response, time)
        finally:
            SCHOOL.reset(token)


async def _unknown_school(request: web.Request) -> web.StreamResponse:
    """No school has this host name: say so, in Dutch, and nothing else."""
    log.info("no school for this host route=unknown-host")
    body = _TEMPLATES.get_template("unknown_school.html").render()
    return web.Response(text=body, status=404, content_type="text/html", charset="utf-8", headers=_HEADERS)


async def _health(request: web.Request) -> web.StreamResponse:
    """200 when every school's database answers, else 503 (which school is in the log, not the answer)."""
    for _slug, app in request.app[_FRONT].schools:
        try:
            async with asyncio.timeout(_DATABASE_WAIT), app.store.read() as view:
                await view.students.get(0)
        except Exception as exc:  # whatever it is, the answer is "not healthy"; the log says what
            log.warning("health check: a school's database did not answer (%s)", type(exc).__name__)
            return web.json_response({"status": "unavailable", "database": "error"}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


async def _metrics(request: web.Request) -> web.StreamResponse:
    """Every school's counts in one scrape, each line labelled with its school (same rules as a school's
    own /metrics: METRICS_TOKEN, or only from this machine)."""
    token = request.app[_FRONT].metrics_token
    if token is not None:
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        allowed = hmac.compare_digest(given.encode(), token.get_secret_value().encode())
    else:
        forwarded = any(h in request.headers for h in ("X-Forwarded-For", "Forwarded", "X-Real-IP"))
        allowed = request.remote in ("127.0.0.1", "::1") and not forwarded
    if not allowed:
        raise web.HTTPForbidden()
    described: dict[str, list[str]] = {}
    samples: dict[str, list[str]] = {}
    for slug, app in request.app[_FRONT].schools:
        for line in (await app.metrics.render()).splitlines():
            if line.startswith("#"):
                name = line.split(" ", 3)[2]
                described.setdefault(name, [])
                if len(described[name]) < 2:
                    described[name].append(line)
            elif line:
                name, value = line.rsplit(" ", 1)
                samples.setdefault(name, []).append(f'{name}{{school="{slug}"}} {value}')
    lines = [line for name in sorted(described) for line in [*described[name], *samples.get(name, [])]]
    return web.Response(
        text="\n".join(lines) + "\n",
        content_type="text/plain",
        charset="utf-8",
        headers={"Cache-Control": "no-store"},
    )


def make_schools_web_app(
    schools: Sequence[tuple[str, Sequence[str], WebChannel]], *, metrics_token: SecretStr | None = None
) -> web.Application:
    """One server for several schools: each (slug, host names, its web channel) by its Host header."""
    server = web.Application(client_max_size=_MAX_BODY)
    server[_FRONT] = _Front(
        tuple((slug, channel.site.app) for slug, _hosts, channel in schools), metrics_token
    )
    for slug, hosts, channel in schools:
        channel.server[_SLUG] = slug
        channel.server.middlewares.insert(0, _as_school)
        for host in hosts:
            server.add_domain(host, channel.server)
    server.router.add_get("/health", _health)
    server.router.add_get("/metrics", _metrics)
    server.router.add_route("*", "/{tail:.*}", _unknown_school)
    return server


class SchoolsWebServer:
    """Listens once for every school (WEB_HOST:WEB_PORT); the schools' web channels do not listen."""

    def __init__(
        self,
        schools: Sequence[tuple[str, Sequence[str], WebChannel]],
        *,
        host: str,
        port: int,
        metrics_token: SecretStr | None = None,
    ) -> None:
        self.server = make_schools_web_app(schools, metrics_token=metrics_token)
        self._host, self._port = host, port
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        """The port it listens on (useful when it was 0: any free port)."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return int(self._runner.addresses[0][1])

    async def open(self) -> None:
        """Bind the address (a port in use fails here, before any school starts)."""
        runner = web.AppRunner(
            self.server,
            access_log_class=_SchoolRouteLog,
            access_log=logging.getLogger("loopbaanbot.web.access"),
            handle_signals=False,
            shutdown_timeout=5.0,
        )
        await runner.setup()
        self._runner = runner
        await web.TCPSite(runner, self._host, self._port).start()

    async def serve(self) -> None:
        """Requests are answered from the moment the address is bound."""
        log.info(
            "web app for %d schools listening on %s:%s",
            len(self.server[_FRONT].schools),
            self._host,
            self.port,
        )

    async def pause(self) -> None:
        """Stop the server (the schools' channels close their open pages themselves)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def close(self) -> None:
        """Nothing is queued here."""
        await self.pause()
