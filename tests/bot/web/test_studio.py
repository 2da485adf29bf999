"""The coordinator's studio through the web app, on every backend: drafts with a revision and the checks,
publishing for new conversations only (in every process), rollback, the log, files, and what is counted."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from html import unescape
from typing import Any

import aiohttp

from bot.wiring import App
from dialogues import EditableScript, ScriptLibrary
from dialogues.kinds import KINDS
from storage import Role

from .conftest import Browser, new_code

WAAR = "Waar was het?"
NEW_WAAR = "Op welke plek was je die dag?"


async def coordinator(app: App, browser_factory: Callable[[], Any], name: str = "Anna") -> Browser:
    browser: Browser = await browser_factory()
    await browser.sign_in(await new_code(app, Role.COORDINATOR, name=name))
    return browser


async def student(app: App, browser_factory: Callable[[], Any], name: str) -> Browser:
    browser: Browser = await browser_factory()
    await browser.sign_in(await new_code(app, Role.STUDENT, name=name))
    return browser


def form_of(page: str, form_id: str = "vraagformulier") -> dict[str, str]:
    """Every field of a form as a browser posts it: inputs, checked boxes, textareas, chosen options."""
    form = page.split(f'id="{form_id}"', 1)[1].split("</form>", 1)[0]
    data: dict[str, str] = {}
    for tag in re.findall(r"<input [^>]*>", form):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if name is None or value is None or ('type="checkbox"' in tag and " checked" not in tag):
            continue
        data[name.group(1)] = value.group(1)
    for name, body in re.findall(r'<textarea [^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S):
        data[name] = body
    for name, options in re.findall(r'<select [^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', options) or re.search(
            r'<option value="([^"]*)"', options
        )
        data[name] = chosen.group(1) if chosen else ""
    return {key: unescape(value) for key, value in data.items()}


async def edit(browser: Browser, script: str, question: str, **changes: str) -> Any:
    """Open a question's form, change fields (by input name, `f_text_nl_0` for f.text.nl.0) and save."""
    await browser.get(f"/studio/{script}/vraag/{question}")
    data = form_of(browser.page)
    for name, value in changes.items():
        data[name.replace("_", ".") if name.startswith("f_") else name] = value
    return await browser.post(f"/studio/{script}/vraag/{question}", data)


async def draft_of(app: App, script: str) -> EditableScript:
    async with app.store.read() as view:
        draft = await view.studio.draft(script)
    assert draft is not None
    return EditableScript.parse(draft.source)


async def publish(browser: Browser, script: str, note: str = "") -> None:
    await browser.get(f"/studio/{script}")
    await browser.post(f"/studio/{script}/publiceren", {"revisie": revision(browser.page), "notitie": note})


async def upload(browser: Browser, script: str, content: str, name: str = "gesprek.yaml") -> None:
    """Send a file with the import form, the way a browser does (multipart)."""
    await browser.get(f"/studio/{script}")
    data = aiohttp.FormData()
    data.add_field("csrf", browser.csrf)
    data.add_field("revisie", revision(browser.page))
    data.add_field("bestand", io.BytesIO(content.encode()), filename=name, content_type="application/yaml")
    response = await browser.client.post(f"/studio/{script}/bestand", data=data)
    browser.status, browser.page = response.status, await response.text()


def revision(page: str) -> str:
    found = re.search(r'name="revisie" value="(\d+)"', page)
    assert found, "no revision on the page"
    return found.group(1)


async def test_a_coordinator_rewords_sees_an_error_in_dutch_fixes_it_and_publishes_for_new_students(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory)
    await anna.get("/studio")
    assert "Terugkijken op een ervaring" in anna.text() and "De standaardversie" in anna.text()
    await anna.get("/studio/reflecteren")
    assert '<a xlink:href="/studio/reflecteren/vraag/verbreden"' in anna.page, "the flow links to the form"
    bo = await student(app, browser_factory, "Bo")
    await bo.say("/reflecteren")  # Bo is in the middle of a conversation before the change
    await edit(anna, "reflecteren", "waar", f_text_nl_0="Waarom was je daar?")
    assert anna.status == 200 and "Bewaard in het concept." in anna.text()
    assert "vraagt 'Waarom'" in anna.text() and "Vraag wat, hoe, wanneer, wie of waar" in anna.text()
    await publish(anna, "reflecteren")
    assert "Publiceren kan nog niet: er zijn fouten" in anna.text()
    await edit(anna, "reflecteren", "waar", f_text_nl_0=NEW_WAAR)
    assert "Waarom" not in anna.text()
    await anna.get("/studio/reflecteren")
    changes = anna.text().split("Wat er verandert", 1)[1]
    assert "[weg: Waar ] [nieuw: Op welke plek ] was" in changes, "what changes, word by word"
    await publish(anna, "reflecteren", note="Andere woorden voor waar")
    assert "Gepubliceerd." in anna.text()
    await bo.press("Stage")
    assert WAAR in bo.text() and NEW_WAAR not in bo.text(), "a conversation under way keeps its version"
    cas = await student(app, browser_factory, "Cas")
    await cas.say("/reflecteren")
    await cas.press("Stage")
    assert NEW_WAAR in cas.text(), "a new conversation starts on the published version"
    # The history says what changed, in words; rollback brings the old text back for new conversations.
    await anna.get("/studio/reflecteren/geschiedenis")
    history = anna.text()
    assert "Andere woorden voor waar" in history and "Gepubliceerd op" in history
    assert "Veranderd (Nederlands, formulering 1)" in history
    assert "<del>" in anna.page and "<ins>" in anna.page
    assert "Vraag aangepast" in history and "Anna" in history
    await anna.post("/studio/reflecteren/terugzetten", {"publicatie": "standaard"})
    assert "Teruggezet." in anna.text()
    dee = await student(app, browser_factory, "Dee")
    await dee.say("/reflecteren")
    await dee.press("Stage")
    assert WAAR in dee.text() and NEW_WAAR not in dee.text()


async def test_a_new_conversation_in_another_process_starts_on_the_publication(
    app: App, make_app: Callable[..., App], browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory)
    await edit(anna, "reflecteren", "waar", f_text_nl_0=NEW_WAAR)
    await publish(anna, "reflecteren")
    # Another process on the same database: its own scripts in memory, which never saw the publication.
    other = make_app(library=ScriptLibrary.from_directory())
    from bot.conversation import Who
    from storage import StudentKey
    from tests.bot.chat import Chat

    eva = Chat(other.conversations, Who(StudentKey("test", "eva"), display_name="Eva", language_hint="nl"))
    await eva.say("/reflecteren")
    await eva.press("Stage")
    assert NEW_WAAR in eva.text()


async def test_two_coordinators_on_one_draft_never_overwrite_each_other_silently(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory, "Anna")
    ben = await coordinator(app, browser_factory, "Ben")
    await anna.get("/studio/reflecteren/vraag/waar")
    await ben.get("/studio/reflecteren/vraag/waar")
    anna_form, ben_form = form_of(anna.page), form_of(ben.page)
    anna_form["f.text.nl.0"] = NEW_WAAR
    await anna.post("/studio/reflecteren/vraag/waar", anna_form)
    assert "Bewaard" in anna.text()
    # Ben's form was made before Anna saved: refused, with what he typed, and Anna's text kept.
    ben_form["f.text.en.0"] = "In which place were you?"
    ben_form["f.competency"] = "werkexploratie"
    await ben.post("/studio/reflecteren/vraag/waar", ben_form)
    assert ben.status == 409
    assert "Iemand anders heeft dit concept net ook veranderd" in ben.text()
    again = form_of(ben.page)
    assert again["f.text.en.0"] == "In which place were you?" and again["f.competency"] == "werkexploratie"
    assert again["f.text.nl.0"] == NEW_WAAR, "what Ben did not touch shows Anna's change"
    draft = await draft_of(app, "reflecteren")
    assert draft.question("waar")["text"]["en"][0].startswith("Where was it?"), "nothing of Ben's was written"
    await ben.post("/studio/reflecteren/vraag/waar", again)
    assert ben.status == 200 and "Bewaard" in ben.text()
    waar = (await draft_of(app, "reflecteren")).question("waar")
    assert (waar["text"]["nl"][0], waar["text"]["en"][0]) == (NEW_WAAR, "In which place were you?")
    assert waar["competency"] == "werkexploratie"
    # Both changed the same text: the stale form says what it says now.
    await anna.get("/studio/reflecteren/vraag/waar")
    await ben.get("/studio/reflecteren/vraag/waar")
    anna_form, ben_form = form_of(anna.page), form_of(ben.page)
    anna_form["f.text.nl.0"] = "Waar was je precies?"
    await anna.post("/studio/reflecteren/vraag/waar", anna_form)
    ben_form["f.text.nl.0"] = "Op welke plek?"
    await ben.post("/studio/reflecteren/vraag/waar", ben_form)
    assert ben.status == 409
    assert "Iemand anders veranderde dit ook. Nu staat er: Nederlands: Waar was je precies?" in ben.text()
    assert form_of(ben.page)["f.text.nl.0"] == "Op welke plek?"
    # A stale change in the list of questions is refused too.
    await anna.get("/studio/reflecteren")
    old = revision(anna.page)
    await anna.post("/studio/reflecteren/vraag/waar/verplaatsen", {"revisie": old, "richting": "op"})
    await anna.post("/studio/reflecteren/vraag/wanneer/verwijderen", {"revisie": old})
    assert "Iemand anders heeft dit concept net veranderd. Er is niets gedaan." in anna.text()
    assert "wanneer" in (await draft_of(app, "reflecteren")).question_ids()


async def test_questions_are_added_moved_and_removed_keeping_the_conversation_whole(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory)
    await anna.get("/studio/reflecteren")
    await anna.post(
        "/studio/reflecteren/vragen",
        {"revisie": revision(anna.page), "soort": "question", "naam": "met_wie", "na": "waar"},
    )
    draft = await draft_of(app, "reflecteren")
    ids = draft.question_ids()
    assert ids[ids.index("waar") + 1] == "met_wie"
    assert draft.question("waar")["next"] == "met_wie" and draft.question("met_wie")["next"] == "wanneer"
    assert "Vraag toegevoegd" not in anna.text() and "met_wie" in anna.text()
    assert "heeft geen tekst" in anna.text() or "ontbreekt" in anna.text(), (
        "the checks point at the empty text"
    )
    await edit(
        anna, "reflecteren", "met_wie", f_text_nl_0="Met wie was je daar?", f_text_en_0="Who was there?"
    )
    await anna.get("/studio/reflecteren")
    await anna.post(
        "/studio/reflecteren/vraag/met_wie/verplaatsen", {"revisie": revision(anna.page), "richting": "op"}
    )
    draft = await draft_of(app, "reflecteren")
    assert draft.question("soort")["next"] == "met_wie", "moved up: asked before 'waar' now"
    assert draft.question("met_wie")["next"] == "waar" and draft.question("waar")["next"] == "wanneer"
    await anna.post("/studio/reflecteren/vraag/met_wie/verwijderen", {"revisie": revision(anna.page)})
    draft = await draft_of(app, "reflecteren")
    assert "met_wie" not in draft.question_ids() and draft.question("soort")["next"] == "waar"
    await anna.get("/studio/reflecteren")
    assert "Dit gesprek heeft alle talen die de bot kent." in anna.text()
    await anna.get("/studio/reflecteren/geschiedenis")
    assert {"Vraag toegevoegd", "Vraag verplaatst", "Vraag verwijderd"} <= set(
        re.findall(r"Vraag \w+", anna.text())
    )


async def test_the_draft_goes_out_and_comes_in_as_a_yaml_file(
    app: App, browser_factory: Callable[[], Any], library: ScriptLibrary
) -> None:
    anna = await coordinator(app, browser_factory)
    response = await anna.client.get("/studio/reflecteren/bestand")
    assert response.status == 200 and "attachment" in response.headers["Content-Disposition"]
    assert await response.text() == library.current("reflecteren").source
    assert (await anna.client.get("/studio/reflecteren/bestand?versie=concept")).status == 404
    await upload(anna, "reflecteren", library.current("voorbereiden").source)
    assert (
        anna.status == 400 and "Dat bestand is het gesprek 'voorbereiden', niet 'reflecteren'." in anna.text()
    )
    changed = library.current("reflecteren").source.replace(WAAR, NEW_WAAR)
    await upload(anna, "reflecteren", changed)
    assert "Het bestand staat nu in het concept." in anna.text()
    response = await anna.client.get("/studio/reflecteren/bestand?versie=concept")
    assert await response.text() == changed
    await upload(anna, "reflecteren", "id: [kapot")
    assert anna.status == 400 and "kan ik niet lezen als YAML" in anna.text()


async def test_the_preview_runs_the_draft_as_a_test_student_and_stores_nothing(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory)
    await edit(anna, "reflecteren", "waar", f_text_nl_0=NEW_WAAR)
    async with app.store.read() as view:
        before = await view.school.counts(since=app.clock.now())
    await anna.get("/studio/reflecteren/proef")
    assert "Waar wil je op terugkijken?" in anna.text() and "Er wordt niets bewaard" in anna.text()
    await anna.post("/studio/reflecteren/proef", {"doe": "knop:0"})
    assert NEW_WAAR in anna.text(), "the draft, not the published version"
    await anna.post("/studio/reflecteren/proef", {"doe": "antwoord", "antwoord": "Bakkerij De Zoete Inval"})
    assert "Ervaring: waar" in anna.text() and "Bakkerij De Zoete Inval" in anna.text(), (
        "the dossier it would get"
    )
    await anna.post("/studio/reflecteren/proef", {"doe": "ga", "vraag": "verbreden"})
    assert "Herken je dit ook van ergens anders?" in anna.text()
    await anna.post("/studio/reflecteren/proef", {"doe": "formulering", "formulering": "1"})
    assert "Gebeurt zoiets ook weleens op een andere plek?" in anna.text(), "the second wording on request"
    async with app.store.read() as view:
        after = await view.school.counts(since=app.clock.now())
        assert await view.tally.totals(app.library.current("reflecteren").digest) == []
    assert after == before
    await edit(anna, "reflecteren", "waar", f_text_nl_0="Waar was je?")
    await anna.get("/studio/reflecteren/proef")
    assert "Het concept is veranderd, dus de proef begint opnieuw." in anna.text()


async def test_the_checks_while_typing_answer_with_the_problems_of_that_question(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory)
    await anna.get("/studio/reflecteren/vraag/verbreden")
    data = form_of(anna.page)
    data["f.text.nl.0"] = "Hoe komt het dat je dat leuk vond?"
    response = await anna.post("/studio/reflecteren/controle", data, fetch=True)
    fragment = await response.text()
    assert response.status == 200 and "Fout" in fragment and "Hoe komt het dat" in fragment
    async with app.store.read() as view:
        assert await view.studio.draft("reflecteren") is None, "checking saves nothing"


async def test_figures_count_students_and_hide_what_fewer_than_five_did(
    app: App, browser_factory: Callable[[], Any]
) -> None:
    anna = await coordinator(app, browser_factory)
    await anna.get("/studio/reflecteren/cijfers")
    assert "Voor deze versie zijn nog geen gesprekken gevoerd." in anna.text()
    # An experiment on a question with two wordings in each language (the other two are emptied).
    empty = {f"f_text_{lang}_{n}": "" for lang in ("nl", "en") for n in (2, 3)}
    await edit(anna, "reflecteren", "verbreden", proef="ja", **empty)
    await publish(anna, "reflecteren")
    assert "Gepubliceerd." in anna.text(), anna.text()[:500]
    for index in range(6):
        someone = await student(app, browser_factory, f"Leerling {index}")
        await someone.say("/reflecteren")
        await someone.press("Stage")
        if index < 5:
            await someone.say("Bakkerij De Zoete Inval")
    await anna.get("/studio/reflecteren/cijfers")
    text = anna.text()
    assert "Hoe ver leerlingen komen" in text and "minder dan 5" in text
    row = re.search(r"soort (\S+) .*? waar", text)
    assert row is not None and row.group(1) == "6"
    assert re.search(r"\bwaar 6\b", text), "six students got to 'waar'"
    assert "Proeven met twee formuleringen" in text and "Deze versie heeft geen proef." not in text
    assert "Bakkerij" not in anna.page, "never what a student wrote"


def test_every_field_a_question_form_can_show_has_a_label_in_plain_words(app: App) -> None:
    # A coordinator never meets a YAML key such as 'accept_no' on a form (the catalogue's own test checks
    # that every text is there in Dutch and English).
    names = {f.name for kind in KINDS.values() for f in kind.describe().fields} - {"id"}
    assert [n for n in sorted(names) if not app.texts.has(f"studio.field.{n}")] == []
    assert [k for k in sorted(KINDS) if not app.texts.has(f"studio.kind.{k}")] == []


async def test_the_summary_opens_as_a_form(app: App, browser_factory: Callable[[], Any]) -> None:
    anna = await coordinator(app, browser_factory)
    await anna.get("/studio/reflecteren/vraag/op_een_rij")
    assert anna.status == 200 and "Samenvatting" in anna.text()
