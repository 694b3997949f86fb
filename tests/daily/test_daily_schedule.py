"""When insights are due, with an injected clock: zones, DST, midnight, downtime, tz edits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.daily.schedule import (
    cycle_order,
    due_at,
    is_due,
    local_today,
    next_delivery,
    next_due,
    quote_for,
    quote_order,
)


@dataclass(frozen=True)
class Sub:
    time: str
    timezone: str


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def simulate(
    sub: Sub,
    start: datetime,
    end: datetime,
    step: timedelta,
    down: Iterable[tuple[datetime, datetime]] = (),
    last: tuple[date | None, datetime | None] = (None, None),
) -> list[tuple[datetime, date]]:
    """The scheduler loop reduced to its decisions: (tick, local date) of every delivery."""
    down = list(down)
    last_date, last_at = last
    sent = []
    tick = start
    while tick < end:
        if not any(a <= tick < b for a, b in down) and is_due(tick, sub, last_date, last_at):
            last_date, last_at = local_today(tick, sub.timezone), tick
            sent.append((tick, last_date))
        tick += step
    return sent


# -- due_at -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "time", "expected"),
    [
        ("Asia/Shanghai", "2024-05-01", "08:30", utc(2024, 5, 1, 0, 30)),
        ("Asia/Shanghai", "2024-05-01", "23:59", utc(2024, 5, 1, 15, 59)),
        ("Asia/Shanghai", "2024-05-01", "07:59", utc(2024, 4, 30, 23, 59)),
        ("Europe/London", "2024-01-15", "08:30", utc(2024, 1, 15, 8, 30)),
        ("Europe/London", "2024-07-15", "08:30", utc(2024, 7, 15, 7, 30)),
        ("America/New_York", "2024-01-15", "08:30", utc(2024, 1, 15, 13, 30)),
        ("America/New_York", "2024-07-15", "08:30", utc(2024, 7, 15, 12, 30)),
        ("America/New_York", "2024-07-15", "23:59", utc(2024, 7, 16, 3, 59)),
        ("UTC+05:30", "2024-05-01", "08:30", utc(2024, 5, 1, 3, 0)),
        ("UTC+05:30", "2024-05-01", "02:00", utc(2024, 4, 30, 20, 30)),
        ("UTC-05:00", "2024-05-01", "22:00", utc(2024, 5, 2, 3, 0)),
        ("UTC", "2024-05-01", "08:30", utc(2024, 5, 1, 8, 30)),
        ("Pacific/Kiritimati", "2024-05-01", "08:30", utc(2024, 4, 30, 18, 30)),
        ("Pacific/Pago_Pago", "2024-05-01", "08:30", utc(2024, 5, 1, 19, 30)),
    ],
)
def test_due_times_across_timezones(zone: str, day: str, time: str, expected: datetime) -> None:
    assert due_at(day, time, zone) == expected


@pytest.mark.parametrize(
    ("zone", "day", "time", "expected", "why"),
    [
        # London springs forward 2024-03-31: 01:00 GMT -> 02:00 BST.
        ("Europe/London", "2024-03-31", "00:59", utc(2024, 3, 31, 0, 59), "before the gap"),
        ("Europe/London", "2024-03-31", "01:00", utc(2024, 3, 31, 1, 0), "gap -> 02:00 BST"),
        ("Europe/London", "2024-03-31", "01:30", utc(2024, 3, 31, 1, 0), "gap -> 02:00 BST"),
        ("Europe/London", "2024-03-31", "02:30", utc(2024, 3, 31, 1, 30), "after the gap"),
        # London falls back 2024-10-27: 02:00 BST -> 01:00 GMT, 01:xx happens twice.
        ("Europe/London", "2024-10-27", "01:30", utc(2024, 10, 27, 0, 30), "first 01:30 (BST)"),
        ("Europe/London", "2024-10-27", "02:30", utc(2024, 10, 27, 2, 30), "after the fold"),
        # New York springs forward 2024-03-10: 02:00 EST -> 03:00 EDT.
        ("America/New_York", "2024-03-10", "01:30", utc(2024, 3, 10, 6, 30), "before the gap"),
        ("America/New_York", "2024-03-10", "02:30", utc(2024, 3, 10, 7, 0), "gap -> 03:00 EDT"),
        ("America/New_York", "2024-03-10", "03:00", utc(2024, 3, 10, 7, 0), "after the gap"),
        # New York falls back 2024-11-03: 02:00 EDT -> 01:00 EST.
        ("America/New_York", "2024-11-03", "01:30", utc(2024, 11, 3, 5, 30), "first (EDT)"),
        ("America/New_York", "2024-11-03", "02:30", utc(2024, 11, 3, 7, 30), "after the fold"),
        # Lord Howe shifts by 30 minutes: 02:00 -> 02:30 on 2024-10-06.
        ("Australia/Lord_Howe", "2024-10-06", "02:15", utc(2024, 10, 5, 15, 30), "half-hour gap"),
    ],
)
def test_due_times_across_dst(zone: str, day: str, time: str, expected: datetime, why: str) -> None:
    assert due_at(day, time, zone) == expected, why


@pytest.mark.parametrize(
    ("zone", "day", "time"),
    [
        ("Europe/London", "2024-03-31", "01:30"),
        ("Europe/London", "2024-10-27", "01:30"),
        ("America/New_York", "2024-03-10", "02:30"),
        ("America/New_York", "2024-11-03", "01:30"),
    ],
)
def test_dst_days_deliver_exactly_once(zone: str, day: str, time: str) -> None:
    sub = Sub(time, zone)
    start = due_at(date.fromisoformat(day) - timedelta(days=1), "00:00", zone)  # local midnight
    sent = simulate(sub, start, start + timedelta(days=3), timedelta(minutes=1))
    on_day = [tick for tick, local in sent if local.isoformat() == day]
    assert on_day == [due_at(day, time, zone)]
    assert len(sent) == len({local for _, local in sent}) == 3


# -- ticks, midnight and downtime -------------------------------------------------------------


def test_first_tick_at_or_after_the_time_delivers() -> None:
    sub = Sub("08:30", "Asia/Shanghai")
    sent = simulate(sub, utc(2024, 5, 1, 0, 29, 10), utc(2024, 5, 1, 0, 33), timedelta(seconds=20))
    assert sent == [(utc(2024, 5, 1, 0, 30, 10), date(2024, 5, 1))]


def test_late_evening_subscriber_rolls_over_midnight() -> None:
    sub = Sub("23:59", "Asia/Shanghai")
    sent = simulate(sub, utc(2024, 5, 1, 15, 0), utc(2024, 5, 4, 15, 0), timedelta(seconds=30))
    assert sent == [
        (utc(2024, 5, 1, 15, 59), date(2024, 5, 1)),
        (utc(2024, 5, 2, 15, 59), date(2024, 5, 2)),
        (utc(2024, 5, 3, 15, 59), date(2024, 5, 3)),
    ]


def test_down_over_midnight_skips_the_missed_late_slot() -> None:
    sub = Sub("23:59", "UTC")
    down = [(utc(2024, 5, 1, 23, 58), utc(2024, 5, 2, 0, 5))]
    sent = simulate(sub, utc(2024, 5, 1, 12), utc(2024, 5, 3, 12), timedelta(minutes=1), down)
    assert sent == [(utc(2024, 5, 2, 23, 59), date(2024, 5, 2))]


def test_subscribers_either_side_of_the_date_line() -> None:
    east, west = Sub("08:30", "Pacific/Kiritimati"), Sub("08:30", "Pacific/Pago_Pago")
    start, end, step = utc(2024, 5, 1), utc(2024, 5, 4), timedelta(minutes=5)
    # At the start it is already 14:00 on 1 May in Kiritimati; that day's insight went out.
    done = (date(2024, 5, 1), utc(2024, 4, 30, 18, 30))
    assert simulate(east, start, end, step, last=done) == [
        (utc(2024, 5, 1, 18, 30), date(2024, 5, 2)),
        (utc(2024, 5, 2, 18, 30), date(2024, 5, 3)),
        (utc(2024, 5, 3, 18, 30), date(2024, 5, 4)),
    ]
    done = (date(2024, 4, 30), utc(2024, 4, 30, 19, 30))  # 13:00 on 30 April in Pago Pago
    assert simulate(west, start, end, step, last=done) == [
        (utc(2024, 5, 1, 19, 30), date(2024, 5, 1)),
        (utc(2024, 5, 2, 19, 30), date(2024, 5, 2)),
        (utc(2024, 5, 3, 19, 30), date(2024, 5, 3)),
    ]


def test_catch_up_after_downtime_same_local_day() -> None:
    sub = Sub("08:30", "America/New_York")  # EDT: local 07:00 = 11:00Z
    down = [(utc(2024, 5, 1, 11), utc(2024, 5, 1, 15))]  # 07:00 -> 11:00 local
    sent = simulate(sub, utc(2024, 5, 1, 4), utc(2024, 5, 2, 4), timedelta(seconds=30), down)
    assert sent == [(utc(2024, 5, 1, 15), date(2024, 5, 1))]  # once, at 11:00 local


def test_a_day_missed_entirely_is_not_sent_later() -> None:
    sub = Sub("08:30", "Europe/London")
    down = [(utc(2024, 5, 1, 23), utc(2024, 5, 3, 6))]  # all of 2 May (BST)
    sent = simulate(sub, utc(2024, 5, 1), utc(2024, 5, 4), timedelta(minutes=1), down)
    assert sent == [
        (utc(2024, 5, 1, 7, 30), date(2024, 5, 1)),
        (utc(2024, 5, 3, 7, 30), date(2024, 5, 3)),  # on time, nothing for 2 May
    ]


def test_back_just_before_midnight_still_catches_up() -> None:
    sub = Sub("08:30", "UTC")
    down = [(utc(2024, 5, 1, 8), utc(2024, 5, 1, 23, 58))]
    sent = simulate(sub, utc(2024, 5, 1), utc(2024, 5, 2, 12), timedelta(minutes=1), down)
    assert sent == [
        (utc(2024, 5, 1, 23, 58), date(2024, 5, 1)),
        (utc(2024, 5, 2, 8, 30), date(2024, 5, 2)),
    ]


def test_new_subscriber_after_their_time_gets_one_right_away() -> None:
    sub = Sub("08:30", "UTC")
    now = utc(2024, 5, 1, 10)
    assert is_due(now, sub, None)
    assert next_due(now, sub, None) == now
    assert not is_due(now, sub, "2024-05-01")


# -- next delivery ----------------------------------------------------------------------------


def test_next_delivery() -> None:
    sub = Sub("08:30", "Asia/Shanghai")
    before = utc(2024, 5, 1, 0, 0)  # 08:00 local
    assert next_delivery(before, sub, delivered_today=False) == utc(2024, 5, 1, 0, 30)
    after = utc(2024, 5, 1, 1, 0)
    assert next_delivery(after, sub, delivered_today=True) == utc(2024, 5, 2, 0, 30)
    assert next_delivery(after, sub, delivered_today=False) == after  # overdue: now


def test_next_delivery_into_a_dst_gap() -> None:
    sub = Sub("02:30", "America/New_York")
    now = utc(2024, 3, 9, 12)
    assert next_delivery(now, sub, delivered_today=True) == utc(2024, 3, 10, 7, 0)


# -- changing time or timezone ----------------------------------------------------------------
# Rule: at most one insight per local date of the current timezone; a local day is used if the
# ledger has that date or the last delivery happened during it (seen from the new zone).


def test_shanghai_to_new_york_after_todays_insight() -> None:
    # 08:30 on 2 May in Shanghai is 20:30 on 1 May in New York.
    last = (date(2024, 5, 2), utc(2024, 5, 2, 0, 30))
    ny = Sub("08:30", "America/New_York")
    assert not is_due(utc(2024, 5, 2, 0, 35), ny, *last)  # NY evening of 1 May: already had one
    assert not is_due(utc(2024, 5, 2, 12, 30), ny, *last)  # NY 2 May: that date was used
    assert next_due(utc(2024, 5, 2, 0, 35), ny, *last) == utc(2024, 5, 3, 12, 30)
    sent = simulate(ny, utc(2024, 5, 2, 0, 35), utc(2024, 5, 5), timedelta(minutes=10), last=last)
    assert [local for _, local in sent] == [date(2024, 5, 3), date(2024, 5, 4)]


def test_new_york_late_evening_to_shanghai_gives_no_second_one_that_morning() -> None:
    # 23:00 on 1 May in New York is 11:00 on 2 May in Shanghai, past an 08:30 slot.
    last = (date(2024, 5, 1), utc(2024, 5, 2, 3, 0))
    sh = Sub("08:30", "Asia/Shanghai")
    assert not is_due(utc(2024, 5, 2, 3, 5), sh, *last)
    assert next_due(utc(2024, 5, 2, 3, 5), sh, *last) == utc(2024, 5, 3, 0, 30)


def test_new_york_morning_to_shanghai_continues_next_local_morning() -> None:
    last = (date(2024, 5, 1), utc(2024, 5, 1, 12, 30))  # 08:30 EDT
    sh = Sub("08:30", "Asia/Shanghai")
    assert not is_due(utc(2024, 5, 1, 13), sh, *last)  # 21:00 on 1 May in Shanghai
    assert is_due(utc(2024, 5, 2, 0, 30), sh, *last)


def test_changing_the_time_after_todays_insight_waits_for_tomorrow() -> None:
    last = (date(2024, 5, 1), utc(2024, 5, 1, 8, 30))
    assert not is_due(utc(2024, 5, 1, 20, 0), Sub("20:00", "UTC"), *last)
    assert is_due(utc(2024, 5, 2, 20, 0), Sub("20:00", "UTC"), *last)


def test_moving_the_time_earlier_before_delivery_delivers_at_the_new_time() -> None:
    sub = Sub("07:30", "UTC")  # was 08:30, changed at 07:00
    assert not is_due(utc(2024, 5, 1, 7, 0), sub, "2024-04-30")
    assert is_due(utc(2024, 5, 1, 7, 30), sub, "2024-04-30")


# -- property: one per local day, first chance after the time, whatever the zone ------------

ZONES = [
    "UTC",
    "Asia/Shanghai",
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "America/St_Johns",
    "UTC+05:30",
    "UTC-09:30",
]


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    start=st.datetimes(datetime(2024, 1, 1), datetime(2024, 12, 28)),
    step_minutes=st.integers(1, 90),
    outages=st.lists(st.tuples(st.integers(0, 4 * 24 * 60), st.integers(1, 40 * 60)), max_size=3),
)
def test_property_one_delivery_per_local_day_at_first_chance(
    zone: str,
    hour: int,
    minute: int,
    start: datetime,
    step_minutes: int,
    outages: list[tuple[int, int]],
) -> None:
    sub = Sub(f"{hour:02d}:{minute:02d}", zone)
    start = start.replace(tzinfo=UTC)
    end = start + timedelta(days=4)
    step = timedelta(minutes=step_minutes)
    down = [(start + timedelta(minutes=a), start + timedelta(minutes=a + n)) for a, n in outages]
    sent = simulate(sub, start, end, step, down)

    days = [local for _, local in sent]
    assert len(days) == len(set(days))  # never two on one local day
    for tick, local in sent:
        assert local_today(tick, zone) == local
        assert tick >= due_at(local, sub.time, zone)

    # Each local day gets its insight at the first tick the bot was up after the time.
    up_ticks = []
    tick = start
    while tick < end:
        if not any(a <= tick < b for a, b in down):
            up_ticks.append(tick)
        tick += step
    expected: dict[date, datetime] = {}
    for tick in up_ticks:
        local = local_today(tick, zone)
        if local not in expected and tick >= due_at(local, sub.time, zone):
            expected[local] = tick
    assert dict((local, tick) for tick, local in sent) == expected


# -- which quote ------------------------------------------------------------------------------

QUOTES = [f"interview-{i // 10}:q{i % 10}" for i in range(37)]


def test_quote_order_is_stable_and_independent_of_input_order() -> None:
    order = quote_order(12345, QUOTES)
    assert quote_order(12345, list(reversed(QUOTES))) == order
    assert quote_order(12345, QUOTES + QUOTES[:5]) == order  # duplicates collapse
    assert quote_order(54321, QUOTES) != order


def test_quote_order_is_pinned() -> None:
    # Changing this would reshuffle every subscriber's sequence: do it only on purpose.
    assert quote_order(42, ["a", "b", "c", "d", "e", "f"]) == ["c", "f", "e", "b", "a", "d"]
    assert [quote_for(p, 7, "abcd") for p in range(8)] == list("cdabdbca")


def test_every_quote_once_per_cycle_and_cycles_differ() -> None:
    n = len(QUOTES)
    cycles = [[quote_for(p, 99, QUOTES) for p in range(c * n, (c + 1) * n)] for c in range(5)]
    for cycle in cycles:
        assert sorted(cycle) == sorted(QUOTES)
    assert len({tuple(c) for c in cycles}) == 5
    assert cycles == [
        [quote_for(p, 99, QUOTES) for p in range(c * n, (c + 1) * n)] for c in range(5)
    ]


def test_tiny_libraries() -> None:
    assert {quote_for(p, 3, ["only"]) for p in range(5)} == {"only"}
    two = [quote_for(p, 3, ["x", "y"]) for p in range(6)]
    assert all(a != b for a, b in zip(two, two[1:], strict=False))
    with pytest.raises(ValueError):
        quote_for(0, 3, [])


@given(st.integers(0, 2**31 - 1), st.lists(st.text(max_size=8), max_size=40))
def test_property_quote_order_is_a_permutation(seed: int, ids: list[str]) -> None:
    assert sorted(quote_order(seed, ids)) == sorted(set(ids))


@settings(max_examples=50)
@given(
    st.integers(0, 2**31 - 1),
    st.lists(st.text(min_size=1, max_size=6), min_size=2, max_size=12, unique=True),
    st.integers(0, 6),
)
def test_property_cycles_are_complete_and_never_repeat_back_to_back(
    seed: int, ids: list[str], cycle: int
) -> None:
    n = len(ids)
    this = [quote_for(p, seed, ids) for p in range(cycle * n, (cycle + 1) * n)]
    assert sorted(this) == sorted(ids)
    assert this == cycle_order(seed, cycle, ids)
    following = quote_for((cycle + 1) * n, seed, ids)
    assert following != this[-1]
