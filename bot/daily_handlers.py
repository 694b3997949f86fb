"""Telegram handlers for daily insights: subscribe, unsubscribe, settings, today, the tick.

The schedule and the at-most-once-per-day ledger live in the Telegram-free modules
(`bot.daily`, `bot.storage`); here they meet the Bot API. Database calls run in threads so a
slow database never blocks the answers to questions.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime
from html import escape

import httpx
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from . import keyboards, render
from .content import Library, Quote
from .daily import (
    DueDelivery,
    Outcome,
    ScheduleError,
    SendResult,
    load_timezone,
    local_today,
    next_delivery_at,
    parse_subscribe_args,
    quote_for,
    run_tick_async,
)
from .handlers import services_of, user_lang
from .storage import Store, StoreUnavailable, Subscription
from .texts import t

logger = logging.getLogger(__name__)

TICK_CONCURRENCY = 16


def _now() -> datetime:
    return datetime.now(UTC)


def _preview(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


def schedule_error_text(lang: str, error: ScheduleError) -> str:
    params = {k: escape(_preview(str(v))) for k, v in error.params.items()}
    params.setdefault("value", "")
    return t(lang, f"err_{error.code}", **params) + "\n" + escape(t(lang, "subscribe_examples"))


def _format_next(moment: datetime | None, tz_name: str, lang: str) -> str:
    if moment is None:
        return t(lang, "none")
    local = moment.astimezone(load_timezone(tz_name))
    return f"{local:%Y-%m-%d %H:%M} ({tz_name})"


def daily_keyboard(quote: Quote, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "ask_about_it"),
                                                       callback_data=f"dq:{quote.key}")]])


def todays_quote(library: Library, store: Store | None, sub: Subscription | None,
                 today: date) -> Quote:
    """The quote a chat's daily insight shows on ``today`` (delivered, or next in its order)."""
    ids = [q.key for q in library.quotes]
    if store is not None and sub is not None:
        delivery = store.get_delivery(sub.chat_id, today)
        delivered = library.quote(delivery.quote_id) if delivery is not None else None
        if delivered is not None:
            return delivered
        return library.quote(quote_for(sub.position, sub.order_seed, ids)) or library.quotes[0]
    # Not subscribed: one quote of the day for everyone.
    return library.quote(quote_for(today.toordinal(), 0, ids)) or library.quotes[0]


async def _store_or_sorry(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Store | None:
    store = services_of(context).store
    if store is None:
        await update.effective_message.reply_text(escape(t(user_lang(update, context),
                                                             "try_later")))
    return store


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    lang = user_lang(update, context)
    message = update.effective_message
    store = await _store_or_sorry(update, context)
    if store is None:
        return
    chat_id, user_id = update.effective_chat.id, update.effective_user.id
    try:
        previous = await asyncio.to_thread(store.get_subscription, chat_id)
        choice = parse_subscribe_args(
            context.args or [],
            previous.time if previous else services.settings.daily_time,
            previous.timezone if previous else services.settings.daily_timezone)
        await asyncio.to_thread(store.upsert_user, user_id, chat_id)
        sub = await asyncio.to_thread(store.subscribe, chat_id, user_id, choice.time,
                                      choice.timezone)
        upcoming = await asyncio.to_thread(next_delivery_at, _now(), store, chat_id)
    except ScheduleError as error:
        await message.reply_text(schedule_error_text(lang, error))
        return
    except StoreUnavailable:
        await message.reply_text(escape(t(lang, "try_later")))
        return
    await message.reply_text(escape(t(lang, "subscribed", time=sub.time, tz=sub.timezone,
                                      next=_format_next(upcoming, sub.timezone, lang))))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = user_lang(update, context)
    store = await _store_or_sorry(update, context)
    if store is None:
        return
    try:
        stopped = await asyncio.to_thread(store.unsubscribe, update.effective_chat.id)
    except StoreUnavailable:
        await update.effective_message.reply_text(escape(t(lang, "try_later")))
        return
    await update.effective_message.reply_text(
        escape(t(lang, "unsubscribed" if stopped else "not_subscribed")))


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    lang = user_lang(update, context)
    store = await _store_or_sorry(update, context)
    if store is None:
        return
    chat_id = update.effective_chat.id
    try:
        sub = await asyncio.to_thread(store.get_subscription, chat_id)
        upcoming = await asyncio.to_thread(next_delivery_at, _now(), store, chat_id)
    except StoreUnavailable:
        await update.effective_message.reply_text(escape(t(lang, "try_later")))
        return
    active = sub is not None and sub.active
    tz_name = sub.timezone if sub else services.settings.daily_timezone
    await update.effective_message.reply_text(t(
        lang, "settings",
        status=escape(t(lang, "status_on" if active else "status_off")),
        time=escape(sub.time if sub else services.settings.daily_time),
        tz=escape(tz_name),
        language=escape({"zh": "中文", "en": "English"}[lang]),
        next=escape(_format_next(upcoming if active else None, tz_name, lang))))


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    lang = user_lang(update, context)
    chat_id = update.effective_chat.id
    store = services.store
    now = _now()
    try:
        sub = await asyncio.to_thread(store.get_subscription, chat_id) if store else None
        day = local_today(now, sub.timezone if sub else services.settings.daily_timezone)
        quote = await asyncio.to_thread(todays_quote, services.library, store, sub, day)
    except StoreUnavailable:
        day = local_today(now, services.settings.daily_timezone)
        quote = todays_quote(services.library, None, None, day)
    await update.effective_message.reply_text(
        render.daily_card(services.library, quote, lang, day.isoformat()),
        reply_markup=daily_keyboard(quote, lang))


async def on_daily_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Ask about this" under a daily insight: the passage the quote comes from."""
    query = update.callback_query
    lang = user_lang(update, context)
    library = services_of(context).library
    quote = library.quote((query.data or "").partition(":")[2])
    passage = library.passage(quote.passage_key) if quote else None
    if quote is None or passage is None or not isinstance(query.message, Message):
        await query.answer(t(lang, "expired"), show_alert=True)
        return
    await query.answer()
    await query.message.reply_text(
        render.passage_card(library, passage, quote, lang),
        reply_markup=keyboards.answer_keyboard(library.section_of(passage), None, None, lang))


# -- the scheduler tick -----------------------------------------------------------------
def send_outcome(exc: TelegramError) -> SendResult:
    """What a failed send means for today's insight. Only a request that surely never
    reached Telegram may be retried: a second insight on the same day is worse than none."""
    detail = str(exc)
    if isinstance(exc, Forbidden):  # blocked, kicked, deactivated
        return SendResult(Outcome.BLOCKED, detail)
    if isinstance(exc, RetryAfter):  # refused by flood control: nothing was sent
        return SendResult(Outcome.RETRY, detail)
    never_sent = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
    if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest) and \
            isinstance(exc.__cause__, never_sent):
        return SendResult(Outcome.RETRY, detail)
    # Timeouts, lost answers, 5xx, bad requests: it may have arrived, or never will.
    return SendResult(Outcome.FAILED, detail)


def _language_of(store: Store, user_id: int, default: str) -> str:
    user = store.get_user(user_id)
    return user.language if user and user.language else default


async def daily_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deliver every due daily insight (runs every `daily.tick_seconds`)."""
    services = services_of(context)
    store = services.store
    if store is None:
        return
    library = services.library
    default_lang = services.settings.default_language

    async def send(item: DueDelivery) -> Outcome | SendResult:
        quote = library.quote(item.quote_id) or library.quotes[0]
        try:
            lang = await asyncio.to_thread(_language_of, store, item.subscription.user_id,
                                           default_lang)
        except StoreUnavailable as exc:  # nothing sent yet: safe to try again
            return SendResult(Outcome.RETRY, str(exc))
        try:
            await context.bot.send_message(
                item.chat_id, render.daily_card(library, quote, lang, item.local_date.isoformat()),
                reply_markup=daily_keyboard(quote, lang))
        except TelegramError as exc:
            return send_outcome(exc)
        return Outcome.SENT

    report = await run_tick_async(_now(), store, [q.key for q in library.quotes], send,
                                  concurrency=TICK_CONCURRENCY)
    if report.planned:
        logger.info("Daily tick: %d due, %d sent, %d blocked, %d to retry, %d failed, "
                    "%d already claimed", report.planned, report.sent, report.blocked,
                    report.retry, report.failed, report.skipped)
