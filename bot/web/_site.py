"""What every page needs: the assembled bot, sign-in, open pages, templates; and rendering a page."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import jinja2
from aiohttp import web

from bot.oidc import SchoolLogin
from bot.signin import Signins
from bot.studio import Previews, Studio
from bot.wiring import App
from dialogues import TextCatalog
from storage import Role, Student, WebLogin

from ._hub import Hub

__all__ = ["FORM_TOKEN", "SCHOOL_NOTES", "SITE", "VISITOR", "Site", "Visitor", "page", "visitor"]

_VERSION = "1"  # part of static URLs: a new version makes browsers fetch the files again
# What linking a school account came to (the privacy page says it after coming back from the provider).
SCHOOL_NOTES = {
    "gekoppeld": "privacy_page.school_linked",
    "al": "privacy_page.school_already",
    "bezet": "privacy_page.school_taken",
    "mislukt": "privacy_page.school_failed",
}


@dataclass(slots=True)
class Site:
    """The web app's collaborators, one per process."""

    app: App
    signins: Signins
    hub: Hub
    templates: jinja2.Environment
    secure_cookies: bool
    # Signing in with a school account, when the school set it up (OIDC_ISSUER, OIDC_CLIENT_ID).
    school_login: SchoolLogin | None = None
    # Set when the process stops: open event streams end.
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    # The coordinators' studio and their preview conversations (this process's memory).
    studio: Studio | None = None
    previews: Previews | None = None

    @property
    def texts(self) -> TextCatalog:
        """The bot's text catalogue (web.*, chat.*, ... and everything the chat says)."""
        return self.app.texts


SITE: web.AppKey[Site] = web.AppKey("site", Site)


@dataclass(frozen=True, slots=True)
class Visitor:
    """Who is looking at a page: nobody signed in, or a person and their login."""

    person: Student | None = None
    login: WebLogin | None = None

    @property
    def role(self) -> Role | None:
        """The person's role, or None when nobody is signed in."""
        return self.person.role if self.person is not None else None


VISITOR: web.RequestKey[Visitor] = web.RequestKey("visitor", Visitor)
# The form token of a visitor who is not signed in (kept in a cookie of its own, for the sign-in form).
FORM_TOKEN: web.RequestKey[str] = web.RequestKey("form_token", str)


def visitor(request: web.Request) -> Visitor:
    """The visitor the sign-in middleware found for this request."""
    return request.get(VISITOR) or Visitor()


def language(request: web.Request) -> str:
    """The person's language, else the school's default."""
    found = visitor(request).person
    return found.language if found is not None else request.app[SITE].app.settings.default_language


def page(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    """Render a page in the visitor's language."""
    site = request.app[SITE]
    who = visitor(request)
    lang = language(request)

    def t(key: str, **params: str) -> str:
        return site.texts.get(key, lang, **params)

    body = site.templates.get_template(template).render(
        t=t,
        has=site.texts.has,
        lang=lang,
        person=who.person,
        role=who.role.value if who.role is not None else None,
        csrf=who.login.csrf if who.login is not None else request.get(FORM_TOKEN, ""),
        path=request.path,
        version=_VERSION,
        idle_minutes=str(site.app.settings.web_idle_minutes),
        school_login=site.school_login is not None,
        school_note=SCHOOL_NOTES.get(request.query.get("schoolaccount", "")),
        **context,
    )
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
