"""The studio: trying the draft as a test student (nothing stored), the checks while typing, and what the
conversations show per question (counts only, from 5 students on)."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from bot.studio import PreviewRun, Report, editable_copy, figures, save_question
from dialogues import EditError, Script, ScriptError, check_script, digest_of
from storage import Student

from ._security import checked_form
from ._site import SITE, page
from ._studio_view import coordinator, moment, script_of, studio_of

__all__ = ["routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()
_SAMPLES = ("naam", "stap", "datum", "ervaring", "doel", "contact", "wie", "kernwoord", "gevoel")


def _samples(request: web.Request, lang: str) -> dict[str, str]:
    texts = request.app[SITE].texts
    return {name: texts.get(f"studio.preview.sample.{name}", lang) for name in _SAMPLES}


def _variants(script: Script, lang: str) -> int:
    """The most wordings any question has in this language (what the variant choice offers)."""
    counts = [len((getattr(n, "text", None) or {}).get(lang, [])) for n in script.nodes]
    return max(counts, default=1) or 1


async def _draft_script(request: web.Request, person: Student, script_id: str) -> tuple[Report, str]:
    studio = studio_of(request)
    ws = await studio.workspace(script_id)
    return studio.check(ws), digest_of(ws.source)


@routes.get("/studio/{script}/proef", name="studio_preview")
async def preview_page(request: web.Request) -> web.StreamResponse:
    """The draft as a test student: a chat, the wording to show, a jump to any question, the dossier."""
    person = coordinator(request)
    script_id = script_of(request)
    site = request.app[SITE]
    lang = person.language
    report, digest = await _draft_script(request, person, script_id)
    script = report.script
    if script is None:
        errors = [p for p in report.shown(lang, site.texts) if p.severity == "error"]
        return page(request, "studio_preview.html", script_id=script_id, run=None, errors=errors)
    previews = site.previews
    assert previews is not None
    run = previews.get(person.id, script_id)
    restarted = run is not None and run.digest != digest
    if run is None or restarted:
        start = {"naam": _samples(request, lang)["naam"]}
        run = previews.start(person.id, script, digest, language=lang, variant=0, context=start)
    return _render(request, script_id, script, run, restarted=restarted)


def _render(
    request: web.Request, script_id: str, script: Script, run: PreviewRun, *, restarted: bool
) -> web.Response:
    lang = coordinator(request).language
    jumps = [n.id for n in script.nodes if n.asks]
    last_bot = max((i for i, line in enumerate(run.lines) if line.from_bot and line.buttons), default=-1)
    return page(
        request,
        "studio_preview.html",
        script_id=script_id,
        run=run,
        errors=[],
        variants=_variants(script, run.state.language if run.state.language else lang),
        jumps=jumps,
        live=last_bot if run.waiting else -1,
        restarted=restarted,
        at=run.state.node,
    )


@routes.post("/studio/{script}/proef", name="studio_preview_post")
async def preview_post(request: web.Request) -> web.StreamResponse:
    """An answer, a button, another wording, a jump, or starting again; then the page again (no store)."""
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    site = request.app[SITE]
    previews = site.previews
    assert previews is not None
    report, digest = await _draft_script(request, person, script_id)
    script = report.script
    if script is None:
        raise web.HTTPSeeOther(f"/studio/{script_id}/proef")
    run = previews.get(person.id, script_id)
    action = str(form.get("doe", ""))
    if run is None or run.digest != digest or action == "opnieuw":
        variant = run.variant if run is not None else 0
        run = previews.start(
            person.id,
            script,
            digest,
            language=person.language,
            variant=variant,
            context=_samples(request, person.language),
        )
    if action == "antwoord":
        run = previews.answer(person.id, script, run, text=str(form.get("antwoord", "")), button=None)
    elif action.startswith("knop:") and action[5:].isdigit():
        run = previews.answer(person.id, script, run, text=None, button=int(action[5:]))
    elif action == "ga":
        run = previews.jump(person.id, script, run, str(form.get("vraag", "")))
    elif action == "formulering":
        chosen = str(form.get("formulering", "0"))
        run = previews.show_variant(person.id, script, run, int(chosen) if chosen.isdigit() else 0)
    raise web.HTTPSeeOther(f"/studio/{script_id}/proef#proef-log")


@routes.post("/studio/{script}/controle", name="studio_check")
async def live_check(request: web.Request) -> web.StreamResponse:
    """The checks on a question's form as typed, without saving it (for the page's script): a fragment."""
    person = coordinator(request)
    script_id = script_of(request)
    form = await checked_form(request)
    node_id = str(form.get("vraag", ""))
    studio = studio_of(request)
    site = request.app[SITE]
    ws = await studio.workspace(script_id)
    try:
        editable = editable_copy(ws.source, script_id)
        save_question(editable, node_id, form)
        source = editable.dump()
    except (EditError, ScriptError):
        raise web.HTTPBadRequest() from None
    found = [p for p in studio.check(ws, source).shown(person.language, site.texts) if p.node == node_id]
    return page(request, "_studio_problems.html", problems=found, live=True)


def _wordings(script: Script, node_id: str, lang: str) -> list[str]:
    texts = getattr(script.node(node_id), "text", None) or {}
    return list(texts.get(lang) or next(iter(texts.values()), []))[:2]


@routes.get("/studio/{script}/cijfers", name="studio_figures")
async def figures_page(request: web.Request) -> web.StreamResponse:
    """Per version and question: how far students get, where they stop, thin answers, /help, words, time;
    an experiment's two wordings side by side. Counts only; a figure about fewer than 5 students is hidden."""
    person = coordinator(request)
    script_id = script_of(request)
    studio = studio_of(request)
    site = request.app[SITE]
    lang = person.language
    async with site.app.store.read() as view:
        ws = await studio.workspace(script_id, view)
        versions = await view.studio.versions(script_id)
        publications = await view.studio.publications(script_id)
    known = [digest for digest, _ in versions]
    if ws.live.digest not in known:
        versions.append((ws.live.digest, site.app.clock.now()))
    digest = request.query.get("versie", "")
    digest = digest if digest in known else ws.live.digest
    script: Script | None = ws.live.script if digest == ws.live.digest else None
    if script is None:
        source = await studio.source(script_id, digest)
        script = check_script(source, f"{script_id}.yaml")[0] if source is not None else None
    if script is None:
        raise web.HTTPNotFound()
    async with site.app.store.read() as view:
        # The experiments of that version: those of its newest publication (none for the shipped one).
        tried = next((p.experiments for p in publications if p.digest == digest), [])
        found = await figures(view, script, digest, site.app.clock.now(), tried)
    experiments: dict[str, Any] = {
        node_id: list(zip(rows, _wordings(script, node_id, lang), strict=False))
        for node_id, rows in found.experiments.items()
    }
    choices = [(d, moment(at, request, lang), d == ws.live.digest) for d, at in reversed(versions)]
    return page(
        request,
        "studio_figures.html",
        script_id=script_id,
        title=(ws.live.script.title.get(lang) or [script_id])[0],
        figures=found,
        experiments=experiments,
        versions=choices,
        digest=digest,
        any_data=any(q.reached for q in found.questions),
    )
