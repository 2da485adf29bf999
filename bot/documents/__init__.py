"""Files people keep or print, each a Jinja2 template with autoescape: a person's data (readable and JSON),
the portfolio to take along, the card for at home, the mentor's weekly summary.

Everything that comes from a person is escaped: a student's "<b>" stays text in every document.
"""

from ._export import ExportItem, ExportSection, export_html, export_json, export_sections
from ._portfolio_docs import HomeCard, chart_context, home_card, home_card_html, take_along_html
from ._render import STATIC, TEMPLATES, VERSION, DateWords, environment, render
from ._summary import SharedAnswers, summary_html

__all__ = [
    "STATIC",
    "TEMPLATES",
    "VERSION",
    "DateWords",
    "ExportItem",
    "ExportSection",
    "HomeCard",
    "SharedAnswers",
    "chart_context",
    "environment",
    "export_html",
    "export_json",
    "export_sections",
    "home_card",
    "home_card_html",
    "render",
    "summary_html",
    "take_along_html",
]
