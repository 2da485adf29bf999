"""Harmless answers from the listening benchmark's tuning sets, as training data for the safety model.

The method's conversation sets that the feeling reader is tuned on (`tests/golden/method/corpus.yaml` and
the dev sets) hold some 2,700 answers of real length and voice, every one harmless: stories told in the
present tense, strong words for the body and for feelings, long pastes. The safety model had been trained
mostly on single sentences and gave the full help to some of these stories. The blind method sets stay a
measurement of the safety check on ordinary talk it has not seen: they are read only to leave out the
answers two writers happened to write alike ("afspraak maken via de mail").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

__all__ = ["METHOD_ANSWERS", "TUNING_SETS"]

_ROOT = Path(__file__).resolve().parents[3]
# Only the sets tuned on; the blind ones (method_blind.yaml, method/blind*.yaml) stay unseen.
TUNING_SETS = tuple(
    _ROOT / "tests/golden/method" / f"{name}.yaml"
    for name in (
        "corpus",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        # Not dev11 and dev12: trained on them too, the first pass settled 65 % of the short chat messages
        # without the embedding (70 % before), so more messages would pay for it.
    )
)
_BLIND_SETS = (
    _ROOT / "tests/golden/method_blind.yaml",
    *sorted((_ROOT / "tests/golden/method").glob("blind*.yaml")),
)
# Shorter answers ("weet niet", "bij de bakker") say nothing the model needs to learn here.
_MIN_WORDS = 3


def _said(case: dict[str, Any]) -> list[str]:
    texts: list[str] = []
    for value in (case.get("answers") or {}).values():
        texts += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    if isinstance(correction := case.get("correction"), dict) and isinstance(correction.get("say"), str):
        texts.append(correction["say"])
    return texts


def _cases(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return cases


def _load() -> tuple[tuple[str, str], ...]:
    blind = {
        " ".join(t.split()).casefold() for path in _BLIND_SETS for case in _cases(path) for t in _said(case)
    }
    seen: dict[str, str] = {}
    for path in TUNING_SETS:
        for case in _cases(path):
            language = "en" if case.get("language") == "en" else "nl"
            for text in _said(case):
                plain = " ".join(text.split())
                if len(plain.split()) >= _MIN_WORDS and plain.casefold() not in blind:
                    seen.setdefault(plain, language)
    return tuple((language, text) for text, language in seen.items())


METHOD_ANSWERS: tuple[tuple[str, str], ...] = _load()
