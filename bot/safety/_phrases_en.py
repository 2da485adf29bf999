"""English signal patterns for the safety detector; same table format as ``_phrases_nl``.

Students write English too (or switch mid-message), mostly in chat spelling; ``_detector.normalise``
expands "wanna", "kms", "whats", "sh'd" and the like before these patterns run. A friend at risk is
described in the third person ("she wants to die", "he cuts himself") and gets the same kind.
"""

from __future__ import annotations

__all__ = ["SIGNALS_EN"]

SIGNALS_EN = r"""
en.suicide.kill_self  S  sup:told_to  \b(?:kill|killing|kills|killed|off|offing|end|ending) <EN_SELF>\b
# "to" is required: Dutch "want die stage ..." means "because that internship ...".
en.suicide.want_die  S  veto:care  \b(?:want|wants|wanted|wanting|wish|wishes|wished|would like|d like|ready
    |plan|plans|planning) to <E2>die\b(?! (?:of|from|laughing)\b)|\brather <E2>die\b|\bwish (?:i
    |that i) (?:was|were|could be|would be|d be) <G1>dead\b|\bbetter off dead\b
# "What's the point of living" and "no way out" ask about life itself, not about living somewhere.
en.suicide.not_live  S  noneg,veto:care  \b(?:not|no longer|never) <G2>(?:want|wanting) to (?:live|be alive
    |exist|wake up|be here any ?more|be around any ?more|go on)\b(?! (?:in|at|with|near|there|here
    |like that)\b)|\b(?:never|not) wake up (?:again|anymore)\b|\bsleep and (?:never|not) wake up\b|\bwish (?:i
    |that i) (?:was|were|had) (?:never|not) (?:been )?born\b|\bno (?:reason|point) <G1>(?:to live|in living
    |living|to go on|in going on|to be alive|in life)\b|\bnot (?:see|find) (?:the|a|any) (?:reason
    |point) <G1>(?:to live|in living|living|to go on|in going on|to be alive|in life)\b(?! (?:in|at|with|near
    |there|here|like)\b)|\blife is <G1>(?:not worth living|pointless|meaningless)\b|\bnot worth living\b
    |\bcan not go on\b(?! (?:the|a|with|to)\b)|\b(?:what is|why) <G1>(?:the )?point (?:of|in) (?:living|life
    |being alive|going on|existing)\b(?! (?:in|at|with|near|like|on|here|there)\b)|\bwhy (?:am i|do i|is she
    |is he|does she|does he) <E1>(?:still )?(?:alive|exist|living)\b(?! (?:in|at|with|near|like|on|here
    |there)\b)|\b(?:no|not see a|not find a) way out\b(?= \||$| (?:and|but|anymore|except|other than)\b)
# Typed without spaces ("iwanttodie"): one word, which the model never scores.
en.suicide.glued  S  -  \b\w*(?:wanttodie|wannadie|killmyself|endmylife|wanttodisappear)\w*
en.suicide.thoughts  S  -  \b(?:think|thinking|thought|thinks) <E2>(?:about|of) (?:dying|death|killing myself
    |suicide|ending it)\b
en.suicide.burden  S  noneg  \bno one <G2>(?:miss me|care if i)\b|\b(?:would|will) <G1>care if i (?:died
    |was gone|disappeared|was dead)\b|\b(?:better off|happier) without me\b|\bi am (?:just |only )?a burden\b
en.suicide.end_life  S  -  \b(?:end|ending|ended|take|taking) (?:it all|(?:my|her|his|their) (?:own )?life
    |everything)\b|\bend it (?:tonight|today|soon)\b|\bsuicide note\b|\bgoodbye (?:letter|note)\b
    |\bslit my wrists?\b|\boverdose\b|\bjump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff)\b|\b(?:jump
    |step) in front of (?:a|the) (?:train|car|bus|truck)\b|\b(?:take|swallow|took|swallowed) (?:all|a bunch of
    |a lot of|too many|a bottle of) (?:my |the )?(?:pills|tablets|meds|sleeping pills)\b|\b(?:want
    |wish i could) (?:to )?(?:just )?disappear\b
en.self_harm.self  H  sup:accident  \b(?:cut|cutting|cuts|burn|burning|burns|burned|burnt|hurt|hurting|hurts
    |harm|harming|harmed|hit|hitting|scratch|scratching|scratched|starve|starving|starved|injure|injuring
    |bruise|bruising) <E2><EN_SELF>\b
# "sh" is chat shorthand for self-harm, but also "shh": only where it can only mean the first.
en.self_harm.cutting  H  sup:accident  \b(?:been|started|start|keep|kept|stopped|stop|relapsed) <G1>(?:cutting
    |self harming|harming myself)\b|\b(?:cut|cutting) again\b|\b(?:cut|cutting|cuts|scratch|scratching|burn
    |burning) (?:on |into )?my (?:arms?|wrists?|legs?|thighs?|stomach|skin)\b|\bscars on my (?:arms?|wrists?
    |legs?|thighs?)\b|\b(?:i|she|he) (?:still|sometimes|often|secretly|always|also) <E1>(?:cut|cuts)(?= \|
    |$| (?:sometimes|again|often|a lot|every|at night|daily|when|whenever|if|because|since|still)\b)|\b(?:did
    |started|relapsed on) sh\b|\bsh (?:again|scars?|urges?)\b
# Hurting oneself as a punishment for a mistake or a feeling: deliberate, whatever the place ("at work").
en.self_harm.punish  H  -  \b(?:hit|hits|hitting|punch|punches|punching|slap|slaps|slapping|hurt|hurts|hurting
    |punish|punishes|punishing|scratch|scratches|scratching|starve|starving|bite|bites
    |biting) <E2><EN_SELF> <G3>(?:when|whenever|if|every time|because|after) (?:i|she|he) <E1>(?:(?:mess
    |messes|messed|screw|screws|screwed) up\b(?! (?:the|a|an|my|his|her)\b)|(?:make|makes
    |made) (?:a )?mistakes?\b|(?:fail|fails|failed)\b|(?:am|is|was|get|gets|got|feel|feels|felt) <E1>(?:angry
    |mad|sad|stressed|upset|anxious|overwhelmed|worthless|empty)\b)

en.abuse.hits_me  A  physical,sup:harmless,sup:by_accident,sup:threat,sup:sport  \b<EN_HIT> <G1>me\b
    (?! to (?!(?:the|a|my|his|her)\b))
en.abuse.passive  A  physical,sup:sport  \b(?:i|we) (?:am|was|were|get|got|keep getting|have been|been
    |are) <E2>(?:being )?(?:hit|beaten|kicked|punched|slapped|choked|threatened|attacked)\b(?! by (?:a
    |the) (?:ball|car|door|bike))
en.abuse.locked_up  A  physical,sup:by_accident  \b(?:lock|locks|locked|locking) me (?:up|in)\b
en.abuse.neglect  A  noneg,home  \b(?:do|does|did) not (?:give|let) me (?:eat|any food|food)\b|\b(?:starve
    |starves|starved) me\b
en.abuse.sexual  A  sexual  \b(?:touches|touched|touching|gropes|groped|groping|molests|molested|fondles
    |fondled|rapes|raped|assaulted) <G1>me\b|\b(?:touch|grab|squeez|slap|pinch|grop)\w* <G2>my (?:butt|ass
    |boobs|breasts|chest|thighs?|crotch|private parts|privates|body|bum)\b|\bsexual(?:ly)? (?:harass\w*
    |abus\w*|assault\w*|comments|messages|remarks|touching)\b|\bunwanted touching\b|\b(?:tried|tries|trying
    |try|wanted|wants|forced|forces|keeps trying) to (?:kiss|touch|grope|undress|feel up) me\b|\b(?:raped
    |molested|groped|rape|molest\w*)\b|\b(?:was|got|is being|has been|been|gets|am
    |am being) (?:sexually )?abused\b|\bnudes\b|\bnude (?:pics|pictures|photos)\b|\b(?:comes
    |came) into my (?:room|bed) at night\b|\b(?:dirty|naked|nude|explicit|sexual|inappropriate) (?:pics
    |pictures|photos|images|videos|snaps|selfies)\b|\b(?:pics|pictures|photos|snaps|videos) of (?:himself
    |herself|themselves) (?:naked|without clothes|with no clothes)\b
# Pictures the student did not ask for, and pictures of the student demanded under pressure.
en.abuse.unwanted_pics  A  noneg,sexual,sup:harmless  \b(?:pics|pictures|photos|snaps|images|videos
    |selfies) (?:that |which )?i (?:did not|do not|never) (?:ask|asked) for\b|\b(?:unwanted
    |unsolicited) (?:pics|pictures|photos|snaps|images|videos|selfies)\b|\b(?:wants|wanted|asks|asked
    |keeps asking|forces|forced|makes|made) me to send <G1>(?:pics|pictures|photos|selfies|snaps
    |videos) of (?:myself|me)\b(?=.*?\b(?:secret|or else|otherwise|not tell|no one|grade)\b)
# A hard grip on an arm, or a blow to the face or throat: not "i hit my head" (the student's own doing).
en.abuse.body  A  physical,sup:harmless,sup:by_accident,sup:sport  \b(?<!i )(?<!and )(?:grab|grabs|grabbed
    |grabbing|squeeze|squeezes|squeezed|twist|twists|twisted|yank|yanks|yanked|pull|pulls|pulled|punch|punches
    |punched|kick|kicks|kicked|slap|slaps|slapped|choke|chokes|choked) my (?:(?:arm|arms|wrist|wrists|hand
    |hair) <E2>hard|neck|throat|face|jaw|stomach|chest|ribs)\b
# A friend hurt by her own family ("her stepdad touches her"): abuse, or home violence when the student's
# own mother or sibling is named.
en.abuse.friend_family  A  friend,sup:harmless,sup:by_accident  \b(?:her|his) (?:stepdad|stepfather|dad|father
    |uncle|brother|stepbrother|cousin|grandpa|mom|mum|mother|stepmom|mother s boyfriend
    |mom s boyfriend) <E1>(?:touches|touched|molests|molested|gropes|groped|abuses|abused|rapes|raped|hits|hit
    |beats|beat|kicks|kicked|slaps|slapped|chokes|choked) (?:her|him)\b(?! on (?:the|her|his) (?:shoulder|arm
    |hand|back|head|cheek)\b| at (?:chess|cards|games?|the game|football|tennis|fifa|ping pong)\b)

en.home.violence  V  -  \bmy <EN_FAM> <G2><EN_HIT> (?:my (?:mom|mum|mother|dad|father|sister|brother
    |little \w+|siblings)|her|him|each other)\b|\bdomestic (?:violence|abuse)\b|\b(?:scared|afraid|terrified
    |frightened) (?:to go|of going|to come) home\b|\b(?:scared|afraid|terrified|frightened) of my <EN_FAM>\b
    |\bmy <EN_FAM> <G3>(?:violent|aggressive)\b|\bmy (?:mom|mum|mother|sister|brother|little \w+
    |siblings?) (?:gets|got|is|was|keeps getting|has been|is being) <E1>(?:hit|beaten|beaten up|kicked|punched
    |slapped|choked|hurt|abused|attacked) by (?:my|our|her|his) (?:<EN_FAM>|boyfriend|husband)\b|\b(?:violence
    |hitting) at home\b
en.home.unsafe  V  noneg  \b(?:not|never) <E1>(?:feel |feeling )?safe (?:at home|at my house|in my house
    |with my <EN_FAM>)\b|\bhome (?:is|does) not (?:feel )?safe\b|\bunsafe at home\b

en.bullying  B  sup:by_accident  \b(?:bully|bullies|bullied|bullying) me\b|\b(?:i|we) (?:am|was|get|got
    |keep getting|have been|been|are) <E2>(?:being )?(?:bullied|picked on|excluded)\b|\b(?:call|calls|called
    |calling) me (?:names|ugly|fat|stupid|retarded|a whore|a slut|a loser|a freak)\b|\b(?:everyone|they|people
    |no one) <G3>(?:ignores|ignore|ignoring|excludes|exclude|excluding|laughs at|laugh at|laughing at
    |makes fun of|make fun of|making fun of|picks on|pick on|picking on) me\b
    |\bno one <G4>(?:wants to )?(?:talks|talk|sits|sit|hangs out|hang out|plays|play) (?:to|with) me\b
    |\b(?:leave|leaves|left|leaving) me out\b(?! of (?:it|this|that)\b)|\b(?:tell|tells|told|telling|say|says
    |said|text|texted|message|messaged) (?:me|us) (?:to|that i should|i should) <G2>(?:kill|die|go die
    |end it)\b
# Rumours and pictures spread about the student, and laughing at them for being there.
en.bullying.spread  B  -  \b(?:spread|spreads|spreading) <G2>(?:rumou?rs|lies|gossip|stories) about me\b
    |\b(?:post|posts|posted|share|shares|shared|send|sends|sent|spread|spreads|spreading) <G2>(?:embarrassing
    |ugly|fake|edited|private|nude|naked) (?:pictures|photos|pics|videos|screenshots) of me\b
    |\bgossip about me\b|\b(?:they|someone|people|everyone|kids|the boys|the girls) <G1>(?:shared|posted|sent
    |put|spread|share|post|send|shares|posts|sends) <G2>(?:pic|pics|picture|pictures|photo|photos|video|videos
    |screenshot|screenshots) of me <G2>(?:in|on|to) (?:the|our|their|a|every) (?:group chat|groupchat
    |class chat|class group)\b|\b(?:they|everyone|people|the others) <E1>(?:laugh|laughs|giggle
    |giggles) <E1>(?:every time|whenever|when) i <E1>(?:walk by|walk in|walk past|come in|talk|speak
    |say something|answer)\b
"""
