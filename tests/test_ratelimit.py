"""Sending limits: one chat is paced, other chats are not held up by it."""

from __future__ import annotations

import asyncio
import time

from bot.ratelimit import CHAT_BURST, ChatRateLimiter


async def send_all(limiter: ChatRateLimiter, chat_ids: list[int]) -> list[tuple[int, float]]:
    start = time.monotonic()
    done: list[tuple[int, float]] = []

    async def callback(chat_id: int) -> bool:
        done.append((chat_id, time.monotonic() - start))
        return True

    await asyncio.gather(*(limiter.process_request(callback, (c,), {}, "sendMessage",
                                                   {"chat_id": c}, None) for c in chat_ids))
    return done


async def test_one_chat_is_paced_after_a_short_burst() -> None:
    limiter = ChatRateLimiter(20.0, overall_max_rate=1000)
    await limiter.initialize()
    done = await send_all(limiter, [7] * (CHAT_BURST + 10))
    # 10 messages beyond the burst at 20/s need about half a second.
    assert max(t for _, t in done) >= 0.4


async def test_other_chats_and_groups_are_not_held_up() -> None:
    limiter = ChatRateLimiter(1.0, overall_max_rate=1000)
    await limiter.initialize()
    done = await send_all(limiter, list(range(1, 41)) + [-100])
    assert len(done) == 41
    assert max(t for _, t in done) < 0.3
