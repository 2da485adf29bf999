"""The dossier as a portfolio: four components, a labelled line per question, no repeats, short lines."""

from __future__ import annotations

from bot.portfolio import build_portfolio
from bot.views import dossier_blocks
from dialogues import TextCatalog

from .dossiers import PASTE, TODAY, dossier


def _lines(texts: TextCatalog) -> dict[str, list[tuple[str, str]]]:
    portfolio = build_portfolio(dossier(), texts, "nl", TODAY)
    bakery = portfolio.experiences[0]
    return {c.title: [(line.label, line.text) for line in c.lines] for c in bakery.components}


def test_each_question_is_a_labelled_line_under_its_component(texts: TextCatalog) -> None:
    lines = _lines(texts)
    assert list(lines) == ["Doel", "Wat heb je gedaan", "Wat heb je ontdekt", "Wat ga je hiermee doen"]
    done = lines["Wat heb je gedaan"]
    assert done[:2] == [("Het moment", "Ik mocht taarten versieren"), ("Zo voelde het", "trots")]
    assert done[2][0] == "Wat er precies gebeurde"
    assert lines["Wat heb je ontdekt"] == [
        ("Eerder meegemaakt", "bij tekenen op school"),
        ("Werk of opleiding die erbij past", "iets met ontwerpen"),
        ("Kernwoord", "creatief"),
    ]


def test_non_answers_and_repeated_answers_are_left_out(texts: TextCatalog) -> None:
    text = str(_lines(texts))
    assert "niks" not in text and "nee" not in text and "geen keer" not in text
    assert text.count("Ik mocht taarten versieren") == 1
    # A question answered only with non-answers is not shown at all.
    assert "Waar je dit nog meer van kent" not in text


def test_a_long_answer_is_shortened_and_the_whole_text_is_kept(texts: TextCatalog) -> None:
    portfolio = build_portfolio(dossier(), texts, "nl", TODAY)
    [long] = portfolio.experiences[0].shortened
    assert len(long.text) <= 180 and long.text.endswith("…")
    assert long.full == " ".join(PASTE.split())


def test_steps_show_their_date_helper_and_status(texts: TextCatalog) -> None:
    steps = _lines(texts)["Wat ga je hiermee doen"]
    assert steps == [
        (
            "Stap",
            "De bakker vragen of ik nog een dag mag komen · uiterlijk vrijdag 27 november"
            " · samen met tante Els",
        ),
        ("Wat in de weg kan zitten", "dat ik het vergeet"),
        ("Stap", "Een taart bakken voor oma"),
    ]
    portfolio = build_portfolio(dossier(), texts, "nl", TODAY)
    statuses = [line.status for line in portfolio.experiences[0].components[3].lines]
    assert statuses == ["nog te doen", None, "gedaan"]


def test_an_old_dossier_without_answers_per_question_is_shown_per_component(texts: TextCatalog) -> None:
    portfolio = build_portfolio(dossier(), texts, "nl", TODAY)
    goal = portfolio.experiences[1].components[0]
    assert [(line.label, line.text) for line in goal.lines] == [
        ("Wat je al wist", "Ze hebben een bakkersopleiding"),
        ("Doel", "Wat je leert in het eerste jaar"),
    ]
    assert portfolio.experiences[1].planned


def test_the_thread_and_the_competencies_are_in_time_order(texts: TextCatalog) -> None:
    portfolio = build_portfolio(dossier(), texts, "nl", TODAY)
    assert [(p.word, p.day.isoformat()) for p in portfolio.thread] == [("creatief", "2026-11-20")]
    assert [e.title for e in portfolio.timeline] == ["Stage · Bakkerij De Zoete Inval", "Open dag · ROC"]
    marks = {row.label: row.marks for row in portfolio.competencies}
    assert marks == {
        "Kwaliteiten": (True, False),
        "Motieven": (True, False),
        "Werk verkennen": (True, True),
        "Stappen zetten": (True, False),
        "Netwerken": (False, True),
    }


def test_in_a_chat_the_portfolio_reads_as_short_labelled_lines(texts: TextCatalog) -> None:
    blocks = dossier_blocks(dossier(), texts, "nl", TODAY)
    text = "\n".join(line for block in blocks for line in (block.title, *block.lines))
    assert "Stage · Bakkerij De Zoete Inval · vrijdag 20 november" in text
    assert "• Zo voelde het: trots" in text
    assert ";" not in text, "no answers glued with semicolons"
    assert "Open dag · ROC · donderdag 3 december (gepland)" in text
    assert "Lange antwoorden zijn ingekort (…). De hele tekst staat in /meenemen." in text
    assert "Kwaliteiten: ●○ (1 van 2)" in text
    assert "Netwerken: ○● (1 van 2)" in text
    assert len(text) < 2500, "a 5,000-character paste is not repeated in full"
