"""Editing a script without writing YAML: load, change questions and texts, write YAML back.

Comments, key order and quoting survive a round trip (ruamel.yaml): a school's file looks the same after an
edit in the studio, except where it was edited. Edits never validate; `check()` runs the same checks as
`loopbaanbot dialogues check` and returns Problems with the question id and field, for a form.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ._errors import EditError, Problem, ScriptError
from ._library import digest_of
from ._schema import LANGUAGES
from ._script import Script
from ._validate import check_script
from ._yaml import YamlSyntaxError, yaml_problem
from .kinds import KINDS

__all__ = ["EditableScript"]

# The keys of a node that name another node, and those inside its options, cases and conditions.
_LINKS = ("next", "else")
_CONDITION_LINKS = ("emotion", "answered")
# A summary names the questions whose answers it says back.
_SUMMARY_LINKS = ("story", "elsewhere", "before", "goal")
_PLACEHOLDER = r"\{%s\}"


def _yaml() -> YAML:
    yaml = YAML()  # round-trip: keeps comments, order, quotes and flow style
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long text over two lines
    yaml.indent(mapping=2, sequence=4, offset=2)  # "nodes:\n  - id: ..." as the shipped scripts write it
    return yaml


def _plain(value: Any) -> Any:
    """A ruamel value as plain dicts, lists and strings (for a form)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def _merge(old: Any, new: Any) -> Any:
    """`new`, written into `old` where both are mappings or lists, so comments and flow style stay."""
    if isinstance(old, CommentedMap) and isinstance(new, Mapping):
        for key in [k for k in old if k not in new]:
            del old[key]
        for key, value in new.items():
            old[key] = _merge(old[key], value) if key in old else value
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, Sequence) and not isinstance(new, str):
        del old[len(new) :]
        for index, value in enumerate(new):
            if index < len(old):
                old[index] = _merge(old[index], value)
            else:
                old.append(value)
        return old
    if isinstance(old, str) and isinstance(new, str) and type(old) is not str and old != new:
        return type(old)(new)  # keep the quotes the coordinator chose
    return new


def _variants(value: str | Sequence[str]) -> list[str]:
    texts = [value] if isinstance(value, str) else list(value)
    return [text for text in texts if text.strip()]


class EditableScript:
    """One script's YAML, editable in place; `dump()` writes it back with comments and order kept."""

    def __init__(self, data: CommentedMap, file: str = "script.yaml") -> None:
        self._data = data
        self.file = file

    # ---- in and out ---------------------------------------------------------------------------------

    @classmethod
    def parse(cls, source: str, file: str = "script.yaml") -> EditableScript:
        """Load YAML text; ScriptError (the checks' Problem: a colon, a tab, ...) when it cannot be read."""
        try:
            data = _yaml().load(source)
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            start = exc.context_mark.line + 1 if exc.context_mark is not None else None
            error = YamlSyntaxError(
                str(exc.problem or exc),
                mark.line + 1 if mark is not None else None,
                problem=exc.problem or "",
                context=exc.context or "",
                start=start,
            )
            raise ScriptError([yaml_problem(error, file, source)]) from None
        except YAMLError as exc:
            raise ScriptError([yaml_problem(YamlSyntaxError(str(exc), None), file, source)]) from None
        if not isinstance(data, CommentedMap):
            raise ScriptError([Problem(file, 1, None, "script.not_mapping")])
        return cls(data, file)

    @classmethod
    def new(
        cls,
        script_id: str,
        title: Mapping[str, str],
        *,
        kind: str = "other",
        languages: Sequence[str] = LANGUAGES,
        file: str | None = None,
    ) -> EditableScript:
        """A new script: a welcome and an end, to be filled in (the checks say what a kind still needs)."""
        hello = {
            "nl": "Hoi! Ik stel je een paar korte vragen.",
            "en": "Hi! I'll ask you a few short questions.",
        }
        bye = {"nl": "Dank je wel!", "en": "Thank you!"}
        codes = CommentedSeq(languages)
        codes.fa.set_flow_style()  # [nl, en], as the shipped scripts write it
        data = CommentedMap(
            id=script_id,
            version="1",
            kind=kind,
            languages=codes,
            title={lang: title.get(lang, "") for lang in languages},
            start="welkom",
            nodes=[
                {"id": "welkom", "kind": "say", "text": {k: hello[k] for k in languages}, "next": "einde"},
                {"id": "einde", "kind": "end", "text": {k: bye[k] for k in languages}},
            ],
        )
        return cls.parse(cls(data).dump(), file or f"{script_id}.yaml")

    def dump(self) -> str:
        """The script as YAML text: the exchange format, with the comments and order it came with."""
        out = io.StringIO()
        _yaml().dump(self._data, out)
        return out.getvalue()

    def digest(self) -> str:
        """The content hash of `dump()` (the hash a conversation is pinned to once this is published)."""
        return digest_of(self.dump())

    def check(self) -> tuple[Script | None, list[Problem]]:
        """The same checks as `loopbaanbot dialogues check` on `dump()`; lines count in the dumped text.

        A script's `then` (another script) is not checked here: use check_sources() with all scripts.
        """
        return check_script(self.dump(), self.file)

    # ---- reading ------------------------------------------------------------------------------------

    @property
    def id(self) -> str:
        """The script's id."""
        return str(self._data.get("id", ""))

    @property
    def languages(self) -> list[str]:
        """The languages the script is written in."""
        languages = self._data.get("languages")
        return [str(lang) for lang in languages] if isinstance(languages, list) else []

    def meta(self) -> dict[str, Any]:
        """Everything but the questions (id, version, kind, languages, title, start, ...), as plain data."""
        return {str(k): _plain(v) for k, v in self._data.items() if k != "nodes"}

    def question_ids(self) -> list[str]:
        """The ids of the questions (every node), in order."""
        return [str(node.get("id")) for node in self._nodes() if isinstance(node, Mapping)]

    def question(self, node_id: str) -> dict[str, Any]:
        """One question's fields as plain data (texts as {language: text or [variants]})."""
        return _plain(self._node(node_id))  # type: ignore[no-any-return]

    # ---- editing the script -------------------------------------------------------------------------

    def set_meta(self, name: str, value: Any) -> None:
        """Set a field of the script (title, start, version, kind, followups, entries); None removes it."""
        if name not in Script.model_fields or name in ("nodes", "id"):
            raise EditError(f"a script has no field '{name}' to set here")
        self._set(self._data, name, value)

    def add_language(self, language: str, *, copy_from: str | None = None) -> None:
        """Add a language; with `copy_from` every text starts as a copy of that language's, else empty.

        Empty texts are what the checks then point at, question by question ("the text in English is
        missing").
        """
        if language not in LANGUAGES:
            raise EditError(f"unsupported language '{language}' (supported: {', '.join(LANGUAGES)})")
        if language in self.languages:
            return
        self._data["languages"].append(language)
        if copy_from is None:
            return
        for texts in self._all_texts():
            if copy_from in texts and language not in texts:
                texts[language] = texts[copy_from]

    # ---- editing a question -------------------------------------------------------------------------

    def set_field(self, node_id: str, name: str, value: Any) -> None:
        """Set one field of a question (as written in YAML: `text`, `next`, `options`, `else`, ...).

        Lists and groups are written into what is there, so comments and flow style stay; None removes the
        field; `id` renames the question (and every link to it).
        """
        if name == "id":
            self.rename_question(node_id, str(value))
            return
        node = self._node(node_id)
        allowed = self._field_names(node)
        if name not in allowed:
            raise EditError(
                f"question '{node_id}' has no field '{name}' (fields: {', '.join(sorted(allowed))})"
            )
        self._set(node, name, value)

    def set_texts(self, node_id: str, name: str, language: str, variants: str | Sequence[str]) -> None:
        """Set the text(s) of field `name` in one language: one text, or variants the bot picks from."""
        node = self._node(node_id)
        if name not in self._field_names(node):
            raise EditError(f"question '{node_id}' has no field '{name}'")
        texts = _variants(variants)
        current = node.get(name)
        if not isinstance(current, CommentedMap):
            current = CommentedMap()
            self._set(node, name, current)
        if not texts:
            current.pop(language, None)
        else:
            current[language] = _merge(current.get(language), texts[0] if len(texts) == 1 else texts)

    def add_question(self, node: Mapping[str, Any], *, after: str | None = None) -> None:
        """Add a question (a mapping with at least `id` and `kind`) after `after`, else at the end."""
        node_id = node.get("id")
        if not isinstance(node_id, str) or not node_id or not isinstance(node.get("kind"), str):
            raise EditError("a new question needs an 'id' and a 'kind'")
        if node_id in self.question_ids():
            raise EditError(f"there already is a question '{node_id}'")
        nodes = self._nodes()
        index = len(nodes) if after is None else self._index(after) + 1
        nodes.insert(index, dict(node))

    def remove_question(self, node_id: str) -> None:
        """Remove a question; links to it stay, so the checks show where the conversation now breaks."""
        del self._nodes()[self._index(node_id)]

    def move_question(self, node_id: str, index: int) -> None:
        """Move a question to position `index` in the file (what a reader sees; the links decide the flow)."""
        nodes = self._nodes()
        if not 0 <= index < len(nodes):
            raise EditError(f"no position {index} (there are {len(nodes)} questions)")
        nodes.insert(index, nodes.pop(self._index(node_id)))

    def rename_question(self, old: str, new: str) -> None:
        """Give a question another id, and change every link and {placeholder} that names it."""
        if old == new:
            return
        if new in self.question_ids():
            raise EditError(f"there already is a question '{new}'")
        self._node(old)["id"] = new
        if self._data.get("start") == old:
            self._data["start"] = new
        entries = self._data.get("entries")
        if isinstance(entries, list):
            for index, entry in enumerate(entries):
                if entry == old:
                    entries[index] = new
        for node in self._nodes():
            for holder in self._link_holders(node):
                for key in _LINKS + _CONDITION_LINKS + _SUMMARY_LINKS + ("node",):
                    if holder.get(key) == old:
                        holder[key] = new
        pattern = re.compile(_PLACEHOLDER % re.escape(old))
        for texts in self._all_texts():
            for language, value in texts.items():
                if isinstance(value, list):
                    for index, text in enumerate(value):
                        value[index] = _merge(text, pattern.sub("{" + new + "}", str(text)))
                elif isinstance(value, str):
                    texts[language] = _merge(value, pattern.sub("{" + new + "}", value))
        for node in self._nodes():
            # A set node's fixed values may quote an answer too ("Rode draad: ... '{kernwoord}'").
            values = node.get("values") if isinstance(node, Mapping) else None
            if isinstance(values, CommentedMap):
                for key, text in values.items():
                    if isinstance(text, str):
                        values[key] = pattern.sub("{" + new + "}", text)

    # ---- helpers ------------------------------------------------------------------------------------

    def _nodes(self) -> CommentedSeq:
        nodes = self._data.get("nodes")
        if not isinstance(nodes, CommentedSeq):
            nodes = CommentedSeq()
            self._data["nodes"] = nodes
        return nodes

    def _index(self, node_id: str) -> int:
        for index, node in enumerate(self._nodes()):
            if isinstance(node, Mapping) and node.get("id") == node_id:
                return index
        raise EditError(f"there is no question '{node_id}'")

    def _node(self, node_id: str) -> CommentedMap:
        node = self._nodes()[self._index(node_id)]
        if not isinstance(node, CommentedMap):
            raise EditError(f"question '{node_id}' cannot be edited here")
        return node

    @staticmethod
    def _field_names(node: Mapping[str, Any]) -> set[str]:
        kind = KINDS.get(str(node.get("kind")))
        classes = [kind] if kind is not None else list(KINDS.values())
        return {"kind"} | {f.name for cls in classes for f in cls.describe().fields} - {"id"}

    @staticmethod
    def _set(holder: CommentedMap, name: str, value: Any) -> None:
        if value is None:
            holder.pop(name, None)
        elif name in holder:
            holder[name] = _merge(holder[name], value)
        else:
            # A new key goes before the way on ('next', 'else'), where the shipped scripts keep it last.
            keys = list(holder)
            last = next((i for i, k in enumerate(keys) if k in _LINKS), len(keys))
            holder.insert(last, name, value)

    @staticmethod
    def _link_holders(node: Any) -> list[Any]:
        """The node, its options and cases, and their conditions: where links to other nodes are written."""
        if not isinstance(node, Mapping):
            return []
        holders: list[Any] = [node]
        for key in ("options", "cases"):
            for item in node.get(key) or []:
                if isinstance(item, Mapping):
                    holders.append(item)
                    condition = item.get("if")
                    if isinstance(condition, Mapping):
                        holders.append(condition)
                        if isinstance(condition.get("choice"), Mapping):
                            holders.append(condition["choice"])
        return holders

    def _all_texts(self) -> list[CommentedMap]:
        """Every {language: text} mapping in the script (titles, questions, buttons, example words)."""
        found: list[CommentedMap] = []

        def walk(value: Any) -> None:
            if isinstance(value, CommentedMap):
                if value and set(value) <= set(LANGUAGES) | set(self.languages):
                    found.append(value)
                    return
                for child in value.values():
                    walk(child)
            elif isinstance(value, CommentedSeq):
                for child in value:
                    walk(child)

        walk(self._data)
        return found
