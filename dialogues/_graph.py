"""The flow of a script as a picture: an SVG drawn by Graphviz, coloured by phase, the main route in bold."""

from __future__ import annotations

import html
import itertools
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable

import graphviz

from ._errors import GraphError
from ._messages import check_texts
from ._schema import Condition, Phase
from ._script import Script
from .kinds import NodeKind

__all__ = ["METHOD_PHASES", "PHASE_COLOURS", "graph", "main_route"]

# The method's order: small story -> widening -> deepening -> key word -> next step.
METHOD_PHASES = (Phase.KLEIN_VERHAAL, Phase.VERBREDEN, Phase.VERDIEPEN, Phase.KERNWOORD, Phase.VOLGENDE_STAP)
# Light fills under dark text (contrast well above 4.5:1), told apart by hue and by the legend's words.
PHASE_COLOURS = {
    Phase.KLEIN_VERHAAL: "#cfe6ff",
    Phase.VERBREDEN: "#cdf0d6",
    Phase.VERDIEPEN: "#fff0a8",
    Phase.KERNWOORD: "#ffd6ad",
    Phase.VOLGENDE_STAP: "#ecd3f5",
}
_OTHER = "#ececec"
_INK = "#1a1a1a"
_LINE = "#5c5c5c"
_FONT = "DejaVu Sans"
_WRAP = 28
_MAX_LABEL = 80
_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"


def _text(key: str, language: str, **params: str) -> str:
    return check_texts().get(key, language, **params)


def _first(texts: dict[str, list[str]] | None, language: str) -> str:
    if not texts:
        return ""
    variants = texts.get(language) or next(iter(texts.values()), [])
    return variants[0] if variants else ""


def _weight(node: NodeKind) -> int:
    """How much a node counts toward the method's route: a phase of the method far more than a question."""
    return (10 if node.phase in METHOD_PHASES else 0) + (1 if node.asks else 0)


def main_route(script: Script) -> list[str]:
    """The route from the start to an end that passes the most of the method (its phases, then questions).

    Loops are not followed twice; for the shipped reflection this is welcome ... key word ... next step.
    """
    best: dict[str, tuple[int, list[str]]] = {}

    def walk(node_id: str, on_route: frozenset[str]) -> tuple[int, list[str]]:
        if node_id in best:
            return best[node_id]
        node = script.node(node_id)
        options = [
            walk(target, on_route | {node_id})
            for target in node.successors()
            if script.has_node(target) and target not in on_route
        ]
        score, rest = max(options, key=lambda option: option[0], default=(0, []))
        result = (score + _weight(node), [node_id, *rest])
        if not on_route & set(rest):
            best[node_id] = result
        return result

    if not script.has_node(script.start):
        return []
    return walk(script.start, frozenset())[1]


def _label(node: NodeKind, language: str) -> str:
    """The question's id, and the start of its text, wrapped; escaped so a backslash stays a backslash."""
    text = " ".join(_first(getattr(node, "text", None), language).split())
    if len(text) > _MAX_LABEL:
        text = text[: _MAX_LABEL - 1].rstrip() + "…"
    lines = [node.id, *textwrap.wrap(text, _WRAP)]
    return "\\n".join(graphviz.escape(line) for line in lines)


def _condition(when: Condition, language: str) -> str:
    if when.emotion:
        return _text("flow.if_emotion", language, node=when.emotion)
    if when.answered:
        return _text("flow.if_answered", language, node=when.answered)
    if when.choice:
        return _text("flow.if_choice", language, node=when.choice["node"], value=when.choice["value"])
    return _text("flow.if_context", language, value=when.context or "")


def _edges(node: NodeKind, language: str) -> list[tuple[str, str]]:
    """(target, label) for each way on from `node`, labelled with the buttons or condition that take it."""
    merged: dict[str, list[str]] = {}
    for target, label in _ways(node, language):
        merged.setdefault(target, []).append(label)
    edges = []
    for target, labels in merged.items():
        label = ", ".join(label for label in labels if label)
        edges.append((target, label if len(label) <= _WRAP else label[: _WRAP - 1].rstrip(", ") + "…"))
    return edges


def _ways(node: NodeKind, language: str) -> list[tuple[str, str]]:
    options = getattr(node, "options", None)
    cases = getattr(node, "cases", None)
    if options is not None:
        default = getattr(node, "next", None)
        return [(o.next or default or "", _first(o.label, language)) for o in options if o.next or default]
    if cases is not None:
        ways = [(case.next, _condition(case.when, language)) for case in cases]
        return [*ways, (getattr(node, "otherwise", ""), _text("flow.else", language))]
    return [(target, "") for target in node.successors()]


def _phase_name(phase: Phase | None, language: str) -> str:
    key = f"flow.phase.{phase.value}" if phase in METHOD_PHASES and phase is not None else "flow.phase.other"
    return _text(key, language)


def graph(script: Script, *, link: Callable[[str], str] | None = None, language: str = "nl") -> str:
    """The script's flow as an SVG document (a string starting with <svg>), for a page or a file.

    Each question is a box coloured by its phase (a legend names them), with its id and the start of its
    text; `link(question_id)` makes it a link (e.g. to its form). The route that passes the most of the
    method is drawn with thick arrows. The SVG has a <title> and a <desc> (in `language`) for screen
    readers. Raises GraphError when Graphviz's `dot` is not installed or fails.
    """
    language = "en" if language.startswith("en") else "nl"
    route = main_route(script)
    on_route = set(itertools.pairwise(route))
    title = _first(script.title, language) or script.id
    dot = graphviz.Digraph(name=script.id, engine="dot", format="svg")
    dot.attr(rankdir="TB", fontname=_FONT, bgcolor="white", nodesep="0.3", ranksep="0.35")
    dot.attr("node", fontname=_FONT, fontsize="11", fontcolor=_INK, color=_LINE, style="filled,rounded")
    dot.attr("edge", fontname=_FONT, fontsize="9", fontcolor=_INK, color=_LINE, arrowsize="0.7")
    for node in script.nodes:
        attrs = {
            "label": _label(node, language),
            "shape": "diamond" if node.kind_name == "branch" else "box",
            "fillcolor": PHASE_COLOURS.get(node.phase, _OTHER) if node.phase else "white",
            "tooltip": graphviz.escape(_first(getattr(node, "text", None), language) or node.id),
            "id": f"vraag-{node.id}",
        }
        if node.kind_name == "branch":
            attrs |= {"label": graphviz.escape(node.id), "style": "filled", "fontsize": "9"}
        if node.ends:
            attrs["peripheries"] = "2"
        if node.id in route:
            attrs["penwidth"] = "2"
        if link is not None:
            # dot writes a URL into the SVG as it is: escape it for XML here (& in a query string).
            attrs |= {"URL": graphviz.escape(html.escape(link(node.id), quote=True)), "target": "_top"}
        dot.node(f"n_{node.id}", **attrs)
        for target, label in _edges(node, language):
            if not script.has_node(target):
                continue
            bold = (node.id, target) in on_route
            dot.edge(
                f"n_{node.id}",
                f"n_{target}",
                label=graphviz.escape(label),
                penwidth="3" if bold else "1",
                color=_INK if bold else _LINE,
            )
        then = node.chained_script()
        if then:
            label = graphviz.escape(_text("flow.then", language, value=then))
            dot.node(f"then_{node.id}", label=label, shape="plaintext", style="", fillcolor="white")
            dot.edge(f"n_{node.id}", f"then_{node.id}", style="dashed")
    with dot.subgraph(name="cluster_legend") as legend:
        legend.attr(label=_text("flow.legend", language), fontsize="11", color=_LINE, style="rounded")
        names = [*METHOD_PHASES, None]
        for index, phase in enumerate(names):
            colour = PHASE_COLOURS.get(phase, _OTHER) if phase else _OTHER
            legend.node(f"legend_{index}", label=_phase_name(phase, language), fillcolor=colour, shape="box")
        for index in range(len(names) - 1):
            legend.edge(f"legend_{index}", f"legend_{index + 1}", style="invis")
    try:
        svg = dot.pipe(encoding="utf-8")
    except graphviz.ExecutableNotFound:
        raise GraphError(
            "Graphviz is not installed: the flow picture needs its 'dot' program (apt-get install graphviz)."
        ) from None
    except graphviz.CalledProcessError as exc:
        raise GraphError(f"Graphviz could not draw the flow: {exc.stderr!r}") from None
    legend_words = ", ".join(_phase_name(phase, language) for phase in METHOD_PHASES)
    description = _text(
        "flow.desc",
        language,
        count=str(len(script.nodes)),
        legend=legend_words,
        path=" → ".join(node_id for node_id in route if script.node(node_id).asks),
    )
    return _accessible(svg, _text("flow.title", language, title=title), description, language)


def _accessible(svg: str, title: str, description: str, language: str) -> str:
    """The SVG with a <title> and <desc> first (what a screen reader announces), without XML prologue."""
    ET.register_namespace("", _SVG)
    ET.register_namespace("xlink", _XLINK)
    root = ET.fromstring(svg)
    for tag, text, ident in (("desc", description, "flow-desc"), ("title", title, "flow-title")):
        element = ET.Element(f"{{{_SVG}}}{tag}", {"id": ident})
        element.text = text
        root.insert(0, element)
    root.set("aria-labelledby", "flow-title")
    root.set("aria-describedby", "flow-desc")
    root.set("lang", language)
    return ET.tostring(root, encoding="unicode")
