"""The studio: the scripts, a script with its questions (add, remove, move), and the form of one question.

Coordinators only. Every change goes to the draft and carries the draft's revision: a stale one is refused
and nothing is lost (the question form shows what was typed next to what is there now). Plain forms and
POST-redirect-GET; a little script (static/studio.js) checks while typing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from aiohttp import web

from bot.studio import (
    NEW_ID,
    Change,
    NothingToDoError,
    StaleDraftError,
    add_language,
    add_question,
    canonical,
    description_of,
    diff_scripts,
    editable_fields,
    move_question,
    read_field,
    remove_question,
    save_question,
)
from dialogues import LANGUAGES, EditableScript, EditError, ScriptError

from ._security import checked_form
from ._site import SITE, page
from ._studio_view import (
    coordinator,
    field_views,
    fingerprint,
    flow_svg,
    moment,
    names,
    revision_of,
    script_of,
    shown_value,
    studio_of,
)

__all__ = ["readable", "routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()


@lru_cache(maxsize=16)
def readable(source: str, script_id: str) -> EditableScript | None:
    """The draft parsed for reading (never changed: edits parse their own copy), or None if unreadable."""
    try:
        return EditableScript.parse(source, f"{script_id}.yaml")
    except ScriptError:
        return None


def _first_text(question: Mapping[str, Any], lang: str) -> str:
    texts = question.get("text")
    if not isinstance(texts, Mapping):
        return ""
    value = texts.get(lang) or next(iter(texts.values()), "")
    first = value[0] if isinstance(value, list) and value else value
    return " ".join(str(first or "").split())[:90]


@routes.get("/studio", name="studio")
async def studio_page(request: web.Request) -> web.StreamResponse:
    """Every script: what is in use (published by whom, when) and whether a draft exists."""
    person = coordinator(request)
    studio = studio_of(request)
    rows = []
    async with request.app[SITE].app.store.read() as view:
        for script_id in studio.script_ids():
            rows.append(await studio.workspace(script_id, view))
        people = await names(
            view,
            [w.draft.updated_by for w in rows if w.draft]
            + [w.publication.published_by for w in rows if w.publication],
        )
    lang = person.language
    scripts = []
    for ws in rows:
        title = ws.live.script.title.get(lang) or next(iter(ws.live.script.title.values()))
        published = (
            (moment(ws.publication.published_at, request, lang), ws.publication.published_by)
            if ws.publication
            else None
        )
        draft = (moment(ws.draft.updated_at, request, lang), ws.draft.updated_by) if ws.draft else None
        scripts.append((ws.script_id, title[0], published, draft))
    return page(request, "studio.html", scripts=scripts, people=people, me=person.id)


@routes.get("/school/gesprekken", name="school_studio")
async def old_address(request: web.Request) -> web.StreamResponse:
    """Where the studio used to be announced."""
    coordinator(request)
    raise web.HTTPSeeOther("/studio")


@routes.get("/studio/{script}", name="studio_script")
async def script_page(request: web.Request) -> web.StreamResponse:
    """A script: its questions in order, what the checks find, the flow, publishing, files."""
    person = coordinator(request)
    script_id = script_of(request)
    studio = studio_of(request)
    site = request.app[SITE]
    lang = person.language
    async with site.app.store.read() as view:
        ws = await studio.workspace(script_id, view)
        people = await names(view, [ws.draft.updated_by if ws.draft else None])
    report = studio.check(ws)
    shown = report.shown(lang, site.texts)
    editable = readable(ws.source, script_id)
    questions = []
    if editable is not None:
        for node_id in editable.question_ids():
            question = editable.question(node_id)
            kind = str(question.get("kind", ""))
            here = [p for p in shown if p.node == node_id]
            experiment = node_id in ws.experiments
            questions.append((node_id, kind, _first_text(question, lang), here, experiment))
    changes = diff_scripts(ws.live.script, report.script) if ws.draft and report.script else []
    missing = [code for code in LANGUAGES if editable is not None and code not in editable.languages]
    return page(
        request,
        "studio_script.html",
        ws=ws,
        script_id=script_id,
        title=(ws.live.script.title.get(lang) or [script_id])[0],
        report=report,
        script_problems=[p for p in shown if p.node is None or p.node not in {q[0] for q in questions}],
        readable_ids=[q[0] for q in questions],
        questions=questions,
        readable=editable is not None,
        languages=editable.languages if editable is not None else [],
        missing=missing,
        kinds=["question", "choice", "date", "keyword", "contact", "say", "end"],
        svg=flow_svg(report.script, script_id, lang) if report.script is not None else None,
        changes=changes,
        draft_when=moment(ws.draft.updated_at, request, lang) if ws.draft else "",
        draft_who=people.get(ws.draft.updated_by or 0, "") if ws.draft else "",
        message=request.query.get("m", ""),
        problems=request.query.getall("p", []),
    )


def _back(script_id: str, message: str, anchor: str = "") -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"/studio/{script_id}?m={message}{anchor}")


# ---- the question form ------------------------------------------------------------------------------------


async def _question_page(
    request: web.Request,
    script_id: str,
    node_id: str,
    *,
    values: Mapping[str, Any] | None = None,
    conflicts: Mapping[str, str] | None = None,
    status: int = 200,
    message: str = "",
) -> web.Response:
    person = coordinator(request)
    studio = studio_of(request)
    site = request.app[SITE]
    lang = person.language
    ws = await studio.workspace(script_id)
    editable = readable(ws.source, script_id)
    if editable is None or node_id not in editable.question_ids():
        raise web.HTTPNotFound()
    question = editable.question(node_id)
    kind = str(question.get("kind", ""))
    description = description_of(kind)
    if description is None:
        raise web.HTTPNotFound()
    current = {f.name: canonical(f, question.get(f.name)) for f in editable_fields(description)}
    shown = [p for p in studio.check(ws).shown(lang, site.texts) if p.node == node_id]
    fields = field_views(
        description,
        values if values is not None else current,
        texts=site.texts,
        lang=lang,
        languages=editable.languages,
        questions=editable.question_ids(),
        problems=shown,
        conflicts=conflicts,
    )
    placed = {f.name for f in editable_fields(description)}
    return page(
        request,
        "studio_question.html",
        status=status,
        script_id=script_id,
        node_id=node_id,
        kind=kind,
        fields=fields,
        originals=_originals(description, current, editable.languages),
        experiment=node_id in ws.experiments,
        original_experiment=fingerprint(node_id in ws.experiments),
        can_experiment=description.asks,
        revision=ws.revision,
        general=[p for p in shown if p.field not in placed],
        message=message or request.query.get("m", ""),
    )


def _originals(description: Any, current: Mapping[str, Any], languages: list[str]) -> dict[str, str]:
    """What the form was made from, per field (per language for texts): a stale save compares with it."""
    found = {}
    for item in editable_fields(description):
        value = current.get(item.name)
        if item.type == "texts":
            for code in languages:
                found[f"{item.name}.{code}"] = fingerprint((value or {}).get(code))
        else:
            found[item.name] = fingerprint(value)
    return found


@routes.get("/studio/{script}/vraag/{question}", name="studio_question")
async def question_page(request: web.Request) -> web.StreamResponse:
    """One question's form: its texts per language and wordings, and every other field of its kind."""
    return await _question_page(request, script_of(request), request.match_info["question"])


@routes.post("/studio/{script}/vraag/{question}", name="studio_question_save")
async def question_save(request: web.Request) -> web.StreamResponse:
    """Save the question into the draft (only what changed); a stale form is shown again, nothing lost."""
    person = coordinator(request)
    script_id = script_of(request)
    node_id = request.match_info["question"]
    form = await checked_form(request)
    studio = studio_of(request)
    ws = await studio.workspace(script_id)
    wanted = str(form.get("proef", "")) == "ja"
    experiments = [e for e in ws.experiments if e != node_id]
    toggled: list[Change] = []
    if wanted:
        experiments.append(node_id)
    if wanted != (node_id in ws.experiments):
        toggled.append(Change("experiment_on" if wanted else "experiment_off", node_id))
    new_id = str(form.get("id", node_id)).strip() or node_id

    def edit(editable: EditableScript) -> list[Change]:
        return [*save_question(editable, node_id, form), *toggled]

    try:
        await studio.change(
            person.id,
            script_id,
            revision_of(form),
            edit,
            experiments=[new_id if e == node_id else e for e in experiments],
        )
    except StaleDraftError:
        return await _stale(request, script_id, node_id, form)
    except NothingToDoError:
        raise web.HTTPSeeOther(f"/studio/{script_id}/vraag/{node_id}?m=niets") from None
    except (EditError, ScriptError):
        log.info("studio: an edit of %s/%s could not be applied", script_id, node_id)
        return await _question_page(request, script_id, node_id, status=400, message="fout")
    raise web.HTTPSeeOther(f"/studio/{script_id}/vraag/{new_id}?m=bewaard#vraag")


async def _stale(request: web.Request, script_id: str, node_id: str, form: Mapping[str, Any]) -> web.Response:
    """Someone saved the draft meanwhile: what this coordinator typed, next to what is there now."""
    studio = studio_of(request)
    ws = await studio.workspace(script_id)
    editable = readable(ws.source, script_id)
    if editable is None or node_id not in editable.question_ids():
        raise _back(script_id, "verouderd")
    question = editable.question(node_id)
    description = description_of(str(question.get("kind", "")))
    if description is None:
        raise _back(script_id, "verouderd")
    site, lang = request.app[SITE], coordinator(request).language

    def language(code: str) -> str:
        key = f"studio.lang_{code}"
        return site.texts.get(key, lang) if site.texts.has(key) else code

    values: dict[str, Any] = {}
    conflicts: dict[str, str] = {}
    for item in editable_fields(description):
        posted = read_field(item, form, editable.languages, f"f.{item.name}")
        now = canonical(item, question.get(item.name))
        if item.type == "texts":
            merged, differ = {}, []
            for code in editable.languages:
                mine, theirs = (posted or {}).get(code), (now or {}).get(code)
                chosen, conflict = _merge(mine, theirs, str(form.get(f"o.{item.name}.{code}", "")))
                if chosen:
                    merged[code] = chosen
                if conflict:
                    differ.append(f"{language(code)}: {shown_value(theirs)}")
            values[item.name] = merged or None
            if differ:
                conflicts[item.name] = "; ".join(differ)
            continue
        values[item.name], conflict = _merge(posted, now, str(form.get(f"o.{item.name}", "")))
        if conflict:
            conflicts[item.name] = shown_value(now)
    log.info("studio: a stale save of %s/%s was refused", script_id, node_id)
    return await _question_page(
        request, script_id, node_id, values=values, conflicts=conflicts, status=409, message="verouderd"
    )


def _merge(mine: Any, theirs: Any, original: str) -> tuple[Any, bool]:
    """A field after a stale save: mine if I changed it, else theirs; and whether we both changed it."""
    if fingerprint(mine) == original:
        return theirs, False
    return mine, fingerprint(theirs) != original and theirs != mine


# ---- the list of questions --------------------------------------------------------------------------------


async def _script_change(request: web.Request, edit: Any, anchor: str = "#vragen") -> web.StreamResponse:
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    try:
        await studio_of(request).change(person.id, script_id, revision_of(form), lambda e: edit(e, form))
    except StaleDraftError:
        raise _back(script_id, "verouderd", anchor) from None
    except NothingToDoError:
        raise _back(script_id, "niets", anchor) from None
    except (EditError, ScriptError, ValueError):
        raise _back(script_id, "fout", anchor) from None
    raise _back(script_id, "bewaard", anchor)


@routes.post("/studio/{script}/vragen", name="studio_add")
async def add(request: web.Request) -> web.StreamResponse:
    """A new question of a kind, after another one (asked right after it), with empty texts to fill in."""

    def edit(editable: EditableScript, form: Mapping[str, Any]) -> list[Change]:
        node_id = str(form.get("naam", "")).strip()
        if not NEW_ID.fullmatch(node_id) or node_id in editable.question_ids():
            raise ValueError("bad name")
        after = str(form.get("na", "")) or None
        return add_question(editable, str(form.get("soort", "")), node_id, after)

    return await _script_change(request, edit)


@routes.post("/studio/{script}/vraag/{question}/verplaatsen", name="studio_move")
async def move(request: web.Request) -> web.StreamResponse:
    """One place up or down (swapped in the conversation too when one follows the other)."""
    node_id = request.match_info["question"]

    def edit(editable: EditableScript, form: Mapping[str, Any]) -> list[Change]:
        return move_question(editable, node_id, up=str(form.get("richting", "")) == "op")

    return await _script_change(request, edit, f"#q-{node_id}")


@routes.post("/studio/{script}/vraag/{question}/verwijderen", name="studio_remove")
async def remove(request: web.Request) -> web.StreamResponse:
    """Remove a question; what led to it now leads to the question after it."""
    node_id = request.match_info["question"]
    return await _script_change(request, lambda editable, form: remove_question(editable, node_id))


@routes.post("/studio/{script}/taal", name="studio_language")
async def language(request: web.Request) -> web.StreamResponse:
    """A new language column: empty texts, or a copy of another language to translate."""

    def edit(editable: EditableScript, form: Mapping[str, Any]) -> list[Change]:
        code = str(form.get("taal", ""))
        source = str(form.get("kopie", "")) or None
        if code not in LANGUAGES or code in editable.languages:
            raise ValueError("no such language")
        return add_language(editable, code, source if source in editable.languages else None)

    return await _script_change(request, edit, "#taal")
