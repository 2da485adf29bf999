"""/meenemen and /thuis in a chat: files the student keeps or shows, and the question we were at."""

from __future__ import annotations

from tests.bot.chat import Chat

from .test_answers_kept import THIN_STORY

STORY = [
    "/reflecteren",
    "1",
    "Bakkerij De Zoete Inval",
    "gisteren",
    "1",
    "Ik mocht taarten versieren en ik was trots toen de klant lachte",
    "De klant zei dat de taart mooi was",
    "bij tekenen op school",
    "ja, vroeger tekende ik voor mijn oma",
    "dat iemand blij werd van wat ik maakte",
    "creatief",
    "iets met ontwerpen",
    "Ik ga de bakker vragen of ik nog een dag mag komen",
    "vrijdag",
    "1",
    "niemand",
    "dat ik het vergeet, dan zet ik een wekker",
]


async def test_take_along_gives_a_printable_file_of_the_whole_dossier(sam: Chat) -> None:
    await sam.say(*STORY)
    await sam.command("meenemen")
    [ready] = sam.replies
    assert "loopbaandossier om mee te nemen" in ready.text
    [file] = ready.attachments
    assert (file.filename, file.mime) == ("loopbaandossier.html", "text/html")
    page = file.data.decode()
    assert "Loopbaandossier van Sam" in page and "<style>" in page
    assert "Het moment:" in page and "Kernwoord:" in page and "creatief" in page
    assert "Wat ga je hiermee doen" in page and "nog te doen" in page


async def test_home_card_in_the_chat_and_as_a_file_and_the_question_comes_back(sam: Chat) -> None:
    await sam.say(*STORY)
    await sam.say(*THIN_STORY[:6])  # in the middle of a new reflection
    await sam.command("thuis")
    text = sam.text()
    assert "Voor aan de keukentafel" in text
    assert "Mijn kernwoorden: creatief" in text
    assert "Mijn volgende stap: Ik ga de bakker vragen of ik nog een dag mag komen" in text
    assert "1. Wanneer zie jij dat ik 'creatief' ben of doe?" in text
    assert "3. " in text
    assert "ik stuur hem naar niemand" in text
    files = [f for reply in sam.replies for f in reply.attachments]
    assert [f.filename for f in files] == ["voor-thuis.html"]
    assert "Wat gebeurde er" in sam.replies[-1].text, "then the question we were at"
