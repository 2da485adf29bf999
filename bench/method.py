"""How well the bot listens: a corpus of student conversations played against it, scored per figure.

`python3 tasks.py bench method [FILE ...] [--write] [--verbose]` plays every case of each corpus file
(defaults: DEFAULT_FILES, the sets tuned on and the two blind sets; a missing file is skipped with
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
  at all when `expect.step_is_action` is false.
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
Each conversation is played against the real bot (memory store, fake clock) by a player that answers
whatever the bot asks from the case's answers; the figures are defined in `bench/method.py`. The first
corpus (`corpus.yaml`) was written together with the code. Every other set was written by a writer who saw
nothing but the format guide and the method (no code, no other set). The *tuned* rows (`dev2` to `dev55`)
were then tuned on, one after the other: they say the bot does what it was tuned to do. The *blind* rows
(`method_blind.yaml`, `blind2` to `blind5`) are only measured, never tuned on, and their misses are not read
(once, on the night of 2026-12-06, a verbose run printed one of blind2's stored steps by mistake; nothing
was changed for it): how well the bot listens to students it has not met is what they say. A dev set's first
measurement, before any tuning on it, is such a figure too: feeling named correctly dev7 47 %, dev8 62 %
(2026-12-06); on 2026-12-07 dev9 80 % (indirect feelings: similes, understatement), dev10 80 % (bilingual,
rarer words), dev11 49 % (vmbo chat, dialect, run-on stories), dev12 58 % (reflective vwo/havo, hedged,
questions), then, after tuning on those, dev13 89 % (practical sectors, newcomers, body stories), dev14 96 %
(corrections 13/22, non-actions stored 7; written to test corrections and steps), dev15 91 % (harmless
stories in strong words from care and security), dev16 82 % (a typical week of students across the
country, all school types), dev17 84 % (feelings said in idioms: "op wolkjes", "brok in mn keel", "nervous
wreck", "jumped out of my skin") and dev18 91 % (harmless stories in strong words: funeral home, butcher,
fire brigade, emergency room; 2 of them got the safety's words for a hard time behind the student),
then, after tuning on those, dev19 76 % (city students in straattaal: "ik voelde me een baas", "aan het
bibberen", "schijterig", "kapot hoog") and dev20 62 % (feelings told by what the student did or wanted:
"kon niet stoppen met lachen", "wanted the ground to swallow me", "het viel me eerlijk gezegd tegen"),
then dev21 96 % with corrections 32/39 (written to test corrections: "bang? nee hoor", "geschrokken valt
mee", "de chef was boos, niet ik", "happy isnt really the word") and dev22 93 % (an ordinary Monday at a
small-town school: dyslexic spellings such as "bley", dialect, very short and very long answers).
Later on 2026-12-07: dev23 89 % with corrections 16/33 (written to test corrections: "bang is overdreven",
"meer gespannen dan bang", "wel is zacht uitgedrukt"), dev24 80 % with other people's feelings given to the
student 6 times (whose feeling: "one guy asked if I was bored", "de apotheker vroeg of ik het spannend
vond"), dev25 62 % (newcomers, dyslexia, idioms such as "vlinders in mijn buik", harmless stories in heavy
words) and dev26 89 % with corrections 1/7 (steps, non-answers, second reflections, prepared experiences:
"ja zoiets, maar eigenlijk voelde ik me vooral genegeerd" was not heard as a correction); then, after
tuning on those, dev27 73 % (a whole year group after its internship week, written without a theme), dev28
71 % (the grammar of feelings: "wat ik jammer vond was", "was mijn opluchting zo groot", "niet dat ik niet
zenuwachtig was"), dev29 93 % with corrections 25/40 (forty ways to tell the bot it got the feeling
wrong: "dat zei ik toch niet??", "wallah niet", "een beetje? veel erger", "nieuwsgierig wel") and dev30
69 % (harmless stories about other people's trouble; four got the safety check's full help). In a new
session on 2026-12-07: dev31 98 % with corrections 20/32 (written to test corrections after the story and
after the feeling question: "doodeng is wel overdreven", "opgelucht.", "moe boeit niet", "weet niet of trots
het woord is"), dev32 76 % with other people's feelings given to the student 4 times (one ordinary school's
Monday: "Jayden zat zich te vervelen", "een meisje naast me werd misselijk", "m'n hart zat in m'n keel")
and dev33 51 % with others 2 and corrections 1/5 (feelings hidden in the body, in deeds and in "het was
...": "maag in de knoop", "blijven stralen", "legs like jelly", "the receptionist, Tom, stayed calm"; the
bot mostly asked how the student felt instead of naming a feeling); then, after tuning on those, dev34
91 % with corrections 7/9 (Dutch and English mixed, and later answers about other moments: "nee, op
school ben ik juist rustig" had been taken as a correction), dev35 80 % with others 2 (feelings that change
within one story: "I expected to be super nervous", "it wasn't that I was angry", "niet alleen verlegen")
and dev36 91 % with a non-step stored (students who write little: "ik was zenuw", "verbaast", "kzal
wel"); then dev38 98 % with corrections 22/25 and others 1 (reactions right after the feeling was said
back: "dat blije was maar heel even", "the nervous part wasn't that bad", "de eerste dag was ik nog super
zenuwachtig, nu niet meer" had the bot ask the same question again and again; a dev37 was asked for but
its writer stopped without writing it). In the afternoon: dev39 100 % with corrections 10/10 (a mentor
class typing on phones: "kweet nie", voice-to-text, newcomers' Dutch) and dev40 67 % with others 2 and
corrections 7/12 (second reflections and prepared days: "ik had er gewoon geen zin in", "ik vond dat echt
mooi om te horen", "meer... onzichtbaar", "annoyed is a strong word", "made me kind of sad"; its harmless
answer to the thread question, "it keeps coming back", got the safety check's full help); then dev41 82 %
with others 2 and corrections 8/15 (a whole range, as a teacher's first test: "ik was niet bang, ik was
gespannen" after "eng", "this little boy, like 6, who was really scared", "Jeroen, het raadslid met wie ik
meeliep, bleef rustig"; 6 of its corrections follow stories without a feeling of the student's, so there
is nothing to correct), dev42 77 % with others 3 (an international school and a bilingual stream: "my
supervisor was super stressed, like eating-lunch-at-her-desk stressed", "bored yes 100%. but excited
isn't really the word") and dev43 87 % with others 2 (vmbo students in small towns writing as they talk:
"kwas echt kapot", "nee da klopt nie echt", "hoe blij dat bruidspaar was"). Three reviews of that work
tried some 400 made-up messages against the code before and after and found about thirty readings made
worse ("het was spannend maar ik was niet zenuwachtig" took "spannend" away, ", which was really scary"
became someone else's, "I stayed down there" read as "down"); each is a test now. Two helpers
also tried the correction changes on some 600 made-up messages against the code before them, and found
ordinary answers ("ik deed iets fout bij de kassa", "nee er gebeurde niks", "happy no cap") taken as
corrections: those are tests now. In a new session on 2026-12-07:
dev44 93 % with others 1 and corrections 26/30 (every case a correction: "klopt half, nieuwsgierig was ik
zeker maar ook trots", "yeah at first, but after like an hour not anymore", "nee dat klopt eigenlijk niet"),
dev45 67 % with others 1 (havo/vwo/mbo stories with feelings said indirectly: "zat er helemaal doorheen",
"dat gaf me zon kick", "ik kreeg er bijna tranen van", "vroeg Harm of ik het leuk vond en ik zei ja maar
eigenlijk weet ik dat niet") and dev46 100 % with corrections 6/6 and one non-step stored (newcomers'
simple Dutch and straattaal: "ik werk gewoon verder"); a review of that work tried 474 made-up messages
against the code before and after and found about forty readings made worse (a capitalised shop in an
earlier answer, "bij Albert Heijn", hid a later feeling as someone else's; "niet helemaal zeker wanneer"
and "not quite finished" wiped a named feeling; "mensen helpen is leuk" became someone else's; "kreeg er
tranen van" from onions was "ontroerd"); each is a test now. Then dev47 90 % with others 2 (one ordinary
mentor class in Utrecht: "een paar waren echt heel boos", "1 jongetje was boos", "voelde me echt een baas")
and dev48 93 % with corrections 17/20 (how students react when the bot names a feeling); a second review
found a few more ("klopt half" said alone was taken as a yes, "met de jongens voetballen was leuk" as
someone else's), tests now too. Then dev49 73 % with others 2 and corrections 5/10 (half English; answers to
"how did you feel?": "Ruud was super stressed but I was pretty chill", "she asked if I was nervous and I
said no, which was true", "yeah hyped but also kinda unsure if it's for me", "honestly I was pissed"); a
third review found its name rule too eager ("Zenuwachig was ik", "Tbh felt nervous" lost their feeling),
now tests. Then two sets written as a fair sample, the way blind5 was asked for: dev50 90 % with others 2
and corrections 8/10 (dialects: "bang bin ik nait", "boos was ik ni hoor", "nee dat is t nie echt") and
dev51 87 % with others 3 and corrections 7/10 (phone-typed stories: "ze zei 'ik ben zo eenzaam meisje'",
"de agent vroeg ben je bang?", "40 minuten over één rotonde 😭"); a fourth review found the student's own
quoted words taken as someone else's ("toen zei ik 'ik ben trots'") and real sadness lost with 😭, so 😭 is
sad again. Then two more fair samples: dev52 77 % with others 4 and corrections 6/11 ("a dog came in, it
was terrified", "mo (mn leermeester) bleef rustig", "mijn klasgenoten vinden het walgelijk", one case in
Frisian) and dev53 50 % with others 3 and corrections 5/11 (feelings told through the body, deeds,
comparisons and dialect: "zitten glunderen", "mien knijen wazzen van pudding", "I feel small there, like an
ant", "I had a lump in my throat"; most of its misses are feelings the bot did not hear at all and asked
for, where the writer gave no answer to that question); a fifth review found "het was zo verdrietig" given
to a being that was not there, now only after an animal or a person. Then dev54 83 % with others 1 and
corrections 8/10 ("ik verveelde me echt helemaal niet", "content", Frisian and Achterhoeks) and dev55 67 %
with others 2 and corrections 8/10 ("the vet stayed so calm", "niks om bang voor te zijn", "van binnen
kookte ik"; two of its harmless stories got the safety check's full help, one for "nobody talk to me" from
a newcomer whose story ended "I feel very happy").
Where a tuned set still misses, the writer and the bot disagree about what counts: dev11's and dev13's
writers count evaluations ("was vet", "kapot saai", "heftig"), emoji alone and body-only stories ("ik wist
niet waar ik moest kijken") as no feeling of the student's and expect the bot to ask; the bot says those
back ("Je vond het vet."), as the earlier sets expect. dev32 expects "bored" where the bot says back the
student's own "boring" ("You found it boring"), and dev33 hears understatement ("niet echt relaxed", "not
exactly thrilled", "niet bepaald saai") as the opposite feeling, where the bot asks rather than name a
word the student did not use. dev40's writer expects a bare "nee" right after the feeling was said back to
be a correction (the bot takes it as "nothing happened" and moves on, as the tests hold), counts "het viel
mee" as no feeling (the bot says "Je was opgelucht"), and expects a second feeling that only the answer to
the feeling question holds, where the bot named one from the story ("my hands were shaking": nervous) and
so never asked.

The blind figures over time (feeling named correctly): `method_blind.yaml` 61 % when first measured on
2026-12-06, 71 % after dev3, 76-79 % after dev5-dev7, 82 % after dev8, 84 % after dev18 (an unsure safety
check-in on a story in the past tense no longer gives the help lines); `blind2.yaml` 78 % at its first
measurement, 82-85 % after that, 92 % after dev13, 95 % after dev20; `blind3.yaml` 90 % at its first
measurement, 92 % after dev7, 90 % after dev15, 92 % after dev24-dev25; `blind4.yaml` 88 % at its first
measurement (after dev7), 92 % after dev8, 95 % after dev18, 98 % after dev22. Corrections honoured on the
blind sets stayed at 3/6 (`method_blind.yaml`) through the corrections work of dev23 to dev30, `blind2.yaml`
went 6/8 -> 7/8; the work on dev31 to dev33 moved no blind figure; after dev34 to dev36
`blind3.yaml` went 92 -> 95 % and `method_blind.yaml` corrections 3/6 -> 4/6, back to 3/6 after the fixes
a second review asked for ("it was more people than usual" and "nee, op school was ik niet zenuwachtig" are
no corrections); the work on dev39 to dev43 moved no blind figure; after dev44 to dev48 `blind4.yaml` went
98 -> 100 %, the others stayed. `blind5.yaml` (40 conversations, a fair sample of everything the format
guide describes, written on 2026-12-07 after dev48 and first measured then) gave 72 % with others 3,
corrections 10/13 and 2 non-steps stored at its first measurement: the sober figure of how the bot
listens to students it has not met, lower than the older blind sets. After dev49 to dev55 `blind3.yaml`
went 95 -> 98 % (others 1 -> 0) and `blind5.yaml` 72 -> 75 % (others 3 -> 2); the others stayed. The table
is the measurement after dev55. The safety model is trained on
the harmless answers of the tuned sets up to dev10 (not dev11 to dev55, see the safety section), so
those sets' safety figures below are training figures; the blind sets' are not. Things the dev sets found that
were not about feelings: a kind of experience typed without a button was asked again forever, "helpen" as a
key word was taken for a request for help, vague steps ("ik zie wel", "meer durven", "gewoon school afmaken",
"just work harder") were stored as steps, "hulp" as a key word was never taken, whole harmless stories got the
safety check's full help ("de monteur moest lachen om mij" read as bullying); all are fixed.

Every answer in these conversations is harmless, so they also measure the safety check on ordinary talk:
it asked "gaat het wel goed?" about some answers ({checks}; the player answered "gaat wel" and the
conversation went on), and gave the full help, the pause and the help lines, to these many different
answers ({helped}). A case whose story got the full help cannot have its feeling named (the conversation
pauses there), so it also counts as a miss in the first row.
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
