"""The real entry points: `loopbaanbot run` as a process (polling, SIGTERM), and the webhook's secret."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bot.channels.telegram import TelegramBot
from bot.runner import serving
from tests.fakes.bot_api import FakeBotApi

from .conftest import NO_LIMITS, Phone


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_the_run_command_polls_answers_and_stops_cleanly_on_sigterm(
    fake: FakeBotApi, sam: Phone, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "LOG_"))}
    env |= {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "WEB_PORT": "0",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await sam.say("/start", "Hoi Sam!", "Wat wil je doen?")
        await sam.say("/reflecteren", "Waar wil je op terugkijken?")
        await sam.tap("Stage", "Waar was het?")
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    assert "long polling" in out.decode()
    assert fake.get_commands()[0]["command"] == "start"
    fake.assert_no_errors()


async def test_the_webhook_refuses_updates_without_the_secret(
    make_bot: Callable[..., Any], fake: FakeBotApi, sam: Phone
) -> None:
    port = _free_port()
    app, _ = make_bot(
        telegram_webhook_url="https://school.example/hook/abc",
        telegram_webhook_secret="geheim_123",
        telegram_webhook_listen="127.0.0.1",
        telegram_webhook_port=port,
    )
    telegram = TelegramBot(app, webhook=True, limits=NO_LIMITS)
    async with serving(app, [telegram]):
        assert fake.webhook is not None
        fake.send_text(sam.chat_id, "hoi")  # the fake only delivers to chats it has seen a message from
        body = json.dumps(
            {
                "update_id": 424242,
                "message": {
                    "message_id": 77,
                    "date": 1795000000,
                    "chat": {"id": sam.chat_id, "type": "private", "first_name": "Sam"},
                    "from": {"id": sam.chat_id, "is_bot": False, "first_name": "Sam", "language_code": "nl"},
                    "text": "/start",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                },
            }
        )
        url = f"http://127.0.0.1:{port}/hook/abc"
        headers = {"Content-Type": "application/json"}
        async with httpx.AsyncClient() as client:
            missing = await client.post(url, content=body, headers=headers)
            wrong = await client.post(
                url, content=body, headers=headers | {"X-Telegram-Bot-Api-Secret-Token": "nee"}
            )
            right = await client.post(
                url, content=body, headers=headers | {"X-Telegram-Bot-Api-Secret-Token": "geheim_123"}
            )
        assert (missing.status_code, wrong.status_code, right.status_code) == (403, 403, 200)
        await sam.expect("Hoi Sam!")
        assert len([m for m in sam.bot_messages() if "Hoi Sam!" in (m.text or "")]) == 1, (
            "only the right one counted"
        )
