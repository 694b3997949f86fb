"""When a subscriber's daily insight is due, and which quote it is. Pure functions.

Every function that needs the current time takes ``now`` (an aware datetime) so tests and the
scheduler share one injectable clock.

Rules, in the words a subscriber would use:

* One insight per local day, at the chosen time in the chosen timezone.
* Catch-up: if the bot was down at that time, the insight comes when the bot is back, the same
  local day. A day that passed entirely while the bot was down is skipped, never sent later.
* Daylight saving: a time that does not exist that day (02:30 when clocks jump from 02:00 to
  03:00) is delivered at the first valid instant after it (03:00). A time that happens twice
  (01:30 when clocks fall back) is delivered once, at the first occurrence.
* Changing timezone never yields a second insight on the same local day: a local day counts
  as used if it already has a delivery under that date, or if the latest delivery happened
  during it (measured in the new timezone). Moving east can therefore make the next one come
  the next local day; moving west may skip one local day, never duplicate one.
* Quotes: each subscriber walks through every quote once, in its own stable shuffled order,
  before any repeats; each new cycle is reshuffled, never starting with the quote just seen.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as dtime
from functools import lru_cache
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "ParsedZone",
    "ScheduleError",
    "SubscribeChoice",
    "due_at",
    "due_today",
    "format_time",
    "is_due",
    "load_timezone",
    "local_today",
    "next_delivery",
    "next_due",
    "parse_subscribe_args",
    "parse_time",
    "parse_timezone",
    "quote_for",
    "quote_order",
    "used_through",
]

MAX_OFFSET = timedelta(hours=14)

# Full-width digits and colon, as typed with a Chinese input method.
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "\uff1a": ":"})
_TIME_RE = re.compile(r"([0-9]{1,2}):([0-9]{2})")
# The ways people also write a time: 7am, 7:30 pm; 8点, 8点半, 晚上8点15分, 下午3時.
_PARTS_OF_DAY = "早上|早晨|清晨|上午|凌晨|中午|下午|傍晚|晚上|夜里|夜裡|夜晚"
_AMPM = r"[ap]\.?m\.?"
_CLOCK_RE = re.compile(
    rf"(?:(?P<part>{_PARTS_OF_DAY})\s*)?(?P<hour>[0-9]{{1,2}})"
    r"(?::(?P<minutes>[0-9]{2})|(?P<zh>点|點|时|時)(?:(?P<zh_minutes>[0-9]{1,2})分?|半)?)?"
    rf"\s*(?P<ampm>{_AMPM})?",
    re.IGNORECASE,
)
_AMPM_RE = re.compile(_AMPM, re.IGNORECASE)
_LATER_PARTS = ("下午", "傍晚", "晚上", "夜里", "夜裡", "夜晚")
_TIMEISH_RE = re.compile(rf"(?:{_PARTS_OF_DAY})?[0-9].*|[0-9]*[:.][0-9]+", re.DOTALL)
_OFFSET_RE = re.compile(
    r"(?:UTC|GMT)?([+-])(?:([0-9]{1,2})(?::([0-9]{2}))?|([0-9]{2})([0-9]{2}))", re.IGNORECASE
)
_UTC_NAMES = {"utc", "gmt", "z", "zulu"}
_ALIASES = {"beijing": "Asia/Shanghai", "北京": "Asia/Shanghai", "上海": "Asia/Shanghai"}
_NOT_ZONES = {"localtime", "Factory", "posixrules"}


class ScheduleError(ValueError):
    """Bad user input for the schedule. ``code`` lets handlers render the message in zh/en.

    Codes: ``bad_time``, ``bad_timezone``, ``offset_range``, ``too_many_args``,
    ``two_times``, ``two_timezones``. ``params`` holds values for the message (``value``).
    """

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


class ParsedZone(NamedTuple):
    tzinfo: tzinfo
    name: str  # normalised: canonical-case IANA name, "UTC", or "UTC+05:30"


class SubscribeChoice(NamedTuple):
    time: str  # "HH:MM"
    timezone: str  # normalised zone name


class HasSchedule(Protocol):
    """What the schedule needs from a subscription (``bot.storage.Subscription`` fits)."""

    @property
    def time(self) -> str: ...

    @property
    def timezone(self) -> str: ...


# -- parsing -----------------------------------------------------------------------------------


def parse_time(text: str) -> tuple[int, int]:
    """``"8:30"``, ``"08:30"``, ``"８：３０"`` -> ``(8, 30)``; also as people write it:
    ``"8:30am"``, ``"8pm"``, ``"8点半"``, ``"晚上8点"``; anything else: ScheduleError."""
    value = text.translate(_FULLWIDTH).strip() if isinstance(text, str) else ""
    match = _TIME_RE.fullmatch(value)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 23 and minute <= 59:
            return hour, minute
    elif (clock := _clock(value)) is not None:
        return clock
    raise ScheduleError(
        "bad_time",
        f"{text!r} is not a time: use HH:MM between 00:00 and 23:59, e.g. 08:30",
        value=str(text),
    )


def _clock(value: str) -> tuple[int, int] | None:
    """A time written with am/pm or in Chinese (点, 点半, 下午, 晚上), as (hour, minute);
    None when it is not one, or names no time of day (13pm, 晚上25点)."""
    match = _CLOCK_RE.fullmatch(value)
    if match is None:
        return None
    part, ampm = match["part"], (match["ampm"] or "").lower()
    if not (part or match["zh"] or ampm) or (part and ampm):
        return None  # a bare number (or one with minutes only), or 晚上 and pm at once
    hour = int(match["hour"])
    minutes = match["minutes"] or match["zh_minutes"]
    minute = int(minutes) if minutes else (30 if value.endswith("半") else 0)
    if minute > 59:
        return None
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif part in _LATER_PARTS and 1 <= hour <= 11:
        hour += 12  # 晚上8点 is 20:00
    elif hour == 12 and part in (*_LATER_PARTS, "凌晨") and part != "下午":
        hour = 0  # 凌晨12点 and 晚上12点: midnight
    elif part == "中午" and hour <= 2:
        hour += 12  # 中午1点 is 13:00
    return (hour, minute) if hour <= 23 else None


def format_time(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


@lru_cache(maxsize=1)
def _zone_index() -> tuple[dict[str, str], dict[str, str]]:
    """Lower-case full names, and unambiguous lower-case city names, to canonical IANA names."""
    names = sorted(available_timezones() - _NOT_ZONES)
    full = {name.lower(): name for name in names}
    cities: dict[str, list[str]] = {}
    for name in names:
        if "/" in name:
            cities.setdefault(name.rsplit("/", 1)[1].lower(), []).append(name)
    unique = {city: found[0] for city, found in cities.items() if len(found) == 1}
    return full, unique


def _format_offset(offset: timedelta) -> str:
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_timezone(text: str) -> ParsedZone:
    """IANA names (any case, or a unique city like ``tokyo``), UTC/GMT/Z, or UTC offsets.

    Offsets read the way people write them: ``GMT-3`` is three hours behind UTC (unlike the
    IANA ``Etc/GMT-3``, which is accepted too, with its IANA meaning).
    """
    value = text.translate(_FULLWIDTH).strip() if isinstance(text, str) else ""
    lowered = value.lower()
    if lowered in _UTC_NAMES:
        return ParsedZone(ZoneInfo("UTC"), "UTC")
    match = _OFFSET_RE.fullmatch(value)
    if match:
        sign, hours, minutes, hours4, minutes4 = match.groups()
        hours_i = int(hours if hours is not None else hours4)
        minutes_i = int(minutes or minutes4 or 0)
        if minutes_i not in (0, 15, 30, 45):
            raise ScheduleError(
                "bad_timezone",
                f"{text!r} is not a UTC offset (minutes must be 00/15/30/45)",
                value=str(text),
            )
        offset = timedelta(hours=hours_i, minutes=minutes_i) * (-1 if sign == "-" else 1)
        if abs(offset) > MAX_OFFSET:
            raise ScheduleError("offset_range", f"{text!r} is beyond UTC±14:00", value=str(text))
        if not offset:
            return ParsedZone(ZoneInfo("UTC"), "UTC")
        name = _format_offset(offset)
        return ParsedZone(timezone(offset, name), name)
    full, cities = _zone_index()
    key = lowered.replace(" ", "_")
    name = full.get(key) or cities.get(key) or _ALIASES.get(lowered)
    if name:
        try:
            return ParsedZone(ZoneInfo(name), name)
        except (ZoneInfoNotFoundError, ValueError):  # pragma: no cover - broken tzdata
            pass
    raise ScheduleError(
        "bad_timezone",
        f"{text!r} is not a timezone: use a name like Asia/Shanghai or an offset like UTC+8",
        value=str(text),
    )


@lru_cache(maxsize=1024)
def load_timezone(name: str) -> tzinfo:
    """The tzinfo for a stored (normalised) zone name."""
    return parse_timezone(name).tzinfo


def parse_subscribe_args(
    args: Sequence[str], default_time: str, default_tz: str
) -> SubscribeChoice:
    """``/subscribe [time] [timezone]`` in either order; missing parts come from the defaults.

    The defaults are the chat's previous choice (or the configured ones), so re-subscribing
    without arguments keeps what the user picked last time.
    """
    words: list[str] = []
    for arg in args:
        if not arg or not arg.strip():
            continue
        if words and _AMPM_RE.fullmatch(arg.strip()):
            words[-1] += arg.strip()  # "7:30 pm": one time
        else:
            words.append(arg)
    if len(words) > 2:
        raise ScheduleError(
            "too_many_args", "too many arguments: give a time and/or a timezone, e.g. 08:30 UTC+8"
        )
    chosen_time: str | None = None
    chosen_zone: str | None = None
    for word in words:
        try:
            hour, minute = parse_time(word)
        except ScheduleError as time_error:
            try:
                zone = parse_timezone(word)
            except ScheduleError as zone_error:
                timeish = _TIMEISH_RE.fullmatch(word.translate(_FULLWIDTH).strip().lower())
                raise (time_error if timeish else zone_error) from None
            if chosen_zone is not None:
                raise ScheduleError("two_timezones", "give only one timezone") from None
            chosen_zone = zone.name
        else:
            if chosen_time is not None:
                raise ScheduleError("two_times", "give only one time")
            chosen_time = format_time(hour, minute)
    return SubscribeChoice(
        chosen_time or format_time(*parse_time(default_time)),
        chosen_zone or parse_timezone(default_tz).name,
    )


# -- when ------------------------------------------------------------------------------------


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime (UTC)")
    return now.astimezone(UTC)


def _zone(tz: tzinfo | str) -> tzinfo:
    return load_timezone(tz) if isinstance(tz, str) else tz


def _hour_minute(value: str | dtime | tuple[int, int]) -> tuple[int, int]:
    if isinstance(value, str):
        return parse_time(value)
    if isinstance(value, dtime):
        return value.hour, value.minute
    return value


def _as_date(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def local_today(now: datetime, tz: tzinfo | str) -> date:
    """The calendar date at ``now`` in ``tz``."""
    return _aware(now).astimezone(_zone(tz)).date()


def due_at(
    local_date: date | str, time: str | dtime | tuple[int, int], tz: tzinfo | str
) -> datetime:
    """The UTC instant of ``time`` on ``local_date`` in ``tz``, resolving DST gaps and folds.

    Gap (time skipped by spring-forward): the first valid instant after it, i.e. the moment
    the clocks jump. Fold (time repeated by fall-back): the first occurrence.
    """
    zone = _zone(tz)
    hour, minute = _hour_minute(time)
    wall = datetime.combine(_as_date(local_date), dtime(hour, minute))
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # Nonexistent wall time: the transition instant lies between the two readings of it.
    other = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low = int(min(first, other).timestamp())  # local wall time before ``wall``
    high = int(max(first, other).timestamp()) + 1  # local wall time after ``wall``
    while high - low > 1:
        mid = (low + high) // 2
        local = datetime.fromtimestamp(mid, UTC).astimezone(zone).replace(tzinfo=None)
        if local < wall:
            low = mid
        else:
            high = mid
    return datetime.fromtimestamp(high, UTC)


def used_through(
    sub: HasSchedule,
    last_local_date: date | str | None,
    last_delivered_at: datetime | None = None,
) -> date | None:
    """The latest local day (in the subscription's current timezone) that already had its insight.

    That is the later of the ledger's last local date and the local date, in the current zone,
    of the moment that delivery happened; the two differ only after a timezone change.
    """
    days = []
    if last_local_date is not None:
        days.append(_as_date(last_local_date))
    if last_delivered_at is not None:
        days.append(local_today(last_delivered_at, sub.timezone))
    return max(days) if days else None


def _open_day(
    now: datetime,
    sub: HasSchedule,
    last_local_date: date | str | None,
    last_delivered_at: datetime | None,
) -> tuple[date, date]:
    """Today in the subscriber's zone, and the first local day from today on not yet used."""
    today = local_today(now, sub.timezone)
    used = used_through(sub, last_local_date, last_delivered_at)
    return today, today if used is None or used < today else used + timedelta(days=1)


def due_today(
    now: datetime,
    sub: HasSchedule,
    last_delivered_local_date: date | str | None,
    last_delivered_at: datetime | None = None,
) -> tuple[date, datetime] | None:
    """Today's local date and the instant its insight fell due, if it is due at ``now``.

    None when today is already used or today's time has not come yet (see ``is_due``).
    """
    now = _aware(now)
    today, day = _open_day(now, sub, last_delivered_local_date, last_delivered_at)
    if day != today:
        return None
    due = due_at(today, sub.time, sub.timezone)
    return (today, due) if now >= due else None


def is_due(
    now: datetime,
    sub: HasSchedule,
    last_delivered_local_date: date | str | None,
    last_delivered_at: datetime | None = None,
) -> bool:
    """Due when today's time has come (in the subscriber's zone) and today is not used yet.

    Today's time passed while the bot was down still counts (catch-up, same local day only).
    """
    return due_today(now, sub, last_delivered_local_date, last_delivered_at) is not None


def next_due(
    now: datetime,
    sub: HasSchedule,
    last_delivered_local_date: date | str | None,
    last_delivered_at: datetime | None = None,
) -> datetime:
    """When the next insight will go out (``now`` if it is due right away)."""
    now = _aware(now)
    today, day = _open_day(now, sub, last_delivered_local_date, last_delivered_at)
    due = due_at(day, sub.time, sub.timezone)
    return max(due, now) if day == today else due


def next_delivery(now: datetime, sub: HasSchedule, delivered_today: bool) -> datetime:
    """``next_due`` for callers that only know whether today's insight went out."""
    today = local_today(now, sub.timezone)
    return next_due(now, sub, today if delivered_today else None)


# -- which quote -----------------------------------------------------------------------------


def quote_order(seed: int, quote_ids: Iterable[str]) -> list[str]:
    """A stable pseudo-random permutation of the distinct ``quote_ids`` for this seed.

    Uses only ``Random.random()``, whose sequence Python guarantees across versions, so an
    upgrade of Python never reshuffles a subscriber's order.
    """
    items = sorted(set(quote_ids))
    rng = random.Random(seed)
    for i in range(len(items) - 1, 0, -1):
        j = int(rng.random() * (i + 1))
        items[i], items[j] = items[j], items[i]
    return items


def _cycle_seed(seed: int, cycle: int) -> int:
    if cycle == 0:
        return seed
    digest = hashlib.sha256(f"{seed}:{cycle}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def cycle_order(seed: int, cycle: int, quote_ids: Iterable[str]) -> list[str]:
    """The order for one pass through all quotes; passes are reshuffled but stable."""
    ids = sorted(set(quote_ids))
    if len(ids) <= 2:
        return quote_order(seed, ids)  # alternating is the only way to avoid repeats
    order = quote_order(_cycle_seed(seed, cycle), ids)
    if cycle > 0 and order[0] == quote_order(_cycle_seed(seed, cycle - 1), ids)[-1]:
        order[0], order[1] = order[1], order[0]  # never the same quote two days running
    return order


def quote_for(position: int, seed: int, quote_ids: Iterable[str]) -> str:
    """The quote for a subscriber's ``position``-th daily insight."""
    ids = sorted(set(quote_ids))
    if not ids:
        raise ValueError("no quotes to choose from")
    if position < 0:
        raise ValueError("position must be >= 0")
    cycle, index = divmod(position, len(ids))
    return cycle_order(seed, cycle, ids)[index]
