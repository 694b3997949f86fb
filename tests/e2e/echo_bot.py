"""A tiny python-telegram-bot application used to prove the emulator works with a real PTB.

Run: TELEGRAM_BOT_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:PORT/bot python echo_bot.py

Behaviour (what tests/e2e/test_emulator.py checks):
  /start              -> "Hello, <first name>!"
  /buttons            -> "Pick one" with inline buttons A (pick:a) and B (pick:b)
  press A             -> answer "picked a"; edit to "You picked a (was: Pick one)" + button Again
  press B             -> answer "picked b"; edit to "You picked b" and no keyboard
  press Again         -> answer; edit back to "Pick one" with A and B
  /commands           -> setMyCommands(start, buttons, commands) then reply with getMyCommands
  /html               -> an HTML formatted message
  /long               -> tries a 5000 character message; replies with the BadRequest text
  /keyboard           -> a reply keyboard with buttons Yes / No
  any other text      -> the same text back (also in groups, when the bot is mentioned)
  edited message      -> "edited: <text>"
  inline query        -> one article result echoing the query
"""

from __future__ import annotations

import logging
import os
import sys

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

PICK = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("A", callback_data="pick:a"),
            InlineKeyboardButton("B", callback_data="pick:b"),
        ]
    ]
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(f"Hello, {update.effective_user.first_name}!")


async def buttons(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text("Pick one", reply_markup=PICK)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if not isinstance(query.message, Message) or not query.chat_instance:
        await context.bot.send_message(update.effective_chat.id, "BAD CALLBACK QUERY")
        return
    if query.data == "again":
        await query.answer()
        result = await query.edit_message_text("Pick one", reply_markup=PICK)
    else:
        choice = query.data.split(":", 1)[1]
        await query.answer(f"picked {choice}")
        if choice == "a":
            again = InlineKeyboardMarkup([[InlineKeyboardButton("Again", callback_data="again")]])
            result = await query.edit_message_text(
                f"You picked a (was: {query.message.text})", reply_markup=again
            )
        else:
            result = await query.edit_message_text("You picked b")
    if not isinstance(result, Message) or result.edit_date is None:
        await context.bot.send_message(update.effective_chat.id, f"BAD EDIT RESULT {result!r}")


async def commands(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.set_my_commands(
        [("start", "Say hello"), ("buttons", "Show buttons"), ("commands", "Register commands")]
    )
    got = await context.bot.get_my_commands()
    await update.effective_message.reply_text(" ".join(c.command for c in got))


async def html(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(
        "<b>Bold</b> &amp; <i>italic</i>", parse_mode=ParseMode.HTML
    )


async def long(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        await update.effective_message.reply_text("x" * 5000)
    except BadRequest as exc:
        await update.effective_message.reply_text(f"BadRequest: {exc.message}")


async def keyboard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(
        "Yes or no?", reply_markup=ReplyKeyboardMarkup([["Yes", "No"]], one_time_keyboard=True)
    )


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg = update.effective_message
    if msg.chat.type != "private":
        mention = f"@{context.bot.username}"
        if mention not in (msg.parse_entities(["mention"]).values()):
            return
    await msg.reply_text(msg.text)


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.edited_message.text
    await context.bot.send_message(update.effective_chat.id, f"edited: {text}")


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    q = update.inline_query.query
    await update.inline_query.answer(
        [
            InlineQueryResultArticle(
                id="1", title=f"Echo: {q}", input_message_content=InputTextMessageContent(q or "-")
            )
        ],
        cache_time=0,
    )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    logging.getLogger("echo_bot").error("handler error", exc_info=context.error)


def build(token: str, api_url: str, file_url: str | None = None) -> Application:
    builder = ApplicationBuilder().token(token).base_url(api_url)
    if file_url:
        builder = builder.base_file_url(file_url)
    app = builder.build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("buttons", buttons))
    app.add_handler(CommandHandler("commands", commands))
    app.add_handler(CommandHandler("html", html))
    app.add_handler(CommandHandler("long", long))
    app.add_handler(CommandHandler("keyboard", keyboard))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(inline))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, echo))
    app.add_error_handler(on_error)
    return app


def main() -> int:
    logging.basicConfig(
        level=os.environ.get("ECHO_BOT_LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = build(
        os.environ["TELEGRAM_BOT_TOKEN"],
        os.environ["TELEGRAM_API_URL"],
        os.environ.get("TELEGRAM_API_FILE_URL"),
    )
    app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
