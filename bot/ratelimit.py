"""Telegram's sending limits: ~30 messages/s overall (PTB's AIORateLimiter) and about one
message per second in any one chat, which AIORateLimiter only enforces for groups."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

# Telegram tolerates short bursts in a chat; beyond them the average must stay ~1/s.
CHAT_BURST = 3
MAX_IDLE_LIMITERS = 4096


class ChatRateLimiter(AIORateLimiter):
    """AIORateLimiter plus a per-chat limit for private chats."""

    def __init__(self, per_chat_per_second: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._per_chat = per_chat_per_second
        self._chats: dict[int, AsyncLimiter] = {}

    def _chat_limiter(self, chat_id: int) -> AsyncLimiter:
        limiter = self._chats.get(chat_id)
        if limiter is None:
            if len(self._chats) > MAX_IDLE_LIMITERS:  # forget chats with unused capacity
                for key, old in list(self._chats.items()):
                    if old.has_capacity(old.max_rate):
                        del self._chats[key]
            limiter = AsyncLimiter(CHAT_BURST, CHAT_BURST / self._per_chat)
            self._chats[chat_id] = limiter
        return limiter

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        try:
            chat_id = int(data.get("chat_id"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            chat_id = 0
        pacing = (self._chat_limiter(chat_id) if self._per_chat > 0 and chat_id > 0
                  else contextlib.nullcontext())
        async with pacing:
            return await super().process_request(callback, args, kwargs, endpoint, data,
                                                 rate_limit_args)
