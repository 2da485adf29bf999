"""`python -m bench NAME [options]`: run one benchmark and write its section of BENCHMARKS.md."""

from __future__ import annotations

import importlib
import sys

NAMES = (
    "core", "faults", "method", "nudges", "once", "safety", "scale", "schools", "studio", "telegram", "web"
)  # fmt: skip


def main() -> None:
    """Dispatch to bench.<name>.main."""
    if len(sys.argv) < 2 or sys.argv[1] not in NAMES:
        sys.exit(f"usage: python -m bench {{{'|'.join(NAMES)}}} [options]")
    importlib.import_module(f"bench.{sys.argv[1]}").main(sys.argv[2:])


main()
