"""Everyone's own data: the student's dossier, privacy (who sees what), a copy of everything, deleting it."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.conversation import Menu, Pressed
from bot.documents import export_html, export_json
from bot.views import dossier_blocks
from storage import Role

from ._chat_routes import student, who
from ._security import COOKIE, checked_form
from ._site import SITE, page, visitor

__all__ = ["routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()
_FILES = {"mijn-gegevens.html": "text/html", "mijn-gegevens.json": "application/json"}


@routes.get("/dossier", name="dossier")
async def dossier_page(request: web.Request) -> web.StreamResponse:
    """The whole dossier; each open step and each contact can be taken up in the chat."""
    person = student(request)
    site = request.app[SITE]
    async with site.app.store.read() as view:
        dossier = await view.dossier.dossier(person.id)
    today = site.app.conversations.today()
    blocks = dossier_blocks(dossier, site.texts, person.language, today)
    open_steps = [s for s in dossier.steps if s.status.value in ("open", "changed")]
    return page(request, "dossier.html", blocks=blocks, steps=open_steps, contacts=dossier.contacts)


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
    days = str(site.app.settings.retention_days)
    text = site.texts.get("privacy", lang, dagen=days)
    return page(request, "privacy.html", paragraphs=text.split("\n\n"), now_line=now_line, problem=None)


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
    today = site.app.conversations.today()
    body = (
        export_json(export)
        if name.endswith(".json")
        else export_html(export, site.texts, person.language, today, site.app.settings.tz)
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
        site = request.app[SITE]
        text = site.texts.get("privacy", person.language, dagen=str(site.app.settings.retention_days))
        return page(
            request,
            "privacy.html",
            status=400,
            paragraphs=text.split("\n\n"),
            now_line=None,
            problem="privacy_page.delete_unchecked",
        )
    # The same confirmed step as the button in Telegram: one way to delete, tested once.
    await request.app[SITE].app.conversations.handle(who(person), Pressed(Menu("verwijderen", "ja")))
    response = web.HTTPSeeOther("/inloggen?m=weg")
    response.del_cookie(COOKIE, path="/")
    raise response
