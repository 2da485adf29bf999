"""Mentors and coordinators: the class, a student's shared dossier, the weekly summary, codes, the school.

A mentor reads students only through the storage layer's query over their own links, which returns the
fields each student shares (storage/_sharing.py): nothing else is reachable from these pages.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import segno
from aiohttp import web

from bot.codes import format_code
from storage import Mentor, Role, SharedStudent, Student

from ._places_mentor import chosen_by, fitting_for
from ._render import messages_of
from ._security import checked_form
from ._site import SITE, page, visitor

__all__ = ["routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()
_MAX_CODES = 60
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def _staff(request: web.Request, role: Role) -> Student:
    person = visitor(request).person
    if person is None or person.role is not role:
        raise web.HTTPForbidden()
    return person


async def _mentor(request: web.Request) -> tuple[Student, Mentor]:
    person = _staff(request, Role.MENTOR)
    async with request.app[SITE].app.store.read() as view:
        mentor = await view.school.mentor(person.id)
    if mentor is None:
        raise web.HTTPForbidden()
    return person, mentor


@routes.get("/klas", name="mentor_class")
async def class_page(request: web.Request) -> web.StreamResponse:
    """Whom to talk to first, then one row per linked student with what they share."""
    person, mentor = await _mentor(request)
    site = request.app[SITE]
    builder = site.app.summaries.builder
    now = site.app.clock.now()
    async with site.app.store.read() as view:
        weeks = await builder.weeks(view, mentor, now, person.language)
        lines = await view.transcript.recent(person.id, limit=10)
    blocks = builder.blocks(mentor, weeks, person.language, now)
    attention = blocks[1] if len(blocks) > 1 else None
    return page(
        request,
        "class.html",
        mentor=mentor,
        class_code=format_code(mentor.class_code),
        attention=attention,
        weeks=weeks,
        messages=messages_of(lines, live_buttons=False),
        mail=site.app.settings.mail,
        email=mentor.email or "",
        saved=request.query.get("m", ""),
    )


def _linked(students: list[SharedStudent], wanted: str) -> SharedStudent:
    found = next((s for s in students if str(s.student_id) == wanted), None)
    if found is None:
        # Not linked to this mentor (or not there at all): the same answer, so nothing is revealed.
        raise web.HTTPNotFound()
    return found


@routes.get("/klas/leerling/{student}", name="class_student")
async def class_student(request: web.Request) -> web.StreamResponse:
    """One linked student's shared dossier: the basics, and their answers only if they share them."""
    _, mentor = await _mentor(request)
    site = request.app[SITE]
    async with site.app.store.read() as view:
        students = await view.school.shared_students(mentor.person_id)
        shared = _linked(students, request.match_info["student"])
        chosen = await chosen_by(view, [shared])
        chosen_ids = {c.place.id for c in chosen if c.place is not None}
        places = await fitting_for(view, shared, leave_out=chosen_ids)
    return page(
        request,
        "class_student.html",
        student=shared,
        today=site.app.conversations.today(),
        places=places,
        chosen=chosen,
    )


@routes.get("/klas/overzicht", name="class_summary")
async def class_summary(request: web.Request) -> web.StreamResponse:
    """This week's summary as a page (the same as the Monday message and file)."""
    person, mentor = await _mentor(request)
    site = request.app[SITE]
    builder = site.app.summaries.builder
    now = site.app.clock.now()
    async with site.app.store.read() as view:
        weeks = await builder.weeks(view, mentor, now, person.language)
    blocks = builder.blocks(mentor, weeks, person.language, now)
    answers = builder.shared_answers(weeks, person.language, now)
    return page(request, "summary.html", heading=blocks[0].title, blocks=blocks[1:], answers=answers)


@routes.post("/klas/email", name="class_email")
async def class_email(request: web.Request) -> web.StreamResponse:
    """Where the weekly summary goes by e-mail (empty: not by e-mail)."""
    person, mentor = await _mentor(request)
    form = await checked_form(request)
    address = str(form.get("email", "")).strip()[:200]
    if address and not _EMAIL.fullmatch(address):
        raise web.HTTPSeeOther("/klas?m=ongeldig")
    async with request.app[SITE].app.store.transaction() as tx:
        await tx.school.set_email(mentor.person_id, address or None)
    log.info("mentor %s %s their e-mail address", person.id, "set" if address else "removed")
    raise web.HTTPSeeOther("/klas?m=" + ("opgeslagen" if address else "verwijderd"))


@routes.get("/klas/codes", name="class_codes")
async def class_codes(request: web.Request) -> web.StreamResponse:
    """Make sign-in codes for the class; how many are still unused."""
    person, _ = await _mentor(request)
    site = request.app[SITE]
    async with site.app.store.read() as view:
        unused = await view.codes.open_count(created_by=person.id, now=site.app.clock.now())
    return page(
        request, "codes.html", unused=unused, days=str(site.signins.code_valid_for.days), problem=None
    )


def _names(raw: object) -> list[str]:
    lines = str(raw or "").splitlines()
    return [" ".join(line.split())[:80] for line in lines if line.strip()][:_MAX_CODES]


@routes.post("/klas/codes", name="class_codes_post")
async def class_codes_post(request: web.Request) -> web.StreamResponse:
    """One code per name, for this class; shown once, as cards to print (code, link, QR code)."""
    person, mentor = await _mentor(request)
    form = await checked_form(request)
    names = _names(form.get("namen"))
    site = request.app[SITE]
    if not names:
        async with site.app.store.read() as view:
            unused = await view.codes.open_count(created_by=person.id, now=site.app.clock.now())
        days = str(site.signins.code_valid_for.days)
        return page(request, "codes.html", status=400, unused=unused, days=days, problem="codes.none")
    async with site.app.store.transaction() as tx:
        cards = []
        for name in names:
            [code] = await site.signins.create(
                tx, role=Role.STUDENT, name=name, class_code=mentor.class_code, created_by=person.id
            )
            cards.append((name, code))
    log.info("mentor %s made %d sign-in code(s)", person.id, len(cards))
    return _cards(request, cards)


def _cards(request: web.Request, cards: list[tuple[str, str]]) -> web.Response:
    address = request.app[SITE].app.settings.web_address
    shown = []
    for name, code in cards:
        link = f"{address}/inloggen?code={format_code(code)}"
        qr = segno.make(link, error="m")
        shown.append((name, format_code(code), link, qr.svg_data_uri(scale=4, border=2)))
    return page(request, "cards.html", cards=shown, address=address)


@routes.post("/klas/codes/intrekken", name="class_codes_revoke")
async def class_codes_revoke(request: web.Request) -> web.StreamResponse:
    """A lost sheet: every unused code this mentor made stops working."""
    person, _ = await _mentor(request)
    await checked_form(request)
    site = request.app[SITE]
    async with site.app.store.transaction() as tx:
        count = await tx.codes.revoke(created_by=person.id, now=site.app.clock.now())
    log.info("mentor %s withdrew %d code(s)", person.id, count)
    raise web.HTTPSeeOther("/klas/codes")


@routes.get("/school", name="school")
async def school_page(request: web.Request) -> web.StreamResponse:
    """Counts only: students, active this week, reflections, steps done, mentors, help lines given."""
    _staff(request, Role.COORDINATOR)
    site = request.app[SITE]
    now = site.app.clock.now()
    async with site.app.store.read() as view:
        counts = await view.school.counts(since=now - timedelta(days=7))
    return page(request, "school.html", counts=counts)


@routes.get("/school/mentoren", name="school_mentors")
async def school_mentors(request: web.Request) -> web.StreamResponse:
    """Make a sign-in code for a new mentor."""
    person = _staff(request, Role.COORDINATOR)
    site = request.app[SITE]
    async with site.app.store.read() as view:
        mentors = await view.school.mentors()
        unused = await view.codes.open_count(created_by=person.id, now=site.app.clock.now())
    days = str(site.signins.code_valid_for.days)
    return page(request, "mentors.html", mentors=mentors, unused=unused, days=days, problem=None)


@routes.post("/school/mentoren", name="school_mentors_post")
async def school_mentors_post(request: web.Request) -> web.StreamResponse:
    """A code per mentor name; the mentor gets a class when they sign in."""
    person = _staff(request, Role.COORDINATOR)
    form = await checked_form(request)
    names = _names(form.get("namen"))
    site = request.app[SITE]
    if not names:
        async with site.app.store.read() as view:
            mentors = await view.school.mentors()
            unused = await view.codes.open_count(created_by=person.id, now=site.app.clock.now())
        days = str(site.signins.code_valid_for.days)
        return page(
            request,
            "mentors.html",
            status=400,
            mentors=mentors,
            unused=unused,
            days=days,
            problem="codes.none",
        )
    async with site.app.store.transaction() as tx:
        cards = []
        for name in names:
            [code] = await site.signins.create(tx, role=Role.MENTOR, name=name, created_by=person.id)
            cards.append((name, code))
    log.info("coordinator %s made %d mentor code(s)", person.id, len(cards))
    return _cards(request, cards)
