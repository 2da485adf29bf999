"""Start the bot's follow-up machinery on a database and report how long it took and the peak memory.

`python -m bench._nudge_startup DB` prints one JSON line: {"seconds": ..., "peak_mb": ...}.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path

from bot.config import Settings
from bot.wiring import build_app


async def _start(db: Path) -> float:
    began = time.perf_counter()
    settings = Settings(_env_file=None, database_url=f"sqlite:///{db}", quiet_hours="00:00-00:00")
    app = build_app(settings)
    await app.start()
    await app.scheduler.caught_up()
    seconds = time.perf_counter() - began
    await app.stop()
    return seconds


def main() -> None:
    """Measure one start-up."""
    seconds = asyncio.run(_start(Path(sys.argv[1])))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


if __name__ == "__main__":
    main()
