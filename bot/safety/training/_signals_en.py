"""English training sentences that signal distress, written for the model (never used to evaluate it).

Same shape as ``_signals_nl.py``: ``(language, text, kind, about)``.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["SIGNALS_EN"]

_S = SignalKind.SUICIDE
_H = SignalKind.SELF_HARM
_A = SignalKind.ABUSE
_V = SignalKind.HOME_VIOLENCE
_W = SignalKind.WORK_VIOLENCE
_B = SignalKind.BULLYING

SIGNALS_EN: tuple[tuple[str, str, SignalKind, str], ...] = (
    # --- suicide
    ("en", "no point picking a career when i dont plan on being around", _S, "self"),
    ("en", "i gave my stuff away this week, wont need it anymore", _S, "self"),
    ("en", "i looked up how many pills it takes", _S, "self"),
    ("en", "everyone would be better off if i just disappeared for good", _S, "self"),
    ("en", "i have a note ready for my parents", _S, "self"),
    ("en", "honestly i dont see myself making it to 18", _S, "self"),
    ("en", "i keep thinking about jumping off the bridge near my school", _S, "self"),
    ("en", "im so tired of being alive", _S, "self"),
    ("en", "the only reason im still here is my little sister", _S, "self"),
    ("en", "i think im going to do it this weekend", _S, "self"),
    ("en", "would anyone even notice if i was gone", _S, "self"),
    ("en", "i wish i could fall asleep and never wake up", _S, "self"),
    ("en", "i just want everything to stop forever", _S, "self"),
    ("en", "im a burden to everyone around me", _S, "self"),
    ("en", "every night i think about ending my life", _S, "self"),
    ("en", "tried once last spring and the thoughts are coming back", _S, "self"),
    ("en", "i dont want to exist anymore", _S, "self"),
    ("en", "im done with life fr", _S, "self"),
    ("en", "my best friend texted me that she wants to kill herself", _S, "other"),
    ("en", "my brother keeps saying he'd be better off dead", _S, "other"),
    ("en", "a guy in my class posted a goodbye message on his story", _S, "other"),
    ("en", "my friend has been collecting pills and i dont know what to do", _S, "other"),
    ("en", "last year i wanted to die but its better now", _S, "past"),
    ("en", "i attempted when i was 13, im doing ok now", _S, "past"),
    ("en", "i used to think about suicide a lot in middle school", _S, "past"),
    # --- self-harm
    ("en", "i keep a blade in my pencil case for bad days", _H, "self"),
    ("en", "i wear hoodies all summer so nobody sees my arms", _H, "self"),
    ("en", "i scratch my skin until it bleeds when im stressed", _H, "self"),
    ("en", "i relapsed last night after 2 months clean", _H, "self"),
    ("en", "i burn myself with a lighter when i feel numb", _H, "self"),
    ("en", "i hit myself in the face when i mess up on shift", _H, "self"),
    ("en", "i starve myself because i deserve it", _H, "self"),
    ("en", "hurting myself is the only thing that calms me down", _H, "self"),
    ("en", "i bang my head against the wall when its too loud in my head", _H, "self"),
    ("en", "i make myself throw up after every meal", _H, "self"),
    ("en", "my friend cuts herself and made me promise not to tell", _H, "other"),
    ("en", "i saw burns on my brothers arm and he said he did it himself", _H, "other"),
    ("en", "i used to cut in year 8 but i stopped", _H, "past"),
    # --- abuse
    ("en", "my dad hits me with his belt when im late", _A, "self"),
    ("en", "my stepmom doesnt let me eat dinner when im bad", _A, "self"),
    ("en", "my mom locks me in my room for whole weekends", _A, "self"),
    ("en", "an older guy from a game wants to meet up and says dont tell my parents", _A, "self"),
    ("en", "someone online says he'll share my pics unless i send more", _A, "self"),
    ("en", "my uncle touches me when nobody is around", _A, "self"),
    ("en", "my dad grabbed me by the throat last night", _A, "self"),
    ("en", "im scared to go home because my mom will hit me again", _A, "self"),
    ("en", "my coach sends me messages that i look hot and asks if im alone", _A, "self"),
    ("en", "my boyfriend forces me to do stuff i dont want", _A, "self"),
    ("en", "my friend's dad beats him and he has bruises everywhere", _A, "other"),
    ("en", "my dad used to hit me when i was little, i live with my gran now", _A, "past"),
    # --- violence at home
    ("en", "my dad hit my mom again and i heard everything", _V, "self"),
    ("en", "the police came to our house because my parents were fighting so bad", _V, "self"),
    ("en", "i hide in my room with my sister when my stepdad starts throwing things at mum", _V, "self"),
    ("en", "my mom had a black eye this morning and she said she walked into a door", _V, "self"),
    ("en", "my brother gets beaten by my dad and i cant stop it", _V, "self"),
    ("en", "my mum had to sleep at the neighbours because dad was drunk and violent", _V, "self"),
    ("en", "at my friends house her dad hits her mom and she is scared to go home", _V, "other"),
    ("en", "my dad used to beat my mom before they split up", _V, "past"),
    # --- violence at the placement
    ("en", "my supervisor keeps putting his hand on my leg in the van", _W, "self"),
    ("en", "a coworker at my placement cornered me in the storeroom and kissed me", _W, "self"),
    ("en", "the boss at my internship pushed me against the wall when i made a mistake", _W, "self"),
    ("en", "the cook threw a knife towards me during service", _W, "self"),
    ("en", "my manager said ill pass my placement if i go on a date with him", _W, "self"),
    ("en", "a customer grabbed me at the shop and my boss laughed", _W, "self"),
    ("en", "someone at my internship filmed me in the changing room", _W, "self"),
    ("en", "a colleague at my internship sends me pictures i dont want to see", _W, "self"),
    ("en", "my supervisor said he'd hurt me if i report him", _W, "self"),
    ("en", "my friend's boss at her internship keeps touching her", _W, "other"),
    ("en", "at my old placement the owner grabbed me, thats why i quit", _W, "past"),
    # --- bullying
    ("en", "they made a fake account of me and post weird stuff on it", _B, "self"),
    ("en", "everyone in my class laughs when i walk in", _B, "self"),
    ("en", "they throw my bag in the bin every day", _B, "self"),
    ("en", "i get anonymous messages telling me to kill myself", _B, "self"),
    ("en", "i eat lunch in the toilets because no one will sit with me", _B, "self"),
    ("en", "they edited my photos and sent them round the whole school", _B, "self"),
    ("en", "some boys wait for me after school and push me off my bike", _B, "self"),
    ("en", "the other interns hide my stuff and call me names", _B, "self"),
    ("en", "they kicked me out of the class chat and made a new one to talk about me", _B, "self"),
    ("en", "they call me fat and ugly every single day", _B, "self"),
    ("en", "my little brother gets bullied every day and comes home crying", _B, "other"),
    ("en", "i was bullied in primary school but its fine now", _B, "past"),
)
