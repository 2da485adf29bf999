"""bench schools: its quick run (one `loopbaanbot run` process, three schools, each its own token and
SQLite database) sends every follow-up once with no school starved; and how it tells a starved school."""

from __future__ import annotations

from bench import schools
from bench._schools_figures import figures


def test_three_schools_in_one_process_each_get_every_follow_up_once() -> None:
    [result] = schools.run_quick()
    assert [s.got for s in result.schools] == [result.due] * 3
    assert (result.lost, result.duplicates, result.errors) == (0, 0, 0)
    # A 3 s silence would take a stall of the event loop that long: nothing that sends 20 follow-ups has one.
    assert result.starved(schools.STARVED) == []


def _every(start: float, end: float, step: float) -> list[float]:
    return [start + n * step for n in range(round((end - start) / step) + 1)]


def test_a_school_silent_while_others_send_is_starved_one_that_is_done_is_not() -> None:
    arrivals = {
        "steady": _every(0.0, 10.0, 0.1),
        "stalled": [*_every(0.0, 2.0, 0.1), *_every(7.0, 8.0, 0.1)],  # nothing from 2 to 7 s
        "done early": _every(0.5, 1.0, 0.1),  # all it had, then nothing owed
    }
    chats = {slug: [(100.0 + t, n) for n, t in enumerate(times)] for slug, times in arrivals.items()}
    run = figures(chats, {}, store="sqlite", due=1, began=100.0, up=1.0, bot_cpu=1.0, bench_cpu=1.0)
    by = {s.slug: s for s in run.schools}
    assert round(by["stalled"].silence, 1) == 5.0 and by["stalled"].others_meanwhile > 0
    assert round(by["done early"].silence, 1) == 0.5, "from the first follow-up anyone got to its own first"
    assert [s.slug for s in run.starved(3.0)] == ["stalled"]
    assert round(by["steady"].rate) == 10 and round(run.first_spread, 1) == 0.5
