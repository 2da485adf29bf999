"""How well the bot listens: a corpus of student conversations played against it, scored per figure.

`python3 tasks.py bench method [FILE ...] [--write] [--verbose]` plays every case of each corpus file
(defaults: DEFAULT_FILES, the sets tuned on and the blind sets; a missing file is skipped with
a note) and prints the figures per file. Each case is played by
bench/_method_play.py: the player answers whatever the bot asks from the case's answers (by what the
conversation waits for, not by the order of the file), first the case's earlier reflections (`history`,
each ending in its key word) and its preparation (`prepare`), then the reflection itself.

The figures (targets in brackets):

* feeling named correctly (>= 95 %): of the cases with `expect.feelings`. The *named* feelings are the
  feeling words in the bot's messages from its reply to the story until the key word (or until the
  student's correction), in order, in sentences addressed to the student ("je", "you") that are not
  fixed script texts, outside quotation marks and not after "niet"/"not". A word is a feeling when the
  bot's lexicon knows it or the case lists it; two words match when they are equal (folded) or of the same
  lexicon family ("nerveus" and "zenuwachtig"). With feelings listed: every group appears, in order, as
  one of its words among the named ones, and no `not_feelings` word is named. With `[]`: the bot names
  none and asks how the student felt (the `gevoel` question) before naming any.
* other people's feelings attributed to the student (0): cases where a `not_feelings` word is named as the
  student's anywhere in the reflection (by family too, unless the bot said the student's own word exactly:
  their "chagrijnig" is of one family with the customer's "boos", but it is theirs).
* corrections honoured (100 %): of the cases with `correction` (said right after the reply to
  `correction.after` when that reply names a feeling; a case where it never does fails). The reply to
  the correction names `expect.corrected_feeling` (a word, or a list when the student named more than one
  of their own; without one it names nothing and asks how they felt; a correction that says no feeling,
  "nee dat klopt niet", may be answered by asking, and the feeling is named after the answer), and no
  feeling named before the correction other than the corrected one(s) is named after it. A reaction that
  is no correction (`corrected_feeling` is what the bot had named: "ja klopt, vooral bij de kassa") is
  honoured too when the reply names no feeling and the kept one(s) are the ones named later.
* praise after a non-answer (0): bot replies with praise ("mooi", "top", "goed gedaan", "veel verteld",
  "great", ...) to a non-answer: the player's neutral "weet ik niet", a key in `expect.nonanswers`, or
  "niks", "nee", "weet niet", "idk", "-", one word said over and over; in every conversation of the case.
* summaries that quote only the student (100 %): of the reflections that show a summary before the key
  word question. Every quote in it is the student's own words (a piece of one of their messages, "…"
  allowed at the end); every other word is the summary's frame, a word the student used, or a feeling
  of a family the student named (each word of one, "onder de indruk"); and it is at most 60 words.
* earlier key words named (100 %): of the cases with a `history`: after the student's new key word the
  bot names every earlier one.
* steps stored that are not actions (0): steps of the case's experience that are non-answers, or stored
  at all when `expect.step_is_action` is false (except the student's own answer to how they will prepare,
  in `prepare.voorbereiden`: that is the preparation's step, an action of theirs).
* longest bot message (<= 60 words) and mean sentence length (<= 12 words): over the bot's messages in
  the cases' own reflections (sentences split at . ! ? and line ends).
* repeated wording within three conversations (0): sentences of four or more words in the bot's
  questions (not quoting the student) that the same student also got in one of their two previous
  conversations of the same script.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

import yaml

from bot.config import Settings
from dialogues import ScriptLibrary

from ._method_figures import Figures, score
from ._method_narrative import NARRATIVE
from ._method_play import Played, play
from ._report import machine, write_section

__all__ = ["DEFAULT_FILES", "Figures", "load", "main", "rows", "run", "run_cases"]

ROOT = Path(__file__).resolve().parent.parent
# Tuned on (written with the code, then sets written blind and tuned on), then the blind sets.
DEFAULT_FILES = (
    ROOT / "tests/golden/method/corpus.yaml",
    ROOT / "tests/golden/method/dev2.yaml",
    ROOT / "tests/golden/method/dev3.yaml",
    ROOT / "tests/golden/method/dev4.yaml",
    ROOT / "tests/golden/method/dev5.yaml",
    ROOT / "tests/golden/method/dev6.yaml",
    ROOT / "tests/golden/method/dev7.yaml",
    ROOT / "tests/golden/method/dev8.yaml",
    ROOT / "tests/golden/method/dev9.yaml",
    ROOT / "tests/golden/method/dev10.yaml",
    ROOT / "tests/golden/method/dev11.yaml",
    ROOT / "tests/golden/method/dev12.yaml",
    ROOT / "tests/golden/method/dev13.yaml",
    ROOT / "tests/golden/method/dev14.yaml",
    ROOT / "tests/golden/method/dev15.yaml",
    ROOT / "tests/golden/method/dev16.yaml",
    ROOT / "tests/golden/method/dev17.yaml",
    ROOT / "tests/golden/method/dev18.yaml",
    ROOT / "tests/golden/method/dev19.yaml",
    ROOT / "tests/golden/method/dev20.yaml",
    ROOT / "tests/golden/method/dev21.yaml",
    ROOT / "tests/golden/method/dev22.yaml",
    ROOT / "tests/golden/method/dev23.yaml",
    ROOT / "tests/golden/method/dev24.yaml",
    ROOT / "tests/golden/method/dev25.yaml",
    ROOT / "tests/golden/method/dev26.yaml",
    ROOT / "tests/golden/method/dev27.yaml",
    ROOT / "tests/golden/method/dev28.yaml",
    ROOT / "tests/golden/method/dev29.yaml",
    ROOT / "tests/golden/method/dev30.yaml",
    ROOT / "tests/golden/method/dev31.yaml",
    ROOT / "tests/golden/method/dev32.yaml",
    ROOT / "tests/golden/method/dev33.yaml",
    ROOT / "tests/golden/method/dev34.yaml",
    ROOT / "tests/golden/method/dev35.yaml",
    ROOT / "tests/golden/method/dev36.yaml",
    ROOT / "tests/golden/method/dev38.yaml",
    ROOT / "tests/golden/method/dev39.yaml",
    ROOT / "tests/golden/method/dev40.yaml",
    ROOT / "tests/golden/method/dev41.yaml",
    ROOT / "tests/golden/method/dev42.yaml",
    ROOT / "tests/golden/method/dev43.yaml",
    ROOT / "tests/golden/method/dev44.yaml",
    ROOT / "tests/golden/method/dev45.yaml",
    ROOT / "tests/golden/method/dev46.yaml",
    ROOT / "tests/golden/method/dev47.yaml",
    ROOT / "tests/golden/method/dev48.yaml",
    ROOT / "tests/golden/method/dev49.yaml",
    ROOT / "tests/golden/method/dev50.yaml",
    ROOT / "tests/golden/method/dev51.yaml",
    ROOT / "tests/golden/method/dev52.yaml",
    ROOT / "tests/golden/method/dev53.yaml",
    ROOT / "tests/golden/method/dev54.yaml",
    ROOT / "tests/golden/method/dev55.yaml",
    ROOT / "tests/golden/method/dev56.yaml",
    ROOT / "tests/golden/method/dev57.yaml",
    ROOT / "tests/golden/method/dev58.yaml",
    ROOT / "tests/golden/method/dev59.yaml",
    ROOT / "tests/golden/method/dev60.yaml",
    ROOT / "tests/golden/method/dev61.yaml",
    ROOT / "tests/golden/method/dev62.yaml",
    ROOT / "tests/golden/method/dev63.yaml",
    ROOT / "tests/golden/method/dev64.yaml",
    ROOT / "tests/golden/method/dev65.yaml",
    ROOT / "tests/golden/method/dev66.yaml",
    ROOT / "tests/golden/method/dev67.yaml",
    ROOT / "tests/golden/method/dev68.yaml",
    ROOT / "tests/golden/method/dev69.yaml",
    ROOT / "tests/golden/method/dev70.yaml",
    ROOT / "tests/golden/method/dev71.yaml",
    ROOT / "tests/golden/method/dev72.yaml",
    ROOT / "tests/golden/method/dev73.yaml",
    ROOT / "tests/golden/method/dev74.yaml",
    ROOT / "tests/golden/method/dev75.yaml",
    ROOT / "tests/golden/method/dev76.yaml",
    ROOT / "tests/golden/method/dev77.yaml",
    ROOT / "tests/golden/method/dev78.yaml",
    ROOT / "tests/golden/method_blind.yaml",
    ROOT / "tests/golden/method/blind2.yaml",
    ROOT / "tests/golden/method/blind3.yaml",
    ROOT / "tests/golden/method/blind4.yaml",
    ROOT / "tests/golden/method/blind5.yaml",
    ROOT / "tests/golden/method/blind6.yaml",
)
BLIND = (
    "tests/golden/method_blind.yaml",
    "tests/golden/method/blind2.yaml",
    "tests/golden/method/blind3.yaml",
    "tests/golden/method/blind4.yaml",
    "tests/golden/method/blind5.yaml",
    "tests/golden/method/blind6.yaml",
)


def load(path: Path) -> list[dict[str, Any]]:
    """The cases of one corpus file (a YAML list)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise SystemExit(f"{path}: a method corpus is a YAML list of cases")
    return [case for case in data if isinstance(case, dict)]


async def run_cases(cases: list[dict[str, Any]]) -> tuple[Figures, list[Played]]:
    """Play and score cases (one at a time: each has its own app, store and clock)."""
    settings = Settings(_env_file=None, database_url="memory://")
    library = ScriptLibrary.from_directory()
    played = [await play(case, library, settings) for case in cases]
    return score(played), played


def _pct(pair: list[int]) -> str:
    return f"{100 * pair[0] / pair[1]:.0f} % ({pair[0]}/{pair[1]})" if pair[1] else "n/a (0 cases)"


def rows(figures: Figures) -> list[tuple[str, str, str, bool]]:
    """(figure, value, target, met) for one corpus."""
    mean = figures.sentence_words[0] / figures.sentence_words[1] if figures.sentence_words[1] else 0.0

    def share(pair: list[int], at_least: float) -> bool:
        return not pair[1] or pair[0] / pair[1] >= at_least

    f = figures
    return [
        ("feeling named correctly", _pct(f.feelings), ">= 95 %", share(f.feelings, 0.95)),
        ("other people's feelings attributed", str(f.others_attributed), "0", not f.others_attributed),
        ("corrections honoured", _pct(f.corrections), "100 %", share(f.corrections, 1.0)),
        ("praise after a non-answer", str(f.praise_after_non_answer), "0", not f.praise_after_non_answer),
        ("summaries quoting only the student", _pct(f.summaries), "100 %", share(f.summaries, 1.0)),
        ("earlier key words named", _pct(f.earlier_key_words), "100 %", share(f.earlier_key_words, 1.0)),
        ("steps stored that are not actions", str(f.steps_not_actions), "0", not f.steps_not_actions),
        ("longest bot message (words)", str(f.longest_message), "<= 60", f.longest_message <= 60),
        ("mean sentence length (words)", f"{mean:.1f}", "<= 12", mean <= 12),
        ("repeated wording within 3 conversations", str(f.repeated_wording), "0", not f.repeated_wording),
    ]


def show(played: Played) -> None:
    """Print a played case as a transcript (for reading what the bot said)."""
    print(f"\n=== {played.case.get('id')}: {played.case.get('about', '')}")
    for talk in played.conversations:
        print(f"--- {talk.script}{' (earlier)' if talk.history else ''}")
        for turn in talk.turns:
            print(f"  > [{turn.key}] {turn.said}")
            for reply in turn.replies:
                buttons = " ".join(f"[{b.label}]" for b in reply.buttons)
                print(f"      {reply.text} {buttons}".rstrip())


def run(
    files: list[Path], *, write: bool = False, verbose: bool = False, shown: frozenset[str] = frozenset()
) -> dict[str, Figures]:
    """Play every corpus file that exists; print (and with `write`, record) the figures per file."""
    results: dict[str, Figures] = {}
    for path in files:
        if not path.exists():
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: not there, skipped")
            continue
        cases = load(path)
        figures, played = asyncio.run(run_cases(cases))
        for item in played:
            if str(item.case.get("id")) in shown or "all" in shown:
                show(item)
        name = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        results[name] = figures
        print(f"\n{name}: {len(cases)} conversations")
        for figure, value, target, met in rows(figures):
            print(f"  {figure:42} {value:>16}   target {target:6} {'met' if met else 'NOT met'}")
        print(
            f"  (safety on these harmless answers: {figures.check_ins} check-ins, the player answered 'gaat"
            f" wel'; {figures.full_help} got the full help)"
        )
        if verbose:
            for figure, cases_failed in figures.failed.items():
                print(f"  failed {figure}: {'; '.join(cases_failed)}")
    if write and results:
        write_section("method", _section(results))
    return results


def _section(results: dict[str, Figures]) -> str:
    names = list(results)
    table = {n: rows(results[n]) for n in names}
    # One row per set (there are many), one column per figure.
    figures = [figure for figure, _, _, _ in table[names[0]]]
    lines = [
        "| set | " + " | ".join(figures) + " |",
        "|---|" + "---|" * len(figures),
        "| *target* | " + " | ".join(target for _, _, target, _ in table[names[0]]) + " |",
    ]
    for n in names:
        kind = "blind" if n in BLIND else "tuned"
        cells = " | ".join(f"{value}{'' if met else ' **(not met)**'}" for _, value, _, met in table[n])
        lines.append(f"| {n.rsplit('/', 1)[-1]} ({results[n].conversations}, {kind}) | {cells} |")
    checks = ", ".join(f"{n}: {results[n].check_ins}" for n in names)
    helped = ", ".join(f"{n}: {results[n].full_help}" for n in names)
    missing = [name for name in BLIND if name not in results]
    note = "".join(f"\nThe blind set `{n}` was not in this checkout: not measured here." for n in missing)
    return f"""## Listening: the method, measured on student conversations (issue 10)

Command: `python3 tasks.py bench method --write`. Measured {machine()}.

{chr(10).join(lines)}
{note}
{NARRATIVE.format(checks=checks, helped=helped)}
"""


def main(argv: list[str] | None = None) -> None:
    """Command line of the method benchmark."""
    parser = argparse.ArgumentParser(prog="bench method")
    parser.add_argument(
        "files", nargs="*", type=Path, help="corpus files (default: the dev sets and the blind sets)"
    )
    parser.add_argument("--write", action="store_true", help="write the figures to BENCHMARKS.md")
    parser.add_argument("--verbose", action="store_true", help="list the cases that fail each figure")
    parser.add_argument("--show", action="append", default=[], help="print the transcript of a case id")
    args = parser.parse_args(argv)
    files = [p.resolve() for p in args.files] or list(DEFAULT_FILES)
    run(files, write=args.write, verbose=args.verbose, shown=frozenset(args.show))
