"""The `loopbaanbot` command line."""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `loopbaanbot` console script."""
    del argv
    print("loopbaanbot: work in progress", file=sys.stderr)
    return 0
