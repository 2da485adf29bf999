"""Several schools in one deployment: the schools file, and each school's own settings.

A school is its own App with its own store (a SQLite file, or a PostgreSQL database), so no query can ever
reach another school's data. Without a schools file nothing here is used: one school, as always.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from .config import ConfigError, Settings

__all__ = [
    "DEFAULT_SCHOOLS_FILE",
    "PROCESS_WIDE",
    "School",
    "Schools",
    "add_school",
    "find_schools_file",
    "load_schools",
]

DEFAULT_SCHOOLS_FILE = Path("data/schools.yaml")
# Settings of the process, not of a school: one web server, one log. A school's database, token and webhook
# secret are fields of their own in the file.
PROCESS_WIDE = frozenset(
    {
        "web_host",
        "web_port",
        "log_level",
        "schools_file",
        "database_url",
        "telegram_bot_token",
        "telegram_webhook_secret",
    }
)
_HEADER = (
    "The schools of this deployment (loopbaanbot schools add ...). It holds Telegram tokens: keep it private."
)
_SLUG = r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?"
# A host name as a browser sends it (lower case), with a port only for trying it without a proxy.
_HOST = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*(:[0-9]{1,5})?")


class School(BaseModel):
    """One school: its name, the web host names it is reached on, its database and its Telegram bot."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    slug: str = Field(pattern=f"^{_SLUG}$")
    name: str = Field(min_length=1, max_length=100)
    hosts: tuple[str, ...] = Field(min_length=1)
    database_url: str
    telegram_bot_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    settings: dict[str, Any] = Field(default_factory=dict)

    @field_validator("hosts", mode="before")
    @classmethod
    def _one_or_more(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @field_validator("hosts")
    @classmethod
    def _host_names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        hosts = tuple(h.strip().lower() for h in value)
        for host in hosts:
            if not _HOST.fullmatch(host):
                raise ValueError(f"{host!r} is not a host name like deltacollege.loopbaanbot.nl")
        return hosts

    @field_validator("settings")
    @classmethod
    def _known_settings(cls, value: dict[str, Any]) -> dict[str, Any]:
        names = {str(k).lower(): v for k, v in value.items()}
        for name in names:
            if name in PROCESS_WIDE:
                raise ValueError(
                    f"{name.upper()} is not a school's setting (it is the same for every school)"
                )
            if name not in Settings.model_fields:
                raise ValueError(f"{name.upper()} is not a setting (see .env.example)")
        return names

    def public(self) -> dict[str, Any]:
        """What the file holds for this school (secrets in the clear: the file is the bot's own, 0600)."""
        data: dict[str, Any] = {"slug": self.slug, "name": self.name, "hosts": list(self.hosts)}
        data["database_url"] = self.database_url
        for key in ("telegram_bot_token", "telegram_webhook_secret"):
            secret = getattr(self, key)
            if secret is not None:
                data[key] = secret.get_secret_value()
        if self.settings:
            data["settings"] = dict(self.settings)
        return data


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schools: list[School] = Field(default_factory=list)

    @model_validator(mode="after")
    def _each_once(self) -> _File:
        # Two schools on one database (or one bot) would see each other: refused, whatever the spelling.
        seen: dict[tuple[str, str], str] = {}
        for school in self.schools:
            own = [("slug", school.slug), *(("host", h) for h in school.hosts)]
            if school.database_url != "memory://":  # a demo's memory is each school's own anyway
                own.append(("database", _database_key(school.database_url)))
            for key in own:
                if key in seen:
                    raise ValueError(
                        f"{seen[key]} and {school.slug} have the same {key[0]} ({key[1]})"
                        if key[0] != "database"
                        else f"{seen[key]} and {school.slug} have the same database"
                    )
                seen[key] = school.slug
        tokens: dict[str, str] = {}
        for school in self.schools:
            if school.telegram_bot_token is not None:
                token = school.telegram_bot_token.get_secret_value()
                if token in tokens:
                    raise ValueError(f"{tokens[token]} and {school.slug} have the same Telegram token")
                tokens[token] = school.slug
        return self


def _database_key(url: str) -> str:
    if url.startswith("sqlite:///"):
        return "sqlite:///" + str(Path(url.removeprefix("sqlite:///")).resolve())
    return url


@dataclass(frozen=True, slots=True)
class Schools:
    """The schools of this deployment, read from `path`, and the settings each of them runs with."""

    path: Path
    schools: tuple[School, ...]
    base: Settings

    def get(self, slug: str) -> School:
        """The school with this slug; ConfigError (naming the known ones) when there is none."""
        for school in self.schools:
            if school.slug == slug:
                return school
        known = ", ".join(s.slug for s in self.schools) or "none yet"
        raise ConfigError(f"There is no school {slug!r} in {self.path} (schools: {known}).")

    def settings_for(self, school: School) -> Settings:
        """The environment's settings with this school's database, bot and settings; ConfigError when one
        of its settings has a bad value."""
        values: dict[str, Any] = self.base.model_dump()
        host = school.hosts[0]
        values.update(
            database_url=school.database_url,
            telegram_bot_token=school.telegram_bot_token,
            telegram_webhook_secret=school.telegram_webhook_secret,
            # Printed codes and cookies: the school's own address (behind https, unless a port says local).
            web_base_url=f"http://{host}" if ":" in host else f"https://{host}",
            # Coordinators are people of one school: never every school's.
            coordinator_ids="",
            # A school account signs in as a person of one school: a provider set for the whole environment
            # would let a pupil of one school sign in at another (each school sets its own under `settings`).
            oidc_issuer=None,
            oidc_client_id=None,
            oidc_client_secret=None,
            # The terminal chat's files of one school never next to another's.
            export_dir=self.base.export_dir / school.slug,
        )
        values.update(school.settings)
        try:
            return Settings(_env_file=None, **values)
        except ValidationError as exc:
            error = exc.errors()[0]
            name = str(error["loc"][0]).upper() if error["loc"] else "settings"
            message = str(error["msg"]).removeprefix("Value error, ")
            raise ConfigError(
                f"Bad schools file {self.path}: school {school.slug}, {name}: {message}"
            ) from None

    def each(self) -> list[tuple[School, Settings]]:
        """Every school with its settings, in the file's order."""
        return [(school, self.settings_for(school)) for school in self.schools]


def find_schools_file(settings: Settings) -> Path | None:
    """SCHOOLS_FILE, else data/schools.yaml when it exists, else None (one school, as always)."""
    if settings.schools_file is not None:
        return settings.schools_file
    return DEFAULT_SCHOOLS_FILE if DEFAULT_SCHOOLS_FILE.is_file() else None


def _read(path: Path) -> _File:
    try:
        # YAML 1.2 (ruamel), as the file is written: 10:30 is a time as text, not 630 (YAML 1.1's base 60).
        raw = YAML(typ="safe").load(path.read_text(encoding="utf-8")) if path.exists() else None
    except OSError as exc:
        raise ConfigError(f"Bad schools file {path}: cannot read it ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise ConfigError(f"Bad schools file {path}: it is not UTF-8 text; save it as UTF-8.") from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(f"Bad schools file {path}: it is not valid YAML{where}.") from None
    if raw is None:
        raw = {}
    try:
        return _File.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = error["loc"]
        where = ""
        if len(loc) >= 2 and loc[0] == "schools" and isinstance(loc[1], int):
            entries = raw.get("schools") if isinstance(raw, dict) else None
            entry = entries[loc[1]] if isinstance(entries, list) and len(entries) > loc[1] else None
            slug = entry.get("slug") if isinstance(entry, dict) else None
            where = f"school {slug or loc[1] + 1}, " + (f"{loc[2]}: " if len(loc) > 2 else "")
        message = str(error["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"Bad schools file {path}: {where}{message}") from None


def load_schools(base: Settings, path: Path) -> Schools:
    """Read and check the schools file, including every school's settings; ConfigError in one line."""
    if not path.exists():
        raise ConfigError(
            f"Bad schools file {path}: there is no such file (SCHOOLS_FILE); add a school with"
            " loopbaanbot schools add SLUG --name NAME --host HOST"
        )
    schools = Schools(path=path, schools=tuple(_read(path).schools), base=base)
    schools.each()
    return schools


def add_school(base: Settings, path: Path, school: School) -> Schools:
    """Add a school to the file (made when missing, readable by the bot's user only); ConfigError when it
    clashes with a school there (the file is then left as it was)."""
    current = _read(path)
    data = {"schools": [*(s.public() for s in current.schools), school.public()]}
    try:
        checked = _File.model_validate(data)
    except ValidationError as exc:
        message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"Cannot add {school.slug}: {message}") from None
    schools = Schools(path=path, schools=tuple(checked.schools), base=base)
    schools.settings_for(school)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A round trip: what someone wrote by hand (comments, order, a school's settings) stays as it was.
    rt = YAML()
    rt.preserve_quotes = True
    rt.indent(mapping=2, sequence=4, offset=2)
    document = rt.load(path.read_text(encoding="utf-8")) if path.exists() else None
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
        document.yaml_set_start_comment(_HEADER)
    if not isinstance(document.get("schools"), CommentedSeq):
        document["schools"] = CommentedSeq()
    document["schools"].append(school.public())
    text = io.StringIO()
    rt.dump(document, text)
    part = path.with_name(path.name + ".part")
    part.write_text(text.getvalue(), encoding="utf-8")
    part.chmod(0o600)
    part.replace(path)
    return schools
