"""The studio: publishing a draft, throwing it away, the history with what changed, rollback, and the
script as a YAML file (download, and upload into the draft)."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.studio import (
    BadImportError,
    BlockedError,
    NothingToDoError,
    StaleDraftError,
    diff_scripts,
)
from dialogues import Script, check_script

from ._security import checked_form
from ._site import SITE, page
from ._studio_view import coordinator, moment, names, revision_of, script_of, studio_of

__all__ = ["routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()
_NOTE = 300


@routes.post("/studio/{script}/publiceren", name="studio_publish")
async def publish(request: web.Request) -> web.StreamResponse:
    """The draft becomes the version new conversations start on, in every process; errors block it."""
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    note = " ".join(str(form.get("notitie", "")).split())[:_NOTE]
    try:
        await studio_of(request).publish(person.id, script_id, revision_of(form), note)
    except StaleDraftError:
        raise web.HTTPSeeOther(f"/studio/{script_id}?m=verouderd#publiceren") from None
    except NothingToDoError:
        raise web.HTTPSeeOther(f"/studio/{script_id}?m=niets_te_publiceren#publiceren") from None
    except BlockedError:
        raise web.HTTPSeeOther(f"/studio/{script_id}?m=geblokkeerd#publiceren") from None
    raise web.HTTPSeeOther(f"/studio/{script_id}?m=gepubliceerd")


@routes.post("/studio/{script}/weggooien", name="studio_discard")
async def discard(request: web.Request) -> web.StreamResponse:
    """Throw the draft away; the version in use stays."""
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    try:
        await studio_of(request).discard(person.id, script_id, revision_of(form))
    except StaleDraftError:
        raise web.HTTPSeeOther(f"/studio/{script_id}?m=verouderd#publiceren") from None
    raise web.HTTPSeeOther(f"/studio/{script_id}?m=weggegooid")


def _script(source: str | None, script_id: str) -> Script | None:
    if source is None:
        return None
    script, _ = check_script(source, f"{script_id}.yaml")
    # An old version that newer checks cannot read is listed without its changes.
    return script


@routes.get("/studio/{script}/geschiedenis", name="studio_history")
async def history(request: web.Request) -> web.StreamResponse:
    """Every publication, newest first, with what changed per question; rollback; the studio's log."""
    person = coordinator(request)
    script_id = script_of(request)
    studio = studio_of(request)
    lang = person.language
    async with request.app[SITE].app.store.read() as view:
        ws = await studio.workspace(script_id, view)
        publications = await view.studio.publications(script_id)
        changes = await view.studio.changes(script_id, limit=200)
        people = await names(view, [p.published_by for p in publications] + [c.person_id for c in changes])
    by_id = {p.id: p for p in publications}
    default = ws.default
    versions: dict[str, Script | None] = {default.digest: default.script}
    for publication in publications:
        if publication.digest not in versions:
            versions[publication.digest] = _script(
                await studio.source(script_id, publication.digest), script_id
            )
    rows = []
    for index, publication in enumerate(publications):
        before = publications[index + 1].digest if index + 1 < len(publications) else default.digest
        new, old = versions.get(publication.digest), versions.get(before)
        diff = diff_scripts(old, new) if new is not None and before != publication.digest else []
        back = by_id.get(publication.rollback_of or 0)
        rows.append(
            {
                "publication": publication,
                "when": moment(publication.published_at, request, lang),
                "who": people.get(publication.published_by or 0),
                "diff": diff,
                "current": index == 0,
                "rollback_of": moment(back.published_at, request, lang) if back else None,
                "is_default": publication.digest == default.digest,
            }
        )
    log_rows = [(moment(c.at, request, lang), people.get(c.person_id or 0), c) for c in changes]
    return page(
        request,
        "studio_history.html",
        script_id=script_id,
        title=(ws.live.script.title.get(lang) or [script_id])[0],
        rows=rows,
        log_rows=log_rows,
        using_default=ws.publication is None or ws.publication.digest == default.digest,
        message=request.query.get("m", ""),
    )


@routes.post("/studio/{script}/terugzetten", name="studio_rollback")
async def rollback(request: web.Request) -> web.StreamResponse:
    """Publish an earlier version again as the newest ('standaard': the version the bot ships)."""
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    chosen = str(form.get("publicatie", ""))
    publication_id = None if chosen == "standaard" else int(chosen) if chosen.isdigit() else -1
    try:
        await studio_of(request).rollback(person.id, script_id, publication_id)
    except NothingToDoError:
        raise web.HTTPSeeOther(f"/studio/{script_id}/geschiedenis?m=niets") from None
    raise web.HTTPSeeOther(f"/studio/{script_id}/geschiedenis?m=teruggezet")


@routes.get("/studio/{script}/bestand", name="studio_export")
async def export(request: web.Request) -> web.StreamResponse:
    """The draft (?versie=concept) or a version (?versie=<hash>; default: the one in use) as YAML."""
    coordinator(request)
    script_id = script_of(request)
    studio = studio_of(request)
    ws = await studio.workspace(script_id)
    wanted = request.query.get("versie", "")
    if wanted == "concept":
        if ws.draft is None:
            raise web.HTTPNotFound()
        source: str | None = ws.draft.source
        name = f"{script_id}-concept.yaml"
    else:
        digest = wanted or ws.live.digest
        source = await studio.source(script_id, digest)
        name = f"{script_id}-{digest[:8]}.yaml"
    if source is None:
        raise web.HTTPNotFound()
    return web.Response(
        text=source,
        content_type="application/yaml",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@routes.post("/studio/{script}/bestand", name="studio_import")
async def upload(request: web.Request) -> web.StreamResponse:
    """A YAML file of this script replaces the draft (it is checked like every other change)."""
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    field = form.get("bestand")
    if not isinstance(field, web.FileField):
        return await _import_problem(request, script_id, "studio.import.missing", {})
    try:
        text = field.file.read().decode("utf-8")
    except UnicodeDecodeError:
        return await _import_problem(request, script_id, "studio.import.not_yaml", {"detail": "UTF-8"})
    try:
        await studio_of(request).replace(person.id, script_id, revision_of(form), text)
    except StaleDraftError:
        raise web.HTTPSeeOther(f"/studio/{script_id}?m=verouderd#bestand") from None
    except BadImportError as exc:
        return await _import_problem(request, script_id, exc.key, exc.params)
    raise web.HTTPSeeOther(f"/studio/{script_id}?m=ingelezen")


async def _import_problem(
    request: web.Request, script_id: str, key: str, params: dict[str, str]
) -> web.Response:
    person = coordinator(request)
    text = request.app[SITE].texts.get(key, person.language, **params)
    return page(request, "studio_import.html", status=400, script_id=script_id, problem=text)
