"""The scale benchmark's parts: the least-connections balancer, the CPU quota standing in for a machine."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench._balancer import Balancer
from bench._cpu_quota import CpuQuotas


def test_the_balancer_sends_each_request_to_the_instance_with_fewest_in_flight() -> None:
    balancer = Balancer(["http://a", "http://b", "http://c"])
    with balancer.pick() as first, balancer.pick() as second, balancer.pick() as third:
        assert sorted([first, second, third]) == ["http://a", "http://b", "http://c"]
        assert balancer.in_flight == [1, 1, 1]
    with balancer.pick() as slow:
        for _ in range(5):
            with balancer.pick() as quick:
                assert quick != slow
    assert balancer.in_flight == [0, 0, 0]
    assert sum(balancer.served) == 9


def test_ties_take_turns_so_one_instance_is_not_always_first() -> None:
    balancer = Balancer(["http://a", "http://b"])
    chosen = []
    for _ in range(4):
        with balancer.pick() as base:
            chosen.append(base)
    assert chosen.count("http://a") == 2


def test_a_balancer_needs_an_instance() -> None:
    with pytest.raises(ValueError):
        Balancer([])


@pytest.mark.skipif(not CpuQuotas.available(), reason="no writable cgroup here (needs root)")
def test_a_quota_holds_a_busy_process_to_its_share_of_a_core() -> None:
    quotas = CpuQuotas(0.25, prefix="loopbaanbot-test")
    spin = "import time\nend = time.monotonic() + 2\nwhile time.monotonic() < end: pass"
    busy = subprocess.Popen([sys.executable, "-c", spin])
    try:
        quotas.limit(busy.pid)
        began = _cpu(busy.pid)
        time.sleep(1.0)
        share = _cpu(busy.pid) - began
    finally:
        busy.wait()
        quotas.close()
    # Unlimited it would use the whole second; a quarter of a core is 0.25 s, with room for the scheduler.
    assert share < 0.5


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
