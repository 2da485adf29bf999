"""The small words that tell whose feeling a feeling word is: pronouns, people, articles, verbs of being,
negations, clause breaks, tense markers and the modals of the unreal; and whether a feeling word describes
someone after it ("een bange hond"). Everything is folded."""

from __future__ import annotations

__all__ = [
    "ARTICLES",
    "ASK",
    "BEINGS",
    "BIT",
    "CLAUSE_BREAKS",
    "COPULAS",
    "CROWD",
    "EXPERIENCER",
    "FIND",
    "FIRST_PERSON",
    "FULL_STOPS",
    "FUTURE",
    "IMPERSONAL",
    "NEGATIONS",
    "NOT_A_PERSON_AFTER",
    "NOT_NOUNS",
    "NOT_SOMEONE",
    "NUMBERS",
    "OTHERS",
    "PAST_MARKERS",
    "PEOPLE",
    "PLURAL_VERBS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "PRESENT_MARKERS",
    "RELATIVE",
    "SELF",
    "SOFT",
    "SUBORDINATE",
    "TIME_NOUNS",
    "WOULD",
    "described",
]

# The student (or the group they were in) as a subject: "ik", chat's "k", "we".
FIRST_PERSON = frozenset({"ik", "k", "i", "we", "wij"})
# Tokens that end a sentence.
FULL_STOPS = frozenset({".", "!", "?", "\n"})
# "ich" is Limburg's "ik".
SELF = frozenset(
    {"ik", "k", "ikke", "ikzelf", "ich", "wij", "we", "i", "im", "ive", "id", "ill", "jij", "je"}
)
# Reflexive or object pronouns that make the student the one who feels ("voelde me", "made me nervous").
EXPERIENCER = frozenset({"me", "mij", "mezelf", "mijzelf", "myself"})
OTHERS = frozenset(
    "hij ie zij ze hun hen iedereen niemand men jullie die diegene zijzelf hijzelf eentje "
    "he she they everyone everybody nobody people them theyre hes shes".split()
)
# Some of the others, said as a crowd: a subject only before a verb ("sommige mensen werden misselijk",
# "mensen vonden het eng"); "mensen helpen", "voor anderen" are the ones helped or spoken to.
CROWD = frozenset({"mensen", "anderen", "sommigen", "velen"})
IMPERSONAL = frozenset(
    {"het", "t", "dat", "dit", "alles", "it", "that", "this", "everything", "its", "thats"}
)
# People a story is about, said without "de" or "mijn" ("baas was boos", "meneer Jansen was blij").
PEOPLE = frozenset(
    """
    baas chef klant klanten collega collegas begeleider stagebegeleider leidinggevende manager kok patient
    leidster leider stagiair stagiaire
    raadslid wethouder burgemeester agent agente dierenarts huisarts tandarts trainer teamleider receptionist
    receptioniste instructeur journalist psycholoog officer
    patienten client clienten bewoner bewoners gast gasten meneer mevrouw moeder vader mama papa ma pa broer
    zus oma opa juf meester leraar lerares docent mentor kind kinderen jongen meisje man vrouw eigenaar
    jongetje jongetjes jongens meisjes kindje kindjes kleintje kleintjes
    monteur kapper dokter arts verpleegkundige verzorgende assistent assistente neef nicht oom tante ome
    mattie maat vriend vriendin vriendinnen vrienden stagiaire invaller slager bakker boer leermeester
    klasgenoot klasgenote klasgenoten classmate classmates
    chauffeur vrachtwagenchauffeur buschauffeur hovenier tuinman verkoper verkoopster medewerker medewerkster
    fysio fysiotherapeut apotheker kapster beveiliger conducteur brandweerman loodgieter elektricien
    timmerman metselaar serveerster ober barman driver cashier waiter waitress plumber electrician
    eigenaresse bazin bedrijfsleider presentator ontwerper promovendus buurman buurvrouw
    boss customer customers colleague colleagues supervisor manager patient patients client guest guests mom
    mum dad mother father teacher kids children child boy girl man woman owner nurse doctor chef
    engineer designer developer mechanic pharmacist journalist lawyer coach guy lady analyst architect
    """.split()
)
# A determiner before a noun makes a noun phrase ("de klant", "zijn moeder"): someone else.
ARTICLES = frozenset("de een die deze dit the a an this that one these".split())
# "bij het proefcollege", "in de klas": a noun after these is no subject.
PREPOSITIONS = frozenset(
    "bij in op aan met van naar voor tijdens na om door over onder achter tegen uit naast tegenover langs "
    "at on with of to for during after about from into beside behind near".split()
)
# "de hele dag", "the whole time": a time, not a person.
TIME_NOUNS = frozenset(
    "dag dagen tijd week ochtend middag avond keer uur pauze rest day time morning afternoon evening "
    "while rest".split()
)
POSSESSIVES = frozenset(
    "mijn mn m'n mien zijn zn z'n haar onze ons hun jouw my his her their our your".split()
)
COPULAS = frozenset(
    "was waren ben bent is zijn werd werden word wordt voelde voel voelt voelden vond vind vindt leek "
    "bleef raakte waas am are were feel felt feels got get became seemed found find".split()
)
# "nie", "neet", "ni", "nait": "niet" as it is said in the south and the north and typed in chat.
NEGATIONS = frozenset(
    "niet nie neet nait ni geen nooit helemaal-niet not never no didnt wasnt werent dont isnt aint".split()
)
# Words that end one clause and start the next: a feeling belongs to its own clause's subject.
CLAUSE_BREAKS = frozenset(
    "maar mar moar en want toen daarna dus omdat terwijl totdat nadat zodat ook eerst later uiteindelijk "
    "but and because then so while when after later first finally".split()
)
PRESENT_MARKERS = frozenset(
    "ben bent is voel voelt vind vindt word wordt heb hebt schaam schaamt erger ergert verveel verveelt "
    "baal baalt twijfel twijfelt geniet schrik schrikt raakt walg walgt am im feel find are is".split()
)
PAST_MARKERS = frozenset(
    "was waren werd werden voelde voelden vond vonden had hadden schaamde ergerde verveelde baalde "
    "twijfelde genoot schrok geschaamd geergerd gebaald genoten getwijfeld geschrokken raakte gehad geweest "
    "were felt found got became had".split()
)

# "superzenuwachtig", "doodeng", "keileuk": a feeling with an intensifier glued to its front.

# "zou bang zijn", "bang zou worden", "would be scared": a feeling expected or imagined, not had.
# "I thought I will be bored", "gonna be scared": expected, not had.
WOULD = frozenset({"zou", "zouden", "would", "wouldve", "id", "youd", "hed", "shed", "theyd"})
# Only before the word: "I will be scared", not "I was happy and will go again".
FUTURE = frozenset({"will", "gonna"})

# "kind of", "sort of": not a person.
NOT_A_PERSON_AFTER = frozenset({"of"})
NUMBERS = frozenset(
    "twee drie vier vijf zes zeven acht negen tien allebei beiden two three four both "
    # "een paar waren echt heel boos": some of the others (only before a plural verb)
    "paar meesten enkelen some several most few".split()
)
# Plural verbs after a number make it the subject ("twee waren bang", "2 begonnen te huilen").
PLURAL_VERBS = frozenset(
    "waren werden begonnen gingen zaten stonden moesten bleven raakten zijn worden beginnen gaan "
    "were started began got became are".split()
)
# Words that open a clause of its own after a feeling ("benieuwd hoe ze dat doen", "bang dat ze lachen").
SUBORDINATE = frozenset(
    "hoe wat waarom of dat die wie waar wanneer how what why whether that who where when".split()
)

# Words before a verb that are no one: "het is", "toen bleef ik" (not "harm is", "karin bleef").
NOT_SOMEONE = frozenset(
    "het t dat dit er hier daar wat alles zo nu toen dan ook wel echt gewoon en maar".split()
)

# "een beetje", "a bit": an amount, not a noun phrase with someone in it.
BIT = frozenset(
    {"beetje", "bietje", "beetsje", "tikje", "tikkeltje", "klein", "heel", "bit", "little", "lot", "paar"}
)

# Words that may stand between "het" and its verb without making "het" the article of a noun.
SOFT = frozenset(
    "zo echt wel best heel super erg toch ook nog allemaal gewoon gwn egt mega ff nogal eigenlijk nou "
    "really so very quite pretty kinda lowkey totally actually honestly".split()
)

# Verbs of asking: "mijn tante vroeg of ik het eng vond", "de agent vroeg ben je bang?".
ASK = frozenset("vroeg vroegen vraagt asked asks".split())
# "... vond het saai", "... found it boring": the one who found it is the subject, not "het".
FIND = frozenset({"vond", "vind", "vindt", "vonden", "vinden", "found", "find", "finds", "thought", "think"})

# "dat"/"die" right after a noun starts a clause about that noun ("een kind dat bang was").
RELATIVE = frozenset({"dat", "die", "who", "which", "that"})

# Words before "dat"/"die" that make it no relative pronoun ("ik zei dat", "het was die").
NOT_NOUNS = frozenset(
    "zei zegt denk dacht weet wist zag ziet merkte voelde vond hoorde bleek en maar want omdat toen "
    "ik je jij we wij hij zij ze het me mij hem ons is was dus echt wel zo "
    "said think thought knew saw felt so and but because when then it i you we he she they him us was "
    "really very one vooral juist alleen ook eigenlijk mostly especially "
    # "ja dat ook, maar ook wel trots": an answer word, no noun with a relative clause
    "ja nee yes no yeah nou hmm oke ok okay".split()
)


def described(words: list[str], index: int, after: int) -> bool:
    """Whether the feeling word describes someone named after it ("een bange hond", "a sad kid")."""
    # An inflected Dutch adjective ("boze", "blije") or one after an article ("a worried") before a noun;
    # "pissig man" and "blij bro" (no -e, no article) are the student talking to someone.
    noun = words[after]
    if not noun.isalnum() or noun in _NOT_A_NOUN or noun in COPULAS or noun in PREPOSITIONS or noun in SOFT:
        return False
    # Only before someone: "een bange hond", "a sad kid"; not "de zenuwen gierden", "in a panic inside".
    inflected = words[index].endswith("e") and words[index] not in _ENDS_IN_E  # "moe man": no -e added
    described = inflected or (index > 0 and words[index - 1] in ARTICLES)
    return described and noun in PEOPLE | BEINGS


# Feeling words whose plain form ends in -e: "moe man" is the student talking, "een moeie man" someone.
_ENDS_IN_E = frozenset({"moe", "doodmoe", "hondsmoe", "kapotmoe", "oke", "fine"})
# Animals and small people a story is about ("een bange hond", "a dog came in, it was terrified").
BEINGS = frozenset(
    "hond honden hondje kat katten paard paarden koe koeien kalf pony dier dieren peuter kleuter baby "
    "vrouwtje mannetje geit geitje konijn vogel kid kids lady guy toddler dog dogs cat horse puppy "
    "animal".split()
)
_NOT_A_NOUN = frozenset(
    "en maar want omdat dat die toen als of dan te om van voor and but because when that as than to of for "
    "me mij ik i je you".split()
)
