"""Store behaviour, identical on SQLite and PostgreSQL (see conftest's ``db_url``)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.storage import Store, StoreUnavailable, open_store
from bot.storage.schema import SCHEMA_VERSION
from bot.storage.testing import ManualClock
from bot.storage.urls import normalise_url

GROUP_CHAT = -1001234567890  # Telegram supergroup ids need 64 bits
BIG_USER = 7_123_456_789
DAY = "2024-05-01"


def _reopen(store: Store, db_url: str, clock: ManualClock) -> Store:
    store.close()
    return open_store(db_url, clock=clock)


# -- schema and restarts ------------------------------------------------------------------------


def test_fresh_database_gets_current_schema(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION == 1


def test_reopening_keeps_data_and_does_not_migrate_again(
    store: Store, db_url: str, clock: ManualClock
) -> None:
    store.upsert_user(BIG_USER, BIG_USER, "en")
    store.subscribe(GROUP_CHAT, BIG_USER, "08:30", "Asia/Shanghai")
    assert store.claim_delivery(GROUP_CHAT, DAY, "q1")
    seed = store.get_subscription(GROUP_CHAT).order_seed

    store = _reopen(store, db_url, clock)
    try:
        assert store.get_user(BIG_USER).language == "en"
        sub = store.get_subscription(GROUP_CHAT)
        assert (sub.time, sub.timezone, sub.order_seed) == ("08:30", "Asia/Shanghai", seed)
        assert not store.claim_delivery(GROUP_CHAT, DAY, "q1")  # the ledger survived
        engine = create_engine(normalise_url(db_url))
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version FROM schema_version")).scalars().all()
        engine.dispose()
        assert versions == [1]
    finally:
        store.close()


def test_database_from_a_newer_release_is_refused(
    store: Store, db_url: str, clock: ManualClock
) -> None:
    store.close()
    engine = create_engine(normalise_url(db_url))
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO schema_version (version, applied_at) VALUES (99, :now)"),
            {"now": clock()},
        )
    engine.dispose()
    with pytest.raises(StoreUnavailable, match="version 99"):
        open_store(db_url, clock=clock)


def test_two_processes_starting_at_once_migrate_once(db_url: str) -> None:
    stores: list[Store] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def start() -> None:
        barrier.wait()
        try:
            stores.append(open_store(db_url))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(s.schema_version() == SCHEMA_VERSION for s in stores)
    for s in stores:
        s.close()


# -- users --------------------------------------------------------------------------------------


def test_users_are_created_and_updated(store: Store, clock: ManualClock) -> None:
    assert store.get_user(BIG_USER) is None
    created = store.upsert_user(BIG_USER, BIG_USER)
    assert created.language is None
    assert created.created_at == clock()

    clock.advance(timedelta(hours=1))
    store.set_language(BIG_USER, "zh")
    again = store.upsert_user(BIG_USER, 42)  # seen in another chat, language not given
    assert (again.chat_id, again.language) == (42, "zh")
    assert again.created_at == created.created_at
    assert again.updated_at == clock()

    assert store.upsert_user(BIG_USER, 42, "en").language == "en"
    assert store.set_language(BIG_USER, None)
    assert store.get_user(BIG_USER).language is None


def test_language_must_be_zh_or_en(store: Store) -> None:
    store.upsert_user(1, 1)
    with pytest.raises(ValueError):
        store.set_language(1, "fr")
    with pytest.raises(ValueError):
        store.upsert_user(1, 1, "de")
    assert not store.set_language(999, "en")  # unknown user


# -- subscriptions ------------------------------------------------------------------------------


def test_subscribe_resubscribe_unsubscribe(store: Store) -> None:
    first = store.subscribe(GROUP_CHAT, BIG_USER, "08:30", "Asia/Shanghai")
    assert first.active and first.position == 0
    assert store.get_user(BIG_USER) is not None  # created on demand

    store.claim_delivery(GROUP_CHAT, DAY, "q1")
    store.mark_sent(GROUP_CHAT, DAY)

    changed = store.subscribe(GROUP_CHAT, BIG_USER, "21:05", "UTC+05:30")
    assert (changed.time, changed.timezone) == ("21:05", "UTC+05:30")
    assert (changed.order_seed, changed.position) == (first.order_seed, 1)
    assert changed.created_at == first.created_at

    assert store.unsubscribe(GROUP_CHAT)
    assert not store.unsubscribe(GROUP_CHAT)  # already off
    assert store.active_subscriptions() == []

    remembered = store.get_subscription(GROUP_CHAT)
    assert not remembered.active
    assert (remembered.time, remembered.timezone) == ("21:05", "UTC+05:30")

    back = store.subscribe(GROUP_CHAT, BIG_USER, remembered.time, remembered.timezone)
    assert back.active
    assert (back.order_seed, back.position) == (first.order_seed, 1)  # cycle continues


def test_unknown_chat_has_no_subscription(store: Store) -> None:
    assert store.get_subscription(123) is None
    assert not store.unsubscribe(123)


def test_active_subscriptions_lists_only_active(store: Store) -> None:
    for chat in (3, 1, 2):
        store.subscribe(chat, chat, "08:00", "UTC")
    store.unsubscribe(2)
    assert [s.chat_id for s in store.active_subscriptions()] == [1, 3]


def test_each_subscriber_gets_their_own_seed(store: Store) -> None:
    seeds = {store.subscribe(chat, chat, "08:00", "UTC").order_seed for chat in range(1, 21)}
    assert len(seeds) > 15


@pytest.mark.parametrize("bad", ["8:30", "24:00", "0830", "", "08:30:00"])
def test_subscribe_needs_normalised_time(store: Store, bad: str) -> None:
    with pytest.raises(ValueError):
        store.subscribe(1, 1, bad, "UTC")


# -- delivery ledger ----------------------------------------------------------------------------


def test_a_day_can_be_claimed_once(store: Store) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    assert store.claim_delivery(1, DAY, "q1")
    assert not store.claim_delivery(1, DAY, "q2")
    assert not store.claim_delivery(1, date(2024, 5, 1), "q1")
    assert store.claim_delivery(1, "2024-05-02", "q2")
    assert store.delivered_on(1, DAY)
    assert not store.delivered_on(1, "2024-05-03")


def test_sent_advances_position_once(store: Store, clock: ManualClock) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    store.claim_delivery(1, DAY, "q1")
    assert store.mark_sent(1, DAY)
    assert not store.mark_sent(1, DAY)
    delivery = store.get_delivery(1, DAY)
    assert (delivery.status, delivery.quote_id, delivery.sent_at) == ("sent", "q1", clock())
    assert store.get_subscription(1).position == 1


def test_failed_day_stays_used(store: Store) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    store.claim_delivery(1, DAY, "q1")
    assert store.mark_failed(1, DAY, "Forbidden: bot was blocked by the user")
    assert not store.release_claim(1, DAY)  # a finished day is never reopened
    assert not store.claim_delivery(1, DAY, "q1")
    assert store.get_delivery(1, DAY).error.startswith("Forbidden")
    assert store.get_subscription(1).position == 0


def test_released_claim_can_be_retried_the_same_day(store: Store) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    store.claim_delivery(1, DAY, "q1")
    assert store.release_claim(1, DAY)
    assert not store.delivered_on(1, DAY)
    assert store.claim_delivery(1, DAY, "q1")
    store.mark_sent(1, DAY)
    assert not store.release_claim(1, DAY)  # a sent day stays sent
    assert store.get_delivery(1, DAY).status == "sent"


def test_claim_for_unknown_chat_is_refused(store: Store) -> None:
    assert not store.claim_delivery(404, DAY, "q1")


def test_stale_claims_are_closed_not_resent(store: Store, clock: ManualClock) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    store.subscribe(2, 2, "08:00", "UTC")
    store.claim_delivery(1, DAY, "q1")
    clock.advance(timedelta(minutes=30))
    store.claim_delivery(2, DAY, "q1")
    assert store.expire_stale_claims(clock() - timedelta(minutes=15)) == 1
    assert store.get_delivery(1, DAY).status == "failed"
    assert store.get_delivery(2, DAY).status == "claimed"
    assert not store.claim_delivery(1, DAY, "q1")


@pytest.mark.parametrize("separate_stores", [False, True], ids=["threads", "processes"])
def test_racing_claims_have_exactly_one_winner(
    store: Store, db_url: str, separate_stores: bool
) -> None:
    racers = 8
    store.subscribe(1, 1, "08:00", "UTC")
    stores = [open_store(db_url) for _ in range(racers)] if separate_stores else [store] * racers
    try:
        for day in range(1, 11):
            local_date = f"2024-06-{day:02d}"
            assert sorted(_race(stores, local_date)) == [False] * (racers - 1) + [True]
    finally:
        if separate_stores:
            for s in stores:
                s.close()


def _race(stores: list[Store], local_date: str) -> list[bool]:
    """Every store claims the same chat/day at the same moment, each from its own thread."""
    barrier = threading.Barrier(len(stores))
    wins: list[bool] = []
    lock = threading.Lock()

    def claim(s: Store) -> None:
        barrier.wait()
        won = s.claim_delivery(1, local_date, "q1")
        with lock:
            wins.append(won)

    threads = [threading.Thread(target=claim, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return wins


def test_schedule_entries_report_the_latest_delivery(store: Store, clock: ManualClock) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    store.subscribe(2, 2, "09:00", "UTC")
    store.subscribe(3, 3, "09:00", "UTC")
    store.unsubscribe(3)
    store.claim_delivery(1, "2024-04-30", "q1", now=clock() - timedelta(days=1))
    store.claim_delivery(1, DAY, "q2")
    entries = {e.subscription.chat_id: e for e in store.schedule_entries()}
    assert set(entries) == {1, 2}
    assert (entries[1].last_local_date, entries[1].last_claimed_at) == (DAY, clock())
    assert (entries[2].last_local_date, entries[2].last_claimed_at) == (None, None)
    assert store.schedule_entry(3).subscription.active is False
    assert store.schedule_entry(404) is None


# -- privacy and reporting ----------------------------------------------------------------------


def test_forget_user_removes_everything_about_them(store: Store) -> None:
    store.upsert_user(1, 1, "en")
    store.subscribe(1, 1, "08:00", "UTC")
    store.subscribe(GROUP_CHAT, 1, "09:00", "UTC")  # a group they subscribed
    store.claim_delivery(1, DAY, "q1")
    store.claim_delivery(GROUP_CHAT, DAY, "q1")
    store.subscribe(2, 2, "08:00", "UTC")
    store.claim_delivery(2, DAY, "q1")

    assert store.forget_user(1)
    assert store.get_user(1) is None
    assert store.get_subscription(1) is None
    assert store.get_subscription(GROUP_CHAT) is None
    assert store.deliveries_for(1) == [] and store.deliveries_for(GROUP_CHAT) == []
    assert store.get_subscription(2).active and store.delivered_on(2, DAY)
    assert not store.forget_user(1)

    fresh = store.subscribe(1, 1, "08:00", "UTC")  # they can come back as a new subscriber
    assert fresh.position == 0 and store.claim_delivery(1, DAY, "q1")


def test_stats_count_today_in_utc(store: Store, clock: ManualClock) -> None:
    for chat in (1, 2, 3, 4):
        store.subscribe(chat, chat, "08:00", "UTC")
    store.unsubscribe(4)
    yesterday = clock() - timedelta(days=1)
    store.claim_delivery(1, "2024-04-30", "q1", now=yesterday)
    store.mark_sent(1, "2024-04-30", now=yesterday)
    store.claim_delivery(1, DAY, "q2")
    store.mark_sent(1, DAY)
    store.claim_delivery(2, DAY, "q1")
    store.mark_failed(2, DAY, "blocked")
    store.claim_delivery(3, DAY, "q1")
    assert store.stats(clock().date()) == {
        "users": 4,
        "active_subscribers": 3,
        "inactive_subscribers": 1,
        "sent_today": 1,
        "failed_today": 1,
        "pending_today": 1,
    }
    assert store.stats(date(2024, 4, 30))["sent_today"] == 1


def test_naive_datetimes_are_refused(store: Store) -> None:
    store.subscribe(1, 1, "08:00", "UTC")
    with pytest.raises(ValueError):
        store.claim_delivery(1, DAY, "q1", now=datetime(2024, 5, 1, 8))
    assert store.claim_delivery(1, DAY, "q1", now=datetime(2024, 5, 1, 8, tzinfo=UTC))
