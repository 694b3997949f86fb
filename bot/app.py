"""The Telegram application: one `build_app()` factory, run by polling or webhook."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sys
from zoneinfo import ZoneInfo

from telegram import Bot, BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from . import admin_handlers, daily_handlers, handlers
from .ratelimit import ChatRateLimiter
from .services import Services
from .storage import StoreUnavailable, mask_url, open_store

logger = logging.getLogger(__name__)

# Since v22.2 PTB warns whenever a time period is read as a number of seconds, its own
# RetryAfter constructor included (each flood-control answer from Telegram), unless told to
# hand out timedeltas as v23 will. Nothing here reads one as a number: take v23's now.
os.environ.setdefault("PTB_TIMEDELTA", "true")

COMMANDS = {
    "zh": [("start", "开始"), ("sections", "浏览章节"), ("quote", "随机金句"),
           ("subscribe", "订阅每日洞见 [时间] [时区]"), ("unsubscribe", "取消每日洞见"),
           ("settings", "我的设置"), ("today", "今日洞见"), ("about", "关于这次访谈"),
           ("lang", "切换语言 zh|en"), ("forget", "删除我的数据"), ("help", "帮助")],
    "en": [("start", "Start"), ("sections", "Browse sections"), ("quote", "A random key quote"),
           ("subscribe", "Daily insight [time] [timezone]"), ("unsubscribe", "Stop it"),
           ("settings", "Your settings"), ("today", "Today's insight"),
           ("about", "About the interview"), ("lang", "Switch language zh|en"),
           ("forget", "Delete my data"), ("help", "Help")],
}


async def post_init(application: Application) -> None:
    """Register the command menu in Chinese (default) and English."""
    bot = application.bot
    await bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS["zh"]])
    await bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS["en"]],
                              language_code="en")
    logger.info("Bot @%s is ready", bot.username)


async def post_shutdown(application: Application) -> None:
    store = application.bot_data["services"].store
    if store is not None:
        store.close()


def build_app(services: Services, token: str | None = None,
              request: BaseRequest | None = None) -> Application:
    """The bot with every handler; ``request`` replaces the HTTP layer (offline tests)."""
    settings = services.settings
    token = token or settings.token
    if not token:
        raise ValueError("a bot token is required")
    builder = (
        ApplicationBuilder()
        .token(token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=ZoneInfo(settings.timezone),
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .rate_limiter(ChatRateLimiter(settings.per_chat_per_second,
                                      overall_max_rate=settings.messages_per_second,
                                      max_retries=3))
        .concurrent_updates(True)
    )
    if settings.api_url:  # a local Bot API server or emulator
        base = settings.api_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.bot_data["services"] = services

    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("about", handlers.about))
    application.add_handler(CommandHandler("sections", handlers.sections))
    application.add_handler(CommandHandler("quote", handlers.quote))
    application.add_handler(CommandHandler("lang", handlers.lang_command))
    application.add_handler(CommandHandler("subscribe", daily_handlers.subscribe))
    application.add_handler(CommandHandler("unsubscribe", daily_handlers.unsubscribe))
    application.add_handler(CommandHandler("settings", daily_handlers.settings_command))
    application.add_handler(CommandHandler("today", daily_handlers.today))
    application.add_handler(CommandHandler("forget", admin_handlers.forget))
    application.add_handler(CommandHandler("stats", admin_handlers.stats))
    application.add_handler(CommandHandler("broadcast", admin_handlers.broadcast))
    application.add_handler(CommandHandler("reload", admin_handlers.reload))
    application.add_handler(CallbackQueryHandler(daily_handlers.on_daily_button, pattern=r"^dq:"))
    application.add_handler(CallbackQueryHandler(admin_handlers.on_broadcast_button,
                                                 pattern=r"^bcx?:"))
    application.add_handler(CallbackQueryHandler(admin_handlers.on_forget_button,
                                                 pattern=r"^forget:"))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_handler(InlineQueryHandler(handlers.on_inline_query))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.on_text))
    application.add_handler(MessageHandler(private & filters.COMMAND, handlers.unknown_command))
    application.add_handler(MessageHandler(
        private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.on_non_text))
    application.add_error_handler(handlers.on_error)
    if services.store is not None and application.job_queue is not None:
        application.job_queue.run_repeating(daily_handlers.daily_tick,
                                            interval=settings.tick_seconds, first=1,
                                            name="daily-insights")
    return application


async def wait_for_api(bot: Bot, max_delay: float = 30.0) -> None:
    """Start only once the Bot API answers: a bot started while the network or the API is
    down waits for it (with backoff) instead of exiting."""
    delay = 1.0
    while True:
        try:
            async with bot:  # initialize() asks getMe; leaving shuts the client down again
                return
        except InvalidToken:
            raise
        except NetworkError as exc:
            logger.warning("The Bot API is not reachable (%s); trying again in %.0f s",
                           exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)


def run_bot(services: Services) -> int:
    """Run until stopped: webhook when WEBHOOK_URL is set, long polling otherwise."""
    settings = services.settings
    try:
        services.store = open_store(settings.database_url)
    except StoreUnavailable as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)  # names the URL, password masked
        return 1
    logger.info("Database: %s", mask_url(settings.database_url))
    application = build_app(services)
    try:
        asyncio.run(wait_for_api(application.bot))
    except InvalidToken:
        print("The Bot API rejected TELEGRAM_BOT_TOKEN: check the token (from @BotFather).",
              file=sys.stderr)
        return 1
    if settings.webhook_url:
        # Telegram sends the secret with every update; without one configured, a random one
        # per start still keeps forged requests out (set_webhook tells Telegram the new one).
        secret = settings.webhook_secret or secrets.token_urlsafe(32)
        logger.info("Starting webhook on %s:%s", settings.webhook_listen, settings.port)
        application.run_webhook(listen=settings.webhook_listen, port=settings.port,
                                url_path=settings.webhook_path,
                                webhook_url=settings.webhook_url,
                                secret_token=secret,
                                allowed_updates=Update.ALL_TYPES)
    else:
        logger.info("Starting long polling")
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
