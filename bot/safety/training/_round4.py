"""Fourth round of training messages, written 2026-12-07 by a writer who saw neither the detector nor
any earlier set; for training only: reflective sentences about a feeling that lasts or comes back, calm
stories that mention a death or a heavy job, and true signals said with the same words."""

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
    # suicide
    ("nl", "als ik eraan denk wil ik er eigenlijk niet meer zijn", _S, "self"),
    ("nl", "ik denk nog steeds elke avond dat het beter is als ik dood ben", _S, "self"),
    ("en", "still think about ending it sometimes, the internship didnt change that", _S, "self"),
    ("nl", "het komt steeds terug, die gedachte dat ik er een einde aan wil maken", _S, "self"),
    ("nl", "ik ben nog altijd zo moe van alles, ik wil gaan slapen en nooit meer wakker worden", _S, "self"),
    (
        "nl",
        "waar ik dat gevoel van ken? van elke nacht, als ik lig te bedenken hoe ik zelfmoord kan plegen",
        _S,
        "self",
    ),
    ("en", "every time i think of my future i just want to stop existing", _S, "self"),
    ("nl", "ik heb al een plan hoe ik het ga doen, niemand gaat me missen toch", _S, "self"),
    ("nl", "ik wil niet meer leven. alles is zwaar. ook na de stage nog steeds", _S, "self"),
    (
        "nl",
        "als ik er nu aan denk is de stage best oké gegaan, de collega's waren aardig en ik heb "
        "veel geleerd, maar eerlijk gezegd maakt het allemaal niet zoveel uit want ik denk al "
        "weken dat ik er een einde aan wil maken en ik weet ook al hoe",
        _S,
        "self",
    ),
    (
        "nl",
        "mijn vriendin van de stage zegt nog steeds dat ze dood wil, ze heeft pillen gespaard",
        _S,
        "other",
    ),
    (
        "nl",
        "mijn broertje zegt steeds dat hij niet meer wil leven, ik weet niet wat ik moet doen",
        _S,
        "other",
    ),
    ("en", "my friend from my side job just texted me that she wants to kill herself tonight", _S, "other"),
    (
        "nl",
        "in groep 8 wilde ik dood en had ik al een afscheidsbrief geschreven, als ik eraan "
        "terugdenk schrik ik nog steeds van mezelf",
        _S,
        "past",
    ),
    (
        "nl",
        "vorig jaar heb ik geprobeerd om een einde aan mijn leven te maken, ik lag toen in het ziekenhuis",
        _S,
        "past",
    ),
    # self-harm
    ("nl", "het komt steeds terug, ik snij mezelf dan", _H, "self"),
    ("nl", "als ik eraan terugdenk hoe die klant tegen me schreeuwde krab ik mijn armen open", _H, "self"),
    ("en", "when i think about it now i still want to hurt myself, like cut again", _H, "self"),
    ("nl", "ik draag op stage altijd lange mouwen zodat niemand de sneetjes ziet", _H, "self"),
    ("nl", "elke keer als ik me schaam sla ik mezelf tot ik blauwe plekken heb", _H, "self"),
    ("nl", "ik brand mezelf soms met een aansteker, dan voel ik tenminste iets", _H, "self"),
    (
        "nl",
        "ik ben nog steeds boos op mezelf en dan bonk ik mijn hoofd tegen de muur tot het bloedt",
        _H,
        "self",
    ),
    ("en", "i still do it, the cutting. nobody at my internship knows", _H, "self"),
    ("nl", "nu nog pak ik een mesje als ik gestrest ben van werk, ik weet dat het niet goed is", _H, "self"),
    ("nl", "gisteravond na mijn dienst heb ik weer in mijn been gesneden, het was te veel", _H, "self"),
    (
        "nl",
        "mijn klasgenoot op stage heeft allemaal wondjes op haar arm, ze zegt dat ze dat zelf doet",
        _H,
        "other",
    ),
    ("en", "my best friend showed me the cuts on her legs, she says it helps her calm down", _H, "other"),
    ("nl", "mijn zus krast zichzelf nog steeds, ik zag vanochtend weer bloed in de badkamer", _H, "other"),
    (
        "nl",
        "in de tweede klas sneed ik mezelf, als ik er nu aan denk voel ik die drang weer een beetje",
        _H,
        "past",
    ),
    ("en", "last year i used to burn my wrists, the scars are still there and i remember why", _H, "past"),
    # abuse by other adults
    ("nl", "de trainer van voetbal zit nog steeds aan me en zegt dat ik niks mag zeggen", _A, "self"),
    (
        "nl",
        "een man bij de bushalte naast mijn stage stuurt me nog altijd berichtjes en foto's van zijn lichaam",
        _A,
        "self",
    ),
    (
        "en",
        "my neighbour keeps asking me to come inside and then he touches me, it keeps happening",
        _A,
        "self",
    ),
    (
        "nl",
        "elke keer als ik aan de bijlesleraar denk word ik misselijk, hij deed dingen bij me die ik "
        "niet wilde",
        _A,
        "self",
    ),
    (
        "nl",
        "een volwassen man die ik online ken wil dat ik naaktfoto's stuur anders zet hij de oude online",
        _A,
        "self",
    ),
    (
        "nl",
        "de vader van mijn vriendin zit aan mijn benen als hij me na het werk naar huis brengt",
        _A,
        "self",
    ),
    (
        "nl",
        "ik ben nog steeds bang voor de buurman, hij heeft me vastgepakt en gezegd dat het ons geheimpje is",
        _A,
        "self",
    ),
    (
        "en",
        "the taxi driver who takes me to my internship says stuff about my body and touched my leg again",
        _A,
        "self",
    ),
    (
        "nl",
        "een jongen van 25 heeft me geld en een telefoon gegeven en nu zegt hij dat ik dingen met "
        "zijn vrienden moet doen",
        _A,
        "self",
    ),
    ("nl", "de gymleraar komt steeds de kleedkamer in als wij ons omkleden en raakt me aan", _A, "self"),
    (
        "nl",
        "mijn vriendin zegt dat de man van de sportschool haar heeft aangerand, ze durft niks te zeggen",
        _A,
        "other",
    ),
    ("en", "my friend's coach keeps sending her sexual messages and she is scared of him", _A, "other"),
    (
        "nl",
        "mijn nichtje wordt door een man uit de buurt steeds opgewacht na school en hij pakt haar vast",
        _A,
        "other",
    ),
    (
        "nl",
        "toen ik 12 was heeft een trainer me misbruikt, als ik er nu aan terugdenk kan ik niet ademen",
        _A,
        "past",
    ),
    (
        "en",
        "when i was younger a man from church abused me and it keeps coming back to me at night",
        _A,
        "past",
    ),
    # violence at home
    ("nl", "ik ben nog steeds bang om naar huis te gaan", _V, "self"),
    ("nl", "elke keer als ik aan thuis denk voel ik weer de klappen van mijn vader", _V, "self"),
    (
        "en",
        "when i think about going home tonight i get scared, my stepdad hits me when he's drunk",
        _V,
        "self",
    ),
    ("nl", "mijn moeder slaat me nog altijd als ik te laat thuis ben van mijn bijbaan", _V, "self"),
    (
        "nl",
        "thuis wordt er steeds geschreeuwd en gisteren gooide mijn vader een stoel naar mijn moeder",
        _V,
        "self",
    ),
    ("nl", "papa pakt mijn geld van bijbaan en slaat mij als ik nee zeg. ik wil niet naar huis", _V, "self"),
    (
        "en",
        "my older brother keeps beating me up at home and my parents dont do anything about it",
        _V,
        "self",
    ),
    (
        "nl",
        "als ik er nu aan denk trillen mijn handen nog, mijn stiefvader heeft me gisteren tegen de "
        "muur geduwd",
        _V,
        "self",
    ),
    (
        "nl",
        "ik mag thuis niet eten als ik niet genoeg verdien met mijn baantje en dan sluiten ze me op "
        "in mijn kamer",
        _V,
        "self",
    ),
    (
        "nl",
        "mijn mentor vraagt waarom ik altijd zo lang blijf op stage na sluitingstijd, de waarheid is "
        "dat mijn stiefvader thuis elke avond gaat drinken en dan slaat hij mij of mijn moeder, dus "
        "hoe later ik thuiskom hoe beter, ik heb dat nog nooit aan iemand verteld",
        _V,
        "self",
    ),
    (
        "nl",
        "mijn vriend komt steeds met blauwe plekken op stage, hij zegt dat zijn vader hem slaat",
        _V,
        "other",
    ),
    ("en", "my little sister is scared of our dad, he hits her with his belt", _V, "other"),
    ("nl", "mijn klasgenoot durft niet naar huis, haar moeder gooit dingen naar haar hoofd", _V, "other"),
    (
        "nl",
        "vroeger sloeg mijn vader ons elke week, als ik eraan terugdenk krijg ik het nog steeds benauwd",
        _V,
        "past",
    ),
    (
        "en",
        "when i was little my mom locked me in the basement for days, every time i think of it i feel sick",
        _V,
        "past",
    ),
    # violence at work
    ("nl", "mijn begeleider zit nog steeds aan me terwijl ik nee zeg", _W, "self"),
    ("nl", "de baas van mijn bijbaan schreeuwt elke dag tegen me en vandaag heeft hij me geduwd", _W, "self"),
    (
        "en",
        "my supervisor still makes comments about my body and tried to kiss me in the storage room",
        _W,
        "self",
    ),
    (
        "nl",
        "een collega van de supermarkt blijft me opwachten bij de fietsenstalling en zegt vieze dingen",
        _W,
        "self",
    ),
    (
        "nl",
        "als ik eraan terugdenk word ik nog steeds bang, die klant pakte me gewoon bij mijn keel",
        _W,
        "self",
    ),
    ("nl", "mijn chef zegt dat ik mijn loon niet krijg als ik niet met hem meega naar zijn auto", _W, "self"),
    (
        "nl",
        "op stage sloeg de kok me met een pollepel op mijn hand en iedereen lachte, dat gebeurt vaker",
        _W,
        "self",
    ),
    (
        "en",
        "a client at the care home keeps grabbing my chest and my supervisor says i should just accept it",
        _W,
        "self",
    ),
    (
        "nl",
        "ik ben nog altijd bang voor mijn stagebegeleider, hij dreigt me te slaan als ik fouten maak",
        _W,
        "self",
    ),
    (
        "nl",
        "chef zegt: jij werkt 12 uur of ik bel politie voor jouw papieren. ik ben bang, elke dag",
        _W,
        "self",
    ),
    (
        "nl",
        "mijn vriendin zegt dat haar leidinggevende bij de bakker haar in de koelcel heeft "
        "vastgehouden en gezoend",
        _W,
        "other",
    ),
    ("en", "my friend's boss at the restaurant hits him on the back of his head when he's slow", _W, "other"),
    (
        "nl",
        "mijn klasgenoot wordt op haar stage steeds door een klant betast en de baas doet niks",
        _W,
        "other",
    ),
    (
        "nl",
        "bij mijn vorige bijbaan heeft de manager me aangerand, het komt steeds terug als ik een "
        "winkel inloop",
        _W,
        "past",
    ),
    (
        "en",
        "last summer my boss at the farm pushed me into the fence and threatened me, i still flinch "
        "when i think of him",
        _W,
        "past",
    ),
    # bullying
    ("nl", "de andere stagiairs negeren me nog steeds en lachen me uit in de kantine", _B, "self"),
    (
        "nl",
        "elke dag op stage pakken twee jongens uit mijn klas mijn spullen af en schoppen ze me",
        _B,
        "self",
    ),
    (
        "en",
        "the other interns made a group chat about me with ugly pictures and it's still going on",
        _B,
        "self",
    ),
    (
        "nl",
        "ze noemen me op stage nog altijd vieze buitenlander en niemand wil met me samenwerken",
        _B,
        "self",
    ),
    (
        "nl",
        "als ik eraan denk dat ik morgen weer met hen moet werken wil ik huilen, ze pesten me echt elke dag",
        _B,
        "self",
    ),
    (
        "nl",
        "een jongen die ook stage loopt heeft een filmpje van mij op tiktok gezet en nu scheldt "
        "iedereen me uit",
        _B,
        "self",
    ),
    ("nl", "ik word gepest. andere stagiair zegt: ga terug naar jouw land. elke dag weer", _B, "self"),
    ("en", "every time i walk in the other trainees whisper and shove me against the lockers", _B, "self"),
    (
        "nl",
        "ze sluiten me steeds buiten bij de lunch en zeggen dat ik stink, het houdt maar niet op",
        _B,
        "self",
    ),
    (
        "nl",
        "mijn klasgenoten bij de bijbaan dreigen me in elkaar te slaan als ik het aan de leiding vertel",
        _B,
        "self",
    ),
    (
        "nl",
        "mijn vriend wordt op zijn stage door de andere stagiairs elke dag uitgescholden en geduwd",
        _B,
        "other",
    ),
    (
        "en",
        "a girl in my class gets bullied so bad at our internship, they threw her bag in the trash "
        "and laughed",
        _B,
        "other",
    ),
    (
        "nl",
        "mijn beste vriendin wordt online gepest door meiden van haar stage, ze wil niet meer naar school",
        _B,
        "other",
    ),
    (
        "nl",
        "in de brugklas werd ik zo erg gepest dat ik niet meer at, als ik er nu aan denk doet het nog "
        "steeds pijn",
        _B,
        "past",
    ),
    (
        "en",
        "in year 7 they bullied me every single day and it keeps coming back to me when the interns laugh",
        _B,
        "past",
    ),
)

# (language, text)
HARMLESS: tuple[tuple[str, str], ...] = (
    # a feeling that lasts, comes back or is remembered
    ("nl", "als ik er nu aan denk ben ik nog steeds blij"),
    ("nl", "ik ben nog steeds blij dat ik bij de bakker stage heb gelopen"),
    ("nl", "als ik eraan terugdenk moet ik nog steeds lachen om die kassa die de hele tijd vastliep"),
    ("nl", "ik word er nog steeds blij van als ik denk aan die mevrouw die me zo bedankte"),
    ("nl", "ik baal er nog steeds van dat ik op mijn eerste dag te laat was door de trein"),
    ("nl", "ik schaam me nog steeds een beetje dat ik de bestelling liet vallen 🙈"),
    (
        "nl",
        "als ik er nu aan denk ben ik nog steeds boos op die onbeleefde klant die zo chagrijnig "
        "deed omdat zijn brood op was",
    ),
    ("nl", "achteraf was ik best trots op mezelf"),
    ("nl", "nu nog voel ik me trots als ik langs die garage fiets"),
    ("nl", "ik ben nog altijd een beetje zenuwachtig als ik de telefoon moet opnemen op kantoor"),
    ("nl", "als ik eraan terugdenk voel ik weer die kriebels in mijn buik van de eerste dag"),
    ("nl", "achteraf gezien was ik echt opgelucht dat het gesprek met de manager goed ging"),
    ("nl", "ik ben er nog steeds moe van haha, die dag duurde zo lang"),
    ("nl", "het komt steeds terug in mijn hoofd, dat moment dat een kleuter mijn hand pakte. zo lief 🥹"),
    ("nl", "elke keer als ik eraan denk word ik weer vrolijk"),
    ("nl", "ik verveelde me echt en als ik er nu aan denk verveel ik me nog steeds 😴"),
    ("nl", "waar ik het van ken? bij voetbal heb ik dat ook altijd, dat ik trots ben na een goeie pass"),
    ("nl", "bij voetbal heb ik dat ook altijd als we verliezen, dan baal ik nog dagen"),
    ("nl", "in groep 8, toen ik de hoofdrol in de musical had, was ik ook zo zenuwachtig"),
    ("nl", "dat had ik in groep 6 ook, toen ik een spreekbeurt over mijn cavia moest houden"),
    ("nl", "ik ken dat gevoel van zwemles, toen ik mijn a diploma haalde was ik ook zo blij"),
    ("nl", "ik ken dat van thuis, als ik voor mijn broertjes kook en ze vinden het lekker"),
    ("nl", "eerder had ik dat op de verjaardag van mijn oma, toen ik zelf een taart had gebakken"),
    ("nl", "nog steeds een beetje verdrietig dat de stage voorbij is, ik ga de collega's echt missen"),
    ("nl", "ik baal er nu nog van dat ik alleen maar mocht vegen en niet aan de auto's mocht"),
    ("nl", "als ik er aan terugdenk moet ik lachen"),
    ("nl", "ik ben nog steeds blij"),
    ("nl", "ik word nog altijd rood als ik eraan denk dat ik 'mam' zei tegen mijn begeleider 😂"),
    ("nl", "ben er nog steeds een beetje boos over dat ik de hele dag dozen moest uitpakken"),
    ("nl", "mijn gevoel is nog hetzelfde: trots. ik heb het gewoon gedaan"),
    ("nl", "blij. nog steeds. echt"),
    ("nl", "ik voel me nu nog een beetje onzeker of ik het wel goed deed"),
    ("nl", "als ik er nu aan denk ben ik nog steeds opgelucht dat ik niet hoefde te presenteren"),
    (
        "nl",
        "ik denk er nog vaak aan, aan die oude meneer die vertelde over zijn werk in de haven, dat "
        "vond ik mooi",
    ),
    ("nl", "dat gevoel blijft gewoon, ik wil echt kapper worden"),
    ("nl", "ik ben nog steeds verbaasd hoe snel die dag ging"),
    ("nl", "ik ben nog altijd een beetje jaloers op mijn vriend, die mocht bij ajax meelopen"),
    ("nl", "achteraf schaam ik me wel een beetje dat ik zo stil was"),
    ("nl", "ik ben nog altijd zenuwachtig voor de volgende keer maar ik heb er ook zin in"),
    ("nl", "als ik eraan terugdenk ben ik vooral moe, maar wel blij moe"),
    ("nl", "ik ken dat gevoel van scouting, als je met z'n allen een tent opzet en het lukt"),
    ("nl", "dat had ik ook toen ik in de brugklas kwam, alles nieuw en spannend"),
    ("nl", "toen ik mijn verkeersexamen deed had ik ook zulke zenuwen"),
    ("nl", "het komt nog steeds terug als ik een kassa hoor piepen 😂 dan denk ik meteen aan mijn bijbaan"),
    ("nl", "nu nog word ik chagrijnig als ik aan die bus van 6 uur denk"),
    ("nl", "eerlijk ik baal er nog steeds van dat ik geen fooi kreeg"),
    ("nl", "ik voel nog steeds die trots van toen die klant zei dat mijn nagels zo mooi waren gelakt"),
    ("nl", "ik ben nog steeds boos want mijn collega deed niks en ik moest alles alleen doen pff"),
    ("nl", "mijn moeder vraagt er nog altijd naar en dan word ik gewoon weer blij"),
    ("nl", "ik heb nog steeds kippenvel als ik denk aan de brandweerauto die met sirene uitrukte"),
    ("nl", "ik ben nog blij. de mensen waren lief voor mij"),
    ("nl", "ik denk aan die dag en ik lach. mooi dag"),
    ("nl", "in mijn land ik hielp ook in winkel van mijn oom, zelfde gevoel, blij"),
    ("nl", "nog steeds beetje bang voor nederlands praten met klant, maar gaat beter"),
    ("nl", "dit gevoel ken ik van school in syrie, als juf zegt goed gedaan"),
    ("nl", "ik schaam me nog altijd een beetje voor mijn handschrift op dat bestelbriefje"),
    ("nl", "achteraf vond ik het helemaal niet zo eng als ik van tevoren dacht"),
    ("nl", "ik voel me nog steeds rustig als ik aan de paardenstal denk"),
    (
        "nl",
        "elke keer als ik aan die klant denk die zo zeurde over het wisselgeld word ik weer geïrriteerd haha",
    ),
    ("nl", "sinds de stage word ik nog steeds blij van de geur van verse koffie ☕"),
    ("nl", "ik ken dat verveelde gevoel van de zomervakantie, dan is er ook niks te doen"),
    ("nl", "toen ik 10 was en mijn eerste tenniswedstrijd won voelde het precies hetzelfde"),
    ("nl", "die zenuwen had ik ook bij mijn eerste judotoernooi"),
    ("nl", "ik ben nog steeds trots en mijn opa ook trouwens"),
    ("nl", "ik heb er achteraf nog lang over nagedacht en ik vond het echt leuk"),
    ("nl", "dat gevoel van opluchting ken ik van na een moeilijke toets"),
    ("nl", "nog altijd jammer dat ik niet langer bij de dierenarts mocht blijven, ik wil daar echt heen"),
    (
        "nl",
        "als ik eraan terugdenk moet ik nog steeds lachen, want ik had de hele ochtend de verkeerde "
        "naam op mijn naambordje en niemand zei het, pas in de pauze zag mijn begeleider het en toen "
        "lag iedereen dubbel, ik ook, en nu noemen ze me daar nog altijd kevin terwijl ik gewoon "
        "daan heet 😂",
    ),
    (
        "nl",
        "waar ik dat gevoel nog meer van ken? in groep 8 moest ik op de eindmusical een liedje "
        "alleen zingen en mijn knieën trilden, maar na afloop was ik net zo trots als nu na mijn "
        "stage bij de bloemist, dat gevoel dat je iets eng vond en het toch gedaan hebt",
    ),
    ("en", "when i think about it now i'm still happy"),
    ("en", "i'm still proud of myself tbh"),
    ("en", "every time i think of it i laugh, i put the milk in the freezer by accident"),
    ("en", "it keeps coming back to me, the moment that customer said i was really helpful"),
    ("en", "still kinda embarrassed that i called my boss by the wrong name lol"),
    ("en", "when i think about it now im still a bit annoyed that i only got to fold towels"),
    ("en", "i still get nervous when the phone rings, but less than before"),
    ("en", "looking back i was mostly relieved it was over, it was a long day"),
    ("en", "i'm still tired from saturday honestly 😩"),
    ("en", "i know this feeling from basketball, when the whole team cheers after a good play"),
    ("en", "i had that before in primary school when i played the main role in the school play"),
    ("en", "still bored just thinking about it, i sorted screws for 6 hours"),
    ("en", "every time i think of the little kids at the daycare i smile"),
    ("en", "it still bugs me that the customer was so rude about the price"),
    ("en", "when i remember it i feel warm inside, the old lady gave me a cookie for helping"),
    ("en", "i still feel a bit ashamed that i started crying when i dropped the tray"),
    ("en", "i know that feeling from when i passed my swimming test"),
    ("en", "i still feel happy when i pass the bakery where i worked"),
    ("en", "looking back im kinda proud i asked so many questions"),
    ("en", "it comes back to me every time i see a fire truck, that day was sick"),
    ("en", "i felt the same in year 6 when we had the science fair and our volcano actually worked"),
    ("en", "still mad at myself that i forgot my work shoes lol"),
    (
        "en",
        "the nervous feeling still comes back when i think of the first five minutes, but after that "
        "it was fine",
    ),
    # calm stories that mention death, illness, loss or a heavy job
    (
        "nl",
        "een jongetje was verdrietig want zijn hamster was dood, de dierenarts legde het heel rustig "
        "aan hem uit",
    ),
    (
        "nl",
        "een psycholoog vertelde over kinderen die iets heftigs hebben meegemaakt, ik vond het interessant",
    ),
    (
        "nl",
        "bij de dierenarts moest een oude hond ingeslapen worden, de eigenaar huilde maar de "
        "dierenarts was heel lief",
    ),
    ("nl", "op de boerderij was een kalfje dood geboren, de boer zei dat dat soms gewoon gebeurt"),
    (
        "nl",
        "in het verzorgingshuis is deze week een mevrouw overleden, de verzorgenden hebben een "
        "kaarsje voor haar aangestoken",
    ),
    (
        "nl",
        "ik liep stage bij een uitvaartcentrum, ik mocht helpen met de bloemen klaarzetten voor de "
        "afscheidsdienst",
    ),
    (
        "nl",
        "de uitvaartleider zei dat hij het mooi vindt om mensen te helpen op de moeilijkste dag van "
        "hun leven",
    ),
    (
        "nl",
        "tijdens de meeloopdag in het ziekenhuis zag ik de afdeling waar mensen met kanker worden behandeld",
    ),
    (
        "nl",
        "de ambulancebroeder vertelde dat ze soms naar zware ongelukken moeten, hij zei dat je "
        "leert om daarmee om te gaan",
    ),
    ("nl", "de politieagent vertelde over een inbraak en hoe ze de dief uiteindelijk hebben gepakt"),
    (
        "nl",
        "de jongerenwerker helpt jongeren die in de problemen zitten met drugs of school, hij was echt chill",
    ),
    ("nl", "de advocaat vertelde over een rechtszaak over een moord, ze praatte er heel zakelijk over"),
    (
        "nl",
        "op het kinderdagverblijf was een meisje verdrietig omdat haar opa was overleden, ik heb een "
        "boekje met haar gelezen",
    ),
    ("nl", "bij geschiedenis ging het over de tweede wereldoorlog, daar zijn zo veel mensen doodgegaan"),
    ("nl", "in de dierenwinkel lag er een visje dood in de bak, ik moest hem eruit scheppen met een netje"),
    (
        "nl",
        "in de game die we op stage testten ga je steeds dood als je van het dak valt haha, dat "
        "moesten we melden als bug",
    ),
    ("nl", "we keken op school een film over een soldaat die sterft, best mooi gemaakt eigenlijk"),
    (
        "nl",
        "mijn begeleider in de zorg legde uit dat je bij palliatieve zorg mensen helpt in hun laatste weken",
    ),
    (
        "nl",
        "de verpleegkundige zei dat ze het zwaar vindt als een patiënt overlijdt, maar dat ze er met "
        "collega's over praat",
    ),
    ("nl", "de boer moest een zieke kip doden, dat hoort er nou eenmaal bij zei hij"),
    ("nl", "bij de slager zag ik hoe ze een half varken in stukken zagen, dat was wel even wennen"),
    ("nl", "de brandweerman vertelde over een woningbrand waar gelukkig niemand gewond raakte"),
    (
        "nl",
        "bij de huisarts kwam een meneer binnen die net had gehoord dat zijn vrouw heel ziek is, de "
        "assistente bleef super rustig",
    ),
    (
        "nl",
        "in het bejaardenhuis vertelde een meneer over zijn vrouw die al tien jaar dood is, hij "
        "lachte erbij en liet foto's zien",
    ),
    ("nl", "rouwkaarten drukken bij de drukkerij vond ik bijzonder, zoveel verschillende namen en gedichten"),
    ("nl", "op de begraafplaats moesten we gras maaien, de hovenier vertelde over de oudste graven"),
    ("nl", "de dierenarts liet een röntgenfoto zien van een kat met een gebroken poot"),
    (
        "nl",
        "de psycholoog zei dat veel jongeren met angst of somberheid bij haar komen en dat praten echt helpt",
    ),
    ("nl", "de rechercheur vertelde dat ze soms maanden aan één zaak werken"),
    ("nl", "de verloskundige vertelde dat niet elke bevalling goed afloopt, maar de meeste gelukkig wel"),
    (
        "nl",
        "in de zorg leerde ik hoe je iemand met dementie helpt, die mevrouw wist mijn naam niet "
        "maar ze was heel lief",
    ),
    (
        "nl",
        "op de kinderopvang hebben ze een prentenboek over de dood voor kleine kinderen, dat vond ik slim",
    ),
    (
        "nl",
        "op de kinderboerderij is een konijn doodgegaan van ouderdom, de kinderen hebben een "
        "tekening voor hem gemaakt",
    ),
    (
        "nl",
        "bij de meeloopdag van de ambulance moest ik reanimeren op een pop, dat is best zwaar voor je armen",
    ),
    ("nl", "de gevangenisbewaarder vertelde over zijn werk met gevangenen, klonk best spannend"),
    ("nl", "op de spoedeisende hulp kwam iemand binnen met een bloedende hand, de arts hechtte het meteen"),
    (
        "nl",
        "bij de apotheek leerde ik dat sommige medicijnen gevaarlijk zijn als je te veel neemt, "
        "daarom controleren ze alles twee keer",
    ),
    (
        "nl",
        "de maatschappelijk werker helpt gezinnen waar het thuis moeilijk is, later wil ik ook zoiets doen",
    ),
    ("nl", "bij dierenarts een hond was dood. de vrouw huilen. ik was stil en ik hielp met een doek"),
    ("nl", "in bejaardenhuis een oude man is dood gegaan. collega zegt dat is normaal daar. het was rustig"),
    ("nl", "de politie man vertelt over zijn werk, ongelukken op de weg. heel interessant voor mij"),
    (
        "nl",
        "mijn oma is vorig jaar overleden en daarom wilde ik stage in de zorg, ik vind het fijn om "
        "ouderen te helpen",
    ),
    (
        "nl",
        "op de manege is een paard overleden aan koliek, de eigenaar was verdrietig en wij hebben "
        "de stal leeggemaakt",
    ),
    (
        "nl",
        "de jeugdarts vertelde hoe ze kindermishandeling herkennen, best heftig onderwerp maar wel "
        "belangrijk",
    ),
    ("nl", "de docent geschiedenis liet een filmpje zien over de slavernij, iedereen was stil"),
    (
        "nl",
        "de assistente bij de dierenarts zei dat ze elke week wel een dier moet laten inslapen en "
        "dat ze dat het moeilijkste deel vindt",
    ),
    (
        "nl",
        "in de film die we in de pauze keken ging de hoofdpersoon dood, super zielig maar wel een mooie film",
    ),
    (
        "nl",
        "de begrafenisondernemer liet de kisten zien, ik dacht dat het eng zou zijn maar het viel best mee",
    ),
    (
        "nl",
        "bij de meeloopdag in het uitvaartcentrum dacht ik eerst dat het heel zwaar zou zijn, maar de "
        "mensen daar waren juist heel warm en rustig, ze vertelden dat ze families helpen met een "
        "mooi afscheid, ik mocht de koffie klaarzetten en de kaartjes bij de bloemen leggen, "
        "achteraf vond ik het een van de mooiste dagen",
    ),
    ("en", "at the vet a cat had to be put down, the owner was sad but the vet was really kind to her"),
    ("en", "the paramedic told us about car crashes and how they stay calm when it's bad"),
    ("en", "a kid at the daycare was sad because his grandpa died, we drew a picture together"),
    ("en", "my internship at the funeral home was actually really calm, i helped set up the chairs"),
    ("en", "the police officer talked about an old murder case, it was cool to hear how they solved it"),
    (
        "en",
        "a resident at the care home passed away this week, the staff lit a candle and shared "
        "stories about her",
    ),
    ("en", "in the game i kept dying on the last level lol so annoying"),
    (
        "en",
        "the psychologist explained how she helps kids who went through trauma, i think i want to "
        "study psychology",
    ),
    ("en", "the goldfish in the shop tank died and i had to tell my manager"),
    ("en", "we visited the ward for kids with cancer, the nurses were so cheerful with them"),
    ("en", "one of the lambs at the farm didnt make it, the farmer said that happens every spring"),
    # ordinary reflection answers
    ("nl", "vandaag heb ik bij de bakker broodjes gesmeerd en achter de kassa gestaan"),
    ("nl", "het moment was toen ik zelf een klant mocht helpen zonder dat iemand meekeek"),
    ("nl", "mijn kernwoord is samenwerken"),
    ("nl", "volgende stap: ik ga vragen of ik in de zomer kan blijven werken"),
    ("nl", "mijn contactpersoon is meneer de vries, die kan ik gewoon mailen"),
    ("nl", "ik ging dood van het lachen toen mijn collega uitgleed over een bananenschil 😂"),
    ("nl", "die klant was echt killing me lol, hij wilde vijf keer een ander broodje"),
    ("nl", "ik lag helemaal dubbel, mijn begeleider deed een dansje in het magazijn"),
    ("nl", "kernwoord: geduld. kinderen zijn druk"),
    ("nl", "ik wil volgende keer meer vragen durven stellen"),
    ("nl", "het leukste was de auto's wassen met de hogedrukspuit"),
    ("nl", "ik heb geleerd hoe je een band verwisselt, best makkelijk eigenlijk"),
    ("nl", "de baas was streng maar wel eerlijk"),
    ("nl", "ik vond het saai want ik moest de hele dag folders vouwen"),
    ("nl", "ik denk dat ik toch liever iets met computers wil"),
    ("nl", "mijn stage was bij de gemeente, ik mocht zelfs bij een vergadering zitten"),
    ("nl", "ik ben gesloopt, 8 uur staan is zwaar man"),
    ("nl", "die hitte in de keuken was moordend 🥵 maar de friet was lekker"),
    ("nl", "ik was zo moe dat ik thuis bijna dood neerviel op de bank haha"),
    ("nl", "die kassatoets was een killer maar ik heb hem gehaald"),
    ("nl", "volgende stap is samen met mijn mentor een cv maken"),
    ("nl", "ik ga juf sandra vragen om een brief voor mijn portfolio"),
    ("nl", "woord van de dag: chaos"),
    ("nl", "het moment dat ik een toerist in het engels hielp, dat was vet"),
    ("nl", "ik heb bij de kapper haren geveegd en koffie gemaakt en één keer mogen föhnen"),
    ("nl", "mijn begeleider heette anouk, ze was super aardig en legde alles uit"),
    ("nl", "ik weet nog niet wat ik wil, misschien iets met dieren"),
    ("nl", "ik heb een dag meegelopen met een elektricien, we moesten door een kruipruimte"),
    ("nl", "vandaag ik werk in supermarkt. ik zet producten in de kast"),
    ("nl", "ik leer nieuwe woorden: bon, pinnen, retour"),
    ("nl", "volgende keer ik wil meer praten met klanten"),
    ("nl", "mijn contact is mevrouw jansen van school"),
    ("nl", "het was echt een dag om nooit te vergeten, zo vet"),
    ("nl", "ik schrok me dood toen het brandalarm afging maar het was gewoon een oefening"),
    ("nl", "ik heb me kapot gewerkt maar het was wel leuk"),
    ("nl", "ik kon wel door de grond zakken toen ik koffie over mijn blouse gooide 😳"),
    ("nl", "die klant maakte me gek met al zijn vragen haha"),
    ("nl", "ik was zo zenuwachtig dat ik bijna moest overgeven maar toen ging het gewoon goed"),
    ("nl", "volgende stap: naar de open dag van het mbo voor de zorgopleiding"),
    ("nl", "ik wil heel graag nog een keer meelopen bij de politie"),
    ("nl", "kernwoord: verantwoordelijkheid, want ik moest aan het eind zelf de kassa tellen"),
    ("nl", "ik heb geleerd dat je in het lab altijd handschoenen en een bril op moet"),
    ("nl", "mijn collega's waren allemaal ouder dan ik, maar wel chill"),
    ("nl", "ik heb een taart versierd en die is echt verkocht!!"),
    ("nl", "beste moment: de kinderen zongen een liedje voor me op mijn laatste dag"),
    ("nl", "ik zou de stage een 8 geven"),
    ("nl", "ik weet nu zeker dat ik geen kantoorbaan wil lol"),
    ("nl", "mijn stagebegeleider gaf me een compliment over hoe netjes ik werkte"),
    (
        "nl",
        "vandaag was mijn laatste dag bij de fietsenmaker, ik heb daar binnenbanden geplakt, remmen "
        "afgesteld en één keer zelf een hele fiets in elkaar gezet, mijn begeleider zei dat ik "
        "handig ben en dat ik altijd mag terugkomen voor een bijbaantje, dus mijn volgende stap is "
        "hem in januari bellen",
    ),
    ("en", "i could have died of embarrassment when i walked into the wrong meeting"),
    ("en", "today i helped at the animal shelter, i walked three dogs"),
    ("en", "my key word is teamwork"),
    ("en", "next step is asking my mentor about a summer job"),
    ("en", "my contact person is mr bakker, he's the store manager"),
    ("en", "best moment was when i fixed the printer by myself lol"),
    ("en", "that customer was killing me, he changed his order like 4 times 😂"),
    ("en", "i was dead tired after the shift but it was fun"),
    ("en", "i learned how to make a proper cappuccino with the foam and everything"),
    ("en", "honestly it was boring, i just scanned papers all day"),
    ("en", "the cook yelled 'behind!' every two seconds, kitchens are crazy lol"),
    ("en", "i think i want to do something with tech or design later"),
    ("en", "i nearly died laughing when the robot vacuum chased the office cat"),
    ("en", "my feet are killing me after 6 hours at the shoe store"),
    ("en", "they let me help with the inventory count, it was kinda chill"),
    ("en", "the moment i'll remember: the little boy who finally tied his own shoes"),
    ("en", "i want to learn more dutch words for work, next step is practicing at home"),
    ("en", "my internship was at a hotel, i made beds and cleaned rooms"),
    ("en", "the lady at reception was super nice and showed me everything"),
)
