"""The deployment kit holds together: the image is the production install, compose runs it with PostgreSQL,
the systemd unit runs the same command, and neither secrets nor data go into the image."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_runs_the_bot_on_postgresql_with_a_health_check_and_the_data_on_volumes() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    bot, database = compose["services"]["bot"], compose["services"]["database"]
    assert bot["build"] == "." and bot["env_file"][0]["path"] == ".env"
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql://loopbaanbot:${POSTGRES_PASSWORD")
    assert "@database:5432/loopbaanbot" in bot["environment"]["DATABASE_URL"]
    assert bot["depends_on"]["database"]["condition"] == "service_healthy"
    assert bot["healthcheck"]["test"] == ["CMD", "loopbaanbot", "health"]
    assert bot["ports"] == ["127.0.0.1:${WEB_PORT:-8080}:8080"], "only for the reverse proxy on this machine"
    assert database["image"] == "postgres:15" and "pg_isready" in database["healthcheck"]["test"][1]
    assert database["volumes"] == ["database:/var/lib/postgresql/data"]
    assert set(compose["volumes"]) == {"database", "files"}


def test_the_image_is_the_production_install_run_as_its_own_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install --constraint requirements.lock ." in dockerfile, "the locked versions, without [dev]"
    assert "[dev]" not in dockerfile
    assert re.search(r"^USER loopbaanbot$", dockerfile, re.MULTILINE)
    assert "HEALTHCHECK" in dockerfile and '"loopbaanbot", "health"' in dockerfile
    assert 'ENTRYPOINT ["loopbaanbot"]' in dockerfile and 'CMD ["run"]' in dockerfile
    for copied in re.findall(r"^COPY (\S+)", dockerfile, re.MULTILINE):
        if not copied.startswith("--from"):
            assert (ROOT / copied).exists(), copied
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".env", "data", ".git", "tests"} <= set(ignored), "no secrets, data or tests in the image"


def test_the_systemd_unit_runs_the_production_install_with_its_settings() -> None:
    unit = (ROOT / "deploy" / "loopbaanbot.service").read_text()
    assert "ExecStart=/opt/loopbaanbot/bin/loopbaanbot run" in unit
    assert "EnvironmentFile=/etc/loopbaanbot/loopbaanbot.env" in unit
    assert "User=loopbaanbot" in unit and "RestartPreventExitStatus=2" in unit
    assert "ReadWritePaths=/var/lib/loopbaanbot" in unit
