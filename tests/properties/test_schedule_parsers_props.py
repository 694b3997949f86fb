"""Property 3: the /subscribe parsers take any text, raise nothing but ScheduleError, and
accept only normalised values."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.daily import load_timezone, parse_subscribe_args, parse_time, parse_timezone
from bot.daily.schedule import ScheduleError, format_time
from bot.daily_handlers import schedule_error_text
from tests.properties.strategies import ANY_CHAR, ZONEISH, ZONES, schedule_args
from tests.properties.telegram_html import assert_telegram_html

HHMM = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
OFFSET_NAME = re.compile(r"UTC[+-](?:0[0-9]|1[0-4]):(?:00|15|30|45)")
CODES = {"bad_time", "bad_timezone", "offset_range", "too_many_args", "two_times",
         "two_timezones"}
ARG = schedule_args(surrogates=True)
MOMENTS = [datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12), datetime(1970, 1, 1),
           datetime(2038, 3, 28, 1, 30)]

def check_error(error: ScheduleError) -> None:
    assert error.code in CODES, error.code
    assert all(isinstance(v, str) for v in error.params.values())
    for lang in ("zh", "en"):
        assert_telegram_html(schedule_error_text(lang, error))


def check_zone_name(name: str) -> None:
    if name != "UTC" and not OFFSET_NAME.fullmatch(name):
        assert name in ZONES, name
    tz = load_timezone(name)
    assert parse_timezone(name).name == name  # a normalised name stays as it is
    for moment in MOMENTS:
        offset = tz.utcoffset(moment)
        assert offset is not None and abs(offset) <= timedelta(hours=14), (name, offset)


@settings(max_examples=1200, deadline=None)
@given(text=st.one_of(ARG, st.text(ANY_CHAR)))
@example(text="８：３０")
@example(text="24:00")
@example(text="7:5")
@example(text="\u0663:\u0663\u0660")  # Arabic-Indic digits
def test_parse_time(text: str) -> None:
    try:
        hour, minute = parse_time(text)
    except ScheduleError as error:
        assert error.code == "bad_time"
        check_error(error)
        return
    assert 0 <= hour <= 23 and 0 <= minute <= 59
    assert HHMM.fullmatch(format_time(hour, minute))
    assert parse_time(format_time(hour, minute)) == (hour, minute)


@settings(max_examples=1200, deadline=None)
@given(text=st.one_of(ZONEISH, ZONEISH, st.text(ANY_CHAR)))
@example(text="UTC+14:45")
@example(text="GMT-3")
@example(text="+0530")
@example(text="Etc/GMT-14")
@example(text="GMT0")
@example(text="UTC-00:00")
def test_parse_timezone(text: str) -> None:
    try:
        zone = parse_timezone(text)
    except ScheduleError as error:
        assert error.code in ("bad_timezone", "offset_range")
        check_error(error)
        return
    check_zone_name(zone.name)
    for moment in MOMENTS:
        assert zone.tzinfo.utcoffset(moment) == load_timezone(zone.name).utcoffset(moment)


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=8),
                       st.lists(st.text(max_size=3), max_size=2)))
def test_parsers_reject_non_text(value) -> None:
    for parse in (parse_time, parse_timezone):
        try:
            parse(value)
        except ScheduleError as error:
            check_error(error)
        else:
            raise AssertionError(f"{parse.__name__}({value!r}) accepted a non-string")


@settings(max_examples=1500, deadline=None)
@given(args=st.lists(ARG, max_size=4),
       default_time=st.builds(format_time, st.integers(0, 23), st.integers(0, 59)),
       default_tz=st.sampled_from(["Asia/Shanghai", "UTC", "UTC+05:30", "Europe/London"]))
@example(args=["", " ", "\u3000"], default_time="08:30", default_tz="Asia/Shanghai")
@example(args=["08:30", "UTC+8", "x"], default_time="08:30", default_tz="Asia/Shanghai")
def test_parse_subscribe_args(args: list[str], default_time: str, default_tz: str) -> None:
    try:
        choice = parse_subscribe_args(args, default_time, default_tz)
    except ScheduleError as error:
        check_error(error)
        assert error.code != "too_many_args" or len([a for a in args if a.strip()]) > 2
        return
    assert HHMM.fullmatch(choice.time), choice.time
    check_zone_name(choice.timezone)
    words = [a for a in args if a and a.strip()]
    assert len(words) <= 2
    # Either order means the same; an argument that was not given keeps its default.
    assert parse_subscribe_args(list(reversed(args)), default_time, default_tz) == choice
    if not any(_is_time(w) for w in words):
        assert choice.time == default_time
    if all(_is_time(w) for w in words):
        assert choice.timezone == parse_timezone(default_tz).name


def _is_time(word: str) -> bool:
    try:
        parse_time(word)
    except ScheduleError:
        return False
    return True
