"""The rules for when a follow-up may go out."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.nudges import Holiday, NudgePolicy, load_holidays, parse_quiet_hours, public_holiday

AMS = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def policy() -> NudgePolicy:
    return NudgePolicy(tz=AMS)


def test_a_step_for_friday_is_asked_on_friday_morning(policy: NudgePolicy) -> None:
    assert policy.due_on(date(2026, 11, 27), now=at(22, 10)) == at(27, 9)


def test_a_step_for_today_agreed_after_nudge_time_is_asked_tomorrow(policy: NudgePolicy) -> None:
    assert policy.due_on(date(2026, 11, 22), now=at(22, 10)) == at(23, 9)
    assert policy.due_on(date(2026, 11, 20), now=at(22, 10)) == at(23, 9)  # a day in the past too


@pytest.mark.parametrize(
    ("moment", "allowed"),
    [
        (at(22, 7, 59), False),
        (at(22, 8), True),
        (at(22, 20, 59), True),
        (at(22, 21), False),
        (at(23, 0), False),
    ],
)
def test_quiet_hours_span_midnight(policy: NudgePolicy, moment: datetime, allowed: bool) -> None:
    assert policy.allowed(moment) is allowed


def test_the_next_allowed_moment_after_a_night(policy: NudgePolicy) -> None:
    assert policy.next_allowed(at(27, 22, 30)) == at(28, 8)
    assert policy.next_allowed(at(28, 3)) == at(28, 8)
    assert policy.next_allowed(at(28, 12)) == at(28, 12)


def test_quiet_hours_within_a_day(policy: NudgePolicy) -> None:
    lunch = NudgePolicy(tz=AMS, quiet_start=time(12), quiet_end=time(13))
    assert not lunch.allowed(at(23, 12, 30))
    assert lunch.allowed(at(23, 23))
    assert lunch.next_allowed(at(23, 12, 30)) == at(23, 13)


def test_holidays_move_a_follow_up_past_them() -> None:
    kerst = Holiday(name="Kerstvakantie", start=date(2026, 12, 19), end=date(2027, 1, 3))
    policy = NudgePolicy(tz=AMS, holidays=(kerst,))
    assert not policy.allowed(at(24, 10, month=12))
    assert policy.due_on(date(2026, 12, 21), now=at(22, 10)) == datetime(2027, 1, 4, 8, tzinfo=AMS)
    assert policy.due_on(date(2026, 12, 18), now=at(22, 10)) == at(18, 9, month=12)


def test_dutch_public_holidays_need_no_file() -> None:
    policy = NudgePolicy(tz=AMS)
    koningsdag = datetime(2027, 4, 27, 9, tzinfo=AMS)
    assert public_holiday(koningsdag.date()) == "Koningsdag"
    assert not policy.allowed(koningsdag)
    assert policy.due_on(date(2027, 4, 27), now=at(20, 10, month=4)) == datetime(2027, 4, 28, 8, tzinfo=AMS)
    # Easter Monday moves with Easter; Christmas and New Year are there every year.
    for day in (date(2027, 3, 29), date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)):
        assert not policy.allowed(datetime.combine(day, time(10), AMS)), day
    assert policy.allowed(datetime(2027, 4, 28, 10, tzinfo=AMS))
    # A school that is open on one of them can say so.
    assert NudgePolicy(tz=AMS, public_holidays=False).allowed(koningsdag)


def test_the_next_day_and_the_start_of_the_day_are_local(policy: NudgePolicy) -> None:
    late = at(27, 23, 30)  # 22:30 UTC: already the 27th locally, whatever UTC says
    assert policy.day_start(late) == at(27, 0)
    assert policy.next_day(late) == at(28, 9)


def test_a_clock_change_keeps_nudge_time_local() -> None:
    policy = NudgePolicy(tz=AMS)
    # 25 October 2026 the clocks go back; the follow-up is still at nine local time.
    due = policy.due_on(date(2026, 10, 26), now=at(24, 10, month=10))
    assert due == at(26, 9, month=10)
    assert due.utcoffset() == timedelta(hours=1)


def test_holiday_file_is_read_and_errors_name_the_file(tmp_path: Path) -> None:
    good = tmp_path / "vakanties.yaml"
    good.write_text("- {name: Kerstvakantie, from: 2026-12-19, to: 2027-01-03}\n", encoding="utf-8")
    [holiday] = load_holidays(good)
    assert (holiday.name, holiday.start, holiday.end) == (
        "Kerstvakantie",
        date(2026, 12, 19),
        date(2027, 1, 3),
    )
    bad = tmp_path / "fout.yaml"
    bad.write_text("- {name: Omgekeerd, from: 2027-01-03, to: 2026-12-19}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"fout\.yaml.*ends before it starts"):
        load_holidays(bad)
    with pytest.raises(ValueError, match="ontbreekt"):
        load_holidays(tmp_path / "ontbreekt.yaml")


def test_quiet_hours_are_parsed_or_refused() -> None:
    assert parse_quiet_hours("21:00-08:00") == (time(21), time(8))
    assert parse_quiet_hours(" 22:30 - 07:15 ") == (time(22, 30), time(7, 15))
    with pytest.raises(ValueError, match="21:00-08:00"):
        parse_quiet_hours("na negenen")
