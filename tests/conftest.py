"""Shared fixtures: the real content, small hand-made interviews for errors, and real
databases (a SQLite file and the PostgreSQL server, the same tests on both)."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.services import Services, build_services
from bot.storage import Store, open_store
from bot.storage.testing import (
    ManualClock,
    isolated_pg_schema,
    pg_test_url,
    pg_unreachable_reason,
)

ROOT = Path(__file__).resolve().parent.parent

MINI_SOURCE = textwrap.dedent("""\
    小访谈:测试标题
    TONACEA
    引言第一段,说明访谈背景。
    第一章
    “市场过热时,反而可能是考虑退出的时候。”他说。
    短段落。
    第二段很长的内容,讲的是出海和授权交易,贡献了全球近一半的交易量。
    """)

MINI_YAML = textwrap.dedent("""\
    id: mini
    source: mini.txt
    metadata:
      title: {zh: "小访谈:测试标题", en: "A small interview"}
      interviewee: {zh: 张三, en: Zhang San}
      role: {zh: 测试公司合伙人, en: "Partner, Test Co"}
      organisation: {zh: 测试公司, en: Test Co}
      outlet: {zh: 测试媒体, en: Test Media}
      date: "2025-01-02"
    skip: ["小访谈:测试标题", "TONACEA"]
    sections:
      - id: intro
        heading: null
        title: {zh: 引言, en: Introduction}
        summary: {zh: 背景。, en: Background.}
        passages:
          - {id: p01, text: "引言第一段,说明访谈背景。", en: "The first paragraph."}
      - id: s1
        heading: 第一章
        title: {zh: 第一章, en: Chapter one}
        summary: {zh: 关于退出和出海。, en: On exits and going global.}
        passages:
          - id: p02
            text: "“市场过热时,反而可能是考虑退出的时候。”他说。\\n短段落。"
            en: "When the market overheats, it may be time to exit, he said. A short one."
          - {id: p03, text: "第二段很长的内容,讲的是出海和授权交易,贡献了全球近一半的交易量。",
             en: "Licensing deals, nearly half of global deal volume."}
        quotes:
          - {id: q01, text: "市场过热时,反而可能是考虑退出的时候。", en: "Exit when it is hot."}
          - {id: q02, text: "贡献了全球近一半的交易量。", en: "Nearly half of global deals."}
    """)


def write_mini(folder: Path, yaml_text: str = MINI_YAML, source: str = MINI_SOURCE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mini.txt").write_text(source, encoding="utf-8")
    (folder / "mini.yaml").write_text(yaml_text, encoding="utf-8")
    return folder


@pytest.fixture
def mini_seeds(tmp_path: Path) -> Path:
    return write_mini(tmp_path / "seeds")


@pytest.fixture(scope="session", autouse=True)
def index_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The index cache of this run (bot.search.index_cache), in a folder of its own: the
    first build writes it and later ones, in the tests' own bots and commands too, read it;
    nothing lands in the user's ~/.cache."""
    folder = tmp_path_factory.mktemp("index-cache")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("INTERVIEW_BOT_CACHE", str(folder))
        yield folder


@pytest.fixture(scope="session")
def services() -> Services:
    """The real content, vocabulary and matcher, built once for the whole run."""
    return build_services(config_dir=ROOT / "config", seeds_dir=ROOT / "seeds")


# -- real databases: a SQLite file and the PostgreSQL server ---------------------------
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
