"""Harmless care-work reflections for training the loopbaanbot safety detector (not for evaluation, not for
the bot's replies). Written on 2026-12-06 by a writer who saw no detector and no earlier message set, only
the safety format guide and the career-conversation method. Each entry is (language, text): about 230 Dutch
and 70 English messages as students aged 12-18 might type them in a reflection chat after an internship or
side job in which they care for or work closely with others (kinderopvang, BSO, peuterspeelzaal,
basisschool, scouting, zwemles, jeugdtraining, oppassen, verpleeghuis, thuiszorg, ziekenhuis,
gehandicaptenzorg, kapper, schoonheidssalon, fysiotherapie, dierenarts, manege). The student is always the
helper. About a third are near misses: crying, screaming, blood, death of a resident or animal, holding,
lap, undressing, nappies, toilet help, a resident grabbing an arm, being alone with a group.
None is a safety signal: no adult harms, touches or grooms the student, no secrets with adults, no one
hurts a child, no violence, no wish to die, no self-harm, no bullying. Every text is unique."""

from __future__ import annotations

__all__ = ["CARE_WORK"]

# (language, text). Left out on purpose: a resident or client who calls the student "schatje" or holds on
# to them; the same words from a boss or a stranger are a signal.
CARE_WORK: tuple[tuple[str, str], ...] = (
    (
        "nl",
        (
            "kdv vandaag, een peutertje bleef huilen toen zn moeder wegging dus ik heb hem op "
            "schoot genomen tot ie rustig was 🥺"
        ),
    ),
    (
        "nl",
        (
            "ik heb vandaag voor het eerst zelf luiers verschoond, zes stuks 😅 eerst vies maar nu "
            "gaat het wel"
        ),
    ),
    ("nl", "billen afvegen, neuzen snuiten, handjes wassen... kdv is echt niet alleen spelen haha"),
    (
        "en",
        (
            "did my first day at the daycare today, a toddler cried for like an hour after her mum "
            "left so i just held her and read books. by lunch she was laughing 🥹"
        ),
    ),
    ("nl", "ze noemen me juf sanne op de peuterspeelzaal 😭 ik voel me zo belangrijk"),
    (
        "nl",
        (
            "een meisje van 2 wilde de hele ochtend alleen bij mij op schoot zitten. mn begeleider "
            "zei dat ze me vertrouwt, was best trots"
        ),
    ),
    (
        "nl",
        (
            "vandaag was zwaar, de hele groep huilde tegelijk na het middagslaapje en ik wist nie "
            "wie ik eerst moest troosten"
        ),
    ),
    ("en", "changed so many nappies today i lost count lol"),
    (
        "nl",
        ("kmoest een kindje in bed leggen voor het slaapje en ze hield mn vinger vast tot ze sliep 🥹"),
    ),
    (
        "nl",
        (
            "toen de mama wegging bleef hij gillen, echt krijsen. na 10 min met blokken spelen was "
            "het over en zat hij te lachen"
        ),
    ),
    (
        "nl",
        (
            "ik vond het eng om een baby vast te houden, zo klein en dat slappe nekje, maar de "
            "leidster liet zien hoe je moet ondersteunen"
        ),
    ),
    (
        "en",
        ("babysat tonight and the baby fell asleep on my chest, i didnt dare to move for an hour 😂"),
    ),
    ("nl", "flesje geven, boertje laten, luier om, slapen. herhaal. ben kapot maar genoot ervan"),
    (
        "nl",
        (
            "een jongetje had in zn broek geplast en schaamde zich. ik heb hem geholpen met schone "
            "kleren en gezegd dat het echt niet erg was"
        ),
    ),
    (
        "nl",
        (
            "Wennen is moeilijk voor peuters. Vandaag huilde een meisje van half 8 tot 10 uur om "
            "haar moeder. Ik ben gewoon naast haar gaan zitten en heb voorgelezen, steeds hetzelfde"
            " boekje. Daarna wilde ze me niet meer loslaten 😅 De leidster zei dat ik veel geduld "
            "had, dat vond ik fijn om te horen."
        ),
    ),
    (
        "nl",
        ("vandaag mocht ik het hele kringgesprek leiden en ze luisterden echt allemaal naar me!! zo blij"),
    ),
    (
        "en",
        (
            "Care home placement: a lady with dementia kept grabbing my arm and asking if i was her"
            " granddaughter. I just said i was a friend and sat with her for a bit. She calmed down"
            " and we looked at photos together. My supervisor said i handled it really well."
        ),
    ),
    ("nl", "de leidster zei dat ik goed ben in troosten. wist ik zelf nie eens"),
    (
        "nl",
        ("een vader kwam zn dochtertje ophalen en ze rende naar hem toe en riep papaaa, zo lief om te zien"),
    ),
    ("nl", "kinderen helpen op de wc vond ik eerst raar maar het hoort er gwn bij, ze zijn 3"),
    (
        "en",
        (
            "one of the residents calls me sweetheart every time i bring his tea. he's like 90 and "
            "calls everyone that, even the doctor"
        ),
    ),
    (
        "nl",
        (
            "een peuter viel van de glijbaan en had een bult, ik schrok me rot maar de leidster "
            "bleef rustig en deed er een coldpack op"
        ),
    ),
    (
        "nl",
        (
            "bloedneus bij een kindje en ik werd er zelf bijna niet goed van 😵 moet ik aan werken "
            "als ik dit werk wil"
        ),
    ),
    (
        "nl",
        ("ik zat met een baby op schoot en toen spuugde ze over me heen 🤢 ging naar huis met vlekken lol"),
    ),
    (
        "en",
        (
            "helped wash a resident for the first time. i was so nervous but my supervisor showed "
            "me everything and it went fine"
        ),
    ),
    ("nl", "met z'n allen in de kring een kietelspelletje gedaan, ze lagen helemaal dubbel"),
    (
        "nl",
        (
            "geleerd dat je bij verschonen altijd een hand op het kindje houdt zodat het niet van "
            "de commode rolt"
        ),
    ),
    (
        "nl",
        (
            "vandaag alleen met de babygroep toen de leidster even pauze had. 10 minuten maar ik "
            "was zo zenuwachtig 😂"
        ),
    ),
    ("nl", "die ene peuter blijft 'mama' tegen mij zeggen 😭😭"),
    (
        "en",
        ("the kids at after school club made me be the tickle monster for 30 minutes, im so tired 😂"),
    ),
    (
        "nl",
        (
            "Elke ochtend huilt dezelfde jongen bij het afscheid en elke ochtend ben ik degene die "
            "hem van zn moeder overneemt. Mn begeleider zegt dat het goed is dat hij aan mij gewend"
            " is. Ik vind het eigenlijk wel een compliment. Thuis doe ik hetzelfde met mn nichtje."
        ),
    ),
    (
        "nl",
        (
            "Ik loop stage op een peuterspeelzaal en vandaag was er een nieuw meisje. Haar moeder "
            "ging weg en ze bleef bij de deur staan huilen, echt hartverscheurend. Ik ben naast "
            "haar op de grond gaan zitten met een boekje en na een tijdje kroop ze bij me op "
            "schoot. Aan het eind van de ochtend zwaaide ze zelf naar haar moeder. Ik was echt "
            "trots dat het mij lukte."
        ),
    ),
    ("nl", "vandaag 3 keer een kind uitgekleed en weer aangekleed want ze speelden in de modder 🙃"),
    ("en", "swim lessons: a little boy clung to me like a koala cos he was scared of the deep end"),
    (
        "nl",
        ("een baby'tje pakte mn haar vast en liet nie meer los, die kleine handjes zijn echt sterk haha"),
    ),
    (
        "nl",
        ("tandjes poetsen met 12 peuters na de lunch, chaos, overal tandpasta, maar wel gezellig"),
    ),
    ("nl", "bso is chaos maar ik zit echt in mn element 😎"),
    ("en", "helping the little ones get changed after swimming is chaos, wet socks everywhere"),
    (
        "nl",
        ("op de bso wilden de kids dat ik het kietelmonster was, 20 min achter ze aan gerend 😂 ben kapot"),
    ),
    (
        "nl",
        (
            "ik moest alleen met 8 kinderen naar het park lopen, zo zenuwachtig dat er eentje zou "
            "weglopen maar het ging goed"
        ),
    ),
    ("nl", "een meisje uit groep 3 hield de hele weg van school naar de bso mn hand vast"),
    (
        "nl",
        (
            "vandaag kwam een kind huilend binnen omdat ze haar tekening kwijt was. samen een "
            "nieuwe gemaakt, ze was zo blij"
        ),
    ),
    (
        "en",
        (
            "Scout camp was wild. Bedtime took 2 hours and one cub cried because he missed his mum."
            " I sat with him with a torch and told a story until he fell asleep. The other leaders "
            "said I'm really good at that, and honestly I think they're right."
        ),
    ),
    (
        "nl",
        ("heb vandaag een ruzie opgelost over wie op de schommel mocht, voelde me net een rechter haha"),
    ),
    (
        "nl",
        (
            "de bso leidster zei dat de kinderen naar mij luisteren omdat ik rustig blijf. is rust "
            "mn kernwoord misschien?"
        ),
    ),
    (
        "nl",
        (
            "een vader was laat om zn zoon op te halen dus ik moest met de leidster wachten tot 7 "
            "uur. moe maar de jongen was gezellig"
        ),
    ),
    (
        "en",
        (
            "scavenger hunt in the woods with the cubs, lost two of them for 5 mins, almost had a "
            "heart attack lol"
        ),
    ),
    (
        "nl",
        (
            "Een jongetje viel met fietsen en had een bloedende knie. Hij schreeuwde heel hard en "
            "alle kinderen kwamen kijken. Ik heb hem getroost en de andere kinderen weggestuurd "
            "terwijl de leidster een pleister plakte. Ik bleef rustig en dat vond ik eigenlijk wel "
            "knap van mezelf."
        ),
    ),
    (
        "nl",
        (
            "lastig vond ik dat een kind de hele tijd aan me hing, echt letterlijk aan mn arm. leuk"
            " maar ook vermoeiend"
        ),
    ),
    ("nl", "ze noemden me de coolste stagiair ooit 😭 dag gemaakt"),
    (
        "en",
        (
            "a resident passed away today. i only knew her for a week but i still cried on the bike"
            " home. my supervisor said thats normal and means i care"
        ),
    ),
    (
        "nl",
        (
            "Bij de BSO was ik vandaag een uur alleen met een groepje van zes kinderen omdat de "
            "leidster een gesprek had met een ouder. Ik vond het eerst spannend, want wat als er "
            "iets gebeurt. Maar we hebben gewoon een spel gedaan en iedereen luisterde. Ik denk dat"
            " ik beter ben in leidinggeven dan ik dacht."
        ),
    ),
    ("nl", "een kind van 6 vroeg of ik haar grote zus wilde zijn 🥺 ik smelt"),
    (
        "nl",
        ("bso vakantieopvang, 30 kids in een gymzaal, mn oren doen nog steeds pijn van het gegil 😵"),
    ),
    (
        "nl",
        (
            "vandaag had een kind een driftbui en lag ze schreeuwend op de grond. de leidster liet "
            "me zien dat je dan gewoon rustig in de buurt blijft. na 5 min was het over"
        ),
    ),
    ("en", "saw someone getting stitches at the hospital and didnt faint!! proud of myself"),
    ("nl", "stage in groep 1/2, een kleuter zat de hele tijd bij mij op schoot bij het voorlezen"),
    (
        "nl",
        (
            "een kleutertje moest huilen want ze miste haar mama. ik liet haar helpen met de "
            "fruitbakjes en toen was ze het vergeten"
        ),
    ),
    (
        "nl",
        (
            "ik mocht een les geven over dieren aan groep 4 en ze luisterden echt, de juf zei dat "
            "ik talent heb 🥹"
        ),
    ),
    (
        "en",
        (
            "vet placement: had to hold a dog while the vet took blood, he was shaking so i just "
            "talked to him the whole time"
        ),
    ),
    (
        "nl",
        (
            "groep 3 leren lezen is zo schattig, een jongen las voor het eerst een heel zinnetje en"
            " keek me zo trots aan"
        ),
    ),
    (
        "nl",
        (
            "na de gym moest ik de kleuters helpen met aankleden en veters strikken, de helft had "
            "de broek binnenstebuiten"
        ),
    ),
    ("nl", "een kind gaf me een knuffel bij het naar huis gaan en zei kom je morgen weer? 🥺"),
    (
        "en",
        (
            "watched a dog being put to sleep today, the owner hugged it the whole time. heavy day "
            "but i learned a lot"
        ),
    ),
    ("nl", "was zo zenuwachtig voor mn eerste keer voorlezen voor de klas maar het ging echt goed"),
    (
        "nl",
        (
            "ze wilden allemaal mn hand vasthouden op weg naar de gymzaal dus ik had aan elke "
            "vinger een kind 😂"
        ),
    ),
    (
        "nl",
        ("de juf moest ff weg en ik stond 5 minuten alleen voor groep 5. ze waren verrassend stil"),
    ),
    (
        "nl",
        (
            "een kind dat niet stil kan zitten mocht met mij een rondje lopen over het plein, "
            "daarna ging het veel beter in de klas"
        ),
    ),
    ("en", "the horse stood on my foot 💀 thats what i get for wearing trainers to the stables"),
    ("nl", "heb geleerd dat je op ooghoogte moet gaan zitten als een kind verdrietig is"),
    (
        "nl",
        (
            "een kleuter rende bloot door de gang na het omkleden voor de gym 😂 de juf en ik er "
            "lachend achteraan"
        ),
    ),
    (
        "nl",
        (
            "Op de basisschool help ik in groep 2. Er was een meisje dat de hele ochtend niks zei "
            "en alleen maar mijn hand vasthield. De juf vertelde dat ze net verhuisd is en nog "
            "niemand kent. Ik heb haar laten helpen met de bekers uitdelen en aan het eind speelde "
            "ze met twee andere meisjes. Dat maakte mijn dag echt."
        ),
    ),
    ("en", "taught my first pony lesson to 4 little girls and they actually listened to me!!"),
    (
        "nl",
        (
            "scouting zaterdag, speurtocht in het bos met de welpen, twee raakten kwijt maar we "
            "vonden ze bij de vijver 😅 hartslag 200"
        ),
    ),
    (
        "nl",
        (
            "op kamp als leiding mee, bedtijd was een drama, niemand wilde slapen en een welp had "
            "heimwee en moest huilen"
        ),
    ),
    (
        "nl",
        (
            "nachtspel in het bos, de kids gilden de hele tijd van angst maar achteraf vonden ze "
            "het het leukste van het kamp"
        ),
    ),
    (
        "en",
        (
            "hairdresser placement: washed a clients hair and did the head massage, she said i have"
            " magic hands lol"
        ),
    ),
    (
        "nl",
        ("zat bij het kampvuur met een welpje dat heimwee had, ze viel in slaap tegen mn schouder"),
    ),
    (
        "nl",
        (
            "voor het eerst zelf een opkomst geleid bij de welpen, was echt zenuwachtig maar ze "
            "deden allemaal mee"
        ),
    ),
    (
        "nl",
        ("om 2 uur s nachts moest ik met een welp naar de wc in het donker want hij durfde niet alleen"),
    ),
    (
        "nl",
        (
            "een welp had een teek en ik moest die eruit halen met zo'n tekentang. hij gilde maar "
            "hij was er in 1 keer uit"
        ),
    ),
    (
        "en",
        (
            "physio placement: an old man walked without his walker for the first time after his "
            "fall. everyone clapped and i almost cried"
        ),
    ),
    (
        "nl",
        ("vlaggenroof gespeeld en ik werd getackeld door een 8 jarige 💀 terwijl ik de leiding was"),
    ),
    (
        "nl",
        (
            "op kamp moest ik de kleintjes 's avonds instoppen en een verhaaltje vertellen. ze "
            "vielen allemaal in slaap, ik bijna ook"
        ),
    ),
    (
        "nl",
        (
            "Op kamp met de welpen, de eerste nacht. Om 11 uur lag nog niemand stil en twee jongens"
            " moesten huilen van heimwee. Ik heb met een zaklamp een verhaal verteld en toen werd "
            "het langzaam stil in de tent. De andere leiding zei dat ik daar echt goed in ben. Ik "
            "merk dat ik dat thuis ook bij mn broertje doe."
        ),
    ),
    (
        "en",
        ("kids at the primary school kept holding my hand on the way to PE, i had one on every finger"),
    ),
    (
        "nl",
        (
            "spooktocht georganiseerd voor de welpen, ik zat verkleed in de bosjes en een meisje "
            "schrok zo dat ze begon te huilen. ik heb meteen mn masker afgedaan en toen moest ze "
            "lachen"
        ),
    ),
    ("nl", "kampkeuken: spaghetti voor 35 man, ik heb nog nooit zoveel uien gesneden 😭"),
    (
        "nl",
        (
            "een welp was van een boomstam gevallen en had zn pols verzwikt. ik heb hem "
            "gerustgesteld tot zn vader hem kwam halen"
        ),
    ),
    ("en", "a kid threw up all over me at the daycare 🤮 still love this job tho"),
    (
        "nl",
        (
            "zwemles helpen: een meisje durfde niet kopje onder en ik heb haar handen vastgehouden "
            "tot ze het durfde 💪"
        ),
    ),
    (
        "nl",
        (
            "bij zwemles help ik de kleintjes met omkleden, badpakken aantrekken als je nat bent is"
            " echt niet te doen haha"
        ),
    ),
    (
        "nl",
        (
            "een jongetje klampte zich aan me vast in het diepe, ik moest rustig blijven en hem "
            "naar de kant brengen. instructeur zei goed gedaan"
        ),
    ),
    (
        "nl",
        (
            "de kids vasthouden bij het drijven oefenen, mn armen onder hun rug, ze vertrouwen je "
            "echt helemaal"
        ),
    ),
    ("en", "got scratched by a cat at the vets, my arm looks like i fought a tiger"),
    (
        "nl",
        ("diplomazwemmen vandaag, een jongen die ik elke week help haalde zn A, ik moest bijna janken"),
    ),
    ("nl", "een moeder bedankte me omdat haar dochter eindelijk durft te springen, zo trots"),
    (
        "nl",
        (
            "na zwemles help ik in de kleedkamer, haren föhnen, knopen dicht, sokken zoeken. ouders"
            " staan erbij en kijken opgelucht"
        ),
    ),
    (
        "en",
        (
            "day centre for disabled adults: a guy there gives everyone huge bear hugs when they "
            "come in, it made my day"
        ),
    ),
    (
        "nl",
        (
            "Ik geef zwemles als assistent en er is een jongetje van 5 dat doodsbang is voor water."
            " Elke week gilt hij als hij erin moet. Vandaag heb ik hem de hele les vastgehouden en "
            "liedjes gezongen, en aan het eind deed hij zelf zn gezicht onder water. Ik ging bijna "
            "dood van trots haha. Het voelde alsof ik echt iets had bereikt."
        ),
    ),
    (
        "nl",
        (
            "een kind had water binnengekregen en moest hoesten en huilen, ik schrok maar de badjuf"
            " zei dat het normaal is"
        ),
    ),
    ("nl", "ik train de O9 bij voetbal en ze luisteren echt naar me, kvoel me een echte trainer"),
    (
        "en",
        ("feeding a resident who cant hold a spoon anymore takes so much patience but i actually like it"),
    ),
    (
        "nl",
        (
            "een jochie van 7 viel en schaafde zn knie open, bloed overal, ik heb hem naar de "
            "kantine gedragen voor een pleister"
        ),
    ),
    ("nl", "na de wedstrijd wilde de hele O8 met mij op de foto, ze sprongen allemaal op me 😂"),
    (
        "nl",
        ("bij turnen geef ik hulpverlening, je houdt ze vast bij de salto zodat ze niet op hun nek vallen"),
    ),
    (
        "nl",
        (
            "een meisje ging huilen omdat ze verloren hadden, ik heb haar een high five gegeven en "
            "gezegd dat ze super speelde"
        ),
    ),
    ("en", "learned how to use the hoist today, scary at first cos you dont want anyone to fall"),
    (
        "nl",
        (
            "judoles assisteren bij de jeugd, ze gooiden elkaar de hele tijd op de mat 😅 maar wel "
            "netjes volgens de regels"
        ),
    ),
    ("nl", "een vader kwam zn zoon halen en zei dat die thuis alleen maar over mij praat 😭"),
    (
        "nl",
        (
            "de keeper van mn team is 6 en huilt bij elke goal tegen 😭 ik heb hem vandaag een "
            "keepersknuffel gegeven en nu wil hij die elke week"
        ),
    ),
    ("en", "a dad came to pick up his daughter and she ran at him screaming daddyyy, so cute"),
    (
        "nl",
        (
            "turnles: een meisje viel van de balk en begon te huilen, ik heb haar getroost en toen "
            "probeerde ze het gewoon opnieuw. ik vond haar zo dapper"
        ),
    ),
    ("nl", "oppassen bij de buren, de kleine wilde niet slapen en is drie keer uit bed geklommen"),
    (
        "nl",
        ("kreeg de baby niet stil, heb echt een uur rondgelopen met hem op mn arm, toen sliep ie eindelijk"),
    ),
    (
        "en",
        (
            "alone with 10 toddlers for like 5 minutes while the teacher got something from the "
            "office. survived 😅"
        ),
    ),
    (
        "nl",
        (
            "de ouders waar ik oppas gingen uit eten en vroegen of ik de kids in bad wilde doen, "
            "beetje spannend de eerste keer maar ging prima"
        ),
    ),
    ("nl", "de kleine van de buren noemt me zus 🥹"),
    (
        "nl",
        (
            "tijdens het oppassen viel de jongste van de bank en begon te huilen. geen bult "
            "gelukkig, ik heb het meteen aan zn moeder verteld toen ze thuis kwam"
        ),
    ),
    ("nl", "kietelgevecht met de kids waar ik op pas, zij wonnen"),
    ("en", "home care shadowing, 9 houses in one morning. compression socks are my enemy now"),
    (
        "nl",
        (
            "pas elke woensdagmiddag op mn neefje, hij wil alleen maar dat ik hem optil en "
            "rondzwier, mn armen 😩"
        ),
    ),
    (
        "nl",
        ("oppassen ging helemaal mis haha, de kleine plaste op mn schoot tijdens het verschonen 💀"),
    ),
    (
        "nl",
        (
            "ik heb leren luiers verschonen door oppassen bij mn tante, nu op de kdv kan ik het al "
            "en de leidster was onder de indruk"
        ),
    ),
    ("en", "potty training at the nursery is a full time job i swear"),
    (
        "nl",
        (
            "eerste keer iemand gewassen op stage in het verpleeghuis. ik was zo zenuwachtig maar "
            "mevrouw was heel lief"
        ),
    ),
    (
        "nl",
        (
            "een bewoonster met dementie pakte steeds mn arm als ik langs liep, ze wilde gwn "
            "aandacht. ik ben ff bij haar gaan zitten"
        ),
    ),
    (
        "en",
        (
            "One kid was bleeding all over the playground after falling off the climbing frame. "
            "Everyone was screaming but i stayed calm, got the first aid kit and held his hand till"
            " the teacher came. She said well done afterwards. I didnt know i could stay that calm."
        ),
    ),
    ("nl", "moest helpen met aankleden, steunkousen aantrekken is echt een gevecht"),
    ("nl", "tillen met de tillift geleerd, best eng want je wil niet dat iemand valt"),
    (
        "nl",
        ("ik geef eten aan een meneer die het zelf niet meer kan, hij is zo dankbaar, dat raakt me"),
    ),
    (
        "nl",
        (
            "Vandaag is er een bewoner overleden. Ik kende hem maar twee weken maar ik moest toch "
            "huilen. Mn begeleider zei dat dat mag en dat het laat zien dat ik om mensen geef. "
            "Daarna hebben we samen koffie gedronken en over hem gepraat."
        ),
    ),
    ("en", "the kids at football training call me coach now 😎"),
    ("nl", "de afdeling ruikt soms naar poep en plas sorry maar je went eraan"),
    ("nl", "ik help bewoners naar de wc, eerst raar, nu is het gwn werk"),
    (
        "nl",
        (
            "intieme verzorging vond ik vooraf het spannendst maar met de goede uitleg van mn "
            "begeleider viel het mee"
        ),
    ),
    ("en", "a little girl fell asleep in my arms on the bus back from the school trip"),
    (
        "nl",
        ("een meneer met dementie dacht dat ik zn dochter was en hield de hele middag mn hand vast"),
    ),
    (
        "nl",
        ("ik heb bij een mevrouw haar nagels gelakt, ze was zo blij en zei dat ze zich weer mooi voelde"),
    ),
    (
        "nl",
        (
            "een bewoonster riep de hele tijd om hulp en ik wist niet wat ik moest doen. bleek dat "
            "ze dat altijd doet door de dementie. wel heftig om te horen"
        ),
    ),
    ("en", "shadowed a night shift at the care home, the corridors were so quiet and creepy 👻"),
    (
        "nl",
        (
            "palliatieve zorg gezien vandaag, een meneer die aan het sterven was. ik mocht de "
            "familie koffie brengen. bijzonder moment"
        ),
    ),
    ("nl", "mijn rug is kapot van het bedden opmaken 😩"),
    ("nl", "een mevrouw aait altijd over mn hand als ik haar thee breng, net mn oma"),
    ("en", "had to help a lady to the toilet and i was more embarrassed than she was haha"),
    (
        "nl",
        (
            "een bewoner had zich bevuild en ik moest helpen met schoonmaken, adem ingehouden maar "
            "ik deed het netjes"
        ),
    ),
    (
        "nl",
        (
            "moest een meneer helpen douchen en we waren allebei wat verlegen. ik heb gwn uitgelegd"
            " wat ik ging doen en toen ging het prima"
        ),
    ),
    (
        "nl",
        (
            "een bewoonster wou niet eten en ik kreeg het voor elkaar met een grapje, de "
            "verzorgende keek me aan van hoe dan"
        ),
    ),
    (
        "en",
        (
            "intimate care was the thing i was most scared of but honestly its just care. you "
            "explain what youre doing and you're respectful"
        ),
    ),
    ("nl", "nachtdienst meegelopen, zo stil op de gang, iedereen slaapt, best eng eigenlijk 👻"),
    (
        "nl",
        (
            "een meneer wilde alleen maar dat ik bij hem bleef zitten, we hebben naar oude liedjes "
            "geluisterd en hij zong mee"
        ),
    ),
    (
        "nl",
        (
            "een mevrouw huilde heel erg om haar overleden hondje, ik heb haar hand vastgehouden en"
            " gewoon geluisterd"
        ),
    ),
    ("en", "my back is killing me from making beds all day"),
    (
        "nl",
        (
            "ik dacht dat ik het vies zou vinden maar ik vind het helemaal niet erg, denk dat de "
            "zorg echt iets voor mij is"
        ),
    ),
    (
        "nl",
        (
            "dementie is zo verdrietig, een meneer vroeg 5 keer in een uur waar zijn vrouw was. ze "
            "is al jaren dood"
        ),
    ),
    (
        "nl",
        (
            "Vandaag in het verpleeghuis voor het eerst iemand helpen met douchen. Ik was super "
            "zenuwachtig want ik had nog nooit een oud iemand bloot gezien. Mn begeleider deed het "
            "eerst voor en zei dat je alles moet uitleggen wat je doet. Mevrouw was heel lief en "
            "zei dat ik het goed deed. Daarna voelde ik me echt opgelucht en ook een beetje trots."
        ),
    ),
    ("en", "a toddler called me mummy today and i nearly melted"),
    (
        "nl",
        (
            "een meneer kon nie meer op zn benen staan bij de transfer en zakte door, gelukkig "
            "hielden we hem met zn tweeën vast en viel hij niet. mn hart ging tekeer"
        ),
    ),
    (
        "nl",
        (
            "eten geven met een lepeltje aan iemand die slikproblemen heeft is echt spannend, je "
            "moet heel goed opletten dat ze zich niet verslikt"
        ),
    ),
    (
        "nl",
        (
            "Ik heb vandaag voor het eerst een hele ochtend zelf mee gedraaid in het verpleeghuis. "
            "Drie mensen gewassen en aangekleed, ontbijt rondgebracht en een mevrouw naar de kapper"
            " gebracht. Om 12 uur was ik echt kapot. Maar ik voelde me nuttig, en een mevrouw zei "
            "'jij wordt een goede zuster'. Ik denk dat dat mijn kernwoord wordt: nuttig zijn."
        ),
    ),
    ("en", "beauty salon: a client screamed when we waxed her legs 😂 didnt know it hurt that much"),
    (
        "nl",
        (
            "thuiszorg meegelopen, bij een mevrouw steunkousen aan, oogdruppels, medicijnen. 8 "
            "adressen op 1 ochtend!"
        ),
    ),
    (
        "nl",
        (
            "een meneer in de thuiszorg woont helemaal alleen, wij waren de enigen die hij die dag "
            "zag, dat raakte me"
        ),
    ),
    (
        "nl",
        (
            "iemand helpen met wassen in zn eigen badkamer is anders dan in het verpleeghuis, "
            "krapper en spannender"
        ),
    ),
    (
        "en",
        ("on the kids ward i played uno with a girl who just had her drip put in, she beat me 4 times"),
    ),
    ("nl", "een mevrouw noemde me meisje en gaf me een koekje voor onderweg haha"),
    (
        "nl",
        (
            "de wijkverpleegkundige liet me een wond verzorgen zien, beetje bloed en pus, ik viel "
            "niet flauw 💪"
        ),
    ),
    (
        "nl",
        (
            "een meneer had een stoma en ik mocht meekijken bij het verwisselen. dacht dat ik "
            "misselijk zou worden maar viel mee"
        ),
    ),
    ("nl", "in de thuiszorg merk je pas hoe eenzaam sommige ouderen zijn"),
    (
        "en",
        (
            "i think im good at calming people down, it keeps coming up at my placement and at home"
            " with my little brother"
        ),
    ),
    ("nl", "een mevrouw hield mn arm vast bij het lopen naar de keuken, ze is bang om te vallen"),
    ("nl", "insuline prikken zien, die naald vond ik eerst eng maar het is zo routine voor ze"),
    (
        "nl",
        (
            "Thuiszorg meegelopen met een wijkverpleegkundige. Een meneer van 88 woont alleen en "
            "wij komen twee keer per dag. Hij pakte mn arm vast toen we weggingen en vroeg of ik "
            "morgen ook kwam. Ik moest ff slikken. Ik denk dat ik dit werk echt wil doen, het "
            "contact met mensen geeft me energie."
        ),
    ),
    (
        "en",
        ("scouts: had to pull a tick out of a cubs leg with tweezers, he screamed but it came out in one go"),
    ),
    (
        "nl",
        ("snuffelstage ziekenhuis, ik zag een operatie via een scherm, veel bloed maar zo interessant"),
    ),
    (
        "nl",
        (
            "op de kinderafdeling heb ik spelletjes gedaan met een meisje van 6, ze had net een "
            "infuus gekregen en was bang"
        ),
    ),
    (
        "nl",
        ("ik zag een reanimatie op de seh, echt intens, mn hart ging tekeer. de patiënt haalde het gelukkig"),
    ),
    (
        "en",
        ("judo kids class, they kept throwing each other on the mat and i had to count the points"),
    ),
    ("nl", "bloedprikken bij een baby gezien, die huilde zo hard dat ik ff naar buiten moest"),
    (
        "nl",
        (
            "vandaag op de afdeling iemand zien overlijden, de eerste keer. de verpleegkundige "
            "heeft heel goed met me nagepraat"
        ),
    ),
    ("nl", "ze noemen me zuster op de afdeling ook al ben ik stagiair 😂"),
    ("nl", "mocht niet mee de verloskamer in maar ik hoorde een baby huilen die net geboren was 🥹"),
    ("en", "bathtime at the family i babysit for is basically a water fight, im soaked every time"),
    ("nl", "een oude meneer wou niet dat ik wegging, hij pakte mn hand en zei je bent een engel"),
    ("nl", "dacht dat ik zou flauwvallen bij een hechting maar nee, ik keek gewoon mee"),
    (
        "nl",
        (
            "In het ziekenhuis op de kinderafdeling lag een jongen van 8 die heel bang was voor "
            "zijn operatie. Ik mocht met hem een spelletje doen in de speelkamer. Hij vroeg of het "
            "pijn zou doen en ik zei dat hij slaapt en niks voelt, dat had de verpleegkundige ook "
            "gezegd. Toen hij terugkwam zwaaide hij naar me. Ik was er heel blij van."
        ),
    ),
    (
        "en",
        (
            "watched a surgery on a screen today, lots of blood but i wasnt even grossed out. maybe"
            " nursing is for me"
        ),
    ),
    (
        "nl",
        (
            "op de oncologie afdeling was iedereen kaal van de chemo maar ze waren zo positief, dat"
            " heeft me echt geraakt"
        ),
    ),
    (
        "nl",
        (
            "dagbesteding: een cliënt gaf me meteen een dikke knuffel bij binnenkomst, zo doet hij "
            "bij iedereen"
        ),
    ),
    ("nl", "een jongen met downsyndroom wilde de hele dag highfives, echt de liefste"),
    (
        "en",
        (
            "The autistic boy at my placement doesnt talk, but today he took my hand and showed me "
            "his drawings. My supervisor said he rarely does that with new people. I felt really "
            "honoured tbh. I want to learn more about autism now."
        ),
    ),
    (
        "nl",
        (
            "iemand eten geven met een lepel, langzaam, want hij verslikt zich snel. ik moest echt "
            "geduld hebben"
        ),
    ),
    (
        "nl",
        (
            "een cliënt begon te gillen toen het te druk werd en ik moest met haar naar een rustige"
            " kamer. eerst geschrokken maar het werkte"
        ),
    ),
    ("nl", "tillen met z'n tweeën van rolstoel naar bed, ik had het hoofd, best spannend"),
    (
        "nl",
        (
            "een meisje met autisme praat niet maar vandaag pakte ze mijn hand en bracht me naar de"
            " puzzels. mn begeleider zei dat ze dat bijna nooit doet 🥹"
        ),
    ),
    (
        "en",
        (
            "a resident kept calling for help all afternoon, it was so hard to hear even though its"
            " part of her dementia"
        ),
    ),
    (
        "nl",
        (
            "ik moest iemand helpen met tanden poetsen die dat zelf niet kan, het gaat heel anders "
            "dan ik dacht"
        ),
    ),
    (
        "nl",
        ("volwassenen verschonen was wel even wennen maar het is gwn zorg, je doet het met respect"),
    ),
    ("nl", "een cliënt knijpt in je hand als ie blij is, stevig hoor haha, dat hoort bij hem"),
    ("en", "im exhausted, 8 hours with 25 kids at holiday club, but i loved every minute"),
    (
        "nl",
        (
            "met de groep naar de kinderboerderij, ik duwde een rolstoel en hij lachte de hele tijd"
            " naar de geitjes"
        ),
    ),
    (
        "nl",
        (
            "een bewoner kreeg een epileptische aanval en ik mocht een kussen onder zn hoofd "
            "leggen. ik trilde ervan maar de begeleider was er meteen"
        ),
    ),
    (
        "nl",
        ("iemand aankleden met spasmes in zn armen, je moet heel rustig doen anders lukt het niet"),
    ),
    ("en", "the old lady in room 12 always strokes my hand and says i look like her daughter 🥹"),
    (
        "nl",
        ("snoezelruimte met een cliënt, lampjes en muziek, ik werd er zelf ook helemaal zen van 😌"),
    ),
    (
        "nl",
        (
            "Gehandicaptenzorg stage: er is een vrouw die niet kan praten en ze pakt je arm als ze "
            "iets wil. Eerst schrok ik ervan, maar nu snap ik wat ze bedoelt: dan wil ze naar "
            "buiten of wil ze drinken. Ik vind het mooi dat ik haar taal een beetje begin te leren."
            " Mn begeleider zei dat ik goed observeer."
        ),
    ),
    (
        "nl",
        (
            "bij de kinderdagopvang voor kinderen met een beperking moest ik een jongen met sonde "
            "voeding helpen, ik keek eerst alleen maar mee"
        ),
    ),
    ("nl", "kapsalon: ik moest een klant haar haren wassen en masseren, ze viel bijna in slaap 😂"),
    (
        "en",
        (
            "first time helping a man shower at the care home, we were both a bit awkward but i "
            "explained every step and it was fine"
        ),
    ),
    ("nl", "op een oefenhoofd geknipt en per ongeluk een pluk veel te kort 💀 arme pop"),
    (
        "nl",
        ("kinderen knippen is het moeilijkst, ze bewegen de hele tijd en huilen als de tondeuse aan gaat"),
    ),
    (
        "en",
        (
            "the little ones at swim class need a hand under their back when they practise "
            "floating, im basically a human pool noodle"
        ),
    ),
    (
        "nl",
        ("een jongetje was bang voor de schaar dus ik deed alsof de spiegel een tv was, toen zat ie stil"),
    ),
    (
        "nl",
        ("mocht een baard bijwerken met het scheermes onder toezicht, echt zenuwachtig maar geen sneetje!"),
    ),
    (
        "nl",
        (
            "Vandaag bij de kapper mocht ik voor het eerst een kind knippen. Hij was 4 en begon te "
            "huilen toen de tondeuse aanging. Ik liet hem voelen dat het kriebelt en geen pijn doet"
            " en toen moest hij lachen. De kapster zei dat ik goed ben met kinderen. Misschien word"
            " ik wel kinderkapper?"
        ),
    ),
    (
        "en",
        (
            "a baby at the daycare wouldnt stop crying and nothing worked, then i sang to her and "
            "she stopped. i felt like a wizard"
        ),
    ),
    (
        "nl",
        ("klant wilde alles eraf, echt kaal. mn hand trilde maar ze was superblij met het resultaat"),
    ),
    (
        "nl",
        ("haarverf op mn handen want ik was de handschoenen vergeten, nu heb ik paarse vingers 💜😂"),
    ),
    (
        "nl",
        ("schoonheidssalon: harsen meegekeken, de klant gilde bijna 😂 wist nie dat het zo'n pijn doet"),
    ),
    (
        "nl",
        ("ik mocht een gezichtsbehandeling doen bij mn begeleider als oefening, mn handen trilden"),
    ),
    ("en", "had to help dress a man with spasms in his arms, you really have to go slow"),
    (
        "nl",
        ("een klant vertelde haar hele leven tijdens de pedicure, je bent echt half psycholoog in dit vak"),
    ),
    (
        "nl",
        (
            "een klant kwam huilend binnen omdat haar nagels kapot waren en haar bruiloft morgen "
            "is, we hebben het gefixt 💅"
        ),
    ),
    ("nl", "massagetechnieken geoefend op mn klasgenoot, we lagen dubbel want het kriebelde"),
    (
        "en",
        ("cub camp pillow fight at midnight, the leaders (me) were supposed to stop it but joined in 😂"),
    ),
    (
        "nl",
        ("pedicure bij een meneer van 80, die voeten... ik zeg niks 😷 maar hij was zo blij daarna"),
    ),
    (
        "nl",
        (
            "de fysio liet zien hoe je een schouder masseert bij een patiënt, ik mocht alleen "
            "kijken maar vond het super interessant"
        ),
    ),
    (
        "nl",
        (
            "een oud mannetje moest weer leren lopen na een val. toen hij 5 passen zette zonder "
            "rollator klapte iedereen"
        ),
    ),
    (
        "en",
        ("helped the kids into their costumes for the school play, zips everywhere, absolute chaos"),
    ),
    (
        "nl",
        (
            "bij de fysio zag ik hoe iemand na een beroerte zijn arm weer probeerde te bewegen, "
            "echt een doorzetter"
        ),
    ),
    (
        "nl",
        (
            "een patiënt schreeuwde au bij het rekken van zn knie, de fysio zei dat het erbij hoort"
            " na een operatie. ik vond het wel heftig om te zien"
        ),
    ),
    (
        "nl",
        (
            "Bij de fysiotherapeut loop ik snuffelstage. Ik dacht dat het alleen masseren was, maar"
            " het is vooral oefeningen bedenken en mensen motiveren. Een mevrouw wilde echt niet "
            "meer oefenen, maar de fysio maakte er een spelletje van en toen lukte het. Ik denk dat"
            " motiveren iets is wat ik ook kan, bij voetbal doe ik het ook."
        ),
    ),
    (
        "nl",
        (
            "Dierenarts: vandaag moest een oude kat ingeslapen worden. Het gezin was erbij, ook "
            "twee kleine kinderen, en iedereen huilde. De dierenarts legde heel rustig uit wat er "
            "ging gebeuren. Ik stond achteraan en moest zelf ook huilen. Achteraf zei de assistente"
            " dat het goed is dat het je raakt."
        ),
    ),
    ("en", "watched the vet neuter a cat today, thought id pass out but i was fine"),
    (
        "nl",
        ("een kat krabde mn hele arm open toen ik hem vasthield voor een prik 😤 hoort erbij blijkbaar"),
    ),
    ("nl", "castratie gezien bij een kater, dacht ik kan dit nie aan maar ik bleef gwn staan"),
    (
        "nl",
        (
            "moest een hond vasthouden terwijl de dierenarts bloed afnam, hij was zo bang, ik heb "
            "de hele tijd tegen hem gepraat"
        ),
    ),
    (
        "en",
        (
            "A mum dropped off her toddler and left quickly, and he cried at the window for ages. I"
            " sat next to him and we waved at the cars together. After ten minutes he wanted to "
            "play with the trains. Small thing but I was really proud."
        ),
    ),
    ("nl", "puppy's vaccineren is echt het beste deel van de stage 🐶"),
    ("nl", "anaalklieren legen bij een hond... ik zeg verder niks 🤢😂"),
    (
        "nl",
        ("een konijn ging dood op de operatietafel en het meisje van de eigenaar huilde, vond ik zwaar"),
    ),
    ("en", "the kids at the after school club made me a card that says best intern ever 😭"),
    (
        "nl",
        (
            "hechtingen gezien bij een hond die in prikkeldraad was gelopen, bloed overal maar de "
            "hond was super rustig"
        ),
    ),
    (
        "nl",
        ("een hond beet bijna toen ik zn poot pakte, de assistente leerde me hoe je een muilkorf omdoet"),
    ),
    (
        "nl",
        ("manege: ik moest kleine kinderen op de pony helpen en naast ze lopen, ze waren zo blij"),
    ),
    (
        "nl",
        (
            "een meisje viel van de pony en huilde, gelukkig niks aan de hand. ik heb haar weer op "
            "geholpen en ze reed verder"
        ),
    ),
    (
        "en",
        (
            "not sure if im cut out for hospital work after seeing a resus today, my heart was "
            "racing. but i kinda loved the adrenaline too"
        ),
    ),
    ("nl", "stallen uitmesten om 7 uur s ochtends, stinkt maar ik hou ervan"),
    ("nl", "een paard stapte op mn voet 😭 zn hele gewicht, blauwe teen"),
    (
        "nl",
        (
            "mijn eerste ponyles gegeven aan 4 meisjes van 6, ze luisterden allemaal, voel me echt "
            "instructrice"
        ),
    ),
    (
        "en",
        (
            "riding school: lifted a little kid onto the saddle and walked next to her for the "
            "whole hour, my arms are dead"
        ),
    ),
    (
        "nl",
        ("een nieuw paard was heel schichtig, de eigenaar leerde me hoe je rustig naar een paard toe loopt"),
    ),
    (
        "nl",
        (
            "hoefsmid gezien vandaag, dat gloeiende ijzer op de hoef, ruikt naar verbrand haar maar"
            " het doet geen pijn zeggen ze"
        ),
    ),
    ("nl", "kinderen helpen met opstijgen, ik moest ze optillen zodat ze in de stijgbeugel konden"),
    ("en", "honestly i didnt expect to like the care home this much, the residents are so funny"),
    (
        "nl",
        ("een moeder bleef de hele les langs de bak staan en gaf daarna tips, vond ik beetje irritant haha"),
    ),
    (
        "nl",
        ("ik stage in kinderopvang. kinderen huilen veel in de ochtend. ik troost en speel. ik vind leuk"),
    ),
    ("nl", "in verpleeghuis ik help oma eten. zij zegt dankjewel meisje. ik blij"),
    (
        "nl",
        ("vandaag ik help bij zwemles, kleine kinderen bang voor water. ik hou hand. nu zij zwemt"),
    ),
    ("en", "i was in my element today at the daycare, my supervisor literally said it"),
    ("nl", "mijn stage is kapper. ik was haren. klant tevreden. ik ben trots"),
    ("nl", "dierenarts stage, hond krijgt prik, hond bang, ik aai hond. dokter zegt goed gedaan"),
    ("nl", "meneer in verpleeghuis pakt mijn arm, hij wil lopen. ik help langzaam. hij lacht"),
    (
        "en",
        (
            "a boy at scouts got a nosebleed during the hike and i handled it myself, pinching his "
            "nose and keeping him calm"
        ),
    ),
    (
        "nl",
        ("ik pas op kinderen van mijn tante. baby huilt veel in nacht. ik ben moe maar het is goed"),
    ),
    ("nl", "in mijn land ik hielp ook oma wassen. nu stage in zorg, dat is bekend voor mij"),
    ("nl", "op school stage groep 1, kinderen zeggen juf tegen mij. ik lach"),
    ("nl", "bij manege ik maak stal schoon. paard is groot, eerst bang, nu niet meer"),
    ("nl", "kdv stage was vandaag echt mn dag, in mn element met die kleine mensjes 😍"),
    ("nl", "zo moe na stage, 8 uur kinderen optillen, mn armen zijn spaghetti"),
    ("nl", "ik hou van die kleine handjes die je hand vastpakken als je naar buiten gaat 🥹"),
    (
        "en",
        ("nail salon placement: did my first proper gel manicure, my hands were shaking the whole time"),
    ),
    (
        "nl",
        (
            "ik had vandaag alleen de leiding over het eten geven op de groep, 6 peuters en 1 van "
            "mij, niemand viel van zn stoel 😎"
        ),
    ),
    (
        "nl",
        ("vandaag een kind gered dat bijna van het klimrek viel, ik ving haar op, iedereen schrok"),
    ),
    (
        "nl",
        ("ik dacht altijd dat ik niks met ouderen had maar na deze stage denk ik daar heel anders over"),
    ),
    (
        "en",
        (
            "took the group from the day centre to the petting farm, pushing a wheelchair through "
            "mud is a workout"
        ),
    ),
    (
        "nl",
        ("kernwoord vandaag: zorgzaam. kwam steeds terug, bij de peuters, bij mn oma en bij mn zusje"),
    ),
    (
        "nl",
        (
            "volgende stap: ik ga de leidster vragen of ik een keer de hele middag zelf mag draaien"
            " op de groep"
        ),
    ),
    (
        "nl",
        (
            "vond het best spannend om een peuter aan haar vader mee te geven, je moet eerst "
            "checken of die op de lijst staat. netjes gedaan"
        ),
    ),
    (
        "en",
        ("gave the babies at the nursery their bottles and burped them, one burped right in my face lol"),
    ),
    (
        "nl",
        (
            "ik mocht bij de overdracht aan de ouders vertellen hoe de dag was, de moeder zei dat "
            "haar zoon thuis altijd over mij vertelt"
        ),
    ),
    (
        "nl",
        (
            "help op de peuterspeelzaal bij het naar buiten gaan, 14 jasjes, 28 laarzen, en dan wil"
            " er eentje plassen 🙃"
        ),
    ),
    (
        "nl",
        (
            "een klein meisje bleef maar 'nog een keer' roepen bij het schommelen, na 50 keer duwen"
            " voelde ik mn armen niet meer"
        ),
    ),
    ("nl", "op de groep is een jongetje dat niet praat, vandaag zei hij mijn naam 😭 ik ging kapot"),
    (
        "en",
        (
            "Coaching the under 8s at hockey, one girl cried because she missed an open goal. I "
            "gave her a high five and told her she'd get the next one. She scored in the next match"
            " and ran straight to me. Best feeling ever."
        ),
    ),
    ("nl", "ik vind het lastig om streng te zijn tegen kinderen, ik moet leren nee zeggen"),
    (
        "nl",
        (
            "vandaag ging het brandalarm op de kdv (oefening) en ik moest met 4 baby's in de "
            "evacuatiebox naar buiten 😳 ging goed"
        ),
    ),
    (
        "nl",
        (
            "mn mentor vroeg wat me het meest verraste op stage: dat kleine kinderen zo goed voelen"
            " als jij zenuwachtig bent"
        ),
    ),
    (
        "en",
        (
            "i babysit every friday for the neighbours and the twins argue over who gets to sit "
            "next to me on the couch"
        ),
    ),
    ("nl", "kinderopvang: ik was de luierkampioen van de dag, 11 luiers 🏆"),
    (
        "nl",
        ("ik ben gisteren 16 geworden en de kinderen op de bso hadden een kaart voor me gemaakt 🎂"),
    ),
    (
        "nl",
        (
            "vandaag heb ik me rot geschaamd want ik riep een kind bij de verkeerde naam, ze vond "
            "het heel grappig"
        ),
    ),
    (
        "en",
        (
            "the night game in the woods with the scouts was so scary for the kids, a few were "
            "screaming, but afterwards they begged to do it again"
        ),
    ),
    ("nl", "een kleuter vroeg of ik zijn moeder was omdat ik zijn hand vasthield 😂 ik ben 15"),
    (
        "en",
        (
            "half the kindergarten class was ill so i got to do a whole reading session with just 6"
            " kids, so cosy"
        ),
    ),
)
