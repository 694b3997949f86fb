"""Persistent state of the bot: users, daily subscriptions and the delivery ledger.

Synchronous and short-lived transactions so it can be called from handlers, the scheduler job
and the command line alike. The ``deliveries`` table with its UNIQUE (chat_id, local_date) is
the ledger that keeps the "at most one daily insight per local day" promise across restarts.
"""

from __future__ import annotations

import logging
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import URL
from sqlalchemy.exc import (
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.pool import StaticPool

from . import schema
from .schema import deliveries, subscriptions, users
from .urls import UnsupportedURL, is_memory_sqlite, mask_url, normalise_url

logger = logging.getLogger(__name__)

__all__ = [
    "Delivery",
    "ScheduleEntry",
    "Store",
    "StoreUnavailable",
    "Subscription",
    "User",
    "open_store",
]

LANGUAGES = ("zh", "en")
_TIME_RE = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")
_MAX_ERROR_CHARS = 1000
_SQLITE_BUSY_SECONDS = 30.0


class StoreUnavailable(RuntimeError):
    """The database cannot be reached or used; the message names the URL with password masked."""


@dataclass(frozen=True)
class User:
    user_id: int
    chat_id: int
    language: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Subscription:
    """A chat's daily-insight choice. Kept (inactive) after unsubscribing to remember the choice."""

    chat_id: int
    user_id: int
    time: str  # "HH:MM", local to ``timezone``
    timezone: str  # normalised IANA name or "UTC+05:30"
    active: bool
    order_seed: int  # fixed at first subscription: stable quote order per subscriber
    position: int  # daily insights received so far (index into the quote cycle)
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Delivery:
    chat_id: int
    local_date: str
    quote_id: str
    status: str  # "claimed" | "sent" | "failed"
    claimed_at: datetime
    sent_at: datetime | None
    error: str | None


@dataclass(frozen=True)
class ScheduleEntry:
    """An active subscription plus what the scheduler needs to know about its past deliveries."""

    subscription: Subscription
    last_local_date: str | None  # highest local_date in the ledger
    last_claimed_at: datetime | None  # when the latest delivery was claimed (UTC)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _date_str(value: date | str) -> str:
    if isinstance(value, datetime):
        raise TypeError("local_date must be a date or 'YYYY-MM-DD', not a datetime")
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(value).isoformat()


def _open_claim(chat_id: int, local_date: date | str) -> tuple[Any, ...]:
    """The WHERE clause of a chat's unfinished claim for one local day."""
    return (
        deliveries.c.chat_id == chat_id,
        deliveries.c.local_date == _date_str(local_date),
        deliveries.c.status == "claimed",
    )


def _sanitise(reason: str, raw_url: str, password: object) -> str:
    """First line of a driver error, with the password scrubbed should a driver echo it."""
    line = (reason.strip().splitlines() or ["unknown error"])[0]
    line = line.replace(raw_url, mask_url(raw_url))
    if password:
        line = line.replace(str(password), "***")
    return line


def _user(row: Any) -> User:
    return User(row.user_id, row.chat_id, row.language, row.created_at, row.updated_at)


def _subscription(row: Any) -> Subscription:
    return Subscription(
        chat_id=row.chat_id,
        user_id=row.user_id,
        time=row.time,
        timezone=row.timezone,
        active=bool(row.active),
        order_seed=row.order_seed,
        position=row.position,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _delivery(row: Any) -> Delivery:
    return Delivery(
        row.chat_id,
        row.local_date,
        row.quote_id,
        row.status,
        row.claimed_at,
        row.sent_at,
        row.error,
    )


class Store:
    """All reads and writes; every public method is its own short transaction."""

    def __init__(
        self, engine: Engine, display_url: str, clock: Callable[[], datetime] = _utcnow
    ) -> None:
        self._engine = engine
        self._display_url = display_url
        self._clock = clock
        self._insert = (
            pg_dialect.insert if engine.dialect.name == "postgresql" else sqlite_dialect.insert
        )

    def __repr__(self) -> str:
        return f"Store({self._display_url!r})"

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    @property
    def display_url(self) -> str:
        """The configured URL with the password masked."""
        return self._display_url

    def close(self) -> None:
        """Release pooled connections (and the SQLite file handles)."""
        self._engine.dispose()

    def _now(self, now: datetime | None) -> datetime:
        value = now if now is not None else self._clock()
        if value.tzinfo is None:
            raise ValueError("the store needs aware datetimes (UTC)")
        return value.astimezone(UTC)

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Connection]:
        """One transaction; writes take SQLite's write lock up front to avoid upgrade deadlocks."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(interview_bot_write=write)
                with conn.begin():
                    yield conn
        except (OperationalError, InterfaceError) as exc:
            password = self._engine.url.password
            reason = _sanitise(str(exc.orig or exc), self._display_url, password)
            raise StoreUnavailable(f"database {self._display_url} unavailable: {reason}") from None

    # -- users ------------------------------------------------------------------------------

    def get_user(self, user_id: int) -> User | None:
        with self._tx() as conn:
            row = conn.execute(select(users).where(users.c.user_id == user_id)).first()
        return _user(row) if row else None

    def upsert_user(self, user_id: int, chat_id: int, language: str | None = None) -> User:
        """Record a user seen in ``chat_id``; a ``None`` language keeps the stored one."""
        _check_language(language)
        now = self._now(None)
        stmt = self._insert(users).values(
            user_id=user_id, chat_id=chat_id, language=language, created_at=now, updated_at=now
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[users.c.user_id],
            set_={
                "chat_id": stmt.excluded.chat_id,
                "language": func.coalesce(stmt.excluded.language, users.c.language),
                "updated_at": stmt.excluded.updated_at,
            },
        )
        with self._tx(write=True) as conn:
            conn.execute(stmt)
            row = conn.execute(select(users).where(users.c.user_id == user_id)).one()
        return _user(row)

    def set_language(self, user_id: int, language: str | None) -> bool:
        """Set (or clear with ``None``) the user's language; False if the user is unknown."""
        _check_language(language)
        with self._tx(write=True) as conn:
            result = conn.execute(
                users.update()
                .where(users.c.user_id == user_id)
                .values(language=language, updated_at=self._now(None))
            )
        return result.rowcount == 1

    def forget_user(self, user_id: int) -> bool:
        """Delete everything stored about a user: user row, their subscriptions and deliveries."""
        with self._tx(write=True) as conn:
            chats = select(subscriptions.c.chat_id).where(subscriptions.c.user_id == user_id)
            removed = conn.execute(
                deliveries.delete().where(deliveries.c.chat_id.in_(chats))
            ).rowcount
            removed += conn.execute(
                subscriptions.delete().where(subscriptions.c.user_id == user_id)
            ).rowcount
            removed += conn.execute(users.delete().where(users.c.user_id == user_id)).rowcount
        if removed:
            logger.info("forgot user %s (%d rows)", user_id, removed)
        return removed > 0

    # -- subscriptions ----------------------------------------------------------------------

    def subscribe(self, chat_id: int, user_id: int, time: str, timezone: str) -> Subscription:
        """Start (or change) daily insights for a chat.

        Re-subscribing only changes time and timezone: the quote order and progress are kept,
        so a subscriber never restarts the cycle by editing the time.
        """
        if not _TIME_RE.match(time):
            raise ValueError(f"time must be 'HH:MM', got {time!r}")
        if not timezone or len(timezone) > 64:
            raise ValueError(f"bad timezone name {timezone!r}")
        now = self._now(None)
        ensure_user = (
            self._insert(users)
            .values(user_id=user_id, chat_id=chat_id, language=None, created_at=now, updated_at=now)
            .on_conflict_do_nothing(index_elements=[users.c.user_id])
        )
        stmt = self._insert(subscriptions).values(
            chat_id=chat_id,
            user_id=user_id,
            time=time,
            timezone=timezone,
            active=True,
            order_seed=secrets.randbelow(2**31),
            position=0,
            created_at=now,
            updated_at=now,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[subscriptions.c.chat_id],
            set_={
                "user_id": stmt.excluded.user_id,
                "time": stmt.excluded.time,
                "timezone": stmt.excluded.timezone,
                "active": True,
                "updated_at": stmt.excluded.updated_at,
            },
        )
        with self._tx(write=True) as conn:
            conn.execute(ensure_user)
            conn.execute(stmt)
            row = conn.execute(
                select(subscriptions).where(subscriptions.c.chat_id == chat_id)
            ).one()
        return _subscription(row)

    def unsubscribe(self, chat_id: int) -> bool:
        """Stop daily insights; True if the chat was subscribed. Time/timezone are remembered."""
        with self._tx(write=True) as conn:
            result = conn.execute(
                subscriptions.update()
                .where(subscriptions.c.chat_id == chat_id, subscriptions.c.active.is_(True))
                .values(active=False, updated_at=self._now(None))
            )
        return result.rowcount == 1

    def get_subscription(self, chat_id: int) -> Subscription | None:
        """The chat's subscription, active or not (an inactive one holds the last choice)."""
        with self._tx() as conn:
            row = conn.execute(
                select(subscriptions).where(subscriptions.c.chat_id == chat_id)
            ).first()
        return _subscription(row) if row else None

    def active_subscriptions(self) -> list[Subscription]:
        with self._tx() as conn:
            rows = conn.execute(
                select(subscriptions)
                .where(subscriptions.c.active.is_(True))
                .order_by(subscriptions.c.chat_id)
            ).all()
        return [_subscription(row) for row in rows]

    def schedule_entries(self) -> list[ScheduleEntry]:
        """Active subscriptions with their latest ledger entry, in one query per scheduler tick."""
        return self._schedule_entries(subscriptions.c.active.is_(True))

    def schedule_entry(self, chat_id: int) -> ScheduleEntry | None:
        """One chat's subscription (active or not) with its latest ledger entry."""
        found = self._schedule_entries(subscriptions.c.chat_id == chat_id)
        return found[0] if found else None

    def _schedule_entries(self, *where: Any) -> list[ScheduleEntry]:
        # Correlated subqueries use the (chat_id, local_date) unique index: no full scan.
        d1, d2 = deliveries.alias("d1"), deliveries.alias("d2")
        last_date = (
            select(func.max(d1.c.local_date))
            .where(d1.c.chat_id == subscriptions.c.chat_id)
            .scalar_subquery()
        )
        last_at = (
            select(func.max(d2.c.claimed_at))
            .where(d2.c.chat_id == subscriptions.c.chat_id)
            .scalar_subquery()
        )
        query = (
            select(subscriptions, last_date.label("last_date"), last_at.label("last_at"))
            .where(*where)
            .order_by(subscriptions.c.chat_id)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        return [ScheduleEntry(_subscription(row), row.last_date, row.last_at) for row in rows]

    # -- delivery ledger --------------------------------------------------------------------

    def claim_delivery(
        self, chat_id: int, local_date: date | str, quote_id: str, now: datetime | None = None
    ) -> bool:
        """Reserve the chat's insight for ``local_date`` before sending it.

        An atomic INSERT on both backends: of any number of racing callers (threads, a second
        bot process, a restarted one) exactly one gets True. A claim is never taken twice, so
        a crash after claiming can lose that day's message but never send it twice.
        """
        stmt = (
            self._insert(deliveries)
            .values(
                chat_id=chat_id,
                local_date=_date_str(local_date),
                quote_id=quote_id,
                status="claimed",
                claimed_at=self._now(now),
            )
            .on_conflict_do_nothing(index_elements=[deliveries.c.chat_id, deliveries.c.local_date])
            # RETURNING, not rowcount: rowcount is -1 for psycopg when RETURNING is implied.
            .returning(deliveries.c.id)
        )
        try:
            with self._tx(write=True) as conn:
                return conn.execute(stmt).first() is not None
        except IntegrityError:
            # The subscription vanished (forget_user) between planning and claiming.
            logger.info("claim for chat %s refused: no subscription row", chat_id)
            return False

    def mark_sent(self, chat_id: int, local_date: date | str, now: datetime | None = None) -> bool:
        """Record a successful send and advance the subscriber's position in the quote cycle."""
        with self._tx(write=True) as conn:
            done = conn.execute(
                deliveries.update()
                .where(*_open_claim(chat_id, local_date))
                .values(status="sent", sent_at=self._now(now), error=None)
            ).rowcount
            if done:
                conn.execute(
                    subscriptions.update()
                    .where(subscriptions.c.chat_id == chat_id)
                    .values(position=subscriptions.c.position + 1)
                )
        return done == 1

    def mark_failed(
        self, chat_id: int, local_date: date | str, error: str, now: datetime | None = None
    ) -> bool:
        """Keep the claim (no retry that day) and note why it failed."""
        with self._tx(write=True) as conn:
            result = conn.execute(
                deliveries.update()
                .where(*_open_claim(chat_id, local_date))
                .values(status="failed", error=(error or "")[:_MAX_ERROR_CHARS])
            )
        return result.rowcount == 1

    def release_claim(self, chat_id: int, local_date: date | str) -> bool:
        """Drop a claim whose send failed transiently so a later tick retries the same day.

        Only an unfinished claim is released: a sent or failed day is never reopened.
        """
        with self._tx(write=True) as conn:
            result = conn.execute(
                deliveries.delete().where(*_open_claim(chat_id, local_date))
            )
        return result.rowcount == 1

    def expire_stale_claims(self, older_than: datetime, note: str = "interrupted") -> int:
        """Mark claims left by a crash as failed (outcome unknown, so never resent)."""
        with self._tx(write=True) as conn:
            result = conn.execute(
                deliveries.update()
                .where(deliveries.c.status == "claimed", deliveries.c.claimed_at < older_than)
                .values(status="failed", error=note)
            )
        if result.rowcount:
            logger.warning("%d interrupted deliveries marked failed (not resent)", result.rowcount)
        return result.rowcount

    def get_delivery(self, chat_id: int, local_date: date | str) -> Delivery | None:
        with self._tx() as conn:
            row = conn.execute(
                select(deliveries).where(
                    deliveries.c.chat_id == chat_id,
                    deliveries.c.local_date == _date_str(local_date),
                )
            ).first()
        return _delivery(row) if row else None

    def delivered_on(self, chat_id: int, local_date: date | str) -> bool:
        """True if that local day is used: claimed, sent or failed (none will be sent again)."""
        return self.get_delivery(chat_id, local_date) is not None

    def deliveries_for(self, chat_id: int) -> list[Delivery]:
        """The chat's ledger, oldest local day first."""
        with self._tx() as conn:
            rows = conn.execute(
                select(deliveries)
                .where(deliveries.c.chat_id == chat_id)
                .order_by(deliveries.c.local_date)
            ).all()
        return [_delivery(row) for row in rows]

    # -- reporting --------------------------------------------------------------------------

    def stats(self, today_utc: date) -> dict[str, int]:
        """Counts for an admin /stats: subscribers and today's (UTC day) deliveries."""
        start = datetime.combine(today_utc, dtime(0), tzinfo=UTC)
        end = start + timedelta(days=1)
        d = deliveries.c
        with self._tx() as conn:

            def count(*where: Any, table: Any = deliveries) -> int:
                return conn.execute(select(func.count()).select_from(table).where(*where)).scalar()

            return {
                "users": count(table=users),
                "active_subscribers": count(subscriptions.c.active.is_(True), table=subscriptions),
                "inactive_subscribers": count(
                    subscriptions.c.active.is_(False), table=subscriptions
                ),
                "sent_today": count(d.status == "sent", d.sent_at >= start, d.sent_at < end),
                "failed_today": count(
                    d.status == "failed", d.claimed_at >= start, d.claimed_at < end
                ),
                "pending_today": count(
                    d.status == "claimed", d.claimed_at >= start, d.claimed_at < end
                ),
            }

    def schema_version(self) -> int:
        with self._tx() as conn:
            return conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, got {language!r}")


def _enable_wal(cursor: Any) -> None:
    """Switch the file to WAL once; it persists. Readers then never block the scheduler.

    Switching needs a moment with no other connection, which SQLite does not wait for (no
    busy handler), so retry briefly when several processes open a new file at once.
    """
    for attempt in range(50):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(0.01 * (attempt + 1))
    logger.warning("could not switch SQLite to WAL mode; continuing with the default journal")


def _sqlite_engine(url: URL) -> Engine:
    memory = is_memory_sqlite(url)
    if not memory and url.database and not url.database.startswith("file:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"timeout": _SQLITE_BUSY_SECONDS, "check_same_thread": False},
        **({"poolclass": StaticPool} if memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below): the sqlite3 module's implicit transactions skip DDL
        # and SELECTs, which would break transactional migrations.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(_SQLITE_BUSY_SECONDS * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not memory:
            _enable_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("interview_bot_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgres_engine(url: URL, connect_timeout: float) -> Engine:
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = max(1, int(connect_timeout))
    # Hosted databases drop idle connections: check before use, recycle well before limits.
    return create_engine(url, pool_pre_ping=True, pool_recycle=1800, connect_args=connect_args)


def open_store(
    url: str, *, clock: Callable[[], datetime] = _utcnow, connect_timeout: float = 10.0
) -> Store:
    """Connect, create or upgrade the schema, and return a ready ``Store``.

    Accepts ``postgres://``, ``postgresql://``, ``postgresql+psycopg://``, ``sqlite:///path``
    or a bare filesystem path (SQLite). Raises ``StoreUnavailable`` (password masked) when the
    database cannot be used, so startup fails with a message an operator can act on.
    """
    display = mask_url(url)
    try:
        sa_url = normalise_url(url)
    except UnsupportedURL as exc:
        raise StoreUnavailable(str(exc)) from None
    engine: Engine | None = None
    try:
        if sa_url.get_backend_name() == "sqlite":
            engine = _sqlite_engine(sa_url)
        else:
            engine = _postgres_engine(sa_url, connect_timeout)
        with engine.connect() as conn:
            conn.execution_options(interview_bot_write=True)
            with conn.begin():
                version = schema.upgrade(conn, clock())
    except (SQLAlchemyError, OSError, ImportError, schema.SchemaTooNew) as exc:
        if engine is not None:
            engine.dispose()
        orig = getattr(exc, "orig", None) or exc
        reason = _sanitise(str(orig), url, sa_url.password)
        raise StoreUnavailable(f"cannot open database {display}: {reason}") from None
    logger.info("database %s ready (schema version %d)", display, version)
    return Store(engine, display, clock)
