"""A whole dialogue script: its metadata and its nodes, each parsed into the class of its kind."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field, field_validator

from ._schema import Language, NodeId, ScriptKind, Strict, Texts
from .kinds import Node

__all__ = ["Script"]


class Script(Strict):
    """A whole dialogue: metadata plus its nodes."""

    id: NodeId
    version: str = Field(min_length=1, max_length=40)
    kind: ScriptKind
    languages: list[Language] = Field(min_length=1)
    title: Texts
    start: NodeId
    # Other nodes a conversation may start at (e.g. /stappen's "mark done"); checked like the start.
    entries: list[NodeId] = Field(default_factory=list)
    followups: Texts | None = None
    nodes: list[Node] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        # YAML reads `version: 1.0` as a float; a coordinator means the text.
        return str(value) if isinstance(value, int | float) else value

    # Cached properties, not pydantic private attributes: those are read through __getattr__ at ~2.5 us
    # a time, and a turn looks nodes up a dozen times. The script is frozen, so computing once is right.
    @cached_property
    def _index(self) -> dict[str, Node]:
        """Nodes by id (first one wins; duplicates are reported by validation)."""
        index: dict[str, Node] = {}
        for node in self.nodes:
            index.setdefault(node.id, node)
        return index

    def node(self, node_id: str) -> Node:
        """The node with this id; KeyError if there is none."""
        return self._index[node_id]

    def has_node(self, node_id: str) -> bool:
        """Whether a node with this id exists."""
        return node_id in self._index

    def node_ids(self) -> list[str]:
        """The ids of all nodes, in order."""
        return list(self._index)

    def successors(self, node: Node) -> list[str]:
        """Ids of the nodes reachable in one step from `node`."""
        return node.successors()

    def progress(self, node_id: str) -> tuple[int, int] | None:
        """Where a question is on the script's usual path: (n, of m questions); None when it is off it.

        The usual path follows each node's last way on (a branch's `else`, a choice's last option), which
        is how most students go; a student on a side path sees no number rather than a wrong one.
        """
        path = self._path
        if node_id not in path:
            return None
        return path.index(node_id) + 1, len(path)

    @cached_property
    def _path(self) -> list[str]:
        path: list[str] = []
        seen: set[str] = set()
        current: str | None = self.start
        while current is not None and current not in seen and self.has_node(current):
            seen.add(current)
            node = self.node(current)
            if node.asks:
                path.append(current)
            ways = node.successors()
            current = ways[-1] if ways else None
        return path
