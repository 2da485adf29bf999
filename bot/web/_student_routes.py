"""Everyone's own data: the student's dossier, privacy (who sees what), a copy of everything, deleting it."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from bot.codes import format_code
from bot.conversation import Menu, Pressed
from bot.documents import (
    VERSION,
    DateWords,
    chart_context,
    export_html,
    export_json,
    home_card_html,
    take_along_html,
)
from bot.portfolio import build_portfolio
from bot.signin import WEB_CHANNEL
from bot.views import contacts_blocks, steps_blocks
from storage import Dossier, Role, Student

from ._chat_routes import student, who
from ._security import COOKIE, checked_form
from ._site import SITE, page, visitor

__all__ = ["routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()
_FILES = {"mijn-gegevens.html": "text/html", "mijn-gegevens.json": "application/json"}


async def _dossier(request: web.Request) -> tuple[Student, Dossier]:
    person = student(request)
    async with request.app[SITE].app.store.read() as view:
        return person, await view.dossier.dossier(person.id)


@routes.get("/dossier", name="dossier")
async def dossier_page(request: web.Request) -> web.StreamResponse:
    """The dossier as a portfolio with the thread and competencies as pictures; steps and contacts can be
    taken up in the chat; the portfolio to take along and the card for at home one tap away."""
    person, dossier = await _dossier(request)
    site = request.app[SITE]
    today = site.app.conversations.today()
    lang = person.language
    portfolio = build_portfolio(dossier, site.texts, lang, today)
    open_steps = [s for s in dossier.steps if s.status.value in ("open", "changed")]
    return page(
        request,
        "dossier.html",
        portfolio=portfolio,
        datum=DateWords(site.texts, lang, today).day,
        doc_version=VERSION,
        blocks=[
            *steps_blocks(dossier.steps, site.texts, lang, today),
            *(contacts_blocks(dossier.contacts, site.texts, lang, today) if dossier.contacts else []),
        ],
        steps=open_steps,
        contacts=dossier.contacts,
        **chart_context(portfolio, site.texts, lang, today),
    )


def _document(request: web.Request, body: str, filename: str) -> web.Response:
    """A document as a page to read and print, or (?bestand=1) as a file to keep."""
    headers = (
        {"Content-Disposition": f'attachment; filename="{filename}"'} if "bestand" in request.query else {}
    )
    return web.Response(text=body, content_type="text/html", charset="utf-8", headers=headers)


@routes.get("/dossier/meenemen", name="take_along")
async def take_along(request: web.Request) -> web.StreamResponse:
    """The portfolio to take to a next school: printable, or as a file to keep."""
    person, dossier = await _dossier(request)
    site = request.app[SITE]
    lang, today = person.language, site.app.conversations.today()
    as_file = "bestand" in request.query
    links = [
        ("/dossier", site.texts.get("dossier_page.back", lang)),
        ("/dossier/meenemen?bestand=1", site.texts.get("dossier_page.download", lang)),
    ]
    body = take_along_html(
        dossier, site.texts, lang, today, standalone=as_file, links=() if as_file else links
    )
    log.info("student %s opened the portfolio to take along%s", person.id, " as a file" if as_file else "")
    return _document(request, body, site.texts.get("take_along.file", lang))


@routes.get("/dossier/thuis", name="home_card")
async def home_card(request: web.Request) -> web.StreamResponse:
    """The card for the kitchen table: the student prints it or shows it; nothing is sent to anyone."""
    person, dossier = await _dossier(request)
    site = request.app[SITE]
    lang, today = person.language, site.app.conversations.today()
    as_file = "bestand" in request.query
    links = [
        ("/dossier", site.texts.get("dossier_page.back", lang)),
        ("/dossier/thuis?bestand=1", site.texts.get("dossier_page.download", lang)),
    ]
    body = home_card_html(
        dossier, site.texts, lang, today, standalone=as_file, links=() if as_file else links
    )
    log.info("student %s opened the card for at home%s", person.id, " as a file" if as_file else "")
    return _document(request, body, site.texts.get("home.file", lang))


@routes.get("/privacy", name="privacy")
async def privacy_page(request: web.Request) -> web.StreamResponse:
    """What is stored, why, who sees it, for how long; and for a student, who sees what right now."""
    person = visitor(request).person
    if person is None:
        raise web.HTTPSeeOther("/inloggen")
    site = request.app[SITE]
    lang = person.language
    now_line = None
    if person.role is Role.STUDENT:
        async with site.app.store.read() as view:
            link = await view.school.link_of(person.id)
            mentor = await view.school.mentor(link.mentor_id) if link is not None else None
        if link is None or mentor is None:
            now_line = site.texts.get("privacy_now.unlinked", lang)
        else:
            key = "privacy_now.linked_all" if link.share_answers else "privacy_now.linked_basic"
            now_line = site.texts.get(key, lang, mentor=mentor.name)
    return _privacy(request, person, now_line=now_line)


def _privacy(
    request: web.Request, person: Student, *, status: int = 200, now_line: str | None = None, **extra: Any
) -> web.Response:
    site = request.app[SITE]
    text = site.texts.get("privacy", person.language, dagen=str(site.app.settings.retention_days))
    context: dict[str, Any] = {
        "paragraphs": text.split("\n\n"),
        "now_line": now_line,
        "problem": None,
        "on_telegram": person.key.channel != WEB_CHANNEL,
        "telegram_code": None,
        "days": str(site.signins.code_valid_for.days),
        **extra,
    }
    return page(request, "privacy.html", status=status, **context)


@routes.post("/privacy/telegram", name="privacy_telegram")
async def privacy_telegram(request: web.Request) -> web.StreamResponse:
    """A code to send in Telegram (/web CODE): that chat then belongs to this same dossier."""
    person = student(request)
    await checked_form(request)
    site = request.app[SITE]
    async with site.app.store.transaction() as tx:
        [code] = await site.signins.create(tx, role=Role.STUDENT, person_id=person.id, created_by=person.id)
    log.info("person %s made a code to connect Telegram", person.id)
    return _privacy(request, person, telegram_code=format_code(code))


@routes.get("/mijn-gegevens/{name}", name="export")
async def export_file(request: web.Request) -> web.StreamResponse:
    """A copy of everything stored about the signed-in person, as a readable page or as JSON."""
    person = visitor(request).person
    name = request.match_info["name"]
    if person is None:
        raise web.HTTPSeeOther("/inloggen")
    if name not in _FILES:
        raise web.HTTPNotFound()
    site = request.app[SITE]
    async with site.app.store.read() as view:
        export = await view.privacy.export(person.id)
        dossier = await view.dossier.dossier(person.id)
    today = site.app.conversations.today()
    tz = site.app.settings.tz
    body = (
        export_json(export)
        if name.endswith(".json")
        else export_html(export, site.texts, person.language, today, tz, dossier=dossier)
    )
    log.info("person %s downloaded their data (%s)", person.id, name.rsplit(".", 1)[-1])
    return web.Response(
        body=body,
        content_type=_FILES[name],
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@routes.post("/verwijderen", name="delete")
async def delete(request: web.Request) -> web.StreamResponse:
    """Delete everything about the signed-in person, after they ticked the box that says so."""
    person = visitor(request).person
    if person is None:
        raise web.HTTPSeeOther("/inloggen")
    form = await checked_form(request)
    if form.get("zeker") != "ja":
        return _privacy(request, person, status=400, problem="privacy_page.delete_unchecked")
    # The same confirmed step as the button in Telegram: one way to delete, tested once.
    await request.app[SITE].app.conversations.handle(who(person), Pressed(Menu("verwijderen", "ja")))
    response = web.HTTPSeeOther("/inloggen?m=weg")
    response.del_cookie(COOKIE, path="/")
    raise response
