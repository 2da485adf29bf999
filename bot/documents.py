"""Files people keep or print: a person's data export (JSON and HTML) and plain HTML pages.

Everything that comes from a person is escaped: a student's "<b>" stays text in every document.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from datetime import date

from dialogues import TextCatalog
from storage import StudentExport

__all__ = ["export_html", "export_json", "page"]

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.8rem; border-bottom: 1px solid #ccc; }
dt { font-weight: 600; margin-top: .5rem; } dd { margin-left: 1rem; white-space: pre-wrap; }
.muted { color: #666; } table { border-collapse: collapse; }
td, th { padding: .2rem .6rem; text-align: left; }
section { page-break-inside: avoid; }
@media print { body { margin: 0; } }
"""


def page(title: str, sections: Iterable[str], *, language: str = "nl") -> bytes:
    """A small, printable HTML page; `sections` are already-escaped HTML fragments."""
    body = "\n".join(sections)
    document = (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n{body}\n</body>\n</html>\n"
    )
    return document.encode("utf-8")


def export_json(export: StudentExport) -> bytes:
    """Everything, machine-readable (UTF-8, indented)."""
    return json.dumps(export.model_dump(mode="json"), ensure_ascii=False, indent=2).encode("utf-8")


def _fields(record: dict[str, object], skip: tuple[str, ...] = ()) -> str:
    rows = []
    for name, value in record.items():
        if name in skip or value in (None, "", [], {}):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        rows.append(f"<dt>{html.escape(name)}</dt><dd>{html.escape(shown)}</dd>")
    return "<dl>" + "".join(rows) + "</dl>" if rows else ""


def _section(title: str, items: list[str], empty: str) -> str:
    content = "\n".join(items) if items else f'<p class="muted">{html.escape(empty)}</p>'
    return f"<section><h2>{html.escape(title)}</h2>\n{content}</section>"


def export_html(export: StudentExport, texts: TextCatalog, language: str, today: date) -> bytes:
    """Everything, readable: the same data as the JSON, section by section."""
    t = texts
    none = t.get("export.none", language)
    experiences = []
    for item in export.experiences:
        entry = item.get("entry")
        title = " · ".join(str(item[k]) for k in ("kind", "place", "happens_on") if item.get(k))
        experiences.append(
            f"<h3>{html.escape(title or t.get('kinds.other', language))}</h3>"
            + _fields(item, skip=("entry", "id", "student_id"))
            + (_fields(entry, skip=("experience_id",)) if isinstance(entry, dict) else "")
        )
    contacts = []
    for contact in export.contacts:
        moments = contact.get("moments")
        moments_html = (
            "".join(_fields(m, skip=("id", "contact_id")) for m in moments if isinstance(m, dict))
            if isinstance(moments, list)
            else ""
        )
        contacts.append(
            f"<h3>{html.escape(str(contact.get('name', '')))}</h3>"
            + _fields(contact, skip=("moments", "id", "student_id", "name"))
            + moments_html
        )
    sections = [
        f'<p class="muted">{html.escape(t.get("export.intro", language, datum=today.isoformat()))}</p>',
        _section(t.get("export.about_you", language), [_fields(export.student, skip=("id",))], none),
        _section(t.get("export.experiences", language), experiences, none),
        _section(
            t.get("export.steps", language),
            [_fields(s, skip=("id", "student_id")) for s in export.steps],
            none,
        ),
        _section(t.get("export.contacts", language), contacts, none),
        _section(
            t.get("export.conversations", language),
            [_fields(c) for c in export.conversations],
            none,
        ),
        _section(t.get("export.follow_ups", language), [_fields(n) for n in export.follow_ups], none),
        _section(
            t.get("export.link", language),
            [_fields(export.link, skip=("student_id", "mentor_id"))] if export.link else [],
            none,
        ),
        _section(t.get("export.mentor", language), [_fields(export.mentor)] if export.mentor else [], none),
        _section(t.get("export.safety", language), [_fields(e) for e in export.safety_events], none),
    ]
    return page(t.get("export.title", language), sections, language=language)
