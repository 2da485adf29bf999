"""The "Faults" section of BENCHMARKS.md: what must hold per scenario, what was measured, and the details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._faults_catalogue import CATALOGUE
from ._faults_dates import FAR_DATES
from ._faults_verdicts import Figures, start_ok, verdicts
from ._report import machine, write_section

if TYPE_CHECKING:
    from .faults import Plan

__all__ = ["write_report"]


def _n(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if value < 10 else f"{value:.0f}"
    return str(value)


def _table(figures: Figures, keys: tuple[str, ...] | None = None) -> str:
    lines = ["| figure | value |", "|---|---|"]
    lines += [f"| {key} | {_n(figures[key])} |" for key in keys or tuple(figures)]
    return "\n".join(lines)


def _columns(by_name: dict[str, Figures], keys: tuple[str, ...]) -> str:
    lines = ["| figure | " + " | ".join(by_name) + " |", "|---" * (len(by_name) + 1) + "|"]
    lines += [
        f"| {key} | " + " | ".join(_n(f.get(key, "-")) for f in by_name.values()) + " |" for key in keys
    ]
    return "\n".join(lines)


def _startup_table(outcomes: dict[str, Any]) -> str:
    lines = ["| case | exit code | lines | seconds | as required |", "|---|---|---|---|---|"]
    for name, o in outcomes.items():
        held = "yes" if start_ok(o) else "**no**"
        lines.append(f"| {name} | {o.code} | {len(o.lines)} | {o.seconds:.1f} | {held} |")
    return "\n".join(lines)


_KILL_SHOWN = (
    "kills at random",
    "kills at acknowledgement",
    "updates acknowledged just before those",
    "lost of those",
    "kills while the database was busy",
    "updates acknowledged while it was busy",
    "lost of these",
    "messages",
    "handled",
    "updates lost",
    "answers",
    "answers lost",
    "stored right",
    "stored twice",
    "skipped",
    "duplicate rows",
    "finished",
    "pokes",
    "doubles",
    "tracebacks",
    "texts in log",
    "seconds",
)
_LINE_SHOWN = (
    "sends",
    "slow",
    "reset before",
    "reset after",
    "429s",
    "uncertain (logged)",
    "resent after a reset",
    "doubles",
    "pokes",
    "answers",
    "answers lost",
    "stored twice",
    "finished",
    "rejected",
    "tracebacks",
    "texts in log",
    "seconds",
)
_INPUTS_SHOWN = (
    "inputs",
    "kinds",
    "answered",
    "ignored as meant",
    "unanswered",
    "answered but meant to be ignored",
    "not delivered by Telegram (edits)",
    "rejected",
    "tracebacks",
    "log errors",
    "texts in log",
    "stored with NUL or invalid Unicode",
    "conversations that go on",
    "slowest reply s",
    "slowest kind",
)
_STORAGE_SHOWN = (
    "refused answers",
    "told not saved",
    "half-stored turns",
    "recovered",
    "of which about handling",
    "tracebacks",
    "texts in log",
    "log bytes",
)
_CODES_SHOWN = (
    "wrong codes sent",
    "looked up (told: unknown code)",
    "refused unlooked (too many tries)",
    "one student throttled after",
    "wrong attempts counted",
    "most counted for one person",
    "right code while throttled: refused",
    "codes in log",
)


def write_report(results: dict[str, Any], *, plan: Plan, seed: int) -> None:
    """Replace the "faults" section of BENCHMARKS.md."""
    rows = verdicts(results)
    summary = ["| scenario | must hold | measured | |", "|---|---|---|---|"]
    summary += [f"| {a} | {b} | {c} | {'met' if ok else '**NOT met**'} |" for a, b, c, ok in rows]
    kill, reset, flood, inputs = results["kill"], results["reset"], results["flood"], results["inputs"]
    ignored = ", ".join(b.name for b in CATALOGUE if b.expect == "ignored")
    line = _columns({"slow and reset": reset, "429s": flood}, _LINE_SHOWN)
    modes = ", ".join(f"{name} {mode:o}" for name, mode in results["modes"].items())
    body = f"""## Faults: the bot under bad conditions (hardening issue)

Command: `python3 tasks.py bench faults` (seed {seed}; `--quick` runs a small version of every scenario
but start-up, all at once: `tests/bench/test_faults_bench.py` runs it in CI and asserts its zero figures;
the start-up cases are in `tests/bot/test_startup.py`). Measured
{machine()}; one run. The bot is the real `loopbaanbot run` process (LOG_LEVEL=INFO) against the fake
Bot API on 127.0.0.1 (`tests/fakes`), its log captured and searched for every text a student sent; only
"database full" and "read-only" run the bot in process, as the fault needs its database connection. Every
scenario is bounded in time and stops its bot.

{chr(10).join(summary)}

What this suite found, each fixed with a test: python-telegram-bot confirms a batch of updates to Telegram
about 20 ms after fetching it, handled or not, so a bot killed while turns waited for a busy database lost
answers Telegram had been told were received (19 of 20 over 5 such kills); now an update is confirmed only
once handled (polling and webhook). A 5,000-character place made /dossier a message Telegram refused. A
webhook address in use, or not of this machine, was a traceback and exit code 1; a database another
program holds at start-up said "migration 1 failed" or "check the disk". A stop during a run of
follow-ups logged a traceback, a failing WAL checkpoint one every 5 s, and every refused wrong code a line.

### SIGKILL while {kill["students"]} students reflect

Each student does a whole reflection (the answers of `STEP_FOR_FRIDAY`, free-text ones with a marker
unique to the message) and answers whatever question the bot shows; one who hears nothing for 3 s of bot
uptime asks again (/verder, a "poke"). Kills: {kill["kills at random"]} at random moments (a fifth of them
in start-up, the rest up to 2.5 s into serving), {kill["kills at acknowledgement"]} the instant a getUpdates
offset confirmed updates, {kill["kills while the database was busy"]} while another program held the
database's write lock (as a backup or a long command can). The bot is started again after each, and
stopped cleanly at the end.

*Acknowledged*: a getUpdates offset passed the update, so Telegram never sends it again (after the last
clean run all were). *Handled*: the update's receipt is in the database (stored in the turn's
transaction). *Lost*: acknowledged and not handled. *Stored twice*: a marker found more than once, or
outside the field of its question. *Skipped*: a question of a finished reflection without an answer.

{_table(kill, _KILL_SHOWN)}

Window: a kill after a turn was stored and before its reply went out loses the reply, not the answer;
the student hears nothing until they write again ({kill["pokes"]} pokes in this run; replies wait in the
outbox for the 1-per-second pacing per chat, so the window is often a second wide). Closing it means
storing the replies with the turn and sending them from the database after a restart, as follow-ups are
sent: not done yet.

### A bad line to Telegram

Slow and reset: {reset["share slow"]:.0%} of the sends answered {plan.late[0]:.0f}-{plan.late[1]:.0f} s
late, {reset["share reset"]:.0%} reset, half before the fake took the message and half after (it arrived,
its answer did not). The bot cannot tell the two apart and never sends again after a reset
("uncertain"), so nothing is doubled; the price is the documented window: a message reset before it
arrived is one the student does not get, and they ask again. 429s: {flood["share 429"]:.0%} of the sends
answered "retry after 1 s"; the bot pauses all sending that long, then sends in order.

{line}

### Bad inputs

{inputs["inputs"]} inputs of {inputs["kinds"]} kinds (`bench/_faults_catalogue.py`: stickers, photos,
voice, locations, documents, polls, contacts, dice, venues, 5,000-character texts, markup, emoji,
right-to-left text, lone surrogates, NUL, zero-width characters, /stap and /netwerk with huge or
superscript numbers, forged, huge and empty button data, old buttons, a forwarded "/verwijderen ja",
unknown, empty and long commands, odd names and language codes, entities out of range, and /dossier and
/mijngegevens over all of it), spread over {inputs["students"]} students standing at different questions.
Answered: a message in the chat, or the pop-up for a button. Deliberately ignored: {ignored}. Edits
are not even asked of Telegram (the bot answered the original, see README), and a group gets nothing (a
reply would be read by everyone in it).

{_table(inputs, _INPUTS_SHOWN)}

### A database that cannot write

Each student's answer is refused {plan.disk_tries} time(s), then the fault is repaired and they answer
again. Half-stored: any change to the student's rows, or a new receipt, while the answers were refused.

{_columns(results["storage"], _STORAGE_SHOWN)}

### Far dates

{", ".join(FAR_DATES)}: two each, at "when was it?" and at "when will you do it?", then a real date.

{_table(results["dates"])}

### Start-up

{_startup_table(results["startup"])}

"Telegram unreachable" ends with exit code 1: not a setting but the network (one line all the same).

### Wrong codes

{_table(results["codes"], _CODES_SHOWN)}

The overall limit can be passed by the turns handled at the same moment (8 at most): each reads the
count before the others have written theirs.

### File modes

{modes} (octal).
"""
    write_section("faults", body)
