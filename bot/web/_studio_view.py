"""What the studio's pages share: who may come in, which script, moments in words, the flow picture, and a
question's fields as the form template shows them."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import datetime
from functools import lru_cache
from typing import Any

from aiohttp import web
from markupsafe import Markup

from bot.studio import PREFIX, Shown, Studio, editable_fields, extra_entries
from dialogues import GraphError, Script, TextCatalog, as_language, graph
from dialogues.kinds import EditorField, KindDescription
from dialogues.language import format_date
from storage import Role, Student, Transaction

from ._site import SITE, visitor

__all__ = [
    "FieldView",
    "LanguageView",
    "coordinator",
    "field_views",
    "fingerprint",
    "flow_svg",
    "moment",
    "names",
    "revision_of",
    "script_of",
    "shown_value",
    "studio_of",
]

_SVG = "{http://www.w3.org/2000/svg}"
_XLINK = "{http://www.w3.org/1999/xlink}"
# What Graphviz writes; anything else is dropped before the picture goes into a page.
_TAGS = frozenset(
    {"svg", "g", "title", "desc", "a", "path", "polygon", "polyline", "ellipse", "text", "rect"}
)
_ATTRIBUTES = frozenset(
    {
        "width", "height", "viewBox", "transform", "id", "class", "fill", "stroke", "stroke-width",
        "stroke-dasharray", "points", "d", "x", "y", "cx", "cy", "rx", "ry", "text-anchor", "font-family",
        "font-size", "font-weight", "font-style", "lang", "aria-labelledby", "aria-describedby",
        "target", f"{_XLINK}href", f"{_XLINK}title",
    }
)  # fmt: skip


def coordinator(request: web.Request) -> Student:
    """The signed-in coordinator; 403 for anyone else (the studio is theirs only)."""
    person = visitor(request).person
    if person is None or person.role is not Role.COORDINATOR:
        raise web.HTTPForbidden()
    return person


def studio_of(request: web.Request) -> Studio:
    """The studio of this web app."""
    studio = request.app[SITE].studio
    assert studio is not None
    return studio


def script_of(request: web.Request) -> str:
    """The script named in the path; 404 when the bot has no such script."""
    script_id = request.match_info["script"]
    if script_id not in studio_of(request).script_ids():
        raise web.HTTPNotFound()
    return script_id


def revision_of(form: Mapping[str, Any]) -> int:
    """The draft revision a form was made from (0: no draft then)."""
    raw = str(form.get("revisie", "0"))
    return int(raw) if raw.isdigit() and len(raw) < 10 else -1


def moment(value: datetime, request: web.Request, lang: str) -> str:
    """A moment in words in the school's time zone: "zondag 22 november 10:00"."""
    settings = request.app[SITE].app.settings
    local = value.astimezone(settings.tz)
    today = request.app[SITE].app.clock.now().astimezone(settings.tz).date()
    return f"{format_date(local.date(), language=as_language(lang), today=today)} {local:%H:%M}"


async def names(view: Transaction, ids: Iterable[int | None]) -> dict[int, str]:
    """Display names of staff by id (for "published by ..."); a deleted person is not in it."""
    found: dict[int, str] = {}
    for person_id in {i for i in ids if i is not None}:
        person = await view.students.get(person_id)
        if person is not None:
            found[person_id] = person.display_name or f"#{person_id}"
    return found


def _clean(element: ET.Element) -> None:
    for child in list(element):
        tag = child.tag.removeprefix(_SVG)
        if tag not in _TAGS:
            element.remove(child)
            continue
        _clean(child)
    for name in list(element.attrib):
        value = element.attrib[name]
        if name not in _ATTRIBUTES or (name == f"{_XLINK}href" and not value.startswith("/studio/")):
            del element.attrib[name]


@lru_cache(maxsize=32)
def _drawn(script_json: str, script_id: str, lang: str) -> str | None:
    script = Script.model_validate_json(script_json)
    try:
        svg = graph(script, link=lambda node_id: f"/studio/{script_id}/vraag/{node_id}", language=lang)
    except GraphError:
        return None
    ET.register_namespace("", _SVG.strip("{}"))
    ET.register_namespace("xlink", _XLINK.strip("{}"))
    root = ET.fromstring(svg)
    _clean(root)
    # Written by ElementTree: every text and attribute value is escaped; only known tags and attributes
    # are left, and links only into the studio. That is what makes it safe to put in the page as it is.
    return ET.tostring(root, encoding="unicode")


def flow_svg(script: Script, script_id: str, lang: str) -> Markup | None:
    """The flow as an SVG to put in the page (each question a link to its form), or None without Graphviz."""
    drawn = _drawn(script.model_dump_json(by_alias=True), script_id, lang)
    return Markup(drawn) if drawn is not None else None


def fingerprint(value: Any) -> str:
    """A short hash of a field's value: a form carries it, so a stale save knows what the person changed."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:12]


# ---- a question's fields as the template shows them -------------------------------------------------------


@dataclass(slots=True)
class LanguageView:
    """One language of a text field: its wordings (one box each, plus an empty one to add)."""

    code: str
    label: str
    variants: list[str]
    problems: list[Shown]
    variant_problems: dict[int, list[Shown]]


@dataclass(slots=True)
class FieldView:
    """One field of the form: where it posts, its label, its current value and what the checks say."""

    field: EditorField
    name: str
    spot: str
    label: str
    value: Any
    problems: list[Shown]
    choices: list[tuple[str, str]] = _field(default_factory=list)
    languages: list[LanguageView] = _field(default_factory=list)
    entries: list[list[FieldView]] = _field(default_factory=list)
    children: list[FieldView] = _field(default_factory=list)
    pairs: list[tuple[str, str]] = _field(default_factory=list)
    # Set after a stale save when someone else changed this field too: what it says now.
    conflict: str | None = None

    @property
    def id(self) -> str:
        """An HTML id for the input."""
        return "v-" + self.spot.replace(".", "-")


@dataclass(frozen=True, slots=True)
class FormContext:
    """What building a question's field views needs."""

    texts: TextCatalog
    lang: str
    languages: list[str]
    questions: list[str]
    problems: list[Shown]

    def t(self, key: str, **params: str) -> str:
        return self.texts.get(key, self.lang, **params)

    def label(self, key: str, fallback: str) -> str:
        return self.t(key) if self.texts.has(key) else fallback


def _choices(
    item: EditorField, ctx: FormContext, description: KindDescription | None
) -> list[tuple[str, str]]:
    if item.type == "node":
        return [(q, q) for q in ctx.questions]
    own = item.name == "store" and description is not None
    values = description.store_targets if own and description is not None else item.values
    return [
        (v, ctx.label(f"studio.target.{v}", ctx.label(f"studio.value.{item.name}.{v}", v))) for v in values
    ]


def _view(
    item: EditorField, value: Any, spot: str, ctx: FormContext, description: KindDescription | None = None
) -> FieldView:
    at = [p for p in ctx.problems if p.spot == spot or p.spot.startswith(spot + ".")]
    view = FieldView(
        item,
        f"{PREFIX}.{spot}",
        spot,
        ctx.label(f"studio.field.{item.name}", item.name),
        value,
        [p for p in at if item.type != "texts" or p.spot == spot],
        _choices(item, ctx, description) if item.type in ("choice", "node") else [],
    )
    if item.type == "texts":
        texts = value or {}
        for code in ctx.languages:
            here = [p for p in at if p.spot == f"{spot}.{code}"]
            by_variant: dict[int, list[Shown]] = {}
            for problem in at:
                head, _, tail = problem.spot.partition(f"{spot}.{code}.")
                if not head and tail.isdigit():
                    by_variant.setdefault(int(tail), []).append(problem)
            view.languages.append(
                LanguageView(code, ctx.t(f"studio.lang_{code}"), list(texts.get(code, [])), here, by_variant)
            )
    elif item.type == "list":
        entries = list(value or [])
        for index in range(len(entries) + extra_entries()):
            entry = entries[index] if index < len(entries) else {}
            view.entries.append(
                [_view(sub, entry.get(sub.name), f"{spot}.{index}.{sub.name}", ctx) for sub in item.items]
            )
    elif item.type == "group":
        group = value or {}
        view.children = [_view(sub, group.get(sub.name), f"{spot}.{sub.name}", ctx) for sub in item.items]
    elif item.type == "mapping":
        view.pairs = [*dict(value or {}).items(), ("", "")]
        view.choices = [(v, ctx.label(f"studio.target.{v}", v)) for v in item.values]
    return view


def field_views(
    description: KindDescription,
    values: Mapping[str, Any],
    *,
    texts: TextCatalog,
    lang: str,
    languages: list[str],
    questions: list[str],
    problems: list[Shown],
    conflicts: Mapping[str, str] | None = None,
) -> list[FieldView]:
    """The form's fields for a question of this kind, filled with `values` (canonical, by field name)."""
    ctx = FormContext(texts, lang, languages, questions, problems)
    views = [
        _view(item, values.get(item.name), item.name, ctx, description)
        for item in editable_fields(description)
    ]
    for view in views:
        if conflicts and view.field.name in conflicts:
            view.conflict = conflicts[view.field.name]
    return views


def shown_value(value: Any) -> str:
    """A canonical value in a line of text (for "it now says ...")."""
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {shown_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " / ".join(shown_value(v) for v in value)
    return str(value)
