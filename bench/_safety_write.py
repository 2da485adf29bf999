"""The safety bench's section of BENCHMARKS.md."""

from __future__ import annotations

import os

from bot.safety import Assessor, Level

from ._safety_sets import SetScore

__all__ = ["write_report"]


def _f(value: float) -> str:
    return f"{value:.2f}"


def _ci(f: dict[str, float], name: str) -> str:
    return f"{_f(f[name])} ({_f(f[name + ' low'])}-{_f(f[name + ' high'])})"


def _table(scores: list[SetScore], figures: dict[str, dict[str, float]]) -> list[str]:
    rows = [
        "| set | signals / harmless | rules: precision | rules: recall | combined: precision "
        "| combined: recall | signals: full help / check-in | harmless: full help / check-in "
        "| right kind (rules / combined) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        f = figures[s.corpus.name]
        rows.append(
            f"| {s.corpus.name}, {s.corpus.role} | {int(f['signals'])} / {int(f['harmless'])} "
            f"| {_ci(f, 'rules precision')} | {_ci(f, 'rules recall')} | {_ci(f, 'combined precision')} "
            f"| {_ci(f, 'combined recall')} | {_f(f['signals full help'])} / {_f(f['signals check-in'])} "
            f"| {f['harmless full help']:.3f} / {f['harmless check-in']:.3f} "
            f"| {_f(f['rules right kind'])} / {_f(f['combined right kind'])} |"
        )
    return rows


def _kinds(score: SetScore) -> list[str]:
    counts = score.by_kind()
    rows = ["| kind | signals | rules | combined |", "|---|---|---|---|"]
    for kind in sorted({k for k, _ in counts}):
        total = counts[(kind, "all")]
        rows.append(
            f"| {kind} | {total} | {_f(counts[(kind, 'rules')] / total)} "
            f"| {_f(counts[(kind, 'found')] / total)} |"
        )
    return rows


def _lists(score: SetScore) -> list[str]:
    missed = [
        f'- [{o.lang}, {o.kind.value}] "{o.text}"' for o in score.outcomes if o.kind and o.level is Level.NONE
    ]
    alarms = [
        f'- [{o.lang}, {o.level.value}{", rule" if o.rules else ""}] "{o.text}"'
        for o in score.outcomes
        if not o.kind and o.level is not Level.NONE
    ]
    return [
        f"Signals of {score.corpus.name} neither helped nor checked in on ({len(missed)}):",
        "",
        *(missed or ["- none"]),
        "",
        f"Harmless messages of {score.corpus.name} that got a check-in or the full help ({len(alarms)}):",
        "",
        *(alarms or ["- none"]),
    ]


_HISTORY = """How to read this. The tuned corpus says only that nothing regressed: the rules were built on it
and the model trained on it. Set 3 was blind for the rules (precision 0.80 / recall 0.45 when first measured,
0.85 / 0.52 after the set-2 tuning round; sets 1 and 2 scored 0.89 / 0.61 and 0.90 / 0.64 blind before they
were folded into corpus.py) and is a dev set for the model. Set 4 was written after the first model and
measured blind once (rules and model: recall 0.87, 0.81-0.91; harmless: full help 0.011, check-in 0.040;
time per message mean 30 ms, p99 84 ms); it has been a dev set since: its misses were read, and the second
round of training data (bot/safety/training, written fresh; a test checks no sentence of any set is in it,
and sentences close to one of sets 3 and 4 by words or by e5 similarity were dropped) was written with their
kinds of wording in mind. So the figures of sets 3 and 4 are optimistic; the
cross-validation on the training data and a set written after this model, measured once with `--heldout`,
are the honest estimates. Set 5 (heldout5) is that set: written by someone who saw neither the detector
nor the corpus, added after the model of 2026-12-06 (all 12 of e5's layers, a 28-token window, without the
third round of training data) was trained, and measured once on that model: recall of full help plus
check-in 0.85 (0.79-0.90), harmless full help 0.024 and check-in 0.024, p99 per message above the 30 ms
target. The model of the afternoon (e5's first 6 layers, a 24-token window, a third round of training
data and harmless answers to the bot's own questions, both written blind; the full help on the model's word
alone only when its first pass is sure too) was measured on set 5 a second time (recall 0.89) and on set 6
once (0.94, harmless full help 0.010, check-in 0.060): set 6 (heldout6) was written on 2026-12-06 by someone
who saw neither the detector nor any earlier set, after that model was trained. The model measured here
adds a fourth round of harmless training data, written blind that evening (810 answers to every question
of the scripts; 400 messages in which someone does something to or for the student: "ze stuurt me een naam
door" got the full help in the conversation sets; 295 about care work with children, the elderly and
clients: a story about a toddler on the student's lap at the kinderopvang got it too), 20 English answers
about how to reach someone written by us (not blind) after "I will knock on his door" got a check-in in a
golden conversation, and a rule for signals typed without spaces ("ikwildood"). Chosen on the cross-validation
and the conversation dev sets (of their 3,398 harmless answers, 19 got the full help and 78 a check-in
before, 0 and 26 after), then measured on sets 5 and 6 after each retraining (their misses were not read):
set 5 0.93, 0.91, 0.90 (its third to fifth measurement), set 6 0.94 each time. Late that night two more
kinds of harmless training data were added after the listening benchmark's conversations showed whole
harmless stories getting the full help ("... aan het eind geeft ze me een hand en zegt ze dat ik het snel
hoor"; the first pass had learnt "ze", "me" and "en" as signs of a signal): 300 strong-worded reflection
stories and 80 signals told the same way, written blind, and the answers of the listening benchmark's
tuning sets (`_method_answers.py`, 3,029 after dev8; the blind sets are only read to leave out answers two
writers happened to write alike). The thresholds are still chosen on the near misses only: with the
everyday stories in the quantiles they fell, and sets 5 and 6 had nearly twice the check-ins on harmless
messages. Measured after (their misses not read): set 5 0.89, set 6 0.95 (harmless full help 0.000,
check-ins 0.080 against 0.055 before), and on the tuning conversations no full help (they are training
data now; the blind conversation sets in the listening section are the measure). On 2026-12-07 the
answers of dev9 and dev10 were added (3,029 -> 3,823 answers), a rule that read "de monteur moest lachen
om mij" as laughing at the student was narrowed (a class or everyone who "moest lachen om mij" still
counts), and the model retrained: the table (set 5 0.89, set 6 0.95, harmless full help 0.019 / 0.005).
With dev11 and dev12 trained on too, recall was 0.88 / 0.94 and full help 0.010 / 0.000, but the first
pass settled only 65 % of the short chat messages without the embedding (a test asks 70 %; 40 % of the
messages were embedded against 29 %, mean 6.1 against 5.2 ms), so those two sets are left out. Trained
on dev13 to dev15 as well (4,980 answers; harmless stories told in strong words among them): set 5 0.88,
set 6 0.94, harmless full help 0.019 / 0.015, check-ins 0.034 / 0.050, and the blind conversation sets'
false alarms did not change (7+4, 0+0, 1+0, 1+0): not kept. Timing runs on
this noisy machine measured p99 between 20 and 35 ms; the run written here is the last.
Neither set's messages are listed
here. Every threshold was chosen on the training data's cross-validation only,
never on a held-out set. With about a hundred and fifty signals a set pins recall
down to roughly +/- 0.05.

A check-in costs a harmless student one tap; the full help on a harmless message costs more trust; a miss
costs a student who is not offered help. The rules alone give the full help on every hit; with the model a
hit the model finds unlikely (an idiom or a lesson topic the rules did not foresee) gets a check-in instead.
The model costs CPU: e5 takes about 0.11 ms per token and layer on one thread of this machine when it
is quiet (two to three times that when other work fills both cores); the model reads the mean of its first
{layers} of 12 layers (measured: no loss of recall against all 12 on the cross-validation and the dev
sets, see the speed table after this section), and the embedding reads at most a window of {tokens}
tokens of a message, where its words weigh most in the first pass, and the first pass settles
most messages without it. The bot scores one message at a time off the event loop and lets the rules
decide alone when more than four wait. The detector is one way to notice a student in trouble, not the
only one: mentors and the weekly summary's "went quiet" list are the others."""


def write_report(
    scores: list[SetScore],
    figures: dict[str, dict[str, float]],
    meta: dict[str, object],
    measured: str,
    assessor: Assessor,
) -> str:
    """The markdown of the section."""
    nl = chr(10)
    t = figures["timing"]
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "-"
    start = figures.get("startup", {})
    cv = figures["cross-validation"]
    thresholds = meta["thresholds"]
    assert isinstance(thresholds, dict)
    model = "rules and model" if assessor.model is not None else "RULES ONLY (the model did not load)"
    about = [
        f"- {s.corpus.name}: right for "
        f"{_f(figures[s.corpus.name]['about right'])} of {int(figures[s.corpus.name]['about labelled'])} "
        "labelled signals found"
        for s in scores
        if "about right" in figures[s.corpus.name]
    ] or ["- no set carries subject labels yet (4-tuples); set 4 will"]
    held = [s for s in scores if s.corpus.role != "tuned: the rules were built on it"]
    details = []
    for s in held:
        details += [f"**{s.corpus.name} ({s.corpus.role}) by kind** (share found):", "", *_kinds(s), ""]
        if "blind" in s.corpus.role and "not blind" not in s.corpus.role:
            # A blind set's misses are not written down: whoever reads them could tune on them.
            details += [f"The messages of {s.corpus.name} are not listed: it stays blind.", ""]
        else:
            details += [*_lists(s), ""]
    return f"""## Safety signals: rules, and rules with a trained model (issues 5 and 12)

Command: `python3 tasks.py bench safety --heldout tests.bot.safety.heldout4 [--heldout NEW_SET.py]`.
Measured {measured}; {model}.

A message is *found* when the bot answers it with the full help or a check-in. Precision = found signals /
all found messages; recall = found signals / signals (95% Wilson intervals in brackets). Right kind: the
share of found signals whose kind (which decides the words and the help lines) was right.

{nl.join(_table(scores, figures))}

The model's own 5-fold cross-validation on its training data ({int(cv["signals"])} signals,
{int(cv["harmless"])} harmless: corpus.py plus bot/safety/training, each message scored by a model that did
not see it; the rules were built on corpus.py, so their share is flattered): rules alone recall
{_f(cv["rules recall"])} with {cv["rules false alarms"]:.3f} false alarms; combined recall
{_f(cv["combined recall"])} (full help {_f(cv["combined full help recall"])}), harmless: full help
{cv["harmless full help"]:.3f}, check-in {cv["harmless check-in"]:.3f}; the embedding ran for
{cv.get("embedded", 1.0):.2f} of the messages. Thresholds chosen there: check-in from {thresholds["check"]},
full help from {thresholds["full"]} (the model alone, and in the bot only when its first pass is sure too;
the cross-validation does not apply that); a rule's hit gets the full help unless the model gives it
less than {thresholds.get("veto", "-")} (which 95% of the rules' true hits reach out of fold), then a
check-in. The first pass (character n-grams alone) settles a message without the embedding: no rule and a
first pass below {thresholds.get("screen", "-")} is nothing (99% of the signals the full model found on its
own score more), a rule and a first pass of at least {thresholds.get("sure", "-")} is the full help (above
every harmless hit the full model vetoed).

Subject of the answer (self / other / past), where a set labels it:

{nl.join(about)}

Time per message ({int(t["messages"])} messages of these sets, one model thread, medians of
{int(t.get("rounds", 1))} rounds; load average over 1 / 5 / 15 minutes at the end: {load}): wall clock mean
{t["combined mean ms"]:.1f} ms, median {t["combined p50 ms"]:.1f} ms, p90 {t["combined p90 ms"]:.1f} ms,
p99 {t["combined p99 ms"]:.1f} ms; CPU time of the scoring thread mean {t["cpu mean ms"]:.1f} ms, p99
{t["cpu p99 ms"]:.1f} ms. The embedding ran for
{t["embedded share"]:.2f} of them (median {t["embedded p50 ms"]:.1f} ms, p99 {t["embedded p99 ms"]:.1f} ms);
the others took at most {t["settled p99 ms"]:.1f} ms (p99). The rules alone: mean
{t["rules mean ms"]:.2f} ms, p99 {t["rules p99 ms"]:.2f} ms. Start-up in a fresh process: importing the bot
{start.get("import s", float("nan")):.2f} s, loading the model {start.get("model load s", float("nan")):.2f} s
more; peak memory {start.get("rss with model mb", 0):.0f} MB with the model against
{start.get("rss rules only mb", 0):.0f} MB without; after scoring set 3's signals
{start.get("rss with model after scoring mb", 0):.0f} MB against
{start.get("rss rules only after scoring mb", 0):.0f} MB
(the model's 72 MB file is mapped, and its pages become resident as they are used).

{nl.join(details)}
These are synthetic test phrases written for the corpora, not messages from students.

{_HISTORY.format(tokens=meta.get("tokens", "-"), layers=meta.get("layers", 12))}
"""
