"""`loopbaanbot schools add|list`, and `--school SLUG` (or SCHOOL=slug): which school a command is for.

Without a schools file none of this is heard of: every command runs as it always did.
"""

from __future__ import annotations

import argparse
import os

from pydantic import SecretStr, ValidationError

from .config import ConfigError, Settings
from .schools import DEFAULT_SCHOOLS_FILE, School, Schools, add_school, find_schools_file, load_schools

__all__ = ["PER_SCHOOL", "add_parsers", "for_school", "run_schools_command", "school_secrets"]

# Commands that work on one school's data: with several schools they need --school.
PER_SCHOOL = frozenset({"chat", "mentors", "coordinators", "status", "codes", "nudges", "backup"})


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `schools` subcommands."""
    schools = commands.add_parser("schools", help="several schools in one deployment: add one, list them")
    school_commands = schools.add_subparsers(dest="schools_command", required=True)
    add = school_commands.add_parser("add", help="add a school to the schools file (made when missing)")
    add.add_argument("slug", help="a short name of lower-case letters, digits and -, e.g. deltacollege")
    add.add_argument("--name", required=True, help="the school's name, e.g. 'Delta College'")
    add.add_argument(
        "--host", action="append", required=True, help="a web host name, e.g. deltacollege.loopbaanbot.nl"
    )
    add.add_argument(
        "--database", default=None, help="its database URL (default: sqlite:///data/schools/SLUG.sqlite3)"
    )
    add.add_argument("--telegram-token", default=None, help="the school's own bot token from @BotFather")
    add.add_argument("--webhook-secret", default=None, help="the secret of that bot's webhook")
    school_commands.add_parser("list", help="the schools, their hosts and databases (never a token)")


def for_school(settings: Settings, slug: str | None, command: str) -> tuple[Settings, Schools | None]:
    """The settings a command runs with, and the schools when `run` serves them all; ConfigError in one
    line for an unknown school or a per-school command without one."""
    slug = slug or os.environ.get("SCHOOL") or None
    path = find_schools_file(settings)
    if command == "schools" or (path is None and slug is None):
        return settings, None
    if path is None:
        raise ConfigError(
            f"--school {slug}: there is no schools file (SCHOOLS_FILE, or data/schools.yaml); add a school"
            " with: loopbaanbot schools add SLUG --name NAME --host HOST"
        )
    schools = load_schools(settings, path)
    if slug is not None:
        return schools.settings_for(schools.get(slug)), None
    if command in PER_SCHOOL:
        known = ", ".join(s.slug for s in schools.schools) or "none yet"
        raise ConfigError(f"There are several schools: say which with --school SLUG ({known}).")
    return settings, schools if command == "run" else None


def school_secrets(schools: Schools | None) -> list[str]:
    """Every school's token and webhook secret, so the log masks them."""
    if schools is None:
        return []
    return [
        secret.get_secret_value()
        for school in schools.schools
        for secret in (school.telegram_bot_token, school.telegram_webhook_secret)
        if secret is not None
    ]


def run_schools_command(settings: Settings, args: argparse.Namespace) -> int:
    """`schools add` and `schools list`; the exit code."""
    path = settings.schools_file or DEFAULT_SCHOOLS_FILE
    if args.schools_command == "list":
        schools = load_schools(settings, path) if path.exists() else None
        if schools is None or not schools.schools:
            print(f"No schools yet ({path}). Add one: loopbaanbot schools add SLUG --name NAME --host HOST")
            return 0
        for school in schools.schools:
            telegram = "telegram: yes" if school.telegram_bot_token is not None else "telegram: no"
            print(f"{school.slug}  {school.name}  {', '.join(school.hosts)}  {_shown(school)}  {telegram}")
        print(f"{len(schools.schools)} school(s) in {path}.")
        return 0
    try:
        school = School(
            slug=args.slug,
            name=" ".join(args.name.split()),
            hosts=tuple(args.host),
            database_url=args.database or f"sqlite:///data/schools/{args.slug}.sqlite3",
            telegram_bot_token=SecretStr(args.telegram_token) if args.telegram_token else None,
            telegram_webhook_secret=SecretStr(args.webhook_secret) if args.webhook_secret else None,
        )
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else "school"
        raise ConfigError(
            f"Cannot add {args.slug}: {field}: {str(error['msg']).removeprefix('Value error, ')}"
        ) from None
    first = not path.exists()
    schools = add_school(settings, path, school)
    print(
        f"Added {school.slug} ({school.name}) on {', '.join(school.hosts)}; {len(schools.schools)} school(s)"
        f" in {path}."
    )
    old = settings.database_path
    if first and old is not None and old.is_file():
        # From now on `run` serves the schools in the file only: say where the old data stays.
        print(
            f"Note: `run` now serves the schools in {path} only. The data in {old} belongs to none of them;"
            f" to keep using it, remove {path} and add the school again with --database sqlite:///{old}."
        )
    return 0


def _shown(school: School) -> str:
    """The database without a password."""
    url = school.database_url
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        credentials, _, where = rest.rpartition("@")
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}@{where}" if user else f"{scheme}://{where}"
    return url
