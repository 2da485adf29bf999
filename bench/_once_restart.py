"""Bench once's restart scenario: PostgreSQL crashes while students reflect in the browser."""

from __future__ import annotations

import asyncio
import html
import re
import time
from collections import Counter
from pathlib import Path

import aiohttp

from bot.signin import code_hash
from storage import PostgresStore
from storage.testing import ThrowawayPostgres
from tests.fakes.bot_api import FakeBotApi

from ._once_instance import Instance, fetch_rows
from .scale import _logins
from .web import STEPS

__all__ = ["run_restart"]

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_LAST = re.compile(r'data-last="(\d+)"')
_BUTTON = re.compile(r'name="knop" value="([^"]+)">([^<]+)</button>')


GIVE_UP = 60  # failed tries after which a simulated student stops (counted: the bench must end)


async def _reflect(base: str, token: str, acknowledged: list[tuple[str, str]], errors: list[float]) -> bool:
    """One student's reflection in the browser; a turn that fails is tried again after reloading the page,
    as a person would (the bot says the message was not saved). Whether they got to the end."""
    failures = 0
    jar = aiohttp.CookieJar(unsafe=True)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(base_url=base, cookie_jar=jar, timeout=timeout) as session:
        session.cookie_jar.update_cookies({"lb_sessie": token})
        step = 0
        page = ""
        while step < len(STEPS):
            if failures >= GIVE_UP:
                return False
            try:
                async with session.get("/chat") as response:
                    page = await response.text()
                    if response.status != 200:
                        raise aiohttp.ClientResponseError(response.request_info, (), status=response.status)
                csrf, last = _CSRF.search(page), _LAST.search(page)
                if csrf is None or last is None:
                    raise LookupError("no chat page")
                kind, text = STEPS[step]
                form = {"csrf": csrf.group(1), "na": last.group(1)}
                if kind == "tap":
                    value = next((v for v, label in _BUTTON.findall(page) if label == text), None)
                    if value is None:
                        raise LookupError(text)
                    path, data = "/chat/knop", {**form, "knop": value}
                else:
                    path, data = "/chat", {**form, "bericht": text}
                async with session.post(path, data=data, headers={"X-Requested-With": "fetch"}) as response:
                    if response.status != 200:
                        raise aiohttp.ClientResponseError(response.request_info, (), status=response.status)
                    reply = await response.json()
                if "html" not in reply or "Dat ging mis" in reply["html"]:
                    raise LookupError("not saved")
                acknowledged.append((token, text))
                step += 1
                await asyncio.sleep(0.3)
            except (aiohttp.ClientError, LookupError, TimeoutError):
                failures += 1
                errors.append(time.perf_counter())
                await asyncio.sleep(0.5)
                # Was it saved after all (the reply was lost)? Then the page shows it: go on from there.
                if await _saved(session, STEPS[step][1]):
                    acknowledged.append((token, STEPS[step][1]))
                    step += 1
    return True


async def _saved(session: aiohttp.ClientSession, text: str) -> bool:
    try:
        async with session.get("/chat") as response:
            page = await response.text()
    except (aiohttp.ClientError, TimeoutError):
        return False
    mine = page.split('data-from="student"')
    return len(mine) > 1 and html.escape(text, quote=False) in mine[-1].split("data-from=")[0]


async def run_restart(postgres: ThrowawayPostgres, folder: Path, students: int) -> dict[str, float]:
    """Scenario 3 of bench once (see its docstring); its figures."""
    url = await postgres.create_database()
    store = PostgresStore(url)
    await store.open()
    try:
        tokens = await _logins(store, students)
    finally:
        await store.close()
    async with FakeBotApi() as fake:
        instances = [Instance(f"restart-{n}", url, folder, fake) for n in range(2)]
        acknowledged: list[tuple[str, str]] = []
        errors: list[float] = []
        try:
            for instance in instances:
                await instance.start()
            bases = [f"http://127.0.0.1:{i.port}" for i in instances]
            began = time.perf_counter()
            load = asyncio.gather(
                *(_reflect(bases[n % 2], token, acknowledged, errors) for n, token in enumerate(tokens))
            )
            await asyncio.sleep(4)
            before = len(acknowledged)
            restarted_at = time.perf_counter()
            await asyncio.to_thread(postgres.restart, mode="immediate")
            back_at = time.perf_counter()
            async with asyncio.timeout(600):
                completed = sum(await load)
            finished = time.perf_counter() - began
            # Telegram too: the primary lost its lock with the connection, and polls again by itself.
            fake.user(4242, first_name="Kim", language_code="nl")
            fake.send_command(4242, "help")
            try:
                await fake.wait_for_messages(4242, 1, timeout=60)
                telegram_back = 1
            except TimeoutError:
                telegram_back = 0
            codes = [await instance.stop() for instance in instances]
        finally:
            for instance in instances:
                await instance.stop()
    stored = await fetch_rows(
        url,
        "SELECT l.token_hash, c.body->>'text' FROM chat_lines c"
        " JOIN web_logins l ON l.person_id = c.person_id WHERE c.sender = 'student'",
    )
    kept = Counter((row[0], row[1]) for row in stored)
    lost = sum(1 for token, text in acknowledged if kept[(code_hash(token), text)] == 0)
    await postgres.drop_database(url)
    return {
        "students": students,
        "reflections finished": completed,
        "telegram answered after": telegram_back,
        "answers acknowledged": len(acknowledged),
        "acknowledged before the restart": before,
        "acknowledged answers lost": lost,
        "server down s": back_at - restarted_at,
        "failed tries (shown as not saved, tried again)": len(errors),
        "last failure after the server was back s": max((t - back_at for t in errors), default=0.0),
        "all reflections done after s": finished,
        "clean stops": sum(1 for code in codes if code == 0),
    }
