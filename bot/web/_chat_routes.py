"""The student's chat: the page, a typed answer, a pressed button, and what the bot sends by itself (SSE)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from aiohttp import web

from bot.conversation import Command, Incoming, KeyedLocks, Pressed, Text, Who, decode_button, small_id
from storage import ChatLine, Role, Student

from ._render import latest_buttons, messages_of
from ._security import checked_form
from ._site import SITE, page, visitor

__all__ = ["CHAT_COMMANDS", "routes"]

log = logging.getLogger("loopbaanbot.web")

routes = web.RouteTableDef()

# The commands a student has in Telegram's menu, as buttons under the chat.
CHAT_COMMANDS = (
    "reflecteren",
    "voorbereiden",
    "stappen",
    "netwerk",
    "koppel",
    "stop",
    "help",
    "taal",
    "hulplijnen",
)
_SHOWN = 60
_LIVE_WITHIN = 8
_LONGEST = 20_000
# An open page looks in the database on its own this often (a message sent by another process).
_LOOK_EVERY = 15.0
_locks = KeyedLocks()


def student(request: web.Request) -> Student:
    """The signed-in student (the route table only lets students in)."""
    person = visitor(request).person
    if person is None or person.role is not Role.STUDENT:
        raise web.HTTPForbidden()
    return person


def who(person: Student) -> Who:
    """The person as the conversation service knows them (one dossier, whichever channel they use)."""
    return Who(person.key, display_name=person.display_name, language_hint=person.language)


async def _lines(request: web.Request, person: Student, *, after: int | None = None) -> list[ChatLine]:
    async with request.app[SITE].app.store.read() as view:
        if after is None:
            return await view.transcript.recent(person.id, limit=_SHOWN)
        return await view.transcript.after(person.id, after)


def _last(lines: Sequence[ChatLine], fallback: int = 0) -> int:
    return lines[-1].id if lines else fallback


@routes.get("/chat", name="chat")
async def chat_page(request: web.Request) -> web.StreamResponse:
    """The conversation so far (a first visit starts with the welcome), the answer box and the commands."""
    person = student(request)
    lines = await _lines(request, person)
    service = request.app[SITE].app.conversations
    if not lines:
        await service.handle(who(person), Command("start"), echo="")
        lines = await _lines(request, person)
    elif await _behind(request, person, lines):
        # The conversation went on elsewhere (in Telegram): show where it is now, with its buttons.
        await service.handle(who(person), Command("continue"), echo="")
        lines = await _lines(request, person)
    return _chat(request, lines)


async def _behind(request: web.Request, person: Student, lines: list[ChatLine]) -> bool:
    """Whether the open conversation is at a question the chat's lines do not end with."""
    async with request.app[SITE].app.store.read() as view:
        session = await view.sessions.current(person.id)
    if session is None:
        return False
    now = (session.id, int(session.state.get("seq", 0)))
    shown = next((line.body.get("asks") for line in reversed(lines) if line.body.get("asks")), None)
    return shown is None or tuple(shown) != now


def _chat(request: web.Request, lines: list[ChatLine], *, draft: str = "", notice: str = "") -> web.Response:
    return page(
        request,
        "chat.html",
        messages=messages_of(lines),
        last_id=_last(lines),
        draft=draft,
        notice=notice,
        commands=CHAT_COMMANDS,
    )


async def _answer(
    request: web.Request,
    person: Student,
    incoming: Incoming,
    echo: str,
    seen: int | None,
    *,
    answers_question: bool = True,
) -> web.StreamResponse:
    """Hand the input to the service (an answer only when the page was up to date), then show what is new.

    A command does not answer the question on the page, so it goes through whatever came in meanwhile.
    """
    site = request.app[SITE]
    async with _locks.hold(person.id):
        if seen is not None and answers_question and await _last_id(request, person) != seen:
            # A double click, another tab, or a follow-up that came in meanwhile: this answer would land on a
            # question the student did not see. Show where we are; the typed text stays in the box.
            log.info("web: answer on an out-of-date page student=%s", person.id)
            return await _stale(request, person, echo if isinstance(incoming, Text) else "")
        await site.app.conversations.handle(who(person), incoming, echo=echo)
    return await _after(request, person, seen)


async def _last_id(request: web.Request, person: Student) -> int:
    async with request.app[SITE].app.store.read() as view:
        return await view.transcript.last_id(person.id)


def _fragment(request: web.Request, person: Student, new: list[ChatLine]) -> str:
    """New lines as the chat log's HTML, for a page that adds them without reloading.

    The new lines start with the student's own message (or are what the bot sent by itself), so which
    buttons are live is decided by them alone.
    """
    site = request.app[SITE]
    login = visitor(request).login
    template = site.templates.get_template("_messages.html")
    return str(
        template.render(
            messages=messages_of(new),
            csrf=login.csrf if login is not None else "",
            last_id=_last(new),
            t=lambda key, **params: site.texts.get(key, person.language, **params),
        )
    )


async def _stale(request: web.Request, person: Student, draft: str) -> web.StreamResponse:
    notice = "chat.stale_page" if draft else "chat.old_button"
    if request.headers.get("X-Requested-With") == "fetch":
        text = request.app[SITE].texts.get(notice, person.language)
        return web.json_response({"stale": True, "notice": text}, status=409)
    return _chat(request, await _lines(request, person), draft=draft, notice=notice)


async def _after(request: web.Request, person: Student, seen: int | None) -> web.StreamResponse:
    if request.headers.get("X-Requested-With") != "fetch":
        raise web.HTTPSeeOther("/chat#laatste")
    new = await _lines(request, person, after=seen) if seen is not None else await _lines(request, person)
    return web.json_response({"html": _fragment(request, person, new), "last": _last(new, seen or 0)})


@routes.post("/chat", name="chat_post")
async def chat_post(request: web.Request) -> web.StreamResponse:
    """A typed answer (or a command: "/stappen", or a command button under the chat)."""
    person = student(request)
    form = await checked_form(request)
    seen = small_id(str(form.get("na", "")))
    command = form.get("opdracht")
    texts = request.app[SITE].texts
    if isinstance(command, str) and command in CHAT_COMMANDS:
        label = texts.get(f"commands.{command}", person.language)
        return await _answer(request, person, Command(command), label, seen, answers_question=False)
    for field, name in (("stap", "stap"), ("contact", "netwerk")):
        item = small_id(str(form.get(field, "")))
        if item is not None:
            # From the dossier page: a step or contact, taken up in the chat (the service checks ownership).
            label = texts.get(f"commands.{name}", person.language)
            return await _answer(
                request, person, Command(name, str(item)), label, seen, answers_question=False
            )
    text = form.get("bericht")
    if not isinstance(text, str) or not text.strip():
        lines = await _lines(request, person)
        return _chat(request, lines, notice="chat.empty")
    text = text.replace("\r\n", "\n")[:_LONGEST]
    stripped = text.strip()
    if stripped.startswith("/") and len(stripped) > 1 and "\n" not in stripped:
        name, _, arg = stripped[1:].partition(" ")
        typed = Command(name.split("@", 1)[0].lower(), arg.strip())
        return await _answer(request, person, typed, stripped, seen, answers_question=False)
    return await _answer(request, person, Text(text), text, seen)


@routes.post("/chat/knop", name="chat_button")
async def chat_button(request: web.Request) -> web.StreamResponse:
    """A pressed button: only one of the latest question's buttons counts (an old or forged one does not)."""
    person = student(request)
    form = await checked_form(request)
    raw = form.get("knop")
    async with request.app[SITE].app.store.read() as view:
        # The live buttons are on one of the last few lines (a question, after a note or an overview).
        offered = latest_buttons(await view.transcript.recent(person.id, limit=_LIVE_WITHIN))
    data = decode_button(raw) if isinstance(raw, str) and raw in offered else None
    if data is None or not isinstance(raw, str):
        log.info("web: a button that is not on the latest question student=%s", person.id)
        return await _stale(request, person, "")
    seen = small_id(str(form.get("na", "")))
    return await _answer(request, person, Pressed(data), offered[raw], seen)


@routes.get("/chat/stream", name="chat_stream")
async def chat_stream(request: web.Request) -> web.StreamResponse:
    """Server-sent events: each message the bot sends by itself (a follow-up) as soon as it is stored."""
    person = student(request)
    # A reconnecting EventSource says where it was (Last-Event-ID); the first connect, in the query.
    last = small_id(request.headers.get("Last-Event-ID", "")) or small_id(request.query.get("na", "")) or 0
    headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
    response = web.StreamResponse(headers=headers)
    await response.prepare(request)

    def render(new: list[ChatLine]) -> str:
        return _fragment(request, person, new)

    with contextlib.suppress(ConnectionError):  # the page was closed
        await _stream(request, response, person, last, render)
    return response


async def _stream(
    request: web.Request,
    response: web.StreamResponse,
    person: Student,
    last: int,
    render: Callable[[list[ChatLine]], str],
) -> None:
    site = request.app[SITE]
    async with site.hub.listening(person.id) as woken:
        while not site.stopping.is_set():
            new = await _lines(request, person, after=last)
            if new:
                data = "\n".join(f"data: {line}" for line in render(new).splitlines())
                await response.write(f"event: bericht\nid: {new[-1].id}\n{data}\n\n".encode())
                last = new[-1].id
            else:
                await response.write(b": wakker\n\n")
            woken.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(woken.wait(), timeout=_LOOK_EVERY)
