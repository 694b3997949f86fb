"""Scheduler tests use a real store: a SQLite file and the PostgreSQL server, same tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.storage import Store, open_store
from bot.storage.testing import (
    ManualClock,
    isolated_pg_schema,
    pg_test_url,
    pg_unreachable_reason,
)


@pytest.fixture(scope="session")
def postgres_available() -> None:
    """Skip PostgreSQL cases locally when no server runs; in CI (CI=true) that is a failure."""
    reason = pg_unreachable_reason()
    if reason:
        message = f"PostgreSQL at {pg_test_url()} unreachable: {reason}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def pg_url(postgres_available: None) -> Iterator[str]:
    with isolated_pg_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'bot.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2024, 5, 1, 12, 0, tzinfo=UTC))


@pytest.fixture
def store(db_url: str, clock: ManualClock) -> Iterator[Store]:
    opened = open_store(db_url, clock=clock)
    yield opened
    opened.close()
