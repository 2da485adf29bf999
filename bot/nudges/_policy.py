"""When the bot may follow up with a student: the time of day, quiet hours, holidays, once a day."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from dialogues.language import SchoolBreak

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = ["Holiday", "NudgePolicy", "load_holidays", "parse_quiet_hours", "public_holiday"]

# Far enough for any school year; the loop below needs a bound so a bad file can never hang it.
_MAX_DAYS_AHEAD = 400


class Holiday(BaseModel):
    """A school holiday: no nudges from `start` up to and including `end`."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str = ""
    start: date = Field(alias="from")
    end: date = Field(alias="to")

    @model_validator(mode="after")
    def _in_order(self) -> Holiday:
        if self.end < self.start:
            raise ValueError(f"holiday '{self.name}' ends before it starts")
        return self


def load_holidays(path: Path) -> tuple[Holiday, ...]:
    """Read a YAML list of {name, from, to}; ValueError with the file name on a bad file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        return tuple(TypeAdapter(list[Holiday]).validate_python(data))
    except ValidationError as exc:
        details = "; ".join(_problem(error["loc"], error["msg"]) for error in exc.errors())
        raise ValueError(f"{path}: {details}") from None
    except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: YAML dates like 2026-13-01
        raise ValueError(f"{path}: not a list of holidays ({{name, from, to}}): {exc}") from None


@functools.cache
def _dutch_public_holidays() -> HolidayBase:
    # Computed by the library (Easter, Koningsdag on a Sunday, Bevrijdingsdag every fifth year), no file
    # and no network; years are filled in as they are asked for. Imported on first use: it takes about
    # 0.2 s, which start-up (and every command-line call) need not pay.
    import holidays

    return holidays.country_holidays("NL", language="nl")


def public_holiday(day: date) -> str | None:
    """The Dutch public holiday on `day` ("Koningsdag", "Tweede paasdag"), or None."""
    name = _dutch_public_holidays().get(day)
    return str(name) if name else None


def _problem(location: tuple[int | str, ...], message: str) -> str:
    where = " ".join(f"item {part + 1}" if isinstance(part, int) else f"'{part}'" for part in location)
    return f"{where or 'the file'}: {message.removeprefix('Value error, ')}"


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """ "21:00-08:00" → (21:00, 08:00); ValueError otherwise."""
    try:
        start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise ValueError(f"quiet hours must look like 21:00-08:00, not {text!r}") from None
    return start, end


@dataclass(frozen=True)
class NudgePolicy:
    """The rules; every method takes and gives timezone-aware datetimes."""

    tz: ZoneInfo
    nudge_time: time = time(9, 0)
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)
    per_day: int = 1
    retry_after: timedelta = timedelta(days=3)
    max_unanswered: int = 2
    holidays: tuple[Holiday, ...] = field(default=())
    # Dutch public holidays (Koningsdag, Pasen, ...) need no file; a school open on one can switch it off.
    public_holidays: bool = True

    def school_breaks(self) -> tuple[SchoolBreak, ...]:
        """The school's holidays as the engine reads them ("na de kerstvakantie")."""
        return tuple(SchoolBreak(h.name, h.start, h.end) for h in self.holidays)

    def due_on(self, day: date, *, now: datetime) -> datetime:
        """When the follow-up for something planned on `day` goes out: that morning, never in the past."""
        moment = datetime.combine(day, self.nudge_time, self.tz)
        if moment <= now:
            # Agreed for today but it is already past nudge time: ask tomorrow, not right away.
            moment = datetime.combine(
                now.astimezone(self.tz).date() + timedelta(days=1), self.nudge_time, self.tz
            )
        return self.next_allowed(moment)

    def _quiet(self, clock: time) -> bool:
        if self.quiet_start > self.quiet_end:  # spans midnight, e.g. 21:00-08:00
            return clock >= self.quiet_start or clock < self.quiet_end
        return self.quiet_start <= clock < self.quiet_end

    def _holiday(self, day: date) -> bool:
        if self.public_holidays and public_holiday(day) is not None:
            return True
        return any(h.start <= day <= h.end for h in self.holidays)

    def allowed(self, moment: datetime) -> bool:
        """Whether a nudge may go out at this moment."""
        local = moment.astimezone(self.tz)
        return not self._quiet(local.time()) and not self._holiday(local.date())

    def next_allowed(self, moment: datetime) -> datetime:
        """The first moment at or after `moment` when a nudge may go out."""
        local = moment.astimezone(self.tz)
        for _ in range(_MAX_DAYS_AHEAD):
            if self._holiday(local.date()):
                local = datetime.combine(local.date() + timedelta(days=1), self.quiet_end, self.tz)
                continue
            if self._quiet(local.time()):
                day = local.date() if local.time() < self.quiet_end else local.date() + timedelta(days=1)
                local = datetime.combine(day, self.quiet_end, self.tz)
                continue
            return local
        return local

    def next_day(self, moment: datetime) -> datetime:
        """The next day's nudge time (for the one-message-a-day rule), at an allowed moment."""
        local = moment.astimezone(self.tz)
        return self.next_allowed(datetime.combine(local.date() + timedelta(days=1), self.nudge_time, self.tz))

    def day_start(self, moment: datetime) -> datetime:
        """Local midnight of the day `moment` falls on (for the messages-per-day rule)."""
        return datetime.combine(moment.astimezone(self.tz).date(), time(0, 0), self.tz)
