"""The flow picture: an accessible SVG, coloured by phase, the method's route in bold, questions as links."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bot.cli import main
from dialogues import GraphError, Script, ScriptLibrary, graph, main_route, parse_script
from dialogues._graph import PHASE_COLOURS
from tests.dialogues.test_validation import GOOD

pytestmark = pytest.mark.skipif(
    shutil.which("dot") is None and os.environ.get("LOOPBAANBOT_SKIP_GRAPHVIZ") == "1",
    reason="LOOPBAANBOT_SKIP_GRAPHVIZ=1: Graphviz is not installed",
)
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


@pytest.fixture(scope="module")
def reflect() -> Script:
    return ScriptLibrary.from_directory().current("reflecteren").script


def test_the_main_route_passes_the_whole_method(reflect: Script) -> None:
    route = main_route(reflect)
    order = ["klein_verhaal", "verbreden", "verdiepen", "kernwoord", "stap_wat", "stap_wie"]
    assert [node for node in route if node in order] == order
    assert route[0] == "welkom" and route[-1] == "einde"


def test_the_svg_is_accessible_and_every_question_links_to_its_form(reflect: Script) -> None:
    svg = graph(reflect, link=lambda node_id: f"/studio/reflecteren?vraag={node_id}&taal=nl")
    root = ET.fromstring(svg)
    title, desc = root[0], root[1]
    assert (title.tag, title.text) == (f"{SVG}title", "Verloop van het gesprek 'Terugkijken op een ervaring'")
    assert desc.tag == f"{SVG}desc" and desc.text is not None
    count = len(reflect.nodes)
    assert desc.text.startswith(
        f"Een schema met {count} vragen en stappen. Elke kleur is een fase van het gesprek"
    )
    assert "klein_verhaal → gevoel → moment → verbreden → verdiepen" in desc.text
    assert root.get("aria-labelledby") == "flow-title" and root.get("lang") == "nl"
    links = {a.get(f"{XLINK}href") for a in root.iter(f"{SVG}a")}
    assert "/studio/reflecteren?vraag=verbreden&taal=nl" in links
    assert len(links) == len(reflect.nodes)


def test_phases_have_their_colour_and_a_legend_names_them(reflect: Script) -> None:
    svg = graph(reflect)
    for colour in PHASE_COLOURS.values():
        assert f'fill="{colour}"' in svg
    for word in ("klein verhaal", "verbreden", "verdiepen", "kernwoord", "volgende stap", "Fasen"):
        assert f">{word}</text>" in svg
    assert "xlink:href" not in svg, "no links without a link function"


def test_the_main_route_is_drawn_thick(reflect: Script) -> None:
    root = ET.fromstring(graph(reflect))
    widths = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == "edge":
            name = group.find(f"{SVG}title")
            path = group.find(f"{SVG}path")
            assert name is not None and path is not None
            widths[name.text] = path.get("stroke-width")
    assert widths["n_verbreden->n_verdiepen"] == "3"
    assert widths["n_aanleiding->n_aanleiding_moment"] in (None, "1")


def test_english_on_request_and_texts_are_escaped() -> None:
    script = parse_script(GOOD.replace("'What happened?'", "'What & <b>happened</b> \\\\n?'"), "m.yaml")
    svg = graph(script, link=lambda node_id: f'/x?a="{node_id}"', language="en")
    root = ET.fromstring(svg)
    assert root[0].text == "Flow of the conversation 'Mini'" and root.get("lang") == "en"
    assert "What &amp; &lt;b&gt;happened&lt;/b&gt;" in svg and "<b>" not in svg
    assert {a.get(f"{XLINK}href") for a in root.iter(f"{SVG}a")} >= {'/x?a="verhaal"'}


def test_without_graphviz_graph_raises_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, reflect: Script, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(GraphError, match=r"Graphviz is not installed.*apt-get install graphviz"):
        graph(reflect)
    assert main(["dialogues", "graph", "reflecteren"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Graphviz is not installed" in err


def test_cli_graph_prints_svg_for_an_id_or_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dialogues", "graph", "reflecteren"]) == 0
    assert capsys.readouterr().out.startswith("<svg")
    (tmp_path / "mini.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["dialogues", "graph", str(tmp_path / "mini.yaml"), "--lang", "en"]) == 0
    assert "Flow of the conversation 'Mini'" in capsys.readouterr().out
    assert main(["dialogues", "graph", "reflecteer"]) == 1
    assert capsys.readouterr().err == "Geen gesprek 'reflecteer' gevonden. Bedoel je 'reflecteren'?\n"


def test_the_script_that_starts_after_an_end_is_named_in_plain_ink(library: ScriptLibrary) -> None:
    root = ET.fromstring(graph(library.current("stap_opvolgen").script))
    [then] = [g for g in root.iter(f"{SVG}g") if (g.findtext(f"{SVG}title") or "").startswith("then_")]
    assert [t.text for t in then.iter(f"{SVG}text")] == ["daarna: reflecteren"]
    assert then.find(f"{SVG}polygon") is None and then.find(f"{SVG}path") is None, "no dark box behind it"
