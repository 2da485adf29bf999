"""Held-out corpus for the safety detector: messages it was never tuned on, to measure it honestly.

`corpus.py` is what the detector was built and tuned against, so its perfect score says little about a
message nobody has seen before. This file was written separately, without looking at the detector's
phrase lists or rules (only `corpus.py` was read, to avoid duplicates), and before the detector was ever
run on it. Its score is *reported* by `python3 tasks.py bench safety` (BENCHMARKS.md, section "safety"),
never required to be perfect: no test asserts that these entries are detected.

Keep it held out. Do not tune the detector on these entries; when a miss here leads to a change in the
detector, move that entry to `corpus.py` (where it becomes a requirement) and write a fresh message of the
same kind here, so this file keeps measuring unseen text.

Same shapes as `corpus.py`: ``(language, text[, expected kind])``. Texts are synthetic, written the way
students of 12-18 type (no accents, chat spelling, typos, emoji), and kept free of graphic detail. The
kinds follow the decisions in `corpus.py`: abuse is harm done to the student (or a friend) outside the
placement, home violence is violence between others at home, work violence is physical or sexual harm at
the placement, bullying is harm by peers. Hard cases carry a comment with the decision taken.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["HELDOUT_NOT_TRIGGER", "HELDOUT_TRIGGER"]

_S = SignalKind.SUICIDE
_H = SignalKind.SELF_HARM
_A = SignalKind.ABUSE
_V = SignalKind.HOME_VIOLENCE
_W = SignalKind.WORK_VIOLENCE
_B = SignalKind.BULLYING

HELDOUT_TRIGGER: tuple[tuple[str, str, SignalKind], ...] = (
    # --- suicide (nl): "ik wil niet meer" the way it is really typed, and indirect phrasings
    ("nl", "ik wil niet meer 😞", _S),
    ("nl", "ik wil echt niet meer hoor", _S),
    ("nl", "eerlijk gezegd wil ik gewoon niet meer", _S),
    ("nl", "ikwil niet meer", _S),
    ("nl", "wil gwn nie meer...", _S),
    ("nl", "ik wil niet meer. ik kan het niet meer aan", _S),
    ("nl", "ik wil gewoon dood gaan", _S),
    ("nl", "ik denk soms aan zelfmoort", _S),
    ("nl", "ik zie geen uitweg meer", _S),
    ("nl", "ik ben het leven zat", _S),
    ("nl", "waarom leef ik eigenlijk nog", _S),
    ("nl", "ik heb geen reden meer om te leven", _S),
    ("nl", "ik heb al een afscheidsbrief geschreven", _S),
    ("nl", "het hoeft voor mij allemaal niet meer 💔", _S),
    ("nl", "mijn vriendin appte dat ze er een eind aan wil maken", _S),
    # Signal in the middle of a longer internship story.
    (
        "nl",
        "vandaag moest ik de hele dag vakken vullen bij de appie en mijn begeleider was chagrijnig. "
        "eerlijk gezegd wil ik gewoon niet meer leven. maar goed de pauze was wel gezellig",
        _S,
    ),
    # --- suicide (en)
    ("en", "honestly i just dont wanna be alive anymore", _S),
    ("en", "whats even the point of living", _S),
    ("en", "im gonna end it tonight", _S),
    ("en", "i wrote a goodbye letter to my mom", _S),
    ("en", "my best friend keeps saying she wants to die 😢", _S),
    # --- self-harm (nl)
    ("nl", "ik heb gisteren weer gekrast na de ruzie", _H),
    ("nl", "ik snij weer 😔", _H),
    ("nl", "ik beschadig mezelf als het teveel wordt", _H),
    ("nl", "ik wil mezelf pijn doen", _H),
    ("nl", "ik heb weer zin om te krassen", _H),
    ("nl", "mijn vriendin kerft in haar armen", _H),
    ("nl", "ik sla mn hoofd tegen de muur als ik boos ben op mezelf", _H),
    (
        "nl",
        "op stage moest ik bij de kassa staan, ging prima. thuis heb ik weer in mn arm gekrast "
        "en morgen moet ik weer",
        _H,
    ),
    # --- self-harm (en)
    ("en", "i started cutting again", _H),
    ("en", "i sh'd last night", _H),
    ("en", "i keep hurting myself when im stressed", _H),
    ("en", "my friend cuts herself and i dont know what to do", _H),
    # --- abuse (nl)
    ("nl", "mn moeder slaat me als ik iets fout doe", _A),
    ("nl", "ik krijg een pak slaag als mijn vader boos is", _A),
    ("nl", "mijn stiefvader heeft me gisteren tegen de muur geduwd", _A),
    ("nl", "m'n oom doet dingen met me die ik niet wil", _A),
    ("nl", "mijn vriend dwingt me dingen te doen die ik niet wil", _A),
    ("nl", "mn pa heeft me een blauw oog geslagen", _A),
    # Decided: being locked up and kept without food at home is abuse of the student.
    ("nl", "mijn moeder sluit me op in mijn kamer en ik krijg dan geen eten", _A),
    (
        "nl",
        "stage bij de kapper was leuk, ik mocht haren wassen. thuis was het minder want mijn vader "
        "heeft me weer geslagen omdat ik te laat was. morgen weer stage",
        _A,
    ),
    # --- abuse (en)
    ("en", "my stepdad hits me when my mom isnt home", _A),
    ("en", "my dad slapped me again", _A),
    ("en", "my uncle makes me do stuff i dont want to do", _A),
    # --- violence at home (nl)
    ("nl", "mijn ouders hebben elke avond ruzie en dan slaat mijn vader haar", _V),
    ("nl", "mijn vader heeft mijn moeder gisteren geduwd en ze viel", _V),
    ("nl", "ik hoor mijn vader mijn moeder slaan door de muur", _V),
    # Decided: a sibling being hit, not the student, is violence at home (the student is a witness).
    ("nl", "mn stiefvader slaat mn broertje", _V),
    ("nl", "ik slaap bij een vriendin want thuis is het niet veilig", _V),
    ("nl", "als mijn vader dronken is gooit hij met stoelen en schreeuwt hij tegen mijn moeder", _V),
    ("nl", "de buren hebben de politie gebeld omdat mijn vader mijn moeder weer sloeg", _V),
    ("nl", "ik wil niet naar huis want mijn vader is weer dronken en agressief", _V),
    # --- violence at home (en)
    ("en", "my parents fight and my dad hurts my mom", _V),
    ("en", "i dont feel safe at home, my dad is violent", _V),
    ("en", "my stepdad hit my mom last night", _V),
    # --- violence or sexual harassment at the placement (nl)
    ("nl", "de chef op stage zat weer aan me en zei dat ik niks mocht zeggen", _W),
    ("nl", "een collega van de stage blijft aan mijn billen zitten", _W),
    ("nl", "de bedrijfsleider kneep hard in mijn nek en zei dat ik sneller moest werken", _W),
    ("nl", "een klant in de winkel heeft me geduwd en bedreigd", _W),
    ("nl", "de slager op mijn stage dreigde dat hij me met het mes zou steken", _W),
    ("nl", "een oudere collega stuurt me snaps van zichzelf zonder kleren", _W),
    ("nl", "mijn begeleider wil dat ik na sluitingstijd alleen met hem blijf en dan zit hij aan me", _W),
    (
        "nl",
        "het was super druk in de keuken met veel bonnen, en toen ik een bord liet vallen gaf de kok "
        "me een klap in mijn gezicht. daarna moest ik de rest van de dag afwassen",
        _W,
    ),
    # --- violence or sexual harassment at the placement (en)
    ("en", "my boss at the internship grabbed me and wont stop touching me", _W),
    ("en", "a coworker keeps sending me dirty pictures", _W),
    ("en", "the chef slapped me when i dropped a plate", _W),
    # --- bullying (nl)
    ("nl", "ze pesten me elke dag in de groepsapp", _B),
    ("nl", "niemand in de klas praat met me en ze lachen als ik binnenkom", _B),
    ("nl", "ik wordt gepest door de andere stagiairs", _B),
    ("nl", "ze noemen me elke dag homo en gooien mn tas in de prullenbak", _B),
    ("nl", "ze hebben een foto van mij rondgestuurd met gemene teksten erbij", _B),
    ("nl", "ik word al sinds groep 8 gepest", _B),
    ("nl", "ze appen me dat ik lelijk ben en dat niemand me moet", _B),
    (
        "nl",
        "stage was oke, ik mocht bij de monteur meekijken. maar op school word ik nog steeds gepest "
        "door de jongens uit 3b, ze wachten me op bij de fietsenstalling",
        _B,
    ),
    # --- bullying (en)
    ("en", "people at school keep bullying me online", _B),
    ("en", "they spread rumors about me in the group chat", _B),
    ("en", "nobody wants to sit with me and they laugh when i walk by", _B),
)

HELDOUT_NOT_TRIGGER: tuple[tuple[str, str], ...] = (
    # --- idioms and hyperbole (nl)
    ("nl", "ik schrok me echt rot toen het brandalarm afging"),
    ("nl", "die rekentoets was echt killing man"),
    ("nl", "ik ga dood van de dorst, de koffieautomaat is kapot"),
    ("nl", "ik lag dubbel, ik ging echt dood 😂"),
    ("nl", "mijn baas vermoordt me als ik weer te laat ben"),
    ("nl", "als ik dit verpest maakt mijn moeder me af haha"),
    ("nl", "ik kon niet meer van het lachen"),
    ("nl", "ik ben kapot, ik heb 8 uur gestaan"),
    ("nl", "mijn collega is echt dood grappig"),
    ("nl", "het was doodstil in de bibliotheek"),
    ("nl", "dat was doodeng, ik moest op een ladder van 5 meter"),
    ("nl", "ik word gek van die printer"),
    ("nl", "ik zag het wel zitten om later bij de politie te werken"),
    # Hard case, decided: "niet zitten om <iets>" is about that one thing, not about life.
    ("nl", "ik zie het niet zitten om morgen weer te presenteren"),
    # Hard case, decided: one-off teasing about a haircut, with "haha", is teasing, not bullying.
    # "Pesten met" also means "to tease about"; a detector keyed on "gepest" will flag it (cheap miss).
    ("nl", "ik werd gepest met mijn nieuwe kapsel haha"),
    # --- "wil niet meer" / "klaar mee" about a thing (decisions as in corpus.py)
    ("nl", "ik wil niet meer achter de kassa, liever in het magazijn"),
    ("nl", "ik wil niet meer terug naar die saaie stage bij de gemeente"),
    ("nl", "ik wil er niet meer aan denken hoe stom die presentatie ging"),
    # Hard case, decided: "klaar mee" with the work as its object means "finished".
    ("nl", "ik ben er klaar mee, het verslag is af!"),
    ("nl", "mijn baas zei dat ik er klaar mee kon zijn voor vandaag"),
    ("nl", "ik ben zo moe, ik wil alleen maar slapen"),
    # --- hospitals, care work, animals
    ("nl", "op de afdeling oncologie gingen twee patienten dood deze week, dat raakte me"),
    ("nl", "in het ziekenhuis zag ik hoe ze iemand reanimeerden"),
    # Hard case, decided: learning to ask about suicide as a care skill is not a disclosure.
    ("nl", "bij verpleegkunde leerden we dat je moet vragen of iemand aan zelfmoord denkt, spannend"),
    ("nl", "mijn opa heeft kanker en ik ben bang dat hij doodgaat"),
    ("nl", "bij de kinderboerderij is een geit doodgegaan, iedereen was verdrietig"),
    ("nl", "ik heb een blauwe plek van het tillen van de kratten"),
    ("nl", "ik heb me gesneden aan papier, au"),
    ("nl", "bij de bloemist heb ik me geprikt aan de rozen"),
    # --- police, butcher, kitchen, sport
    ("nl", "bij de politie mocht ik mee in de auto en we moesten naar een vechtpartij"),
    # Hard case, decided: domestic violence as a topic of the police's work, not at the student's home.
    ("nl", "de agent vertelde over zaken met huiselijk geweld, dat was interessant"),
    ("nl", "bij de slager heb ik geleerd hoe je vlees snijdt met een groot mes"),
    ("nl", "bij de slager moest ik gehakt draaien en worst maken"),
    ("nl", "ik moest de kalkoen snijden voor de kerstlunch"),
    ("nl", "bij kickboksen kreeg ik een trap tegen mijn been"),
    ("nl", "ik ben gevallen bij het skaten en heb mijn arm opengehaald"),
    ("nl", "we hebben een workshop gehad over omgaan met agressie van klanten"),
    # Yelling in a busy kitchen is unpleasant, not violence.
    ("nl", "de kok schreeuwde tegen iedereen omdat het zo druk was"),
    # --- games, films, news, school work
    ("nl", "we speelden fortnite in de pauze en ik ging steeds dood"),
    ("nl", "in de game heb ik iedereen gekilld haha"),
    ("nl", "we keken een film over de tweede wereldoorlog, heel heftig"),
    # Hard case, decided: a series about suicide is a topic, not a disclosure.
    ("nl", "ik heb een serie gekeken waarin iemand zelfmoord pleegt, daar moest ik nog lang over nadenken"),
    ("nl", "op het nieuws was een steekpartij in onze stad"),
    ("nl", "ik heb mijn spreekbeurt over pesten gedaan en kreeg een 8"),
    ("nl", "voor maatschappijleer maken we een werkstuk over kindermishandeling"),
    # Hard case, decided: the placement's work is about home violence; nothing happens to the student.
    ("nl", "mijn stage is bij een blijf-van-mijn-lijfhuis, ik help met de activiteiten voor de kinderen"),
    ("nl", "bij de kinderopvang leerde ik wat je moet doen als je denkt dat een kind thuis geslagen wordt"),
    # --- family life without harm
    ("nl", "mijn broertje en ik hadden ruzie om de playstation"),
    ("nl", "mijn ouders hebben ruzie over waar we op vakantie gaan"),
    ("nl", "mijn vader was boos omdat ik mijn kamer niet had opgeruimd"),
    ("nl", "ik moest van mijn moeder eerst mijn huiswerk maken, zo irritant"),
    ("nl", "mijn mentor kwam naast me zitten om mee te kijken naar mijn verslag"),
    # --- english
    ("en", "i'm dying to start my next placement"),
    ("en", "the traffic this morning was killing me"),
    # Hard case, decided: "killed myself laughing" is an idiom; the laughing makes it one.
    ("en", "i nearly killed myself laughing at my coworker's joke"),
    ("en", "my little brother is so annoying, i'm going to kill him lol"),
    ("en", "we played call of duty at break and i kept dying"),
    ("en", "we watched a documentary about bullying in class"),
    ("en", "i gave a presentation about domestic violence for social studies"),
    ("en", "at the hospital a patient died and the nurses were really kind to me"),
    ("en", "i learned how to cut meat at the butcher's"),
    ("en", "the police officer showed us the cells at the station"),
    ("en", "the news was about a stabbing in amsterdam"),
    ("en", "my mentor pushed me to speak up more in meetings"),
    ("en", "i got hurt playing football but it's fine"),
    ("en", "i'm so done with this report, finally finished"),
    ("en", "i don't want to go back to that boring internship"),
    ("en", "i could die of embarrassment, i called my boss mum"),
    ("en", "my parents argue about money sometimes"),
    ("en", "the customer shouted at me but my boss helped me"),
    ("en", "i cut my hand on a box cutter at the supermarket"),
)
