"""A CPU quota per process, as if it ran on a machine of its own: a Linux cgroup (v2 `cpu.max` or v1 CFS).

`bench scale` uses it to ask whether a second instance adds capacity when it brings its own CPU, which
is what a second machine does. Without it, two instances on this 2-core machine share the cores with
PostgreSQL and the simulated students, and the ratio says more about the machine than the design.
Needs root (or a delegated cgroup); `CpuQuotas.available()` says whether it can be done here.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["CpuQuotas"]

_PERIOD_US = 100_000
_V2 = Path("/sys/fs/cgroup")
_V1 = Path("/sys/fs/cgroup/cpu")


class CpuQuotas:
    """Cgroups made on demand, one per process, each allowed `cores` of CPU time; removed on close."""

    def __init__(self, cores: float, *, prefix: str = "loopbaanbot-bench") -> None:
        self.cores = cores
        self._prefix = f"{prefix}-{os.getpid()}"
        self._made: list[Path] = []

    @staticmethod
    def _root() -> tuple[Path, str] | None:
        """Where to make groups and which file holds the quota, or None when neither is writable."""
        v2 = (_V2 / "cgroup.controllers").exists() and os.access(_V2, os.W_OK)
        if v2 and "cpu" in (_V2 / "cgroup.subtree_control").read_text().split():
            return _V2, "cpu.max"
        if (_V1 / "cpu.cfs_quota_us").exists() and os.access(_V1, os.W_OK):
            return _V1, "cpu.cfs_quota_us"
        return None

    @classmethod
    def available(cls) -> bool:
        """Whether quotas can be set on this machine by this user."""
        return cls._root() is not None

    def limit(self, pid: int) -> None:
        """Put process `pid` (and the children it starts later) in a group of its own with the quota."""
        root = self._root()
        if root is None:
            raise RuntimeError("no writable cgroup for CPU quotas here (needs root)")
        base, knob = root
        group = base / f"{self._prefix}-{len(self._made)}"
        group.mkdir()
        self._made.append(group)
        quota = round(self.cores * _PERIOD_US)
        if knob == "cpu.max":
            (group / knob).write_text(f"{quota} {_PERIOD_US}")
        else:
            (group / "cpu.cfs_period_us").write_text(str(_PERIOD_US))
            (group / knob).write_text(str(quota))
        (group / "cgroup.procs").write_text(str(pid))

    def close(self) -> None:
        """Remove the groups (their processes must have ended)."""
        for group in reversed(self._made):
            with contextlib.suppress(OSError):
                group.rmdir()
        self._made.clear()
