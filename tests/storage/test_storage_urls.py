"""Database URLs as operators paste them, and what ends up in logs and error messages."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from bot.storage import StoreUnavailable, mask_url, open_store
from bot.storage.urls import normalise_url


@pytest.mark.parametrize(
    ("url", "driver", "database"),
    [
        ("postgres://bot:pw@db.example:5432/app", "postgresql+psycopg", "app"),
        ("postgresql://bot:pw@db.example/app", "postgresql+psycopg", "app"),
        ("postgresql+psycopg://bot:pw@db.example/app", "postgresql+psycopg", "app"),
        ("POSTGRES://bot@db.example/app?sslmode=require", "postgresql+psycopg", "app"),
        ("sqlite:///data/bot.db", "sqlite", "data/bot.db"),
        ("sqlite:////var/lib/bot/bot.db", "sqlite", "/var/lib/bot/bot.db"),
        ("data/bot.sqlite3", "sqlite", "data/bot.sqlite3"),
        ("/srv/bot.sqlite3", "sqlite", "/srv/bot.sqlite3"),
        ("  sqlite:///padded.db\n", "sqlite", "padded.db"),
    ],
)
def test_url_forms_are_understood(url: str, driver: str, database: str) -> None:
    parsed = normalise_url(url)
    assert parsed.drivername == driver
    assert parsed.database == database


def test_postgres_query_parameters_survive() -> None:
    parsed = normalise_url("postgres://u:p@h/db?sslmode=require")
    assert parsed.query["sslmode"] == "require"


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql://bot:s3cret@host/db", "postgresql://bot:***@host/db"),
        (
            "postgres://bot:s3cret@host:5432/db?sslmode=require",
            "postgres://bot:***@host:5432/db?sslmode=require",
        ),
        ("postgresql://bot:p%40ss@host/db", "postgresql://bot:***@host/db"),
        ("postgresql://bot:p@ss:w/rd@host/db", "postgresql://bot:***@host/db"),
        ("postgresql://bot@host/db", "postgresql://bot@host/db"),
        ("postgresql://:onlypass@host/db", "postgresql://:***@host/db"),
        (
            "postgresql://host/db?user=bot&password=s3cret",
            "postgresql://host/db?user=bot&password=***",
        ),
        ("://bot:s3cret@host/db", "://bot:***@host/db"),
        ("bot:s3cret@host/db", "bot:***@host/db"),
        ("sqlite:////data/bot.db", "sqlite:////data/bot.db"),
        ("data/bot.db", "data/bot.db"),
        ("", ""),
    ],
)
def test_mask_url_hides_passwords(url: str, masked: str) -> None:
    assert mask_url(url) == masked


@pytest.mark.parametrize(
    "make", ["relative_url", "absolute_url", "plain_relative", "plain_absolute"]
)
def test_sqlite_forms_open_and_create_parent_directory(
    make: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "deep" / "er" / "bot.db"
    url = {
        "relative_url": "sqlite:///deep/er/bot.db",
        "absolute_url": f"sqlite:///{target}",  # absolute path -> four slashes
        "plain_relative": "deep/er/bot.db",
        "plain_absolute": str(target),
    }[make]
    if make == "absolute_url":
        assert url.startswith("sqlite:////")
    store = open_store(url)
    store.subscribe(1, 1, "08:30", "UTC")
    store.close()
    assert target.is_file()
    with sqlite3.connect(target) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT chat_id FROM subscriptions").fetchall() == [(1,)]


@pytest.mark.postgres
@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+psycopg"])
def test_postgres_forms_open(scheme: str, pg_url: str) -> None:
    url = scheme + pg_url[pg_url.index("://") :]
    store = open_store(url)
    try:
        assert store.backend == "postgresql"
        assert store.subscribe(5, 5, "07:00", "UTC").active
    finally:
        store.close()


def _unavailable(url: str, **kwargs: object) -> str:
    with pytest.raises(StoreUnavailable) as caught:
        open_store(url, **kwargs)
    return str(caught.value)


def test_unsupported_scheme_is_refused_without_leaking_password() -> None:
    message = _unavailable("mysql://bot:hunter2@db.example/app")
    assert "bot:***@db.example" in message
    assert "hunter2" not in message


@pytest.mark.parametrize(
    "url", ["://bot:hunter2@db/app", "bot:hunter2@db/app", "postgresql://bot:hunter2@db:port/app"]
)
def test_mangled_urls_are_refused_not_taken_for_file_names(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    message = _unavailable(url)
    assert "bot:***@db" in message
    assert "hunter2" not in message
    assert list(tmp_path.iterdir()) == []


def test_empty_url_is_refused() -> None:
    assert "empty" in _unavailable("   ")


def test_unreachable_postgres_fails_fast_with_masked_url() -> None:
    started = time.monotonic()
    message = _unavailable("postgresql://bot:hunter2@127.0.0.1:1/app", connect_timeout=2)
    assert time.monotonic() - started < 10
    assert "postgresql://bot:***@127.0.0.1:1/app" in message
    assert "hunter2" not in message


@pytest.mark.postgres
def test_missing_postgres_database_is_reported(postgres_available: None) -> None:
    message = _unavailable("postgres://postgres:hunter2@127.0.0.1:5432/no_such_db_for_bot_tests")
    assert "postgres://postgres:***@127.0.0.1:5432/no_such_db_for_bot_tests" in message
    assert "hunter2" not in message


def test_unwritable_sqlite_location_is_reported() -> None:
    # Nobody, not even root, can create directories under /proc.
    assert "cannot open database /proc/interview-bot/bot.db" in _unavailable(
        "/proc/interview-bot/bot.db"
    )


def test_sqlite_path_that_is_a_directory_is_reported(tmp_path: Path) -> None:
    assert "cannot open database" in _unavailable(f"sqlite:///{tmp_path}")
