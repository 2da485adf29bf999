"""The health check and the counts for monitoring: what they answer, and to whom."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from bot.conversation import Command, Who
from bot.wiring import App
from storage import MemoryStore, Role, StudentKey

from .conftest import new_code

_SAMPLE = re.compile(r"^([a-z_]+) ([0-9.e+-]+)$")


def _counts(text: str) -> dict[str, float]:
    return {m.group(1): float(m.group(2)) for line in text.splitlines() if (m := _SAMPLE.match(line))}


async def test_health_says_ok_while_the_database_answers(
    app: App, server: TestServer, browser_factory: Callable[[], Any]
) -> None:
    browser = await browser_factory()
    response = await browser.client.get("/health")
    assert response.status == 200
    assert await response.json() == {"status": "ok", "database": "ok"}
    if isinstance(app.store, MemoryStore):
        return  # nothing to lose
    await app.store.close()
    try:
        response = await browser.client.get("/health")
        assert response.status == 503
        assert (await response.json())["status"] == "unavailable"
    finally:
        await app.store.open()


async def test_metrics_count_turns_and_pages_and_nothing_personal(
    app: App, server: TestServer, browser_factory: Callable[[], Any]
) -> None:
    student = await browser_factory()
    await student.sign_in(await new_code(app, Role.STUDENT, name="Sam Geheim"))
    await student.say("/help")
    anyone = await browser_factory()
    response = await anyone.client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    text = await response.text()
    counts = _counts(text)
    assert counts["loopbaanbot_turns_total"] >= 2, "the welcome and /help"
    assert counts["loopbaanbot_web_sessions"] == 1
    assert counts["loopbaanbot_web_open_pages"] == 0
    assert {"loopbaanbot_followups_sent_total", "loopbaanbot_followups_dropped_total"} <= set(counts)
    assert "# TYPE loopbaanbot_turns_total counter" in text
    assert "Geheim" not in text and "Sam" not in text
    await app.conversations.handle(Who(await _key(app), display_name="", language_hint="nl"), Command("help"))
    assert (
        _counts(await (await anyone.client.get("/metrics")).text())["loopbaanbot_turns_total"]
        == counts["loopbaanbot_turns_total"] + 1
    )


async def _key(app: App) -> StudentKey:
    async with app.store.read() as view:
        [person] = await view.school.with_role(Role.STUDENT)
    return person.key


async def test_metrics_are_not_for_everyone(
    app: App, server: TestServer, browser_factory: Callable[[], Any]
) -> None:
    browser = await browser_factory()
    forwarded = await browser.client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
    assert forwarded.status == 403, "through the school's reverse proxy: not without the token"
    app.settings = app.settings.model_copy(update={"metrics_token": SecretStr("s3cret-token")})
    assert (await browser.client.get("/metrics")).status == 403
    wrong = await browser.client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status == 403
    right = await browser.client.get(
        "/metrics", headers={"Authorization": "Bearer s3cret-token", "X-Forwarded-For": "203.0.113.9"}
    )
    assert right.status == 200
