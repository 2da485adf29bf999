"""Settings: defaults, .env, and one clear line (exit code 2) for a bad value."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from bot import cli
from bot.cli import main
from bot.config import ConfigError, load_settings

EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"


def test_the_example_file_gives_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("DATABASE_URL", "TIMEZONE", "DEFAULT_LANGUAGE", "TELEGRAM_BOT_TOKEN", "DIALOGUES_DIR"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.database_url == "sqlite:///data/loopbaanbot.sqlite3"
    assert settings.timezone == "Europe/Amsterdam"
    assert settings.default_language == "nl"
    assert settings.telegram_bot_token is None
    assert settings.dialogues_dir is None, "an empty DIALOGUES_DIR means the shipped scripts"
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"


def test_every_setting_is_documented_in_the_example() -> None:
    from bot.config import Settings

    documented = {
        line.split("=", 1)[0]
        for line in EXAMPLE.read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert {name.upper() for name in Settings.model_fields} == documented


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("TIMEZONE", "Mars/Olympus", "Bad setting TIMEZONE: unknown time zone 'Mars/Olympus'"),
        ("DEFAULT_LANGUAGE", "fr", "Bad setting DEFAULT_LANGUAGE:"),
        (
            "DATABASE_URL",
            "mysql://x",
            "Bad setting DATABASE_URL: use sqlite:///path/to/file.sqlite3, postgresql://user:password@host/",
        ),
        ("DATABASE_URL", "sqlite:///", "Bad setting DATABASE_URL: give a file name, e.g. sqlite:///data/"),
        ("DATABASE_URL", "sqlite:///data/", "Bad setting DATABASE_URL: give a file name"),
        (
            "QUIET_HOURS",
            "21:00-21:00",
            "Bad setting QUIET_HOURS: start and end are the same; use 00:00-00:00 for no quiet hours",
        ),
        ("TELEGRAM_API_BASE_URL", "notaurl", "Bad setting TELEGRAM_API_BASE_URL: use an http:// or https://"),
        ("TELEGRAM_API_BASE_URL", "ftp://x/bot", "Bad setting TELEGRAM_API_BASE_URL: use an http://"),
        ("TELEGRAM_BOT_TOKEN", "123456:geheim met spaties", "Bad setting TELEGRAM_BOT_TOKEN: not a token"),
        ("DIALOGUES_DIR", "nergens", "Bad setting DIALOGUES_DIR: nergens is not a folder"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(
    name: str, value: str, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)
    if name.startswith("TELEGRAM_"):
        assert value not in str(caught.value), "a value that may hold the token is not quoted back"


def test_no_quiet_hours_is_00_00_to_00_00(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUIET_HOURS", "00:00-00:00")
    policy = load_settings().nudge_policy()
    assert policy.allowed(datetime(2026, 11, 27, 23, 30, tzinfo=policy.tz))


def test_a_settings_file_that_is_not_utf8_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_bytes("TIMEZONE=Europe/Amsterdam\nNUDGE_TIME=09:00 # é\n".encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert str(caught.value) == (
        f"Bad settings file {tmp_path / '.env'}: it is not UTF-8 text (byte 0xe9 at position 45);"
        " save it as UTF-8."
    )


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///data/school.sqlite3", Path("data/school.sqlite3")),
        ("postgresql://bot:geheim@db.school.example/loopbaanbot", None),
        ("postgres://bot@/loopbaanbot?host=/run/postgresql", None),
        ("memory://", None),
    ],
)
def test_every_kind_of_database_url_is_accepted(
    url: str, path: Path | None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    settings = load_settings()
    assert (settings.database_url, settings.database_path) == (url, path)


def test_a_bad_database_url_is_not_echoed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", "postgresq://bot:geheim@db/lb")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "geheim" not in str(caught.value), "a mistyped URL may still hold the password"


def test_the_cli_exits_with_code_2_and_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "dialogues", "check"],
        env={"PATH": "/usr/bin:/bin", "TIMEZONE": "Nergens/Niets"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert (
        done.stderr.strip()
        == "Bad setting TIMEZONE: unknown time zone 'Nergens/Niets' (use an IANA name like Europe/Amsterdam)"
    )
    assert "Traceback" not in done.stderr


def test_main_returns_2_on_a_bad_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DEFAULT_LANGUAGE", "de")
    assert main(["dialogues", "check"]) == 2


def test_a_database_another_program_keeps_locked_after_it_opened_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # SQLITE_BUSY: what the first write at start-up gets after waiting 5 s

    def busy(args: object, settings: object) -> int:
        raise locked

    monkeypatch.setattr(cli, "_command", busy)
    assert main(["nudges", "run"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "bot.sqlite3 is busy: another program holds a lock on it" in line
