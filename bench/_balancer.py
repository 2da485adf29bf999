"""A load balancer in front of the instances, as the benches' students see it: least connections."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

__all__ = ["Balancer"]


class Balancer:
    """Each request goes to the instance with the fewest requests in flight (nginx's `least_conn`).

    Any instance can take any student's turn (sessions and the per-student lock are in the database), so
    a balancer need not keep a student on one; ties go round, so one instance is not always first.
    """

    def __init__(self, bases: list[str]) -> None:
        if not bases:
            raise ValueError("a balancer needs at least one instance")
        self.bases = bases
        self.in_flight = [0] * len(bases)
        self.served = [0] * len(bases)
        self._turn = 0

    @contextlib.contextmanager
    def pick(self) -> Iterator[str]:
        """The base URL to send one request to, counted as in flight until the block ends."""
        count = len(self.bases)
        self._turn = (self._turn + 1) % count
        order = [(self._turn + n) % count for n in range(count)]
        chosen = min(order, key=lambda n: self.in_flight[n])
        self.in_flight[chosen] += 1
        self.served[chosen] += 1
        try:
            yield self.bases[chosen]
        finally:
            self.in_flight[chosen] -= 1
