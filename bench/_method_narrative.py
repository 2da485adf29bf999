"""The story of the listening sets told under the method benchmark's table: what each set was, and how
the figures moved ({checks} and {helped} are filled in with this run's safety counts)."""

from __future__ import annotations

__all__ = ["NARRATIVE"]

NARRATIVE = """\
Each conversation is played against the real bot (memory store, fake clock) by a player that answers
whatever the bot asks from the case's answers; the figures are defined in `bench/method.py`. The first
corpus (`corpus.yaml`) was written together with the code. Every other set was written by a writer who saw
nothing but the format guide and the method (no code, no other set). The *tuned* rows (`dev2` to `dev68`)
were then tuned on, one after the other: they say the bot does what it was tuned to do. The *blind* rows
(`method_blind.yaml`, `blind2` to `blind6`) are only measured, never tuned on, and their misses are not read
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
In a new session on 2026-12-07 eight more sets, written blind: dev56 90 % (a fair sample of one school
week), dev57 87 % with corrections 8/11 (two mentor classes: "met mn mond open te luisteren", "zat op mn
telefoon te kijken hoe laat het was", "ik wist gewoon niet of ik het wel goed deed") and dev58 83 % with
others 1 and corrections 22/30 (reactions to the feeling said back: "nou half. toen die ruzie begon was ik
juist nieuwsgierig", "nah was meer een grap, ik voelde niks speciaals", and a vet's story, "he would bite
me", that got the full abuse help); then dev59 80 % with others 1 and corrections 8/11 (a big-city school:
"ik voelde me een beetje belangrijk ofzo", "dat ik er niks te zoeken had", "ik kon het echt niet geloven")
and dev60 90 % with others 1 (village schools: "helemaal opging in het meten", "harm is altied vrolijk");
then dev61 87 % with others 1 and corrections 8/10 (whose feeling it is: "the guy i shadowed ... was
really tense"), dev62 97 % with others 1 and corrections 7/11 (a teacher's first day with the bot: "hmm
that's not quite it", "hmm weet niet of dat het is") and dev63 93 % with corrections 14/30 (reactions of
which half are no correction: "ja trots ja, vooral toen de eerste klant de soep bestelde"). From dev63 on
the bench counts a reaction that is no correction (its `corrected_feeling` is the feeling the bot named) as
honoured when the bot goes on without naming it again and it is the one named later: dev63's first figure
is 27/30 counted so, and of all other sets one case moved (dev29 39 -> 40/40). Two feelings a student is
unsure between ("ik weet niet of ik nou boos was of gewoon moe") are now said back as the doubt ("Je
twijfelt tussen boos en moe."); six earlier writers had listed both, one none (dev19 lost that case).
In the evening of 2026-12-07: dev64 90 % with others 1, corrections 8/11 and a non-step stored (a vmbo school
in the east: "beetje benauwd voor die koeien", "gwn weer rijden volgende week"), dev65 93 % with others 2
and corrections 7/10 (an international school and a bilingual stream: "kind of, but it's more mixed", "my
friend ask later if I was scared"), dev66 87 % with corrections 5/8 (feelings said indirectly: "ik moest
echt op mijn tong bijten", "voelde me echt top"; a story with a hamster that had died got the safety
model's full help), dev67 97 % with others 2 and corrections 25/30 (reactions: "thats a bit too strong
lol", "minder heftig dan dat", "eigenlijk voelde ik er niet echt veel bij") and dev68 87 % with others 2
(steps and whole conversations: "Mieke, de eigenaresse, was ook opgelucht"). Then dev69 100 % with
corrections 9/10 (vmbo-basis, praktijkonderwijs and ISK classes), dev70 77 % with others 2, corrections 6/10
and three non-steps stored (havo and vwo upper years: "ik denk rustig?", "een jongetje snapte het niet, werd
boos en begon te huilen", and a prepared step the bench counted against the bot: with `step_is_action:
false` only the reflection's steps count now) and dev71 80 % with corrections 16/30 (corrections of every
kind: "ja klopt helemaal 😊 vooral dat trots" had been answered "Sorry, dat had ik verkeerd. Je was blij.").
Four reviews tried some 1,260 made-up messages against the code before and after each batch and found
about ninety readings made worse (a pet anywhere in a message silenced "mijn vader beet me"; "ik was bang,
wist niet of ik het goed deed" lost "bang"; "met mn mond open" at the dentist; "keek op de klok want ik
moest mijn bus halen" read as bored; "de juf, en ik ook, was blij" given to the teacher; "etos is gezellig"
made a shop a person; "half, toen hij schreeuwde" taken as "half" said alone); each is a test now.
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
went 95 -> 98 % (others 1 -> 0) and `blind5.yaml` 72 -> 75 % (others 3 -> 2); the others stayed.
`blind6.yaml` (40 conversations, again a fair sample, written on 2026-12-07 before dev56 and first measured
after the doubt change) gave 90 % with others 3, corrections 10/14, summaries 39/40 and a non-step stored.
During dev56 to dev63 `blind5.yaml` went 75 -> 78 % and back to 75 % with the fixes of the session's
last read (which of them is not looked for: the blind misses are not read); at the end `blind6.yaml`
corrections went 10 -> 11/14 and summaries 39 -> 40/40, `method_blind.yaml` corrections 3 -> 4/6; the
others stayed. After dev64 to dev68, a review of that work and the safety model's fourth round of
training data, `blind5.yaml` went 75 -> 78 % with corrections 10 -> 11/13; the others stayed (the blind
sets' safety check-ins went 19 -> 15 in all, their full help stayed at 4). The work on dev69 to dev71 and
its review moved no blind figure. The table is the measurement after that. The safety model is trained on
the harmless answers of the tuned sets up to dev10 (not dev11 to dev68, see the safety section), so
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
