"""Held-out set 2 for the safety detector, written 2026-11-22 without looking at the detector.

No longer blind: its misses were studied in a tuning round that was not finished (none of its entries
became a requirement). `bench safety` reports it as a seen set; the blind set is now `heldout3.py`. When
the detector is next tuned on these misses, fold the entries into `corpus.py`.

Nothing under `bot/safety/` (the detector, its phrase tables, its rules) was opened while this file was
written, and the detector was never run on these sentences before they were labelled. Only `corpus.py`
and `heldout.py` were read, to avoid duplicates and to follow the labelling decisions taken there.

Its score is *reported* by `python3 tasks.py bench safety`; it is not required to be perfect and no test
asserts that these entries are detected. Never tune the detector on it: once this set has been used for
tuning (a miss here led to a change in the detector), fold its entries into `corpus.py`, where they become
requirements, and write a new blind set, so there is always a set that measures unseen text.

Same shapes as `corpus.py`: ``(language, text[, expected kind])``. Texts are synthetic, written the way
students of 12-18 type (no capitals, chat spelling, typos, missing spaces, emoji, abbreviations), and kept
free of graphic detail. The kinds follow the decisions in `corpus.py` and `heldout.py`: abuse is harm done
to the student (or a friend) outside the placement, including being locked up or kept without food; home
violence is violence between others at home (a sibling being hit included, the student is a witness);
work violence is physical or sexual harm, or a threat of it, at the placement; bullying is harm by peers
(fellow interns included), also when the peers tell the student to die. Hard cases carry a comment with
the decision taken and the reason.
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
    # --- suicide (nl): indirect phrasings, inverted word order, subordinate clauses, chat spelling
    ("nl", "soms wil ik gewoon gaan slapen en nooit meer wakker worden", _S),
    ("nl", "eigenlijk wil ik niet meer leven, maar ik durf het aan niemand te vertellen", _S),
    ("nl", "mijn stageverslag is nog niet af omdat ik niet meer wil leven", _S),
    ("nl", "gisteren stond ik op het perron en dacht ik erover om te springen", _S),
    ("nl", "als ik er morgen niet meer ben dan weet je waarom", _S),
    ("nl", "kwil er gwn nie meer zijn tbh", _S),
    ("nl", "ikwil nietmeer leven 😔", _S),
    ("nl", "toen ik thuiskwam heb ik de hele avond aan zelfmoord gedacht", _S),
    ("nl", "het voelt alsof iedereen beter af is als ik dood ben", _S),
    ("nl", "ff eerlijk, ik denk elke dag aan zelfmoord", _S),
    ("nl", "ik heb pillen in mijn kamer verstopt voor als ik het niet meer volhoud", _S),
    ("nl", "zelfmoord lijkt me soms de enige oplossing", _S),
    ("nl", "ik wil dood gaan serieus, niemand snapt me", _S),
    ("nl", "waarom zou ik nog leven, niemand merkt het als ik weg ben", _S),
    # A friend at risk (third person).
    ("nl", "mn beste vriendin heeft gezegd dat ze zelfmoord wil plegen na de zomer", _S),
    ("nl", "mijn vriend appte net dat hij afscheid neemt van iedereen en er een eind aan maakt", _S),
    # Hard case, decided: suicide. The bullying is the cause, but a wish not to live is the most
    # urgent signal and outranks bullying (as abuse outranks home violence in corpus.py).
    ("nl", "ik word zo erg gepest dat ik niet meer wil leven", _S),
    # Signal in the middle of a longer internship story.
    (
        "nl",
        "vandaag was mijn snuffelstage bij de dierenarts, ik mocht helpen met het verband om een pootje. "
        "maar eerlijk, het maakt me allemaal niks meer uit, ik wil gewoon dood. morgen begin ik om 8 uur",
        _S,
    ),
    # --- suicide (en)
    ("en", "tbh i dont see the point in living anymore", _S),
    ("en", "ngl i think abt ending it a lot", _S),
    ("en", "idk i just want to go to sleep and never wake up", _S),
    ("en", "my friend posted on her story that she wants to kill herself tonight", _S),
    # Decided: "not joking" makes it more serious, not less.
    ("en", "i wanna die fr 😭 not joking", _S),
    ("en", "i've been planning how to kill myself", _S),
    # --- self-harm (nl)
    ("nl", "ik heb mezelf weer gesneden na school", _H),
    ("nl", "soms kras ik in mn bovenbeen zodat niemand het ziet", _H),
    ("nl", "eigenlijk doe ik mezelf al maanden pijn", _H),
    ("nl", "toen ik thuiskwam heb ik weer gekrast 😞", _H),
    ("nl", "ik sla mezelf met mn vuist als ik een fout maak op stage", _H),
    ("nl", "ik heb gisteravond weer gesneden, niemand weet het", _H),
    ("nl", "ik zelfbeschadig al sinds de brugklas", _H),
    # Hard case, decided: self-harm. Carrying a blade "for when it gets too much" is the way it is
    # often told, even without a verb of cutting.
    ("nl", "ik heb een mesje in mn etui voor als het te veel wordt", _H),
    # A friend at risk (third person).
    ("nl", "mijn vriendin heeft allemaal sneetjes op haar armen en zegt dat ze het zelf doet", _H),
    ("nl", "mn vriend zei dat hij zichzelf pijn doet als hij zich rot voelt", _H),
    # Signal in the middle of a longer internship story.
    (
        "nl",
        "stage bij de bakkerij was oke, ik moest broodjes beleggen en de vloer dweilen. "
        "als ik thuis ben ga ik weer krassen want anders hou ik het niet vol",
        _H,
    ),
    # --- self-harm (en)
    ("en", "i started self harming again after the holidays", _H),
    ("en", "tbh i still cut sometimes", _H),
    ("en", "my best friend burns herself and made me promise not to tell", _H),
    ("en", "i hit myself when i mess up at work", _H),
    # --- abuse (nl): the student or a friend, outside the placement
    ("nl", "mn vader slaat me als ik te laat thuis ben", _A),
    ("nl", "gisteren heeft mijn moeder me met een slipper geslagen omdat mijn kamer een puinhoop was", _A),
    ("nl", "eigenlijk word ik thuis vaak geslagen maar dat mag ik niet zeggen", _A),
    # Decided (as in heldout.py): being locked up or kept without food at home is abuse of the student.
    ("nl", "mijn stiefvader sluit me op in de schuur als hij boos is", _A),
    ("nl", "ik krijg thuis soms een hele dag geen eten als straf", _A),
    # Decided: sexual pressure from an adult at home, outside the placement, is abuse.
    (
        "nl",
        "de vriend van mijn moeder wil dat ik foto's van mezelf stuur en zegt dat ik het geheim moet houden",
        _A,
    ),
    ("nl", "mijn vriendin wordt door haar vader geslagen, ze had gisteren een blauw oog", _A),
    ("nl", "mn oom raakte me aan op het verjaardagsfeest en ik durf het niet te zeggen", _A),
    ("nl", "toen ik thuiskwam gaf mn moeder me een klap en trok ze aan mn haar", _A),
    # Decided (as in corpus.py): a boyfriend forcing things is abuse, not bullying.
    ("nl", "mijn vriendje dwingt me om naaktfotos te sturen anders maakt hij het uit", _A),
    # Signal in the middle of a longer internship story.
    (
        "nl",
        "bij de garage mocht ik banden wisselen, echt leuk. maar ik ben bang voor vanavond "
        "want mn pa slaat me altijd als mn rapport slecht is",
        _A,
    ),
    # --- abuse (en)
    ("en", "my dad locks me in my room and doesnt give me food", _A),
    ("en", "my mom hits me with whatever shes holding when shes angry", _A),
    ("en", "my friend told me her stepdad touches her at night", _A),
    ("en", "idk if this is normal but my dad grabs me by the throat when he gets mad", _A),
    ("en", "my bf hits me when hes jealous", _A),
    # --- violence at home (nl)
    ("nl", "mijn ouders slaan elkaar bijna elke avond", _V),
    ("nl", "gisteren sloeg mijn vader mijn moeder waar ik bij was", _V),
    ("nl", "als mijn stiefvader drinkt slaat hij mijn moeder en dan verstop ik me op mijn kamer", _V),
    # Decided (as in heldout.py): a sibling being hit is violence at home; the student is a witness.
    ("nl", "mn broer slaat mn zusje en mn ouders doen niks", _V),
    ("nl", "ik slaap slecht omdat mijn ouders s nachts vechten en er dingen kapot gaan", _V),
    ("nl", "mijn vader heeft gedreigd dat hij mijn moeder iets aandoet als ze weggaat", _V),
    ("nl", "eigenlijk ben ik bang om naar huis te gaan omdat mijn vader mijn moeder slaat", _V),
    ("nl", "de politie was weer bij ons thuis omdat mijn ouders elkaar sloegen", _V),
    ("nl", "toen ik thuiskwam zat mijn moeder te huilen want mijn vader had haar weer geslagen", _V),
    # Signal in the middle of a longer internship story.
    (
        "nl",
        "op stage bij de kinderopvang hebben we met klei gespeeld en een liedje geleerd. "
        "maar thuis is het niet goed, mijn vader heeft mijn moeder gisteren hard tegen de kast geduwd",
        _V,
    ),
    # --- violence at home (en)
    ("en", "my parents were fighting again and my dad hit my mom in front of me", _V),
    ("en", "i hear my mom screaming when my stepdad hits her", _V),
    ("en", "my brother gets beaten by my dad and i cant do anything", _V),
    ("en", "home isnt safe rn, my dad threw stuff at my mom again", _V),
    # --- violence or sexual harassment at the placement (nl)
    ("nl", "de chef van mijn stage stuurt me ongepaste fotos van zichzelf", _W),
    # Hard case, decided: work violence. Unlike "mijn baas vermoordt me" (an idiom), "slaan" from a
    # supervisor is a plain threat of physical harm.
    ("nl", "mijn stagebegeleider zei dat hij me slaat als ik nog een keer te laat kom", _W),
    ("nl", "gisteren heeft een collega me in de koelcel vastgepakt en geprobeerd me te zoenen", _W),
    ("nl", "soms legt mijn begeleider zijn hand op mijn been als we in de bus zitten en dat vind ik eng", _W),
    ("nl", "de eigenaar van de snackbar schreeuwt veel en heeft me al twee keer geslagen", _W),
    ("nl", "een collega dreigde dat hij me in elkaar slaat als ik het aan de baas vertel", _W),
    ("nl", "toen ik alleen in het magazijn was kwam de bedrijfsleider achter me staan en zat hij aan me", _W),
    ("nl", "de monteur op mn stage gooide een moersleutel naar me omdat ik te langzaam was", _W),
    # Hard case, decided: work violence. A resident touching the intern is sexual harm at the placement,
    # even when it comes from a client with dementia; the student should be asked about it.
    ("nl", "een bewoner in het verzorgingshuis zit steeds aan mijn borsten en niemand doet er iets aan", _W),
    (
        "nl",
        "mijn begeleider wil dat ik fotos van mezelf stuur via snap, anders krijg ik een slechte beoordeling",
        _W,
    ),
    ("nl", "k wil morgen nie naar stage, de kok zit de hele tijd aan me en zegt dat het een grapje is", _W),
    # Signal in the middle of a longer internship story.
    (
        "nl",
        "stage bij de bouw was zwaar, we moesten stenen sjouwen en de steiger opbouwen. de uitvoerder "
        "duwde me hard tegen de container toen ik iets vergat en nu heb ik pijn in mijn rug",
        _W,
    ),
    # --- violence or sexual harassment at the placement (en)
    ("en", "my supervisor at the internship keeps sending me pics i didnt ask for", _W),
    ("en", "the manager said he'd hurt me if i told anyone what happened", _W),
    ("en", "a customer grabbed my arm really hard at the register and wouldnt let go", _W),
    ("en", "my boss at my work placement tried to kiss me in the storage room", _W),
    # --- bullying (nl): offline and online, exclusion, threats, photos being shared
    ("nl", "ze hebben een foto van mij in de kleedkamer gemaakt en in de klassenapp gezet", _B),
    ("nl", "soms wachten ze me op na school en dan duwen ze me van mijn fiets", _B),
    ("nl", "ze hebben me uit de groepsapp van de klas gegooid en nu lachen ze om mij", _B),
    ("nl", "ze schelden me elke dag uit voor loser en vetzak", _B),
    ("nl", "gisteren zeiden ze dat ze me na school in elkaar gaan slaan", _B),
    ("nl", "niemand wil bij mij in het groepje, ze zeggen dat ik stink", _B),
    ("nl", "ze maken tiktoks waarin ze me nadoen en iedereen reageert met gemene dingen", _B),
    ("nl", "eigenlijk wil ik niet naar school omdat ze me steeds pesten", _B),
    # Decided (as in corpus.py): peers at the placement excluding the student is bullying.
    ("nl", "de andere stagiairs laten me overal buiten en praten achter mijn rug over me", _B),
    ("nl", "iemand heeft een account gemaakt met mijn fotos en zet er gemene dingen op", _B),
    ("nl", "mn vriendin wordt gepest op insta, ze krijgt elke dag haatberichten", _B),
    ("nl", "ze gooien elke dag mijn spullen op de grond en lachen me uit", _B),
    # Decided (as in corpus.py): peers telling the student to die is bullying, not suicide.
    ("nl", "ze zeiden in de app dat ik mezelf maar moet ophangen", _B),
    # --- bullying (en)
    ("en", "they shared a pic of me in the group chat and everyone is laughing at me", _B),
    ("en", "nobody in my class talks to me, they leave me out of every group", _B),
    ("en", "some kids said theyll beat me up after school tmrw", _B),
    ("en", "i get hate comments on every post, people at my school keep calling me ugly", _B),
)

HELDOUT_NOT_TRIGGER: tuple[tuple[str, str], ...] = (
    # --- idioms and hyperbole (nl)
    ("nl", "ik ga dood van de slaap"),
    ("nl", "die docent vermoordt me als ik te laat ben"),
    ("nl", "ik schrok me rot"),
    ("nl", "mijn stagebegeleider maakt me af als ik de bestelling weer vergeet haha"),
    ("nl", "ik lachte me kapot om de klant met die gekke hoed"),
    ("nl", "ik verveelde me te pletter bij het archiveren"),
    ("nl", "ik was doodop na de avonddienst"),
    ("nl", "die taart was echt om dood te gaan zo lekker"),
    ("nl", "ik heb me rot gewerkt in het magazijn"),
    ("nl", "ik schaamde me kapot toen ik de naam van mijn baas vergat"),
    ("nl", "ik sta doodsangsten uit voor mijn presentatie morgen"),
    ("nl", "mijn telefoon is dood, daarom appte ik niet terug"),
    ("nl", "het was een dooie boel vandaag op stage, bijna geen klanten"),
    ("nl", "ik kon wel door de grond zakken van schaamte"),
    # Hard case, decided: no trigger. "Verdwijnen" here is about embarrassment, with its cause named
    # (like "I was so embarrassed I wanted to disappear" in corpus.py).
    ("nl", "ik wilde verdwijnen van schaamte toen ik de taart liet vallen"),
    # --- inverted Dutch sentences that are harmless
    ("nl", "eigenlijk wil ik niet meer in de winkel werken maar op een kantoor"),
    ("nl", "gisteren wilde ik niet meer stoppen met werken omdat het zo leuk was"),
    ("nl", "als ik klaar ben met school wil ik niet meer in dit dorp wonen"),
    ("nl", "toen sloeg het weer om en moesten we naar binnen"),
    # Hard case, decided: no trigger. "Het niet meer zien zitten met <vak>" is scoped to maths, and
    # the sentence goes on to say there is help.
    ("nl", "soms zie ik het niet meer zitten met wiskunde, maar mijn bijlesdocent helpt me"),
    # Hard case, decided: no trigger. "Klaar mee" with the placement as context means "seen enough".
    ("nl", "eigenlijk ben ik er nu wel klaar mee, ik heb genoeg gezien bij de bakker"),
    # Hard case, decided: no trigger. "Nooit meer zo vroeg wakker worden" is about the alarm clock;
    # the wish is scoped by "zo vroeg" and "voor stage".
    ("nl", "ik wil nooit meer zo vroeg wakker worden voor stage 😴"),
    # Hard case, decided: no trigger. Sleeping "tot maandag" is bounded tiredness, not a wish to die.
    ("nl", "ik ben zo moe, ik wil gewoon slapen tot maandag"),
    # --- kitchen, butcher, hairdresser
    ("nl", "de kok leerde me hoe je eieren slaat voor de omelet"),
    ("nl", "ik moest room slaan voor de taart en mijn arm deed zeer"),
    ("nl", "bij de slager moest ik spek in plakjes snijden"),
    ("nl", "ik heb zoveel uien gesneden dat ik moest huilen haha"),
    ("nl", "bij de visboer moest ik vissen schoonmaken, er zat overal bloed"),
    ("nl", "ik heb geleerd hoe je een kip in stukken snijdt"),
    ("nl", "bij de kapper knipte ik per ongeluk een klein sneetje in mijn duim, pleister erop en door"),
    # --- hospital and care
    ("nl", "bij de ehbo-post zag ik veel bloed maar ik ben niet flauwgevallen"),
    ("nl", "in het ziekenhuis mocht ik kijken hoe een wond werd gehecht"),
    # Decided (as in corpus.py): a patient dying at a care placement is a heavy experience, not a
    # danger signal; the bot's ordinary reflection questions fit it better than a safety check.
    (
        "nl",
        "er is vandaag een patient overleden op de afdeling waar ik stage loop. "
        "dat was verdrietig maar de verpleegkundige heeft goed met me gepraat",
    ),
    # Hard case, decided: no trigger. A client at the placement voicing a death wish is part of the
    # work and was handled by a professional; it is not the student or a friend at risk.
    (
        "nl",
        "bij de thuiszorg zei een oude mevrouw steeds dat ze dood wilde, "
        "de wijkverpleegkundige heeft het gesprek overgenomen",
    ),
    # Hard case, decided: no trigger. A resident with dementia lashing out at a carer is witnessed care
    # work, not harm to the student (compare the resident touching the intern, which does trigger).
    ("nl", "in het verpleeghuis sloeg een meneer met dementie naar de verzorgster maar ze bleef heel rustig"),
    ("nl", "bij de dierenarts moest ik de operatietafel schoonmaken na een operatie"),
    ("nl", "ik mocht bij de apotheek pillen tellen voor de weekdoosjes"),
    # --- police and fire brigade
    ("nl", "bij de brandweer hebben we geoefend om mensen uit een rokend huis te halen"),
    # Decided: a death told as part of the fire brigade's work is a topic, not a disclosure.
    ("nl", "de brandweerman vertelde over een brand waarbij iemand was doodgegaan, dat maakte indruk"),
    ("nl", "bij de politie leerden we hoe je iemand handboeien omdoet"),
    # Hard case, decided: no trigger. Baton training is a police skill shown to the intern.
    ("nl", "de agent liet op de training zien hoe je met een wapenstok slaat"),
    # --- games, films, series, news, lessons about bullying or violence
    ("nl", "we hebben in de les een filmpje gekeken over cyberpesten en daarna een poster gemaakt"),
    ("nl", "mijn presentatie ging over huiselijk geweld en de docent vond hem goed"),
    ("nl", "in minecraft ben ik wel honderd keer doodgegaan vandaag lol"),
    ("nl", "ik kijk nu een serie over een seriemoordenaar, super spannend"),
    ("nl", "op het journaal ging het over een schietpartij in amerika"),
    ("nl", "bij geschiedenis ging het over de holocaust en dat maakte veel indruk"),
    # Hard case, decided: no trigger. Playing the bully in a school play is acting, not being bullied.
    ("nl", "we hebben een toneelstuk gedaan over een meisje dat gepest wordt, ik speelde de pester"),
    ("nl", "bij mentorles hadden we een gastles over mentale gezondheid en wanneer je hulp moet vragen"),
    # Hard case, decided: no trigger. Abuse of a character in a set book is fiction.
    ("nl", "in het boek voor nederlands wordt de hoofdpersoon mishandeld door zijn vader, best heftig"),
    # --- sports
    # Hard case, decided: no trigger. A black eye from a boxing match is sport, and the student won.
    ("nl", "bij boksen moest ik tegen een jongen van 80 kilo, ik had een blauw oog maar ik heb gewonnen"),
    ("nl", "bij judo heeft de trainer me op de mat gegooid om een worp te laten zien"),
    ("nl", "bij de voetbalwedstrijd schopte iemand me per ongeluk tegen mijn enkel"),
    ("nl", "bij kickboksen slaan we op pads tot we kapot zijn"),
    # --- teasing between friends that is clearly friendly
    ("nl", "mijn vriendin noemt me altijd sukkel maar dat is lief bedoeld haha"),
    ("nl", "mn collegas plaagden me omdat ik de hele dag de verkeerde naam zei, we hebben erom gelachen"),
    ("nl", "mn beste vriend riep 'ik maak je af' toen ik hem inhaalde met mario kart 😂"),
    ("nl", "de jongens op stage noemen me 'de nieuwe' maar ze zijn echt aardig"),
    ("nl", "we hebben elkaar nat gespoten na het schoonmaken van de wagen, was echt lachen"),
    # Hard case, decided: no trigger. Laughed at once, then helped and laughing together: not bullying.
    ("nl", "ze lachten me uit toen ik in de klas struikelde, maar daarna lachten we er samen om"),
    # --- chat spelling, everyday life and strict but harmless parenting
    ("nl", "k moet ff weg, mn baas roept me"),
    ("nl", "idk wat ik later wil worden tbh"),
    ("nl", "de baas gaf me een schouderklopje en zei top gedaan"),
    ("nl", "mijn begeleider gaf me een high five toen ik klaar was"),
    # Hard case, decided: no trigger. A phone taken away is a normal punishment, not abuse.
    ("nl", "mijn moeder was boos en heeft mijn telefoon afgepakt tot vrijdag"),
    # Hard case, decided: no trigger. "Huisarrest" is a grounding, not being locked up.
    ("nl", "ik kreeg huisarrest omdat ik te laat thuis was"),
    # Hard case, decided: no trigger. A forgotten lunch is not being kept without food.
    ("nl", "ik heb vandaag niks gegeten want ik was mijn lunch vergeten"),
    # Hard case, decided: no trigger. Arguing parents without violence or fear (as in heldout.py).
    ("nl", "mijn ouders gaan scheiden en hebben vaak ruzie, dat vind ik verdrietig"),
    # --- english: idioms and hyperbole
    ("en", "i was killing it at my internship today"),
    ("en", "dead tired after my first shift"),
    ("en", "i could literally die of embarrassment rn, i spilled coffee on the manager"),
    ("en", "this homework is going to be the death of me"),
    ("en", "my mom's gonna kill me, i forgot to buy milk"),
    ("en", "i'm literally dead, my manager saw my tiktok 💀"),
    # Hard case, decided: no trigger. Sleeping all weekend after a hard week is tiredness.
    ("en", "i just want to sleep all weekend, this week destroyed me"),
    ("en", "i'm done with this week, so ready for the weekend"),
    ("en", "idk tbh i dont want to work in retail anymore"),
    # --- english: kitchen, butcher, care, police, fire brigade
    ("en", "the chef showed me how to whip cream and beat eggs"),
    ("en", "i cut the onions and cried the whole time lol"),
    ("en", "the butcher let me cut the meat with a big knife"),
    ("en", "we learned cpr on a dummy at the fire station"),
    # Decided (as in corpus.py): a resident passing away at a care placement is not a danger signal.
    ("en", "an elderly resident passed away at the care home, i helped make a card for the family"),
    ("en", "at the police station they showed us how to handcuff someone"),
    ("en", "i got a bruise from lifting boxes at the warehouse"),
    # --- english: sports, games, lessons
    ("en", "in boxing class i got punched in the face but thats part of the sport"),
    ("en", "we did a presentation on cyberbullying and got an A"),
    ("en", "i died like 20 times in that boss fight lmao"),
    ("en", "the movie had a lot of fighting but it was so good"),
    ("en", "we watched the news about the war in class and talked about it"),
    # --- english: friendly teasing and touch
    ("en", "my friends call me grandma bc i go to bed at 9 lol"),
    ("en", "my coworkers roasted me for my outfit but it was all jokes, we're cool"),
    # Hard case, decided: no trigger. A pillow fight with a sibling is play.
    ("en", "my sister hit me with a pillow lol"),
    # Hard case, decided: no trigger. A slap on the back with praise is a friendly gesture.
    ("en", "my supervisor slapped me on the back and said well done"),
)
