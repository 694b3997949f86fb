"""Scheduler ticks against a real store: what subscribers receive, and never twice a day.

The Telegram side is a scripted ``send`` callable (it is the boundary the bot plugs into);
the store is real, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.daily import DueDelivery, Outcome, SendResult, plan_tick, run_tick, run_tick_async
from bot.daily.delivery import STALE_CLAIM_AFTER, next_delivery_at
from bot.daily.schedule import local_today, quote_for
from bot.storage import Store, open_store
from bot.storage.testing import ManualClock

QUOTES = [f"q{i}" for i in range(5)]
ROOT = Path(__file__).resolve().parents[2]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@dataclass(frozen=True)
class Attempt:
    at: datetime
    chat_id: int
    local_date: date
    quote_id: str
    outcome: Outcome | str


class FakeTelegram:
    """Records every send attempt; ``script[chat]`` lists outcomes (or exceptions) to return."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.attempts: list[Attempt] = []
        self.script: dict[int, list[Outcome | SendResult | BaseException]] = {}

    def _next(self, item: DueDelivery) -> Outcome | SendResult:
        queued = self.script.get(item.chat_id)
        result = queued.pop(0) if queued else Outcome.SENT
        outcome = result.outcome if isinstance(result, SendResult) else result
        self.attempts.append(
            Attempt(
                self.clock(),
                item.chat_id,
                item.local_date,
                item.quote_id,
                outcome if isinstance(outcome, Outcome) else type(outcome).__name__,
            )
        )
        if isinstance(result, BaseException):
            raise result
        return result

    def __call__(self, item: DueDelivery) -> Outcome | SendResult:
        return self._next(item)

    async def send_async(self, item: DueDelivery) -> Outcome | SendResult:
        await asyncio.sleep(0)
        return self._next(item)

    def received(self, chat_id: int) -> list[tuple[date, str]]:
        return [
            (a.local_date, a.quote_id)
            for a in self.attempts
            if a.chat_id == chat_id and a.outcome is Outcome.SENT
        ]

    def attempts_for(self, chat_id: int) -> list[Attempt]:
        return [a for a in self.attempts if a.chat_id == chat_id]


def run_ticks(
    store: Store,
    clock: ManualClock,
    until: datetime,
    step: timedelta,
    send: FakeTelegram,
    down: Iterable[tuple[datetime, datetime]] = (),
    quotes: list[str] = QUOTES,
) -> None:
    down = list(down)
    while clock() < until:
        if not any(a <= clock() < b for a, b in down):
            run_tick(clock(), store, quotes, send)
        clock.advance(step)


@pytest.fixture
def telegram(clock: ManualClock) -> FakeTelegram:
    return FakeTelegram(clock)


# -- the basics ---------------------------------------------------------------------------------


def test_one_insight_at_the_chosen_time_however_often_we_tick(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 0, 0)  # 08:00 in Shanghai
    sub = store.subscribe(1, 1, "08:30", "Asia/Shanghai")
    run_ticks(store, clock, utc(2024, 5, 1, 0, 29, 59), timedelta(seconds=20), telegram)
    assert telegram.attempts == []

    run_ticks(store, clock, utc(2024, 5, 1, 1, 0), timedelta(seconds=20), telegram)
    for _ in range(5):
        run_tick(clock(), store, QUOTES, telegram)
    first = quote_for(0, sub.order_seed, QUOTES)
    assert [(a.at, a.local_date, a.quote_id) for a in telegram.attempts] == [
        (utc(2024, 5, 1, 0, 30, 0), date(2024, 5, 1), first)
    ]
    assert store.get_subscription(1).position == 1
    assert store.get_delivery(1, "2024-05-01").status == "sent"


def test_many_zones_over_several_days(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 0, 0)
    subs = {
        1: ("08:30", "Asia/Shanghai"),
        2: ("07:00", "Europe/London"),
        3: ("21:15", "America/New_York"),
        4: ("06:45", "UTC+05:30"),
        5: ("00:00", "UTC"),
        6: ("23:45", "Pacific/Kiritimati"),
    }
    for chat, (time, zone) in subs.items():
        store.subscribe(chat, chat, time, zone)
    run_ticks(store, clock, utc(2024, 5, 5), timedelta(minutes=15), telegram)

    for chat in subs:
        days = [day for day, _ in telegram.received(chat)]
        assert len(days) == len(set(days)), chat
        assert len(days) in (4, 5), chat  # once per local day covered by the run
        quotes = [quote for _, quote in telegram.received(chat)]
        assert len(set(quotes[:5])) == len(quotes[:5])  # no repeats inside a cycle
    assert store.stats(date(2024, 5, 4))["sent_today"] == len(subs)


def test_bot_down_in_the_morning_catches_up_the_same_day(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 4)  # 00:00 in New York (EDT)
    store.subscribe(1, 1, "08:30", "America/New_York")
    down = [(utc(2024, 5, 1, 11), utc(2024, 5, 1, 15))]  # 07:00 to 11:00 local
    run_ticks(store, clock, utc(2024, 5, 2, 4), timedelta(minutes=2), telegram, down)
    assert [(a.at, a.local_date) for a in telegram.attempts] == [
        (utc(2024, 5, 1, 15), date(2024, 5, 1))
    ]


def test_bot_down_a_whole_day_skips_it_and_is_on_time_next_day(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 0)
    store.subscribe(1, 1, "08:30", "UTC")
    down = [(utc(2024, 5, 1, 12), utc(2024, 5, 3, 0, 10))]  # all of 2 May
    run_ticks(store, clock, utc(2024, 5, 4), timedelta(minutes=5), telegram, down)
    assert [(a.at, a.local_date) for a in telegram.attempts] == [
        (utc(2024, 5, 1, 8, 30), date(2024, 5, 1)),
        (utc(2024, 5, 3, 8, 30), date(2024, 5, 3)),
    ]


@pytest.mark.parametrize(
    ("zone", "time", "start", "expected"),
    [
        ("Europe/London", "01:30", utc(2024, 3, 30, 12), utc(2024, 3, 31, 1, 0)),  # 02:00 BST
        ("Europe/London", "01:30", utc(2024, 10, 26, 12), utc(2024, 10, 27, 0, 30)),  # 1st 01:30
        ("America/New_York", "02:30", utc(2024, 3, 9, 17), utc(2024, 3, 10, 7, 0)),  # 03:00 EDT
        ("America/New_York", "01:30", utc(2024, 11, 2, 17), utc(2024, 11, 3, 5, 30)),  # EDT
    ],
)
def test_dst_changeover_days(
    store: Store,
    clock: ManualClock,
    telegram: FakeTelegram,
    zone: str,
    time: str,
    start: datetime,
    expected: datetime,
) -> None:
    clock.now = start  # midday before the change: that day's insight already went out
    store.subscribe(1, 1, time, zone)
    store.claim_delivery(1, local_today(start, zone), "q0", now=start)
    run_ticks(store, clock, start + timedelta(hours=36), timedelta(minutes=5), telegram)
    assert [a.at for a in telegram.attempts] == [expected]


# -- restarts and crashes -----------------------------------------------------------------------


def test_restart_does_not_resend(
    db_url: str, store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 0, 0)
    store.subscribe(1, 1, "08:30", "Asia/Shanghai")
    run_ticks(store, clock, utc(2024, 5, 1, 1), timedelta(minutes=1), telegram)
    store.close()

    restarted = open_store(db_url, clock=clock)  # a new process on the same database
    try:
        run_ticks(restarted, clock, utc(2024, 5, 2, 1), timedelta(minutes=5), telegram)
    finally:
        restarted.close()
    assert [a.local_date for a in telegram.attempts] == [date(2024, 5, 1), date(2024, 5, 2)]


def test_crash_between_claim_and_record_never_sends_twice(
    db_url: str, store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    sub = store.subscribe(1, 1, "08:30", "UTC")
    telegram.script[1] = [SystemExit("killed mid-send")]  # the process dies while sending
    with pytest.raises(SystemExit):
        run_tick(clock(), store, QUOTES, telegram)
    store.close()

    restarted = open_store(db_url, clock=clock)
    try:
        run_ticks(restarted, clock, utc(2024, 5, 2, 9), timedelta(minutes=5), telegram)
        ledger = {d.local_date: d for d in restarted.deliveries_for(1)}
    finally:
        restarted.close()
    assert [a.local_date for a in telegram.attempts] == [date(2024, 5, 1), date(2024, 5, 2)]
    assert ledger["2024-05-01"].status == "failed"  # closed as "outcome unknown"
    assert ledger["2024-05-01"].claimed_at + STALE_CLAIM_AFTER <= utc(2024, 5, 2)
    # Whether it arrived is unknown, so the next day repeats that quote rather than skip it.
    first = quote_for(0, sub.order_seed, QUOTES)
    assert [a.quote_id for a in telegram.attempts] == [first, first]


def test_kill_9_after_sending_never_sends_twice(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    marker = tmp_path / "sent.txt"
    now = utc(2024, 5, 1, 8, 30)
    setup = open_store(str(db))
    setup.subscribe(1, 1, "08:30", "UTC")
    setup.close()
    child = textwrap.dedent(
        f"""
        import os, signal
        from datetime import datetime
        from bot.daily import run_tick
        from bot.storage import open_store

        def send(item):
            with open({str(marker)!r}, "a") as out:
                out.write(f"{{item.chat_id}} {{item.local_date}}\\n")
            os.kill(os.getpid(), signal.SIGKILL)  # dies before mark_sent

        run_tick(datetime.fromisoformat({now.isoformat()!r}), open_store({str(db)!r}),
                 ["q0", "q1"], send)
        """
    )
    proc = subprocess.run([sys.executable, "-c", child], cwd=ROOT, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert marker.read_text().splitlines() == ["1 2024-05-01"]

    clock = ManualClock(now + timedelta(seconds=30))
    telegram = FakeTelegram(clock)
    store = open_store(str(db), clock=clock)
    try:
        run_ticks(store, clock, utc(2024, 5, 1, 23, 59), timedelta(minutes=10), telegram)
        assert telegram.attempts == []
        run_ticks(store, clock, utc(2024, 5, 2, 9), timedelta(minutes=10), telegram)
        assert [a.local_date for a in telegram.attempts] == [date(2024, 5, 2)]
    finally:
        store.close()


# -- outcomes -----------------------------------------------------------------------------------


def test_blocked_user_is_unsubscribed(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 8, 0)
    store.subscribe(1, 1, "08:30", "UTC")
    store.subscribe(2, 2, "08:30", "UTC")
    telegram.script[1] = [SendResult(Outcome.BLOCKED, "Forbidden: bot was blocked by the user")]
    run_ticks(store, clock, utc(2024, 5, 3), timedelta(minutes=10), telegram)

    assert len(telegram.attempts_for(1)) == 1
    assert not store.get_subscription(1).active
    failed = store.get_delivery(1, "2024-05-01")
    assert (failed.status, failed.error) == ("failed", "Forbidden: bot was blocked by the user")
    assert len(telegram.received(2)) == 2  # others unaffected

    store.subscribe(1, 1, "08:30", "UTC")  # they come back
    run_ticks(store, clock, utc(2024, 5, 3, 9), timedelta(minutes=10), telegram)
    assert [d for d, _ in telegram.received(1)] == [date(2024, 5, 3)]


def test_transient_error_retries_same_day_without_holding_up_others(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    for chat in (1, 2, 3):
        store.subscribe(chat, chat, "08:30", "UTC")
    telegram.script[1] = [Outcome.RETRY, SendResult(Outcome.RETRY, "RetryAfter 30")]
    report = run_tick(clock(), store, QUOTES, telegram)
    assert (report.sent, report.retry) == (2, 1)
    assert len(telegram.received(2)) == len(telegram.received(3)) == 1
    assert not store.delivered_on(1, "2024-05-01")

    run_ticks(store, clock, utc(2024, 5, 1, 9), timedelta(seconds=30), telegram)
    attempts = telegram.attempts_for(1)
    assert [a.outcome for a in attempts] == [Outcome.RETRY, Outcome.RETRY, Outcome.SENT]
    assert len({a.quote_id for a in attempts}) == 1  # the retry is the same insight
    assert store.get_delivery(1, "2024-05-01").status == "sent"


@pytest.mark.parametrize(
    "failure", [Outcome.FAILED, RuntimeError("boom"), "not an outcome"], ids=str
)
def test_permanent_failure_is_not_retried_that_day(
    store: Store, clock: ManualClock, telegram: FakeTelegram, failure: object
) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    sub = store.subscribe(1, 1, "08:30", "UTC")
    telegram.script[1] = [failure]
    run_ticks(store, clock, utc(2024, 5, 2, 9), timedelta(minutes=10), telegram)
    attempts = telegram.attempts_for(1)
    assert [a.local_date for a in attempts] == [date(2024, 5, 1), date(2024, 5, 2)]
    assert store.get_delivery(1, "2024-05-01").status == "failed"
    assert store.get_subscription(1).active
    first = quote_for(0, sub.order_seed, QUOTES)
    assert [a.quote_id for a in attempts] == [first, first]  # not received, so offered again


def test_forgotten_user_in_the_middle_of_a_tick_gets_nothing(
    store: Store, clock: ManualClock
) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    store.subscribe(1, 1, "08:30", "UTC")
    store.subscribe(2, 2, "08:30", "UTC")
    sent: list[int] = []

    def send(item: DueDelivery) -> Outcome:
        sent.append(item.chat_id)
        store.forget_user(2)  # /forget handled while the tick runs
        return Outcome.SENT

    report = run_tick(clock(), store, QUOTES, send)
    assert sent == [1]
    assert report.skipped == 1


def test_broken_rows_and_empty_library_do_not_stop_the_scheduler(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    store.subscribe(1, 1, "08:30", "Mars/Olympus_Mons")
    store.subscribe(2, 2, "08:30", "UTC")
    assert run_tick(clock(), store, [], telegram).planned == 0
    report = run_tick(clock(), store, QUOTES, telegram)
    assert (report.planned, report.sent) == (1, 1)
    assert [a.chat_id for a in telegram.attempts] == [2]


# -- quotes -------------------------------------------------------------------------------------


def test_each_subscriber_sees_every_quote_before_repeats(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 0)
    store.subscribe(1, 1, "08:30", "UTC")
    store.subscribe(2, 2, "08:30", "UTC")
    run_ticks(store, clock, utc(2024, 5, 8), timedelta(hours=1), telegram)
    store.unsubscribe(1)
    run_ticks(store, clock, utc(2024, 5, 10), timedelta(hours=1), telegram)
    store.subscribe(1, 1, "08:30", "UTC")
    run_ticks(store, clock, utc(2024, 5, 14), timedelta(hours=1), telegram)

    for chat in (1, 2):
        quotes = [q for _, q in telegram.received(chat)]
        assert sorted(quotes[:5]) == sorted(QUOTES)
        assert sorted(quotes[5:10]) == sorted(QUOTES)
        assert all(a != b for a, b in zip(quotes, quotes[1:], strict=False))
    assert len(telegram.received(1)) == 11 and len(telegram.received(2)) == 13
    days_1 = [d for d, _ in telegram.received(1)]
    assert date(2024, 5, 8) not in days_1 and date(2024, 5, 9) not in days_1


# -- changing timezone --------------------------------------------------------------------------


def test_moving_from_shanghai_to_new_york_never_doubles_up(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 2, 0, 0)  # 08:00 on 2 May in Shanghai
    store.subscribe(1, 1, "08:30", "Asia/Shanghai")
    run_ticks(store, clock, utc(2024, 5, 2, 0, 35), timedelta(minutes=1), telegram)
    assert [a.local_date for a in telegram.attempts] == [date(2024, 5, 2)]

    store.subscribe(1, 1, "08:30", "America/New_York")  # where it is 20:35 on 1 May
    assert next_delivery_at(clock(), store, 1) == utc(2024, 5, 3, 12, 30)
    run_ticks(store, clock, utc(2024, 5, 5), timedelta(minutes=5), telegram)
    assert [(a.at, a.local_date) for a in telegram.attempts[1:]] == [
        (utc(2024, 5, 3, 12, 30), date(2024, 5, 3)),
        (utc(2024, 5, 4, 12, 30), date(2024, 5, 4)),
    ]


def test_moving_east_late_in_the_evening_never_doubles_up(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 2, 2, 55)  # 22:55 on 1 May in New York
    store.subscribe(1, 1, "23:00", "America/New_York")
    run_ticks(store, clock, utc(2024, 5, 2, 3, 5), timedelta(minutes=1), telegram)
    store.subscribe(1, 1, "08:30", "Asia/Shanghai")  # 11:05 on 2 May there
    run_ticks(store, clock, utc(2024, 5, 4), timedelta(minutes=5), telegram)
    assert [(a.at, a.local_date) for a in telegram.attempts] == [
        (utc(2024, 5, 2, 3, 0), date(2024, 5, 1)),
        (utc(2024, 5, 3, 0, 30), date(2024, 5, 3)),
    ]


def test_next_delivery_at(store: Store, clock: ManualClock, telegram: FakeTelegram) -> None:
    clock.now = utc(2024, 5, 1, 8, 0)
    assert next_delivery_at(clock(), store, 1) is None
    store.subscribe(1, 1, "08:30", "UTC")
    assert next_delivery_at(clock(), store, 1) == utc(2024, 5, 1, 8, 30)
    run_ticks(store, clock, utc(2024, 5, 1, 9), timedelta(minutes=10), telegram)
    assert next_delivery_at(clock(), store, 1) == utc(2024, 5, 2, 8, 30)
    store.unsubscribe(1)
    assert next_delivery_at(clock(), store, 1) is None


def test_plan_lists_most_overdue_first(store: Store, clock: ManualClock) -> None:
    clock.now = utc(2024, 5, 1, 12, 0)
    store.subscribe(1, 1, "11:00", "UTC")
    store.subscribe(2, 2, "09:00", "UTC")
    store.subscribe(3, 3, "13:00", "UTC")
    plan = plan_tick(clock(), store, QUOTES)
    assert [(p.chat_id, p.due_at) for p in plan] == [
        (2, utc(2024, 5, 1, 9)),
        (1, utc(2024, 5, 1, 11)),
    ]
    assert plan_tick(clock(), store, QUOTES) == plan  # planning alone changes nothing


# -- the asyncio variant the bot uses ------------------------------------------------------------


async def test_async_tick_sends_in_parallel(store: Store, clock: ManualClock) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    chats = range(1, 6)
    for chat in chats:
        store.subscribe(chat, chat, "08:30", "UTC")
    started: set[int] = set()
    all_started = asyncio.Event()

    async def send(item: DueDelivery) -> Outcome:
        started.add(item.chat_id)
        if len(started) == len(chats):
            all_started.set()
        await asyncio.wait_for(all_started.wait(), timeout=5)  # deadlocks if sequential
        return Outcome.SENT

    report = await run_tick_async(clock(), store, QUOTES, send, concurrency=8)
    assert report.sent == 5
    assert all(store.get_delivery(chat, "2024-05-01").status == "sent" for chat in chats)


async def test_two_async_ticks_racing_send_once(
    store: Store, clock: ManualClock, telegram: FakeTelegram
) -> None:
    clock.now = utc(2024, 5, 1, 8, 30)
    for chat in range(1, 11):
        store.subscribe(chat, chat, "08:30", "UTC")
    telegram.script[3] = [Outcome.RETRY]
    telegram.script[4] = [ValueError("bad markup")]
    reports = await asyncio.gather(
        run_tick_async(clock(), store, QUOTES, telegram.send_async, concurrency=3),
        run_tick_async(clock(), store, QUOTES, telegram.send_async, concurrency=3),
    )
    assert sorted({a.chat_id for a in telegram.attempts}) == list(range(1, 11))
    # Chat 4 failed; chat 3 asked to retry, which the other tick may already have done.
    assert sum(r.sent for r in reports) in (8, 9)
    assert store.get_delivery(4, "2024-05-01").status == "failed"

    await run_tick_async(clock(), store, QUOTES, telegram.send_async)  # retries chat 3 if due
    for chat in range(1, 11):
        received = len(telegram.received(chat))
        assert received == (0 if chat == 4 else 1), chat
    assert store.get_delivery(3, "2024-05-01").status == "sent"
