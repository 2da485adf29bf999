import asyncio, os, tempfile
from pathlib import Path
from bench.telegram import _measure, _Bot, REFLECTION
os.environ["BENCH_PROFILE"] = "/tmp/botproc.prof"
folder = Path(tempfile.mkdtemp(dir="."))
r = asyncio.run(_measure(200, REFLECTION, _Bot("loopbaanbot", 8, 0.02), folder))
print(r.rate, r.bot_cpu / r.messages * 1000)
