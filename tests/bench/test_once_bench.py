"""The exactly-once bench runs end to end in its quick form (three `loopbaanbot run` processes on one
PostgreSQL database, one SIGKILLed mid-send, one cut off from the database, the server crash-restarted),
and every figure that must be zero is zero.

Timings are not asserted: CI machines vary. About three minutes on 2 cores, most of it waiting for the
leases of the killed and the cut-off instance to run out (CLAIM_LEASE_SECONDS=60) and for the others to
look again (every 30 s at most).
"""

from __future__ import annotations

from typing import Any

import pytest

from bench import once
from storage.testing import PostgresNotInstalledError
from tests.backends import skip_postgres

pytestmark = pytest.mark.timeout(600)

WINDOW = 10  # follow-ups that may fall in the documented at-most-once window (messages in flight)


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    if skip_postgres():
        pytest.skip("LOOPBAANBOT_SKIP_POSTGRES=1: PostgreSQL tests skipped")
    try:
        # On disk with fsync and synchronous commits: a crash of a server without them loses commits it
        # acknowledged (seen: 2 answers in a quick run), which is PostgreSQL's promise, not the bot's.
        return once.run_quick()
    except PostgresNotInstalledError as exc:
        pytest.fail(str(exc), pytrace=False)


def _not_zero(figures: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: figures[name] for name in names if figures[name] != 0}


def test_a_killed_sender_doubles_no_follow_up_and_no_summary(results: dict[str, Any]) -> None:
    dispatch = results["dispatch"]
    assert dispatch["telegram sent when killed"] > 0, "killed mid-dispatch"
    assert not _not_zero(dispatch, "duplicates", "summary duplicates")
    # The documented window: follow-ups recorded as sent whose messages the killed process never sent
    # (at most those on their way to Telegram at that moment).
    assert dispatch["lost in the window"] <= WINDOW
    assert dispatch["put off for an hour (not sent yet, not lost)"] == 0
    assert dispatch["students who got it once"] + dispatch["lost in the window"] == dispatch["follow-ups due"]
    assert dispatch["mentors with one summary"] == dispatch["mentors"]
    assert dispatch["clean stops"] == 3


def test_a_partitioned_instance_sends_nothing_twice_when_it_comes_back(results: dict[str, Any]) -> None:
    partition = results["partition"]
    assert partition["claimed by the cut-off instance, not sent, when cut"] > 0, "it was cut off mid-send"
    assert not _not_zero(partition, "duplicates", "of those, sent by the cut-off instance after it came back")
    # The web's window: recorded as sent, and the connection gone before the line was added to the chat.
    assert partition["lost in the window"] <= WINDOW
    # Students in flight on the cut-off instance when the server dropped its connections: their turn
    # failed there, and it put their follow-up off for an hour (seen: 4 of 3,000; none sent twice).
    assert partition["put off for an hour (not sent yet, not lost)"] <= WINDOW
    got = sum(
        partition[k]
        for k in (
            "students who got it once",
            "lost in the window",
            "put off for an hour (not sent yet, not lost)",
        )
    )
    assert got == partition["follow-ups due"]


def test_a_database_crash_loses_no_acknowledged_answer_and_the_bot_carries_on(
    results: dict[str, Any],
) -> None:
    restart = results["restart"]
    assert restart["acknowledged before the restart"] > 0, "restarted under load"
    assert restart["acknowledged answers lost"] == 0
    assert restart["reflections finished"] == restart["students"]
    assert restart["telegram answered after"] == 1
    assert restart["clean stops"] == 2
