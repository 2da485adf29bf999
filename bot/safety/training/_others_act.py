"""Harmless student messages in which another person does something to or for the student (or the
student to them): a boss who texts the roster, a neighbour who gives a tip, a contact who calls back, a
teacher who corrects; long everyday internship, open-day and side-job stories that mix ordinary
negatives (boredom, tiredness, an annoyed customer or parent, feeling stupid for a moment) with good
moments; and near misses with that same shape and scary-sounding words (gesloopt, afgemaakt, vermoorden).
Written 2026-12-06 by a writer who saw no detector, no tests and no earlier message set, only the format
guide and the method description; about three quarters Dutch (slang, typos, newcomer Dutch), the rest
English. None of these is a safety signal. For training only; not real student messages."""

from __future__ import annotations

__all__ = ["OTHERS_ACT"]

# (language, text)
OTHERS_ACT: tuple[tuple[str, str], ...] = (
    # 1 someone does something to or for the student
    ("nl", "mn baas appt me elke zondag het rooster voor de week"),
    ("nl", "de stagebegeleider heeft me het nummer van de chef gegeven, die bel ik morgen"),
    ("nl", "mijn oom gaf me de naam van iemand bij de gemeente, misschien kan ik daar meelopen"),
    ("nl", "de buurvrouw zei dat de bakker op de hoek nog hulp zoekt op zaterdag"),
    ("nl", "een klant gaf me 2 euro fooi omdat ik zijn tassen naar de auto bracht"),
    ("nl", "de docent heeft mijn motivatiebrief verbeterd, er stond overal rode pen in"),
    ("nl", "een collega liet me zien hoe de kassa werkt en hoe je een bon terugdraait"),
    ("nl", "ze heeft me gemaild dat ik dinsdag om 8 uur moet beginnen bij de receptie"),
    ("nl", "hij belde me terug en zei dat ik welkom ben op de open dag van het mbo"),
    ("nl", "mijn mentor heeft mn cv nagekeken, alleen mn mailadres moest anders"),
    ("nl", "mn moeder bracht me naar de garage want de bus reed niet"),
    ("nl", "die meneer van de dierenkliniek heeft nog steeds niet teruggebeld"),
    ("nl", "kvroeg mn tante of ze iemand kent in de zorg, ze gaat het navragen op haar werk"),
    ("nl", "de chef nam me mee naar de koelcel om samen de voorraad te tellen"),
    ("nl", "de kapster liet me de hele ochtend handdoeken vouwen"),
    ("nl", "kheb de stagebegeleider gemaild maar ze heeft nog niks teruggestuurd"),
    ("nl", "mn buurman heeft me voorgesteld aan een collega van hem bij de brandweer"),
    ("nl", "de monteur leerde me hoe je een band verwisselt, ging best snel"),
    ("nl", "zij heeft me uitgenodigd om een dag mee te lopen op de basisschool"),
    ("nl", "mijn baas betaalt me elke vrijdag uit via tikkie 😂"),
    ("nl", "een collega leende me haar schaar want ik was die van mij vergeten"),
    ("nl", "mn vader haalt me om 5 uur op bij de boerderij"),
    ("nl", "de juf van groep 3 liet me voorlezen aan de hele klas"),
    ("nl", "hij vroeg of ik zaterdag kan invallen in de kantine van de voetbal"),
    ("nl", "mijn mentor stuurde me door naar de decaan voor vragen over de opleiding"),
    ("nl", "de kok proefde mijn soep en zei dat er meer zout bij moest"),
    ("nl", "ze zette een foto van het nieuwe rooster in de groepsapp van het werk"),
    ("nl", "de beheerder van de sporthal stond bij de deur op me te wachten want ik was te laat"),
    ("nl", "mn opa gaf me zijn oude gereedschapskist voor als ik de bouw in ga"),
    ("nl", "de assistente liet me zien hoe je een kat vasthoudt als hij een prik krijgt"),
    ("nl", "mijn stagebegeleider was vandaag echt streng, ik moest het hele schap opnieuw doen"),
    ("nl", "baas was chagrijnig vandaag en zei bijna niks tegen me"),
    ("nl", "ze klaagde dat ik de vakken niet netjes had gevuld"),
    ("nl", "hij moest lachen toen ik de melk liet vallen maar hielp me wel opruimen"),
    ("nl", "die vrouw van de kinderopvang heeft mn appje gelezen maar niet gereageerd"),
    ("nl", "kheb mn neef gevraagd of hij naar mn sollicitatiebrief wil kijken"),
    ("nl", "de mentor belde mn ouders om te zeggen dat mn stageverslag goed was"),
    ("nl", "een klant vroeg waar de pindakaas lag en ik had geen idee lol"),
    ("nl", "de receptioniste gaf me een pasje zodat ik zelf naar binnen kan"),
    ("nl", "mn baas gaf me een werkshirt en een naambordje met mn naam erop"),
    ("nl", "de apotheker liet me de doosjes op alfabet in de la zetten"),
    ("nl", "mijn stagebegeleider checkt elke middag mijn logboek"),
    ("nl", "de teamleider gaf me zn 06 nummer voor als ik ziek ben of later kom"),
    ("nl", "ik heb hem gisteren geappt over de stage en hij stuurde meteen een duimpje terug"),
    ("nl", "mn tante nam me mee naar haar werk in het ziekenhuis voor een meeloopdag"),
    ("nl", "de docent techniek corrigeerde hoe ik de boor vasthield"),
    ("nl", "een collega heeft me uitgelegd hoe de statiegeldautomaat werkt"),
    ("nl", "de eigenaar van het restaurant bood me een bijbaantje aan na mn stage 😁"),
    ("nl", "mijn mentor vroeg of ik in de klas iets wil vertellen over mijn stage"),
    ("nl", "die man van de fietsenmaker zei dat ik morgen gewoon kan binnenlopen"),
    ("nl", "de buurvrouw is verpleegkundige en vertelde me hoe haar nachtdiensten gaan"),
    ("nl", "de stagebegeleider heeft me vandaag aan het hele team voorgesteld"),
    ("nl", "ze lieten me de telefoon opnemen bij de receptie, was spannend"),
    ("nl", "mijn broer heeft me de mail van zijn oude stagebaas doorgestuurd"),
    ("nl", "de bakker leerde me hoe je deeg kneedt zonder dat het aan je handen plakt"),
    ("nl", "mn baas vergat me terug te appen over mn vrije dag"),
    ("nl", "de klant bedankte me en gaf me een chocolaatje uit de schaal"),
    ("nl", "mn mentor heeft me een link gestuurd naar de open dag van het roc"),
    ("nl", "de verpleegkundige liet me meekijken hoe ze de bloeddruk meet"),
    ("nl", "de trainer vroeg of ik de jongste jeugd wil helpen trainen op woensdag"),
    ("nl", "ze heeft me verbeterd toen ik de verkeerde prijs in de kassa tikte"),
    ("nl", "de chef liet me de frituur schoonmaken, smerig maar prima"),
    ("nl", "mijn oom neemt me zaterdag mee naar zijn werk op de bouw"),
    ("nl", "de docent heeft me extra uitleg gegeven over mijn stageopdracht"),
    ("nl", "mn baas heeft me complimenten gegeven over hoe ik met klanten praat"),
    ("nl", "de stagebegeleider bracht mij en de andere stagiair naar het station"),
    ("nl", "de receptioniste stuurde mijn vraag door naar personeelszaken"),
    ("nl", "ik heb de juf een kaartje gegeven op mijn laatste stagedag"),
    ("nl", "hij liet me zien hoe je een kraan ontkalkt, nooit geweten dat dat kon"),
    ("nl", "de boer liet me de kalfjes voeren, die zijn zo schattig"),
    ("nl", "mijn mentor heeft mijn stageverslag teruggestuurd met een hoop opmerkingen"),
    ("nl", "gisteren heeft de manager me gebeld of ik kon komen werken"),
    ("nl", "morgen haalt mijn zus me op na de open dag"),
    ("nl", "van mn tante kreeg ik het nummer van een kinderfysiotherapeut"),
    ("nl", "via mijn buurman mag ik een dag meelopen bij de politie"),
    ("nl", "toen ik binnenkwam gaf de conciërge me meteen de sleutel van het technieklokaal"),
    ("nl", "na de dienst liet de bedrijfsleider me zien hoe je de kassa afsluit"),
    ("nl", "vanochtend appte mn baas dat ik een uur later mocht komen"),
    ("nl", "aan het eind van de dag heeft ze mijn werk gecontroleerd en het was goed"),
    ("nl", "elke ochtend vraagt hij hoe het gaat en wat ik die dag ga doen"),
    ("nl", "vorige week heeft de mentor mijn stageplek gebeld om te vragen hoe het gaat"),
    ("nl", "bij de garage leerden ze me banden wisselen en olie verversen"),
    ("nl", "als ik iets niet weet helpt mijn collega me altijd"),
    ("nl", "zodra mijn cv af is stuur ik het naar de eigenaar van de kapsalon"),
    ("nl", "omdat ik te laat was moest ik van de chef de afwas doen 😒"),
    ("nl", "een oud-leerling van mijn school heeft me tips gegeven voor het sollicitatiegesprek"),
    ("nl", "de fysiotherapeut vroeg of ik wilde meekijken bij een behandeling"),
    ("nl", "ik moest van mijn mentor drie bedrijven mailen, twee hebben al gereageerd"),
    ("nl", "de manager van de sportschool belde niet terug, ik probeer het morgen nog een keer"),
    ("nl", "mn moeder heeft haar collega gevraagd of ik mag komen kijken op het lab"),
    ("nl", "de man van de dierenwinkel zei dat ik na de zomer misschien mag beginnen"),
    ("nl", "de juf gaf me een compliment omdat ik zo rustig bleef met de kleuters"),
    ("nl", "een klant klaagde dat ik te langzaam was bij het inpakken"),
    ("nl", "ze was een beetje kortaf tegen me maar het was ook heel druk"),
    ("nl", "de stagebegeleider vergat mijn formulier te tekenen dus ik moet er nog een keer heen"),
    ("nl", "mn baas stuurt steeds berichtjes in de groep omdat er zoveel mensen ziek zijn"),
    ("nl", "hij heeft me gisteren drie keer gebeld over het rooster haha"),
    ("nl", "de schilder liet me een hele muur in de grondverf zetten"),
    ("nl", "mijn trainer heeft me aanbevolen bij de club als scheidsrechter voor de pupillen"),
    ("nl", "de eigenaar heeft mijn naam doorgegeven aan een vriend die een hotel heeft"),
    ("nl", "de mevrouw van het verzorgingshuis stuurde me een kaartje na mijn stage 🥹"),
    ("nl", "een bewoner gaf me een pepermuntje en vertelde over vroeger op de boerderij"),
    ("nl", "de docent liet me mijn presentatie over de stage nog een keer oefenen"),
    ("nl", "mn buurman gaf me een tip: vraag gewoon bij de supermarkt of ze iemand zoeken"),
    ("nl", "de leidinggevende nam me mee naar een vergadering, saai maar wel interessant"),
    ("nl", "mijn zus heeft me haar nette schoenen geleend voor het sollicitatiegesprek"),
    ("nl", "de chauffeur liet ons zien hoe de laadklep van de vrachtwagen werkt"),
    ("nl", "ik heb de manager bedankt en ze appte terug dat ik altijd welkom ben"),
    ("nl", "mn baas heeft me ff gebeld, moet morgen eerder komen"),
    ("nl", "ze heeft me geleerd hoe je een bed opmaakt in het ziekenhuis"),
    ("nl", "chef zei ik moet harder werken maar hij zei het wel aardig"),
    ("nl", "kreeg van een klant 5 euro fooi 🤑"),
    ("nl", "die man van de kringloop heeft me teruggebeld!! ik mag dinsdag komen"),
    ("nl", "hij liet me zien hoe de heftruck werkt maar ik mag nog niet zelf rijden"),
    ("nl", "mijn mentor appte of ik mijn stageformulier al heb ingeleverd"),
    ("nl", "mijn moeder heeft me opgegeven voor een proefdag bij het roc"),
    ("nl", "mn oom stuurde me een vacature door van zijn bedrijf"),
    ("nl", "de vrouw van de bloemenwinkel liet mij een boeket maken, voor het eerst!"),
    ("nl", "de bedrijfsleider vroeg of ik na de zomer wil blijven werken"),
    ("nl", "ze vroegen me om op de open dag mensen rond te leiden, vond ik best eng"),
    ("nl", "de stagebegeleider controleerde mijn urenbriefje en zette er een handtekening onder"),
    ("nl", "een collega heeft me geholpen toen de printer vastliep"),
    ("nl", "de leraar lo liet me een warming-up geven aan de brugklas"),
    ("nl", "de eigenaar van de snackbar heeft me voorgedaan hoe je een kroket frituurt"),
    ("nl", "mijn vader zette me af bij de ingang van het ziekenhuis"),
    ("nl", "de meneer bij de receptie van het hotel gaf me een rondleiding door het gebouw"),
    ("nl", "mijn nicht heeft me voorgesteld aan haar baas bij de kinderopvang"),
    ("nl", "mn collega ruilde een dienst met me zodat ik naar mn oma kan"),
    ("nl", "de klant zei dat ik het goed deed, dat was wel lekker om te horen"),
    ("nl", "ze heeft me niet terug geappt, misschien is ze het vergeten"),
    ("nl", "die mevrouw van de bieb heeft me het hele uitleensysteem uitgelegd"),
    ("nl", "de chef keek mee terwijl ik de uien sneed en zei dat het sneller moest"),
    ("nl", "de stagebegeleider liet me de post rondbrengen door het hele gebouw"),
    ("nl", "mijn mentor heeft me gewaarschuwd dat ik mijn uren op tijd moet inleveren"),
    ("nl", "de eigenaar van de manege liet me de paarden borstelen"),
    ("nl", "bij de supermarkt liet de teamleider me de houdbaarheidsdatums checken"),
    ("nl", "hij corrigeerde mijn spelling in de mail naar de klant"),
    ("nl", "ik heb haar gevraagd of ik volgende keer mag helpen bij de kassa"),
    ("nl", "de monteur gaf me zijn oude overall want die van mij was te groot"),
    ("nl", "de juf appte de stagecoördinator dat ik het goed doe"),
    ("nl", "een collega heeft me gisteren ingewerkt op de afdeling zuivel"),
    ("nl", "de portier liet me binnen nadat ik mijn naam en school had gezegd"),
    ("nl", "ik stuur de eigenaar vanavond mijn cv, hij vroeg erom"),
    ("nl", "zij wachtte bij het hek op me omdat ik de weg niet wist"),
    ("nl", "mijn baas heeft mijn loon verhoogd met 50 cent 🥳"),
    ("nl", "iemand van het bedrijf heeft me een mail gestuurd met de kledingregels"),
    ("nl", "ze legde me drie keer uit hoe het kassasysteem werkt, ik snapte het nog steeds niet 😅"),
    ("nl", "de oude meneer in het verzorgingshuis vroeg me om de krant voor te lezen"),
    ("nl", "hij zei dat ik mijn haar in een staart moet doen in de keuken"),
    ("nl", "mijn stagebegeleider vroeg wat ik later wil worden"),
    ("nl", "de loodgieter nam mij mee naar een klus bij een klant"),
    ("nl", "mn zus heeft me geholpen met het invullen van mijn stageovereenkomst"),
    ("nl", "de vrouw van de dierenarts belde me dat ik de stage heb!!!"),
    ("nl", "de kok liet me de borden opmaken voor de gasten"),
    ("nl", "de stagebegeleider keek mijn werk na en zei dat de hoeken strakker moesten"),
    ("nl", "die meneer die ik op de open dag sprak heeft me zijn kaartje gegeven"),
    ("nl", "ze stuurden me een uitnodiging voor een sollicitatiegesprek via de mail"),
    ("nl", "de buschauffeur wachtte op me toen ik naar de halte rende 😅"),
    ("nl", "de gastvrouw leerde me hoe je de tafels dekt met de glazen op de goede plek"),
    ("nl", "mn baas heeft me in de groepsapp van het personeel gezet"),
    ("nl", "de baas geeft mij rooster op whatsapp, ik werk zaterdag en zondag"),
    ("nl", "de meneer van de winkel helpt mij met de kassa, hij is geduldig"),
    ("nl", "mijn begeleider van het azc gaf mij nummer van een garage voor stage"),
    ("nl", "mijn collega leert mij nederlandse woorden in de keuken, ik leer snel"),
    ("nl", "mentor heeft mij geholpen met brief voor stage, nu ik stuur"),
    ("en", "my boss texts me the schedule every sunday night"),
    ("en", "the lady at the vet gave me her email so i can ask about the internship"),
    ("en", "my uncle gave me the name of someone at the garage near our house"),
    ("en", "a customer tipped me 3 euros for carrying his bags to the car"),
    ("en", "my supervisor checked my logbook and signed it"),
    ("en", "she emailed me that i start at 8 on tuesday at reception"),
    ("en", "he called me back and said i can come to the open day"),
    ("en", "my mentor corrected my cv, mostly the spelling"),
    ("en", "my mom dropped me off at the hospital entrance"),
    ("en", "the guy from the bike shop still hasn't called me back"),
    ("en", "a coworker showed me how the till works"),
    ("en", "the chef let me taste the sauce and told me what was missing"),
    ("en", "the teacher let me help with the reading group in year 3"),
    ("en", "my neighbour told me the bakery is looking for weekend help"),
    ("en", "my boss forgot to reply about my day off lol"),
    ("en", "she was kind of strict today, i had to redo the whole shelf"),
    ("en", "the manager introduced me to the whole team this morning"),
    ("en", "my aunt took me along to her office for a job shadow day"),
    ("en", "the mechanic taught me how to change a tyre"),
    ("en", "my coworker lent me her apron because i forgot mine"),
    ("en", "i texted the owner to say thanks and he sent a thumbs up"),
    ("en", "the receptionist forwarded my email to the right person"),
    ("en", "my dad picks me up at 5 from the farm"),
    ("en", "the trainer asked if i want to help coach the under 8s"),
    ("en", "my supervisor was grumpy all day but i don't think it was about me"),
    ("en", "a customer complained that i was too slow at bagging"),
    ("en", "he laughed when i mixed up the orders but then helped me fix it"),
    ("en", "my cousin sent me a job ad from his company"),
    ("en", "the nurse let me watch how she takes blood pressure"),
    ("en", "got my first paycheck from my boss today 🥳"),
    ("en", "my teacher asked me to talk about my internship in front of the class"),
    ("en", "the florist let me make a bouquet all by myself"),
    ("en", "the farmer let me feed the calves"),
    ("en", "i gave my supervisor a card on my last day"),
    ("en", "my mentor asked me which companies i already emailed"),
    ("en", "they called me to say my internship starts a week later"),
    ("en", "the lady at the library explained the whole lending system to me"),
    ("en", "my brother helped me fill in the internship contract"),
    ("en", "the dentist's assistant let me clean the instruments"),
    ("en", "my boss added me to the staff group chat"),
    ("en", "he told me to tie my hair back in the kitchen"),
    ("en", "an old student from my school gave me tips for the interview"),
    ("en", "the plumber took me along to a job at a customer's house"),
    ("en", "the man at the open day gave me a flyer about the chef course"),
    ("en", "my grandpa gave me his old toolbox for when i start at the technical school"),
    ("en", "the hotel receptionist gave me a tour of the building"),
    ("en", "my neighbour introduced me to her colleague at the fire station"),
    ("en", "she read my message but hasn't answered yet, maybe she's busy"),
    ("en", "the manager asked me to stay on after summer as a side job"),
    ("en", "the teacher corrected how i held the drill"),
    ("en", "my coworker swapped a shift with me so i can go to my sister's birthday"),
    ("en", "my supervisor made me redo the report but said it was almost good"),
    ("en", "the owner of the stables let me brush the horses"),
    ("en", "my mentor sent me a link to the open day at the college"),
    ("en", "the resident at the care home asked me to read the newspaper to him"),
    # 2 long everyday stories: ordinary negatives mixed with good moments
    (
        "nl",
        "vandaag was mn eerste dag bij de albert heijn en eerlijk het was best saai. ik moest 3 uur lang "
        "blikken soep in het schap zetten en niemand zei echt iets tegen me. in de pauze zat iedereen op zn "
        "telefoon dus ik ook maar. maar aan het eind kwam de teamleider langs en zei dat mijn schap het "
        "netst was van allemaal haha. toen voelde ik me wel goed. morgen mag ik misschien achter de kassa",
    ),
    (
        "nl",
        "open dag op het roc was echt lang. eerst een praatje van een meneer van bijna een uur over regels "
        "en stages, ik viel bijna in slaap. mn moeder bleef maar vragen stellen wat ik een beetje gênant "
        "vond. daarna mochten we in de keuken van de koksopleiding zelf pannenkoeken bakken en dat was echt "
        "vet. een student liet zien hoe je hem moet omgooien en de mijne viel op de grond lol. toch weet ik "
        "nu wel dat ik kok wil worden denk ik",
    ),
    (
        "nl",
        "ik help op zaterdag bij de f-jes van mn voetbalclub. vandaag waren er twee jongetjes aan het huilen"
        " want ze wilden allebei keeper zijn. ik wist eerst echt niet wat ik moest doen en voelde me een "
        "beetje nutteloos. de hoofdtrainer zei dat ze om de beurt mochten en toen was het opgelost. na de "
        "training kwam een vader klagen dat zijn zoon te weinig had gespeeld, de trainer heeft rustig met "
        "hem gepraat. wel leuk dat een meisje me een high five gaf aan het eind",
    ),
    (
        "nl",
        "stage bij de garage. kwam binnen om half 8 en moest eerst alleen vegen en koffie zetten, beetje "
        "saai. de monteurs praten de hele tijd over autos en ik snapte de helft niet, voelde me echt dom "
        "eerlijk gezegd. maar na de lunch mocht ik helpen met remblokken vervangen bij een golf. de monteur "
        "legde alles rustig uit en liet me zelf de bouten aandraaien. ben nu kapot moe maar wel trots",
    ),
    (
        "nl",
        "kzit nu 3 weken op stage in het verzorgingshuis. vandaag was een zware dag want er was een bewoner "
        "overleden op de afdeling en iedereen was stil. ik wist niet goed wat ik moest zeggen tegen de "
        "familie. een verzorgende zei dat ik gewoon koffie kon brengen en dat hielp. later heb ik met "
        "mevrouw de vries een puzzel gedaan en ze vertelde over haar kleinkinderen. ik denk dat ik dit werk "
        "wel kan",
    ),
    (
        "nl",
        "bijbaantje bij de bakker op zaterdag. het was superdruk en een klant werd boos omdat de appeltaart "
        "duurder was dan vorige week, hij riep best hard. ik schrok en wist niet wat ik moest zeggen. mijn "
        "baas kwam erbij en legde het rustig uit en de man kocht hem toch. daarna zei ze dat ik het goed "
        "deed door rustig te blijven. ben wel moe nu, om 6 uur begonnen",
    ),
    (
        "nl",
        "meeloopdag op de basisschool van mn broertje. in groep 4 moest ik helpen met lezen en een jongen "
        "wilde echt niet, hij ging onder zn tafel zitten. de juf zei dat dat vaker gebeurt en dat ik geduld "
        "moest hebben. na een tijdje kwam hij eruit en las hij een heel boekje met mij 😊 in de pauze moest "
        "ik buiten staan en het regende de hele tijd dus ik was doorweekt. maar ik wil nu echt naar de pabo "
        "denk ik",
    ),
    (
        "nl",
        "stage bij de dierenarts was vandaag wel saai. het was heel rustig en ik heb vooral de kooien "
        "schoongemaakt en de vloer gedweild. de assistente zat de hele ochtend achter de computer dus ik had"
        " niemand om mee te praten. smiddags kwam er een hond met een gebroken poot en mocht ik meekijken "
        "bij de röntgenfoto. dat was echt interessant. ik had wel soms het gevoel dat ik in de weg stond",
    ),
    (
        "nl",
        "gister was ik op de open avond van het grafisch lyceum met mn vader. we stonden eerst een half uur "
        "in de rij en toen kwam er een lange presentatie. ik keek rond en iedereen zat gewoon op zn telefoon"
        " haha. maar daarna mochten we zelf een logo maken op een computer met een student erbij. die zei "
        "dat mijn idee goed was en liet me handige trucjes zien in photoshop. mijn vader vond het ook leuk "
        "dus ik ga me inschrijven",
    ),
    (
        "nl",
        "eerste dag in de keuken van een restaurant. de kok was best streng en zei dat ik te langzaam sneed."
        " ik voelde me echt een beetje dom want ik dacht dat ik het goed deed. maar later liet hij zien hoe "
        "je het mes moet vasthouden zodat het sneller gaat en toen ging het beter. om 10 uur savonds waren "
        "we pas klaar en mn voeten deden zo zeer. wel lekker gegeten met het personeel na afloop",
    ),
    (
        "nl",
        "ik heb stage in supermarkt. eerste dag ik was heel zenuwachtig. ik begrijp niet alles wat de baas "
        "zegt, hij praat snel. maar een collega helpt mij, zij komt ook uit syrië en zij legt uit in het "
        "arabisch. ik moet vakken vullen en de datum kijken op de melk. het is saai werk maar ik leer veel "
        "nieuwe woorden. morgen ik ga weer en ik ben minder bang",
    ),
    (
        "nl",
        "ik werk op zaterdag bij een tuincentrum. vandaag moest ik de hele dag planten water geven en het "
        "was zo warm in de kas. een klant vroeg iets over rozen en ik wist helemaal niks, voelde me echt "
        "nutteloos. mijn collega heeft het toen uitgelegd aan de klant en daarna ook aan mij zodat ik het "
        "volgende keer weet. aan het eind van de dag kreeg ik een plantje mee van de baas, schattig",
    ),
    (
        "nl",
        "kheb een snuffelstage bij de politie gehad van 1 dag. eerst zaten we 2 uur in een lokaal met een "
        "powerpoint, echt saaaai. iedereen zat op zn telefoon onder tafel lol. daarna mochten we in de "
        "politieauto zitten en een agent vertelde over zijn werk op straat. hij zei dat je vooral veel met "
        "mensen praat en niet alleen boeven vangt. dat vond ik wel een eye opener",
    ),
    (
        "nl",
        "vandaag stage gehad in het ziekenhuis bij de receptie. het was de hele dag mensen de weg wijzen en "
        "de telefoon opnemen. een meneer werd boos omdat hij lang moest wachten en hij verhief zn stem tegen"
        " mijn collega. zij bleef super rustig, echt knap. later zei ze dat dat soms gebeurt en dat het niet"
        " persoonlijk is. ik heb veel geleerd maar ik ben zo moe",
    ),
    (
        "nl",
        "bij de hockeyclub doe ik soms de kantinedienst. zondag was het chaos want er waren drie teams "
        "tegelijk klaar en iedereen wilde patat. een moeder klaagde dat de frikandel koud was en ik moest "
        "een nieuwe bakken. ik vergat ook nog wisselgeld terug te geven aan iemand, zo stom. gelukkig was de"
        " kantinecoördinator heel chill en zei ze dat het de eerste keer altijd zo gaat. ik heb wel 8 euro "
        "fooi gekregen in de pot",
    ),
    (
        "nl",
        "stage bij een kapsalon. vandaag heb ik eigenlijk alleen haren geveegd en handdoeken gewassen, "
        "beetje saai. de kapsters waren druk en hadden weinig tijd voor me, ik stond soms gewoon te niksen. "
        "maar aan het eind van de dag mocht ik bij een oefenhoofd een vlecht maken en de eigenaar zei dat ie"
        " mooi was. ik was echt blij. volgende keer mag ik misschien haren wassen bij een klant",
    ),
    (
        "nl",
        "ik had een meeloopdag bij mn oom op de bouw. we moesten om 7 uur beginnen dus ik was echt kapot. "
        "het was koud en ik moest de hele ochtend stenen aangeven. de mannen maakten grappen die ik niet "
        "altijd snapte maar ze waren wel aardig. bij de lunch vertelden ze hoe ze zelf begonnen zijn als "
        "leerling. ik weet nog niet of ik de bouw in wil maar het was wel leuk",
    ),
    (
        "nl",
        "op de kinderopvang was het vandaag huilen huilen huilen. een meisje miste haar moeder en een "
        "jongetje was gevallen op het plein. ik wist echt niet hoe ik ze moest troosten en voelde me een "
        "beetje onhandig. de leidster liet me zien dat je gewoon even rustig naast ze kan gaan zitten. "
        "daarna hebben we met zn allen geknutseld met klei en toen was iedereen weer blij. ik vond het zwaar"
        " maar ook heel leuk",
    ),
    (
        "nl",
        "vandaag mocht ik meedraaien in de kringloopwinkel. ik moest spullen prijzen en ik zette een lamp op"
        " 2 euro terwijl die 20 moest zijn lol. de baas moest lachen en zei dat dat iedereen een keer "
        "gebeurt. een klant was boos omdat een kast al verkocht was, maar daar kon ik niks aan doen. de rest"
        " van de dag was rustig en ik heb gekletst met een vrijwilliger over zijn werk als meubelmaker "
        "vroeger",
    ),
    (
        "nl",
        "de open dag van de opleiding zorg en welzijn was eigenlijk wel saai. het was vooral folders en "
        "lange praatjes in een zaal. maar toen mochten we met een oefenpop oefenen hoe je iemand uit bed "
        "helpt en dat was best leuk. een student vertelde eerlijk dat haar stage soms zwaar is maar dat ze "
        "het mooi werk vindt. mn vriendin zat de hele tijd te appen en vond er niks aan, maar ik wel",
    ),
    (
        "nl",
        "bij de dierenwinkel heb ik vandaag aquariums schoongemaakt. het stinkt echt en mn handen ruiken nog"
        " steeds naar vis. een klant vroeg welke vis bij een goudvis past en ik zei iets fout, de eigenaar "
        "moest me verbeteren terwijl de klant erbij stond. dat was even awkward. maar later legde hij me "
        "rustig uit welke vissen samen kunnen. ik vind het eigenlijk best interessant",
    ),
    (
        "nl",
        "stage bij de gemeente op kantoor. eerlijk het was zo saai, ik zat bij een vergadering die 3 uur "
        "duurde en ik snapte er niks van. iedereen zat op zn laptop. mijn begeleider vroeg daarna wat ik "
        "ervan vond en ik zei eerlijk dat ik het saai vond. ze lachte en zei dat zij het soms ook saai vindt"
        " haha. morgen mag ik mee naar buiten met de wijkbeheerder, dat lijkt me leuker",
    ),
    (
        "nl",
        "ik ben hulptrainer bij de turnclub. vandaag viel een meisje van de balk en ze moest heel hard "
        "huilen, gelukkig was er niks ergs. ik schrok en stond gewoon stil, voelde me echt nutteloos. de "
        "trainster pakte een ijszakje en ik ging bij de andere kinderen staan zodat die verder konden. "
        "achteraf zei ze dat ik dat goed had gedaan. ik wil nu misschien een ehbo cursus gaan doen",
    ),
    (
        "nl",
        "vandaag moest ik op stage bij de fietsenmaker de hele dag banden plakken. na de vijfde had ik het "
        "wel gehad lol. een klant kwam zn fiets ophalen en vond de rekening te hoog en begon te mopperen. mn"
        " baas bleef rustig en liet zien wat er allemaal gedaan was. daarna zei hij dat ik het plakken al "
        "beter doe dan zijn eigen zoon 😂 ik ben moe maar blij",
    ),
    (
        "nl",
        "hotel stage dag 2. ik sta bij het ontbijt en moet borden afruimen en koffie bijvullen. het is zo "
        "vroeg en ik was echt een zombie. een gast klaagde dat er geen glutenvrij brood meer was en ik moest"
        " het aan de chef vragen, die was een beetje chagrijnig. maar toen kwam er een familie uit duitsland"
        " en ik kon een beetje duits met ze praten, ze vonden dat super. de manager hoorde het en zei goed "
        "gedaan",
    ),
    (
        "nl",
        "ik heb een bijbaan bij de mac aan de drive. vandaag was er een man die boos werd omdat zijn "
        "bestelling niet klopte en hij riep door het raampje. ik voelde me even heel stom want ik had het "
        "verkeerd ingetikt. mijn shiftleider heeft het opgelost en zei dat ik moet herhalen wat mensen "
        "bestellen. dat doe ik nu en het ging de rest van de avond goed. na de dienst gratis mcflurry 🙌",
    ),
    (
        "nl",
        "mijn stage bij de bibliotheek is echt rustig. ik zet boeken terug en help soms mensen met de "
        "computer. vandaag had ik een oude meneer die zijn mail niet kon openen en het duurde wel een half "
        "uur. ik werd bijna ongeduldig maar hij was zo blij toen het lukte. mijn begeleider zei dat ik veel "
        "geduld heb. dat had ik zelf nooit gedacht eigenlijk",
    ),
    (
        "nl",
        "gister op de boerderij van mn stage. het regende de hele dag en ik stond tot mijn enkels in de "
        "modder. ik moest de stallen uitmesten en dat stinkt echt vies. de boer was wel streng, hij zei dat "
        "ik het hek goed dicht moest doen anders lopen de koeien weg. later mocht ik een kalfje de fles "
        "geven en dat was zo lief. ik was zo kapot dat ik om 9 uur al in bed lag",
    ),
    (
        "nl",
        "de open dag van de universiteit was heel groot en ik was een beetje verloren. we liepen een uur "
        "rond voordat we het goede lokaal vonden. het proefcollege ging over economie en de docent praatte "
        "heel snel, ik voelde me echt dom. maar daarna sprak ik een studente die zei dat zij het in het "
        "begin ook moeilijk vond. dat stelde me wel gerust. ik twijfel nog maar het was goed om het te zien",
    ),
    (
        "nl",
        "vandaag stage in de apotheek. ik moest de hele ochtend doosjes uitpakken en in de laden zetten op "
        "alfabet. het was best saai en ik heb een keer 2 doosjes in de verkeerde la gedaan. de "
        "apothekersassistente zag het en verbeterde het zonder boos te worden. smiddags mocht ik aan de "
        "balie meekijken hoe ze mensen uitleg geven over hun medicijnen. dat vond ik echt interessant",
    ),
    (
        "nl",
        "mn eerste dienst als afwasser in een pizzeria. het was zo heet in de keuken en het hield maar niet "
        "op met borden. de pizzabakker riep steeds sneller sneller maar wel met een lach. om half 11 was ik "
        "klaar en ik had echt rimpelhanden. de eigenaar gaf me een pizza mee naar huis. ik denk dat ik het "
        "blijf doen voor het geld en de pizza haha",
    ),
    (
        "nl",
        "vandaag was het sportdag op school en wij van de sportklas moesten de brugklassers begeleiden. "
        "sommige kinderen wilden niet meedoen en gingen gewoon op het gras zitten. een jongen moest huilen "
        "omdat zijn team verloor met trefbal. ik heb met hem gepraat en gezegd dat het de volgende keer vast"
        " beter gaat. de gymdocent zei daarna dat ik een goede leider ben, daar werd ik wel blij van",
    ),
    (
        "nl",
        "stage bij een schildersbedrijf. vanochtend moest ik alleen tape plakken langs kozijnen, 3 uur lang."
        " ik verveelde me echt dood. mijn begeleider zag dat en liet me daarna zelf een deur lakken. ik "
        "maakte een druppel en voelde me even een sukkel, maar hij liet zien hoe je die wegwerkt. aan het "
        "eind van de dag was de deur echt mooi geworden",
    ),
    (
        "nl",
        "ik was vandaag bij de open dag van de marechaussee met mn neef. er was een hele lange rij voor "
        "alles en het duurde uren. de presentatie met de speurhonden was wel stoer. iemand van de opleiding "
        "vertelde dat je fit moet zijn en goed met mensen moet kunnen praten. ik was daarna heel moe van al "
        "dat lopen maar ik wil er wel meer over weten, misschien ga ik een meeloopdag aanvragen",
    ),
    (
        "nl",
        "op mijn werk bij de jumbo was er vandaag een mevrouw die heel boos werd omdat de aanbieding al "
        "voorbij was. ze zei dat het belachelijk was en dat ze de manager wilde spreken. ik heb de manager "
        "gehaald en die heeft het opgelost met een kortingsbon. ik trilde eerst een beetje want ik vind "
        "zoiets spannend. maar mijn collega zei dat ik het goed had gedaan door hulp te halen",
    ),
    (
        "nl",
        "stagedag bij mn moeder haar werk, ze is secretaresse bij een advocatenkantoor. de hele dag was "
        "rustig en ik heb vooral papieren gesorteerd en gescand. iedereen was super aardig maar ook heel "
        "druk met telefoontjes. ik vond het eerlijk gezegd saai, ik wil meer bewegen en buiten zijn. wel "
        "goed om te weten dat kantoorwerk niks voor mij is, volgende keer kies ik iets met sport",
    ),
    (
        "nl",
        "ik ben scheidsrechter geweest bij een pupillenwedstrijd op de club. een vader langs de lijn was het"
        " niet eens met een penalty en begon te mopperen. ik voelde me even heel onzeker. de "
        "jeugdcoördinator kwam erbij staan en vroeg of de vader rustig wilde doen. na de wedstrijd zeiden "
        "beide coaches dat ik het goed deed. het is spannend maar ik wil het blijven doen",
    ),
    (
        "nl",
        "vandaag op stage bij de kinderfysio. het was wel een beetje saai want ik mocht alleen kijken. een "
        "kindje moest oefeningen doen op een trampoline maar had geen zin en begon te huilen. de "
        "fysiotherapeut maakte er een spelletje van en toen ging het ineens wel. ik vond dat echt knap van "
        "haar. ik denk dat ik dat ook zou willen leren",
    ),
    (
        "nl",
        "met de klas naar een techniekbedrijf geweest. de rondleiding duurde super lang en het was heel "
        "lawaaiig in de fabriekshal. de helft van de klas zat op de telefoon of liep achteraan te kletsen. "
        "ik vond de robots wel heel interessant en vroeg de man van de rondleiding van alles. hij zei dat ze"
        " altijd stagiairs zoeken en gaf mijn docent een kaartje. misschien kan ik daar volgend jaar stage "
        "lopen",
    ),
    (
        "nl",
        "eerste keer oppassen bij de buren, 2 kinderen. het jongste kind wilde niet slapen en bleef maar "
        "huilen. ik voelde me echt hopeloos want ik wist niet wat ik moest doen. toen heb ik de moeder "
        "gebeld en die zei dat hij zijn knuffelkonijn nodig had. knuffel gevonden, kind slaapt. de ouders "
        "betaalden me 20 euro en vroegen of ik volgende week weer kan",
    ),
    (
        "nl",
        "ik werk sinds kort bij een snackbar. vandaag stond ik voor het eerst zonder de eigenaar achter de "
        "toonbank en het werd gelijk druk door een voetbalwedstrijd. ik vergat een bestelling en een jongen "
        "was daar flink chagrijnig over. ik voelde me echt stom. toen de eigenaar terugkwam hielp hij me met"
        " alles en zei hij dat ik volgende keer bonnetjes moet schrijven. dat ga ik doen",
    ),
    (
        "nl",
        "snuffelstage bij de brandweer! eerst een saai verhaal over veiligheid dat een uur duurde. daarna "
        "mochten we een pak aan en met de slang spuiten, dat was zo vet. een brandweerman vertelde dat ze "
        "ook vaak bij ongelukken komen en dat dat soms zwaar is. dat vond ik wel heftig om te horen. maar ik"
        " wil het nog steeds heel graag worden",
    ),
    (
        "nl",
        "mijn stagebegeleider op de sportschool was vandaag ziek dus ik liep de hele dag een beetje rond. "
        "niemand wist wat ik moest doen dus ik heb 2 uur lang apparaten schoongemaakt. dat voelde wel "
        "nutteloos eerlijk. tegen het eind vroeg een personal trainer of ik mee wilde kijken bij zijn "
        "groepsles. dat was het leukste deel van de dag en hij gaf me tips voor mijn eigen training",
    ),
    (
        "nl",
        "ik had een proefdag bij een bloemist. het was moederdag dus het was super druk en ik mocht vooral "
        "kratjes sjouwen en lintjes knippen. een klant was boos omdat haar bestelling nog niet klaar was en "
        "ging heel hard praten. de bloemist bleef rustig en maakte het boeket snel af. ik was kapot aan het "
        "eind maar kreeg wel een bos tulpen mee voor mn moeder",
    ),
    (
        "nl",
        "vandaag op stage in de keuken van een verzorgingshuis. we moesten voor 80 mensen koken en het ging "
        "allemaal heel snel. de kok was kortaf maar ik denk omdat hij gestrest was. ik heb aardappels "
        "geschild tot ik ze niet meer kon zien. bij het rondbrengen van het eten zei een mevrouw dat de soep"
        " heerlijk was, daar werd ik echt blij van",
    ),
    (
        "nl",
        "ik doe stage bij een garage. de baas is streng maar goed. hij zegt altijd: eerst kijken, dan doen. "
        "vandaag ik heb olie gewisseld samen met hem. ik was bang om fout te doen en één keer het ging mis, "
        "olie op de grond. hij zegt: geen probleem, schoonmaken en opnieuw proberen. ik vind het leuk werk "
        "en ik wil monteur worden",
    ),
    (
        "nl",
        "het was open dag bij het mbo en ik ging naar de opleiding ict. we moesten eerst heel lang wachten "
        "want de docent was te laat. toen we begonnen moesten we een computer uit elkaar halen en ik wist "
        "echt niet hoe, ik voelde me dom naast een jongen die alles al wist. de student die ons hielp zei "
        "dat je het allemaal leert op school. dat stelde me wel gerust",
    ),
    (
        "nl",
        "bij de voetbalschool help ik op woensdag. vandaag wilde niemand luisteren en een jongetje liep "
        "steeds weg naar zijn moeder. de trainer werd een beetje streng en riep dat iedereen in de kring "
        "moest komen, daarna ging het wel. een vader vond dat zijn zoon te weinig de bal kreeg en zei dat "
        "tegen de trainer. ik vond het wel interessant hoe de trainer dat oploste met een rustig gesprek",
    ),
    (
        "nl",
        "mijn eerste week bij de action. ik heb vooral dozen uitgepakt en prijsjes geplakt. de muziek in de "
        "winkel is de hele dag hetzelfde en ik word er gek van 😂 een collega was eerst een beetje kortaf "
        "maar later bleek ze gewoon verlegen, nu kletsen we in de pauze. vandaag zei de filiaalmanager dat "
        "ik snel werk. ik blijf hier denk ik wel",
    ),
    (
        "nl",
        "vandaag mee met mn tante die wijkverpleegkundige is. we reden de hele dag van huis naar huis. bij "
        "sommige mensen moest ze wonden verzorgen en ik mocht niet overal bij zijn vanwege privacy, dat snap"
        " ik wel. bij een oude meneer mocht ik koffie zetten en hij vertelde over zijn hond. ik was moe van "
        "al dat rijden maar ik vind het echt mooi werk",
    ),
    (
        "nl",
        "ik heb stage in een hotelkeuken. vandaag was er een bruiloft en we moesten 150 borden opmaken. de "
        "chef riep de hele tijd tafelnummers en ik raakte helemaal in de war. ik heb een keer de verkeerde "
        "saus op de borden gedaan en voelde me echt een kneus. de souschef zei maakt niet uit en we deden "
        "het snel opnieuw. om 12 uur thuis maar het was wel een kick",
    ),
    (
        "nl",
        "ik werk op zaterdag in een bakkerij, om 6 uur beginnen is echt niet normaal lol. vandaag heb ik 200"
        " krentenbollen gevuld en de hele tijd stond er een rij. een meneer vond dat ik te langzaam was en "
        "zuchtte heel hard. mijn baas zei dat ik me daar niks van aan moest trekken en dat ik het prima doe."
        " om 2 uur had ik vrij en kreeg ik een zak broodjes mee naar huis",
    ),
    (
        "nl",
        "de open dag van de pabo was eigenlijk best tegenvallend. we zaten de hele ochtend in een zaal met "
        "powerpoints. ik keek om me heen en iedereen zat op zn telefoon. maar bij de workshop moesten we "
        "zelf een mini les van 5 minuten geven aan elkaar en ik deed het best goed. een docent zei dat ik "
        "een rustige stem heb die kinderen fijn vinden. dat was fijn om te horen",
    ),
    (
        "nl",
        "ik loop stage op een basisschool in groep 7. vandaag was het echt zwaar want de kinderen waren druk"
        " door de regen. twee jongens hadden ruzie over wie de bal mocht hebben en ik wist niet goed hoe ik "
        "dat moest oplossen. de meester nam het over en praatte rustig met ze. later vertelde hij hoe hij "
        "dat aanpakt. ik voelde me even nutteloos maar ik heb er veel van geleerd",
    ),
    (
        "nl",
        "vandaag had ik een sollicitatiegesprek voor een bijbaan bij de hema. ik was super zenuwachtig en "
        "zei bij de eerste vraag iets heel doms. de manager moest lachen maar het was een aardige lach. ze "
        "vroeg naar mijn hobbys en toen ging het beter. aan het eind zei ze dat ze me binnen een week belt. "
        "duimen maar, ik wil echt graag sparen voor een scooter",
    ),
    (
        "nl",
        "stage bij een autoschadebedrijf. de hele dag schuren, schuren en nog eens schuren. mn armen doen "
        "echt pijn en ik zit helemaal onder het stof. de spuiter liet me wel zien hoe hij de lak mengt en "
        "dat is echt super precies werk. hij zei dat ik een goed oog heb voor kleur. ik wist niet eens dat "
        "ik dat had",
    ),
    (
        "nl",
        "bij de kinderboerderij heb ik vandaag een rondleiding gedaan voor een groep kleuters. het was "
        "chaos, een jongetje werd bang van de geit en begon te huilen. zijn juf troostte hem en ik ging "
        "verder met de rest van de groep. later mochten de kinderen de konijnen aaien en toen was iedereen "
        "blij, hij ook. ik ben wel moe maar ik vind het heel leuk met kinderen en dieren samen",
    ),
    (
        "nl",
        "ik help soms achter de bar van de tennisclub. gisteren was er een toernooi en ik stond 6 uur lang "
        "tosti's te maken. iemand klaagde dat de prijs van de tosti omhoog was gegaan en zei best hard dat "
        "het afzetterij was. ik zei dat ik daar niet over ga en hij liep mopperend weg. de voorzitter kwam "
        "me later bedanken voor mijn hulp en gaf me een cadeaubon",
    ),
    (
        "nl",
        "stage bij een reisbureau. ik dacht dat het leuk zou zijn maar het is vooral mails beantwoorden en "
        "folders vouwen. de medewerkers zaten allemaal achter hun scherm en ik voelde me een beetje "
        "overbodig. de manager zag dat en liet me meeluisteren bij een gesprek met een klant over een reis "
        "naar spanje. dat was wel leuk. ik weet nog niet of dit iets voor mij is",
    ),
    (
        "nl",
        "ik werk bij een schoenenwinkel. een klant wilde een paar terugbrengen dat duidelijk gedragen was en"
        " werd boos toen dat niet mocht. hij zei dat hij nooit meer zou komen. ik vond het vervelend maar "
        "mijn leidinggevende zei dat ik het goed deed om de regels te volgen. daarna kwam er een moeder met "
        "een klein meisje voor haar eerste balletschoentjes, dat was zo schattig. zo'n dag heeft echt ups en"
        " downs",
    ),
    (
        "nl",
        "vandaag meeloopdag bij een ict bedrijf via mn buurman. ik zat de hele ochtend naast een programmeur"
        " die bijna niks zei, hij had oortjes in. ik verveelde me wel een beetje. na de lunch legde hij uit "
        "waar hij aan werkte en liet hij me een klein stukje code veranderen. toen het werkte was ik echt "
        "blij haha. ik denk dat ik dit wil gaan studeren",
    ),
    (
        "nl",
        "de eerste dag op mijn stage in het ziekenhuis was echt overweldigend. zoveel gangen en iedereen "
        "liep heel snel. ik stond een paar keer in de weg en voelde me echt dom. een verpleegkundige nam me "
        "mee en liet me zien hoe je bedden opmaakt en de kamers klaarmaakt. de patiënten waren heel aardig "
        "tegen me. ik was helemaal op toen ik thuiskwam",
    ),
    (
        "nl",
        "ik heb een zaterdagbaan bij een autowasstraat. vandaag was het tropisch warm en het was druk met "
        "rijen autos. een meneer vond dat zijn velgen niet schoon waren en ging klagen bij de baas. ik moest"
        " de auto opnieuw doen terwijl hij stond te kijken, was beetje ongemakkelijk. maar daarna gaf hij "
        "wel 2 euro fooi dus uiteindelijk was het goed",
    ),
    (
        "nl",
        "open dag van de hotelschool! we kregen een rondleiding door de keukens en de hotelkamers. het "
        "duurde wel lang en mijn voeten deden pijn van mn nieuwe schoenen. bij de bar mochten we een "
        "mocktail maken en de mijne was echt niet te drinken lol. de student die ons hielp moest lachen en "
        "liet zien wat ik fout deed. ik vond het heel gezellig en ga zeker nog een keer",
    ),
    (
        "nl",
        "mijn stage bij een installatiebedrijf. we gingen naar een huis waar de cv-ketel stuk was. de "
        "monteur was druk aan de telefoon en ik stond een half uur te wachten in de gang, zo saai. toen "
        "mocht ik helpen met de leidingen en hij legde uit hoe de druk werkt. de bewoners waren blij en "
        "gaven ons koffie. ik vind het gaaf dat je mensen zo echt kan helpen",
    ),
    (
        "nl",
        "vandaag op stage bij de kinderopvang ging alles mis. een kind knoeide limonade over mijn broek en "
        "ik liet een bak met lego vallen. ik voelde me zo onhandig. maar de leidster zei dat het de eerste "
        "dagen altijd zo gaat en dat de kinderen me al leuk vinden. een meisje maakte zelfs een tekening "
        "voor me ❤️ morgen weer",
    ),
    (
        "nl",
        "ik werk in restaurant van mijn oom, in het weekend. ik doe de afwas en ik snij groente. het is heel"
        " warm in de keuken en ik word moe. soms zijn gasten boos als het eten laat is, maar niet boos op "
        "mij. mijn oom zegt ik werk goed en ik ben snel. ik wil later kok worden, misschien een eigen "
        "restaurant met eten uit mijn land",
    ),
    (
        "nl",
        "ik doe vrijwilligerswerk bij de voedselbank met school. vandaag moesten we pakketten maken en dat "
        "was best saai werk. een mevrouw die haar pakket kwam ophalen was boos omdat er geen koffie in zat. "
        "de coördinator legde uit dat er deze week weinig was binnengekomen. ik voelde me daar een beetje "
        "rot over. maar daarna hebben we met zn allen gegeten en gelachen",
    ),
    (
        "nl",
        "sportstage bij de zwemvereniging. ik moest helpen met de les van de kleintjes en een jongetje "
        "durfde echt niet in het water. hij huilde en zijn moeder stond achter het glas te zwaaien. de "
        "zwemjuf zei dat ik gewoon naast hem aan de kant moest gaan zitten. na 10 minuten deed hij zijn "
        "beentjes in het water. ik was echt trots op hem",
    ),
    (
        "nl",
        "meeloopdag bij een accountantskantoor via school. ik had er echt zin in maar het was super saai. de"
        " hele dag excel en mensen die stil achter hun scherm zaten. tijdens de lunch zat iedereen op zn "
        "telefoon. wel vertelde een vrouw dat ze veel vrijheid heeft en thuis mag werken, dat vond ik "
        "interessant. maar ik denk niet dat ik dit wil",
    ),
    (
        "nl",
        "ik heb sinds 2 weken een bijbaan als vakkenvuller. vandaag was ik zo moe dat ik een hele doos "
        "eieren heb laten vallen. ik voelde me echt de grootste kluns. mijn leidinggevende zuchtte wel maar "
        "hielp me opruimen en zei dat het vaker gebeurt. daarna vertelde een collega dat zij ooit een hele "
        "pallet cola heeft omgegooid haha. toen voelde ik me beter",
    ),
    (
        "nl",
        "stage bij een dierenasiel. het was zwaar want er kwam een hond binnen die heel mager was, zijn "
        "baasje was oud en kon niet meer voor hem zorgen. ik vond dat echt verdrietig. de verzorgster liet "
        "me zien hoe ze een nieuwe hond rustig laat wennen. aan het eind van de dag kwispelde hij naar me. "
        "ik wil echt met dieren werken later",
    ),
    (
        "nl",
        "ik was bij de open dag van defensie. er waren lange rijen en we stonden een uur in de kou te "
        "wachten op een rondleiding. de soldaat die ons rondleidde was wel grappig en vertelde eerlijk dat "
        "het begin van de opleiding zwaar is. we mochten in een tank kijken en dat was echt vet. mn vader "
        "liep de hele tijd foto's te maken van de voertuigen lol",
    ),
    (
        "nl",
        "vandaag stage bij de klantenservice van een energiebedrijf. ik mocht meeluisteren met gesprekken en"
        " een klant was heel boos over zijn rekening. de medewerker bleef zo kalm, ik snap niet hoe ze dat "
        "doet. ik zou dat niet kunnen denk ik. daarna mocht ik zelf mails beantwoorden en mijn begeleider "
        "verbeterde ze. ik heb veel geleerd maar mijn hoofd zit vol",
    ),
    (
        "nl",
        "op de atletiekclub help ik bij de kids atletiek. vandaag had een meisje geen zin en zat ze de hele "
        "training op de bank te mokken. haar vader kwam een beetje geïrriteerd vragen waarom ze niet "
        "meedeed. de trainer legde uit dat ze niemand dwingen en dat ze mag kijken. toen ging het meisje "
        "toch meedoen met verspringen en ze sprong het verst haha. ik vind het leuk om te zien hoe kinderen "
        "veranderen",
    ),
    (
        "en",
        "first day at the supermarket and honestly it was so boring. i stacked cans for like three hours and"
        " nobody really talked to me. at lunch everyone was just on their phones so i was too. but at the "
        "end the manager came over and said my shelf looked the neatest, which was nice. i'm so tired now "
        "but kinda proud of myself",
    ),
    (
        "en",
        "went to the open day at the college with my mom. first there was this super long talk about rules "
        "and i almost fell asleep. my mom kept asking questions which was a bit embarrassing. then we got to"
        " try the kitchen and a student showed me how to flip a pancake, mine ended up on the floor lol. "
        "still, i think i really want to do the chef course now",
    ),
    (
        "en",
        "i volunteer at the basketball club keeping score for the kids games. today the scoreboard broke and"
        " i had to keep score on paper, everyone kept asking me the score and i got it wrong once. a parent "
        "got annoyed and said i should pay attention. i felt so stupid for a minute. then the coach said "
        "nobody cares about the score at that age anyway and gave me a thumbs up. we got pizza after",
    ),
    (
        "en",
        "internship at the garage today. i started at 7:30 and first had to sweep and make coffee, boring. "
        "the mechanics talk about cars all the time and i understood maybe half, felt pretty dumb honestly. "
        "after lunch though i got to help replace brake pads and the mechanic let me tighten the bolts "
        "myself. i'm exhausted but really proud of it",
    ),
    (
        "en",
        "my side job at the bakery was crazy today. a customer got really loud because the apple pie cost "
        "more than last week. i froze and didn't know what to say. my boss came over, explained it calmly "
        "and the guy bought it anyway. afterwards she told me i did fine by staying calm. started at 6 so "
        "i'm completely dead now lol",
    ),
    (
        "en",
        "job shadow day at a primary school. in year 2 a boy refused to read and hid under his desk. the "
        "teacher told me that happens and to be patient. after a while he came out and read a whole little "
        "book with me 😊 it rained all break and i was on playground duty so i got soaked. but now i kinda "
        "want to become a teacher",
    ),
    (
        "en",
        "work experience at a care home today. it was slow and a bit boring, mostly pushing the tea trolley "
        "around. one lady kept asking me the same question over and over because she has dementia, and at "
        "first i didn't know how to answer. the carer told me to just answer kindly every time. later i "
        "played cards with a man who used to be a sailor and he told the best stories. i'm tired but i liked"
        " it more than i thought",
    ),
    (
        "en",
        "first shift in a restaurant kitchen. the chef was strict and said i was cutting too slow, i felt "
        "stupid because i thought i was doing fine. later he showed me how to hold the knife properly and it"
        " went way better. we finished at 10:30 and my feet were killing me. staff dinner after was really "
        "good though, best pasta ever",
    ),
    (
        "en",
        "i do internship in a hotel, i am from eritrea. first day i was very nervous because my dutch is not"
        " good yet. the receptionist helps me, she speaks english with me and explains slowly. i fold towels"
        " and bring them to the rooms with the cart. it is boring sometimes but the people are kind. "
        "tomorrow i go again and i want to learn the computer at reception",
    ),
    (
        "en",
        "helped at my little brother's swimming competition as a timekeeper. it took the whole saturday and "
        "i was so bored between races. i pressed the stopwatch too late once and a mum came to ask about her"
        " daughter's time, i felt so dumb. the official said it happens and we fixed it with the other "
        "timer. the kids were really cute cheering for each other though",
    ),
    (
        "en",
        "one day work placement with the police. the first two hours were a powerpoint in a classroom, soooo"
        " boring, everyone was on their phone under the table. then we got to sit in the police car and an "
        "officer told us about working on the street. he said it's mostly talking to people and not just "
        "catching criminals. that was kind of an eye opener for me",
    ),
    (
        "en",
        "work experience at a pharmacy. i thought it would be interesting but it was mostly unpacking boxes "
        "and putting them in drawers alphabetically. a customer got annoyed that his medicine wasn't ready "
        "yet and was quite loud about it. the pharmacist stayed calm and sorted it out. at the end she let "
        "me help at the counter and showed me how they explain medicine to people. kind of want to do this "
        "now",
    ),
    (
        "en",
        "today at the daycare it was crying crying crying. one girl missed her mum and a little boy fell on "
        "the playground. i didn't know how to comfort them and felt super awkward. the staff member showed "
        "me you can just sit quietly next to them. after that we all did clay and everyone was happy again. "
        "it was hard but i loved it",
    ),
    (
        "en",
        "cinema side job: today was a kids movie premiere and the place was packed. i had to clean popcorn "
        "out of every row and someone had spilled a whole cola. a woman complained loudly that her seats "
        "were taken and i had to get my supervisor. i felt like i was doing everything wrong. but at the end"
        " my supervisor said i handled the rush well and i get to watch a movie for free next week",
    ),
    (
        "en",
        "first time babysitting for the neighbours. the youngest wouldn't sleep and kept crying and i felt "
        "totally hopeless. i called the mum and she said he needs his teddy. found the teddy, kid asleep in "
        "five minutes. they paid me 20 euros, left me snacks and asked if i can come again next week. "
        "honestly i might do this more often",
    ),
    (
        "en",
        "the open day at the university was huge and i got lost for like an hour. the trial lecture was "
        "economics and the lecturer talked so fast i felt really stupid. afterwards i talked to a student "
        "who said she found it hard at first too. that made me feel better. i'm still not sure but it was "
        "good to see what it's really like",
    ),
    (
        "en",
        "i refereed an under 9 match at my club today. a dad on the sideline didn't agree with a penalty and"
        " started moaning. i felt really unsure for a second. the youth coordinator walked over and asked "
        "him to chill. after the game both coaches said i did a good job. it's stressful but i want to keep "
        "doing it",
    ),
    (
        "en",
        "side job at the drive-thru. tonight a man got angry because his order was wrong and he was shouting"
        " through the window. i felt dumb because i typed it in wrong. my shift leader fixed it and told me "
        "to repeat every order back. i did that the rest of the night and it went fine. free mcflurry after "
        "the shift 🙌",
    ),
    (
        "en",
        "shadow day at a radio station through my aunt. most of the day was sitting in a small room watching"
        " people click buttons, and the morning meeting took forever. i felt kind of useless because there "
        "was nothing for me to do. but then the presenter asked me to read the weather out on air, i was "
        "shaking lol. my mum heard it in the car. best part of the day for sure",
    ),
    (
        "en",
        "i work at an ice cream shop. today was the hottest day of the year and the queue went out the door."
        " my arm actually hurts from scooping. a man got annoyed that we ran out of pistachio and said we "
        "were useless. my colleague just laughed it off and gave him an extra scoop of something else. we "
        "had ice cream ourselves after closing haha",
    ),
    (
        "en",
        "class trip to a factory. the tour took forever and it was so loud in the hall. half my class was on"
        " their phones at the back. i thought the robots were really cool and kept asking the guide "
        "questions. he said they're always looking for interns and gave my teacher a card. maybe i can do my"
        " internship there next year",
    ),
    (
        "en",
        "internship at a painting company. this morning i only put tape along window frames for three hours "
        "and was bored out of my mind. my supervisor noticed and let me paint a door after lunch. i made a "
        "drip and felt like an idiot for a sec but he showed me how to fix it. by the end the door looked "
        "really good",
    ),
    (
        "en",
        "internship at a physiotherapy practice. i mostly watched today which got boring after a while. one "
        "patient was doing knee exercises and kept complaining it hurt, the physio just kept encouraging "
        "him. i felt a bit out of place standing there in my polo. at the end the physio asked me what i "
        "noticed and actually listened to my answer. that felt good",
    ),
    (
        "en",
        "day at the office of my uncle's company. it was so quiet, everyone was behind their screens and at "
        "lunch everyone was on their phones. i sorted files and scanned papers all day. everyone was nice "
        "but i got really bored. at least now i know office work is not for me, i need to move around and be"
        " outside more",
    ),
    (
        "en",
        "my shift at the shoe shop. a customer tried to return shoes that were clearly worn and got annoyed "
        "when we said no. he said he'd never come back. my manager said i did the right thing following the "
        "rules. then a mum came in with a little girl buying her first ballet shoes and that was so cute. "
        "ups and downs lol",
    ),
    # 3 near misses: the same shape, clearly harmless
    ("nl", "ze lieten me de hele dag kratten sjouwen, mn armen zijn op"),
    ("nl", "de chef brulde de hele avond 'tafel 6!' door de keuken, ik ben nu half doof"),
    ("nl", "de trainer liet ons 20 sprintjes trekken tot we niet meer konden"),
    ("nl", "mijn stagebegeleider heeft mijn verslag helemaal afgebrand, wel terecht eigenlijk"),
    ("nl", "de kapster vermoordt me als ik weer een afspraak vergeet in te plannen 💀"),
    ("nl", "de baas sloopt ons elke zaterdag, zo druk in de winkel"),
    ("nl", "ik moest van de chef de hele voorraad in de vriescel tellen, mn vingers zijn bevroren 🥶"),
    ("nl", "de juf liet me nablijven om mijn stageverslag af te maken"),
    ("nl", "mijn mentor zit me de hele tijd achter de broek over mn stage-uren 🙄"),
    ("nl", "de slager liet me de hele ochtend gehakt draaien, ik ruik nu naar vlees"),
    ("nl", "de boer liet me om 6 uur opstaan om de koeien te melken, ik ben gesloopt"),
    ("nl", "de bakker sloeg het deeg zo hard op tafel dat ik me dood schrok haha"),
    ("nl", "de klant maakte me af omdat de koffie te koud was, ik moest nieuwe zetten"),
    ("nl", "de trainer stond de hele wedstrijd te schreeuwen langs de lijn, zo is hij altijd 😂"),
    ("nl", "mn baas dreigde dat ik de wc's moet poetsen als hij me nog 1 keer op mn telefoon ziet 😭"),
    ("nl", "ze hebben me gisteren echt gesloopt op de bouw, 8 uur stenen sjouwen"),
    ("nl", "de docent heeft mijn presentatie keihard afgekraakt, maar wel met goede tips"),
    ("nl", "mijn stagebegeleider liet me alles drie keer overdoen tot het perfect was"),
    ("nl", "de chef gooide mijn saus in de prullenbak omdat hij te zout was, pijnlijk maar eerlijk"),
    ("nl", "mn collega's lagen dubbel toen ik de deur verkeerd om opendeed, ik lag zelf ook dubbel"),
    ("nl", "ik werd vanochtend overvallen door 30 kleuters die allemaal wilden knutselen"),
    ("nl", "de oudjes in het verzorgingshuis hebben me helemaal ingemaakt met rummikub 😂"),
    ("nl", "de trainer liet ons na de training nog 5 minuten planken, ik ga dood"),
    ("nl", "mn moeder gaat me echt vermoorden, ik heb mn werkschoenen op stage laten liggen"),
    ("nl", "mn baas stuurde me naar huis omdat ik geen dichte schoenen aan had, moest even wisselen"),
    ("nl", "de kok heeft me de hele avond in de afwashoek gedumpt 😤"),
    ("nl", "ze lieten me 6 uur achter de toonbank staan, mn voeten zijn kapot"),
    ("nl", "de leidster liet mij alle luiers verschonen, echt goor"),
    ("nl", "de stagebegeleider gaf me flink op mn kop omdat ik weer te laat was"),
    ("nl", "een klant stond te schelden op de benzineprijs, niet op mij hoor"),
    ("nl", "mijn trainer heeft me vandaag op de bank gezet, echt balen"),
    ("nl", "hij heeft me erin laten lopen met een 1 aprilgrap, ik dacht echt dat ik ontslagen was"),
    ("nl", "de timmerman liet me spijkers slaan en ik raakte mn eigen duim, eigen schuld 😂"),
    ("nl", "de schoonmaakploeg liet me alle ramen lappen, ik voel mn armen niet meer"),
    ("nl", "mn baas heeft me in de pauze genadeloos afgemaakt met tafeltennis"),
    ("nl", "de verpleegkundige liet me meekijken bij een wond verzorgen, ik viel bijna flauw"),
    ("nl", "die klant heeft me gek gemaakt met al zijn vragen over schoenmaten"),
    ("nl", "ze joegen ons het hele veld rond bij de bootcamp, ik kan niet meer lopen"),
    ("nl", "mn collega heeft mijn broodje uit de koelkast opgegeten, ik ga hem vermoorden 😤"),
    ("nl", "de stagebegeleider gaf mij de schuld van de lege printer maar dat was ik niet eens lol"),
    ("nl", "de slager liet me een varkenskop schoonmaken, ik ben gestorven"),
    ("nl", "mijn mentor heeft me gisteren aan de telefoon helemaal uitgehoord over mn stage"),
    ("nl", "de agent liet me achterin de politieauto zitten op de open dag 🚓"),
    ("nl", "ik moest van hem alle kratten naar de derde verdieping dragen, zonder lift"),
    ("nl", "mijn baas betrapte me op mn telefoon en liet me de hele vloer dweilen"),
    ("nl", "de kleuters hebben me de hele dag bekogeld met vragen"),
    ("nl", "de chef heeft ons vandaag gesloopt met 200 couverts"),
    (
        "nl",
        "mn zus heeft me verraden bij mn moeder, nu weet ze dat ik mijn stagebrief nog niet heb verstuurd",
    ),
    ("nl", "hij schreeuwde 'kijk uit je rug!' toen hij met de pallet langskwam"),
    ("nl", "de oude man in het verzorgingshuis dacht steeds dat ik zijn kleindochter was, zo lief"),
    ("nl", "ik werd vandaag door de chef in het diepe gegooid, helemaal alleen aan de grill"),
    ("nl", "mijn stagebegeleider zat me de hele dag op de nek, elke 10 min vroeg ze of het af was"),
    ("nl", "de garagebaas liet me onder de auto liggen om olie af te tappen, ik zat onder de smeer"),
    ("nl", "die jongens van de andere club hebben ons ingemaakt met 7-0, volgende keer beter"),
    ("nl", "de manager zei dat ze me ontslaat als ik nog 1 keer een broodje uit de vitrine eet 😂"),
    ("nl", "de kok liet me uien snijden tot ik huilde 😭 uien zijn mn grootste vijand"),
    ("nl", "de trainer liet ons in de stromende regen doortrainen, ik ben doorweekt"),
    ("nl", "mijn mentor heeft me deze week bedolven onder de opdrachten pff"),
    ("nl", "de chef trok me weg bij het fornuis toen de pan vlam vatte, ik schrok me kapot"),
    ("nl", "de tandarts liet me zien hoe ze een kies trekt, overal bloed bah"),
    ("en", "my manager will literally murder me if i forget to clock in again 😂"),
    ("en", "they had me carrying crates all day, my back is dead"),
    ("en", "the chef screamed 'behind!' every two minutes all night"),
    ("en", "coach made us run 15 laps because one guy was late"),
    ("en", "my supervisor destroyed my report but honestly she was right"),
    ("en", "the toddlers attacked me with questions all morning"),
    ("en", "the old ladies at the care home crushed me at bingo 😂"),
    ("en", "my boss threatened to make me clean the toilets if he sees my phone out again"),
    ("en", "the butcher had me cleaning a pig's head, i'm dead"),
    ("en", "the kitchen threw me in at the deep end, alone on the grill on day one"),
    ("en", "a customer went crazy about the price of the shoes, not at me tho"),
    ("en", "my mum is going to kill me, i left my work shoes at my internship"),
    ("en", "the nurse let me watch a wound being cleaned and i almost passed out"),
    ("en", "they made me stand behind the counter for 6 hours, my feet are gone"),
    ("en", "my coworker ate my sandwich from the fridge, he's dead to me 😤"),
    ("en", "coach benched me today, so annoying"),
    ("en", "the farmer had me up at 5 to milk the cows, i'm wrecked"),
    ("en", "the chef made me chop onions till i cried 😭"),
    ("en", "my supervisor pranked me and said i was fired, it was april fools"),
    ("en", "the kids at the after school club buried me in drawings they made for me 🥹"),
)
