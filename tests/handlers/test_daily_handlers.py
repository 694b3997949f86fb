"""Daily insights, admin commands, /forget and flood protection, on an offline bot."""

from __future__ import annotations

import asyncio
import warnings
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import CallbackContext

from bot import daily_handlers
from bot.daily import Outcome, local_today
from bot.render import to_plain
from bot.storage import StoreUnavailable
from tests.handlers.conftest import Chat, buttons, start_offline


def texts(request, method: str = "sendMessage") -> list[str]:
    return [p["text"] for p in request.sent(method)]


async def tick(app) -> None:
    await daily_handlers.daily_tick(CallbackContext(app))


async def test_subscribe_defaults_then_settings(offline_stored) -> None:
    app, request = offline_stored
    chat = Chat(app, user_id=5)
    await chat.send("/subscribe")
    assert "08:30" in texts(request)[-1] and "Asia/Shanghai" in texts(request)[-1]
    await chat.send("/settings")
    settings = texts(request)[-1]
    assert "已订阅" in settings and "08:30" in settings and "Asia/Shanghai" in settings


@pytest.mark.parametrize("args, time, zone", [
    ("20:05 Europe/London", "20:05", "Europe/London"),
    ("8:30", "08:30", "Asia/Shanghai"),
    ("UTC+08:00 7:15", "07:15", "UTC+08:00"),
    ("06:00 UTC", "06:00", "UTC"),
])
async def test_subscribe_accepts_times_and_zones(offline_stored, args, time, zone) -> None:
    app, request = offline_stored
    await Chat(app, user_id=6).send(f"/subscribe {args}")
    sub = app.bot_data["services"].store.get_subscription(6)
    assert (sub.time, sub.timezone, sub.active) == (time, zone, True)
    assert time in texts(request)[-1]


@pytest.mark.parametrize("args, words", [
    ("25:00", "不是有效的时间"), ("8:30 Mars/Base", "不是可识别的时区"),
    ("8:30 UTC+15", "UTC-14:00"), ("8:30 UTC 9:00", "参数太多"), ("8:30 9:00", "只能给一个时间"),
])
async def test_bad_subscribe_input_explains_and_changes_nothing(offline_stored, args,
                                                                words) -> None:
    app, request = offline_stored
    chat = Chat(app, user_id=7)
    await chat.send("/subscribe 21:00 Europe/London")
    await chat.send(f"/subscribe {args}")
    reply = texts(request)[-1]
    assert words in reply and "/subscribe 08:30" in reply
    sub = app.bot_data["services"].store.get_subscription(7)
    assert (sub.time, sub.timezone) == ("21:00", "Europe/London")


async def test_unsubscribe_keeps_the_choice_for_next_time(offline_stored) -> None:
    app, request = offline_stored
    chat = Chat(app, user_id=8)
    await chat.send("/subscribe 19:45 America/New_York")
    await chat.send("/unsubscribe")
    assert "已取消" in texts(request)[-1]
    await chat.send("/unsubscribe")
    assert "还没有订阅" in texts(request)[-1]
    await chat.send("/subscribe")
    sub = app.bot_data["services"].store.get_subscription(8)
    assert (sub.time, sub.timezone, sub.active) == ("19:45", "America/New_York", True)


async def test_today_sends_a_verbatim_quote_with_ask_button(offline_stored) -> None:
    app, request = offline_stored
    library = app.bot_data["services"].library
    chat = Chat(app, user_id=9)
    await chat.send("/today")
    (card,) = request.sent()
    quote = next(q for q in library.quotes if q.text in card["text"])
    assert [b["callback_data"] for b in buttons(card)] == [f"dq:{quote.key}"]
    request.clear()
    await chat.press(f"dq:{quote.key}")
    (passage,) = request.sent()
    assert library.passage(quote.passage_key).text in to_plain(passage["text"])


async def test_daily_tick_delivers_once_per_local_day(offline_stored) -> None:
    app, request = offline_stored
    store = app.bot_data["services"].store
    await Chat(app, user_id=10).send("/subscribe 00:00 UTC")
    request.clear()
    await tick(app)
    await tick(app)
    (card,) = request.sent()
    assert card["chat_id"] == 10 and "今日洞见" in card["text"]
    assert store.delivered_on(10, local_today(datetime.now(UTC), "UTC"))
    # After a "restart" (a new application on the same database) nothing is sent again.
    app2, request2 = await start_offline(app.bot_data["services"])
    await tick(app2)
    await app2.shutdown()
    assert not request2.sent()


async def test_user_who_blocked_the_bot_is_unsubscribed_others_still_get_theirs(
        offline_stored) -> None:
    app, request = offline_stored
    store = app.bot_data["services"].store
    for user_id in (11, 12):
        await Chat(app, user_id=user_id).send("/subscribe 00:00 UTC")
    request.failures[11] = (403, "Forbidden: bot was blocked by the user")
    request.clear()
    await tick(app)
    assert [p["chat_id"] for p in request.sent()] == [11, 12] or \
        sorted(p["chat_id"] for p in request.sent()) == [11, 12]
    assert store.get_subscription(11).active is False
    assert store.get_subscription(12).active is True


async def test_language_is_kept_across_restarts(offline_stored) -> None:
    app, request = offline_stored
    await Chat(app, user_id=13, language_code="zh-hans").send("/lang en")
    app2, request2 = await start_offline(app.bot_data["services"])
    await Chat(app2, user_id=13, language_code="zh-hans").send("/help")
    await app2.shutdown()
    assert "Send me a question" in texts(request2)[-1]


async def test_admin_commands_refuse_others_politely(offline_stored) -> None:
    app, request = offline_stored
    for command in ("/stats", "/broadcast hi", "/reload"):
        await Chat(app, user_id=99).send(command)
    assert texts(request) == ["抱歉,这个命令只有管理员可以使用。"] * 3


@pytest.mark.filterwarnings("ignore:Tasks created via")  # the offline app is not "running"
async def test_admin_stats_reload_and_broadcast(offline_stored) -> None:
    app, request = offline_stored
    admin = Chat(app, user_id=1)
    await admin.send("/broadcast hello")  # nobody to send it to: no confirmation asked
    assert texts(request)[-1] == "现在没有订阅者,广播不会发给任何人。"
    assert not buttons(request.sent()[-1])
    await Chat(app, user_id=20).send("/subscribe 9:00")
    await admin.send("/stats")
    assert "订阅者:1" in texts(request)[-1]
    await admin.send("/reload")
    assert "内容已重新加载" in texts(request)[-1]
    await admin.send("/broadcast <b>hello</b> & welcome")
    confirm = request.sent()[-1]
    assert "1 位订阅者" in confirm["text"] and "&lt;b&gt;hello" in confirm["text"]
    request.clear()
    send = next(b["callback_data"] for b in buttons(confirm) if b["callback_data"][:3] == "bc:")
    await admin.press(send)
    for _ in range(50):  # the broadcast runs as a background task
        if any("广播完成" in p["text"] for p in request.sent()):
            break
        await asyncio.sleep(0.05)
    assert [p["chat_id"] for p in request.sent() if "hello" in p["text"]] == [20]
    assert any("已发送 1" in p["text"] for p in request.sent())


async def test_forget_deletes_everything_after_confirmation(offline_stored) -> None:
    app, request = offline_stored
    store = app.bot_data["services"].store
    chat = Chat(app, user_id=21)
    await chat.send("/lang en")
    await chat.send("/subscribe 7:00")
    await chat.send("/forget")
    assert [b["callback_data"] for b in buttons(request.sent()[-1])] == ["forget:yes",
                                                                          "forget:no"]
    assert store.get_subscription(21) is not None  # nothing deleted before confirming
    await chat.press("forget:yes")
    assert store.get_user(21) is None and store.get_subscription(21) is None


async def test_flood_protection_per_user(offline_stored) -> None:
    app, request = offline_stored
    limit = app.bot_data["services"].settings.questions_per_minute
    fast, calm = Chat(app, user_id=30), Chat(app, user_id=31)
    for _ in range(limit + 3):
        await fast.send("对赌回购")
    await calm.send("对赌回购")
    to_fast = [p["text"] for p in request.sent() if p["chat_id"] == 30]
    assert len(to_fast) == limit + 1
    assert to_fast[-1] == "你提问太快了,请稍等一分钟再问。"
    assert [p["chat_id"] for p in request.sent()][-1] == 31


async def test_database_down_subscriptions_say_try_later_questions_still_answered(
        offline_stored, monkeypatch) -> None:
    app, request = offline_stored
    store = app.bot_data["services"].store

    def down(*args, **kwargs):
        raise StoreUnavailable("database unavailable")

    for name in ("get_subscription", "subscribe", "unsubscribe", "get_user", "upsert_user"):
        monkeypatch.setattr(store, name, down)
    chat = Chat(app, user_id=40)
    await chat.send("/subscribe 8:00")
    await chat.send("/settings")
    await chat.send("/unsubscribe")
    await chat.send("新加坡为什么适合做区域总部?")
    replies = texts(request)
    assert all("稍后再试" in r for r in replies[:3])
    assert "区域总部" in replies[3]


def _caused(exc: Exception, cause: Exception) -> Exception:
    exc.__cause__ = cause
    return exc


@pytest.mark.parametrize("error, outcome", [
    (Forbidden("Forbidden: bot was blocked by the user"), Outcome.BLOCKED),
    (RetryAfter(5), Outcome.RETRY),
    (_caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")), Outcome.RETRY),
    (_caused(TimedOut(), httpx.ConnectTimeout("connect")), Outcome.RETRY),
    (_caused(TimedOut(), httpx.ReadTimeout("read")), Outcome.FAILED),
    (_caused(NetworkError("lost"), httpx.RemoteProtocolError("disconnected")), Outcome.FAILED),
    (NetworkError("Bad Gateway"), Outcome.FAILED),
    (BadRequest("Chat not found"), Outcome.FAILED),
])
def test_send_outcome_retries_only_what_surely_never_left(error, outcome) -> None:
    assert daily_handlers.send_outcome(error).outcome is outcome


def test_flood_control_answers_raise_no_deprecation_warning() -> None:
    # PTB builds a RetryAfter for every flood-control answer; the bot takes PTB v23's
    # timedeltas (bot.app), so that warns nothing in its logs.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        error = RetryAfter(5)
    assert error.retry_after == timedelta(seconds=5)
    assert daily_handlers.send_outcome(error).outcome is Outcome.RETRY
