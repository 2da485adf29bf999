"""Whether any safety rule can match a message, tried only where a rule's match can start.

Nearly every rule starts at the beginning of a word with one of a few literal words ("wil", "ik ",
"dood"). Searching the union of all rules tries every rule at every position of the message, which was
the largest single cost of a turn in `bench core`. Here the rules are grouped by the first letters their
matches start with; at each word of the message only the groups of that word's first letters are tried,
anchored there. The answer is the same as searching the union; rules whose start cannot be read from the
pattern are searched as a union as before.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

# CPython's own regular-expression parser (private, no type stubs); without it every rule is searched.
_parser: Any
_ops: Any
try:
    _parser = importlib.import_module("re._parser")
    _ops = importlib.import_module("re._constants")
except ImportError:  # other Pythons
    _parser = _ops = None

__all__ = ["RuleGate", "starts"]

# How many letters of a start key a group: "ik " and "ik w" share the group "ik ".
_KEY = 3
_WORD_START = re.compile(r"\b\w")
_WORD_CHAR = re.compile(r"\w")
# Flags under which a letter or a word boundary means something else than in the word starts found here.
_OTHER_WORDS = re.IGNORECASE | re.ASCII | re.LOCALE


def starts(pattern: re.Pattern[str]) -> set[str] | None:
    """The literal texts, each beginning with a word character right after a word boundary, one of which
    every match of `pattern` starts with; None when that cannot be read from the pattern."""
    if _parser is None or pattern.flags & _OTHER_WORDS:
        return None
    try:
        return _prefixes(list(_parser.parse(pattern.pattern, pattern.flags)), bounded=False, first=True)
    except Exception:  # an unexpected pattern shape: no shortcut for it, never a wrong one
        return None


def _prefixes(items: list[tuple[Any, Any]], *, bounded: bool, first: bool) -> set[str] | None:
    """Literal texts a match of this sequence starts with (up to _KEY letters), or None.

    `first`: nothing was matched before this sequence, so its first letter must be a word character
    after a \\b. Zero-width parts (\\b, lookarounds) at the start do not move where a match starts.
    """
    found = {""}
    for op, av in items:
        empty = found == {""}
        if op is _ops.AT and empty and av is _ops.AT_BOUNDARY:
            bounded = True
            continue
        if op in (_ops.ASSERT, _ops.ASSERT_NOT) and empty:
            continue
        if op is _ops.LITERAL:
            char = chr(av)
            if empty and first and not (bounded and _WORD_CHAR.fullmatch(char)):
                return None
            found = {text + char for text in found}
            if min(map(len, found)) >= _KEY:
                return found
            continue
        ways = _alternatives(op, av)
        if ways is None:
            break
        after: set[str] = set()
        for way in ways:
            sub = _prefixes(list(way), bounded=bounded, first=first and empty)
            if sub is None:
                return found if not empty else None
            after |= sub
        return {text + more for text in found for more in after}
    return found if found != {""} else None


def _alternatives(op: Any, av: Any) -> Iterable[Iterable[tuple[Any, Any]]] | None:
    """The ways a group, an alternation, a set of letters or a repeat (at least once) can start."""
    if op is _ops.SUBPATTERN and not av[1] & _OTHER_WORDS:
        return [av[-1]]
    if op is _ops.BRANCH:
        return list(av[1])
    if op is _ops.IN and all(kind is _ops.LITERAL for kind, _ in av):
        return [[(_ops.LITERAL, code)] for _, code in av]
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT) and av[0] >= 1:
        return [av[2]]
    return None


class RuleGate:
    """Whether any of the patterns matches somewhere in a text: the same answer as one search of their
    union, tried only at the words where one of them can start."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        keyed: dict[str, list[re.Pattern[str]]] = {}
        anywhere: list[re.Pattern[str]] = []
        for pattern in patterns:
            texts = starts(pattern)
            if texts is None:
                anywhere.append(pattern)
                continue
            for key in {text[:_KEY] for text in texts}:
                keyed.setdefault(key, []).append(pattern)
        self._groups = {key: _union(group) for key, group in keyed.items()}
        self._anywhere = _union(anywhere) if anywhere else None
        self.shortcut = len(patterns) - len(anywhere)

    def matches(self, text: str) -> bool:
        """Whether some pattern matches somewhere in `text`."""
        if self._anywhere is not None and self._anywhere.search(text):
            return True
        group = self._groups.get
        for word in _WORD_START.finditer(text):
            at = word.start()
            for key in (text[at : at + 1], text[at : at + 2], text[at : at + _KEY]):
                pattern = group(key)
                # match(text, at), not a slice: look-behinds still see what comes before the word.
                if pattern is not None and pattern.match(text, at):
                    return True
        return False


def _union(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in dict.fromkeys(patterns)))
