"""The checks on a draft, as the studio shows them: the script's own checks plus the studio's (experiments).

The same checks as `loopbaanbot dialogues check` (dialogues.check_script), run on every save and cached by
the text, so showing a page again costs nothing. Every finding has the question and the field it is about,
so a page can put it next to that field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dialogues import Problem, Script, Severity, TextCatalog, check_script, closest

__all__ = ["Note", "Report", "Shown", "check_draft"]


@dataclass(frozen=True, slots=True)
class Note:
    """A finding of the studio itself (not of the script checks); its words are in bot/texts/studio.yaml."""

    node: str | None
    key: str
    path: tuple[str | int, ...] = ()
    severity: Severity = "error"
    params: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def field(self) -> str | None:
        """The field of the question it is about."""
        return next((part for part in self.path if isinstance(part, str)), None)


@dataclass(frozen=True, slots=True)
class Shown:
    """A finding in the coordinator's language, with where it belongs on the page."""

    node: str | None
    path: tuple[str | int, ...]
    severity: Severity
    text: str

    @property
    def field(self) -> str | None:
        """The field of the question it is about (e.g. "text"), or None for the question as a whole."""
        return next((part for part in self.path if isinstance(part, str)), None)

    @property
    def spot(self) -> str:
        """The form field it belongs to: "text.nl.0", "text.nl", "next", or "" (the question)."""
        return ".".join(str(part) for part in self.path)


@dataclass(frozen=True, slots=True)
class Report:
    """What the checks found in a draft."""

    script: Script | None
    problems: tuple[Problem | Note, ...]

    @property
    def errors(self) -> int:
        """How many errors (they block publishing)."""
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        """How many warnings (worth a look; they do not block)."""
        return sum(1 for p in self.problems if p.severity == "warning")

    def shown(self, language: str, texts: TextCatalog) -> list[Shown]:
        """The findings in `language` (errors first), each with its question and field."""
        found = []
        for problem in sorted(self.problems, key=lambda p: p.severity != "error"):
            if isinstance(problem, Note):
                text = texts.get(problem.key, language, **problem.params)
            elif texts.has(f"studio.check.{problem.key}"):
                # The studio's words for the fields on its form (not the YAML keys the command line names).
                text = texts.get(f"studio.check.{problem.key}", language, **problem.params)
            else:
                text = problem.text(language)
            found.append(Shown(problem.node, problem.path, problem.severity, text))
        return found


@lru_cache(maxsize=64)
def _checked(source: str, file: str) -> tuple[Script | None, tuple[Problem, ...]]:
    script, problems = check_script(source, file)
    return script, tuple(problems)


def check_draft(
    source: str, script_id: str, known_scripts: Iterable[str], experiments: Sequence[str] = ()
) -> Report:
    """The checks on a draft: the script's own, whether a `then` names a script that exists, and whether
    each experiment's question has exactly two wordings in every language."""
    file = f"{script_id}.yaml"
    script, problems = _checked(source, file)
    found: list[Problem | Note] = list(problems)
    if script is None:
        return Report(None, tuple(found))
    known = set(known_scripts) | {script.id}
    for node in script.nodes:
        then = node.chained_script()
        if then is not None and then not in known:
            params = {"value": then, "allowed": ", ".join(sorted(known))}
            if (suggestion := closest(then, known)) is not None:
                params["suggestion"] = suggestion
            found.append(Problem(file, None, node.id, "library.unknown_then", params=params, path=("then",)))
    for node_id in experiments:
        if not script.has_node(node_id) or not script.node(node_id).asks:
            found.append(Note(node_id, "studio.check.experiment_gone", params={"vraag": node_id}))
            continue
        texts = getattr(script.node(node_id), "text", None) or {}
        for language in script.languages:
            if len(texts.get(language, [])) != 2:
                found.append(Note(node_id, "studio.check.two_wordings", ("text", language), params={}))
    return Report(script, tuple(found))
