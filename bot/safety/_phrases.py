"""Phrase data for the safety detector: building blocks, idiom masks, vetoes, context cues and signals.

Patterns run on *normalised* text (see ``_detector.normalise``): lowercase, no accents, chat spellings
expanded, one space between tokens and every clause end (punctuation, emoji, newline) turned into a
``|`` token, so a ``(?:\\w+ )`` gap never crosses a clause boundary.

The tables are plain text so they stay readable and the formatter leaves them alone. A line starts
with the entry's name (for SIGNALS: id, kind, options) followed by its regex; indented lines continue
the regex and are joined verbatim, so each one starts with ``|`` or a lookahead. ``<NAME>`` expands
to an entry of ``BLOCKS``. Nothing here is tuned to a single sentence: every entry is a general form.
"""

from __future__ import annotations

__all__ = ["BLOCKS", "CUES", "GROUP", "MASKS", "SIGNALS", "SUPPRESSORS"]

BLOCKS = r"""
# NL_ADV / EN_ADV are adverbs allowed in a slot; <A1>..<A3>, <E1>, <E2> allow up to that many of them
# and <G1>..<G5> up to that many arbitrary words (see _detector).
NL_ADV  (?:gewoon|echt|graag|soms|het liefst|liefst|liever|eigenlijk|al|nu|zo|nog|wel|ook|vaak|steeds|altijd
    |super|heel|erg|serieus|dan|maar|even|meteen|weer|elke dag|iedere dag|de hele tijd|telkens|constant
    |opnieuw|stiekem|thuis|misschien|waarschijnlijk|sowieso|toch|expres|bijna|allang|gisteren|vandaag|zelf
    |af en toe|regelmatig|elke keer|iedere keer|hard|vaker)
EN_ADV  (?:just|really|honestly|sometimes|still|always|often|actually|literally|kinda|kind of|so|even|again
    |every day|secretly|seriously|truly|badly|almost|totally|lowkey|deadass|also)
ME  (?:me|mij)
# A denial slot: the pattern still matches and the negation check then decides.
NEG  (?:(?:niet|geen|nooit) (?:meer )?)?
# "dat ze zichzelf wil ophangen": a modal between the reflexive and the verb.
MODAL  (?:(?:wil|wilt|wilde|wou|ga|gaat|ging|zal|zou|kan|moet|probeer|probeert|probeerde) )?
SELF  (?:mezelf|zichzelf|haarzelf|hemzelf|jezelf)
WANT  (?:wil|wilt|willen|wou|wilde|wilden|wouden)
FAM  (?:vader|pa|papa|pap|stiefvader|stiefpa|moeder|ma|mama|mam|stiefmoeder|stiefma|ouders|broer|oom|opa)
VICTIM  (?:moeder|ma|mama|mam|vader|pa|papa|zus|zusje|zussen|broer|broertje|broers|stiefmoeder|stiefvader)
HIT  (?:slaat|sloeg|slaan|sloegen|schopt|schopte|schoppen|schopten|trapt|trapte|trappen|trapten|stompt
    |stompte|stompen|mept|mepte|meppen|duwt|duwde|duwen|duwden|wurgt|wurgde|wurgen|mishandelt|mishandelde
    |mishandelen|bedreigt|bedreigde|bedreigen|dreigt|dreigde|dreigen|dreigden|knijpt|kneep|knijpen|bijt|beet
    |bijten|ramt|ramde|grijpt|greep)
HIT_PP  (?:geslagen|geschopt|getrapt|gestompt|gemept|geduwd|gewurgd|mishandeld|bedreigd|gebeten|aangevallen
    |in elkaar geslagen|in elkaar getrapt|pijn gedaan)
SH_VERB  (?:pijn (?:te )?(?:doen|doe|gedaan|doet|deed)|(?:te )?(?:snijden|snij|snijd|snijdt|sneed|gesneden
    |krassen|kras|krast|gekrast|branden|brand|brandt|verbranden|verbrand|slaan|sla|slaat|sloeg|geslagen
    |bijten|bijt|verwonden|verwond|beschadigen|beschadig|beschadigd|uithongeren|krabben|gekrabd))
LIMB  (?:arm|armen|pols|polsen|been|benen|dij|dijen|buik|bovenbeen|bovenbenen|huid)
INTIMATE  (?:borsten|borst|billen|bil|kont|reet|dijen|dij|kruis|piemel|lul|vagina|kut|tieten|onderbroek|bh
    |broek|lichaam|lijf)
# Full English forms only: stems would also catch Dutch words ("slapen", "pusht me om door te gaan").
EN_HIT  (?:hit|hits|hitting|beat|beats|beating|beaten|kick|kicks|kicked|kicking|punch|punches|punched|punching
    |slap|slaps|slapped|slapping|choke|chokes|choked|choking|strangle|strangles|strangled|push|pushes|pushed
    |pushing|shove|shoves|shoved|hurt|hurts|hurting|attack|attacks|attacked|threaten|threatens|threatened
    |abuse
    |abuses|abused|abusing|harass|harasses|harassed|harassing|grab|grabs|grabbed|grabbing|bite|bites|bit)
EN_FAM  (?:dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents|uncle|brother)
EN_SELF  (?:myself|herself|himself|themselves|themself)
PLACE  (?:stage\w*|school|klas|bedrijf|werk|winkel|zaak|keuken|garage|afdeling|groep|team|plek)
BODY  (?:rug|voeten|voet|benen|been|hoofd|knie|knieen|armen|arm|handen|hand|nek|schouders|schouder|buik
    |tanden|kies|ogen|spieren|schoenen|vingers|vinger|oren)
THING  (?:het|dat|dit|wat|die opmerking|zijn woorden|haar woorden|die woorden|dat bericht)
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
nl.alarm  \b(?:sla|slaat|sloeg|sloegen|slaan|geslagen) <G2>alarm\b
nl.pull_through  \b(?:sla|slaat|sloeg|slaan) (?:me|mij|ons|zich) <G2>(?:er ?)?doorheen\b
nl.pat_on_back  \b(?:sloeg|slaat|klopte|klopt|tikte|tikt|gaf) (?:me|mij) <G2>op (?:de|mijn) (?:schouder|rug)\b
nl.hurt_feelings  \b<THING> <G2>(?:doet|deed|doen|heeft) (?:me|mij) <G2>pijn(?: gedaan)?\b|\b<THING> (?:me
    |mij) <G2>pijn (?:doet|deed|gedaan)\b
nl.body_hurts  \b<BODY> <G2>(?:doet|deed|doen|deden) (?:me|mij) <G1>pijn\b
nl.abused_trust  \b(?:vertrouwen|positie|macht|regels|situatie|goedheid) <G2>misbruikt\b
    |\bmisbruik <G2>(?:maken|maakt|maakte|gemaakt) van\b
nl.reckless  \bzelfmoord ?(?:actie|missie|opdracht)\b|\bop sterven na dood\b
nl.nagging  \b(?:zit|zat|zitten|zaten) <G2>aan (?:me|mij|mijn kop|mijn hoofd) <G2>te (?:zeuren|zaniken|mieren
    |vragen|drammen|pushen)\b
en.killing_it  \b(?:killing|kills|killed|kill) (?:me|us|it)\b(?! <G2>(?:with|when|if)\b)|\bkilling (?:myself
    |me) (?:laughing|with laughter)\b|\bkill (?:for|some time|time)\b
en.die_of  \b(?:dying|die|died|dead) (?:of|from) (?:laughter|laughing|boredom|embarrassment|shame|cringe|heat
    |hunger|thirst|cuteness)\b|\bdying to\b|\bto die for\b|\bdie (?:my|her|his) hair\b
en.felt_it  \b(?:it|that|this|which|what|the news|the story|your words|his words|her words) <G1>(?:hit|hits
    |hurt|hurts|touched|touches|beat|beats|killed|kills|cut|cuts) me\b
en.idioms  \bhit me up\b|(?:^|\| )beats me\b|\bbeats? me (?:at|in|to)\b|\bkick(?:ed|s)? me (?:out|off)\b
    |\bcut (?:myself|herself|himself) (?:a|some|an) \w+
en.substance  \b(?:drug|alcohol|substance|power) abuse\b|\babuse of power\b
"""

# --- per-rule vetoes, searched in the clause of a match ------------------------------------------

SUPPRESSORS = r"""
# Kitchen, workshop and care placements produce cuts and burns: "ik heb me gesneden aan het broodmes".
accident  \b(?:per ongeluk|perongeluk|ongelukje|ongeluk|uitgeschoten|uitgegleden|gestoten|gevallen
    |bij het (?:koken|snijden|werken|tillen|sporten|voetballen|schoonmaken)|tijdens (?:het )?(?:werk|koken
    |snijden|training|sporten|voetbal|gym|wedstrijd)|aan (?:het|een|de|mijn) \w*(?:mes|glas|papier|blik|oven
    |pan|fornuis|zaag|machine)|(?:in|aan) mijn (?:vinger|duim|hand)|by accident|accidentally|while (?:cooking
    |cutting|working|chopping|shaving)|with (?:a|the) (?:knife|saw|box cutter|scissors)|on (?:a|the) (?:knife
    |glass|paper|can|oven|stove)|at (?:work|practice|training)|during (?:practice|training|the game|football
    |work|gym))\b
# Narrower, for harm done by someone else: "mijn collega duwde me per ongeluk".
by_accident  \b(?:per ongeluk|perongeluk|by accident|accidentally)\b
# Animals at a farm or vet placement, toddlers at day care, balls in sport: they bite, kick and hit.
harmless  \b(?:hond|honden|hondje|kat|katten|poes|kitten|paard|paarden|pony|konijn|cavia|hamster|muis|rat|koe
    |koeien|geit|varken|kip|slang|papegaai|dier|dieren|pup|puppy|dog|cat|horse|animal|kindje|kindjes|peuter
    |peuters|kleuter|kleuters|baby|babys|toddler|bal|ballen|ball)\b
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
# "we hadden een les over seksuele intimidatie" names a topic, not something that happened.
topic  \b(?:les|lessen|voorlichting|training|workshop|cursus|film|serie|docu|documentaire|boek|nieuws|artikel
    |presentatie|spreekbeurt|werkstuk|protocol|beleid|folder|poster|lesson|class about|movie|show|news
    |article)\b
"""

# --- who or where, for hitting and touching: at the placement work violence, among peers bullying

CUES = r"""
work  stage\w*|stagiair\w*|praktijkbegeleider|werkbegeleider|baas|bazin|chef|chefkok|kok|manager
    |leidinggevende|teamleider|ploegleider|afdelingshoofd|werkgever|eigenaar|collega|collegas|klant|klanten
    |patient|patienten|client|clienten|bewoner|bewoners|werk|werkplek|werkvloer|bijbaan|bijbaantje|bedrijf
    |winkel|restaurant|keuken|garage|magazijn|kantoor|monteur|boss|supervisor|coworker|coworkers|colleague
    |colleagues|customer|customers|internship|placement|job|shift|store|shop
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

# --- signal patterns -----------------------------------------------------------------------------
# Header: id, kind, options. Kinds: S suicide, H self-harm, A abuse, V home violence, W work violence,
# B bullying. Options (comma-separated, "-" for none): noneg = the pattern carries its own negation
# ("niet meer leven"); physical / sexual = the kind follows from who and where; home = only when family
# is named nearby; sup:NAME = a SUPPRESSORS veto. By default a match is negatable: "mijn vader slaat me
# niet" is no signal.

SIGNALS = r"""
nl.suicide.want_dead  S  -  \b<WANT> <NEG><A3>(?:dood|doodgaan|dood gaan|sterven|overlijden)\b|\b(?:dood
    |doodgaan|dood gaan|sterven) <A2><WANT>\b|\bliever dood\b|\bom <G1>dood te (?:gaan|zijn)\b|\b(?:wou|wilde
    |wens|wenste|zou willen|hoop|hoopte) <G1>dat ik <A2>dood\b|\bwas ik <A2>dood\b|\bgraag dood (?:zijn
    |gaan|willen)\b
nl.suicide.never_born  S  noneg  \bnooit geboren\b
nl.suicide.not_live  S  noneg  \bniet (?:meer|langer) (?:(?:<WANT>|hoef|hoeft|hoeven|te
    |zo) ){0,2}leven\b(?! zonder\b)|\b(?:niet|nooit) meer wakker (?:worden|word|te worden)\b
# Only when nothing follows: "ik wil niet meer naar die stage" is about the internship, not about life.
nl.suicide.no_more  S  noneg  \b(?:<WANT>|was ik(?: er)?) <A2>niet meer(?= \||$| (?:en|maar|echt|ik|alles
    |hoor|man|joh|want|dan)\b)
nl.suicide.not_be  S  noneg  \b<WANT> <A2>(?:er )?<A1>niet meer (?:zijn|bestaan)\b(?! (?:op|bij|naar
    |in) (?:die |de |het |dat |mijn |deze )?<PLACE>\b)|\ber <A1>niet meer <WANT> (?:zijn|bestaan)\b
nl.suicide.when_gone  S  noneg  \bals ik (?:er )?<A1>niet meer (?:besta|ben|zou zijn)\b
    |\bals ik <A1>dood (?:ben|ga|was|ging|zou zijn|zou gaan)\b
    |\bmaakt <G2>(?:niet|niks|niets) uit of ik (?:leef|besta|er ben|dood ben|dood ga)\b
nl.suicide.nobody_cares  S  noneg  \bniemand <G2>(?:missen|mist)\b|\bniemand <G2>(?:merken|merkt|opvallen
    |schelen) <G1>als ik\b|\bbeter af <G2>(?:zonder <ME>|als ik (?:er niet|dood|weg))\b
    |\bzonder <ME> <A1>beter af\b|\b(?:ben|voel me) <G1>(?:een last|tot last)\b(?! van\b)
nl.suicide.end_life  S  -  \b(?:eind|einde) aan (?:mijn|haar|zijn|het|ons) (?:eigen )?leven\b|\b(?:mijn|zijn
    |haar) (?:eigen )?leven <A1>(?:te )?(?:beeindigen|beindigen|nemen|afmaken)\b|\ber <A2>(?:een )?(?:eind
    |einde) aan (?:te )?(?:maken|breien|maak|brei)\b|\bstoppen met (?:het )?leven\b|\b<WANT> <G1>dat (?:alles
    |het allemaal|het) <A1>(?:stopt|ophoudt|voorbij is)\b
suicide.mention  S  sup:told_to  \b(?:zelfmoord\w*|zelfdoding|suicid\w*)
nl.suicide.method  S  sup:told_to  \b(?:<SELF>|me) <A2><MODAL><A1>(?:van kant (?:te )?(?:maken|maak)
    |op (?:te )?hangen|ophangen|dood (?:te )?maken|doodmaken|(?:te )?vermoorden|(?:te )?killen
    |om het leven (?:te )?brengen|(?:te )?verdrinken)\b|\b(?:vermoord|vermoordt|kill) <A1>(?:mezelf
    |zichzelf)\b|\bmaak (?:mezelf|me|zichzelf) <A2>(?:van kant|dood)\b|\b(?:hang|hangt) (?:mezelf|me
    |zichzelf) <A2>op\b|\b(?:polsen|pols|aders) <G1>(?:door ?(?:te )?snijden|doorgesneden|doorsnij)
nl.suicide.harm_self  S  sup:told_to  \b<SELF> <A2><MODAL>(?:iets|wat|iets ergs|wat ergs) (?:aan (?:te )?doen
    |aandoen|aangedaan)\b|\bik\b <G4><ME> <A2>(?:iets|wat) (?:aan (?:te )?doen|aandoen)\b|\b(?:doe|doet
    |deed) (?:ik |ze |hij )?(?:<SELF>|me) <A2>(?:iets|wat) aan\b
nl.suicide.jump  S  -  \b(?:springen|spring|springt|gooien|leggen) <G2>(?:voor|onder) (?:de|een) (?:trein
    |metro|tram|bus|vrachtwagen)\b|\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|bus
    |vrachtwagen) <G2>(?:te )?(?:springen|spring|gooien|leggen)\b|\b(?:van|vanaf|af) (?:de|een|het
    |die) (?:flat|dak|brug|gebouw|balkon|toren) (?:af )?<G1>(?:te )?(?:springen|spring|springt)\b
    |\b(?:springen|spring|springt) <G1>(?:van|vanaf) (?:de|een|het|die) (?:flat|dak|gebouw|balkon)\b
nl.suicide.pills  S  -  \b(?:alle|al mijn|een hele|veel|een hoop|een doos|een strip|heel veel|te veel|teveel
    |een handvol) <G1>(?:pillen|pilletjes|medicijnen|tabletten|slaappillen|paracetamol\w*) <G3>(?:slikken
    |innemen|nemen|slik|neem|geslikt|genomen)\b|\boverdosis\b|\bafscheids ?brief\w*|\b113 <G1>(?:gebeld
    |bellen|bel|gechat)\b|\b(?:bel|belde|gebeld|chat|chatte) <G2>113\b
nl.suicide.no_point  S  noneg  \b(?:geen|nergens) <G1>(?:reden|zin) (?:meer )?(?:om (?:nog )?te leven
    |in (?:het |mijn )?leven)\b|\b(?:het |mijn )?leven (?:heeft|is) <A2>(?:geen zin|zinloos|niks waard
    |niets waard|de moeite niet)\b|\bwat heeft (?:het|dit|mijn leven
    |het leven) (?:allemaal )?(?:nog )?(?:voor )?(?:zin|nut)(?= \||$)|\bnergens (?:meer zin|zin meer) (?:in
    |aan)\b|\bzin in niks meer\b|\bgeen zin meer in (?:het leven|leven|alles)\b|\bzie (?:het
    |t) <A2>(?:allemaal |leven )?niet meer zitten\b|\bzie het leven <A1>niet meer zitten\b
nl.suicide.thoughts  S  -  \b(?:denk|denkt|dacht|denken) <G2>aan (?:de )?(?:dood|doodgaan
    |sterven)\b(?! van\b)|\baan (?:de )?(?:dood|doodgaan|sterven) <A1>(?:denk|denkt|dacht|denken)\b
    |\b(?:wat is|heeft) (?:het|de) (?:nut|zin) van (?:het |mijn )?leven\b
nl.suicide.disappear  S  -  \bwil <A3>(?:verdwijnen|voor altijd (?:slapen|weg))\b|\b(?:moe|klaar) (?:van
    |met) (?:het|mijn) leven\b|\bhet leven <G1>moe\b|\blevensmoe\b
en.suicide.kill_self  S  sup:told_to  \b(?:kill|killing|kills|killed|off|offing|end|ending) <EN_SELF>\b
# "to" is required: Dutch "want die stage ..." means "because that internship ...".
en.suicide.want_die  S  -  \b(?:want|wish|wished|would like|d like|ready|plan|planning) to <E2>die\b(?! (?:of
    |from|laughing)\b)|\brather <E2>die\b|\bwish (?:i|that i) (?:was|were|could be|would be|d be) <G1>dead\b
    |\bbetter off dead\b
en.suicide.not_live  S  noneg  \b(?:not|no longer|never) <G2>(?:want|wanting) to (?:live|be alive|exist
    |wake up|be here any ?more|be around any ?more|go on)\b(?! (?:in|at|with|near|there|here|like that)\b)
    |\b(?:never|not) wake up (?:again|anymore)\b|\bsleep and (?:never|not) wake up\b|\bwish (?:i
    |that i) (?:was|were|had) (?:never|not) (?:been )?born\b|\bno (?:reason
    |point) <G1>(?:to live|in living|living|to go on|in going on|to be alive|in life)\b
    |\blife is <G1>(?:not worth living|pointless|meaningless)\b|\bnot worth living\b
    |\bcan not go on\b(?! (?:the|a|with|to)\b)
en.suicide.thoughts  S  -  \b(?:think|thinking|thought|thinks) <E2>(?:about|of) (?:dying|death|killing myself
    |suicide|ending it)\b
en.suicide.burden  S  noneg  \bno one <G2>(?:miss me|care if i)\b|\b(?:would|will) <G1>care if i (?:died
    |was gone|disappeared|was dead)\b|\b(?:better off|happier) without me\b|\bi am (?:just |only )?a burden\b
en.suicide.end_life  S  -  \b(?:end|ending|ended|take|taking) (?:it all|my (?:own )?life|everything)\b
    |\bend it (?:tonight|today|soon)\b|\bsuicide note\b|\bgoodbye (?:letter|note)\b|\bslit my wrists?\b
    |\boverdose\b|\bjump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff)\b|\b(?:jump
    |step) in front of (?:a|the) (?:train|car|bus|truck)\b|\b(?:take|swallow|took|swallowed) (?:all
    |a bunch of|a lot of|too many|a bottle of) (?:my |the )?(?:pills|tablets|meds|sleeping pills)\b|\b(?:want
    |wish i could) (?:to )?(?:just )?disappear\b

nl.self_harm.self_verb  H  sup:accident  \b<SELF> <NEG><MODAL><A3><SH_VERB>\b
nl.self_harm.verb_self  H  sup:accident  \b(?:snij|snijd|snijdt|sneed|kras|krast|brand|brandt|sla|slaat|sloeg
    |bijt|beschadig|beschadigt|verwond|krab|krabt) <A2><SELF>\b(?! <G1>(?:aan|uit|om)\b)|\b(?:doe|doet|deed
    |deden|doen) <A2><SELF> <NEG><A2>(?:expres |bewust |met opzet )?pijn\b
nl.self_harm.on_purpose  H  -  \b(?:snij|snijd|sneed|kras|brand|sla|bijt|doe) <ME> <A2>(?:expres|met opzet
    |bewust)\b|\b<ME> <A1>(?:expres|met opzet|bewust) <G2>(?:pijn|gesneden|snijden|gekrast|krassen|gebrand
    |branden|geslagen|slaan)\b|\b(?:expres|bewust|met opzet) <G1>(?:overgeven|kotsen)\b
nl.self_harm.starving  H  noneg  \b(?:eet|at) <A2>(?:expres|bewust|met opzet) <G1>(?:niet|niks|niets)\b
    |\bmezelf <A1>uithongeren\b
nl.self_harm.limbs  H  sup:accident  \b(?:in|op) (?:mijn|haar|zijn) <LIMB> <A2>(?:snijden|snij|snijd|snijdt
    |gesneden|sneed|krassen|kras|krast|gekrast|branden|gebrand)\b|\b(?:snij|snijd|snijdt|sneed|kras|krast
    |gekrast|gesneden) <G2>in (?:mijn|haar|zijn) <LIMB>\b|\b(?:krassen|snijwonden|sneetjes|wonden|wondjes
    |brandwonden|sneden|littekens) op (?:mijn|haar|zijn) <LIMB>\b
nl.self_harm.scratching  H  sup:accident  \bik\b <G3>(?:kras|krast|gekrast|krassen)\b(?! (?:op|in
    |aan) (?:(?:de|het|een|die|dat|zijn|haar)\b|mijn (?!(?:arm|pols|been|ben|dij|buik|huid))))
self_harm.mention  H  -  \b(?:zelfbeschadig\w*|zelfverwond\w*|automutilatie|self ?harm\w*|self injur\w*)
nl.self_harm.head  H  -  \b(?:hoofd|kop) <A1>(?:tegen|op) (?:de|een) (?:muur|deur|tafel) <G1>(?:slaan|sla
    |slaat|bonken|bonk|bonkt|beuken|rammen)\b|\b(?:sla|slaat|slaan|bonk|bonkt|bonken|beuk
    |ram) <A1>(?:met )?(?:mijn|haar|zijn) (?:eigen )?(?:hoofd|kop) <A1>(?:tegen|op) (?:de|een)\b
en.self_harm.self  H  sup:accident  \b(?:cut|cutting|cuts|burn|burning|burns|burned|burnt|hurt|hurting|hurts
    |harm|harming|harmed|hit|hitting|scratch|scratching|scratched|starve|starving|starved|injure|injuring
    |bruise|bruising) <E2><EN_SELF>\b
en.self_harm.cutting  H  sup:accident  \b(?:been|started|start|keep|kept|stopped|stop
    |relapsed) <G1>(?:cutting|self harming|harming myself)\b|\b(?:cut|cutting) again\b|\b(?:cut|cutting
    |cuts|scratch
    |scratching|burn|burning) (?:on |into )?my (?:arms?|wrists?|legs?|thighs?|stomach|skin)\b
    |\bscars on my (?:arms?|wrists?|legs?|thighs?)\b

# Harm done to the student (or a friend): abuse at home, work violence at the placement, bullying
# among peers. The HIT verb must take "me" directly: in "dat slaat op mij" nobody is hit.
nl.abuse.hits_me  A  physical,sup:harmless,sup:by_accident,sup:threat  \b<HIT> (?:(?!(?:op|aan|om|af|mee
    |uit)\b)\w+ ){0,3}?<ME>\b(?! (?:er ?uit|de deur uit|buiten|wakker|er ?doorheen|vooruit|naar voren
    |om te)\b)
nl.abuse.me_hit  A  physical,sup:harmless,sup:by_accident,sup:threat  \b(?<!ik )<ME> <A3>(?:<HIT>
    |pijn (?:doet|doen|deed|deden|te doen)|in elkaar (?:slaat|slaan|sloeg|trapt|trappen|te slaan
    |te trappen))\b|\b(?<!ik )(?<!heb )<ME> <G4><HIT_PP>\b|\b(?:doet|deed|deden|doen) <ME> <A2>pijn\b
nl.abuse.passive  A  physical,sup:harmless,sup:by_accident  \b(?:ik|we|wij) (?:word|wordt|werd|werden|worden
    |ben|zijn|was|waren) <G3>(?:geslagen|geschopt|getrapt|gestompt|mishandeld|bedreigd|aangevallen|gewurgd
    |in elkaar geslagen|in elkaar getrapt)\b|\b(?:word|wordt|werd|werden|worden|ben|was) (?:ik|we
    |wij) <G3>(?:geslagen|geschopt|getrapt|gestompt|mishandeld|bedreigd|aangevallen|gewurgd
    |in elkaar geslagen)\b|\b(?:ik|we|wij|ze|zij|hij|vriend|vriendin|vriendje|klasgenoot|klasgenote|nichtje
    |neefje) (?:word|wordt|werd|worden|werden) <G3>mishandeld\b
nl.abuse.beatings  A  physical  \b(?:krijg|krijgt|kreeg|kregen|krijgen|gekregen) <A2>(?:klappen|slaag
    |een pak slaag|pak slaag|een klap|een mep|een trap|een schop|een stomp|rake klappen|een dreun
    |een oplawaai)\b(?! (?:op|voor) (?:de|mijn) (?:schouder|rug)\b)(?! (?:van|door) (?:de|een|het) (?:bal
    |deur|deksel|kast)\b)|\b(?:klappen|slaag|een klap|een mep) <G1>(?:krijg|krijgt|kreeg|gekregen)\b
    |\bblauwe plekken <G2>(?:van|door) (?:hem|haar|hun|hen|mijn <FAM>)\b
nl.abuse.thrown_at  A  physical,sup:harmless,sup:by_accident  \b(?:gooit|gooide|gooien|gooiden|smijt|smeet
    |smeten) <G4>(?:naar|tegen|op) (?:me|mij|mijn (?:hoofd|gezicht|kop|lijf))\b
en.abuse.hits_me  A  physical,sup:harmless,sup:by_accident,sup:threat  \b<EN_HIT> <G1>me\b(?! to (?!(?:the|a
    |my|his|her)\b))
en.abuse.passive  A  physical  \b(?:i|we) (?:am|was|were|get|got|keep getting|have been|been
    |are) <E2>(?:being )?(?:hit|beaten|kicked|punched|slapped|choked|threatened|attacked)\b(?! by (?:a
    |the) (?:ball|car|door|bike))
nl.abuse.touches_me  A  sexual,sup:accident  \b(?:zit|zat|zitten|zaten|friemelt|friemelen|frunnikt|voelt
    |voelde) <A2>aan <ME>\b|\baan <ME> <A2>(?:te )?(?:zitten|zit|zat|gezeten|frunniken|friemelen|voelen
    |gevoeld)\b|\b(?:raakt|raakte|raken|raakten) <G2><ME> <G3>aan\b(?! (?:het|mijn) hart)
    |\b<ME> <G3>(?:aan te raken|aanraken|aanraakt|aangeraakt|aanraakte|betast|betasten|betastte)\b
nl.abuse.intimate  A  sexual  \b(?:zit|zat|zitten|zaten|grijpt|greep|grijpen|pakt|pakte|pakken|voelt|voelde
    |knijpt|kneep|knijpen|raakt|raakte|raken|aait|aaide|wrijft|wreef|streelt|streelde|klapt|klapte|slaat
    |sloeg|tikt|tikte) <G3>(?:aan|in|op|over|naar|tegen) (?:mijn|haar|me) <INTIMATE>\b|\b(?:aan|in|op|over
    |naar) (?:mijn|haar) <INTIMATE> <A2>(?:gezeten|zitten|gegrepen|grijpen|gevoeld|voelen|geknepen|knijpen
    |aangeraakt|aanraken|zit|zat|zaten)\b|\bhandtastelijk\b
nl.abuse.sexual_words  A  sexual,sup:topic  \b(?:aangerand|aanranding|aanranden|randde|verkracht|verkrachting
    |verkrachten|verkrachtte|betast|betasten|betastte|misbruikt|ongewenste intimiteiten|ongewenst aangeraakt
    |grensoverschrijdend)\b|\bseksue(?:el|le) (?:misbruik\w*|geweld|intimidatie|geintimideerd|lastig\w*
    |aangerand|benaderd|getinte|overschrijdend\w*|intimiteiten)\b
nl.abuse.coercion  A  sexual,sup:topic  \b(?:dwingt|dwong|dwingen|wil dat ik|vraagt of ik|vroeg of ik
    |moest van hem|moet van hem) <G4>(?:seks|sex|pijpen|naakt|uitkleden|uit te kleden|zoenen|aan hem zitten
    |bij hem op schoot|op zijn schoot|naaktfoto\w*|nudes?)\b|\b(?:probeert|probeerde|probeerden|wil
    |wilde) <ME> <A1>(?:te )?(?:zoenen|kussen|betasten|aan te raken|uit te kleden)\b|\b(?:naaktfoto\w*
    |naaktbeeld\w*|nudes|dickpic\w*|piemelfoto\w*|sexting)\b|\b(?:opmerkingen|grappen
    |dingen) <G1>over (?:mijn|haar) (?:borsten|lichaam|lijf|kont|billen|tieten|figuur)\b
    |\bseksuele (?:opmerkingen|grappen|berichten|appjes|fotos|vragen)\b
nl.abuse.secret  A  noneg  \b(?:komt|kwam|komen) <A2>(?:s nachts|snachts|nachts|vannacht) <A1>(?:in|op
    |naar) mijn (?:kamer|bed)\b|\b(?:(?:mag|mocht|mogen) <G3>(?:niemand|niks|niets)|(?:niemand|niks
    |niets) <G1>(?:mag|mocht|mogen)) <G1>(?:vertellen|zeggen) <G2>(?:wat|dat) (?:hij|ze|zij|er thuis)\b
    |\b(?:doet|deed|doen) <G2>dingen (?:met|bij) <ME> (?:die|wat) ik niet\b
en.abuse.sexual  A  sexual,sup:topic  \b(?:touches|touched|touching|gropes|groped|groping|molests|molested
    |fondles|fondled|rapes|raped|assaulted) <G1>me\b|\b(?:touch|grab|squeez|slap|pinch
    |grop)\w* <G2>my (?:butt|ass|boobs|breasts|chest|thighs?|crotch|private parts|privates|body|bum)\b
    |\bsexual(?:ly)? (?:harass\w*|abus\w*|assault\w*|comments|messages|remarks|touching)\b
    |\bunwanted touching\b|\b(?:raped|molested|groped|rape|molest\w*)\b|\b(?:was|got|is being|has been|been
    |gets|am|am being) (?:sexually )?abused\b|\bnudes\b|\bnude (?:pics|pictures|photos)\b|\b(?:comes
    |came) into my (?:room|bed) at night\b

nl.home.family_hits  V  -  \b<FAM> <G3><HIT> <A1>(?:mijn |ons |onze )?(?:<VICTIM>|haar|hem|elkaar)\b
    |\b<FAM> (?:mijn |ons |onze )?<VICTIM> <A1>(?:iets|wat|pijn) <A1>(?:aandoet|aan doet|aan zal doen|doet)\b
    |\b<FAM> (?:mijn |ons |onze )?<VICTIM> <A2>(?:<HIT>|<HIT_PP>)\b|\b<VICTIM> (?:word|wordt|werd|worden
    |werden|is) <G3>(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd|in elkaar geslagen)\b
nl.home.violence  V  -  \b(?:bij ons|thuis) <G5>(?:geslagen|geweld|slaan|mishandeld)\b|\b(?:bij ons
    |thuis) <G2>(?:wordt|word|werd) er <G5>(?:geslagen|geschopt|mishandeld)\b|\b(?:bij ons|thuis|mijn|ons
    |we hebben) <G3>huiselijk geweld\b|\bhuiselijk geweld <G3>(?:bij ons|thuis)\b|\b<FAM> <G5>(?:agressief
    |gewelddadig)\b|\b<FAM> <G3>(?:gooit|gooide|smijt|smeet) <G3>(?:met|naar) (?:dingen|spullen|borden
    |stoelen|glazen|ons|me|mij|haar|hem)\b
nl.home.unsafe  V  noneg  \b(?:durf|durfde|durven|durft) <A2>niet <A1>(?:meer )?(?:naar huis|thuis te komen
    |naar huis te gaan)\b
nl.home.afraid  V  -  \bbang (?:om )?<G2>(?:naar huis te gaan|thuis te komen|thuis te zijn)\b|\b(?:ben|was
    |word|werd|zijn|is) <A2>(?:bang|doodsbang) (?:voor|van) (?:mijn|onze) <FAM>\b(?! <G1>(?:reactie|mening
    |oordeel))
# "hij slaat haar" is only home violence when the family is named nearby ("ik hoor mijn ouders vechten").
nl.home.pronoun  V  home  \b(?:hij|ze|zij) <A1><HIT> <A1>(?:haar|hem)\b
    |\b<HIT> (?:hij|ze|zij) <A1>(?:haar|hem)\b
en.home.violence  V  -  \bmy <EN_FAM> <G2><EN_HIT> (?:my (?:mom|mum|mother|dad|father|sister|brother
    |little \w+|siblings)|her|him|each other)\b|\bdomestic (?:violence|abuse)\b|\b(?:scared|afraid|terrified
    |frightened) (?:to go|of going|to come) home\b|\b(?:scared|afraid|terrified|frightened) of my <EN_FAM>\b
    |\bmy <EN_FAM> <G3>(?:violent|aggressive)\b|\b(?:violence|hitting) at home\b

nl.bullying.bully_me  B  -  \b(?:pest|pesten|pestte|pestten|treitert|treiteren|treiterde
    |treiterden) <A2><G3><ME>\b|\b<ME> <A3>(?:pest|pesten|pestte|pestten|treiteren|treitert|buitensluiten
    |buitensluit)\b|\b(?:word|wordt|werd|worden|werden|ben|was|zijn|waren|is) <A3><G1>(?:gepest|getreiterd
    |buitengesloten|gecyberpest|gechanteerd)\b
nl.bullying.insults  B  sup:client  \b(?:scheldt|schelden|schold|scholden) <A2><G2><ME> <G4>uit\b
    |\b<ME> <A3>(?:uitschelden|uitscheldt|uitlachen|uitlacht)\b|\b(?:word|wordt|worden) <A3>(?:uitgescholden
    |uitgelachen)\b|\b(?:lachen|lacht) <G1><ME> <A3><G2>uit\b|\b(?:maken|maakt|maakten) <ME> <A3>belachelijk\b
nl.bullying.names  B  -  \b(?:noemen|noemt|noemde|noemden|roepen|roept|riepen|schelden
    |scheldt) <ME> <A2>(?:uit voor )?(?:dik|dikke|lelijk|dom|vies|hoer|slet|mongool|homo|loser|sukkel|vet
    |varken|aap|zwerver|kankerlijer|tyfuslijer)\b
nl.bullying.exclusion  B  noneg  \bniemand <G2>(?:wil|wilt|praat|zit|speelt) <G2>met <ME>\b|\b(?:sluiten
    |sluit|sloten) <A2><G2><ME> <A2>buiten\b|\b(?:iedereen|ze|zij|de hele klas) <A2>(?:negeert|negeren
    |negeerde|negeerden) <ME>\b
nl.bullying.told_to_die  B  noneg  \b(?:zeggen|zegt|zei|zeiden|roepen|roept|riep|riepen|appen|appt|appte
    |sturen|stuurt|stuurde|schreeuwen|schreven) <G4>(?:dat ik <G3>(?:dood|zelfmoord|mezelf)|ik (?:moet
    |kan) <G2>(?:dood|zelfmoord|mezelf)|ga dood)\b|\bkill yourself\b|\bgo die\b
nl.bullying.online  B  -  \b(?:nepaccount|nep account|fake account)\w* <G2>(?:van|over) <ME>\b|\b(?:filmpjes
    |filmpje|fotos|foto|video|videos|screenshots|nepaccount) <G3>(?:van|over) <ME> <G3>(?:online|rond
    |doorgestuurd|gedeeld|verspreid|op insta|op snap|op tiktok|in de groepsapp)\b
en.bullying  B  -  \b(?:bully|bullies|bullied|bullying) me\b|\b(?:i|we) (?:am|was|get|got|keep getting
    |have been|been|are) <E2>(?:being )?(?:bullied|picked on|excluded)\b|\b(?:call|calls|called
    |calling) me (?:names|ugly|fat|stupid|retarded|a whore|a slut|a loser|a freak)\b|\b(?:everyone|they
    |people|no one) <G3>(?:ignores|ignore|excludes|exclude|laughs at|laugh at|makes fun of|make fun of
    |picks on|pick on) me\b|\bno one (?:wants to )?(?:talks|talk|sits|sit|hangs out|hang out) (?:to
    |with) me\b|\b(?:tell|tells|told|telling|say|says|said|text|texted|message|messaged) (?:me|us) (?:to
    |that i should|i should) <G2>(?:kill|die|go die|end it)\b
"""
