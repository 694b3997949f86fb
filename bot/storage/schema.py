"""Tables and the ordered list of schema migrations.

Each migration builds its own frozen table definitions, so a fresh database goes through
exactly the same steps as an old one being upgraded. To change the schema: append a step to
``MIGRATIONS`` and update the runtime tables below to match; never edit an existing step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    select,
    text,
)

logger = logging.getLogger(__name__)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out on both backends (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# Telegram chat ids of groups are negative 13-digit numbers: BIGINT everywhere.
_ID = BigInteger
# Surrogate keys: BIGSERIAL on PostgreSQL, rowid alias on SQLite.
_SERIAL = BigInteger().with_variant(Integer, "sqlite")


def _v1_tables(metadata: MetaData) -> None:
    """Version 1: the initial schema (frozen; copy, don't edit, for later steps)."""
    Table(
        "users",
        metadata,
        Column("user_id", _ID, primary_key=True, autoincrement=False),
        Column("chat_id", _ID, nullable=False),
        Column("language", String(8), nullable=True),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
        CheckConstraint("language IS NULL OR language IN ('zh', 'en')", name="ck_users_language"),
    )
    Table(
        "subscriptions",
        metadata,
        Column("chat_id", _ID, primary_key=True, autoincrement=False),
        Column("user_id", _ID, ForeignKey("users.user_id", ondelete="CASCADE"), nullable=False),
        Column("time", String(5), nullable=False),
        Column("timezone", String(64), nullable=False),
        Column("active", Boolean(), nullable=False),
        Column("order_seed", BigInteger, nullable=False),
        Column("position", Integer, nullable=False, server_default="0"),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
        Index("ix_subscriptions_user_id", "user_id"),
    )
    Table(
        "deliveries",
        metadata,
        Column("id", _SERIAL, primary_key=True, autoincrement=True),
        Column(
            "chat_id",
            _ID,
            ForeignKey("subscriptions.chat_id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("local_date", String(10), nullable=False),
        Column("quote_id", String(200), nullable=False),
        Column("status", String(8), nullable=False),
        Column("claimed_at", UTCDateTime(), nullable=False),
        Column("sent_at", UTCDateTime(), nullable=True),
        Column("error", Text, nullable=True),
        # The at-most-one-insight-per-local-day guarantee lives here.
        UniqueConstraint("chat_id", "local_date", name="uq_deliveries_chat_day"),
        CheckConstraint("status IN ('claimed', 'sent', 'failed')", name="ck_deliveries_status"),
        # Finds unfinished claims (few) quickly on every tick; also serves daily stats.
        Index("ix_deliveries_status_claimed_at", "status", "claimed_at"),
    )
    Table(
        "kv",
        metadata,
        Column("key", String(100), primary_key=True),
        Column("value", Text, nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
    )


def _migrate_v1(conn: Connection) -> None:
    metadata = MetaData()
    _v1_tables(metadata)
    metadata.create_all(conn)


# Index i holds the step that brings the schema to version i + 1.
MIGRATIONS: list[Callable[[Connection], None]] = [_migrate_v1]
SCHEMA_VERSION = len(MIGRATIONS)

# Runtime tables used by queries: currently identical to version 1. Its "kv" table is no
# longer read or written; it stays in the schema so existing databases still match.
metadata = MetaData()
_v1_tables(metadata)
users = metadata.tables["users"]
subscriptions = metadata.tables["subscriptions"]
deliveries = metadata.tables["deliveries"]

_version_metadata = MetaData()
schema_version = Table(
    "schema_version",
    _version_metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", UTCDateTime(), nullable=False),
)


class SchemaTooNew(RuntimeError):
    """The database was upgraded by a newer release; refuse to run rather than corrupt it."""


def upgrade(conn: Connection, now: datetime) -> int:
    """Apply pending migrations inside the caller's transaction; returns the final version.

    The caller holds the write lock (BEGIN IMMEDIATE / advisory lock), so concurrent starts
    of two bot processes apply each step once.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(4242017001)"))
    _version_metadata.create_all(conn)
    current = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"database schema is version {current}, this release knows up to {SCHEMA_VERSION}"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        logger.info("applying database migration %d", version)
        MIGRATIONS[version - 1](conn)
        conn.execute(schema_version.insert().values(version=version, applied_at=now))
    return SCHEMA_VERSION
