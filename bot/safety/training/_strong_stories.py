"""Strong-word reflection stories for the loopbaanbot safety detector (training set 5, written 2026-12-06).

Written by a writer who saw neither the detector nor any earlier message set, only the format guide and the
career-conversation method. The target is a known failure: ordinary small stories about an internship, a job
interview, an open day or a side job that use strong words for the body (sweating, shaking, a pounding
heart, blood from a kitchen cut or in a hospital), for endings ("aan het eind van de dag", "ik stopte
ermee", "het was voorbij"), for feelings ("janken", "door de grond zakken", "ik wou weg", "kapot", "dood
op") and ordinary physical contact at work (a handshake, a supervisor guiding a hand on a tool). HARMLESS
holds such near misses, none of them a signal; SIGNALS holds real signals of all six kinds (mostly about
the student now) told in the same chatty story style with the same strong words, so the detector learns
the difference from what is said, not from the words. Students are 12-18: slang, typos, no capitals,
emoji, present-tense storytelling, simple Dutch of newcomers; about three quarters Dutch, the rest English.
Every message is unique and no two differ in one word only.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["HARMLESS", "SIGNALS"]

_S = SignalKind.SUICIDE
_H = SignalKind.SELF_HARM
_A = SignalKind.ABUSE
_V = SignalKind.HOME_VIOLENCE
_W = SignalKind.WORK_VIOLENCE
_B = SignalKind.BULLYING

# (language, text, kind, about)
SIGNALS: tuple[tuple[str, str, SignalKind, str], ...] = (
    (
        "nl",
        (
            "de stage was wel ok denk ik. aan het eind van de dag fiets ik naar huis en denk ik alleen maar: "
            "ik wil er niet meer zijn"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        "ik sta daar achter de kassa te glimlachen maar eigenlijk wil ik dood. niemand merkt het",
        _S,
        "self",
    ),
    (
        "nl",
        (
            "het moment? toen ik in mn pauze op het dak van de parkeergarage stond en dacht hoe makkelijk "
            "het zou zijn om te springen"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        "ik heb geen zin meer in de stage, in school, in alles. ik wil gwn niet meer leven eerlijk gezegd",
        _S,
        "self",
    ),
    (
        "nl",
        (
            "ik hield het niet meer vandaag. ik heb thuis pillen gespaard en ik denk dat ik ze vanavond "
            "allemaal neem"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        "volgende stap? er komt geen volgende stap. na vrijdag ben ik er niet meer, ik heb alles al geregeld",
        _S,
        "self",
    ),
    (
        "nl",
        (
            "mn handen trilden de hele dag, niet van de zenuwen maar omdat ik vannacht bijna een einde aan "
            "mn leven heb gemaakt"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        (
            "ik heb een briefje geschreven voor mn moeder voor als ik er niet meer ben. de stage maakt niet "
            "meer uit"
        ),
        _S,
        "self",
    ),
    ("nl", "wat ik ontdekt heb is dat ik niemand heb en dat het beter is als ik dood ben", _S, "self"),
    (
        "nl",
        (
            "bij de boer ligt gif in de schuur. ik heb vandaag gekeken waar precies, ik wil stoppen met "
            "alles, ook met leven"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        (
            "op het eind van de dag stond ik op het perron en wilde ik voor de trein springen. ik deed het "
            "net niet"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        "ik ben moe van alles. ik wil niet meer leven. stage is goed maar in mijn hoofd alleen dood",
        _S,
        "self",
    ),
    ("nl", "kernwoord: einde. want dat is wat ik wil, dat het gewoon ophoudt, ik en alles", _S, "self"),
    (
        "nl",
        (
            "ik zei vandaag tegen mn collega's gedag alsof het de laatste keer was. dat is het ook, ik ga er "
            "een eind aan maken"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        (
            "zweet, hart bonken, ik weet het allemaal niet meer. ik zoek elke avond op hoe je het pijnloos "
            "kan doen"
        ),
        _S,
        "self",
    ),
    (
        "nl",
        (
            "ik heb geen toekomst, dus een vervolgstap plannen heeft geen zin. ik ben er toch niet meer na "
            "de zomer"
        ),
        _S,
        "self",
    ),
    (
        "en",
        (
            "the internship went fine i guess. but on the way home i kept thinking i dont want to be alive "
            "anymore"
        ),
        _S,
        "self",
    ),
    (
        "en",
        "i was crying in the bathroom at work again. i've been thinking about how to end it, i have a plan",
        _S,
        "self",
    ),
    ("en", "no point in a next step, i won't be here next month. i already gave my stuff away", _S, "self"),
    (
        "nl",
        (
            "mn vriendin die ook stage loopt bij de kapper zei vandaag dat ze er een eind aan wil maken en "
            "ze heeft al pillen"
        ),
        _S,
        "other",
    ),
    (
        "nl",
        (
            "mijn broer appt steeds dat hij dood wil sinds zn ontslag bij de fabriek, hij wil niet meer "
            "wakker worden zegt hij"
        ),
        _S,
        "other",
    ),
    (
        "en",
        (
            "my friend from my internship sent me a goodbye message last night, she said she's going to kill "
            "herself and not to tell anyone"
        ),
        _S,
        "other",
    ),
    (
        "nl",
        "dat trillen en zweten herken ik van vorig jaar, toen wilde ik echt dood en heb ik een poging gedaan",
        _S,
        "past",
    ),
    (
        "en",
        (
            "last year i tried to kill myself after i got fired from my side job. today at the interview it "
            "all came back"
        ),
        _S,
        "past",
    ),
    (
        "nl",
        "het is zo warm in de keuken maar ik hou mn lange mouwen aan, anders zien ze de sneeën in mn armen",
        _H,
        "self",
    ),
    (
        "nl",
        (
            "aan het eind van de dag ga ik op de wc zitten en snijd ik mezelf met het mesje uit mn etui. dan "
            "kan ik weer"
        ),
        _H,
        "self",
    ),
    (
        "nl",
        "ik heb vandaag in de pauze expres mn arm tegen de hete oven gedrukt. niemand zag het",
        _H,
        "self",
    ),
    (
        "nl",
        (
            "toen de chef boos werd ben ik naar de wc gegaan en heb ik mezelf zo hard geslagen dat ik een "
            "bloedneus kreeg"
        ),
        _H,
        "self",
    ),
    (
        "nl",
        "ik eet al drie dagen niks als straf omdat ik fouten maakte op stage. ik verdien het niet",
        _H,
        "self",
    ),
    (
        "nl",
        (
            "ik heb een snee in mn been gemaakt met een mes uit de keuken van de stage, ik draag een lange "
            "broek dus niemand weet het"
        ),
        _H,
        "self",
    ),
    (
        "nl",
        (
            "mn begeleider vroeg naar het bloed op mn mouw, ik zei dat het van het vlees kwam maar het was "
            "van mezelf. ik snij weer"
        ),
        _H,
        "self",
    ),
    (
        "nl",
        "ik snij mijn arm met mes als ik verdrietig ben. ook na stage. ik draag jas dan niemand ziet",
        _H,
        "self",
    ),
    (
        "nl",
        (
            "ik krab mn armen open tot ze bloeden als ik zenuwachtig ben voor stage. de pleisters zitten "
            "onder mn trui"
        ),
        _H,
        "self",
    ),
    (
        "en",
        (
            "the nurses at my placement noticed the bandage on my wrist. i said it was the cat but i cut "
            "myself again last night"
        ),
        _H,
        "self",
    ),
    (
        "en",
        "i burn myself with a lighter every evening after my shift. it's the only thing that helps",
        _H,
        "self",
    ),
    ("en", "i hide the cuts under my work gloves at the garage, nobody asks", _H, "self"),
    (
        "nl",
        (
            "ik bonk met mn hoofd tegen de muur van de kleedkamer als ik het niet meer hou, gister tot ik "
            "duizelig was"
        ),
        _H,
        "self",
    ),
    (
        "nl",
        (
            "een meisje van mn stage heeft allemaal sneden op haar armen, ik zag het toen ze haar mouwen "
            "opstroopte. ze zei dat ze het zelf doet"
        ),
        _H,
        "other",
    ),
    (
        "en",
        "my little sister cuts herself, i saw blood on her sleeves after her first day at her internship",
        _H,
        "other",
    ),
    (
        "nl",
        (
            "vorig jaar sneed ik mezelf, en toen ik vandaag bij de stage bloed zag kwam alles terug. ik ben "
            "er bang voor"
        ),
        _H,
        "past",
    ),
    (
        "nl",
        (
            "ik heb een tijd mezelf gebrand na mn bijbaan. door de littekens draag ik nog steeds lange "
            "mouwen en op stage vroegen ze ernaar"
        ),
        _H,
        "past",
    ),
    (
        "en",
        (
            "when i was 13 i used to cut, and the smell of blood at the butcher brought it back. i'm not "
            "doing it now but i think about it"
        ),
        _H,
        "past",
    ),
    (
        "nl",
        (
            "mn begeleider pakte mn arm zo hard vast dat ik blauwe plekken heb, hij zei als je het vertelt "
            "ben je je stage kwijt"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "de chef zit steeds aan mn billen als ik langs loop met de borden en lacht erom. ik wil weg maar "
            "ik heb de stage nodig"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "de eigenaar van de garage sloot me op in het magazijn omdat ik te laat was, pas na een uur liet "
            "hij me eruit"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "ik sta bij de kassa en de filiaalmanager komt achter me staan en drukt zich tegen me aan. dat "
            "doet hij elke dienst"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "een collega van de stage stuurt me 's nachts berichten dat ik naaktfoto's moet sturen, anders "
            "vertelt hij iedereen leugens over me"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "de baas van de snackbar gaf me een klap in mn gezicht omdat de frituur overkookte. ik trilde de "
            "hele dag nog"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "ik moet elke zaterdag zonder geld werken in de winkel van de oom van mn vader en hij zegt dat "
            "hij mn familie iets aandoet als ik stop"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "baas in restaurant slaat mij als ik langzaam ben. hij zegt geen geld en als ik politie bel "
            "stuurt hij mij terug"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "een cliënt op mn stage in de zorg grijpt steeds in mn kruis en de begeleiding zegt dat ik me "
            "niet zo moet aanstellen"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "mijn stagebegeleider zei dat ik een goed cijfer krijg als ik na werktijd bij hem thuis kom. hij "
            "raakte mn been aan onder tafel"
        ),
        _W,
        "self",
    ),
    (
        "en",
        (
            "my supervisor grabbed me by the neck and pushed me against the freezer because i forgot to lock "
            "it. i'm scared to go back"
        ),
        _W,
        "self",
    ),
    (
        "en",
        (
            "the manager at the restaurant keeps touching my waist and saying things about my body. today he "
            "tried to kiss me in the storage room"
        ),
        _W,
        "self",
    ),
    (
        "nl",
        (
            "een collega van mn vriend op zn stage bij de bouw schopt hem en heeft gedreigd hem van de "
            "steiger te duwen"
        ),
        _W,
        "other",
    ),
    (
        "en",
        (
            "my friend's boss at the car wash hits her when she's slow and doesn't pay her, she showed me "
            "the bruises"
        ),
        _W,
        "other",
    ),
    (
        "nl",
        (
            "ik kon niet slapen voor mn sollicitatie want mn stiefvader sloeg mn moeder weer tot ze bloedde. "
            "ik hoorde alles"
        ),
        _V,
        "self",
    ),
    (
        "nl",
        "mn vader slaat me met zn riem als ik te laat thuis ben van mn bijbaan. daarom draag ik lange mouwen",
        _V,
        "self",
    ),
    (
        "nl",
        "ik niet goed werken op stage. thuis papa slaat mama en mij. ik ben bang om naar huis te gaan",
        _V,
        "self",
    ),
    (
        "nl",
        (
            "aan het einde van de dag wil ik niet naar huis want mn moeder gooit dingen naar me en knijpt me "
            "tot ik blauwe plekken heb"
        ),
        _V,
        "self",
    ),
    (
        "nl",
        (
            "het trillen kwam niet door de stage. gisteravond pakte mn vader mn moeder bij haar keel en ik "
            "stond erbij"
        ),
        _V,
        "self",
    ),
    (
        "en",
        (
            "i was late to my internship because my stepdad kicked me out of the house after punching me in "
            "the face"
        ),
        _V,
        "self",
    ),
    (
        "en",
        (
            "i couldn't focus at work, my dad threw my mom against the wall again last night and i had to "
            "call my aunt"
        ),
        _V,
        "self",
    ),
    (
        "nl",
        "mn broer slaat mn kleine zusje als mn ouders er niet zijn, ze heeft overal plekken en zegt niks",
        _V,
        "other",
    ),
    (
        "nl",
        "mijn stiefvader schopt mn broertje als hij huilt, ik hoorde het gister toen ik thuiskwam van stage",
        _V,
        "other",
    ),
    (
        "en",
        (
            "my little brother has bruises from my mom, she hits him with a shoe when he cries. i don't know "
            "what to do"
        ),
        _V,
        "other",
    ),
    (
        "nl",
        (
            "een man die ik ken van een game stuurt me geld en wil dat ik foto's in mn ondergoed stuur, ik "
            "mag het niemand vertellen"
        ),
        _A,
        "self",
    ),
    (
        "nl",
        (
            "mn oom komt s nachts op mn kamer en zit aan me. daarom kan ik me op stage niet concentreren, ik "
            "ben altijd kapot"
        ),
        _A,
        "self",
    ),
    (
        "nl",
        (
            "de buurman zegt dat hij me een bijbaantje geeft als ik bij hem op schoot kom zitten. hij pakte "
            "mn hand en legde die op zn broek"
        ),
        _A,
        "self",
    ),
    (
        "nl",
        "man in azc geeft mij geld en zegt kom mee naar zijn kamer. hij raakt mij aan waar ik niet wil",
        _A,
        "self",
    ),
    (
        "en",
        (
            "a guy i met online who's like 30 wants to meet me after my shift and says i'm mature for my "
            "age. he said not to tell my parents"
        ),
        _A,
        "self",
    ),
    (
        "nl",
        (
            "mn beste vriendin (14) heeft een vriend van 24 die haar dwingt om dingen te doen en filmpjes te "
            "maken"
        ),
        _A,
        "other",
    ),
    ("en", "my cousin told me our uncle touches her when she sleeps over, she's 12", _A, "other"),
    (
        "nl",
        (
            "de andere stagiairs hebben me gefilmd in de kleedkamer en het in de groepsapp gezet, ze dreigen "
            "me na stage in elkaar te slaan"
        ),
        _B,
        "self",
    ),
    (
        "nl",
        (
            "elke dag op stage duwen de twee andere stagiairs me tegen de kluisjes en zeggen dat ik moet "
            "opkankeren en dood moet gaan"
        ),
        _B,
        "self",
    ),
    (
        "nl",
        (
            "ze hebben op insta een nepaccount van me gemaakt met foto's van mn stage en schrijven dat "
            "iedereen me moet haten. ik durf niet meer te gaan"
        ),
        _B,
        "self",
    ),
    (
        "nl",
        (
            "jongens van mijn klas op stage zeggen ik ben vies en terug naar mijn land. ze slaan mij in de "
            "fietsenstalling"
        ),
        _B,
        "self",
    ),
    (
        "en",
        (
            "the other interns lock me in the cold room as a 'joke' and threatened to beat me up if i tell "
            "the supervisor"
        ),
        _B,
        "self",
    ),
    (
        "en",
        (
            "kids from my class found out where i work and wait for me after my shift to hit me. they post "
            "it on tiktok"
        ),
        _B,
        "self",
    ),
    (
        "nl",
        (
            "mn vriend loopt stage bij de sportschool en de andere stagiairs slaan hem elke dag en zetten "
            "filmpjes ervan online"
        ),
        _B,
        "other",
    ),
)

# (language, text)
HARMLESS: tuple[tuple[str, str], ...] = (
    (
        "nl",
        (
            "ik zit daar in die wachtruimte en mn handen trillen zo erg dat ik mn telefoon bijna laat vallen "
            "😅 uiteindelijk ging het gesprek best goed"
        ),
    ),
    (
        "nl",
        (
            "mn hart bonkte echt in mn keel toen ze mn naam riepen bij de sollicitatie bij de jumbo, maar ik "
            "heb de baan!!"
        ),
    ),
    (
        "nl",
        (
            "ik zweette als een otter tijdens dat gesprek, die man gaf me een hand en ik dacht ow nee die "
            "voelt nu mn natte handen 💀"
        ),
    ),
    (
        "nl",
        (
            "op het einde van het gesprek vroeg ze of ik nog vragen had en ik zei gwn nee. buiten dacht ik: "
            "waarom heb ik niks gevraagd"
        ),
    ),
    (
        "nl",
        (
            "kwas zo zenuwachtig dat ik s ochtends niks kon eten, echt misselijk. maar toen ik eenmaal zat "
            "viel het mee"
        ),
    ),
    ("nl", "ik wou gwn weg toen hij vroeg wat mn zwakke punten waren, ik wist echt niks te zeggen haha"),
    (
        "nl",
        (
            "ik zakte door de grond want ik zei albert heijn maar het was de jumbo 🙈 hij moest er gelukkig "
            "om lachen"
        ),
    ),
    (
        "nl",
        (
            "na het sollicitatiegesprek ben ik in de auto bij mn moeder gaan janken, van opluchting denk ik. "
            "het was voorbij en het ging goed"
        ),
    ),
    (
        "nl",
        "ze schudde mn hand heel stevig en keek me recht aan, dat vond ik eigenlijk wel fijn, voelde serieus",
    ),
    (
        "nl",
        (
            "ik dacht echt dat ik doodging van de zenuwen maar het was gwn een aardige vrouw die vroeg "
            "wanneer ik kon werken"
        ),
    ),
    ("nl", "het moment was toen ik binnen kwam en er zaten drie mensen ipv een. mn hart sloeg over lol"),
    ("nl", "ik heb de baan bij de hema niet gekregen. eerst was ik echt kapot ervan, nu denk ik ok volgende"),
    ("nl", "toen ze zei dat ik was aangenomen begon ik bijna te huilen in de winkel 😭 zo blij"),
    ("nl", "mn stem trilde de hele tijd, ik hoorde mezelf praten en dacht wie is dit"),
    ("nl", "ik kreeg zo'n rood hoofd, ik voelde het bloed naar mn wangen gaan toen ze naar mn rapport vroeg"),
    (
        "nl",
        (
            "ik ben heel bang voor gesprek. mijn handen nat en mijn hart heel snel. maar meneer was "
            "vriendelijk en ik mag beginnen"
        ),
    ),
    (
        "nl",
        (
            "hij vroeg waarom ik wilde stoppen bij mn oude bijbaan en ik zei eerlijk dat ik het daar niet "
            "meer leuk vond"
        ),
    ),
    (
        "nl",
        (
            "kzat daar alleen in zon kamertje te wachten, niemand zei iets, 10 min lang. daarna was het "
            "gesprek wel chill"
        ),
    ),
    (
        "nl",
        (
            "ik sneed in mn vinger met het groentemes bij het uien snijden, bloed op de snijplank 🤢 chef "
            "deed er een blauwe pleister op en ik mocht door"
        ),
    ),
    ("nl", "in de keuken is het zo heet, ik zweet me kapot. aan het eind van de dienst was mn shirt zeiknat"),
    (
        "nl",
        (
            "de kok pakte mn hand vast om te laten zien hoe je een mes vasthoudt, met je knokkels naar "
            "voren. daarna ging het veel sneller"
        ),
    ),
    ("nl", "ik liet een hele bak soep vallen op de grond en iedereen keek. ik wou echt door de grond zakken"),
    (
        "nl",
        (
            "aan het einde van de avond moest ik alles afwassen, ik was dood op. maar de sfeer in de keuken "
            "was echt leuk"
        ),
    ),
    (
        "nl",
        (
            "kheb me gebrand aan de oven, niks ergs, de souschef hield mn arm onder de koude kraan en zei "
            "dat iedereen dat de eerste week doet"
        ),
    ),
    (
        "nl",
        (
            "ik stopte ermee om de uien te snijden want mn ogen traanden zo erg, ik zag niks meer 😂 toen "
            "mocht ik de sla doen"
        ),
    ),
    (
        "nl",
        (
            "een klant was super boos omdat zn biefstuk niet goed was en schreeuwde tegen de ober. ik stond "
            "erbij en trilde een beetje maar er gebeurde verder niks"
        ),
    ),
    ("nl", "het moment was toen de chef zei dat mn saus goed was. ik kreeg echt kippenvel"),
    (
        "nl",
        "ik sta daar met die enorme pan en mn armen trillen, en dan zegt de chef: rustig, adem. en het lukte",
    ),
    (
        "nl",
        (
            "halverwege de dienst hield ik het niet meer, ik moest zo nodig plassen maar het was te druk om "
            "weg te gaan 😅"
        ),
    ),
    (
        "nl",
        (
            "ik heb me gesneden aan een blikje, het bloedde heel erg maar het was klein. ik vond het vooral "
            "stom omdat iedereen het zag"
        ),
    ),
    (
        "nl",
        (
            "niemand had me verteld waar de schorten lagen dus ik stond daar maar een beetje, voelde me best "
            "alleen het eerste uur"
        ),
    ),
    (
        "nl",
        "op het eind van mn stage kreeg ik een koksmes van het team met mn naam erop. ik heb bijna gejankt",
    ),
    (
        "nl",
        (
            "ik werk in keuken. het is heel warm en ik heel moe. ik snij in mijn vinger met mes maar kleine "
            "wond. chef helpt mij"
        ),
    ),
    (
        "nl",
        (
            "kwas kapot na die bruiloft, 200 borden en de afwasmachine was stuk. maar eerlijk? vond het ook "
            "wel vet"
        ),
    ),
    (
        "nl",
        (
            "bij mn stage in het ziekenhuis zag ik voor t eerst bloedprikken. ik werd een beetje duizelig "
            "maar de verpleegkundige zei dat dat normaal is"
        ),
    ),
    (
        "nl",
        (
            "een mevrouw in het verzorgingshuis pakte mn hand en zei dat ik een lieve jongen was. ik moest "
            "echt slikken"
        ),
    ),
    (
        "nl",
        (
            "er is deze week een meneer overleden op de afdeling waar ik stage loop. raar om zn kamer leeg "
            "te zien, we hebben een kaarsje aangestoken"
        ),
    ),
    (
        "nl",
        (
            "ik moest helpen een wond verbinden en er kwam best veel bloed uit, ik dacht ik ga flauwvallen "
            "maar ik ging door en was best trots"
        ),
    ),
    (
        "nl",
        (
            "aan het eind van de dag zei een bewoner dat ze me ging missen. ik heb op de fiets naar huis "
            "zitten janken, maar van het goede soort"
        ),
    ),
    (
        "nl",
        (
            "de zorgmedewerker pakte mn arm om me te laten zien hoe je iemand uit bed helpt zonder je rug "
            "kapot te maken"
        ),
    ),
    (
        "nl",
        "mn hart ging tekeer toen de alarmbel ging, maar het was gwn iemand die op de verkeerde knop drukte",
    ),
    (
        "nl",
        (
            "ik was alleen op de gang toen een meneer riep en ik wist niet wat ik moest doen. toen kwam er "
            "gelukkig een verzorgende"
        ),
    ),
    (
        "nl",
        (
            "bij de huisartsenpraktijk zag ik hoe ze een teek weghaalden. er kwam een druppeltje bloed, vond "
            "het eigenlijk interessant"
        ),
    ),
    (
        "nl",
        (
            "een meneer met dementie werd boos en gooide zn bord op de grond. ik schrok me dood maar de "
            "verzorgster bleef heel rustig, dat wil ik ook leren"
        ),
    ),
    (
        "nl",
        (
            "het einde van het leven is daar gwn normaal, de begeleidster praat er heel rustig over met de "
            "families. dat vond ik mooi eigenlijk"
        ),
    ),
    (
        "nl",
        (
            "ik kreeg een hand van de arts toen ik wegging en hij zei dat ik goede vragen stelde, ik zweefde "
            "naar huis"
        ),
    ),
    (
        "nl",
        (
            "in het begin wou ik weg toen ik iemand moest wassen, zo ongemakkelijk. nu na drie weken is het "
            "gwn werk"
        ),
    ),
    (
        "nl",
        (
            "in mijn land ik help mijn oma. hier in verpleeghuis ik help ook oude mensen. een vrouw huilt "
            "want ik praat met haar, zij is blij"
        ),
    ),
    (
        "nl",
        (
            "iemand viel op de gang en had een bloedneus, ik heb tissues gehaald en bij haar gezeten tot de "
            "zuster kwam"
        ),
    ),
    (
        "nl",
        "ik hield het bijna niet meer toen een mevrouw een mop vertelde tijdens het eten, zo hard gelachen",
    ),
    (
        "nl",
        (
            "ik sta alleen achter de kassa, niemand om te helpen, en er komt een rij van tien mensen. mn "
            "handen trilden bij het scannen"
        ),
    ),
    (
        "nl",
        (
            "een klant werd boos omdat de aanbieding niet klopte en begon te schelden. de teamleider kwam en "
            "toen was het klaar. ik was vooral geschrokken"
        ),
    ),
    (
        "nl",
        (
            "op het einde van mn dienst moest ik de kassa tellen en ik kwam 5 euro tekort, ik was echt "
            "misselijk. bleek een rekenfout 🙃"
        ),
    ),
    ("nl", "vakken vullen de hele dag, aan het eind voelde mn rug echt kapot"),
    (
        "nl",
        (
            "ik ben ermee gestopt bij de lidl, ik had gewoon geen zin meer in die vroege diensten. nu werk "
            "ik bij een fietsenmaker"
        ),
    ),
    (
        "nl",
        (
            "er liep een kind weg van zn moeder en ik vond het bij de koeling, de moeder gaf me een knuffel "
            "en begon te huilen"
        ),
    ),
    (
        "nl",
        (
            "niemand zei gedag toen ik binnenkwam, iedereen had het druk. ik voelde me een beetje alleen die "
            "eerste dag"
        ),
    ),
    (
        "nl",
        "een meneer pakte mn arm en zei 'meisje waar liggen de eieren' 😂 hij was gwn oud en een beetje doof",
    ),
    (
        "nl",
        (
            "ik had een hele pallet melk laten omvallen. ik zakte door de grond, maar de chef moest er zelf "
            "om lachen"
        ),
    ),
    ("nl", "ik was zo moe dat ik na de dienst in de bus in slaap viel en mn halte miste. dood op gwn"),
    ("nl", "toen de winkel dicht was en alles klaar stond voelde ik me echt trots, dat was het moment"),
    (
        "nl",
        (
            "ik werk bij supermarkt. een man boos op mij want ik snap niet zijn vraag. ik bang. maar collega "
            "helpt en zegt niet erg"
        ),
    ),
    (
        "nl",
        (
            "mn teamleider legde haar hand op mn schouder en zei je doet het goed. ik weet niet waarom maar "
            "ik moest bijna huilen"
        ),
    ),
    (
        "nl",
        (
            "de monteur pakte mn handen en zette ze goed op de momentsleutel, anders draai je de bout kapot "
            "zei hij"
        ),
    ),
    (
        "nl",
        (
            "ik had olie tot aan mn ellebogen en een schaafwond die bloedde, maar ik vond het de leukste "
            "stagedag ooit"
        ),
    ),
    (
        "nl",
        "aan het eind van de dag mocht ik zelf een band wisselen. mn handen trilden, maar hij zat er goed op",
    ),
    (
        "nl",
        (
            "ik heb mn duim onder de motorkap gekregen, zo'n pijn, ik heb bijna gejankt voor iedereen 😂 nu "
            "is hij blauw"
        ),
    ),
    (
        "nl",
        (
            "ik stond alleen in de werkplaats toen een klant iets vroeg over zn remmen. ik had geen idee dus "
            "ik heb de chef gehaald"
        ),
    ),
    ("nl", "de baas gaf me aan het einde een hand en zei tot volgende week. dat voelde als erbij horen"),
    (
        "nl",
        "ik ben gestopt met dat lassen want mn ogen deden zeer, ik had de kap niet goed op. nu weet ik het",
    ),
    ("nl", "kwou weg toen ze vroegen of ik de auto wilde inparkeren in de hal. ik heb geen rijbewijs 💀"),
    (
        "nl",
        (
            "bij de schilder hield ik het echt niet meer van de stank van de verf, ik werd er misselijk van. "
            "daarna kreeg ik een mondkapje"
        ),
    ),
    ("nl", "de elektricien sloeg me op mn schouder toen de lamp het deed haha. we waren allebei blij"),
    (
        "nl",
        (
            "ik ben van de ladder gegleden en heb mn knie open gehaald, beetje bloed, pleister erop. niks "
            "aan de hand"
        ),
    ),
    (
        "nl",
        (
            "ik in garage. man laat zien hoe ik moet pakken de boor, hij houdt mijn hand. nu ik kan zelf. ik "
            "ben blij"
        ),
    ),
    (
        "nl",
        (
            "bij de boer zag ik een kalfje geboren worden, heel veel bloed en slijm. ik was eerst misselijk "
            "maar daarna vond ik het mega mooi"
        ),
    ),
    (
        "nl",
        (
            "er was een koe doodgegaan in de nacht en die werd opgehaald. de boer zei dat hoort erbij. ik "
            "vond het wel zielig"
        ),
    ),
    (
        "nl",
        (
            "bij de slager moest ik vlees snijden en het bloed liep over de tafel. ik dacht dat ik het eng "
            "zou vinden maar het was ok"
        ),
    ),
    (
        "nl",
        (
            "bij de dierenarts ging een hond dood bij het inslapen. de eigenaar huilde en ik moest ook "
            "huilen, de dierenarts zei dat is niet erg"
        ),
    ),
    (
        "nl",
        (
            "ik heb een dag meegelopen bij een uitvaartondernemer. ik dacht dat een dode zien eng zou zijn "
            "maar het was heel rustig en respectvol"
        ),
    ),
    (
        "nl",
        (
            "aan het eind van de dag op de boerderij kon ik mn armen niet meer optillen, ik was echt kapot "
            "van het hooi sjouwen"
        ),
    ),
    ("nl", "een kip pikte me tot bloedens toe in mn hand 😭 de boerin lachte zich dood"),
    (
        "nl",
        (
            "ik moest dode kuikens uit de stal halen, dat vond ik echt naar. maar de boer legde uit hoe het "
            "komt en dat hielp"
        ),
    ),
    ("nl", "de dierenverzorger pakte mn pols en zei: zo hou je een konijn vast, niet bij zn oren"),
    (
        "nl",
        "het paard stapte op mn voet, ik zag sterretjes. ik ben even gaan zitten en toen ging het wel weer",
    ),
    (
        "nl",
        (
            "bij boer ik werk met koeien. op het einde van dag ik ben heel moe maar ik vind leuk. in syrie "
            "mijn opa had ook koeien"
        ),
    ),
    (
        "nl",
        (
            "bij de uitvaart zei de vrouw dat een afscheid ook mooi kan zijn, met muziek en verhalen. daar "
            "denk ik nog vaak aan"
        ),
    ),
    (
        "nl",
        (
            "bij de begrafenis stond ik achteraan en moest ik heel hard mn best doen om niet te janken, "
            "terwijl ik die man niet eens kende"
        ),
    ),
    (
        "nl",
        (
            "op de open dag van het mbo moest ik iets zeggen in een groep, mn hart ging zo snel dat ik bijna "
            "niks hoorde"
        ),
    ),
    (
        "nl",
        (
            "ik kende niemand op de meeloopdag en liep de hele ochtend alleen rond. na de pauze kwam er een "
            "meisje bij me zitten"
        ),
    ),
    ("nl", "het einde van de open dag was het beste stuk, toen mochten we zelf in het lab proberen"),
    ("nl", "ik moest mn stageverslag presenteren en ik trilde over mn hele lijf. maar ik kreeg een 7,5!!"),
    (
        "nl",
        (
            "ik wou weg zodra ik binnenkwam, het was zo groot en vol. maar na een uur vond ik het eigenlijk "
            "best gezellig"
        ),
    ),
    ("nl", "ik was zo zenuwachtig dat ik moest overgeven voor de presentatie 🤢 daarna ging het prima"),
    (
        "nl",
        (
            "ik heb me dood geschaamd toen de docent vroeg wie ik was en ik de naam van mn eigen school "
            "verkeerd uitsprak"
        ),
    ),
    (
        "nl",
        (
            "op de meeloopdag bij de politieacademie lieten ze fotos zien van ongelukken met bloed en zo. "
            "heftig maar ook interessant"
        ),
    ),
    ("nl", "toen ik klaar was met mn presentatie voelde het alsof er een steen van mn hart viel"),
    (
        "nl",
        "kheb geen zin meer in die opleiding na de open dag. het was echt niet wat ik dacht, teveel theorie",
    ),
    (
        "nl",
        (
            "ik stond helemaal alleen bij de kraam van de zorgopleiding want mn vrienden gingen naar ict. "
            "achteraf de beste keuze"
        ),
    ),
    (
        "nl",
        (
            "bij de open dag van de kappersopleiding mocht ik iemands haar knippen en mn handen zweetten zo "
            "erg dat de schaar gleed"
        ),
    ),
    (
        "nl",
        (
            "ik bezorg kranten en vanochtend regende het zo hard, aan het einde van mn wijk was ik kapot en "
            "zeiknat"
        ),
    ),
    (
        "nl",
        (
            "bij het oppassen viel het jongetje van de trap en zn lip bloedde. ik schrok zo, ik heb de "
            "moeder gebeld en het was niks ergs"
        ),
    ),
    (
        "nl",
        (
            "een klant in de ijssalon werd heel boos omdat zn ijsje smolt, hij riep dingen en liep weg. ik "
            "stond te trillen maar verder ging alles door"
        ),
    ),
    ("nl", "ik ben gestopt met pizza bezorgen, ik had er geen zin meer in, elke avond tot 11 uur"),
    (
        "nl",
        (
            "ik fietste als een gek om de bestelling op tijd te brengen en ik zweette me dood. de mevrouw "
            "gaf me 2 euro fooi 😎"
        ),
    ),
    (
        "nl",
        (
            "de eigenaar van de ijssalon pakte mn hand en liet zien hoe je een mooi bolletje draait. eerst "
            "mislukte het 10x"
        ),
    ),
    (
        "nl",
        (
            "ik stond alleen in de winkel toen de baas even weg was en toen kwam er een hele bus toeristen "
            "😭 ik heb het overleefd"
        ),
    ),
    ("nl", "ik was zo moe van de hele dag glazen ophalen dat ik in de kleedkamer bijna in slaap viel"),
    (
        "nl",
        (
            "aan het eind van de zomer was mn laatste dag op de camping. iedereen zei gedag en ik vond het "
            "echt jammer dat het voorbij was"
        ),
    ),
    ("nl", "ik liet een dienblad met 8 cola's vallen op het terras, ik wilde onder de tafel kruipen"),
    (
        "nl",
        (
            "ik bezorg folders. het is veel werk en niet veel geld. mijn benen kapot. maar ik leer de "
            "straten van de stad"
        ),
    ),
    (
        "nl",
        (
            "bij het oppassen huilde de baby de hele tijd en ik kon niks doen, zo machteloos. toen de ouders "
            "thuiskwamen was ik zo opgelucht"
        ),
    ),
    (
        "nl",
        (
            "bij de voetbalclub moest ik een training geven aan de f-jes en ik zweette peentjes, maar die "
            "kids waren zo schattig"
        ),
    ),
    (
        "nl",
        (
            "een kind viel en had een bloedneus, ik heb hem naar de kantine gebracht en ijs gehaald. de "
            "trainer zei goed gedaan"
        ),
    ),
    (
        "nl",
        (
            "de trainer pakte mn arm om te laten zien hoe je een bal goed gooit bij honkbal. ik snapte het "
            "meteen"
        ),
    ),
    ("nl", "aan het eind van het toernooi was ik zo kapot dat ik in de auto in slaap viel"),
    (
        "nl",
        (
            "op het kantoor zat ik de hele dag alleen achter een computer en niemand zei iets. ik denk niet "
            "dat kantoor iets voor mij is"
        ),
    ),
    (
        "nl",
        (
            "ik heb de server bijna kapot gemaakt 😂 nee grapje ik had een kabel eruit getrokken. mn hart "
            "stond even stil"
        ),
    ),
    (
        "nl",
        (
            "bij de kapper moest ik iemands nek scheren. mn hand trilde zo dat de kapper het overnam, maar "
            "daarna mocht ik het nog een keer proberen"
        ),
    ),
    (
        "nl",
        (
            "ik was de hele dag bij de gemeente en het was zo saai, ik ging dood van verveling. het enige "
            "leuke was de lunch"
        ),
    ),
    (
        "nl",
        (
            "het moment dat ik het meest voelde was toen ik op het einde de sleutels van de zaal kreeg. ze "
            "vertrouwden me"
        ),
    ),
    (
        "nl",
        (
            "ik heb een cliënt op de dagbesteding een hand gegeven en hij liet niet meer los haha, hij vond "
            "me leuk denk ik"
        ),
    ),
    (
        "nl",
        (
            "ik zat alleen aan de balie bij de sportschool en een man vroeg iets over zn abonnement, ik wist "
            "het niet en voelde me dom"
        ),
    ),
    (
        "nl",
        (
            "ik stopte met het ophangen van de posters want de ladder wiebelde. de beheerder zei dat ik dat "
            "goed had gedaan"
        ),
    ),
    (
        "nl",
        (
            "toen mn stagebegeleider zei dat ze me volgend jaar weer wil hebben, moest ik echt janken op de "
            "wc 🥹"
        ),
    ),
    (
        "nl",
        (
            "thuis heb ik dat ook, als mn moeder vraagt of ik iets wil vertellen gaat mn hart al sneller "
            "kloppen haha"
        ),
    ),
    ("nl", "bij voetbal ook, voor een penalty trillen mn benen. maar als ik eenmaal schiet is het weg"),
    ("nl", "ja op school bij spreekbeurten zweet ik altijd zo. ik word rood en wil weg. maar ik doe het wel"),
    ("nl", "bij mn bijbaan merk ik dat ik ook altijd aan het eind van de dag kapot ben maar wel tevreden"),
    ("nl", "eigenlijk overal waar ik niemand ken voel ik me eerst alleen. na een tijdje gaat het vanzelf"),
    (
        "nl",
        (
            "bij zwemles vroeger durfde ik ook niet meer en wilde ik stoppen, maar mn vader zei nog 1 keer "
            "proberen"
        ),
    ),
    (
        "nl",
        (
            "ook bij familiefeestjes, dan sta ik alleen in een hoek en wil ik naar huis. ik ben gwn een "
            "beetje verlegen"
        ),
    ),
    (
        "nl",
        (
            "bij gamen met vrienden nooit, daar ben ik juist de baas 😂 alleen in het echt met vreemde "
            "mensen ben ik nerveus"
        ),
    ),
    ("nl", "bij toetsen, dan zit ik ook met natte handen en een bonkend hart. daarna valt het altijd mee"),
    (
        "nl",
        (
            "ik merk het ook op dansles als de juf mn arm pakt voor de goede positie, dan word ik eerst "
            "stijf maar het helpt wel"
        ),
    ),
    (
        "nl",
        (
            "bij mn opa in het ziekenhuis vorig jaar zag ik ook veel bloed en slangen, daarom schrok ik nu "
            "minder"
        ),
    ),
    (
        "nl",
        (
            "als ik ergens mee stop dan is het meestal omdat ik het saai vind, niet omdat ik het niet kan. "
            "dat zag ik nu ook weer"
        ),
    ),
    (
        "nl",
        (
            "in de kerk moet ik soms voorlezen en dan trilt mn stem ook. dus ja het is overal als mensen "
            "naar me kijken"
        ),
    ),
    (
        "nl",
        (
            "op school ik ook bang om te praten. mijn nederlands niet goed. mijn hart snel. maar docent is "
            "aardig"
        ),
    ),
    (
        "nl",
        (
            "op de handbalclub geef ik iedereen altijd een hand voor de wedstrijd, dus dat deel van het "
            "gesprek vond ik juist makkelijk"
        ),
    ),
    (
        "nl",
        (
            "ja vorig jaar bij mn eerste bijbaan was ik ook zo zenuwachtig dat ik misselijk was, maar na een "
            "week was het over"
        ),
    ),
    (
        "nl",
        (
            "eerder? toen ik in groep 8 de musical deed wilde ik ook van het podium wegrennen. uiteindelijk "
            "ging het super"
        ),
    ),
    (
        "nl",
        (
            "ik denk dat het kwam doordat hij me aankeek en ik niet wist wat ik moest zeggen. dan krijg ik "
            "het heet en ga ik zweten"
        ),
    ),
    (
        "nl",
        (
            "wat het triggerde denk ik is dat ik alleen stond. als er een collega naast me staat heb ik het "
            "nooit"
        ),
    ),
    ("nl", "wat het was? de stilte. niemand zei iets en ik dacht dat ik iets fout had gedaan"),
    (
        "nl",
        (
            "het gevoel kwam toen ik het bloed zag, niet eens van de pijn. ik kan gwn niet tegen bloed denk "
            "ik, dus misschien geen verpleegkunde"
        ),
    ),
    (
        "nl",
        (
            "ik heb dit wel eerder gehad, dat ik ga janken als iemand aardig tegen me is. mn moeder zegt dat "
            "ik een watje ben 😂"
        ),
    ),
    ("nl", "kernwoord... doorzetten? want ik wilde de hele tijd weg maar ik ben gebleven tot het einde"),
    ("nl", "mn woord is moed. ik trilde als een rietje maar ik heb het toch gedaan"),
    (
        "nl",
        (
            "volgende stap: volgende week vraag ik of ik weer mag komen. als ik niet durf, kijkt mn mentor "
            "mee. ik ben nu al misselijk lol"
        ),
    ),
    (
        "nl",
        (
            "ik wil stoppen met de zorg als richting, dat bloed is echt niks voor mij. volgende stap is een "
            "dag bij een kinderopvang"
        ),
    ),
    (
        "nl",
        "rust denk ik. aan het eind van de dag was ik kapot maar wel rustig in mn hoofd, dat vond ik fijn",
    ),
    ("nl", "ik was letterlijk dood na die stagedag 💀💀 10 uur staan"),
    ("nl", "mn voeten waren kapot door die schoenen, nooit meer nieuwe schoenen aan naar stage"),
    ("nl", "ik dacht ik ga hier dood, de chef liet me 40 kilo aardappels schillen"),
    (
        "nl",
        (
            "die baas is zo streng, als ik nog een keer te laat kom vermoordt hij me 😂 (grapje hij is best "
            "chill)"
        ),
    ),
    ("nl", "toen ik zag dat mn collega mn broodje had opgegeten wou ik hem wurgen haha nee we zijn maatjes"),
    ("nl", "kheb zoveel gelachen met die collega's, ik lag dubbel, ik kon niet meer"),
    (
        "nl",
        (
            "dat was het gênantste moment van mn leven, ik wil nooit meer terug naar die winkel 😭 (ik moet "
            "maandag wel terug)"
        ),
    ),
    ("nl", "ik schaamde me kapot, ik zei 'dag mam' tegen mn stagebegeleider"),
    ("nl", "bij de eerste dag was ik zo nerveus dat ik bijna een hartaanval kreeg toen de telefoon ging"),
    ("nl", "mn benen zijn dood na het fietsen naar die boerderij, 14 km man"),
    ("nl", "ik ga dood als ik nog 1 keer dat liedje hoor op de radio in de werkplaats 🙄"),
    ("nl", "ik ben er klaar mee om koffie te halen, ik wil echt iets leren daar"),
    ("nl", "ik moest een hele middag bonnetjes sorteren, mn levenslust was weg 😂 nee echt, zo saai"),
    (
        "nl",
        (
            "na de open dag was ik zo kapot dat ik om 8 uur al in bed lag, geen zin meer om te koken dus "
            "pizza besteld"
        ),
    ),
    ("nl", "ik kon wel janken toen ik zag dat ik mn lunch thuis had laten liggen 😭"),
    ("nl", "ik stond daar als een zoutzak naast de kassa, ik wist niet waar ik moest kijken"),
    (
        "nl",
        "ik werd zo rood als een tomaat toen de leidinggevende me een compliment gaf waar iedereen bij was",
    ),
    ("nl", "ik dacht dat mn hart uit mn borst sprong toen het brandalarm afging, was een oefening"),
    (
        "nl",
        (
            "bij de bakker heb ik mn arm verbrand aan de plaat, nu een blaar. de bakker gaf me zalf en zei "
            "dat elke bakker zulke littekens heeft"
        ),
    ),
    ("nl", "ik heb een snee in mn hand van het papier bij de drukkerij, klein maar het bloedde als een gek"),
    (
        "nl",
        (
            "de slager zei dat ik een snijhandschoen moest dragen, want vorige week heeft een andere "
            "stagiair zich flink gesneden"
        ),
    ),
    (
        "nl",
        (
            "ik zag hoe de arts een hechting deed bij een jongen die van zn fiets was gevallen. ik kon niet "
            "wegkijken, zo interessant"
        ),
    ),
    (
        "nl",
        (
            "mn begeleider bij de ambulance vertelde over een ongeluk waar iemand dood ging. ik was er stil "
            "van, maar hij zei dat praten helpt"
        ),
    ),
    ("nl", "bij de brandweer lieten ze zien hoe je iemand uit een auto haalt, met een pop. het voelde echt"),
    ("nl", "ik moest bij de tandarts de bloederige watjes weggooien, bah, maar de assistente was zo lief"),
    ("nl", "ik heb een blauwe plek op mn scheen van de pompwagen 😂 ik loop als een zombie"),
    (
        "nl",
        (
            "toen ik het mes liet vallen sprong ik opzij en de chef riep 'nooit vangen!' nu weet ik dat voor "
            "altijd"
        ),
    ),
    (
        "nl",
        (
            "ik heb een snijwond van het kartonmes gehad bij het uitpakken van dozen, de "
            "bedrijfshulpverlener heeft het geplakt"
        ),
    ),
    (
        "nl",
        (
            "er kwam een man in de winkel schreeuwen dat hij zn geld terug wilde. de manager kreeg hem "
            "rustig, ik stond achter de toonbank en mn hart ging tekeer"
        ),
    ),
    (
        "nl",
        (
            "een klant noemde me dom omdat ik de pinautomaat niet snapte. dat deed pijn maar mn collega zei: "
            "trek je er niks van aan"
        ),
    ),
    (
        "nl",
        (
            "de vrouw aan de telefoon was woedend over haar pakketje. na het gesprek moest ik even huilen op "
            "de wc, maar daarna ging het"
        ),
    ),
    (
        "nl",
        (
            "ik werd uitgescholden door een meneer omdat de bus te laat was, terwijl ik gwn bij de infobalie "
            "stond 😅 ik zei sorry en hij liep weg"
        ),
    ),
    (
        "nl",
        (
            "in de apotheek werd een klant boos en sloeg met zn hand op de balie. we schrokken allemaal maar "
            "hij ging daarna gwn weg"
        ),
    ),
    (
        "nl",
        (
            "op het einde van de week mochten we zeggen wat we van de stage vonden en ik zei dat ik wil "
            "stoppen met administratie, ik wil meer met mensen"
        ),
    ),
    ("nl", "toen het voorbij was dacht ik: wauw dat heb ik echt gedaan"),
    ("nl", "de laatste dag was het einde van een tijdperk haha, ik ga die collega's missen"),
    ("nl", "ik stop ermee bij de snackbar na de zomer, ik wil iets in de zorg gaan doen"),
    (
        "nl",
        (
            "het einde van de stage is vrijdag en eerlijk, ik ben er niet rouwig om. het was prima maar niet "
            "mijn ding"
        ),
    ),
    (
        "nl",
        (
            "ik heb er een punt achter gezet als trainer bij de tennisclub, te veel met school. ik vond het "
            "wel zwaar om te zeggen"
        ),
    ),
    (
        "nl",
        (
            "aan het eind zei ze: zie ik je maandag? en ik zei ja maar eigenlijk wil ik daar niet meer heen "
            "want het is saai"
        ),
    ),
    (
        "nl",
        (
            "ik wou niet meer verder met de opdracht want ik snapte het niet, toen heeft de collega het nog "
            "een keer uitgelegd"
        ),
    ),
    ("nl", "ik kon niet meer na vier uur staan, mn benen waren pap. ik mocht even zitten"),
    ("nl", "nooit meer naar die bakkerij, hoe vroeg is 5 uur 😭 ik kies iets met latere tijden"),
    (
        "nl",
        (
            "ik ben in nederland 2 jaar. stage in winkel. eerste dag heel bang, niemand kennen. nu ik heb "
            "een vriend daar"
        ),
    ),
    ("nl", "ik schaam heel veel want ik zeg woord fout. alle mensen lachen. maar niet gemeen. ik lach ook"),
    (
        "nl",
        (
            "mijn begeleider geeft hand, in mijn cultuur meisje geeft niet hand aan man. ik zeg sorry en zij "
            "begrijpt. goed gesprek"
        ),
    ),
    ("nl", "op het eind van dag ik ben dood moe. veel dozen. maar baas zegt goed werk en ik krijg koffie"),
    (
        "nl",
        (
            "ik werk in azc keuken als vrijwilliger. ik snij vinger met mes. beetje bloed. ik leer langzaam "
            "snijden"
        ),
    ),
    (
        "nl",
        "ik zweet veel in interview. ik denk mijn nederlands niet goed genoeg. maar zij zegt je praat goed",
    ),
    (
        "nl",
        "ik alleen op de balie en telefoon gaat. ik weet niet wat zeggen. ik zeg 'moment' en roep collega 😅",
    ),
    (
        "nl",
        (
            "in garage ik zie man heel boos op baas, hij schreeuwt over rekening. ik bang maar niets "
            "gebeurd. baas rustig"
        ),
    ),
    ("nl", "ik huil bij einde stage want iedereen geeft kaart. heel mooi, ik voel mij welkom in nederland"),
    (
        "nl",
        (
            "dus ik sta daar in de bakkerij bij zon enorme deegmachine, en de bakker pakt mn pols en zegt: "
            "niet je vingers erin. ik schrok me rot maar hij had gelijk"
        ),
    ),
    (
        "nl",
        (
            "ik kom binnen, iedereen kijkt, ik struikel over de drempel 🤦 ik wou terug naar huis. maar toen "
            "zei een collega 'welkom in de club' en moest iedereen lachen"
        ),
    ),
    (
        "nl",
        (
            "ik zit in de pauze alleen in de kantine want de rest rookt buiten. ik zat gwn op mn telefoon, "
            "was ook wel lekker rustig"
        ),
    ),
    (
        "nl",
        (
            "ik loop met de verpleegkundige mee en opeens ligt er iemand op de grond. mn hart gaat tekeer. "
            "zij doet alles rustig en ik geef de spullen aan"
        ),
    ),
    (
        "nl",
        (
            "ik sta bij de tandarts en moet de zuigslang vasthouden, er komt bloed en ik denk niet "
            "flauwvallen niet flauwvallen 😂 ik bleef staan"
        ),
    ),
    (
        "nl",
        (
            "ik sta achter de bar en een man wil bier, ik zeg ik ben 15 ik mag niet tappen. hij werd boos "
            "maar mn collega kwam meteen"
        ),
    ),
    (
        "nl",
        (
            "we zitten in de vergadering en ik moet iets zeggen, zweetdruppels op mn voorhoofd. maar ik heb "
            "mn idee gezegd en ze gaan het doen!!"
        ),
    ),
    (
        "nl",
        (
            "ik sta voor de klas (stage onderwijsassistent) en een kind begint te huilen omdat zn vis dood "
            "is. ik wist niks te zeggen, dus ik ging naast hem zitten"
        ),
    ),
    (
        "nl",
        (
            "ik sta op de trap in de bieb en een stapel boeken valt op me. niemand zag het gelukkig, ik lag "
            "in een deuk"
        ),
    ),
    (
        "nl",
        (
            "ik moest iets presenteren voor het hele team van de bouw en ik dacht echt ik ga hier dood. het "
            "ging prima uiteindelijk"
        ),
    ),
    (
        "nl",
        (
            "een klant greep mn mouw om me naar de goeie plank te trekken, hij wilde een bepaalde verf. "
            "beetje raar maar hij was gwn ongeduldig"
        ),
    ),
    ("nl", "mn begeleider gaf me een high five na de eerste knipbeurt die lukte 🙌"),
    (
        "nl",
        (
            "bij de fysio hield de fysiotherapeut mn handen vast op de knie van de patiënt zodat ik voelde "
            "hoe het moest"
        ),
    ),
    (
        "nl",
        (
            "ik zag voor het eerst iemand overgeven in de bus (stage bij de ov) en ik moest zelf bijna ook "
            "kotsen 🤢"
        ),
    ),
    ("nl", "na de nachtdienst in de zorg (meelopen) was ik gesloopt. ik sliep tot 3 uur smiddags"),
    ("nl", "mn stem sloeg over toen ik de klant moest begroeten, iedereen lachte, ik ook, was best grappig"),
    ("nl", "die dag had ik echt geen zin meer om nog 1 krat te tillen, maar toen kwam de baas met ijsjes"),
    (
        "nl",
        (
            "mn hart zat in mn keel toen ik de eerste keer zelf de telefoon moest opnemen bij het bedrijf "
            "van mn oom"
        ),
    ),
    (
        "nl",
        (
            "ik ben gestopt met de opleiding die ik eerst wilde, na de meeloopdag wist ik het zeker: niet "
            "voor mij. nu kijk ik naar de politie"
        ),
    ),
    (
        "nl",
        (
            "mn vingers waren kapot van het bloemen binden bij de bloemist, overal doorns. maar die "
            "bruidsboeketten waren zo mooi"
        ),
    ),
    (
        "nl",
        (
            "ik hield het niet meer van de spanning toen de uitslag van de stagebeoordeling kwam, ik kreeg "
            "een goed!!"
        ),
    ),
    ("en", "my hands were literally shaking the whole interview lol but i got the job at the cinema"),
    ("en", "i was sweating so much in that kitchen, by the end of the shift i was dead"),
    (
        "en",
        "the nurse took my arm to show me how to find a vein on the practice dummy, it was actually so cool",
    ),
    (
        "en",
        (
            "i cut my thumb on the bread knife at the bakery, blood everywhere but it was tiny. the baker "
            "just laughed and gave me a plaster"
        ),
    ),
    ("en", "at the end of the day the manager shook my hand and said see you monday. felt like a real job"),
    ("en", "i wanted the floor to swallow me when i called my supervisor mum 💀"),
    ("en", "my heart was pounding so hard when they called my name at the open day"),
    ("en", "i cried in the car after, not sad, just relieved it was over and went ok"),
    ("en", "i felt sick all morning from nerves, couldnt eat breakfast. the interview itself was fine"),
    (
        "en",
        "nobody talked to me the first hour, i just stood alone at the counter. after lunch it got better",
    ),
    ("en", "i quit the paper round, i was done with getting up at 6. now i work at the pet shop"),
    (
        "en",
        (
            "an old lady at the care home held my hand and told me about her husband who died. i almost "
            "cried, it was so sweet"
        ),
    ),
    (
        "en",
        (
            "a customer yelled at me because the card machine was broken. i was shaking a bit but my "
            "coworker dealt with it"
        ),
    ),
    ("en", "i'm so tired, i'm literally dead. 8 hours of stacking shelves"),
    (
        "en",
        (
            "i saw a real surgery on my hospital placement day, so much blood. i thought i would faint but i "
            "didnt"
        ),
    ),
    ("en", "i couldnt take it anymore, the music in that shop is the same 10 songs on repeat 😭"),
    ("en", "when it was over i felt so proud of myself"),
    (
        "en",
        (
            "the mechanic put his hands over mine to show me how to hold the wrench, otherwise you strip the "
            "bolt"
        ),
    ),
    (
        "en",
        (
            "i stopped doing the cash register because i kept making mistakes, now i do the stock room and i "
            "like it way more"
        ),
    ),
    ("en", "at the farm a calf was born and i cried a bit, it was so beautiful"),
    (
        "en",
        "i was so embarrassed i wanted to run out. i spilled coffee on the boss's laptop 😬 (it survived)",
    ),
    ("en", "my legs were killing me at the end, standing all day is no joke"),
    ("en", "where else? at football, before a match my heart races and my hands go cold. same feeling"),
    ("en", "i had this before, at my first swimming competition, i was shaking so bad. but then i won"),
    ("en", "the moment was when the chef tasted my soup and nodded. i got goosebumps"),
    (
        "en",
        (
            "i burned my hand on the grill, just a small burn. the cook put it under cold water and said "
            "everyone gets one the first week"
        ),
    ),
    ("en", "there was a dead mouse in the storage room and i screamed so loud everyone came running 😂"),
    (
        "en",
        (
            "i was alone at the front desk of the hotel when a guest got angry about his room. i called the "
            "manager and nothing happened"
        ),
    ),
    ("en", "i'm done with retail honestly, not for me. next step is a day at a garage"),
    (
        "en",
        (
            "at the funeral home they showed me how they prepare everything. i thought it would be creepy "
            "but it was calm and kind"
        ),
    ),
    ("en", "my voice was trembling when i had to answer the phone, but by the end of the day i could do it"),
    ("en", "the physio took my arm to show me how to move a patient's shoulder safely. learned so much"),
    ("en", "i almost died laughing when the dog at the vet ran off with the towel"),
    (
        "en",
        "i bled all over the sink after cutting my finger on the can lid, so dramatic lol, it was a tiny cut",
    ),
    (
        "en",
        (
            "nobody told me where to go so i wandered around alone for like 20 min. kinda awkward but then i "
            "found the office"
        ),
    ),
    (
        "en",
        (
            "i wanted to leave when they asked me to introduce myself to the whole team. but i did it and it "
            "was fine"
        ),
    ),
    ("en", "at the end of the internship they gave me a card with everyones names, i teared up ngl"),
    ("en", "my heart stopped when i dropped the tray of glasses, but only 1 broke"),
    ("en", "i feel like i'm dying every morning at 5am at the bakery 😩 but the bread smell makes up for it"),
    ("en", "i'm dead tired but happy. first paycheck next week!!"),
    ("en", "the chef grabbed my wrist to stop me from touching the hot pan. good thing he did honestly"),
    ("en", "i threw up before the presentation from nerves. then i did it and got good feedback"),
    ("en", "i don't want to go back to that office, so boring. but i do want to try the hospital"),
    ("en", "there's no point in me doing coffee runs all day, i told my supervisor and now i get real tasks"),
    (
        "en",
        (
            "a kid at the sports camp fell and had a bloody knee, i cleaned it and put a plaster on. felt "
            "like a real coach"
        ),
    ),
    (
        "en",
        "the client at the day care center hugged me when i left, she does that with everyone. it was sweet",
    ),
    ("en", "it ended with everyone clapping for me lol i was so red"),
    ("en", "i was shaking like a leaf when i had to take the blood pressure of a real patient"),
    (
        "en",
        (
            "i had a panic moment when i couldnt find the key, heart racing, sweating. it was in my pocket "
            "the whole time 🤦"
        ),
    ),
    ("en", "by the end i couldnt feel my feet anymore. 9 hour shift at the festival"),
    ("en", "i got so nervous i forgot my own phone number in the interview 💀"),
    (
        "en",
        (
            "i cried watching the nurse say goodbye to a patient who was going home after months. like happy "
            "crying"
        ),
    ),
    ("en", "where i notice it too: when i have to call someone on the phone. sweaty hands every time"),
    ("en", "an angry customer threw the receipt on the counter and walked out. i was fine, just surprised"),
    ("en", "my key word is guts i think. i was scared to death but i still did it"),
    (
        "en",
        (
            "the butcher let me cut the meat. there was a lot of blood on the board, i thought i'd hate it "
            "but it was fine"
        ),
    ),
    (
        "en",
        (
            "i stood alone at the stall on the open day because my friend was sick. turned out good, i "
            "talked to way more people"
        ),
    ),
    ("en", "i was the only intern there so yeah pretty lonely at lunch, but the staff were nice"),
    (
        "en",
        (
            "i gave up on the excel sheet after an hour, couldnt figure it out. my supervisor showed me a "
            "trick and then it was easy"
        ),
    ),
    ("en", "he patted me on the back and said well done. that was the best moment of the whole week"),
    (
        "en",
        (
            "the dentist assistant held my hand on the suction tube to show the right angle. i was so "
            "focused i forgot to be nervous"
        ),
    ),
    (
        "en",
        "honestly i felt like crying when i messed up the order, but the manager said it happens to everyone",
    ),
    (
        "en",
        (
            "i notice it at home too, when my parents ask about school my stomach turns. but then we just "
            "talk and it's fine"
        ),
    ),
    ("en", "i was so nervous that i ran to the toilet twice before the interview 😂"),
    (
        "en",
        "my supervisor said i could stop for the day at 3 because i looked wrecked. i was! so much lifting",
    ),
    (
        "en",
        (
            "a patient died on the ward the day i was there. the nurses were so calm and respectful, i "
            "really look up to them now"
        ),
    ),
    ("en", "at the garage i got a cut on my arm from a sharp edge. tetanus shot, all good"),
    (
        "en",
        "i was dying of embarrassment when my mum came to pick me up at the internship and waved at everyone",
    ),
    (
        "en",
        (
            "i literally froze when the customer asked me something in french. then i just pointed at the "
            "menu 😂"
        ),
    ),
    ("en", "i dont wanna do this anymore, the cleaning part i mean. the rest of the internship is fine"),
    ("en", "i feel like nobody even noticed me there. not in a sad way, everyone was just super busy"),
    ("en", "after the interview i went home and slept for 3 hours, i was completely done"),
    ("en", "at the end my supervisor gave me a hug and said i can come back anytime. best feeling"),
    (
        "en",
        (
            "the vet nurse showed me how to hold the cat so it doesnt scratch. i still got scratched lol, "
            "bleeding hand"
        ),
    ),
    (
        "en",
        (
            "sometimes i think i'll never be good at this, then i remember week one when i couldnt even find "
            "the toilets"
        ),
    ),
)
