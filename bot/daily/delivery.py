"""One scheduler tick: find due subscribers, and deliver each insight at most once per local day.

Telegram-free: the bot passes a ``send`` callable that delivers one insight and maps the
outcome (``telegram.error.Forbidden`` -> BLOCKED, ``RetryAfter`` -> RETRY...; see below).

Per delivery: claim the (chat, local day) row -> send -> record. The claim is committed before
the message goes out, so a crash, kill -9 or a second bot process can at worst lose that day's
insight, never send it twice. Transient failures release the claim so a later tick retries.

Wiring in the Telegram layer (sketch)::

    async def send(item: DueDelivery) -> Outcome | SendResult:
        try:
            await bot.send_message(item.chat_id, render(item.quote_id))
        except Forbidden as exc:            # blocked, kicked, deactivated
            return SendResult(Outcome.BLOCKED, str(exc))
        except RetryAfter as exc:           # flood control: Telegram refused, nothing sent
            return SendResult(Outcome.RETRY, str(exc))
        except TimedOut as exc:             # may have arrived: at-most-once wins, no retry
            return SendResult(Outcome.FAILED, str(exc))
        except BadRequest as exc:           # chat not found, bad markup (a NetworkError!)
            return SendResult(Outcome.FAILED, str(exc))
        except NetworkError as exc:         # RETRY only if the request surely never left
            return SendResult(Outcome.RETRY if never_sent(exc) else Outcome.FAILED, str(exc))
        return Outcome.SENT

    async def daily_job(context):           # job_queue.run_repeating(daily_job, 20)
        await run_tick_async(datetime.now(UTC), store, quote_ids, send)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum

from bot.storage import ScheduleEntry, Store, StoreUnavailable, Subscription

from .schedule import ScheduleError, due_today, next_due, quote_for

logger = logging.getLogger(__name__)

__all__ = [
    "STALE_CLAIM_AFTER",
    "DueDelivery",
    "Outcome",
    "SendResult",
    "TickReport",
    "next_delivery_at",
    "plan_tick",
    "run_tick",
    "run_tick_async",
]

# A claim still unfinished after this long was left by a crash: mark it failed, never resend.
STALE_CLAIM_AFTER = timedelta(minutes=15)


class Outcome(Enum):
    SENT = "sent"  # delivered: the day is done, the subscriber moves on to the next quote
    BLOCKED = "blocked"  # the user blocked the bot / chat gone: unsubscribe, keep day as failed
    RETRY = "retry"  # transient (network, flood control): release the claim, retry next tick
    FAILED = "failed"  # permanent for this message: keep the day as failed, try tomorrow


@dataclass(frozen=True)
class SendResult:
    """An outcome with a short reason for the ledger (``send`` may return a bare Outcome)."""

    outcome: Outcome
    detail: str = ""


@dataclass(frozen=True)
class DueDelivery:
    subscription: Subscription
    local_date: date
    quote_id: str
    due_at: datetime  # when it was due (UTC); earlier than now after downtime

    @property
    def chat_id(self) -> int:
        return self.subscription.chat_id


@dataclass
class TickReport:
    planned: int = 0
    sent: int = 0
    blocked: int = 0
    retry: int = 0
    failed: int = 0
    skipped: int = 0  # claim already taken (another process or an earlier attempt)
    error: str | None = None  # set when the database failed and the tick stopped early
    outcomes: dict[int, Outcome] = field(default_factory=dict)  # chat_id -> outcome

    def count(self, chat_id: int, outcome: Outcome) -> None:
        self.outcomes[chat_id] = outcome
        name = outcome.value
        setattr(self, name, getattr(self, name) + 1)


SendFn = Callable[[DueDelivery], "Outcome | SendResult"]
AsyncSendFn = Callable[[DueDelivery], Awaitable["Outcome | SendResult"]]


def _entry_due(now: datetime, entry: ScheduleEntry, ids: list[str]) -> DueDelivery | None:
    sub = entry.subscription
    found = due_today(now, sub, entry.last_local_date, entry.last_claimed_at)
    if found is None:
        return None
    today, due = found
    return DueDelivery(
        subscription=sub,
        local_date=today,
        quote_id=quote_for(sub.position, sub.order_seed, ids),
        due_at=due,
    )


def plan_tick(now: datetime, store: Store, quote_ids: Iterable[str]) -> list[DueDelivery]:
    """Everything due at ``now``, most overdue first. Reads only; claims happen at send time."""
    ids = sorted(set(quote_ids))
    if not ids:
        logger.warning("no quotes loaded: daily insights paused")
        return []
    plan = []
    for entry in store.schedule_entries():
        try:
            item = _entry_due(now, entry, ids)
        except (ScheduleError, ValueError) as exc:
            # One unreadable row (e.g. a zone removed from tzdata) must not stop the others.
            logger.error("skipping chat %s: bad schedule (%s)", entry.subscription.chat_id, exc)
            continue
        if item is not None:
            plan.append(item)
    plan.sort(key=lambda item: (item.due_at, item.chat_id))
    return plan


def _result(value: Outcome | SendResult | None) -> SendResult:
    if isinstance(value, SendResult):
        return value
    if isinstance(value, Outcome):
        return SendResult(value)
    logger.error("send returned %r instead of an Outcome; recording as failed", value)
    return SendResult(Outcome.FAILED, f"bad send result {value!r}")


def _record(store: Store, item: DueDelivery, result: SendResult, now: datetime) -> Outcome:
    """Write the outcome to the ledger; the claim row stays unless the error was transient."""
    chat, day = item.chat_id, item.local_date
    outcome = result.outcome
    if outcome is Outcome.SENT:
        store.mark_sent(chat, day, now=now)
    elif outcome is Outcome.BLOCKED:
        store.mark_failed(chat, day, result.detail or "blocked by user", now=now)
        store.unsubscribe(chat)
        logger.info("chat %s blocked the bot: unsubscribed", chat)
    elif outcome is Outcome.RETRY:
        store.release_claim(chat, day)
        logger.info("daily insight for chat %s will be retried: %s", chat, result.detail)
    else:
        store.mark_failed(chat, day, result.detail or "failed", now=now)
        logger.warning("daily insight for chat %s failed: %s", chat, result.detail)
    return outcome


def _send_crashed(item: DueDelivery, exc: BaseException) -> SendResult:
    # Unknown whether the message left: at-most-once means we must not retry it today.
    logger.error("send for chat %s raised", item.chat_id, exc_info=exc)
    return SendResult(Outcome.FAILED, f"send raised {type(exc).__name__}: {exc}")


def run_tick(now: datetime, store: Store, quote_ids: Iterable[str], send: SendFn) -> TickReport:
    """Deliver everything due at ``now``, one at a time (for scripts and tests)."""
    report = TickReport()
    try:
        store.expire_stale_claims(now - STALE_CLAIM_AFTER)
        plan = plan_tick(now, store, quote_ids)
        report.planned = len(plan)
        for item in plan:
            if not store.claim_delivery(item.chat_id, item.local_date, item.quote_id, now=now):
                report.skipped += 1
                continue
            try:
                result = _result(send(item))
            except Exception as exc:
                result = _send_crashed(item, exc)
            report.count(item.chat_id, _record(store, item, result, now))
    except StoreUnavailable as exc:
        logger.warning("daily tick stopped: %s", exc)
        report.error = str(exc)
    return report


async def run_tick_async(
    now: datetime,
    store: Store,
    quote_ids: Iterable[str],
    send: AsyncSendFn,
    *,
    concurrency: int = 8,
) -> TickReport:
    """``run_tick`` for the bot's event loop: database work in threads, sends in parallel.

    A slow or rate-limited chat does not hold up the others; global message rate limits are
    the sender's business (PTB's rate limiter).
    """
    report = TickReport()
    ids = list(quote_ids)
    try:
        await asyncio.to_thread(store.expire_stale_claims, now - STALE_CLAIM_AFTER)
        plan = await asyncio.to_thread(plan_tick, now, store, ids)
    except StoreUnavailable as exc:
        logger.warning("daily tick stopped: %s", exc)
        report.error = str(exc)
        return report
    report.planned = len(plan)
    gate = asyncio.Semaphore(max(1, concurrency))

    async def deliver(item: DueDelivery) -> None:
        async with gate:
            claimed = await asyncio.to_thread(
                store.claim_delivery, item.chat_id, item.local_date, item.quote_id, now
            )
            if not claimed:
                report.skipped += 1
                return
            try:
                result = _result(await send(item))
            except Exception as exc:
                result = _send_crashed(item, exc)
            report.count(item.chat_id, await asyncio.to_thread(_record, store, item, result, now))

    results = await asyncio.gather(*(deliver(item) for item in plan), return_exceptions=True)
    for failure in results:
        if isinstance(failure, StoreUnavailable):
            report.error = str(failure)
        elif isinstance(failure, BaseException):
            raise failure
    if report.error:
        logger.warning("daily tick had database errors: %s", report.error)
    return report


def next_delivery_at(now: datetime, store: Store, chat_id: int) -> datetime | None:
    """When the chat's next insight goes out (for /subscribe and /status replies), or None."""
    entry = store.schedule_entry(chat_id)
    if entry is None or not entry.subscription.active:
        return None
    return next_due(now, entry.subscription, entry.last_local_date, entry.last_claimed_at)
