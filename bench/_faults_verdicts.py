"""What must hold in each scenario of bench faults, against what was measured: the summary's rows."""

from __future__ import annotations

from typing import Any

from ._faults_startup import WITHIN

__all__ = ["Figures", "start_ok", "verdicts"]

Figures = dict[str, Any]


def start_ok(outcome: Any) -> bool:
    """Whether a start-up case ended as required: its exit code, one line, no traceback, token or hang."""
    return bool(
        outcome.code == outcome.expect
        and len(outcome.lines) == 1
        and not outcome.traceback
        and not outcome.token_shown
        and outcome.untouched
        and outcome.seconds < WITHIN
    )


def _poison(p: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{p['answered']}/{p['students']} answered, slowest {p['slowest answer s']:.2f} s; log +"
        f"{p['log growth bytes']} bytes; {p['texts in log']} texts; {p['skipped (logged)']} skipped"
    )
    ok = (
        p["answered"] == p["students"]
        and p["slowest answer s"] < 2
        and p["log growth bytes"] < 10_000
        and p["texts in log"] == 0
        and p["skipped (logged)"] == p["poison updates"]
    )
    scenario = f"{p['poison updates']} unreadable updates, {p['students']} students waiting"
    return scenario, "every student answered within 2 s; log grows < 10 KB; 0 texts in the log", measured, ok


_KILL_ZEROS = (
    "updates lost",
    "answers lost",
    "stored twice",
    "handled not stored",
    "skipped",
    "duplicate rows",
)


def _kill(k: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{k['answers lost']} lost ({k['updates lost']} updates), {k['stored twice']} twice, "
        f"{k['skipped']} skipped; {k['finished']}/{k['students']} finished"
    )
    ok = all(k[z] == 0 for z in _KILL_ZEROS) and k["finished"] == k["students"] and k["doubles"] == 0
    at_random = k["kills at random"]
    scenario = f"{k['kills']} SIGKILLs ({at_random} at random moments), {k['students']} students reflecting"
    return scenario, "0 answers lost, 0 stored twice, 0 questions skipped", measured, ok


def _reset(r: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{r['doubles']} doubled, {r['resent after a reset']} resent; {r['reset before']} messages missed"
        f" (reset before Telegram took them), {r['pokes']} times a student asked again"
    )
    ok = (
        r["doubles"] == 0
        and r["resent after a reset"] == 0
        and r["answers lost"] == 0
        and r["stored twice"] == 0
        and r["finished"] == r["students"]
    )
    scenario = f"{r['share slow']:.0%} of sends slow, {r['share reset']:.0%} reset"
    return scenario, "0 doubled messages; the window measured", measured, ok


def _flood(f: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{f['429s']} 429s; {f['given up (logged)']} given up, {f['pokes']} missed, {f['doubles']} doubled;"
        f" {f['finished']}/{f['students']} finished"
    )
    ok = f["given up (logged)"] == 0 and f["pokes"] == 0 and f["doubles"] == 0
    return (
        f"{f['share 429']:.0%} of sends answered 429",
        "0 messages lost",
        measured,
        ok and f["finished"] == f["students"],
    )


def _inputs(i: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{i['tracebacks']} tracebacks, {i['rejected']} rejected; {i['answered']} answered,"
        f" {i['ignored as meant']} ignored as meant, {i['unanswered']} unanswered"
    )
    zeros = ("tracebacks", "rejected", "unanswered", "log errors", "answered but meant to be ignored",
             "texts in log", "stored with NUL or invalid Unicode")  # fmt: skip
    ok = all(i[z] == 0 for z in zeros) and i["conversations that go on"] == i["students"]
    scenario = f"{i['inputs']} bad inputs ({i['kinds']} kinds), {i['students']} students mid-conversation"
    must = "0 tracebacks, 0 Bot API rejections, every message answered or deliberately ignored"
    return scenario, must, measured, ok


def _storage(s: dict[str, Figures]) -> tuple[str, str, str, bool]:
    half = sum(v["half-stored turns"] for v in s.values())
    told = sum(v["told not saved"] for v in s.values())
    refused = sum(v["refused answers"] for v in s.values())
    recovered = ", ".join(str(v["recovered"]) for v in s.values())
    measured = (
        f"{half} half-stored of {refused} refused answers; {told} told 'not saved'; recovered {recovered}"
    )
    clean = all(v["tracebacks"] == 0 and v["texts in log"] == 0 and v["rejected"] == 0 for v in s.values())
    return (
        "disk refusing writes, database full, read-only",
        "0 half-stored turns",
        measured,
        (half == 0 and told == refused and clean),
    )


def _dates(d: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{d['asked again']} asked again, {d['far dates stored']} stored;"
        f" {d['conversations that go on']}/{d['students']} went on"
    )
    ok = (
        d["far dates stored"] == 0
        and d["conversations that go on"] == d["students"]
        and d["tracebacks"] == 0
        and d["log errors"] == 0
    )
    scenario = f"{d['far dates sent']} far dates at both date questions"
    return scenario, "the conversation goes on; no far date stored", measured, ok


def _codes(c: Figures) -> tuple[str, str, str, bool]:
    measured = (
        f"{c['looked up (told: unknown code)']} looked up, {c['refused unlooked (too many tries)']} refused;"
        f" at most {c['most counted for one person']} for one person"
    )
    ok = (
        c["most counted for one person"] <= 5
        and c["wrong attempts counted"] <= 108
        and c["unanswered"] == 0
        and c["right code while throttled: refused"] == 1
        and c["codes in log"] == 0
    )
    scenario = f"{c['wrong codes sent']} wrong class codes"
    return scenario, "throttled: 5 an hour per person, 100 an hour in all", measured, ok


def verdicts(results: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(scenario, what must hold, what was measured, held) for every scenario in `results`."""
    rows = [
        check(results[name])
        for name, check in (
            ("poison", _poison), ("kill", _kill), ("reset", _reset), ("flood", _flood),
            ("inputs", _inputs), ("storage", _storage), ("dates", _dates), ("codes", _codes),
        )
        if name in results
    ]  # fmt: skip
    if (st := results.get("startup")) is not None:
        good = sum(start_ok(o) for o in st.values())
        slowest = max(o.seconds for o in st.values())
        measured = f"{good}/{len(st)} as required (slowest {slowest:.1f} s)"
        must = "one line, exit code 2, no hang, no token printed"
        rows.append(
            (f"{len(st)} bad settings, databases and start-up conditions", must, measured, good == len(st))
        )
    if (m := results.get("modes")) is not None:
        wrong = [name for name, mode in m.items() if mode not in (0o600, 0o700)]
        measured = f"{len(m) - len(wrong)}/{len(m)} as required"
        rows.append(("files the bot makes", "files 0600, folders 0700", measured, not wrong))
    return rows
