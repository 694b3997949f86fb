"""Daily insights end to end: the real bot process, its scheduler tick and the emulator.

Every test runs its own bot (fresh token, fresh database) with `daily.tick_seconds: 1` from a
copy of config/. Most subscribers pick a time that has already passed today (a new subscriber
after their time gets today's insight at the next tick); one test waits for a real minute.
"""

from __future__ import annotations

import re
import shutil
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import httpx
import pytest
import yaml
from harness import BotMessage, BotProcess, Emulator, User, make_token

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
sys.path.insert(0, str(REPO))

from bot.content import Library, Quote, load_library  # noqa: E402
from bot.storage import open_store  # noqa: E402
from bot.storage.testing import (  # noqa: E402
    pg_test_url,
)

pytestmark = pytest.mark.e2e

TICK_SECONDS = 1
ASK_BUTTONS = {"就这句话提问", "Ask about this"}
DAILY_TITLES = ("今日洞见", "Today's insight")
# Zones tried in order when the first one is too close to its local midnight.
ZONES = ("Asia/Shanghai", "Europe/London", "America/New_York", "Asia/Kolkata",
         "Pacific/Auckland", "America/Los_Angeles")


# -- helpers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(SEEDS)


def make_config(tmp_path: Path, **limits: float) -> Path:
    """A copy of config/ with a 1 s scheduler tick (and any `limits` overrides)."""
    config = tmp_path / "config"
    shutil.copytree(REPO / "config", config)
    path = config / "bot.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["daily"]["tick_seconds"] = TICK_SECONDS
    data["vocabulary"] = {"userdict": str(config / "vocabulary" / "userdict.txt"),
                          "synonyms": str(config / "vocabulary" / "synonyms.yaml")}
    data["limits"].update(limits)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config


def bot_env(tmp_path: Path, database_url: str | None = None, **limits: float) -> dict[str, str]:
    return {"CONFIG_DIR": str(make_config(tmp_path, **limits)), "SEEDS_DIR": str(SEEDS),
            "DATABASE_URL": database_url or f"sqlite:///{tmp_path}/bot.sqlite3"}


def local_slot(minutes: int, margin: int = 3) -> tuple[str, str, datetime]:
    """(zone, "HH:MM", UTC instant) for the local minute `minutes` from now (floored), in the
    first zone where that minute and now are the same local day with `margin` minutes to
    spare from midnight on both sides."""
    now = datetime.now(UTC)
    for zone in ZONES:
        local = now.astimezone(ZoneInfo(zone))
        slot = local.replace(second=0, microsecond=0) + timedelta(minutes=minutes)
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        if (slot - start >= timedelta(minutes=margin) and local - start >= timedelta(minutes=margin)
                and slot.date() == local.date()
                and start + timedelta(days=1) - max(slot, local) >= timedelta(minutes=margin)):
            return zone, f"{slot:%H:%M}", slot.astimezone(UTC)
    raise AssertionError("no zone far enough from midnight")  # pragma: no cover


def is_daily(message: BotMessage) -> bool:
    return (any(b in ASK_BUTTONS for b in message.button_texts)
            and any(title in (message.plain_text or "") for title in DAILY_TITLES))


def daily_messages(user: User) -> list[BotMessage]:
    return [m for m in user.messages() if is_daily(m)]


def daily_counts(emulator: Emulator, token: str) -> Counter[int]:
    """Daily insights per chat, as the emulator recorded them."""
    return Counter(m["chat_id"] for m in emulator.messages(token) if is_daily(m))


def quote_of(message: BotMessage, library: Library) -> Quote:
    """The key quote the card shows verbatim (the longest match, quotes may nest)."""
    text = message.plain_text or ""
    found = [q for q in library.quotes if q.text in text]
    assert found, f"no verbatim key quote in the daily insight:\n{text}"
    return max(found, key=lambda q: len(q.text))


def settings_fields(text: str) -> dict[str, str]:
    """/settings reply -> {label: value} (labels in the user's language)."""
    fields = {}
    for line in text.splitlines()[1:]:
        label, sep, value = line.partition(":")  # zh: full-width colon
        if not sep:
            label, sep, value = line.partition(":")
        if sep:
            fields[label.strip()] = value.strip()
    return fields


def ask_settings(user: User) -> dict[str, str]:
    user.send("/settings")
    return settings_fields(user.wait_reply(timeout=15).plain_text)


def assert_subscribed(fields: dict[str, str], hhmm: str, zone: str) -> None:
    status = fields.get("每日洞见") or fields.get("Daily insight")
    assert status in ("已订阅", "on"), fields
    assert (fields.get("时间") or fields.get("Time")) == hhmm, fields
    assert (fields.get("时区") or fields.get("Timezone")) == zone, fields


def start_bot(bot_factory, tmp_path: Path, *, token: str | None = None,
              database_url: str | None = None, **limits: float) -> BotProcess:
    return bot_factory(token=token or make_token(),
                       env=bot_env(tmp_path, database_url, **limits))


def seed_subscribers(database_url: str, users: list[User], hhmm: str, zone: str) -> None:
    """Subscriptions written straight to the store before the bot starts (all due at once)."""
    store = open_store(database_url)
    try:
        for user in users:
            store.subscribe(user.chat_id, user.id, hhmm, zone)
    finally:
        store.close()


def wait_until(condition, timeout: float, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout}s")
        time.sleep(interval)


def wait_quiet(emulator: Emulator, token: str, quiet: float, timeout: float) -> int:
    """Wait until the bot sent nothing for `quiet` seconds; return how many messages it sent."""
    deadline = time.monotonic() + timeout
    count, since = len(emulator.messages(token)), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now_count = len(emulator.messages(token))
        if now_count != count:
            count, since = now_count, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return count
    raise AssertionError(f"the bot kept sending for {timeout}s")


# -- 1. the real minute ------------------------------------------------------------------------


def test_insight_arrives_at_the_chosen_minute_and_once(emulator, bot_factory, tmp_path,
                                                       library) -> None:
    bot = start_bot(bot_factory, tmp_path)
    ann = emulator.user(bot.token, first_name="Ann", language_code="zh-hans")
    # The next minute in the subscriber's zone; two ahead if this one is about to end.
    ahead = 1 if datetime.now(UTC).second < 52 else 2
    zone, hhmm, due = local_slot(ahead)
    ann.send(f"/subscribe {hhmm} {zone}")
    confirmation = ann.wait_reply(timeout=15).plain_text
    local_due = due.astimezone(ZoneInfo(zone))
    assert f"{hhmm}({zone})" in confirmation
    assert f"{local_due:%Y-%m-%d %H:%M} ({zone})" in confirmation  # next one: today, that minute

    early = (due - datetime.now(UTC)).total_seconds() - 0.5
    if early > 0:
        ann.expect_no_reply(within=early)  # nothing before the chosen minute
    insight = ann.wait_reply(timeout=(due - datetime.now(UTC)).total_seconds() + 15)
    assert insight["date"] >= int(due.timestamp())
    assert is_daily(insight), insight.plain_text
    assert f"{local_due:%Y-%m-%d}" in insight.plain_text
    quote = quote_of(insight, library)
    assert insight.button_texts == ["就这句话提问"]

    ann.press("就这句话提问", message=insight)
    passage = ann.wait_reply(timeout=15)
    assert passage.plain_text.startswith("📖")
    assert quote.text in passage.plain_text
    assert library.passage(quote.passage_key).text[:40] in passage.plain_text

    ann.expect_no_reply(within=3 * TICK_SECONDS)  # later ticks: nothing more
    assert len(daily_messages(ann)) == 1


# -- 2. graceful restart after delivery ---------------------------------------------------


def test_restart_after_delivery_sends_no_second_insight(emulator, bot_factory, tmp_path,
                                                        library) -> None:
    bot = start_bot(bot_factory, tmp_path)
    bob = emulator.user(bot.token, first_name="Bob", language_code="en")
    zone, hhmm, _ = local_slot(-1)  # already passed today: delivered at the next tick
    bob.send(f"/subscribe {hhmm} {zone}")
    assert "Subscribed" in bob.wait_reply(timeout=15).plain_text
    insight = bob.wait_reply(timeout=15)
    assert is_daily(insight)
    quote_of(insight, library)

    bot.restart()  # SIGTERM, then a new process on the same database
    bob.expect_no_reply(within=4 * TICK_SECONDS)
    assert len(daily_messages(bob)) == 1
    fields = ask_settings(bob)
    assert_subscribed(fields, hhmm, zone)
    tomorrow = datetime.now(ZoneInfo(zone)).date() + timedelta(days=1)
    assert fields["Next one"] == f"{tomorrow:%Y-%m-%d} {hhmm} ({zone})"

    store = open_store(bot.extra_env["DATABASE_URL"])
    try:
        ledger = store.deliveries_for(bob.chat_id)
    finally:
        store.close()
    assert [(d.status, d.quote_id) for d in ledger] == [("sent", quote_of(insight, library).key)]


# -- 3. kill -9 in the middle of a tick ----------------------------------------------------


def test_kill_mid_tick_never_duplicates_and_keeps_subscriptions(emulator, bot_factory,
                                                                tmp_path, capsys) -> None:
    token = make_token()
    users = [emulator.user(token, first_name=f"U{i}") for i in range(50)]
    env = bot_env(tmp_path)
    zone, hhmm, _ = local_slot(-1)
    seed_subscribers(env["DATABASE_URL"], users, hhmm, zone)
    # Every sendMessage takes 1 s: the tick (16 sends at a time) needs ~4 s for 50 users.
    emulator.fault("sendMessage", token=token, delay_ms=1000, count=-1)
    try:
        bot = bot_factory(token=token, env=env)
        before_kill = wait_until(
            lambda: (n := len(emulator.messages(token))) >= 5 and n, timeout=30,
            interval=0.05, what="first deliveries")
        bot.kill()
        killed_at = time.monotonic()
    finally:
        emulator.clear_faults(token)
    # Requests in flight at the kill still complete in the emulator (as they may in Telegram).
    time.sleep(max(0.0, killed_at + 1.5 - time.monotonic()))
    after_kill = len(emulator.messages(token))
    assert after_kill < len(users), "the kill landed after the tick: nothing to test"

    bot.start()
    wait_quiet(emulator, token, quiet=4 * TICK_SECONDS, timeout=40)
    counts = daily_counts(emulator, token)
    assert max(counts.values()) == 1, f"duplicates: {[c for c, n in counts.items() if n > 1]}"
    lost = [u.chat_id for u in users if counts[u.chat_id] == 0]

    store = open_store(env["DATABASE_URL"])
    try:
        subs = {s.chat_id: s for s in store.active_subscriptions()}
        ledgers = {u.chat_id: store.deliveries_for(u.chat_id) for u in users}
    finally:
        store.close()
    assert sorted(subs) == sorted(u.chat_id for u in users)
    assert all((s.time, s.timezone) == (hhmm, zone) for s in subs.values())
    # Every user's day is used exactly once in the ledger: sent, or claimed by the killed
    # process (which never learned the outcome) - never released for a second send.
    assert all(len(ledger) == 1 for ledger in ledgers.values()), ledgers
    assert all(ledgers[c][0].status == "claimed" for c in lost)

    for user in users:  # /settings through the bot: every subscription is on, unchanged
        user.send("/settings")
    for user in users:
        assert_subscribed(settings_fields(user.wait_reply(timeout=20).plain_text), hhmm, zone)
    with capsys.disabled():
        print(f"\n[kill -9 mid-tick] {before_kill} delivered when killed, {after_kill} once "
              f"in-flight requests completed, {len(users) - len(lost)}/{len(users)} got "
              f"today's insight, {len(lost)} lost (claim consumed), 0 duplicates")


# -- 4. 403 blocked ------------------------------------------------------------------------


def test_blocked_user_is_unsubscribed_others_receive(emulator, bot_factory, tmp_path) -> None:
    token = make_token()
    users = [emulator.user(token, first_name=f"B{i}", language_code="en") for i in range(4)]
    blocker = users[1]
    env = bot_env(tmp_path)
    zone, hhmm, _ = local_slot(-1)
    seed_subscribers(env["DATABASE_URL"], users, hhmm, zone)
    emulator.fault("sendMessage", token=token, kind="blocked", chat_id=blocker.chat_id)
    bot_factory(token=token, env=env)

    others = [u for u in users if u is not blocker]
    for user in others:
        assert is_daily(user.wait_reply(timeout=20))
    blocked_call = emulator.wait_call(
        "sendMessage", token=token, timeout=10,
        predicate=lambda c: str(c["params"].get("chat_id")) == str(blocker.chat_id))
    assert blocked_call["status"] == 403
    blocker.expect_no_reply(within=3 * TICK_SECONDS)
    assert daily_messages(blocker) == []

    fields = ask_settings(blocker)  # unblocked again, the user looks at the settings
    assert fields["Daily insight"] == "off" and fields["Next one"] == "none", fields
    assert (fields["Time"], fields["Timezone"]) == (hhmm, zone)  # the choice is remembered
    for user in others:
        assert_subscribed(ask_settings(user), hhmm, zone)
        assert len(daily_messages(user)) == 1


# -- 5. 429 flood control --------------------------------------------------------------------


@pytest.mark.parametrize("refusals", [
    pytest.param(1, id="retried-by-the-rate-limiter"),
    # PTB's AIORateLimiter retries 3 times; the 4th 429 reaches the tick: claim released,
    # retried at the next tick.
    pytest.param(4, id="released-and-retried-next-tick"),
])
def test_flood_control_delays_but_loses_nothing(emulator, bot_factory, tmp_path,
                                                refusals) -> None:
    token = make_token()
    cat, dan = (emulator.user(token, first_name=n) for n in ("Cat", "Dan"))
    env = bot_env(tmp_path)
    zone, hhmm, _ = local_slot(-1)
    seed_subscribers(env["DATABASE_URL"], [cat, dan], hhmm, zone)
    emulator.fault("sendMessage", token=token, kind="flood", retry_after=1,
                   chat_id=cat.chat_id, count=refusals)
    bot = bot_factory(token=token, env=env)

    insight = cat.wait_reply(timeout=30)
    assert is_daily(insight)
    assert is_daily(dan.wait_reply(timeout=30))
    calls = [c for c in emulator.calls("sendMessage", token=token)
             if str(c["params"].get("chat_id")) == str(cat.chat_id)]
    assert [c["status"] for c in calls] == [429] * refusals + [200]
    # The limiter waits retry_after (+0.1 s) between its attempts.
    assert calls[-1]["time"] - calls[0]["time"] >= min(refusals, 3) * 1.0
    assert ("will be retried" in bot.log()) == (refusals > 3)  # the tick's RETRY path
    cat.expect_no_reply(within=3 * TICK_SECONDS)
    assert len(daily_messages(cat)) == 1 and len(daily_messages(dan)) == 1


# -- 5b. the answer lost on the way back -------------------------------------------------


class LostAnswerProxy(ThreadingHTTPServer):
    """Pass-through proxy bot -> emulator that, for one chat's first sendMessage, lets the
    emulator deliver it and then closes the bot's connection without an answer: a response
    lost on the way back (connection reset, load balancer restart). httpx raises
    RemoteProtocolError, which PTB turns into a plain NetworkError."""

    daemon_threads = True

    def __init__(self, target: str, chat_id: int) -> None:
        self.target, self.chat_id, self.dropped = target, str(chat_id), 0
        self.client = httpx.Client(timeout=httpx.Timeout(120, connect=5), trust_env=False)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self.forward()

            def do_POST(self) -> None:
                self.forward()

            def forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() == "content-type"}
                try:
                    answer = proxy.client.request(self.command, proxy.target + self.path,
                                                  content=body, headers=headers)
                except httpx.HTTPError:  # shutting down
                    self.close_connection = True
                    return
                chat = parse_qs(body.decode("utf-8", "replace")).get("chat_id", [""])[0]
                if (self.path.endswith("/sendMessage") and chat == proxy.chat_id
                        and answer.status_code == 200 and not proxy.dropped):
                    proxy.dropped += 1
                    self.close_connection = True
                    return  # delivered, but the bot never hears so
                self.send_response(answer.status_code)
                self.send_header("Content-Type", answer.headers.get("content-type", ""))
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

        super().__init__(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the bot hanging up a long poll when it stops

    def __enter__(self) -> LostAnswerProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self.client.close()


def test_answer_lost_after_delivery_sends_no_second_insight(emulator, bot_factory,
                                                            tmp_path) -> None:
    token = make_token()
    gus = emulator.user(token, first_name="Gus")
    env = bot_env(tmp_path)
    zone, hhmm, _ = local_slot(-1)
    seed_subscribers(env["DATABASE_URL"], [gus], hhmm, zone)
    with LostAnswerProxy(emulator.url, gus.chat_id) as proxy:
        bot = bot_factory(token=token, env={**env, "TELEGRAM_API_URL": f"{proxy.url}/bot"})
        try:
            assert is_daily(gus.wait_reply(timeout=20))
            wait_until(lambda: proxy.dropped, timeout=10, what="the lost answer")
            gus.expect_no_reply(within=4 * TICK_SECONDS)
        finally:
            bot.stop()  # before the proxy goes away
    assert "will be retried" not in bot.log()
    assert len(daily_messages(gus)) == 1


# -- 6. bad /subscribe input ---------------------------------------------------------------


def test_bad_subscribe_input_changes_nothing(emulator, bot_factory, tmp_path) -> None:
    bot = start_bot(bot_factory, tmp_path)
    eve = emulator.user(bot.token, first_name="Eve", language_code="en")
    zone, hhmm, _ = local_slot(-1)
    eve.send(f"/subscribe {hhmm} {zone}")
    assert "Subscribed" in eve.wait_reply(timeout=15).plain_text
    assert is_daily(eve.wait_reply(timeout=15))  # today's, so "Next one" no longer moves
    before = ask_settings(eve)
    assert_subscribed(before, hhmm, zone)

    cases = {
        "/subscribe 25:00": "“25:00” is not a time",
        "/subscribe Mars/Base": "“Mars/Base” is not a timezone",
        "/subscribe 08:00 Asia/Shanghai please": "Too many arguments",
        "/subscribe 08:00 UTC+15": "between UTC-14:00 and UTC+14:00",
        "/subscribe 08:00 09:00": "only one time",
    }
    for command, error in cases.items():
        eve.send(command)
        reply = eve.wait_reply(timeout=15).plain_text
        assert error in reply, (command, reply)
        assert "For example: /subscribe 08:30" in reply
        assert "Subscribed" not in reply
        assert ask_settings(eve) == before, command

    zh = emulator.user(bot.token, first_name="Zhou", language_code="zh-hans")
    zh.send("/subscribe 25:00")
    assert "“25:00”不是有效的时间" in zh.wait_reply(timeout=15).plain_text
    assert (ask_settings(zh)["每日洞见"]) == "未订阅"  # nothing was created either


# -- 7. PostgreSQL ---------------------------------------------------------------------------


@pytest.mark.postgres
def test_subscriptions_on_postgresql(emulator, bot_factory, tmp_path, library,
                                     pg_url) -> None:
    import psycopg

    schema = re.search(r"search_path%3D(\w+)", pg_url).group(1)
    bot = start_bot(bot_factory, tmp_path, database_url=pg_url)
    fay = emulator.user(bot.token, first_name="Fay", language_code="en")
    zone, hhmm, _ = local_slot(-1)
    fay.send(f"/subscribe {hhmm} {zone}")
    assert "Subscribed" in fay.wait_reply(timeout=15).plain_text
    insight = fay.wait_reply(timeout=15)
    quote = quote_of(insight, library)

    bot.restart()
    fay.expect_no_reply(within=4 * TICK_SECONDS)
    assert len(daily_messages(fay)) == 1
    assert_subscribed(ask_settings(fay), hhmm, zone)

    # The rows are in the dedicated schema (the URL's search_path), not elsewhere.
    with psycopg.connect(pg_test_url(), connect_timeout=3) as conn:
        rows = conn.execute(
            f'SELECT s.time, s.timezone, s.active, d.status, d.quote_id '
            f'FROM "{schema}".subscriptions s JOIN "{schema}".deliveries d USING (chat_id) '
            f"WHERE s.chat_id = %s",
            (fay.chat_id,)).fetchall()
    assert rows == [(hhmm, zone, True, "sent", quote.key)]
