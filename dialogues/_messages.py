"""The words of the checks: a Problem (a key and parameters) rendered in Dutch or English."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ._catalog import TextCatalog
from ._errors import Problem

__all__ = ["CHECK_TEXTS", "check_texts", "place", "problem_line", "problem_text"]

CHECK_TEXTS = Path(__file__).parent / "checks.yaml"


@cache
def check_texts() -> TextCatalog:
    """The checks' catalogue (dialogues/checks.yaml), loaded once."""
    # Its texts explain the 'why' rule, so they name the word: the method's own text rules do not apply.
    return TextCatalog.load([CHECK_TEXTS], method_rules=False)


def _language(language: str) -> str:
    return "en" if language.lower().startswith("en") else "nl"


def problem_text(problem: Problem, language: str = "nl") -> str:
    """What is wrong and what to do, in `language`; a key the catalogue lacks is shown as it is."""
    texts = check_texts()
    lang = _language(language)
    params = dict(problem.params)
    if "lang" in params:
        code = params["lang"]
        name_key = f"language.code_{code}"
        params["lang_name"] = texts.get(name_key, lang) if texts.has(name_key) else code
    if not texts.has(problem.key):
        return problem.key
    text = texts.get(problem.key, lang, **params)
    if params.get("suggestion"):
        text += " " + texts.get("hint.did_you_mean", lang, suggestion=params["suggestion"])
    return text


def _field_label(path: tuple[str | int, ...], lang: str) -> str | None:
    texts = check_texts()
    if len(path) >= 3 and path[0] == "options" and isinstance(path[1], int) and path[2] == "label":
        return texts.get("where.field.label", lang, number=str(path[1] + 1))
    name = next((part for part in path if isinstance(part, str)), None)
    if name is None:
        return None
    key = f"where.field.{name}"
    return texts.get(key, lang) if texts.has(key) else texts.get("where.key", lang, name=name)


def place(problem: Problem, language: str = "nl") -> str:
    """Where the problem is: file and line (when known), question and field ("a.yaml, regel 3, vraag 'x'")."""
    texts = check_texts()
    lang = _language(language)
    parts: list[str] = []
    if problem.file:
        parts.append(
            problem.file
            if problem.line is None
            else texts.get("where.line", lang, file=problem.file, line=str(problem.line))
        )
    if problem.node:
        parts.append(texts.get("where.question", lang, node=problem.node))
    label = _field_label(problem.path, lang)
    if label is not None:
        parts.append(label)
    return ", ".join(parts)


def problem_line(problem: Problem, language: str = "nl") -> str:
    """One line: place, severity and text, e.g. "a.yaml, regel 3, vraag 'x': fout: ..."."""
    lang = _language(language)
    severity = check_texts().get(f"severity.{problem.severity}", lang)
    where = place(problem, lang)
    text = problem_text(problem, lang)
    return f"{where}: {severity}: {text}" if where else f"{severity}: {text}"
