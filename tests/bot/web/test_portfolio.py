"""The dossier page as a portfolio, the portfolio to take along and the card for at home, as a student sees
them in the browser (every backend)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.wiring import App

from .test_chat import REFLECTION, _play, _student

# Over 5,000 characters pasted in one go.
PASTE = "Ik was trots. " + "Ik moest de hele dag dozen inpakken en sorteren in het magazijn. " * 80
# The story pasted in full, the same answer twice, non-answers for the widening.
LONG_STORY = [
    *REFLECTION[:5],
    (PASTE, "trots"),
    ("De klant zei dat de taart mooi was", "school"),
    ("niks", "ergens anders"),
    ("nee", "eerder"),
    ("De klant zei dat de taart mooi was", "vlak voordat"),
    *REFLECTION[9:],
]


async def test_the_dossier_page_reads_like_a_portfolio(app: App, browser_factory: Callable[[], Any]) -> None:
    sam = await _student(app, browser_factory)
    await _play(sam, LONG_STORY)
    await sam.get("/dossier")
    assert sam.status == 200
    text = sam.text()
    title = "Stage · Bakkerij De Zoete Inval · zaterdag 21 november"
    for shown in ("Wat heb je gedaan", "Wat heb je ontdekt", "Wat ga je hiermee doen", "Het moment:",
                  "Kernwoord: creatief", "nog te doen", title):  # fmt: skip
        assert shown in text, shown
    experiences = text.split("Mijn ervaringen")[1].split("Je open stappen")[0]
    assert ";" not in experiences, "no answers glued with semicolons"
    assert text.count("De klant zei dat de taart mooi was") == 1, "the same answer shows once"
    assert "niks" not in text and "Waar je dit nog meer van kent" not in text, "non-answers left out"
    # The paste: its start on the page, the whole text one step away (a <details> to open).
    whole = re.search(r'<details class="whole">.*?<p>(.*?)</p>', sam.page, flags=re.S)
    assert whole is not None and len(whole.group(1)) > 5000
    assert "Lees alles" in text
    # The thread and the competencies as pictures, each with a text alternative.
    assert sam.page.count("<svg") == 2
    assert 'role="img"' in sam.page and "<title" in sam.page and "<desc" in sam.page
    assert "Je kernwoorden in de tijd" in text and "Welke loopbaancompetenties je oefende" in text
    assert "De cijfers bij de grafiek" in text
    assert '<a href="/dossier/meenemen">' in sam.page and '<a href="/dossier/thuis">' in sam.page


async def test_the_portfolio_to_take_along_prints_the_whole_text_at_the_end(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    await _play(sam, LONG_STORY)
    await sam.get("/dossier/meenemen")
    assert sam.status == 200
    text = sam.text()
    assert "Loopbaandossier van Sam" in text
    assert "Wat heb je gedaan" in text and "hele tekst bij 1" in text
    assert "Hele antwoorden" in text and text.count("dozen inpakken") > 70
    assert "<svg" in sam.page and 'href="/static/doc/document.css' in sam.page
    response = await sam.client.get("/dossier/meenemen?bestand=1")
    assert response.headers["Content-Disposition"] == 'attachment; filename="loopbaandossier.html"'
    file = await response.text()
    assert "<style>" in file and "<link" not in file, "a file that stands on its own"


async def test_the_card_for_at_home_has_key_words_a_step_and_three_questions(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    sam = await _student(app, browser_factory)
    await _play(sam, REFLECTION)
    await sam.get("/dossier/thuis")
    text = sam.text()
    assert "Voor aan de keukentafel" in text
    assert "Mijn kernwoorden creatief" in text
    assert "Ik ga de bakker vragen of ik nog een dag mag komen" in text
    assert len(re.findall(r"<li>", sam.page.split("Drie vragen")[1])) == 3
    assert "Wanneer zie jij dat ik 'creatief' ben of doe?" in text
    assert "stuurt deze kaart niet naar iemand" in text
    # Markup a student typed stays text here too.
    kim = await _student(app, browser_factory, "Kim")
    await _play(kim, [*REFLECTION[:10], ("<b>lief</b>", "opleiding")])
    await kim.get("/dossier/thuis")
    assert "&lt;b&gt;lief&lt;/b&gt;" in kim.page and "<b>lief</b>" not in kim.page


async def test_an_empty_dossier_still_has_every_page(app: App, browser_factory: Callable[[], Any]) -> None:
    noor = await _student(app, browser_factory, "Noor")
    for path, expected in (("/dossier", "Je dossier is nog leeg"), ("/dossier/meenemen", "nog niets"),
                           ("/dossier/thuis", "Nog geen kernwoorden")):  # fmt: skip
        await noor.get(path)
        assert noor.status == 200 and expected in noor.text(), path
