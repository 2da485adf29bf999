"""The "Many schools in one process" section of BENCHMARKS.md, from bench schools' runs."""

from __future__ import annotations

from ._report import machine, write_section
from ._schools_figures import Run
from .schools import CONNECTIONS, STARVED, TELEGRAM_RATE

__all__ = ["write_schools"]

TARGET_SHARE = 0.9  # of 30 messages/s per school, where the CPU allows


def _name(result: Run) -> str:
    store = "SQLite" if result.store == "sqlite" else "PostgreSQL"
    count = len(result.schools)
    return f"{count} school{'s' if count > 1 else ''}, {store}"


def _summary_row(result: Run) -> str:
    count = len(result.schools)
    target = count * TELEGRAM_RATE
    slow, fast = result.slowest, result.fastest
    quiet = result.longest_silence
    return (
        f"| {_name(result)} | {result.messages:,} | {result.total_rate:.0f}"
        f" | {result.total_rate / target:.2f} × {target:.0f} | {slow.rate:.1f} – {fast.rate:.1f}"
        f" ({slow.rate / fast.rate:.2f}) | {result.first_spread:.1f} s | {quiet.silence:.1f} s"
        f" | {result.floods} | {result.lost} / {result.duplicates}"
        f" | {result.cpu_per_message:.2f} ms | {result.cpu_share:.2f} | {result.load:.1f} |"
    )


def _per_school(runs: list[Run]) -> list[str]:
    head = "| school |" + "".join(f" {_name(r)}: msg/s, first – last, longest silence |" for r in runs)
    rows = [head, "|---|" + "---|" * len(runs)]
    for n, school in enumerate(runs[0].schools):
        cells = [
            f" {r.schools[n].rate:.1f}, {r.schools[n].first:.1f} – {r.schools[n].last:.1f} s,"
            f" {r.schools[n].silence:.1f} s |"
            for r in runs
        ]
        rows.append(f"| {school.slug} |" + "".join(cells))
    return rows


def write_schools(results: list[Run], *, due: int) -> None:
    """Write the section (every configuration's summary, and every school of the largest runs)."""
    largest = max(len(r.schools) for r in results)
    big = [r for r in results if len(r.schools) == largest]
    alone = [r for r in results if len(r.schools) < largest]
    starved = [f"{_name(r)}: {', '.join(s.slug for s in r.starved(STARVED))}" for r in results]
    none_starved = all(not r.starved(STARVED) for r in results)
    whole = all(r.lost == 0 and r.duplicates == 0 for r in results)
    fits = [r for r in alone if r.slowest.rate >= TARGET_SHARE * TELEGRAM_RATE]
    lines = [
        "## Many schools in one process (issue 13)",
        "",
        f"`python3 tasks.py bench schools --write` · {machine()}; the 2 cores are shared with other"
        " workers (the load average during each run is in the table), so read the ratios, not the"
        " absolute rates.",
        "",
        f"One `loopbaanbot run` process with a schools file; every school has its own Telegram token and"
        f" database (a SQLite file each, or a PostgreSQL database each on one server, on disk with fsync,"
        f" `DATABASE_CONNECTIONS={CONNECTIONS}`) and {due} follow-ups due when the process starts. Each"
        " token has a fake Bot API of its own on 127.0.0.1 (all in the bench's process), enforcing"
        f" Telegram's {TELEGRAM_RATE:.0f} messages/s per bot with 429s and noting when each message arrived."
        " Every configuration once, in the order of the table.",
        "",
        "| configuration | follow-ups | msg/s, all schools | against schools × 30/s | slowest – fastest"
        " school, msg/s (ratio) | first follow-ups, first to last school | longest silence of a school"
        " | 429s | lost / twice | bot CPU per follow-up | bot's share of a core | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        *(_summary_row(r) for r in results),
        "",
        '"msg/s" of a school is its rate after its first 30 follow-ups (those may go at once, as'
        ' Telegram allows a short burst) until its last; "all schools" counts every follow-up from the'
        ' first any school got to the last (with one school, the burst is in it). "Longest silence" is the'
        " longest time a school got nothing while it still had follow-ups to come and other schools got"
        f" theirs (from the first follow-up any school got); over {STARVED:.0f} s counts as starved.",
        "",
        f"Every school of the {largest}-school runs:",
        "",
        *_per_school(big),
        "",
        f"- Each school at its own {TELEGRAM_RATE:.0f}/s where the CPU allows (slowest school at least"
        f" {TARGET_SHARE} × {TELEGRAM_RATE:.0f}): "
        + (", ".join(f"**met** with {_name(r)}" for r in fits) or "**not met** in any run")
        + f"; with {largest} schools, see the notes below.",
        f"- None starved (no school silent over {STARVED:.0f} s while others got theirs): "
        + ("**met**" if none_starved else "**NOT met** (" + "; ".join(starved) + ")")
        + ". Every follow-up once: "
        + ("**met**." if whole else "**NOT met**."),
    ]
    write_section("schools", "\n".join(lines))
