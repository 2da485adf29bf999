"""A catalogue of fixed texts (help, errors, dates, ...) in every language, editable as YAML."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ._errors import Problem, ScriptError
from ._rules import WHY_WORDS
from ._schema import LANGUAGES
from ._yaml import LocatedDict, YamlSyntaxError, load_located, yaml_problem

__all__ = ["TextCatalog", "fill"]

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def fill(text: str, params: Mapping[str, str] | Callable[[str], str | None]) -> str:
    """Replace {name} with its value; unknown names (None) stay visible so a test can catch them.

    `params` may be a function, so values are only worked out for names the text actually uses.
    """
    if "{" not in text:
        return text
    lookup = params if callable(params) else params.get

    def replace(match: re.Match[str]) -> str:
        value = lookup(match.group(1))
        return match.group(0) if value is None else value

    return _PLACEHOLDER.sub(replace, text)


class TextCatalog:
    """Texts by dotted key and language, each with one or more variants."""

    def __init__(self, entries: Mapping[str, Mapping[str, list[str]]]) -> None:
        self._entries = {key: dict(value) for key, value in entries.items()}

    @classmethod
    def load(cls, paths: Iterable[Path], *, method_rules: bool = True) -> TextCatalog:
        """Load and merge YAML catalogues; raise ScriptError naming file and line of each problem.

        With `method_rules` a text that asks 'why' is refused (texts the bot shows a student).
        """
        entries: dict[str, dict[str, list[str]]] = {}
        problems: list[Problem] = []
        for path in paths:
            source = path.read_text(encoding="utf-8")
            try:
                data = load_located(source)
            except YamlSyntaxError as exc:
                problems.append(yaml_problem(exc, str(path), source))
                continue
            if not isinstance(data, LocatedDict):
                problems.append(Problem(str(path), 1, None, "catalog.not_mapping"))
                continue
            _flatten(data, "", str(path), entries, problems, method_rules)
        if problems:
            raise ScriptError(problems)
        return cls(entries)

    def keys(self) -> list[str]:
        """All keys, sorted."""
        return sorted(self._entries)

    def has(self, key: str) -> bool:
        """Whether the catalogue has a text for `key`."""
        return key in self._entries

    def variants(self, key: str, language: str) -> list[str]:
        """Every variant of a text; KeyError when the key is unknown."""
        texts = self._entries[key]
        return texts.get(language) or texts[LANGUAGES[0]]

    def get(self, key: str, language: str, rng: random.Random | None = None, /, **params: str) -> str:
        """One variant of a text with its placeholders filled; the first unless `rng` picks."""
        options = self.variants(key, language)
        text = rng.choice(options) if rng is not None and len(options) > 1 else options[0]
        return fill(text, params)


def _flatten(
    data: LocatedDict,
    prefix: str,
    file: str,
    out: dict[str, dict[str, list[str]]],
    problems: list[Problem],
    method_rules: bool,
) -> None:
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        line = data.key_lines.get(key)
        if not isinstance(key, str):
            # YAML reads yes/no/on/off as booleans; the text would silently go missing.
            problems.append(Problem(file, line, None, "catalog.key_not_text", params={"name": dotted}))
            continue
        if not isinstance(value, LocatedDict):
            problems.append(Problem(file, line, None, "catalog.not_texts", params={"name": dotted}))
            continue
        if not set(value) & set(LANGUAGES):
            _flatten(value, f"{dotted}.", file, out, problems, method_rules)
            continue
        texts: dict[str, list[str]] = {}
        for language in LANGUAGES:
            raw = value.get(language)
            variants = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
            variants = [v for v in variants if isinstance(v, str) and v.strip()]
            if not variants:
                params = {"name": dotted, "lang": language}
                problems.append(Problem(file, line, None, "catalog.missing_language", params=params))
            for variant in variants:
                why = WHY_WORDS.search(variant) if method_rules else None
                if why:
                    params = {"name": dotted, "lang": language, "word": why.group(0)}
                    problems.append(Problem(file, line, None, "catalog.why", params=params))
            texts[language] = variants
        if dotted in out:
            problems.append(Problem(file, line, None, "catalog.twice", params={"name": dotted}))
        out[dotted] = texts
