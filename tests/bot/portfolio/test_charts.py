"""The pictures' geometry: key words in time order, an arc where a word comes back, the latest ones only."""

from __future__ import annotations

from datetime import date, timedelta

from bot.portfolio import Portfolio, ThreadPoint, build_portfolio
from bot.portfolio._charts import THREAD_POINTS, competency_chart, thread_chart
from dialogues import TextCatalog
from storage import Dossier

from .dossiers import TODAY, dossier, student


def _with_thread(words: list[str]) -> Portfolio:
    start = date(2026, 9, 1)
    folded = [word.lower() for word in words]
    points = tuple(
        ThreadPoint(start + timedelta(days=7 * i), word, "Stage", folded.count(word.lower()))
        for i, word in enumerate(words)
    )
    return Portfolio(name="Sam", experiences=(), thread=points, timeline=(), competencies=())


def test_a_word_that_comes_back_is_joined_by_an_arc() -> None:
    chart = thread_chart(_with_thread(["creatief", "zorgzaam", "Creatief"]), "nl", TODAY)
    assert chart is not None
    assert [p.word for p in chart.points] == ["creatief", "zorgzaam", "Creatief"]
    assert [p.repeated for p in chart.points] == [True, False, True]
    [arc] = chart.arcs
    assert arc.startswith(f"M {chart.points[0].x} ") and f" {chart.points[2].x} " in arc
    assert (chart.first, chart.last) == ("1 sep", "15 sep")
    assert chart.points[0].x < chart.points[1].x < chart.points[2].x <= chart.width


def test_only_the_latest_words_are_drawn_and_long_ones_are_shortened() -> None:
    words = [f"woord{i}" for i in range(12)] + ["met mijn handen werken aan iets moois"]
    chart = thread_chart(_with_thread(words), "nl", TODAY)
    assert chart is not None and len(chart.points) == THREAD_POINTS
    assert chart.points[-1].label.endswith("…") and chart.points[-1].word.startswith("met mijn handen")


def test_nothing_to_draw_without_key_words_or_competencies(texts: TextCatalog) -> None:
    empty = build_portfolio(
        Dossier(student=student(), experiences=[], steps=[], contacts=[]), texts, "nl", TODAY
    )
    assert thread_chart(empty, "nl", TODAY) is None
    assert competency_chart(empty, {}, "nl", TODAY) is None


def test_one_column_per_experience_and_a_dot_per_competency(texts: TextCatalog) -> None:
    portfolio = build_portfolio(dossier(), texts, "nl", TODAY)
    chart = competency_chart(portfolio, {}, "nl", TODAY)
    assert chart is not None
    assert [(day, title) for _, day, title in chart.columns] == [
        ("20 nov", "Stage · Bakkerij De Zoete Inval"),
        ("3 dec", "Open dag · ROC"),
    ]
    assert chart.rows[0].label == "Kwaliteiten"
    assert [[cell.filled for cell in row.cells] for row in chart.rows][4] == [False, True]
