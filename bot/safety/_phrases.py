"""Phrase data for the safety detector: building blocks, idiom masks, vetoes, frames, cues and signals.

Patterns run on *normalised* text (see ``_detector.normalise``): lowercase, no accents, chat spellings
expanded, one space between tokens and every clause end (punctuation, emoji, newline) turned into a
``|`` token, so a ``(?:\\w+ )`` gap never crosses a clause boundary.

The tables are plain text so they stay readable and the formatter leaves them alone. A line starts
with the entry's name (for SIGNALS: id, kind, options) followed by its regex; indented lines continue
the regex and are joined verbatim, so each one starts with ``|`` or a lookahead. ``<NAME>`` expands
to an entry of ``BLOCKS``. Nothing here is tuned to a single sentence: every entry is a general form.
The signal tables themselves live in ``_phrases_nl`` and ``_phrases_en``; ``SIGNALS`` joins them.
"""

from __future__ import annotations

from bot.safety._phrases_en import SIGNALS_EN
from bot.safety._phrases_nl import SIGNALS_NL

__all__ = ["BLOCKS", "CUES", "FRAMES", "GROUP", "MASKS", "OWN_FAMILY", "PAST", "SIGNALS", "SUPPRESSORS"]

BLOCKS = r"""
# NL_ADV / EN_ADV are adverbs allowed in a slot; <A1>..<A3>, <E1>, <E2> allow up to that many of them
# and <G1>..<G5> up to that many arbitrary words (see _detector). Times and durations count as adverbs:
# "ik heb gisteravond weer gesneden", "als ik er morgen niet meer ben", "doe ik mezelf al maanden pijn".
NL_ADV  (?:gewoon|echt|graag|soms|het liefst|liefst|liever|eigenlijk|al|nu|zo|nog|wel|ook|vaak|steeds|altijd
    |super|heel|erg|serieus|dan|maar|even|meteen|weer|elke dag|iedere dag|de hele tijd|telkens|constant
    |opnieuw|stiekem|thuis|misschien|waarschijnlijk|sowieso|toch|expres|bijna|allang|gisteren|vandaag|zelf
    |af en toe|regelmatig|elke keer|iedere keer|hard|vaker|morgen|vanavond|vannacht|vanochtend|vanmorgen
    |vanmiddag|gisteravond|gisternacht|eergisteren|laatst|straks|s avonds|s nachts|al maanden|al jaren
    |al weken|al een tijdje|al een jaar)
EN_ADV  (?:just|really|honestly|sometimes|still|always|often|actually|literally|kinda|kind of|so|even|again
    |every day|secretly|seriously|truly|badly|almost|totally|lowkey|deadass|also)
ME  (?:me|mij)
# Dutch puts the subject after the verb when anything else opens the sentence ("soms wil ik niet meer",
# "dan zit hij aan me"): <INV> is that optional subject pronoun right after the finite verb.
INV  (?:(?:ik|hij|ie|ze|zij|we|wij) )?
# The same with a noun phrase as well ("toen zat de chef weer aan me").
SUBJ  (?:(?:ik|hij|ie|ze|zij|we|wij) |(?:mijn|de|die|een|zijn|haar|onze) \w+ )?
# A denial slot: the pattern still matches and the negation check then decides.
NEG  (?:(?:niet|geen|nooit) (?:meer )?)?
# "dat ze zichzelf wil ophangen": a modal between the reflexive and the verb.
MODAL  (?:(?:wil|wilt|wilde|wou|ga|gaat|ging|zal|zou|kan|moet|probeer|probeert|probeerde) )?
# Verb-final clauses stack modals before the infinitive: "dat ze er een eind aan zou willen maken".
VMOD  (?:(?:wil|wilt|wilde|wou|willen|ga|gaat|ging|gaan|zal|zou|zouden|kan|kon|moet|probeert|probeerde) ){0,2}
SELF  (?:mezelf|zichzelf|haarzelf|hemzelf|jezelf)
WANT  (?:wil|wilt|willen|wou|wilde|wilden|wouden)
FAM  (?:vader|pa|papa|pap|stiefvader|stiefpa|moeder|ma|mama|mam|stiefmoeder|stiefma|ouders|broer|oom|opa)
VICTIM  (?:moeder|ma|mama|mam|vader|pa|papa|zus|zusje|zussen|broer|broertje|broers|stiefmoeder|stiefvader)
HIT  (?:slaat|sloeg|slaan|sloegen|schopt|schopte|schoppen|schopten|trapt|trapte|trappen|trapten|stompt
    |stompte|stompen|mept|mepte|meppen|duwt|duwde|duwen|duwden|wurgt|wurgde|wurgen|mishandelt|mishandelde
    |mishandelen|bedreigt|bedreigde|bedreigen|dreigt|dreigde|dreigen|dreigden|knijpt|kneep|knijpen|bijt|beet
    |bijten|ramt|ramde|grijpt|greep)
HIT_PP  (?:geslagen|geschopt|getrapt|gestompt|gemept|geduwd|gewurgd|mishandeld|bedreigd|gebeten|aangevallen
    |in elkaar geslagen|in elkaar getrapt|pijn gedaan|opgesloten)
SH_VERB  (?:pijn (?:te )?(?:doen|doe|gedaan|doet|deed)|(?:te )?(?:snijden|snij|snijd|snijdt|sneed|gesneden
    |krassen|kras|krast|gekrast|kerven|kerf|kerft|gekerfd|branden|brand|brandt|verbranden|verbrand|slaan
    |sla|slaat|sloeg|geslagen|bijten|bijt|verwonden|verwond|beschadigen|beschadig|beschadigd|uithongeren
    |krabben|gekrabd))
LIMB  (?:arm|armen|pols|polsen|been|benen|dij|dijen|buik|bovenbeen|bovenbenen|huid)
INTIMATE  (?:borsten|borst|billen|bil|kont|reet|dijen|dij|kruis|piemel|lul|vagina|kut|tieten|onderbroek|bh
    |broek|lichaam|lijf)
# Full English forms only: stems would also catch Dutch words ("slapen", "pusht me om door te gaan").
EN_HIT  (?:hit|hits|hitting|beat|beats|beating|beaten|kick|kicks|kicked|kicking|punch|punches|punched|punching
    |slap|slaps|slapped|slapping|choke|chokes|choked|choking|strangle|strangles|strangled|push|pushes|pushed
    |pushing|shove|shoves|shoved|hurt|hurts|hurting|attack|attacks|attacked|threaten|threatens|threatened
    |abuse
    |abuses|abused|abusing|harass|harasses|harassed|harassing|grab|grabs|grabbed|grabbing|bite|bites|bit)
# A friend of the student's, as the one harmed ("mijn vriendin wordt geslagen").
FRIEND  (?:vriend|vriendin|vriendje|vriendinnetje|klasgenoot|klasgenote|nichtje|neefje)
EN_FAM  (?:dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents|uncle|brother)
EN_SELF  (?:myself|herself|himself|themselves|themself)
PLACE  (?:stage\w*|school|klas|bedrijf|werk|winkel|zaak|keuken|garage|afdeling|groep|team|plek)
BODY  (?:rug|voeten|voet|benen|been|hoofd|knie|knieen|armen|arm|handen|hand|nek|schouders|schouder|buik
    |tanden|kies|ogen|spieren|schoenen|vingers|vinger|oren)
# Habit words that make "ik snij" self-harm rather than a kitchen task ("ik snij weer", "soms nog").
SH_FREQ  (?:weer|nog|nog steeds|steeds|al|soms|vaak|opnieuw|af en toe|regelmatig|elke dag|iedere dag
    |elke week|stiekem|echt|best vaak|heel vaak|al een tijdje|al jaren|al maanden|sinds kort)
THING  (?:het|dat|dit|wat|die opmerking|zijn woorden|haar woorden|die woorden|dat bericht)
# "Voor als het te veel wordt": the moment a hidden means is kept for.
# Placeholders do not nest, so the adverb slot is spelled out.
TOO_MUCH  (?:voor (?:als|wanneer|het geval dat) (?:ik )?(?:het )?(?:echt |even )?(?:niet meer (?:volhoud
    |aankan|trek|kan|red)|(?:te veel|teveel|te zwaar|te erg) (?:wordt|is|word))|for when (?:it|things
    |everything) (?:gets|get|becomes|is) too (?:much|bad|hard)|for when i can not (?:take it|cope|do this
    |go on) anymore)
# Insults in reported speech ("ze appen me dat ik lelijk ben").
INSULT  (?:lelijk|dik|vet|waardeloos|mislukt|walgelijk|vies|smerig|gestoord|achterlijk|debiel|niks waard
    |niets waard|een loser|een hoer|een slet|een sukkel|een mongool|een freak|een zwerver|een kankerlijer
    |stink|stinkt|vies ruik)
"""

# --- idioms that look like signals but are not; masked out before matching ---------------------

MASKS = r"""
nl.scared_dead  \b(?:schrik|schrok|schrokken|schrikken|geschrokken) (?:me |mij |mezelf |ons |je )?<G2>dood\b
    |\bdood ?geschrokken\b
nl.dead_of  \bdood (?:van|door) (?:het |de |mijn |pure )?(?:lachen|lach|verveling|schaamte|honger|dorst|hitte
    |warmte|kou|zenuwen|stress|spanning|moeheid|vermoeidheid|stank|pijn|herrie|ellende|nieuwsgierigheid
    |jaloezie|cringe|saaiheid)\b
nl.laugh_dead  \b(?:ge)?lach\w* (?:me |mij |ons |mezelf |je )?<G1>dood\b|\bdood ?(?:ge)?lach\w*|\b(?:lig|lag
    |lagen) <G2>dood\b
nl.bored_dead  \b(?:verveel|verveelde|verveelden|vervelen|verveeld) (?:me |mij |ons |mezelf |je )?<G1>dood\b
    |\bdood ?verveeld\b
# Not "gewoon", "eerlijk", "serieus": in "ik wil dood, eerlijk" they are sentence adverbs, not "dood-".
nl.dead_adjective  \bdood (?:moe|op|ziek|eng|stil|normaal|leuk|simpel|bang|zonde|kalm|rustig|saai|nerveus
    |benauwd|vermoeiend)\b
nl.worked_to_death  \b(?:werk|werkte|werken|zweet|zweette|sjouw|sjouwde|sloof|sloofde|ren|rende|schaam
    |schaamde|erger|ergerde) (?:me|mij|mezelf|ons|je) <G2>(?:dood|kapot|rot|een ongeluk)\b
nl.could_hit_myself  \b(?:kan|kon|zou|kunnen) (?:me|mij|mezelf) <G2>wel (?:voor (?:mijn|de|me|het) (?:kop
    |hoofd|harses) )?(?:slaan|schoppen|wurgen|vermoorden|killen|doodschieten)\b
nl.hit_own_head  \b(?:sla|sloeg|slaan|geslagen|slaat) (?:me|mij|mezelf) <G1>voor (?:mijn|de|me|het) (?:kop
    |hoofd|harses)\b
# "Die taart was om dood te gaan": something described as to die for (or as awful), not a wish.
nl.to_die_for  \b(?:was|is|waren|zijn|smaakt|smaakte|ziet|zag|klinkt|klonk) <A2>om dood te gaan\b
    |\bom dood te gaan (?:zo )?(?:lekker|saai|mooi|leuk|lelijk|eng|grappig|goed|slecht|vies|heerlijk|zielig)\b
nl.alarm  \b(?:sla|slaat|sloeg|sloegen|slaan|geslagen) <G2>alarm\b
nl.pull_through  \b(?:sla|slaat|sloeg|slaan) (?:me|mij|ons|zich) <G2>(?:er ?)?doorheen\b
nl.pat_on_back  \b(?:sloeg|slaat|klopte|klopt|tikte|tikt|gaf) (?:\w+ ){0,2}?(?:me|mij|hem|haar
    |elkaar) <G2>op (?:de|mijn|zijn|haar) (?:schouder|rug)\b
nl.hurt_feelings  \b<THING> <G2>(?:doet|deed|doen|heeft) (?:me|mij) <G2>pijn(?: gedaan)?\b|\b<THING> (?:me
    |mij) <G2>pijn (?:doet|deed|gedaan)\b
nl.body_hurts  \b<BODY> <G2>(?:doet|deed|doen|deden) (?:me|mij) <G1>pijn\b
nl.abused_trust  \b(?:vertrouwen|positie|macht|regels|situatie|goedheid) <G2>misbruikt\b
    |\bmisbruik <G2>(?:maken|maakt|maakte|gemaakt) van\b
# A device or a tired body that "wil niet meer" has stopped working: "mijn laptop wil niet meer".
nl.gives_up  \b(?:mijn|de|het|die|onze|zijn|haar) (?:laptop|computer|pc|printer|telefoon|mobiel|scherm
    |auto|fiets|scooter|brommer|motor|kassa|machine|app|wifi|internet|benen|voeten|rug|knie|knieen|stem
    |armen) <A1>(?:wil|wilde|wou|willen|wilden)(?= <A1>niet meer\b)
# "Pesten met" is also "to tease about"; with a laugh in the same breath it is teasing.
nl.teasing  \bgepest met (?:\w+ ){1,4}?(?:haha\w*|hihi\w*|hehe\w*|lol|xd)\b
nl.reckless  \bzelfmoord ?(?:actie|missie|opdracht)\b|\bop sterven na dood\b
nl.nagging  \b(?:zit|zat|zitten|zaten) <G2>aan (?:me|mij|mijn kop|mijn hoofd) <G2>te (?:zeuren|zaniken|mieren
    |vragen|drammen|pushen)\b
en.killing_it  \b(?:killing|kills|killed|kill) (?:me|us|it)\b(?! <G2>(?:with|when|if)\b)|\bkilling (?:myself
    |me) (?:laughing|with laughter)\b|\bkill (?:for|some time|time)\b|\b(?:kill|kills|killed) (?:myself
    |me|ourselves) <G1>(?:laughing|with laughter)\b
en.die_of  \b(?:dying|die|died|dead) (?:of|from) (?:laughter|laughing|boredom|embarrassment|shame|cringe|heat
    |hunger|thirst|cuteness)\b|\bdying to\b|\bto die for\b|\bdie (?:my|her|his) hair\b
    |\b(?:embarrass\w*|ashamed|awkward|cringe\w*|bored|boring) <G4>(?:want|wanted|wanna) to die\b
en.felt_it  \b(?:it|that|this|which|what|the news|the story|your words|his words|her words) <G1>(?:hit|hits
    |hurt|hurts|touched|touches|beat|beats|killed|kills|cut|cuts) me\b
en.idioms  \bhit me up\b|(?:^|\| )beats me\b|\bbeats? me (?:at|in|to)\b|\bkick(?:ed|s)? me (?:out|off)\b
    |\bcut (?:myself|herself|himself) (?:a|some|an) \w+
# A thing or a force of nature as the subject ("the water pushed me back", "the door hit me"): only the
# article plus the noun right before the verb, so "my dad pushed me into the door" still fires.
en.thing_did  \b(?:the|a) (?:water|wind|wave|waves|current|tide|storm|rain|door|gate|branch|hose|machine
    |ladder|box|crate|shelf|cart|trolley) (?:\w+ )?<EN_HIT>\b
# Praise: "slapped me on the back and said well done". With "with" or "hard" after it, it stays a blow.
en.pat_on_back  \b(?:slapped|slaps|slap|patted|pats|pat|clapped|claps|tapped|taps) (?:me|him
    |her) <G1>on (?:the|my|his|her) (?:back|shoulder)\b(?! (?:with|so|really|very|hard)\b)
en.substance  \b(?:drug|alcohol|substance|power) abuse\b|\babuse of power\b
"""

# --- per-rule vetoes, searched in the clause of a match ------------------------------------------

SUPPRESSORS = r"""
# Kitchen, workshop and care placements produce cuts and burns: "ik heb me gesneden aan het broodmes".
accident  \b(?:per ongeluk|perongeluk|ongelukje|ongeluk|uitgeschoten|uitgegleden|gestoten|gevallen
    |bij het (?:koken|snijden|werken|tillen|sporten|voetballen|schoonmaken)|tijdens (?:het )?(?:werk|koken
    |snijden|training|sporten|voetbal|gym|wedstrijd)|aan (?:het|een|de|mijn) \w*(?:mes|glas|papier|blik|oven
    |pan|fornuis|zaag|machine)|(?:in|aan) mijn (?:vinger|duim|hand)|by accident|accidentally|while (?:cooking
    |cutting|working|chopping|shaving)|when i (?:fell|slipped|tripped)|with (?:a|the) (?:knife|saw|box cutter
    |scissors)|on (?:a|the) (?:knife|glass|paper|can|oven|stove)|at (?:work|practice|training)
    |during (?:practice|training|the game|football|work|gym))\b
# Narrower, for harm done by someone else: "mijn collega duwde me per ongeluk".
by_accident  \b(?:per ongeluk|perongeluk|per vergissing|by accident|accidentally|by mistake)\b
# Animals at a farm or vet placement, toddlers at day care, balls in sport: they bite, kick and hit. A
# pillow or a snowball is play. Not "kussen": it is also "to kiss".
harmless  \b(?:hond|honden|hondje|kat|katten|poes|kitten|paard|paarden|pony|konijn|cavia|hamster|muis|rat|koe
    |koeien|geit|varken|kip|slang|papegaai|dier|dieren|pup|puppy|dog|cat|horse|animal|kindje|kindjes|peuter
    |peuters|kleuter|kleuters|baby|babys|toddler|bal|ballen|ball|hoofdkussen|kussengevecht|pillow|pillows
    |sneeuwbal|sneeuwballen|snowball|snowballs|waterballon\w*|water balloons?|waterpistool|water gun|nerf)\b
# "bij mij sloeg de kleur steeds om" (a titration): "omslaan" is turning. Not a time ("om 10 uur").
turns  \b(?:sloeg|slaat|sloegen|slaan)(?: \w+){1,4} om(?! te\b| \d| half| kwart| een uur)\b|\bomgeslagen\b
# Combat sports and matches: being hit or kicked is the activity ("bij kickboksen kreeg ik een trap").
sport  \b(?:kickboks\w*|boks\w*|judo\w*|karate|taekwondo|vechtsport\w*|sparren|gesparred|worstel\w*|mma
    |kickbox\w*|boxing|wrestl\w*|sparring|martial arts|(?:bij|tijdens|in) (?:de|het|een) (?:training|wedstrijd
    |duel)|(?:at|during) (?:the|a) (?:match|game|training))\b
# "ze zeggen dat ik zelfmoord moet plegen" is bullying (its own rule), not the student's wish.
told_to  \b(?:ze|zij|hij|iedereen|jongens|meiden|klasgenoten|they|he|she|people|everyone|someone
    |kids) <G2>(?:zeggen|zegt|zei|zeiden|roepen|roept|riep|riepen|appen|appt|appte|sturen|stuurt|stuurde
    |stuurden|schreeuwen|schreven) <G3>(?:dat ik|ik moet|ik moest)\b|\b(?:they|he|she|people|everyone|someone
    |kids) <G2>(?:tell|tells|told|say|says|said|text|texted|keep telling) (?:me|us) (?:to|that i should
    |i should)\b
# "mijn baas dreigt me te ontslaan" is a threat, but not violence.
threat  \b(?:ontslaan|ontslag|eruit|weg te sturen|onvoldoende|beoordeling|cijfer|melden|aangeven|te bellen
    |fire me|report me)\b
# Decided: customers or patients swearing at a student is part of some jobs, a topic for the placement
# debrief rather than a safety alarm; physical or sexual harm by them still fires as work violence.
client  \b(?:klant|klanten|patient|patienten|client|clienten|bewoner|bewoners|customer|customers)\b
# Decided: a client or resident at a care placement who voices a death wish is part of the work ("bij de
# thuiszorg zei een oude mevrouw dat ze dood wilde"), not the student or a friend at risk. A soft veto.
# Only the person, not the place: a friend who works in a care home may be at risk herself.
care  \b(?:klant|klanten|patient|patienten|client|clienten|cliente|bewoner|bewoners|bewoonster|oude (?:mevrouw
    |meneer|man|vrouw|dame)|oudere (?:mevrouw|meneer|man|vrouw|dame)|bejaarde\w*|customer|customers|patients
    |resident|residents|clients|elderly (?:lady|man|woman|client|patient)|old (?:lady|man|woman))\b
# Teasing said to be meant kindly ("noemt me sukkel maar dat is lief bedoeld"). Not "voor de grap": bullies
# say that too. A soft veto, so never against the student's own present story.
friendly  \b(?:lief bedoeld|goed bedoeld|grappig bedoeld|uit liefde|(?:we|wij) (?:lachen
    |lachten) er ?(?:samen )?om|(?:we|wij) hebben er ?(?:samen )?om gelachen|meant well|in a nice way
    |all jokes)\b
# "my mom makes me do things i don't want to, like homework": a named chore makes it a complaint.
chores  \b(?:zoals|bijvoorbeeld|huiswerk|afwassen|opruimen|schoonmaken|stofzuigen|like|such as|homework
    |chores|dishes|cleaning|clean)\b
"""

# --- topic frames: the keyword is the subject of a lesson, a film, a book -----------------------
# A match is topic talk when one of these frames opens its clause before it and nothing from the frame
# to the clause end is first person ("ik", "mijn", "we", "my"...; inside the frame only "me", "mijn",
# "my" count, as "leerde ik wat" names the learner): "we leerden wat je moet doen als een
# kind thuis geslagen wordt", "a series where a girl wants to die". A first-person statement is never
# framed away ("na de les over pesten besefte ik dat ik gepest word" fires), nor a new clause after the
# frame ("ze zag een film over zelfmoord en nu wil ze dood").

FRAMES = r"""
# Nouns only: "talk", "show", "play" and "news" also open a student's own story ("can we talk about her").
about  \b(?:les|lessen|gastles|voorlichting|training|workshop|cursus|college|film|filmpje|serie|docu
    |documentaire|boek|artikel|krant|presentatie|spreekbeurt|werkstuk|verslag|opdracht|project|toneelstuk|game
    |podcast|lesson|lessons|class|course|movie|series|documentary|book|article|presentation|essay|assignment
    |protocol|beleid|folder|poster|policy|leaflet|(?:het|the) (?:nieuws|news)) <G3>(?:over|about|on|waarin
    |waarbij|where|in which)\b
within  \b(?:in|op|on) (?:de|het|een|the|a) (?:film|serie|docu|documentaire|boek|nieuws|krant|game|movie
    |series|show|documentary|book|news)\b
# English "learned that" also means "found out that", so only how / what / about frame a lesson there.
learn  \b(?:leer|leert|leerde|leerden|leren|geleerd) <G2>(?:dat|hoe|wat|wanneer|waarom|over)\b|\b(?:learn
    |learns|learned|learnt|taught|teaches) <G2>(?:about|how|what|when|why)\b
"""

# --- who or where, for hitting and touching: at the placement work violence, among peers bullying

CUES = r"""
work  stage\w*|stagiair\w*|praktijkbegeleider|werkbegeleider|baas|bazin|chef|chefkok|kok|manager
    |leidinggevende|teamleider|ploegleider|afdelingshoofd|werkgever|eigenaar|collega|collegas|klant|klanten
    |patient|patienten|client|clienten|bewoner|bewoners|werk|werkplek|werkvloer|bijbaan|bijbaantje|bedrijf
    |bedrijfsleider|filiaalleider|begeleider|begeleidster|werkplaats|kapsalon|bakkerij|supermarkt|kinderopvang
    |ziekenhuis|verpleeghuis|winkel|restaurant|keuken|garage|magazijn|kantoor|monteur|boss|supervisor|coworker
    |coworkers|colleague|colleagues|customer|customers|internship|placement|job|shift|store|shop
home  thuis|huis|vader|moeder|pa|papa|pap|ma|mama|mam|stiefvader|stiefmoeder|stiefpa|stiefma|ouders|oom|tante
    |opa|oma|broer|broertje|zus|zusje|neef|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother
    |parents|uncle|aunt|grandpa|grandfather|brother|sister|cousin|home
peer  school|klas|klasgenoten|klasgenoot|klasgenote|pauze|schoolplein|gang|kantine|gymles|gym|kleedkamer
    |jongens|meiden|meisjes|kinderen|leerlingen|groepje|fietsenstalling|groepsapp|class|classmates|classmate
    |kids|boys|girls|students|recess|hallway|locker|bus
"""

# No person or place named, but several attackers ("ze pakken mijn spullen af en slaan me"): a group
# is far more often peers than family, so this falls back to bullying.
GROUP = (
    r"\b(?:slaan|sloegen|schoppen|schopten|trappen|trapten|duwen|duwden|stompen|meppen|bijten|knijpen|wurgen"
    r"|bedreigen|dreigen|dreigden|grijpen|they)\b"
)


# A story told as history ("vroeger", "toen ik klein was", "used to") is not the student's present
# disclosure, so a soft veto may still apply to it.
PAST = (
    r"\b(?:vroeger|toen ik|ooit|jaren geleden|vorig jaar|als kind|used to|when i was|years ago|last year"
    r"|as a kid|once)\b"
)

# The student's own family named anywhere in the message: harm to a sibling or parent is violence at home.
OWN_FAMILY = (
    r"\b(?:mijn|m'n|my) (?:moeder|vader|mama|papa|ouders|broer|broertje|zus|zusje|stiefvader|stiefmoeder|mom"
    r"|mum|mother|dad|father|parents|brother|sister|stepdad|stepmom)\b"
)


# --- signal patterns (see _phrases_nl for the table format) -------------------------------------

SIGNALS = SIGNALS_NL + SIGNALS_EN
