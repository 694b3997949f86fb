"""Admin commands (/stats, /broadcast, /reload) and the user's own /forget."""

from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import UTC, datetime
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from .content import ContentError
from .handlers import services_of, user_lang
from .storage import StoreUnavailable
from .texts import t

logger = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 20
BROADCAST_PREVIEW = 500  # characters of the text shown in the confirmation (escaped: ≤ 5x)


def _is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    return user is not None and user.id in services_of(context).settings.admins


async def _admin_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True for admins; everyone else gets a polite refusal."""
    if _is_admin(update, context):
        return True
    await update.effective_message.reply_text(escape(t(user_lang(update, context),
                                                       "admin_only")))
    return False


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _admin_only(update, context):
        return
    lang = user_lang(update, context)
    store = services_of(context).store
    try:
        numbers = await asyncio.to_thread(store.stats, datetime.now(UTC).date()) if store else None
    except StoreUnavailable:
        numbers = None
    if numbers is None:
        await update.effective_message.reply_text(escape(t(lang, "try_later")))
        return
    await update.effective_message.reply_text(t(lang, "stats", **numbers))


async def broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _admin_only(update, context):
        return
    lang = user_lang(update, context)
    message = update.effective_message
    text = (message.text or "").partition(" ")[2].strip()
    store = services_of(context).store
    if not text:
        await message.reply_text(escape(t(lang, "broadcast_usage")))
        return
    try:
        count = len(await asyncio.to_thread(store.active_subscriptions)) if store else 0
    except StoreUnavailable:
        await message.reply_text(escape(t(lang, "try_later")))
        return
    if not count:
        await message.reply_text(escape(t(lang, "broadcast_nobody")))
        return
    bid = secrets.token_hex(4)
    context.bot_data.setdefault("broadcasts", {})[bid] = text
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(t(lang, "broadcast_send"), callback_data=f"bc:{bid}"),
        InlineKeyboardButton(t(lang, "broadcast_cancel"), callback_data=f"bcx:{bid}")]])
    preview = text if len(text) <= BROADCAST_PREVIEW else text[:BROADCAST_PREVIEW] + "…"
    await message.reply_text(t(lang, "broadcast_confirm", count=count, text=escape(preview)),
                             reply_markup=keyboard)


async def on_broadcast_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    lang = user_lang(update, context)
    kind, _, bid = (query.data or "").partition(":")
    if not _is_admin(update, context):
        await query.answer(t(lang, "admin_only"), show_alert=True)
        return
    text = context.bot_data.get("broadcasts", {}).pop(bid, None)
    if text is None or not isinstance(query.message, Message):
        await query.answer(t(lang, "expired"), show_alert=True)
        return
    await query.answer()
    if kind == "bcx":
        await query.message.edit_text(escape(t(lang, "broadcast_cancelled")))
        return
    await query.message.edit_text(escape(t(lang, "broadcast_started")))
    context.application.create_task(_send_broadcast(context, query.message, text, lang),
                                    update=update)


async def _send_broadcast(context: ContextTypes.DEFAULT_TYPE, report_to: Message, text: str,
                          lang: str) -> None:
    """Send to every subscriber; the bot's rate limiter keeps it within Telegram's limits."""
    store = services_of(context).store
    subscriptions = await asyncio.to_thread(store.active_subscriptions) if store else []
    sent = failed = 0
    for sub in subscriptions:
        try:
            await context.bot.send_message(sub.chat_id, escape(text))
            sent += 1
        except Forbidden:
            failed += 1
            await asyncio.to_thread(store.unsubscribe, sub.chat_id)
            logger.info("chat %s blocked the bot during a broadcast: unsubscribed", sub.chat_id)
        except TelegramError as exc:
            failed += 1
            logger.warning("broadcast to chat %s failed: %s", sub.chat_id, exc)
    await report_to.reply_text(escape(t(lang, "broadcast_done", sent=sent, failed=failed)))


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _admin_only(update, context):
        return
    lang = user_lang(update, context)
    services = services_of(context)
    try:
        await asyncio.to_thread(services.reload_content)
    except ContentError as exc:
        shown = [str(p) for p in exc.problems[:MAX_PROBLEMS_SHOWN]]
        if len(exc.problems) > MAX_PROBLEMS_SHOWN:
            shown.append(f"… (+{len(exc.problems) - MAX_PROBLEMS_SHOWN})")
        await update.effective_message.reply_text(
            t(lang, "reload_failed", problems=escape("\n".join(shown))))
        return
    library = services.library
    await update.effective_message.reply_text(escape(t(
        lang, "reload_ok", interviews=len(library.interviews), passages=len(library.passages),
        quotes=len(library.quotes))))


# -- the user's data --------------------------------------------------------------------
async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = user_lang(update, context)
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(t(lang, "forget_yes"), callback_data="forget:yes"),
        InlineKeyboardButton(t(lang, "broadcast_cancel"), callback_data="forget:no")]])
    await update.effective_message.reply_text(escape(t(lang, "forget_confirm")),
                                              reply_markup=keyboard)


async def on_forget_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    lang = user_lang(update, context)
    if not isinstance(query.message, Message):
        await query.answer()
        return
    if query.data != "forget:yes":
        await query.answer()
        await query.message.edit_text(escape(t(lang, "broadcast_cancelled")))
        return
    store = services_of(context).store
    user_id = update.effective_user.id
    try:
        if store is not None:
            await asyncio.to_thread(store.forget_user, user_id)
    except StoreUnavailable:
        await query.answer(t(lang, "try_later"), show_alert=True)
        return
    context.user_data.clear()
    await query.answer()
    await query.message.edit_text(escape(t(lang, "forget_done")))
