"""What /subscribe accepts as a time and a timezone, and how it explains what it rejects."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.daily.schedule import (
    ScheduleError,
    format_time,
    load_timezone,
    parse_subscribe_args,
    parse_time,
    parse_timezone,
)

# -- time -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:30", (8, 30)),
        ("08:30", (8, 30)),
        ("20:05", (20, 5)),
        ("0:00", (0, 0)),
        ("00:00", (0, 0)),
        ("23:59", (23, 59)),
        (" 7:15 ", (7, 15)),
        ("８：３０", (8, 30)),  # full-width, as typed with a Chinese IME
        ("8：30", (8, 30)),
        # as people write it: am/pm, and Chinese with 点 and a part of the day
        ("7am", (7, 0)),
        ("7 PM", (19, 0)),
        ("8:30am", (8, 30)),
        ("9:45 p.m.", (21, 45)),
        ("12am", (0, 0)),
        ("12pm", (12, 0)),
        ("8点", (8, 0)),
        ("8点半", (8, 30)),
        ("8點15分", (8, 15)),
        ("２０点", (20, 0)),
        ("晚上9点", (21, 0)),
        ("下午3時半", (15, 30)),
        ("晚上8:30", (20, 30)),
        ("中午12点", (12, 0)),
        ("中午1点", (13, 0)),
        ("凌晨1点", (1, 0)),
        ("晚上12点", (0, 0)),
    ],
)
def test_times_accepted(text: str, expected: tuple[int, int]) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24:00",
        "8:60",
        "830",
        "0830",
        "8.30",
        "8h30",
        "noon",
        "",
        " ",
        "8:3",
        "8:300",
        "008:30",
        "-1:00",
        "+8:00",
        "08:30:00",
        "8",  # a bare number: an hour, or UTC+8?
        "13pm",
        "0am",
        "晚上9pm",
        "晚上25点",
        "8点60",
        "8点半半",
        "٨:٣٠",
        "8 : 30",
        "25:00",
        "99:99",
        "8:30\n9:00",
    ],
)
def test_times_rejected_with_code(text: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_time(text)
    assert caught.value.code == "bad_time"
    assert "HH:MM" in caught.value.message


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_valid_time_round_trips(hour: int, minute: int) -> None:
    text = format_time(hour, minute)
    assert parse_time(text) == (hour, minute)
    assert parse_time(f"{hour}:{minute:02d}") == (hour, minute)


@given(st.text())
def test_parse_time_only_ever_raises_schedule_error(text: str) -> None:
    try:
        hour, minute = parse_time(text)
    except ScheduleError:
        return
    assert 0 <= hour <= 23 and 0 <= minute <= 59


# -- timezone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "offset_hours"),
    [
        ("Asia/Shanghai", "Asia/Shanghai", 8),
        ("asia/shanghai", "Asia/Shanghai", 8),
        ("ASIA/KOLKATA", "Asia/Kolkata", 5.5),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires", -3),
        ("tokyo", "Asia/Tokyo", 9),
        ("new york", "America/New_York", -4),
        ("Beijing", "Asia/Shanghai", 8),
        ("UTC", "UTC", 0),
        ("utc", "UTC", 0),
        ("GMT", "UTC", 0),
        ("Z", "UTC", 0),
        ("+8", "UTC+08:00", 8),
        ("-5", "UTC-05:00", -5),
        ("+05:30", "UTC+05:30", 5.5),
        ("+0530", "UTC+05:30", 5.5),
        ("UTC+8", "UTC+08:00", 8),
        ("utc+08:00", "UTC+08:00", 8),
        ("GMT-3", "UTC-03:00", -3),
        ("+14", "UTC+14:00", 14),
        ("-14:00", "UTC-14:00", -14),
        ("+5:45", "UTC+05:45", 5.75),
        ("UTC+0", "UTC", 0),
        ("-00:00", "UTC", 0),
        ("Etc/GMT-3", "Etc/GMT-3", 3),  # IANA's inverted sign, kept as IANA means it
    ],
)
def test_timezones_accepted(text: str, name: str, offset_hours: float) -> None:
    zone = parse_timezone(text)
    assert zone.name == name
    summer = datetime(2024, 6, 1, 12, tzinfo=UTC).astimezone(zone.tzinfo)
    assert summer.utcoffset() == timedelta(hours=offset_hours)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mars/Olympus_Mons", "bad_timezone"),
        ("Shanghai/Asia", "bad_timezone"),
        ("", "bad_timezone"),
        ("nonsense", "bad_timezone"),
        ("localtime", "bad_timezone"),
        ("../../etc/passwd", "bad_timezone"),
        ("8", "bad_timezone"),  # an offset needs a sign
        ("+5:17", "bad_timezone"),
        ("+123", "bad_timezone"),
        ("UTC+", "bad_timezone"),
        ("+15", "offset_range"),
        ("-14:30", "offset_range"),
        ("UTC+99", "offset_range"),
    ],
)
def test_timezones_rejected_with_code(text: str, code: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_timezone(text)
    assert caught.value.code == code


def test_every_iana_zone_is_accepted_and_stored_names_reload() -> None:
    utc_aliases = {"GMT", "Zulu", "GMT+0", "GMT-0"}
    for name in available_timezones() - {"localtime", "Factory"}:
        zone = parse_timezone(name)
        assert zone.name == ("UTC" if name in utc_aliases else name)
        assert parse_timezone(zone.name).name == zone.name
        assert load_timezone(zone.name) is not None


@given(st.integers(-14 * 4, 14 * 4))
def test_offsets_normalise_and_reload(quarters: int) -> None:
    offset = timedelta(minutes=15 * quarters)
    sign = "-" if quarters < 0 else "+"
    minutes = abs(quarters) * 15
    zone = parse_timezone(f"{sign}{minutes // 60:02d}:{minutes % 60:02d}")
    again = parse_timezone(zone.name)
    assert again.name == zone.name
    assert datetime(2024, 1, 1, tzinfo=UTC).astimezone(again.tzinfo).utcoffset() == offset


@given(st.text())
def test_parse_timezone_only_ever_raises_schedule_error(text: str) -> None:
    try:
        zone = parse_timezone(text)
    except ScheduleError:
        return
    assert parse_timezone(zone.name).name == zone.name


# -- /subscribe arguments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ("08:30", "Asia/Shanghai")),
        (["7:05"], ("07:05", "Asia/Shanghai")),
        (["Europe/London"], ("08:30", "Europe/London")),
        (["21:00", "utc+8"], ("21:00", "UTC+08:00")),
        (["America/New_York", "6:00"], ("06:00", "America/New_York")),
        (["+05:30", "23:59"], ("23:59", "UTC+05:30")),
        (["", "9:00"], ("09:00", "Asia/Shanghai")),
        (["7am"], ("07:00", "Asia/Shanghai")),
        (["7:30", "pm", "Europe/London"], ("19:30", "Europe/London")),
        (["Europe/London", "7", "PM"], ("19:00", "Europe/London")),
        (["晚上9点", "Asia/Taipei"], ("21:00", "Asia/Taipei")),
    ],
)
def test_subscribe_args(args: list[str], expected: tuple[str, str]) -> None:
    assert parse_subscribe_args(args, "8:30", "Asia/Shanghai") == expected


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["8:30", "UTC", "extra"], "too_many_args"),
        (["8:30", "9:30"], "two_times"),
        (["UTC", "Asia/Tokyo"], "two_timezones"),
        (["25:00"], "bad_time"),
        (["8.30"], "bad_time"),
        (["830"], "bad_time"),
        (["7am", "9pm"], "two_times"),
        (["13pm"], "bad_time"),  # a time, though not a valid one: not "not a timezone"
        (["晚上25点"], "bad_time"),
        (["pm"], "bad_timezone"),
        (["noon"], "bad_timezone"),
        (["Mars/Base"], "bad_timezone"),
        (["8:30", "+20"], "offset_range"),
    ],
)
def test_subscribe_args_rejected(args: list[str], code: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_subscribe_args(args, "08:30", "UTC")
    assert caught.value.code == code
    assert caught.value.message


@given(st.lists(st.text(max_size=12), max_size=4))
def test_subscribe_args_only_ever_raise_schedule_error(args: list[str]) -> None:
    try:
        time, zone = parse_subscribe_args(args, "08:30", "UTC")
    except ScheduleError:
        return
    assert parse_time(time) and parse_timezone(zone).name == zone
