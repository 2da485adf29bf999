"""A student's rights in the chat: a copy of everything, and deleting everything."""

from __future__ import annotations

import json
import re

from storage import Store
from tests.bot.chat import Chat

from .conftest import REFLECTION, link, register_mentor


async def test_my_data_gives_everything_as_json_and_readable_html(sam: Chat) -> None:
    await sam.say(*REFLECTION[:5], "<b>Ik</b> mocht _*[taarten]* versieren en ik was trots 🎂")
    await sam.command("mijngegevens")
    [reply] = sam.replies
    assert "alles wat ik over je bewaar" in reply.text
    files = {f.filename: f for f in reply.attachments}
    assert set(files) == {"mijn-gegevens.json", "mijn-gegevens.html"}
    data = json.loads(files["mijn-gegevens.json"].data)
    assert data["student"]["display_name"] == "Sam"
    [experience] = data["experiences"]
    assert experience["place"] == "Bakkerij De Zoete Inval"
    assert experience["entry"]["gedaan"] == "<b>Ik</b> mocht _*[taarten]* versieren en ik was trots 🎂"
    page = files["mijn-gegevens.html"].data.decode()
    assert "&lt;b&gt;Ik&lt;/b&gt; mocht _*[taarten]* versieren" in page, "escaped: a student's <b> stays text"
    assert "<b>Ik</b>" not in page
    assert "Bakkerij De Zoete Inval" in page


async def test_the_readable_copy_has_labels_and_dates_in_words_not_field_names(sam: Chat) -> None:
    await sam.say(*REFLECTION)
    await sam.command("mijngegevens")
    files = {f.filename: f for f in sam.replies[0].attachments}
    page = files["mijn-gegevens.html"].data.decode()
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", page, flags=re.S))
    labels = ["Over jou", "Hoe je de bot gebruikt", "Het moment", "Waar je dit nog meer van kent"]
    labels += ["Kernwoord"]
    labels += ["Wie helpt", "Hoe ver", "nog te doen", "Gesprekken", "Terugkijken op een ervaring"]
    for label in labels:
        assert label in text, label
    assert "zaterdag 21 november" in text, "dates in words"
    assert page.count("<svg") == 2, "the key words and the competencies over time as pictures"
    assert re.search(r"zondag 22 november om \d\d:\d\d", text), "moments in words, in the school's time"
    for raw in ("display_name", "created_at", "happens_on", "klein_verhaal", "share_answers", "kernwoord:"):
        assert raw not in text, f"a field name in the readable copy: {raw}"
    assert not re.search(r"\d{4}-\d\d-\d\d", text), "no ISO dates"
    assert "{" not in text and "}" not in text, "no Python dicts"


async def test_deleting_asks_first_then_removes_everything(
    coord: Chat, juf: Chat, sam: Chat, store: Store
) -> None:
    code = await register_mentor(coord, juf)
    await sam.say(*REFLECTION)
    await link(sam, code)
    await sam.command("verwijderen")
    assert "Weet je het zeker?" in sam.text()
    await sam.press("Nee, toch niet")
    assert "Er is niets verwijderd" in sam.text()
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        student_id = student.id
    await sam.command("verwijderen")
    await sam.press("Ja, verwijder alles")
    assert "Alles is verwijderd" in sam.text()
    async with store.read() as view:
        assert await view.students.find(sam.who.key) is None
        assert await view.students.get(student_id) is None
        mentor = await view.students.find(juf.who.key)
        assert mentor is not None
        assert await view.school.shared_students(mentor.id) == []
    await juf.command("overzicht")
    assert "Er zijn nog geen leerlingen aan je gekoppeld" in juf.text()
    await sam.type("hoi")
    assert "Er loopt nu geen gesprek" in sam.text(), "a message afterwards starts completely fresh"
    await sam.command("dossier")
    assert "Je dossier is nog leeg" in sam.text()


async def test_a_mentor_can_export_and_delete_their_own_data(coord: Chat, juf: Chat, sam: Chat) -> None:
    code = await register_mentor(coord, juf)
    await link(sam, code)
    await juf.command("mijngegevens")
    data = json.loads(juf.replies[0].attachments[0].data)
    assert data["mentor"]["class_code"] == code.replace("-", "")
    await juf.command("verwijderen")
    await juf.press("Ja, verwijder alles")
    await sam.command("privacy")
    assert "Nu ziet niemand anders je dossier" in sam.text(), "the mentor's students are unlinked"
