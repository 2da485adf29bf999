"""Settings read from the environment and `.env`, validated once at start-up."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.nudges._policy import NudgePolicy, load_holidays, parse_quiet_hours
from storage import POSTGRES_SCHEMES, StudentKey

__all__ = ["ConfigError", "Settings", "load_settings", "parse_people"]

Language = Literal["nl", "en"]


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_people(text: str) -> frozenset[StudentKey]:
    """ "123456, console:juf" → Telegram user 123456 and local-chat user "juf"; ValueError otherwise."""
    people = set()
    for item in (part.strip() for part in text.replace(";", ",").split(",")):
        if not item:
            continue
        channel, _, external = item.rpartition(":")
        channel = channel or "telegram"
        if not channel.isalnum() or not external or (channel == "telegram" and not external.isdigit()):
            raise ValueError(f"{item!r} is not a Telegram user id (digits) or channel:name (console:juf)")
        people.add(StudentKey(channel, external))
    return frozenset(people)


class ConfigError(Exception):
    """A setting has a bad value; the message is one line that names the variable."""


class Settings(BaseSettings):
    """Everything the bot can be configured with; `.env.example` documents each field."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    database_url: str = Field(default="sqlite:///data/loopbaanbot.sqlite3")
    sqlite_synchronous: Literal["NORMAL", "FULL"] = "NORMAL"
    database_connections: int = Field(default=28, ge=2, le=1000)
    timezone: str = "Europe/Amsterdam"
    default_language: Language = "nl"
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    # A webhook behind a reverse proxy (or in a container) listens on every interface.
    telegram_webhook_listen: str = "0.0.0.0"
    telegram_webhook_port: int = Field(default=8443, ge=1, le=65535)
    telegram_webhook_secret: SecretStr | None = None
    telegram_concurrency: int = Field(default=8, ge=1, le=256)
    telegram_poll_interval: float = Field(default=0.02, ge=0, le=5)
    telegram_rate_limit: float = Field(default=30.0, ge=0)
    telegram_chat_rate_limit: float = Field(default=1.0, ge=0)
    dialogues_dir: Path | None = None
    nudge_time: time = time(9, 0)
    quiet_hours: str = "21:00-08:00"
    nudges_per_day: int = Field(default=1, ge=1, le=10)
    nudge_retry_days: int = Field(default=3, ge=1, le=60)
    nudge_max_unanswered: int = Field(default=2, ge=1, le=10)
    holidays_file: Path | None = None
    public_holidays: bool = True
    coordinator_ids: str = ""
    summary_day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    summary_time: time = time(8, 0)
    retention_days: int = Field(default=365, ge=30, le=3650)
    retention_notice_days: int = Field(default=14, ge=1, le=60)
    stale_conversation_days: int = Field(default=30, ge=1, le=365)
    export_dir: Path = Path("data/exports")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=8080, ge=0, le=65535)
    web_base_url: str | None = None
    web_idle_minutes: int = Field(default=30, ge=5, le=24 * 60)
    signin_code_days: int = Field(default=14, ge=1, le=365)
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = True
    # Several instances: how long a claimed follow-up or weekly summary stays one instance's (seconds).
    claim_lease_seconds: int = Field(default=600, ge=10, le=3600)
    metrics_token: SecretStr | None = None
    # Signing in with a school account (OpenID Connect): the provider, and this app's registration there.
    oidc_issuer: str | None = None
    oidc_client_id: str | None = None
    oidc_client_secret: SecretStr | None = None
    # The claim that identifies a person: pseudonymous and stable ("sub"; Microsoft Entra ID: "oid" is the
    # same for every app, "sub" is per app, which is what we want).
    oidc_subject_claim: str = "sub"
    # A claim with the person's first name, asked for only when set (a mentor needs to know who is who).
    oidc_name_claim: str | None = None
    # Several schools in one deployment (bot/schools.py); unset: data/schools.yaml when it exists.
    schools_file: Path | None = None

    @field_validator("coordinator_ids")
    @classmethod
    def _coordinator_ids_format(cls, value: str) -> str:
        parse_people(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name like Europe/Amsterdam)") from exc
        return value

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        if value == "memory://":
            return value
        scheme = next((s for s in POSTGRES_SCHEMES if value.startswith(s)), None)
        if scheme is not None and len(value) > len(scheme):
            return value
        if not value.startswith("sqlite:///"):
            # Never echo the value: a PostgreSQL URL may carry a password.
            raise ValueError(
                "use sqlite:///path/to/file.sqlite3, postgresql://user:password@host/database or memory://"
            )
        path = value.removeprefix("sqlite:///")
        if not Path(path).name or path.endswith("/") or Path(path).name in (".", ".."):
            raise ValueError("give a file name, e.g. sqlite:///data/loopbaanbot.sqlite3")
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours_format(cls, value: str) -> str:
        start, end = parse_quiet_hours(value)
        # 21:00-21:00 could mean "all day" as well as "never": only 00:00-00:00 is taken, meaning none.
        if start == end and start != time(0, 0):
            raise ValueError("start and end are the same; use 00:00-00:00 for no quiet hours")
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _http_base_url(cls, value: str) -> str:
        # The value is not quoted back: someone may have pasted a URL with the token in it.
        try:
            parts = urlsplit(value)
            usable = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
        except ValueError:  # a broken [IPv6] host or port
            usable = False
        if not usable or any(c.isspace() for c in value):
            raise ValueError("use an http:// or https:// address, like https://api.telegram.org/bot")
        return value

    @field_validator("dialogues_dir")
    @classmethod
    def _dialogues_folder(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise ValueError(
                f"{value} is not a folder (leave it empty for the scripts that come with the bot)"
            )
        return value

    @field_validator("holidays_file")
    @classmethod
    def _holidays_readable(cls, value: Path | None) -> Path | None:
        if value is not None:
            load_holidays(value)
        return value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _telegram_secret_charset(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram only accepts 1-256 characters A-Z, a-z, 0-9, _ and - as a secret token.
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("use 1 to 256 characters: letters, digits, _ and -")
        return value

    @field_validator("telegram_webhook_url")
    @classmethod
    def _https_webhook(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("Telegram only delivers webhooks to https:// addresses")
        return value

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_format(cls, value: SecretStr | None) -> SecretStr | None:
        # @BotFather's tokens are digits, a colon and a key; anything else ends up in URLs in odd ways.
        if value is not None and not re.fullmatch(r"[0-9]+:[A-Za-z0-9_-]+", value.get_secret_value()):
            raise ValueError("not a token from @BotFather (digits, a colon, then letters, digits, _ and -)")
        return value

    @field_validator("web_base_url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
            raise ValueError("give the public address, e.g. https://loopbaan.school.nl")
        return value.rstrip("/")

    @field_validator("oidc_issuer")
    @classmethod
    def _issuer_address(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
            raise ValueError(
                "give the provider's issuer address, e.g. https://login.microsoftonline.com/<tenant>/v2.0"
            )
        return value.rstrip("/")

    @field_validator("oidc_subject_claim", "oidc_name_claim")
    @classmethod
    def _claim_name(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", value):
            raise ValueError("give a claim name, e.g. sub")
        return value

    @field_validator("smtp_from")
    @classmethod
    def _mail_address(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", value):
            raise ValueError("give an e-mail address, e.g. loopbaanbot@school.nl")
        return value

    @property
    def web_address(self) -> str:
        """Where people reach the web app: WEB_BASE_URL (behind a proxy), else where it listens."""
        if self.web_base_url:
            return self.web_base_url
        host = "127.0.0.1" if self.web_host in ("0.0.0.0", "::", "") else self.web_host
        return f"http://{host}:{self.web_port}"

    @property
    def oidc(self) -> bool:
        """Whether signing in with a school account is set up (OIDC_ISSUER and OIDC_CLIENT_ID)."""
        return self.oidc_issuer is not None and self.oidc_client_id is not None

    @property
    def mail(self) -> bool:
        """Whether weekly summaries can go out by e-mail (SMTP_HOST and SMTP_FROM are set)."""
        return self.smtp_host is not None and self.smtp_from is not None

    @property
    def tz(self) -> ZoneInfo:
        """The configured time zone as a ZoneInfo."""
        return ZoneInfo(self.timezone)

    def nudge_policy(self) -> NudgePolicy:
        """The follow-up rules from these settings."""
        start, end = parse_quiet_hours(self.quiet_hours)
        return NudgePolicy(
            tz=self.tz,
            nudge_time=self.nudge_time,
            quiet_start=start,
            quiet_end=end,
            per_day=self.nudges_per_day,
            retry_after=timedelta(days=self.nudge_retry_days),
            max_unanswered=self.nudge_max_unanswered,
            holidays=load_holidays(self.holidays_file) if self.holidays_file else (),
            public_holidays=self.public_holidays,
        )

    def coordinators(self) -> frozenset[StudentKey]:
        """The configured coordinators (COORDINATOR_IDS)."""
        return parse_people(self.coordinator_ids)

    @property
    def summary_weekday(self) -> int:
        """SUMMARY_DAY as a weekday number (Monday 0)."""
        return _WEEKDAYS.index(self.summary_day)

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for the in-memory store and PostgreSQL."""
        if not self.database_url.startswith("sqlite:///"):
            return None
        return Path(self.database_url.removeprefix("sqlite:///"))


def load_settings(**overrides: object) -> Settings:
    """Read settings; raise ConfigError with one readable line per bad variable."""
    env_file = Path(str(Settings.model_config.get("env_file", ".env"))).absolute()
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"Bad settings file {env_file}: it is not UTF-8 text (byte {exc.object[exc.start]:#04x} at"
            f" position {exc.start}); save it as UTF-8."
        ) from None
    except OSError as exc:
        raise ConfigError(f"Bad settings file {env_file}: cannot read it ({exc.strerror}).") from None
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = str(error["loc"][0]).upper() if error["loc"] else "settings"
            message = str(error["msg"]).removeprefix("Value error, ")
            lines.append(f"Bad setting {name}: {message}")
        raise ConfigError("\n".join(lines)) from None
