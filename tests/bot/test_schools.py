"""Several schools in one deployment: the schools file, `schools add|list` and `--school` (exit code 2 and
one line for every mistake), and a single school that never hears of any of it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, Settings
from bot.schools import load_schools

TOKEN = "123456:AAbbCCddEEffGG"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder to run the CLI in, with no settings from the developer's environment."""
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "SCHOOLS_FILE", "SCHOOL"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


TWO = """
schools:
  - slug: delta
    name: Delta College
    hosts: [delta.example.nl, www.delta.example.nl]
    database_url: sqlite:///data/delta.sqlite3
    telegram_bot_token: "123456:AAbbCCddEEffGG"
    settings:
      timezone: Europe/Brussels
      nudge_time: "10:30"
  - slug: noord
    name: Noord Lyceum
    hosts: noord.example.nl
    database_url: sqlite:///data/noord.sqlite3
"""


def test_each_school_runs_with_its_own_database_bot_and_settings(here: Path, settings: Settings) -> None:
    base = settings.model_copy(update={"telegram_bot_token": None, "coordinator_ids": "42"})
    schools = load_schools(base, _write(here / "schools.yaml", TWO))
    delta, noord = (schools.settings_for(s) for s in schools.schools)
    assert delta.database_url == "sqlite:///data/delta.sqlite3" and delta.timezone == "Europe/Brussels"
    assert str(delta.nudge_time) == "10:30:00" and delta.web_address == "https://delta.example.nl"
    assert delta.telegram_bot_token is not None and noord.telegram_bot_token is None
    assert noord.timezone == "Europe/Amsterdam" and noord.database_url.endswith("noord.sqlite3")
    # A coordinator is somebody of one school, never of all of them.
    assert delta.coordinators() == frozenset() == noord.coordinators()
    assert delta.export_dir == Path("data/exports/delta") and noord.export_dir == Path("data/exports/noord")
    assert schools.schools[1].hosts == ("noord.example.nl",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schools: [", "it is not valid YAML"),
        ("schools:\n  - slug: Delta!\n    name: x\n    hosts: [a.nl]\n    database_url: memory://\n", "slug"),
        ("schools:\n  - slug: a\n    name: A\n    hosts: [a.nl]\n    database_url: mysql://x\n", "school a"),
        (
            "schools:\n  - {slug: a, name: A, hosts: [a.nl], database_url: 'sqlite:///x.db'}\n"
            "  - {slug: b, name: B, hosts: [b.nl], database_url: 'sqlite:///./x.db'}\n",
            "a and b have the same database",
        ),
        (
            "schools:\n  - {slug: a, name: A, hosts: [a.nl], database_url: 'sqlite:///a.db'}\n"
            "  - {slug: b, name: B, hosts: [A.nl], database_url: 'sqlite:///b.db'}\n",
            "a and b have the same host (a.nl)",
        ),
        (
            "schools:\n  - {slug: a, name: A, hosts: [a.nl], database_url: 'sqlite:///a.db',"
            " settings: {web_port: 80}}\n",
            "WEB_PORT is not a school's setting",
        ),
        (
            "schools:\n  - {slug: a, name: A, hosts: [a.nl], database_url: 'sqlite:///a.db',"
            " settings: {timezone: Mars/Olympus}}\n",
            "school a, TIMEZONE: unknown time zone 'Mars/Olympus'",
        ),
        (
            "schools:\n  - {slug: a, name: A, hosts: ['https://a.nl'], database_url: 'sqlite:///a.db'}\n",
            "host",
        ),
        (
            "schools:\n  - {slug: a, name: A, hosts: [a.nl], database_url: 'sqlite:///a.db', colour: red}\n",
            "school a, colour: Extra inputs",
        ),
    ],
)
def test_a_bad_schools_file_is_one_line_and_exit_code_2(
    here: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    _write(here / "data" / "schools.yaml", text)
    code, out, err = _run(capsys, "--school", "a", "status")
    assert code == 2 and out == ""
    assert err.startswith("Bad schools file data/schools.yaml: ") and expected in err
    assert len(err.strip().splitlines()) == 1


def test_a_bad_school_setting_names_the_school(here: Path, settings: Settings) -> None:
    path = _write(here / "s.yaml", "schools:\n  - {slug: a, name: A, hosts: [a.nl], database_url: 'x://'}\n")
    with pytest.raises(ConfigError, match=r"school a, DATABASE_URL: use sqlite:///"):
        load_schools(settings, path)


def test_schools_add_and_list_manage_the_file_and_never_show_a_token(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "No schools yet" in _run(capsys, "schools", "list")[1]
    code, out, _ = _run(
        capsys, "schools", "add", "delta", "--name", "Delta College", "--host", "delta.example.nl",
        "--telegram-token", TOKEN,
    )  # fmt: skip
    assert code == 0 and "Added delta (Delta College) on delta.example.nl" in out
    secret_db = "postgresql://bot:geheim@db.example.nl/noord"
    code, out, _ = _run(
        capsys, "schools", "add", "noord", "--name", "Noord", "--host", "noord.example.nl",
        "--database", secret_db,
    )  # fmt: skip
    assert code == 0
    made = here / "data" / "schools.yaml"
    assert made.stat().st_mode & 0o777 == 0o600, "it holds tokens: the bot's user only"
    code, out, _ = _run(capsys, "schools", "list")
    lines = out.splitlines()
    assert lines[0].split() == [
        "delta", "Delta", "College", "delta.example.nl", "sqlite:///data/schools/delta.sqlite3",
        "telegram:", "yes",
    ]  # fmt: skip
    assert lines[1].startswith("noord  Noord  noord.example.nl  postgresql://bot@db.example.nl/noord")
    assert TOKEN not in out and "geheim" not in out and "2 school(s)" in lines[2]
    # A clash leaves the file as it was.
    before = made.read_text()
    code, _out, err = _run(capsys, "schools", "add", "zuid", "--name", "Zuid", "--host", "NOORD.example.nl")
    assert (
        code == 2 and err.strip() == "Cannot add zuid: noord and zuid have the same host (noord.example.nl)"
    )
    code, _out, err = _run(capsys, "schools", "add", "Zuid!", "--name", "Zuid", "--host", "zuid.nl")
    assert code == 2 and err.startswith("Cannot add Zuid!: slug:")
    code, _out, err = _run(
        capsys, "schools", "add", "zuid", "--name", "Z", "--host", "z.nl", "--telegram-token", "x"
    )
    assert (
        code == 2
        and "TELEGRAM_BOT_TOKEN: not a token from @BotFather" in err
        and "x" not in err.split(":")[-1]
    )
    assert made.read_text() == before


def test_school_commands_work_on_the_chosen_school_only(
    here: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for slug in ("delta", "noord"):
        assert _run(capsys, "schools", "add", slug, "--name", slug.title(), "--host", f"{slug}.nl")[0] == 0
    code, out, _ = _run(capsys, "--school", "delta", "codes", "create", "--role", "student", "--count", "2")
    assert code == 0 and len(out.split()) == 2
    monkeypatch.setenv("SCHOOL", "noord")
    assert _run(capsys, "mentors", "invite", "Juf Noord")[0] == 0
    counts = {}
    for slug in ("delta", "noord"):
        with sqlite3.connect(here / "data" / "schools" / f"{slug}.sqlite3") as db:
            counts[slug] = (
                db.execute("SELECT count(*) FROM signin_codes").fetchone()[0],
                db.execute("SELECT count(*) FROM mentor_invites").fetchone()[0],
            )
    assert counts == {"delta": (2, 0), "noord": (0, 1)}
    monkeypatch.delenv("SCHOOL")
    code, out, err = _run(capsys, "status")
    assert (
        code == 2 and err.strip() == "There are several schools: say which with --school SLUG (delta, noord)."
    )
    code, _out, err = _run(capsys, "--school", "zuid", "status")
    assert code == 2 and "There is no school 'zuid' in data/schools.yaml (schools: delta, noord)." in err
    assert not (here / "data" / "loopbaanbot.sqlite3").exists(), (
        "no command fell back to the default database"
    )


def test_one_school_never_hears_of_schools(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "status")
    assert code == 0 and err == "" and out.startswith("students: 0 (0 active in the last 7 days)\n")
    assert not (here / "data" / "schools.yaml").exists() and (here / "data" / "loopbaanbot.sqlite3").exists()
    code, _out, err = _run(capsys, "--school", "delta", "status")
    assert code == 2 and "there is no schools file" in err


def test_adding_the_first_school_says_where_the_old_database_stays(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "codes", "create", "--role", "student")[0] == 0  # one school, with data
    code, out, _ = _run(capsys, "schools", "add", "delta", "--name", "Delta", "--host", "delta.nl")
    assert code == 0 and "The data in data/loopbaanbot.sqlite3 belongs to none of them" in out
    code, out, _ = _run(capsys, "schools", "add", "noord", "--name", "Noord", "--host", "noord.nl")
    assert code == 0 and "Note" not in out


def test_webhooks_of_two_schools_on_one_port_are_one_line(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for slug, token in (("delta", TOKEN), ("noord", "654321:ZZyyXXwwVV")):
        args = ["schools", "add", slug, "--name", slug, "--host", f"{slug}.nl", "--telegram-token", token]
        assert _run(capsys, *args)[0] == 0
    code, out, err = _run(capsys, "run", "--webhook")
    assert code == 2 and out == ""
    assert err.strip().startswith("--webhook: delta and noord would both listen on port 8443")
    assert TOKEN.split(":")[1] not in err


def test_schools_add_keeps_what_was_written_by_hand(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "schools", "add", "delta", "--name", "Delta", "--host", "delta.nl")[0] == 0
    made = here / "data" / "schools.yaml"
    by_hand = "    # Delta sends follow-ups later\n    settings:\n      nudge_time: 10:30\n"
    made.write_text(made.read_text() + by_hand, encoding="utf-8")
    assert _run(capsys, "schools", "add", "noord", "--name", "Noord", "--host", "noord.nl")[0] == 0
    assert by_hand in made.read_text()
    schools = load_schools(Settings(_env_file=None), made)  # type: ignore[call-arg]
    delta, noord = (settings for _school, settings in schools.each())
    # 10:30 is half past ten (YAML 1.2), not 630 seconds (YAML 1.1 read it as a number in base 60).
    assert str(delta.nudge_time) == "10:30:00" and str(noord.nudge_time) == "09:00:00"


def test_a_schools_file_that_is_not_there_is_one_line(
    here: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCHOOLS_FILE", "elders.yaml")
    code, _out, err = _run(capsys, "status")
    assert code == 2 and err.startswith("Bad schools file elders.yaml: there is no such file (SCHOOLS_FILE)")


def test_a_schools_broken_scripts_name_the_school(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scripts = here / "delta-scripts"
    scripts.mkdir()
    (scripts / "reflecteren.yaml").write_text("id: reflecteren\nnodes: [\n", encoding="utf-8")
    _write(
        here / "data" / "schools.yaml",
        "schools:\n  - {slug: delta, name: Delta, hosts: [delta.nl], database_url: 'sqlite:///data/d.db',"
        f" settings: {{dialogues_dir: '{scripts}'}}}}\n",
    )
    code, _out, err = _run(capsys, "run")
    assert code == 1 and err.startswith("delta: the dialogue scripts have errors:\n")
    assert "reflecteren.yaml" in err and "Traceback" not in err


def test_a_school_account_provider_is_per_school(here: Path, settings: Settings) -> None:
    # A provider of the whole environment would let a pupil of Delta sign in at Noord as a new student.
    base = settings.model_copy(update={"oidc_issuer": "https://login.example", "oidc_client_id": "board"})
    own = TWO.replace(
        '      nudge_time: "10:30"\n',
        '      nudge_time: "10:30"\n'
        "      oidc_issuer: https://delta.login.example\n"
        "      oidc_client_id: delta\n",
    )
    schools = load_schools(base, _write(here / "schools.yaml", own))
    delta, noord = (schools.settings_for(s) for s in schools.schools)
    assert delta.oidc and delta.oidc_issuer == "https://delta.login.example"
    assert not noord.oidc and noord.oidc_issuer is None
