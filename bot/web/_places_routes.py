"""The school's network of places on the web: coordinators keep the list (add, edit, stop offering,
remove, import and export a CSV file); mentors read it. Forms post and redirect; no JavaScript needed.

Contact persons are shown on these pages only: they are staff pages. Students see places in their
conversation, without the contact person (storage's `offerable()`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from urllib.parse import urlencode

from aiohttp import web
from multidict import MultiDictProxy

from bot.places import (
    FIELDS,
    MAX_ROWS,
    CsvProblem,
    Matcher,
    Problem,
    check_place,
    fold,
    import_places,
    parse_csv,
    search,
    write_csv,
)
from storage import (
    PLACE_LIMITS,
    ConflictError,
    NotFoundError,
    Place,
    PlaceDraft,
    Role,
    Student,
    Transaction,
)

from ._places_mentor import chosen_by
from ._security import checked_form
from ._site import SITE, page, visitor

__all__ = ["describe_csv_problem", "routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()
_MATCHER = Matcher()
# Redirect notes (?m=...) → their text.
_NOTES = {
    "toegevoegd": "places.web.added",
    "opgeslagen": "places.web.saved",
    "verwijderd": "places.web.removed",
    "uit": "places.web.deactivated",
    "aan": "places.web.activated",
    "weg": "places.web.gone",
}
_FORM_FIELDS = tuple(name for name in FIELDS if name != "active")
_MAX_FILE = 2 * 1024 * 1024


def _viewer(request: web.Request) -> Student:
    """A mentor or a coordinator: both may read the list."""
    person = visitor(request).person
    if person is None or person.role not in (Role.MENTOR, Role.COORDINATOR):
        raise web.HTTPForbidden()
    return person


def _coordinator(request: web.Request) -> Student:
    person = visitor(request).person
    if person is None or person.role is not Role.COORDINATOR:
        raise web.HTTPForbidden()
    return person


def _place_id(request: web.Request) -> int:
    return int(request.match_info["place"])


def _to_list(note: str, place_id: int | None = None) -> web.HTTPSeeOther:
    anchor = f"#plek-{place_id}" if place_id is not None else ""
    return web.HTTPSeeOther(f"/school/plekken?m={note}{anchor}")


@routes.get("/school/plekken", name="places")
async def places_page(request: web.Request) -> web.StreamResponse:
    """Every place (coordinators: with what they can do to it), filtered by sector and a search."""
    person = _viewer(request)
    site = request.app[SITE]
    async with site.app.store.read() as view:
        places = sorted(await view.places.listing(), key=lambda p: (not p.active, fold(p.name), p.id))
        chosen = await view.places.chosen_counts()
        mentor = await view.school.mentor(person.id) if person.role is Role.MENTOR else None
        # A mentor sees which of their own linked students chose a place, by name; nobody else's.
        mine = await chosen_by(view, await view.school.shared_students(mentor.person_id)) if mentor else []
    students_at: dict[int, list[str]] = {}
    # chosen_by gives each place once per student; names in alphabetical order.
    for choice in sorted(mine, key=lambda c: (fold(c.student), c.student_id)):
        if choice.place is not None:
            students_at.setdefault(choice.place.id, []).append(choice.student or "?")
    sectors = sorted({" ".join(p.sector.split()) for p in places if p.sector.strip()}, key=fold)
    sector = request.query.get("sector", "")[:80]
    wanted = request.query.get("zoek", "")[:80]
    shown = [p for p in places if not sector or fold(p.sector.strip()) == fold(sector)]
    shown = search(shown, wanted, _MATCHER) if wanted.strip() else shown
    note = _NOTES.get(request.query.get("m", ""))
    imported = None
    if request.query.get("m") == "ingelezen":
        imported = {k: request.query.get(k, "0")[:6] for k in ("nieuw", "veranderd", "zelfde")}
    return page(
        request,
        "places.html",
        places=shown,
        total=len(places),
        sectors=sectors,
        sector=sector,
        wanted=wanted,
        chosen=chosen,
        students_at=students_at,
        editor=person.role is Role.COORDINATOR,
        note=note,
        imported=imported,
    )


def _form_values(form: MultiDictProxy[str | bytes | bytearray | web.FileField]) -> dict[str, str]:
    values = {name: str(form.get(name, "")) for name in _FORM_FIELDS}
    # A checkbox sends nothing when unticked.
    values["active"] = "ja" if form.get("active") == "ja" else "nee"
    return values


def _values_of(place: Place | None) -> dict[str, str]:
    if place is None:
        return {**dict.fromkeys(_FORM_FIELDS, ""), "active": "ja"}
    fields = place.fields()
    return {**{name: str(fields[name]) for name in _FORM_FIELDS}, "active": "ja" if place.active else "nee"}


async def _checked(
    tx: Transaction, values: Mapping[str, str], *, place_id: int | None
) -> tuple[PlaceDraft | None, list[Problem]]:
    """The form's draft, or what is wrong; a name another place has is wrong too (the CSV file knows
    places by their name, so two with one name would make the next import change the wrong one)."""
    draft, problems = check_place(values)
    if draft is None:
        return None, problems
    wanted = fold(draft.name)
    if any(fold(other.name) == wanted and other.id != place_id for other in await tx.places.listing()):
        return None, [Problem("name", "places.problem.name_taken", {"naam": draft.name})]
    return draft, []


def _form(
    request: web.Request,
    *,
    place: Place | None,
    values: Mapping[str, str],
    problems: list[Problem] | None = None,
    version: int | None = None,
    mine: list[tuple[str, str]] | None = None,
    conflict: bool = False,
    status: int = 200,
) -> web.Response:
    lang = _coordinator(request).language
    return page(
        request,
        "place_form.html",
        status=status,
        place=place,
        # The version the coordinator started from stays in the form until a save works.
        place_version=version if version is not None else place.version if place is not None else None,
        values=values,
        problems={p.field: p for p in problems or []},
        mine=mine or [],
        conflict=conflict,
        limits=PLACE_LIMITS,
        sector_names=[_MATCHER.sectors.label(s, lang) for s in _MATCHER.sectors.names],
    )


@routes.get("/school/plekken/nieuw", name="place_new")
async def place_new(request: web.Request) -> web.StreamResponse:
    """The form for a new place."""
    _coordinator(request)
    return _form(request, place=None, values=_values_of(None))


@routes.post("/school/plekken/nieuw", name="place_new_post")
async def place_new_post(request: web.Request) -> web.StreamResponse:
    """Add a place; with a mistake, the form again with the typed values and what is wrong."""
    person = _coordinator(request)
    values = _form_values(await checked_form(request))
    site = request.app[SITE]
    async with site.app.store.transaction() as tx:
        draft, problems = await _checked(tx, values, place_id=None)
        place = await tx.places.add(draft, now=site.app.clock.now()) if draft is not None else None
    if place is None:
        return _form(request, place=None, values=values, problems=problems, status=400)
    log.info("coordinator %s added place %s", person.id, place.id)
    raise _to_list("toegevoegd", place.id)


@routes.get("/school/plekken/inlezen", name="places_import")
async def places_import(request: web.Request) -> web.StreamResponse:
    """Where a CSV file is uploaded."""
    _coordinator(request)
    return page(request, "places_import.html", problems=[], skipped=[], max_rows=str(MAX_ROWS))


def describe_csv_problem(problem: CsvProblem, request: web.Request) -> str:
    """A problem of a CSV file in the visitor's language ("Regel 4, kolom 'naam': ...")."""
    site = request.app[SITE]
    person = visitor(request).person
    lang = person.language if person is not None else site.app.settings.default_language
    said = site.texts.get(problem.key, lang, **problem.params)
    if problem.line == 0:
        return said
    line = str(problem.line)
    if problem.column:
        return site.texts.get("places.csv.line_column", lang, regel=line, kolom=problem.column, probleem=said)
    return site.texts.get("places.csv.line", lang, regel=line, probleem=said)


@routes.post("/school/plekken/inlezen", name="places_import_post")
async def places_import_post(request: web.Request) -> web.StreamResponse:
    """Read the file; import it whole (then back to the list) or show every problem and import nothing."""
    person = _coordinator(request)
    try:
        # A school's list is larger than any form: this route takes up to 2 MB (the app 256 KB).
        form = await checked_form(request.clone(client_max_size=_MAX_FILE))
    except web.HTTPRequestEntityTooLarge:
        return _import_page(
            request, [CsvProblem(0, "places.web.too_big", {"max": str(MAX_ROWS)})], [], status=413
        )
    data = b""
    for value in form.values():
        if isinstance(value, web.FileField):
            # aiohttp spools uploads to a temporary file that is ours to close.
            with value.file:
                data = value.file.read() if value.name == "bestand" else data
    if not data.strip():
        problem = CsvProblem(0, "places.web.no_file")
        return _import_page(request, [problem], [], status=400)
    parsed = parse_csv(data)
    if not parsed.ok:
        log.info("coordinator %s: a file of places with %d problem(s)", person.id, len(parsed.problems))
        return _import_page(request, parsed.problems, parsed.skipped_columns, status=400)
    site = request.app[SITE]
    async with site.app.store.transaction() as tx:
        drafts = [draft for _, draft in parsed.rows]
        report = await import_places(tx, drafts, columns=parsed.columns, now=site.app.clock.now())
    log.info("coordinator %s imported places: %d new, %d changed", person.id, report.added, report.changed)
    query = urlencode(
        {"m": "ingelezen", "nieuw": report.added, "veranderd": report.changed, "zelfde": report.unchanged}
    )
    raise web.HTTPSeeOther(f"/school/plekken?{query}")


def _import_page(
    request: web.Request, problems: list[CsvProblem], skipped: list[str], *, status: int
) -> web.Response:
    said = [describe_csv_problem(problem, request) for problem in problems]
    return page(
        request,
        "places_import.html",
        status=status,
        problems=said,
        skipped=skipped,
        max_rows=str(MAX_ROWS),
    )


@routes.get("/school/plekken/plekken.csv", name="places_export")
async def places_export(request: web.Request) -> web.StreamResponse:
    """The whole list as a CSV file for Excel (with contact persons: for the coordinator)."""
    person = _coordinator(request)
    async with request.app[SITE].app.store.read() as view:
        places = await view.places.listing()
    log.info("coordinator %s exported %d place(s)", person.id, len(places))
    return web.Response(
        body=write_csv(places),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="plekken.csv"'},
    )


async def _place(request: web.Request) -> Place:
    async with request.app[SITE].app.store.read() as view:
        place = await view.places.get(_place_id(request))
    if place is None:
        raise web.HTTPNotFound()
    return place


@routes.get(r"/school/plekken/{place:\d{1,18}}", name="place_edit")
async def place_edit(request: web.Request) -> web.StreamResponse:
    """The form for one place, filled in."""
    _coordinator(request)
    place = await _place(request)
    return _form(request, place=place, values=_values_of(place))


@routes.post(r"/school/plekken/{place:\d{1,18}}", name="place_edit_post")
async def place_edit_post(request: web.Request) -> web.StreamResponse:
    """Save a place as it was read (its version): a change made meanwhile by someone else is not lost."""
    person = _coordinator(request)
    form = await checked_form(request)
    values = _form_values(form)
    place_id = _place_id(request)
    try:
        version = int(str(form.get("versie", "")))
    except ValueError:
        raise web.HTTPBadRequest(reason="no version") from None
    site = request.app[SITE]
    try:
        async with site.app.store.transaction() as tx:
            draft, problems = await _checked(tx, values, place_id=place_id)
            if draft is not None:
                await tx.places.change(place_id, draft, version=version, now=site.app.clock.now())
    except NotFoundError:
        raise _to_list("weg") from None
    except ConflictError:
        fresh = await _place(request)
        saved = _values_of(fresh)
        # The saved version goes in the form; what this coordinator typed is shown beside it, not lost.
        mine = [(name, values[name]) for name in saved if values[name].split() != saved[name].split()]
        log.info("coordinator %s: place %s was changed meanwhile", person.id, place_id)
        return _form(request, place=fresh, values=saved, mine=mine, conflict=True, status=409)
    if draft is None:
        place = await _place(request)
        return _form(request, place=place, values=values, problems=problems, version=version, status=400)
    log.info("coordinator %s changed place %s", person.id, place_id)
    raise _to_list("opgeslagen", place_id)


@routes.post(r"/school/plekken/{place:\d{1,18}}/actief", name="place_active")
async def place_active(request: web.Request) -> web.StreamResponse:
    """Offer a place to students again, or not any more (it stays in the list)."""
    person = _coordinator(request)
    form = await checked_form(request)
    active = form.get("actief") == "ja"
    place_id = _place_id(request)
    site = request.app[SITE]
    try:
        async with site.app.store.transaction() as tx:
            await tx.places.set_active(place_id, active, now=site.app.clock.now())
    except NotFoundError:
        raise _to_list("weg") from None
    log.info("coordinator %s set place %s %s", person.id, place_id, "active" if active else "inactive")
    raise _to_list("aan" if active else "uit", place_id)


@routes.get(r"/school/plekken/{place:\d{1,18}}/verwijderen", name="place_remove")
async def place_remove(request: web.Request) -> web.StreamResponse:
    """Ask before removing (and say that stopping to offer it may be what is meant)."""
    _coordinator(request)
    return page(request, "place_remove.html", place=await _place(request))


@routes.post(r"/school/plekken/{place:\d{1,18}}/verwijderen", name="place_remove_post")
async def place_remove_post(request: web.Request) -> web.StreamResponse:
    """Remove a place; students who chose it keep its name."""
    person = _coordinator(request)
    await checked_form(request)
    place_id = _place_id(request)
    async with request.app[SITE].app.store.transaction() as tx:
        removed = await tx.places.remove(place_id)
    log.info("coordinator %s removed place %s", person.id, place_id)
    raise _to_list("verwijderd" if removed else "weg")
