"""Helpers for tests that need a real database (no pytest import, so any suite can use them)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

DEFAULT_TEST_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
TEST_PG_URL_ENV = "INTERVIEW_BOT_TEST_PG_URL"


def pg_test_url() -> str:
    """The PostgreSQL server tests run against (override with INTERVIEW_BOT_TEST_PG_URL)."""
    return os.environ.get(TEST_PG_URL_ENV, DEFAULT_TEST_PG_URL)


def pg_unreachable_reason(url: str | None = None) -> str | None:
    """None if the test server answers, otherwise why not (for skip/fail messages)."""
    import psycopg

    try:
        psycopg.connect(url or pg_test_url(), connect_timeout=3).close()
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
    return None


@contextmanager
def isolated_pg_schema(url: str | None = None) -> Iterator[str]:
    """Yield a URL whose tables live in a fresh schema, dropped afterwards.

    Keeps parallel and repeated test runs on one server independent of each other.
    """
    import psycopg

    base = url or pg_test_url()
    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(base, autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={name}')}"
    finally:
        with psycopg.connect(base, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


class ManualClock:
    """An injectable clock for ``open_store(clock=...)`` and scheduler ticks."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self.now = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> datetime:
        self.now += delta
        return self.now
