"""Telegram handlers: thin async glue between updates and the Telegram-free modules."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections import OrderedDict, deque
from html import escape

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from . import keyboards, render
from .content import Library
from .services import Services
from .storage import Store, StoreUnavailable
from .texts import LANGUAGES, t

logger = logging.getLogger(__name__)

QUESTION_CACHE_SIZE = 10_000
MORE_HITS = 5  # the answer plus up to four more passages through "More"
INLINE_RESULTS = 10


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.bot_data["services"]


def user_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The interface language: the user's /lang choice, else their Telegram language."""
    user = update.effective_user
    data = context.user_data
    chosen = data.get("lang") if data is not None else None
    if chosen is None and data is not None and user is not None:
        chosen = _stored_language(services_of(context).store, user.id)
        data["lang"] = chosen or ""  # remembered, so the database is asked once per user
    if chosen in LANGUAGES:
        return chosen
    code = (user.language_code or "").lower() if user else ""
    if code.startswith("en"):
        return "en"
    if code.startswith("zh"):
        return "zh"
    return services_of(context).settings.default_language


def _stored_language(store: Store | None, user_id: int) -> str | None:
    if store is None:
        return None
    try:
        stored = store.get_user(user_id)
    except StoreUnavailable:
        return None
    return stored.language if stored else None


def too_fast(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> bool | None:
    """Flood protection per user: None when allowed, True for the first question over the
    limit (which gets one polite note), False for later ones (dropped silently)."""
    limit = services_of(context).settings.questions_per_minute
    now = time.monotonic()
    windows: dict[int, deque[float]] = context.bot_data.setdefault("flood", {})
    stamps = windows.setdefault(user_id, deque())
    while stamps and now - stamps[0] > 60:
        stamps.popleft()
    if len(stamps) < limit:
        stamps.append(now)
        return None
    warned: dict[int, float] = context.bot_data.setdefault("flood_warned", {})
    if now - warned.get(user_id, -1e9) > 60:
        warned[user_id] = now
        return True
    return False


def _remember_question(context: ContextTypes.DEFAULT_TYPE, question: str) -> str:
    """Keep the question under a short id so "More" can re-run it (ids fit callback data)."""
    cache: OrderedDict[str, str] = context.bot_data.setdefault("questions", OrderedDict())
    qid = hashlib.blake2s(question.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    cache[qid] = question
    cache.move_to_end(qid)
    while len(cache) > QUESTION_CACHE_SIZE:
        cache.popitem(last=False)
    return qid


# -- commands -------------------------------------------------------------------------
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = user_lang(update, context)
    library = services_of(context).library
    await update.effective_message.reply_text(
        render.welcome_card(library, lang),
        reply_markup=keyboards.examples_keyboard(library, lang))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(render.help_card(user_lang(update, context)))


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = user_lang(update, context)
    await update.effective_message.reply_text(render.about_card(services_of(context).library,
                                                                lang))


# The /sections and /quote messages, also shown in place by their "toc" and "quote" buttons.
def _toc(library: Library, lang: str) -> tuple[str, InlineKeyboardMarkup]:
    return (f"<b>{escape(t(lang, 'sections_title'))}</b>",
            keyboards.sections_keyboard(library, lang, nav=True))


def _random_quote(library: Library, lang: str, shown: str = ""
                  ) -> tuple[str, InlineKeyboardMarkup]:
    """A random quote's card; not the quote in ``shown`` (the card "another" was pressed
    on), or the button would do nothing one time in as many as there are quotes."""
    quotes = [q for q in library.quotes if q.text not in shown] or library.quotes
    return (render.quote_card(library, random.choice(quotes), lang),
            keyboards.quote_keyboard(lang))


async def sections(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text, markup = _toc(services_of(context).library, user_lang(update, context))
    await update.effective_message.reply_text(text, reply_markup=markup)


async def quote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text, markup = _random_quote(services_of(context).library, user_lang(update, context))
    await update.effective_message.reply_text(text, reply_markup=markup)


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = [a.lower() for a in (context.args or [])]
    if len(args) != 1 or args[0] not in LANGUAGES:
        await update.effective_message.reply_text(escape(t(user_lang(update, context),
                                                             "lang_usage")))
        return
    context.user_data["lang"] = args[0]
    store = services_of(context).store
    user = update.effective_user
    if store is not None and user is not None:
        try:
            await asyncio.to_thread(store.upsert_user, user.id, update.effective_chat.id,
                                    args[0])
        except StoreUnavailable:  # kept in memory; saved the next time the database is up
            logger.warning("Could not save the language of user %s", user.id)
    await update.effective_message.reply_text(escape(t(args[0], "lang_set")))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(escape(t(user_lang(update, context),
                                                       "unknown_command")))


# -- questions ------------------------------------------------------------------------
def _addressed_text(message: Message, bot_username: str) -> str | None:
    """The question in a message, or None when a group message is not meant for the bot."""
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{bot_username}".lower()
    if mention in text.lower():
        start = text.lower().index(mention)
        return (text[:start] + text[start + len(mention):]).strip()
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and \
            reply.from_user.username and reply.from_user.username.lower() == bot_username.lower():
        return text
    return None


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                 message: Message) -> None:
    services = services_of(context)
    library = services.library
    text, result, lang = render.question_reply(library, services.matcher, question,
                                               user_lang(update, context))
    if result is None:
        markup = keyboards.examples_keyboard(library, lang)
    elif result.best is None:
        markup = keyboards.not_covered_keyboard(library, lang)
    else:
        section = library.section_of(result.best.passage)
        qid = _remember_question(context, question.strip()) if len(result.hits) > 1 else None
        markup = keyboards.answer_keyboard(section, qid, 1 if qid else None, lang)
    await message.reply_text(text, reply_markup=markup,
                             do_quote=message.chat.type != ChatType.PRIVATE)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    question = _addressed_text(message, context.bot.username or "")
    if question is None:
        return
    if update.effective_user is not None:
        verdict = too_fast(context, update.effective_user.id)
        if verdict is True:
            await message.reply_text(escape(t(user_lang(update, context), "slow_down")))
        if verdict is not None:
            return
    await answer(update, context, question, message)


async def on_non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(escape(t(user_lang(update, context), "no_text")))


# -- buttons --------------------------------------------------------------------------
def _button_number(text: str) -> int | None:
    """The number in callback data, or None: ASCII digits only (str.isdigit() also accepts
    '²' and '①', which int() refuses)."""
    return int(text) if text.isascii() and text.isdigit() else None


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    data = query.data or ""
    lang = user_lang(update, context)
    services = services_of(context)
    library = services.library
    kind, _, rest = data.partition(":")
    message = query.message if isinstance(query.message, Message) else None

    if kind == "ask":
        q_lang, _, number = rest.partition(":")
        examples = render.example_questions(library, q_lang if q_lang in LANGUAGES else lang)
        index = _button_number(number)
        if index is None or index >= len(examples) or message is None:
            await query.answer(t(lang, "expired"))
            return
        await query.answer()
        await answer(update, context, examples[index], message)
        return

    if kind == "more":
        qid, _, number = rest.partition(":")
        question = context.bot_data.get("questions", {}).get(qid)
        n = _button_number(number)
        if question is None or n is None or message is None:
            await query.answer(t(lang, "expired"), show_alert=True)
            return
        result = services.matcher.search(question, limit=MORE_HITS)
        hits = [h for h in result.hits if h.score > 0]
        if n >= len(hits):
            await query.answer(t(lang, "no_more"))
            return
        await query.answer()
        card_lang = render.question_language(question, lang)
        hit = hits[n]
        section = library.section_of(hit.passage)
        more = n + 1 if n + 1 < len(hits) else None
        await message.reply_text(
            render.passage_card(library, hit.passage, hit.quote, card_lang),
            reply_markup=keyboards.answer_keyboard(section, qid if more else None, more,
                                                   card_lang))
        return

    if kind in ("sec", "nav"):
        section = library.section(rest)
        if section is None or message is None:
            await query.answer(t(lang, "expired"), show_alert=True)
            return
        await query.answer()
        text = render.section_card(library, section, lang)
        markup = keyboards.section_nav_keyboard(library, section, lang)
        if kind == "nav":
            await _edit(message, text, markup)
        else:
            await message.reply_text(text, reply_markup=markup)
        return

    if kind == "toc" and message is not None:
        await query.answer()
        await _edit(message, *_toc(library, lang))
        return

    if kind == "quote" and message is not None:
        await query.answer()
        await _edit(message, *_random_quote(library, lang, getattr(message, "text", "") or ""))
        return

    await query.answer(t(lang, "expired"), show_alert=True)


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup) -> None:
    try:
        await message.edit_text(text, reply_markup=markup)
    except BadRequest as exc:  # pressing the same button twice: nothing to change
        if "not modified" not in str(exc).lower():
            raise


# -- inline mode ----------------------------------------------------------------------
async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    inline = update.inline_query
    services = services_of(context)
    library = services.library
    text = (inline.query or "").strip()[: render.MAX_QUESTION]
    lang = render.question_language(text, user_lang(update, context))
    if text:
        result = services.matcher.search(text, limit=INLINE_RESULTS)
        quotes = []
        if result.answered:
            for hit in result.hits:
                in_passage = list(library.quotes_in(hit.passage))
                if hit.quote is not None:
                    in_passage.remove(hit.quote)
                    in_passage.insert(0, hit.quote)
                quotes.extend(in_passage)
    else:  # the most representative: each section's first quotes, in turn
        by_section = [list(s.quotes) for s in library.sections if s.quotes]
        quotes = []
        while by_section and len(quotes) < INLINE_RESULTS:
            for group in by_section:
                if group:
                    quotes.append(group.pop(0))
            by_section = [g for g in by_section if g]
    results = [
        InlineQueryResultArticle(
            id=q.key,
            title=library.section_of(q).title.get(lang),
            description=q.text if lang == "zh" else f"{q.text}\n{q.en}",
            input_message_content=InputTextMessageContent(render.quote_card(library, q, lang)),
        )
        for q in quotes[:INLINE_RESULTS]
    ]
    await inline.answer(results, cache_time=300, is_personal=False)


# -- errors ---------------------------------------------------------------------------
async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and tell the user politely; the bot keeps running."""
    logger.error("Update %s caused an error", getattr(update, "update_id", "?"),
                 exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(escape(t(user_lang(update, context),
                                                               "error")))
        except Exception:  # noqa: BLE001 - the apology itself may fail (e.g. network down)
            logger.warning("Could not send the error message", exc_info=True)
