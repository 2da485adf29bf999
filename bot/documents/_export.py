"""Everything stored about a person, readable: labels from the catalogue, dates in words, no field names."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.codes import format_code
from bot.portfolio import build_portfolio
from dialogues import TextCatalog
from storage import ENTRY_FIELDS, Dossier, StudentExport

from ._portfolio_docs import chart_context
from ._render import DateWords, render

__all__ = ["ExportItem", "ExportSection", "export_html", "export_json", "export_sections"]

_COMPETENCIES = (
    "kwaliteitenreflectie",
    "motievenreflectie",
    "werkexploratie",
    "loopbaansturing",
    "netwerken",
)
_KINDS = ("stage", "meeloopdag", "open dag", "interview", "opdracht")


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One record: a heading and its fields as (label, value) in words."""

    heading: str
    fields: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ExportSection:
    """A part of the export (about you, experiences, steps, ...)."""

    title: str
    items: list[ExportItem]


def export_json(export: StudentExport) -> bytes:
    """Everything, machine-readable (UTF-8, indented)."""
    return json.dumps(export.model_dump(mode="json"), ensure_ascii=False, indent=2).encode("utf-8")


class _Words:
    def __init__(self, texts: TextCatalog, language: str, today: date, tz: ZoneInfo) -> None:
        self.texts = texts
        self.language = language
        self.dates = DateWords(texts, language, today, tz)

    def t(self, key: str, **params: str) -> str:
        return self.texts.get(key, self.language, **params)

    def known(self, key: str, fallback: str) -> str:
        """The catalogue's text for `key`, else `fallback` (a value the catalogue has no word for)."""
        return self.t(key) if self.texts.has(key) else fallback

    def day(self, raw: object) -> str:
        return self.dates.day(date.fromisoformat(str(raw))) if raw else ""

    def moment(self, raw: object) -> str:
        return self.dates.moment(datetime.fromisoformat(str(raw))) if raw else ""

    def item(self, heading: str, *pairs: tuple[str, object]) -> ExportItem:
        """Fields without a value are left out: an empty line tells nobody anything."""
        return ExportItem(
            heading, [(self.t(f"export_doc.{key}"), str(v)) for key, v in pairs if v not in ("", None)]
        )

    def question(self, question: str, fallback_field: str = "") -> str:
        if self.texts.has(f"portfolio.q.{question}"):
            return self.t(f"portfolio.q.{question}")
        if fallback_field and self.texts.has(f"portfolio.field.{fallback_field}"):
            return self.t(f"portfolio.field.{fallback_field}")
        return question.replace("_", " ").capitalize()


def _about(w: _Words, student: dict[str, Any]) -> ExportItem:
    channel = str(student.get("channel", ""))
    language = str(student.get("language", ""))
    return w.item(
        str(student.get("display_name") or ""),
        ("name", student.get("display_name")),
        ("channel", w.known(f"export_doc.channels.{channel}", channel)),
        ("your_id", student.get("external_id") if channel == "telegram" else ""),
        ("language", w.known(f"export_doc.language_{language}", language)),
        ("role", w.known(f"export_doc.roles.{student.get('role')}", str(student.get("role", "")))),
        ("since", w.moment(student.get("created_at"))),
        ("last_seen", w.moment(student.get("last_seen_at"))),
        ("reachable", w.t("export_doc.yes") if student.get("active") else w.t("export_doc.no")),
        ("retention_notice", w.moment(student.get("retention_notice_at"))),
    )


def _experience(w: _Words, item: dict[str, Any]) -> ExportItem:
    kind = str(item.get("kind") or "")
    kind_words = w.t(f"kinds.{kind if kind in _KINDS else 'other'}")
    heading = " · ".join(
        p for p in (kind_words, str(item.get("place") or ""), w.day(item.get("happens_on"))) if p
    )
    entry: dict[str, Any] = item.get("entry") or {}
    competencies = [
        w.t(f"portfolio.competency.{c}") for c in entry.get("competencies", []) if c in _COMPETENCIES
    ]
    record = w.item(
        heading,
        ("kind", kind_words),
        ("place", item.get("place")),
        ("date", w.day(item.get("happens_on"))),
        ("created", w.moment(item.get("created_at"))),
        ("prepared", w.moment(item.get("prepared_at"))),
        ("reflected", w.moment(item.get("reflected_at"))),
        ("keyword", entry.get("kernwoord")),
        ("competencies", ", ".join(competencies)),
    )
    answers = item.get("answers") or []
    if answers:
        record.fields.extend(
            (w.question(str(a.get("question", "")), str(a.get("field", ""))), str(a.get("answer", "")))
            for a in answers
        )
    else:  # from before answers were kept per question: one text per component
        record.fields.extend(
            (w.t(f"portfolio.field.{name}"), str(entry[name]))
            for name in ENTRY_FIELDS
            if name != "kernwoord" and entry.get(name)
        )
    return record


def _step(w: _Words, step: dict[str, Any]) -> ExportItem:
    status = str(step.get("status", ""))
    return w.item(
        str(step.get("what") or w.t("steps.untitled")),
        ("step_due", w.day(step.get("due")) or w.t("export_doc.no_date")),
        ("helper", step.get("helper")),
        ("obstacle", step.get("obstacle")),
        ("step_status", w.known(f"link.status.{status}", status)),
        ("check_in", w.day(step.get("check_in_on"))),
        ("created", w.moment(step.get("created_at"))),
        ("updated", w.moment(step.get("updated_at"))),
    )


def _contact(w: _Words, contact: dict[str, Any]) -> ExportItem:
    record = w.item(
        str(contact.get("name", "")),
        ("contact_role", contact.get("role")),
        ("reach", contact.get("reach")),
        ("last_contact", w.day(contact.get("last_contact"))),
        ("created", w.moment(contact.get("created_at"))),
    )
    for moment in contact.get("moments") or []:
        when = w.day(moment.get("happened_on"))
        label = w.t("export_doc.moment", datum=when) if when else w.t("export_doc.moment_undated")
        record.fields.append((label, str(moment.get("note") or "")))
    return record


def _conversation(w: _Words, session: dict[str, Any]) -> ExportItem:
    script, status = str(session.get("script", "")), str(session.get("status", ""))
    record = w.item(
        w.known(f"export_doc.script.{script}", script),
        ("conversation_status", w.known(f"export_doc.session_status.{status}", status)),
        ("started", w.moment(session.get("started_at"))),
        ("updated", w.moment(session.get("updated_at"))),
    )
    answers: dict[str, Any] = session.get("answers") or {}
    record.fields.extend((w.question(str(q)), str(a)) for q, a in answers.items() if a)
    return record


def _follow_up(w: _Words, nudge: dict[str, Any]) -> ExportItem:
    kind, status = str(nudge.get("kind", "")), str(nudge.get("status", ""))
    return w.item(
        w.known(f"export_doc.follow_up_kind.{kind}", kind),
        ("due", w.moment(nudge.get("due_at"))),
        ("follow_up_status", w.known(f"export_doc.follow_up_statuses.{status}", status)),
        ("attempts", nudge.get("attempts") or ""),
        ("sent", w.moment(nudge.get("sent_at"))),
    )


def _chat_line(w: _Words, line: dict[str, Any]) -> ExportItem:
    body: dict[str, Any] = line.get("body") or {}
    parts = [str(body.get("text") or "")]
    for title, lines in body.get("blocks") or []:
        parts.extend([str(title), *(str(x) for x in lines)])
    parts.extend(f"[{label}]" for label, _ in body.get("buttons") or [])
    parts.extend(w.t("export_doc.file", naam=str(name)) for name in body.get("files") or [])
    who = w.t("chat.you") if line.get("sender") == "student" else w.t("chat.bot")
    return ExportItem(f"{who} · {w.moment(line.get('created_at'))}", [("", "\n".join(p for p in parts if p))])


def export_sections(
    export: StudentExport, texts: TextCatalog, language: str, today: date, tz: ZoneInfo
) -> list[ExportSection]:
    """The export as readable sections, in the order a person would look for things."""
    w = _Words(texts, language, today, tz)
    link, mentor = export.link, export.mentor
    sections = [
        ExportSection(w.t("export.about_you"), [_about(w, export.student)]),
        ExportSection(w.t("export.experiences"), [_experience(w, e) for e in export.experiences]),
        ExportSection(w.t("export.steps"), [_step(w, s) for s in export.steps]),
        ExportSection(w.t("export.contacts"), [_contact(w, c) for c in export.contacts]),
        ExportSection(
            w.t("export.places"),
            [
                w.item(str(c.get("place_name", "")), ("chosen_at", w.moment(c.get("created_at"))))
                for c in export.place_choices
            ],
        ),
        ExportSection(w.t("export.conversations"), [_conversation(w, s) for s in export.conversations]),
        ExportSection(w.t("export.follow_ups"), [_follow_up(w, n) for n in export.follow_ups]),
        ExportSection(
            w.t("export.link"),
            [
                w.item(
                    "",
                    ("mentor_name", link.get("mentor_name")),
                    (
                        "shares",
                        w.t(
                            "export_doc.shares_all"
                            if link.get("share_answers")
                            else "export_doc.shares_basic"
                        ),
                    ),
                    ("since", w.moment(link.get("created_at"))),
                )
            ]
            if link
            else [],
        ),
        ExportSection(
            w.t("export.mentor"),
            [
                w.item(
                    str(mentor.get("name", "")),
                    ("name", mentor.get("name")),
                    ("class_code", format_code(str(mentor.get("class_code", "")))),
                    ("email", mentor.get("email")),
                    ("since", w.moment(mentor.get("created_at"))),
                )
            ]
            if mentor
            else [],
        ),
        ExportSection(w.t("export_doc.chat"), [_chat_line(w, line) for line in export.chat]),
        ExportSection(
            w.t("export.safety"),
            [
                w.item(
                    w.known(f"safety.kinds.{e.get('kind')}", str(e.get("kind", ""))),
                    ("safety_at", w.moment(e.get("created_at"))),
                    ("told_mentor", w.moment(e.get("mentor_told_at"))),
                )
                for e in export.safety_events
            ],
        ),
    ]
    # "You as a mentor" only for someone who is one; every other part says "Niets." when empty.
    return [s for s in sections if s.items or s.title != w.t("export.mentor")]


def export_html(
    export: StudentExport,
    texts: TextCatalog,
    language: str,
    today: date,
    tz: ZoneInfo,
    *,
    dossier: Dossier | None = None,
) -> bytes:
    """Everything, readable: the same data as the JSON, with labels and dates in words; with the `dossier`,
    the key words and competencies over time as pictures too."""
    sections = export_sections(export, texts, language, today, tz)
    words = DateWords(texts, language, today, tz)
    charts: dict[str, Any] = {"thread": None, "competencies": None}
    if dossier is not None:
        charts = chart_context(build_portfolio(dossier, texts, language, today), texts, language, today)
    html = render(
        "doc_export.html",
        texts=texts,
        language=language,
        today=today,
        title=texts.get("export.title", language),
        made=words.day(today),
        sections=sections,
        **charts,
    )
    return html.encode("utf-8")
