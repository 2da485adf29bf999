"""The web channel: the web app's server in the bot's event loop, and its courier.

What the bot sends by itself (a follow-up, a mentor's weekly summary, a safety message for a mentor) is
added to the person's chat in the database and pushed to their open pages; a page that is closed shows it
next time. A mentor with an e-mail address also gets the weekly summary by mail when SMTP is set up.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

import jinja2
from aiohttp import web

from bot.channels import Channel
from bot.config import Settings
from bot.conversation import Outgoing, small_id
from bot.delivery import Courier
from bot.documents import STATIC as DOCUMENT_STATIC
from bot.documents import TEMPLATES as DOCUMENT_TEMPLATES
from bot.logs import log_exception
from bot.mail import Mailer, MailError
from bot.oidc import SchoolLogin
from bot.signin import WEB_CHANNEL
from bot.studio import Previews, Studio
from bot.wiring import App, load_texts
from storage import PostgresStore, Role, StorageError, StudentKey

from . import (
    _chat_routes,
    _oidc_routes,
    _ops_routes,
    _places_routes,
    _signin_routes,
    _staff_routes,
    _student_routes,
    _studio_publish_routes,
    _studio_routes,
    _studio_try_routes,
)
from ._hub import Hub
from ._security import RouteLog, add_headers, errors, signed_in
from ._site import SITE, Site

__all__ = ["WebChannel", "make_web_app"]

log = logging.getLogger("loopbaanbot.web")

_HERE = Path(__file__).parent
# Where instances sharing a PostgreSQL database tell each other "something new for person N" (the web chat).
_CHAT_TOPIC = "chat"
# A form with a 20,000-character answer fits easily; anything much larger is not a person typing.
_MAX_BODY = 256 * 1024


def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        # The documents' parts (the portfolio, the charts, the summary) are shown on pages too.
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(_HERE / "templates"), jinja2.FileSystemLoader(DOCUMENT_TEMPLATES)]
        ),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        # The templates ship with the code: no disk check on every page (it showed in the web bench).
        auto_reload=False,
    )


def make_web_app(app: App, *, hub: Hub | None = None) -> web.Application:
    """The aiohttp application: middlewares, routes and static files, sharing the assembled bot."""
    settings = app.settings
    site = Site(
        app=app,
        signins=app.signins,
        hub=hub or Hub(),
        templates=_templates(),
        secure_cookies=settings.web_address.startswith("https://"),
        school_login=_school_login(settings),
    )
    site.studio = Studio(store=app.store, resolver=app.conversations.talk.scripts, clock=app.clock)
    site.previews = Previews(
        load_texts(settings)[0],
        app.clock,
        app.conversations.today,
        school_holidays=app.policy.school_breaks(),
    )
    server = web.Application(middlewares=[errors, signed_in], client_max_size=_MAX_BODY)
    server[SITE] = site
    server.on_response_prepare.append(add_headers)
    for module in (
        _signin_routes,
        _oidc_routes,
        _chat_routes,
        _student_routes,
        _staff_routes,
        _places_routes,
        _studio_routes,
        _studio_publish_routes,
        _studio_try_routes,
    ):
        server.add_routes(module.routes)
    server.router.add_static("/static/doc", DOCUMENT_STATIC, name="document_static", append_version=False)
    _ops_routes.install(server)
    server.router.add_static("/static", _HERE / "static", name="static", append_version=False)
    return server


def _school_login(settings: Settings) -> SchoolLogin | None:
    if settings.oidc_issuer is None or settings.oidc_client_id is None:
        return None
    secret = settings.oidc_client_secret
    return SchoolLogin(
        issuer=settings.oidc_issuer,
        client_id=settings.oidc_client_id,
        client_secret=secret.get_secret_value() if secret is not None else None,
        redirect_uri=f"{settings.web_address}/inloggen/school/terug",
        subject_claim=settings.oidc_subject_claim,
        name_claim=settings.oidc_name_claim,
    )


class WebChannel(Channel, Courier):
    """The web app as a channel: `open` binds the address, `serve` lets requests in."""

    name = WEB_CHANNEL

    def __init__(
        self, app: App, *, host: str | None = None, port: int | None = None, listen: bool = True
    ) -> None:
        self._app = app
        # Several schools: one server in front listens for all of them (bot/web/_schools.py).
        self._listen = listen
        self.server = make_web_app(app)
        self.site = self.server[SITE]
        self._host = host or app.settings.web_host
        self._port = app.settings.web_port if port is None else port
        self._runner: web.AppRunner | None = None
        self._mailer = Mailer(app.settings) if app.settings.mail else None

    @property
    def courier(self) -> Courier:
        """Itself: deliveries go into the person's chat (and a mentor's summary into their mail)."""
        return self

    @property
    def port(self) -> int:
        """The port it listens on (useful when it was 0: any free port)."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return int(self._runner.addresses[0][1])

    async def open(self) -> None:
        """Bind the address (a port in use fails here, before the bot starts)."""
        if not self._listen:
            return
        runner = web.AppRunner(
            self.server,
            access_log_class=RouteLog,
            access_log=logging.getLogger("loopbaanbot.web.access"),
            handle_signals=False,
            shutdown_timeout=5.0,
        )
        await runner.setup()
        self._runner = runner
        await web.TCPSite(runner, self._host, self._port).start()

    async def serve(self) -> None:
        """Requests are answered from the moment the address is bound; pages open here also hear about
        messages that other instances on the same database add (PostgreSQL)."""
        store = self._app.store
        if isinstance(store, PostgresStore):
            await store.subscribe(_CHAT_TOPIC, self._heard)
        if self._listen:
            log.info("web app listening on %s:%s", self._host, self.port)

    def _heard(self, message: str) -> None:
        """Another instance added to someone's chat (or, empty: anyone's may have changed)."""
        person = small_id(message)
        if person is None:
            self.site.hub.wake_everyone()
        else:
            self.site.hub.wake(person)

    async def pause(self) -> None:
        """Close open pages' streams and stop the server."""
        self.site.stopping.set()
        self.site.hub.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def close(self) -> None:
        """Nothing is queued: deliveries are stored when they are made."""
        await self.pause()

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        """Add the messages to the person's chat, wake their open pages, mail a mentor's summary."""
        store = self._app.store
        async with store.read() as view:
            person = await view.students.find(key)
            mentor = await view.school.mentor(person.id) if person is not None else None
        if person is None or not messages:
            return False
        await handed_over()
        async with store.transaction() as tx:
            for message in messages:
                await tx.transcript.add(person.id, "bot", message.to_json(), now=self._app.clock.now())
        self.site.hub.wake(person.id)
        if isinstance(store, PostgresStore):
            try:
                await store.broadcast(_CHAT_TOPIC, str(person.id))
            except StorageError as exc:  # the page finds the message itself within 15 s
                log_exception(log, "could not tell other instances about a message for %s", exc, person.id)
        if person.role is Role.MENTOR and mentor is not None and mentor.email and self._mailer is not None:
            await self._mail(mentor.email, person.id, messages)
        return True

    async def _mail(self, to: str, person_id: int, messages: list[Outgoing]) -> None:
        summary = next(
            (f for m in messages for f in m.attachments if f.filename.startswith("weekoverzicht-")), None
        )
        if summary is None or self._mailer is None:
            return
        text = (
            "\n\n".join("\n".join([block.title, *block.lines]) for m in messages for block in m.blocks)
            or "Weekoverzicht"
        )
        subject = next((b.title for m in messages for b in m.blocks), "Weekoverzicht")
        try:
            await self._mailer.send(to, subject, text, summary.data.decode("utf-8"))
            log.info("weekly summary mailed to mentor %s", person_id)
        except MailError as exc:
            log_exception(log, "could not mail the weekly summary to mentor %s", exc, person_id)
