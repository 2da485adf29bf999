"""Counts for monitoring, in Prometheus's text format: how much the bot does, never what anyone wrote.

Each part of the bot registers what it counts (a turn, a follow-up sent or dropped, a Bot API error, an
open web page); `/metrics` on the web app reads them all. Counters are per process, from its start.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Metrics"]

Reader = Callable[[], float | Awaitable[float]]


@dataclass(frozen=True, slots=True)
class _Metric:
    name: str
    help: str
    kind: Literal["counter", "gauge"]
    read: Reader


class Metrics:
    """The registered counts of this process."""

    def __init__(self) -> None:
        self._metrics: dict[str, _Metric] = {}

    def counter(self, name: str, help_text: str, read: Reader) -> None:
        """A number that only goes up (since the process started)."""
        self._metrics[name] = _Metric(name, help_text, "counter", read)

    def gauge(self, name: str, help_text: str, read: Reader) -> None:
        """A number that goes up and down (open pages)."""
        self._metrics[name] = _Metric(name, help_text, "gauge", read)

    @property
    def names(self) -> list[str]:
        """Every registered name."""
        return sorted(self._metrics)

    async def render(self) -> str:
        """Every count, as Prometheus reads it (text format 0.0.4)."""
        lines = []
        for metric in sorted(self._metrics.values(), key=lambda m: m.name):
            value = metric.read()
            if not isinstance(value, int | float):
                value = await value
            lines += [f"# HELP {metric.name} {metric.help}", f"# TYPE {metric.name} {metric.kind}"]
            lines.append(f"{metric.name} {_number(value)}")
        return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
