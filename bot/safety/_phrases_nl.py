"""Dutch signal patterns for the safety detector (plus the two keyword rules both languages share).

Table format (see ``_phrases`` for the blocks): a header of id, kind and options, then the regex,
continued on indented lines that start with ``|`` or a lookahead. Kinds: S suicide, H self-harm,
A abuse, V home violence, W work violence, B bullying. Options (comma-separated, "-" for none):
noneg = the pattern carries its own negation ("niet meer leven"); physical / sexual = the kind follows
from who and where; home = only when family is named nearby; sup:NAME = a SUPPRESSORS veto. By default a
match is negatable: "mijn vader slaat me niet" is no signal. Every match is also checked against the
topic frames (``_phrases.FRAMES``): a keyword that is the subject of a lesson or a film is topic talk.

Dutch word order is the recurring difficulty: after an opening word the finite verb comes before its
subject ("soms wil ik niet meer"), so patterns that start at a finite verb take an optional subject
right after it (``<INV>``, ``<SUBJ>``); subordinate clauses put the verbs last ("dat ze er een eind aan
wil maken"), so those patterns allow modals before the final infinitive (``<VMOD>``).
"""

from __future__ import annotations

__all__ = ["SIGNALS_NL"]

SIGNALS_NL = r"""
nl.suicide.want_dead  S  veto:care  \b<WANT> <INV><NEG><A3>(?:dood|doodgaan|dood gaan|sterven|overlijden)\b
    |\b(?:dood|doodgaan|dood gaan|sterven) <A2><WANT>\b|\bliever dood\b|\bom <G1>dood te (?:gaan|zijn)\b
    |\b(?:wou|wilde|wens|wenste|zou willen|hoop|hoopte) <G1>dat ik <A2>dood\b|\bwas ik <A2>dood\b
    |\bgraag dood (?:zijn|gaan|willen)\b
nl.suicide.never_born  S  noneg  \bnooit geboren\b
# Typed without spaces ("ikwildood", "benklaarmethetleven"): one word, which the model never scores.
nl.suicide.glued  S  -  \b\w*(?:wildood|wilsterven|wilnietmeerleven|wilnietmeerzijn|klaarmethetleven
    |hetlevenmoe|hetlevenzat|maakmezelfdood)\w*
nl.suicide.not_live  S  noneg,veto:care  \bniet (?:meer|langer) (?:(?:<WANT>|hoef|hoeft|hoeven|te
    |zo) ){0,2}leven\b(?! zonder\b)|\b(?:niet|nooit) meer wakker (?:worden|word|te worden)\b
# Only when nothing follows: "ik wil niet meer naar die stage" is about the internship, not about life.
# Not after a fronted object: "dat wil ik niet meer" is "I don't want that any more".
nl.suicide.no_more  S  noneg  \b(?<!dat )(?<!dit )(?<!die )(?<!het )(?<!wat )(?:<WANT> <INV>
    |was ik (?:er )?)<A2>niet meer(?= \||$| (?:en|maar|echt|ik|alles|hoor|man|joh|want|dan)\b)
    |\b(?:dat|omdat|als|want) (?:ik|ze|zij|hij) <A2>niet meer <WANT>(?= \||$| (?:en|maar|want|hoor|echt)\b)
    |\bhet hoeft <A1>(?:voor|van) mij <A1>(?:allemaal )?niet meer(?= \||$| (?:hoor|echt|en|maar|want)\b)
    |\b(?:voor|van) mij hoeft het <A1>(?:allemaal )?niet meer(?= \||$| (?:hoor|echt|en|maar|want)\b)
nl.suicide.not_be  S  noneg  \b<WANT> <INV><A2>(?:er )?<A1>niet meer (?:zijn|bestaan)\b(?! (?:op|bij|naar
    |in) (?:die |de |het |dat |mijn |deze )?<PLACE>\b)|\ber <A1>niet meer <WANT> (?:zijn|bestaan)\b
nl.suicide.when_gone  S  noneg  \bals ik (?:er )?<A1>niet meer (?:besta|ben|zou zijn)\b
    |\bals ik <A1>dood (?:ben|ga|was|ging|zou zijn|zou gaan)\b
    |\bmaakt <G2>(?:niet|niks|niets) uit of ik (?:leef|besta|er ben|dood ben|dood ga)\b
nl.suicide.nobody_cares  S  noneg  \bniemand <G2>(?:missen|mist)\b|\bniemand <G2>(?:merken|merkt|opvallen
    |schelen) <G1>als ik\b|\bbeter af <G2>(?:zonder <ME>|als ik (?:er niet|dood|weg))\b
    |\bzonder <ME> <A1>beter af\b|\b(?:ben|voel me) <G1>(?:een last|tot last)\b(?! van\b)
nl.suicide.end_life  S  -  \b(?:eind|einde) aan (?:mijn|haar|zijn|het|ons) (?:eigen )?leven\b|\b(?:mijn|zijn
    |haar) (?:eigen )?leven <A1><VMOD>(?:te )?(?:beeindigen|beindigen|nemen|afmaken)\b
    |\ber <A2>(?:een )?(?:eind|einde) aan <VMOD>(?:te )?(?:maken|breien|maak|brei)\b
    |\bafscheid <G3>(?:neemt|nemen|nam|namen|neem|genomen) <G6>er <A1>(?:een )?(?:eind|einde) aan\b
    |\bstoppen met (?:het )?leven\b|\b<WANT> <G1>dat (?:alles|het allemaal|het) <A1>(?:stopt|ophoudt
    |voorbij is)\b
# Pills or a rope kept "for when it gets too much" (a blade the same way, under self-harm).
suicide.stash  S  noneg  \b(?:pillen|pilletjes|medicijnen|tabletten|slaappillen|paracetamol\w*|touw|strop
    |pills|tablets|meds|rope) <G6><TOO_MUCH>
suicide.mention  S  sup:told_to  \b(?:zelfmoord\w*|zelfdoding|suicid\w*)
nl.suicide.method  S  sup:told_to  \b(?:<SELF>|me|zich) <A2><MODAL><A1>(?:van kant <VMOD>(?:te )?(?:maken
    |maak)|op <VMOD>(?:te )?hangen|ophangen|dood (?:te )?maken|doodmaken|(?:te )?vermoorden|(?:te )?killen
    |(?:te )?doden|om het leven (?:te )?brengen|(?:te )?verdrinken)\b|\b(?:vermoord|vermoordt
    |kill) <A1>(?:mezelf|zichzelf)\b|\bmaak (?:mezelf|me|zichzelf) <A2>(?:van kant|dood)\b|\b(?:hang
    |hangt) (?:mezelf|me|zichzelf) <A2>op\b|\b(?:polsen|pols|aders) <G1>(?:door ?(?:te )?snijden|doorgesneden
    |doorsnij)
nl.suicide.harm_self  S  sup:told_to  \b(?:<SELF>|zich) <A2><MODAL>(?:iets|wat|iets ergs
    |wat ergs) <VMOD>(?:aan (?:te )?doen|aandoen|aangedaan)\b|\bik\b <G4><ME> <A2>(?:iets
    |wat) (?:aan (?:te )?doen|aandoen)\b|\b(?:doe|doet|deed) (?:ik |ze |hij )?(?:<SELF>|me|zich) <A2>(?:iets
    |wat) aan\b
nl.suicide.jump  S  -  \b(?:springen|spring|springt|gooien|leggen) <G2>(?:voor|onder) (?:de|een) (?:trein
    |metro|tram|bus|vrachtwagen)\b|\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|bus
    |vrachtwagen) <G2>(?:te )?(?:springen|spring|gooien|leggen)\b|\b(?:van|vanaf|af) (?:de|een|het
    |die) (?:flat|dak|brug|gebouw|balkon|toren) (?:af )?<G1>(?:te )?(?:springen|spring|springt)\b
    |\b(?:springen|spring|springt) <G1>(?:van|vanaf) (?:de|een|het|die) (?:flat|dak|gebouw|balkon)\b
    |\b(?:perron|spoor|rails|brug|dak|flat|balkon) <G4>(?:dacht|denk|overwoog|overweeg|wilde|wou|wil
    |durfde) <G2>(?:om )?te springen(?= \||$| (?:en|maar|want|of)\b)
nl.suicide.pills  S  -  \b(?:alle|al mijn|een hele|veel|een hoop|een doos|een strip|heel veel|te veel|teveel
    |een handvol) <G1>(?:pillen|pilletjes|medicijnen|tabletten|slaappillen|paracetamol\w*) <G3>(?:slikken
    |innemen|nemen|slik|neem|geslikt|genomen)\b|\boverdosis\b|\bafscheids ?brief\w*|\b113 <G1>(?:gebeld
    |bellen|bel|gechat)\b|\b(?:bel|belde|gebeld|chat|chatte) <G2>113\b
nl.suicide.no_point  S  noneg  \b(?:geen|nergens) <G1>(?:reden|zin) (?:meer )?(?:om (?:nog )?te leven
    |in (?:het |mijn )?leven)\b|\b(?:het |mijn )?leven (?:heeft|is) <A2>(?:geen zin|zinloos|niks waard
    |niets waard|de moeite niet)\b|\bwat heeft (?:het|dit|mijn leven
    |het leven) (?:allemaal )?(?:nog )?(?:voor )?(?:zin|nut)(?= \||$)|\bnergens (?:meer zin|zin meer) (?:in
    |aan)\b|\bzin in niks meer\b|\bgeen zin meer in (?:het leven|leven|alles)\b|\bzie <INV>(?:het
    |t) <A2>(?:allemaal |leven )?niet meer zitten\b(?! (?:met|om|voor|bij|op) (?!(?:mijn |het )?leven\b
    |alles\b))|\bzie <INV>het leven <A1>niet meer zitten\b
# No way out, or asking why one still lives: "ik zie geen uitweg meer", "waarom leef ik eigenlijk nog".
# "geen uitweg uit de escaperoom" names its way out, so something must not follow.
nl.suicide.no_way_out  S  noneg  \bgeen (?:andere )?uitweg(?: meer)?(?= \||$| (?:en|maar|want|dan|behalve
    |hoor|echt|meer)\b)|\bwaarom <A1>(?:leef|besta) (?:ik|ze|zij|hij) <A2>nog\b(?! (?:thuis|bij|in|op|samen
    |met)\b)|\bwaarom zou ik <A2>(?:nog )?(?:blijven )?leven\b
nl.suicide.thoughts  S  -  \b(?:denk|denkt|dacht|denken) <G2>aan (?:de )?(?:dood|doodgaan
    |sterven)\b(?! van\b)|\baan (?:de )?(?:dood|doodgaan|sterven) <A1>(?:denk|denkt|dacht|denken)\b
    |\b(?:wat is|heeft) (?:het|de) (?:nut|zin) van (?:het |mijn )?leven\b
nl.suicide.disappear  S  -  \bwil <INV><A3>(?:verdwijnen|voor altijd (?:slapen|weg))\b|\b(?:moe|klaar) (?:van
    |met) (?:het|mijn) leven\b|\bhet leven <G1>moe\b|\blevensmoe\b
    |\b(?:ben|was|bent|is) <INV><A2>het leven <A1>(?:zat|beu|moe)\b

nl.self_harm.self_verb  H  sup:accident  \b<SELF> <NEG><MODAL><A3><SH_VERB>\b
nl.self_harm.verb_self  H  sup:accident  \b(?:snij|snijd|snijdt|sneed|kras|krast|kerf|kerft|brand|brandt|sla
    |slaat|sloeg|bijt|beschadig|beschadigt|verwond|krab|krabt) <INV><A2><SELF>\b(?! <G1>(?:aan|uit|om)\b)
    |\b(?:doe|doet|deed|deden|doen) <INV><A2><SELF> <NEG><A2>(?:expres |bewust |met opzet )?pijn\b
nl.self_harm.on_purpose  H  -  \b(?:snij|snijd|sneed|kras|brand|sla|bijt|doe) <INV><ME> <A2>(?:expres
    |met opzet|bewust)\b|\b<ME> <A1>(?:expres|met opzet|bewust) <G2>(?:pijn|gesneden|snijden|gekrast|krassen
    |gebrand|branden|geslagen|slaan)\b|\b(?:expres|bewust|met opzet) <G1>(?:overgeven|kotsen)\b
nl.self_harm.starving  H  noneg  \b(?:eet|at) <INV><A2>(?:expres|bewust|met opzet) <G1>(?:niet|niks|niets)\b
    |\bmezelf <A1>uithongeren\b
nl.self_harm.limbs  H  sup:accident  \b(?:in|op) (?:mijn|haar|zijn) <LIMB> <A2>(?:snijden|snij|snijd|snijdt
    |gesneden|sneed|krassen|kras|krast|gekrast|kerven|kerft|gekerfd|branden|gebrand)\b|\b(?:snij|snijd
    |snijdt|sneed|kras|krast|gekrast|gesneden|kerf|kerft|kerfde|gekerfd) <G2>in (?:mijn|haar|zijn) <LIMB>\b
    |\b(?:krassen|snijwonden|sneetjes|wonden|wondjes|brandwonden|sneden|littekens) op (?:mijn|haar
    |zijn) <LIMB>\b
# "krassen" without an object is self-harm slang; "een kras op de auto" has one. Also the urge to do it.
nl.self_harm.scratching  H  sup:accident  (?:\bik\b <G3>(?:kras|krast|gekrast|krassen|kerf|kerven|gekerfd)
    |\b(?:kras|kerf) (?:ik|ze|zij|hij)|\b(?:zin|behoefte|drang|neiging) <A1>(?:om )?(?:te |in )?(?:krassen
    |kerven))\b(?! (?:op|in|aan) (?:(?:de|het|een|die|dat|zijn|haar)\b|mijn (?!(?:arm|pols|been|ben|dij|buik
    |huid))))
# "ik snij weer": cutting with no object, the clause ending or going on with when and since. With an
# object ("ik snij de uien", "ik heb vandaag uien gesneden") it is kitchen work.
nl.self_harm.cutting  H  sup:accident  (?:\bik (?:(?:heb|had|ben|was) )?<A3>(?:gaan )?(?:snij|snijd|sneed
    |gesneden|snijden|kerf|gekerfd|kerven)|\b(?:snij|snijd|sneed|kerf) (?:ik|ze|zij|hij)|\b(?:heb|had|ben
    |was) (?:ik|ze|zij|hij) <A3>(?:gaan )?(?:gesneden|gekerfd|snijden
    |kerven))(?=(?: <SH_FREQ>)*(?: \||$| (?:sinds|als|wanneer|omdat|want|tot)\b))
self_harm.stash  H  noneg  \b(?:mesje|mesjes|scheermesje|scheermesjes|scheermes|blaadje|blaadjes|glasscherf
    |scherf|blade|blades|razor|razors) <G6><TOO_MUCH>
self_harm.mention  H  -  \b(?:zelfbeschadig\w*|zelfverwond\w*|automutilatie|self ?harm\w*|self injur\w*)
nl.self_harm.head  H  -  \b(?:hoofd|kop) <A1>(?:tegen|op) (?:de|een) (?:muur|deur|tafel) <G1>(?:slaan|sla
    |slaat|bonken|bonk|bonkt|beuken|rammen)\b|\b(?:sla|slaat|slaan|bonk|bonkt|bonken|beuk
    |ram) <A1>(?:met )?(?:mijn|haar|zijn) (?:eigen )?(?:hoofd|kop) <A1>(?:tegen|op) (?:de|een)\b

# Harm done to the student (or a friend): abuse at home, work violence at the placement, bullying
# among peers. The HIT verb must take "me" directly: in "dat slaat op mij" nobody is hit.
nl.abuse.hits_me  A  physical,sup:harmless,sup:by_accident,sup:threat,sup:sport  \b<HIT> (?:(?!(?:op|aan|om|af
    |mee|uit)\b)\w+ ){0,3}?<ME>\b(?! (?:er ?uit|de deur uit|buiten|wakker|er ?doorheen|vooruit|naar voren
    |om te)\b)
nl.abuse.me_hit  A  physical,sup:harmless,sup:by_accident,sup:threat,sup:sport,sup:turns  \b
    (?<!ik )<ME> <A3>(?:<HIT>
    |pijn (?:doet|doen|deed|deden|te doen)|in elkaar (?:slaat|slaan|sloeg|trapt|trappen|te slaan
    |te trappen))\b|\b(?<!ik )<ME> <G3>in elkaar <VMOD>(?:te )?(?:slaan|slaat|sloeg|trappen|trapt|schoppen)\b
    |\b(?<!ik )(?<!heb )<ME> <G4><HIT_PP>\b|\b(?:doet|deed|deden|doen) <ME> <A2>pijn\b
nl.abuse.passive  A  physical,sup:harmless,sup:by_accident,sup:sport  \b(?:ik|we|wij) (?:word|wordt|werd
    |werden|worden|ben|zijn|was|waren) <G3>(?:geslagen|geschopt|getrapt|gestompt|mishandeld|bedreigd
    |aangevallen|gewurgd|in elkaar geslagen|in elkaar getrapt|opgesloten)\b|\b(?:word|wordt|werd|werden|worden
    |ben|was) (?:ik|we|wij) <G3>(?:geslagen|geschopt|getrapt|gestompt|mishandeld|bedreigd|aangevallen|gewurgd
    |in elkaar geslagen|opgesloten)\b|\b(?:ik|we|wij|ze|zij|hij) (?:word|wordt|werd|worden
    |werden) <G3>mishandeld\b|\b<FRIEND> (?:word|wordt|werd|worden|werden) <G3>(?:geslagen|geschopt|getrapt
    |gestompt|mishandeld|gewurgd|in elkaar geslagen|opgesloten)\b|\b(?:word|wordt|werd|worden
    |werden) <INV><A2>door (?:haar|zijn|hun) <FAM> <A2>(?:geslagen|geschopt|getrapt|gestompt|mishandeld
    |gewurgd|in elkaar geslagen|opgesloten)\b|\b(?:ik|we|wij) <G3>(?:geslagen|geschopt|getrapt|gestompt
    |mishandeld|opgesloten) (?:word|werd|worden|werden)\b
nl.abuse.beatings  A  physical,sup:sport  \b(?:krijg|krijgt|kreeg|kregen|krijgen|gekregen) <INV><A2>(?:klappen
    |slaag|een pak slaag|pak slaag|een klap|een mep|een trap|een schop|een stomp|rake klappen|een dreun
    |een oplawaai)\b(?! (?:op|voor) (?:de|mijn) (?:schouder|rug)\b)(?! (?:van|door) (?:de|een|het) (?:bal|deur
    |deksel|kast)\b)|\b(?:klappen|slaag|een klap|een mep) <G1>(?:krijg|krijgt|kreeg|gekregen)\b
    |\bblauwe plekken <G2>(?:van|door) (?:hem|haar|hun|hen|mijn <FAM>)\b
# "gaf de kok me een klap": the giver may stand between the verb and "me". "Een schop onder de kont"
# is encouragement and a clap on the shoulder is praise.
nl.abuse.given_blow  A  physical,sup:harmless,sup:by_accident,sup:sport  \b(?:geeft|gaf|gaven|geven
    |gegeven) (?:(?!(?:ik|een)\b)\w+ ){0,3}?<ME> <A2>(?:een |rake )?(?:klap|klappen|mep|trap|schop|stomp
    |dreun|oplawaai|kopstoot|pak slaag|knal)\b(?! (?:op|voor) (?:de|mijn) (?:schouder|rug)\b)(?! onder (?:de
    |mijn|je) (?:kont|billen)\b)
# Grabbing or hitting a named part of the student's body: "kneep hard in mijn nek".
nl.abuse.hit_body  A  physical,sup:harmless,sup:by_accident,sup:sport  \b(?<!ik )(?:knijpt|kneep|knepen
    |knijpen|grijpt|greep|grepen|grijpen|slaat|sloeg|sloegen|stompt|stompte|stompten|schopt|schopte|schopten
    |trapt|trapte|trapten|mept|mepte|bijt|beet) <G2>(?:(?:in|tegen) mijn (?:nek|keel|gezicht|buik|maag|hoofd
    |kop|rug|zij|borst|kruis|kaak|oog|ogen|ribben)|op mijn (?:hoofd|kop|neus|mond|gezicht))\b
nl.abuse.thrown_at  A  physical,sup:harmless,sup:by_accident  \b(?:gooit|gooide|gooien|gooiden|smijt|smeet
    |smeten) <G4>(?:naar|tegen|op) (?:me|mij|mijn (?:hoofd|gezicht|kop|lijf))\b
# Locked up: at home abuse, by classmates bullying, at the placement work violence.
nl.abuse.locked_up  A  physical,sup:by_accident  \b(?:sluit|sloot|sloten
    |sluiten) (?:(?!ik\b)\w+ ){0,3}?<ME> <G3>op(?= \||$| (?:in|als|zodat|want|omdat|en|wanneer)\b)|\b(?:word
    |wordt|werd|worden|werden) <INV><G3>opgesloten\b
# Kept without food, only when the family is named nearby ("ik krijg op stage geen eten" is a complaint).
nl.abuse.neglect  A  noneg,home  \b(?:krijg|kreeg|krijgen|kregen) <INV><G5>(?:geen|niks|niets) (?:te )?(?:eten
    |drinken)\b|\b(?:mag|mocht) <INV><G2>(?:niet|niks|niets) (?:eten|te eten)\b
nl.abuse.touches_me  A  sexual,sup:accident,sup:harmless  \b(?:zit|zat|zitten|zaten|friemelt|friemelen
    |frunnikt|voelt|voelde) <SUBJ><A2>aan <ME>\b|\baan <ME> <A2>(?:te )?(?:zitten|zit|zat|gezeten|frunniken
    |friemelen|voelen|gevoeld)\b|\b(?:raakt|raakte|raken|raakten) <G2><ME> <G3>aan\b(?! (?:het|mijn) hart)
    |\b<ME> <G3>(?:aan te raken|aanraken|aanraakt|aangeraakt|aanraakte|betast|betasten|betastte)\b
    |\b(?:word|wordt|werd|worden|werden) <INV><G3>(?:aangeraakt|betast|begrapst|vastgepakt)\b(?! door (?:het
    |de|dat|die|zijn|haar) (?:verhaal|verhalen|woorden|muziek|film|lied)\b)
nl.abuse.intimate  A  sexual  \b(?:zit|zat|zitten|zaten|grijpt|greep|grijpen|pakt|pakte|pakken|voelt|voelde
    |knijpt|kneep|knijpen|raakt|raakte|raken|aait|aaide|wrijft|wreef|streelt|streelde|klapt|klapte|slaat
    |sloeg|tikt|tikte) <G3>(?:aan|in|op|over|naar|tegen) (?:mijn|haar|me) <INTIMATE>\b|\b(?:aan|in|op|over
    |naar) (?:mijn|haar) <INTIMATE> <A2>(?:gezeten|zitten|gegrepen|grijpen|gevoeld|voelen|geknepen|knijpen
    |aangeraakt|aanraken|zit|zat|zaten)\b|\bhandtastelijk\b
nl.abuse.sexual_words  A  sexual  \b(?:aangerand|aanranding|aanranden|randde|verkracht|verkrachting
    |verkrachten|verkrachtte|betast|betasten|betastte|misbruikt|ongewenste intimiteiten|ongewenst aangeraakt
    |grensoverschrijdend)\b|\bseksue(?:el|le) (?:misbruik\w*|geweld|intimidatie|geintimideerd|lastig\w*
    |aangerand|benaderd|getinte|overschrijdend\w*|intimiteiten)\b
nl.abuse.coercion  A  sexual  \b(?:dwingt|dwong|dwingen|wil dat ik|vraagt of ik|vroeg of ik|moest van hem
    |moet van hem) <G4>(?:seks|sex|pijpen|naakt|uitkleden|uit te kleden|zoenen|aan hem zitten
    |bij hem op schoot|op zijn schoot|naaktfoto\w*|nudes?)\b|\b(?:probeert|probeerde|probeerden|geprobeerd
    |proberen|wil|wilde) <ME> <A1>(?:te )?(?:zoenen|kussen|betasten|aan te raken|uit te kleden)\b
    |\b(?:naaktfoto\w*|naaktbeeld\w*|nudes|dickpic\w*|piemelfoto\w*|sexting)\b|\b(?:opmerkingen|grappen
    |dingen) <G1>over (?:mijn|haar) (?:borsten|lichaam|lijf|kont|billen|tieten|figuur)\b
    |\bseksuele (?:opmerkingen|grappen|berichten|appjes|fotos|vragen)\b
# Pictures of someone without clothes, sent or shown: "hij stuurt me snaps van zichzelf zonder kleren".
nl.abuse.images  A  sexual,sup:harmless  \b(?:foto|fotos|snap|snaps|filmpje|filmpjes|video|videos|plaatjes
    |selfie|selfies) <G4>(?:zonder (?:kleren|kleding)|naakt|bloot|in (?:zijn|haar) (?:onderbroek|ondergoed
    |boxer))\b|\b(?:ongepaste|ongewenste|schunnige|pikante|expliciete|seksuele|sexy) (?:foto|fotos|snap|snaps
    |filmpjes|plaatjes|video|videos|selfies|berichten|appjes)\b
# Pictures of the student demanded by an adult under pressure: a secret, a threat, "or else". The
# pressure may follow in the next clause, so it is looked for up to the end of the message.
nl.abuse.photo_pressure  A  noneg,sexual  \b(?:wil|wilde|wou|vraagt|vroeg|eist|eiste|dwingt|dwong) <G2>(?:dat
    |of) ik <G3>(?:fotos|foto|filmpjes|filmpje|video|videos|snaps|plaatjes|selfies) (?:van|met) (?:mezelf|mij
    |me) <G3>(?:stuur|sturen|opstuur|opsturen|doorstuur|maak|maken)\b(?=.*?\b(?:geheim|anders|niemand|stiekem
    |beoordeling|niet vertellen|niet zeggen|niks zeggen)\b)
# A hand laid on the student's leg, thigh or backside ("legt zijn hand op mijn been"); not a shoulder.
nl.abuse.hand_on  A  sexual,sup:harmless,sup:by_accident  \b(?:legt|legde|legden|leggen|gelegd|houdt|hield
    |zet|zette) <G3>(?:zijn|haar|een) (?:hand|handen) <A1>(?:op|tegen|om) (?:mijn|me) (?:been|benen|bovenbeen
    |bovenbenen|dij|dijen|billen|bil|kont|borst|borsten|heup|heupen|middel|onderrug)\b
# Made to do unnamed things against one's will: a known way to tell sexual abuse without naming it.
abuse.forced  A  noneg,sexual,sup:chores  \b(?:dwingt|dwong|dwingen|dwongen|forces|forced|force|makes|made
    |make) (?:me|mij) <G2>(?:dingen|iets|van alles|stuff|things
    |something) <G2>(?:die |wat |dat |that |which )?(?:ik|i) (?:\w+ )?(?:niet|do not|did not) (?:wil|wilde|wou
    |want|wanted)\b(?!(?: to do| te doen)?(?: \|)? (?:zoals|bijvoorbeeld|like|such as)\b)
nl.abuse.secret  A  noneg  \b(?:komt|kwam|komen) <A2>(?:s nachts|snachts|nachts|vannacht) <A1>(?:in|op
    |naar) mijn (?:kamer|bed)\b|\b(?:(?:mag|mocht|mogen) <G3>(?:niemand|niks|niets)|(?:niemand|niks
    |niets) <G1>(?:mag|mocht|mogen)) <G1>(?:vertellen|zeggen) <G2>(?:wat|dat) (?:hij|ze|zij|er thuis)\b
    |\b(?:doet|deed|doen) <G2>dingen (?:met|bij) <ME> (?:die|wat) ik niet\b

# A friend hurt by her own family ("haar stiefvader slaat haar"): abuse, or home violence when the
# student's own mother or sibling is named.
nl.abuse.friend_family  A  friend,sup:harmless,sup:by_accident  \b(?:haar|zijn) <FAM> <A2>(?:slaat|sloeg
    |schopt|schopte|mishandelt|mishandelde|misbruikt|misbruikte|betast|betastte|(?:zit|zat) <A1>aan) (?:haar
    |hem)\b|\b(?:haar|zijn) <FAM> <A2>(?:aan )?(?:haar|hem) <A2>(?:slaat|sloeg|schopt|schopte|mishandelt
    |mishandelde|misbruikt|misbruikte|betast|betastte|zit|zat)\b

# Also with the verb first ("en dan slaat mijn vader haar"), last ("nadat mn vader haar sloeg") or an
# auxiliary ("heeft mijn moeder geduwd").
nl.home.family_hits  V  -  \b<FAM> <G3><HIT> <A1>(?:mijn |ons |onze )?(?:<VICTIM>|haar|hem|elkaar)\b
    |\b<FAM> (?:mijn |ons |onze )?<VICTIM> <A1>(?:iets|wat|pijn) <A1>(?:aandoet|aan doet|aan zal doen|doet)\b
    |\b<FAM> (?:(?:mijn |ons |onze )?<VICTIM>|elkaar|haar|hem) <A2>(?:<HIT>|<HIT_PP>)\b|\b<VICTIM> (?:word
    |wordt|werd|worden|werden|is) <G3>(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd|in elkaar geslagen)\b
    |\b<HIT> (?:mijn |onze |ons )?<FAM> <A1>(?:mijn |ons |onze )?(?:<VICTIM>|haar|hem|elkaar)\b
    |\b<FAM> (?:heeft|had|hebben|hadden) <A2>(?:(?:(?:mijn |ons |onze )?<VICTIM>|elkaar) <A2><G3>|(?:haar
    |hem) <A2>)<HIT_PP>\b|\b(?:hij|ze|zij) <A1>(?:mijn|onze) <VICTIM> <A1>(?:iets|wat|pijn) <A1>(?:aandoet
    |aan doet|aan zal doen|zal aandoen|gaat aandoen|doet)\b|\b(?:dreigt|dreigde|dreigen|gedreigd) <G4>(?:mijn
    |onze) <VICTIM> <G3>(?:iets|wat|pijn|slaan|slaat|vermoorden|vermoordt|dood)\b|\b(?:hij|ze
    |zij) <A1><HIT> <A1>(?:mijn|onze) <VICTIM>\b|\b<HIT> (?:hij|ze|zij) <A1>(?:mijn|onze) <VICTIM>\b
nl.home.violence  V  -  \b(?:bij ons|thuis) <G5>(?:geslagen|geweld|slaan|mishandeld)\b|\b(?:bij ons
    |thuis) <G2>(?:wordt|word|werd) er <G5>(?:geslagen|geschopt|mishandeld)\b|\b(?:bij ons|thuis|mijn|ons
    |we hebben) <G3>huiselijk geweld\b|\bhuiselijk geweld <G3>(?:bij ons|thuis)\b|\b<FAM> <G5>(?:agressief
    |gewelddadig)\b|\b(?:mijn|onze) ouders <A3>(?:vechten|vochten)\b(?! (?:voor|om|tegen)\b)
    |\b<FAM> <G3>(?:gooit|gooide|smijt|smeet) <G3>(?:met|naar) (?:dingen|spullen|borden|stoelen|glazen|ons|me
    |mij|haar|hem)\b
# Not safe at home, said of the home or of oneself there ("de wifi thuis is niet veilig" is neither).
nl.home.unsafe  V  noneg  \b(?:durf|durfde|durven|durft) <INV><A2>niet <A1>(?:meer )?(?:naar huis
    |thuis te komen|naar huis te gaan)\b|\b(?:het|me|mij
    |ik) <A1>(?:is |voel |voelt |was |voelde )?<A2>thuis <A2>(?:niet|nooit) <A1>veilig\b|\bthuis (?:is|was
    |voelt|voel|voelde) (?:het|ik) <A1>(?:me )?<A2>(?:niet|nooit) <A1>(?:meer )?veilig\b|\b(?:niet
    |nooit) <A1>(?:meer )?veilig <A1>(?:thuis|bij ons thuis|bij (?:mijn|onze) <FAM>)\b|\b(?:thuis
    |bij ons) <A1>(?:is het|voel ik me|voelt het) <A2>onveilig\b|\bonveilig <A1>thuis\b
nl.home.afraid  V  -  \bbang (?:om )?<G2>(?:naar huis te gaan|thuis te komen|thuis te zijn)\b|\b(?:ben|was
    |word|werd|zijn|is) <INV><A2>(?:bang|doodsbang) (?:voor|van) (?:mijn|onze) <FAM>\b(?! <G1>(?:reactie
    |mening|oordeel))
# "hij slaat haar" is only home violence when the family is named nearby ("ik hoor mijn ouders vechten").
nl.home.pronoun  V  home  \b(?:hij|ze|zij) <A1><HIT> <A1>(?:haar|hem)\b
    |\b<HIT> (?:hij|ze|zij) <A1>(?:haar|hem)\b

# "gepest" may stand far from its auxiliary ("ik word al sinds groep 8 gepest") or after it in a
# subordinate clause ("omdat ik gepest word"); being afraid "gepest te worden" is not being bullied.
nl.bullying.bully_me  B  -  \b(?:pest|pesten|pestte|pestten|treitert|treiteren|treiterde
    |treiterden) <A2><G3><ME>\b|\b<ME> <A3>(?:pest|pesten|pestte|pestten|treiteren|treitert|buitensluiten
    |buitensluit)\b|\b(?<!er )(?:word|wordt|werd|worden|werden|ben|was|zijn|waren|is) (?!er\b)<G5>(?:gepest
    |getreiterd|buitengesloten|gecyberpest|gechanteerd)\b(?! te worden)|\b(?:ik|we|wij|ze|zij
    |hij) <G4>(?:gepest|getreiterd|buitengesloten) (?:word|wordt|werd|worden|werden|ben|was|zijn|is)\b
nl.bullying.insults  B  sup:client,veto:friendly  \b(?:scheldt|schelden|schold
    |scholden) <A2><G2><ME> <G4>uit\b|\b<ME> <A3>(?:uitschelden|uitscheldt|uitlachen|uitlacht)\b|\b(?:word
    |wordt|worden) <INV><A3>(?:uitgescholden|uitgelachen)\b|\b(?:lachen|lacht) <G1><ME> <A3><G2>uit\b
    |\b(?:maken|maakt|maakten) <ME> <A3>belachelijk\b
nl.bullying.told_insults  B  sup:client  \b(?:zeggen|zegt|zei|zeiden|roepen|roept|riep|riepen|appen|appt|appte
    |appten|sturen|stuurt|stuurde|stuurden|schreeuwen|schreeuwde|schreven
    |schrijven) <G3>(?:dat ik <A2><INSULT>|dat niemand <ME> <A1>(?:moet|mag|wil|leuk vindt))\b
# Laughing at the student for being there: "ze lachen als ik binnenkom" (not "als ik een grap maak");
# one grown-up who "moest lachen om mij" is amused ("de monteur moest lachen om mij want ik vroeg
# alles"); a class or everyone who "moest lachen om mij" is not.
nl.bullying.laughed_at  B  veto:friendly  \b(?:ze|zij|iedereen|de klas|de hele klas|de anderen) <A2>(?:lachen
    |lacht|lachten|giechelen|giechelt) <A2>(?:(?:elke|iedere) keer )?(?:als|wanneer|zodra) ik <A2>(?:binnenkom
    |binnen kom|binnenloop|langsloop|langs loop|voorbijloop|voorbij loop|aankom|iets zeg|praat|antwoord
    |opsta)\b
    |\b(?<!hij moest )(?<!zij moest )(?<!ze moest )(?<!ie moest )(?<!monteur moest )
    (?<!baas moest )(?<!collega moest )(?<!begeleider moest )(?<!klant moest )(?<!meneer moest )
    (?<!mevrouw moest )(?:lachen|lacht|lachten|lachte) <INV><A2>om (?:me|mij)\b
nl.bullying.names  B  veto:friendly  \b(?:noemen|noemt|noemde|noemden|roepen|roept|riepen|schelden
    |scheldt) <ME> <A2>(?:uit voor )?(?:dik|dikke|lelijk|dom|vies|hoer|slet|mongool|homo|loser|sukkel|vet
    |varken|aap|zwerver|kankerlijer|tyfuslijer)\b
nl.bullying.exclusion  B  noneg  \bniemand <G4>(?:wil|wilt|praat|praten|zit|speelt|eet|gaat
    |doet) <G2>(?:met <ME>\b(?! <G1>(?:ruilen|wisselen)\b)|bij <ME> (?:in (?:het|de|ons|mijn) (?:groepje|groep
    |team)|zitten|staan)\b)|\b(?:sluiten|sluit|sloten) <A2><G2><ME> <A2>buiten\b|\b(?:laten|laat|lieten|liet
    |houden|houdt|hielden) <A2><G2><ME> <A2>(?:overal buiten\b|buiten(?= \||$| (?:en|maar|want|omdat
    |staan)\b))|\b<ME> <G2>uit (?:de|onze|hun|het) (?:groepsapp|klassenapp|klasapp|app|groep|groepje
    |groepschat) <G4>(?:gegooid|gezet|verwijderd|geschopt|getrapt|gekickt)\b|\b(?:iedereen|ze|zij
    |de hele klas) <A2>(?:negeert|negeren|negeerde|negeerden) <ME>\b
nl.bullying.told_to_die  B  noneg  \b(?:zeggen|zegt|zei|zeiden|roepen|roept|riep|riepen|appen|appt|appte
    |sturen|stuurt|stuurde|schreeuwen|schreven) <G4>(?:dat ik <G3>(?:dood|zelfmoord|mezelf)|ik (?:moet
    |kan) <G2>(?:dood|zelfmoord|mezelf)|ga dood)\b|\bkill yourself\b|\bgo die\b
nl.bullying.online  B  -  \b(?:nepaccount|nep account|fake account)\w* <G2>(?:van|over) <ME>\b|\b(?:filmpjes
    |filmpje|fotos|foto|video|videos|screenshots|nepaccount) <G3>(?:van|over) <ME> <G3>(?:online|rond\w*
    |doorgestuurd|gedeeld|verspreid|op insta|op snap|op tiktok|in de groepsapp)\b|\b(?:ze|zij|iemand|jongens
    |meiden|klasgenoten) (?:hebben|heeft|hadden|had|zetten|zet|stuurden|sturen|delen|deelden) <G2>(?:foto
    |fotos|filmpje|filmpjes|video|videos|screenshot|screenshots) <G2>van <ME> <G6>(?:in|op) (?:de|onze
    |hun) (?:groepsapp|klassenapp|klasapp|groepschat)\b|\b(?:account|profiel) <G3>(?:met|van) (?:mijn|me
    |mij) (?:fotos|foto|naam|gezicht) <G4>(?:gemene|nare|kwetsende|vieze|lelijke|valse) \w+
# Videos that mock the student, and mean messages or comments aimed at them.
nl.bullying.mocking  B  sup:client  \b(?:tiktoks?|filmpjes?|videos?|memes?|fotos?|posts?|stories|storys|reels?
    |snaps?) <G2>(?:waarin|waarop|waar|met) (?:ze|hij|zij|iedereen) <G2><ME> <A2>(?:nadoen|nadoet|nadeden
    |na doen|belachelijk maken|belachelijk maakt|uitlachen|uitlacht|afzeiken|afkraken|voor schut zetten)\b
    |\b(?:gemene|nare|kwetsende|racistische|haat) ?(?:dingen|berichten|reacties|opmerkingen|comments|appjes
    |berichtjes) <G3>(?:over|naar|tegen|onder|bij|op) (?:me|mij|mijn)\b|\b(?:krijg|krijgt|kreeg|kregen|krijgen
    |gekregen) <INV><G3>(?:haat ?(?:berichten|reacties|comments|appjes)|gemene (?:berichten|reacties|comments
    |appjes))\b
nl.bullying.rumours  B  -  \b(?:verspreiden|verspreidt|verspreidde|verspreidden|vertellen|vertelt|vertelden
    |zetten) <G3>(?:roddels|geruchten|leugens|praatjes|nepverhalen) <G2>over <ME>\b|\b(?:roddels|geruchten
    |leugens|praatjes) over <ME> <G3>(?:verspreid\w*|rond\w*)\b|\b(?:roddelen|roddelt|roddelde
    |roddelden) <A2>(?:achter mijn rug )?<A1>over <ME>\b|\b(?:praten|praat|praatten|kletsen|kletst|roddelen
    |roddelt|lachen|lacht|lachten) <INV><A2>achter mijn rug\b|\bachter mijn rug (?:om )?<G3>(?:praten|praat
    |praatten|roddelen|roddelt|lachen|lacht|gepraat|geroddeld)\b
"""
