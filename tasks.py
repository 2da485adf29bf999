#!/usr/bin/env python3
"""Set up and run loopbaanbot with nothing but Python 3.11+.

    python3 tasks.py run     start the bot (Telegram with a token, else the console chat)
    python3 tasks.py test    lint, type-check and run the test suite (installs PostgreSQL, chromium and
                             Graphviz for their tests when missing, as root on Debian; otherwise those
                             are skipped)
    python3 tasks.py bench   run the benchmarks (see BENCHMARKS.md)
    python3 tasks.py lock    refresh requirements.lock from the current .venv
    python3 tasks.py ARGS    anything else goes to the `loopbaanbot` CLI

On first use (and whenever pyproject.toml or requirements.lock changes) it creates
`.venv` and installs the project into it. Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".loopbaanbot-installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the project when it is missing or out of date."""
    # tasks.py may be started by an older Python; say so instead of failing obscurely.
    if sys.version_info < (3, 11):  # noqa: UP036
        sys.exit(f"loopbaanbot needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    wanted = _fingerprint()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        print("Setting up .venv (first run, takes a minute)...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    else:
        print("Dependencies changed: updating .venv...", file=sys.stderr)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    constraints = ["-c", str(LOCK)] if LOCK.exists() else []
    subprocess.run([*pip, "-e", f"{ROOT}[dev]", *constraints], check=True)
    STAMP.write_text(wanted)


def _run(args: list[str]) -> int:
    return subprocess.run(args, cwd=ROOT).returncode


def _initdb_found() -> bool:
    # Debian keeps the server programs out of PATH, in /usr/lib/postgresql/<version>/bin.
    return shutil.which("initdb") is not None or any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def _chromium_found() -> bool:
    return Path("/usr/bin/chromium").exists()


def _dot_found() -> bool:
    return shutil.which("dot") is not None


# What the tests need beyond Python, as (what, Debian packages, found?, the variable that skips its tests).
_TOOLS = (
    ("PostgreSQL", "postgresql", _initdb_found, "LOOPBAANBOT_SKIP_POSTGRES"),
    ("a browser (chromium)", "chromium fonts-dejavu-core", _chromium_found, "LOOPBAANBOT_SKIP_BROWSER"),
    # The studio's flow picture: Graphviz's `dot` draws it (dialogues.graph).
    ("Graphviz (dot)", "graphviz fonts-dejavu-core", _dot_found, "LOOPBAANBOT_SKIP_GRAPHVIZ"),
)


def ensure_test_tools() -> dict[str, str]:
    """The environment for pytest: install PostgreSQL, chromium and Graphviz for their tests when missing.

    Installs only as root on a Debian-like system (apt-get, one call for all); anywhere else it says so in
    one line per tool and sets its LOOPBAANBOT_SKIP_* variable, so those tests are skipped, not failed.
    """
    env = dict(os.environ)
    missing = [tool for tool in _TOOLS if env.get(tool[3]) != "1" and not tool[2]()]
    if not missing:
        return env
    root = os.name == "posix" and os.geteuid() == 0
    if root and Path("/etc/debian_version").exists() and shutil.which("apt-get"):
        names = " and ".join(tool[0] for tool in missing)
        packages = " ".join(tool[1] for tool in missing)
        print(f"Installing {names} with apt-get for the tests (once, about a minute)...", flush=True)
        done = subprocess.run(
            f"apt-get update -qq && apt-get install -y -qq --no-install-recommends {packages}",
            shell=True,
            env={**env, "DEBIAN_FRONTEND": "noninteractive"},
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(done.stdout[-2000:] + done.stderr[-2000:], file=sys.stderr)
    for what, packages, found, skip in missing:
        if not found():
            print(
                f"{what} is not installed and could not be installed here: skipping its tests"
                f" (install it with `apt-get install {packages}` to run them).",
                flush=True,
            )
            env[skip] = "1"
    return env


def test(extra: list[str]) -> int:
    """Lint, type-check and test; stop at the first step that fails."""
    steps = [
        [str(PYTHON), "-m", "ruff", "check", "."],
        [str(PYTHON), "-m", "ruff", "format", "--check", "."],
        [str(PYTHON), "-m", "mypy"],
    ]
    for step in steps:
        code = _run(step)
        if code != 0:
            return code
    return subprocess.run([str(PYTHON), "-m", "pytest", *extra], cwd=ROOT, env=ensure_test_tools()).returncode


def lock() -> int:
    """Write the exact versions installed in .venv to requirements.lock."""
    out = subprocess.run(
        [str(PYTHON), "-m", "pip", "freeze", "--exclude-editable", "--disable-pip-version-check"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    header = "# Exact versions CI and fresh clones install; refresh with `python3 tasks.py lock`.\n"
    LOCK.write_text(header + out)
    return 0


def main(argv: list[str]) -> int:
    ensure_venv()
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "test":
        return test(rest)
    if command == "bench":
        return _run([str(PYTHON), "-m", "bench", *rest])
    if command == "lock":
        return lock()
    cli = str(BIN / ("loopbaanbot.exe" if os.name == "nt" else "loopbaanbot"))
    if os.name == "posix":
        # Replace this process so Ctrl-C and SIGTERM reach the bot itself and it can shut down cleanly.
        os.execv(cli, [cli, command, *rest])
    try:
        return _run([cli, command, *rest])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
