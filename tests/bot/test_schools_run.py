"""`loopbaanbot run` with two schools, as a real process: one web server that picks the school by host name,
each school's own Telegram bot (two fake Bot API servers, two tokens) and its own scripts; SIGTERM ends it."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from dialogues import DEFAULT_SCRIPTS
from tests.fakes.bot_api import FakeBotApi

WITHIN = 60  # seconds: two schools start in a few
# The integration branch this was built on ships three wordings its own checker refuses; the schools'
# copies get plain ones (nothing changes when the shipped scripts are already right).
_WORDINGS = {
    "Wat gebeurde er waardoor {gevoel}?": "Wat gebeurde er net voordat {gevoel}?",
    "Wat maakte dat je het nog weet?": "Wat weet je er nog van?",
    "What made you still remember it?": "What do you still remember of it?",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _scripts(folder: Path, school: str) -> Path:
    """The shipped scripts, with the first question of a reflection saying which school asks."""
    shutil.copytree(DEFAULT_SCRIPTS, folder)
    script = folder / "reflecteren.yaml"
    text = script.read_text(encoding="utf-8")
    for old, new in _WORDINGS.items():
        text = text.replace(old, new)
    first = '      nl: ["Waar wil je op terugkijken?"'
    assert first in text
    line = next(x for x in text.splitlines() if x.startswith(first))
    text = text.replace(line, line.replace('["', f'["{school}: ').replace('", "', f'", "{school}: '))
    script.write_text(text, encoding="utf-8")
    return folder


async def _wait_until_up(port: int, process: asyncio.subprocess.Process) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(WITHIN * 10):
            assert process.returncode is None, "the bot stopped"
            try:
                async with session.get(f"http://127.0.0.1:{port}/health") as answer:
                    if answer.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError("the bot did not come up")


async def test_one_process_serves_each_school_on_its_own_host_and_its_own_telegram_bot(
    tmp_path: Path,
) -> None:
    port = _free_port()
    delta_token = "7000000001:AAFakeDeltaTokenForTestsOnly-0123456"
    noord_token = "7000000002:AAFakeNoordTokenForTestsOnly-6543210"
    async with (
        FakeBotApi(delta_token, bot_username="delta_bot") as delta,
        FakeBotApi(noord_token, bot_username="noord_bot") as noord,
    ):
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "schools.yaml").write_text(
            f"""schools:
  - slug: delta
    name: Delta College
    hosts: [delta.example.nl]
    database_url: sqlite:///data/delta.sqlite3
    telegram_bot_token: "{delta_token}"
    settings:
      telegram_api_base_url: {delta.base_url}
      dialogues_dir: {_scripts(tmp_path / "delta-scripts", "Delta")}
      coordinator_ids: "3003"
  - slug: noord
    name: Noord Lyceum
    hosts: [noord.example.nl]
    database_url: sqlite:///data/noord.sqlite3
    telegram_bot_token: "{noord_token}"
    settings:
      telegram_api_base_url: {noord.base_url}
      dialogues_dir: {_scripts(tmp_path / "noord-scripts", "Noord")}
""",
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "LOG_"))}
        # A coordinator in the environment is nobody's: a coordinator belongs to one school.
        env |= {"WEB_PORT": str(port), "SAFETY_MODEL": "off", "COORDINATOR_IDS": "3003"}
        env.pop("SCHOOLS_FILE", None)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await _wait_until_up(port, process)
            delta.send_command(1001, "reflecteren")
            noord.send_command(2002, "reflecteren")
            asked_delta = await delta.next_bot_message(1001, timeout=WITHIN)
            asked_noord = await noord.next_bot_message(2002, timeout=WITHIN)
            # The same Telegram account at both schools: Delta's coordinator, at Noord just somebody.
            delta.send_command(3003, "status")
            noord.send_command(3003, "status")
            counts_delta = await delta.next_bot_message(3003, timeout=WITHIN)
            counts_noord = await noord.next_bot_message(3003, timeout=WITHIN)
            async with aiohttp.ClientSession() as session:
                pages = {}
                for host in ("delta.example.nl", "noord.example.nl", "zuid.example.nl"):
                    url = f"http://127.0.0.1:{port}/inloggen"
                    async with session.get(url, headers={"Host": host}) as answer:
                        pages[host] = (answer.status, await answer.text())
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(process.communicate(), timeout=WITHIN)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    # Ids are per school: every line about a school's people says which school.
    log = err.decode()
    assert "COORDINATOR_IDS is for one school" in log
    for school in ("delta", "noord"):
        assert re.search(rf"school={school} command student=\d+ command=reflecteren", log), log
        assert re.search(rf"loopbaanbot.web.access: school={school} GET /inloggen 200", log), log
    # Each school's student talks to that school's bot, which asks that school's question.
    assert "\n\nDelta: " in (asked_delta.text or "") and "Noord: " not in (asked_delta.text or "")
    assert "\n\nNoord: " in (asked_noord.text or "") and "Delta: " not in (asked_noord.text or "")
    assert delta.messages(2002) == [] and noord.messages(1001) == []
    assert "De cijfers van de afgelopen 7 dagen" in (counts_delta.text or "")
    assert "Leerlingen: 1," in (counts_delta.text or ""), "Delta's one student, not Noord's too"
    assert "cijfers" not in (counts_noord.text or "") and "Leerlingen" not in (counts_noord.text or "")
    assert pages["delta.example.nl"][0] == pages["noord.example.nl"][0] == 200
    assert pages["zuid.example.nl"][0] == 404 and "School niet gevonden" in pages["zuid.example.nl"][1]
    shown = out.decode()
    assert re.search(r"delta: https://delta\.example\.nl\s+\(Telegram: long polling\)", shown), shown
    assert "noord: https://noord.example.nl" in shown
    for token in (delta_token, noord_token):
        assert token.split(":")[1] not in shown + err.decode()
    assert (tmp_path / "data" / "delta.sqlite3").is_file() and (tmp_path / "data" / "noord.sqlite3").is_file()
    assert not (tmp_path / "data" / "loopbaanbot.sqlite3").exists()
