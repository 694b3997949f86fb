"""Fixtures for the end-to-end tests: a Bot API emulator and bot processes on 127.0.0.1.

The tests in this folder are marked `e2e`. Without node or tests/e2e/node_modules they are
skipped with the reason; with CI=true they fail instead (install: `npm ci --prefix tests/e2e`).

Fixtures:
    emulator      session-wide harness.Emulator (api_url -> the bot's TELEGRAM_API_URL)
    bot_token     a fresh token; every token is a separate bot in the emulator
    bot_factory   start(cmd=None, *, token=None, env=None, cwd=None, wait_ready=True,
                  timeout=30, emulator=None) -> harness.BotProcess; default cmd is
                  [sys.executable, "-m", "bot", "run"]; all are stopped after the test and
                  their logs are printed when the test failed
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from harness import E2E_DIR, BotProcess, Emulator, make_token, missing_prerequisites

DEFAULT_BOT_CMD = [sys.executable, "-m", "bot", "run"]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def _in_e2e(item: pytest.Item) -> bool:
    return E2E_DIR in Path(str(item.path)).resolve().parents


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = missing_prerequisites()
    for item in items:
        if not _in_e2e(item):
            continue
        item.add_marker(pytest.mark.e2e)
        if reason and not _in_ci():
            item.add_marker(pytest.mark.skip(reason=f"e2e tests skipped: {reason}"))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    rep = yield
    setattr(item, f"rep_{rep.when}", rep)
    return rep


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory):
    reason = missing_prerequisites()
    if reason:
        if _in_ci():
            pytest.fail(f"e2e prerequisites missing in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    emu = Emulator(log_path=tmp_path_factory.mktemp("emulator") / "emulator.log")
    emu.start()
    yield emu
    emu.close()


@pytest.fixture
def bot_token() -> str:
    return make_token()


@pytest.fixture
def bot_factory(emulator: Emulator, tmp_path: Path, request: pytest.FixtureRequest):
    started: list[BotProcess] = []

    def start(
        cmd: list[str] | None = None,
        *,
        token: str | None = None,
        env: dict[str, str] | None = None,
        cwd: str | os.PathLike | None = None,
        wait_ready: bool = True,
        timeout: float = 30.0,
        emulator: Emulator | None = None,
    ) -> BotProcess:
        bot = BotProcess(
            cmd or DEFAULT_BOT_CMD,
            emulator or emulator_default,
            token or make_token(),
            env=env,
            cwd=cwd,
            log_path=tmp_path / f"bot-{len(started)}.log",
        )
        started.append(bot)
        return bot.start(wait_ready=wait_ready, timeout=timeout)

    emulator_default = emulator
    yield start
    for bot in started:
        bot.stop()
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        for bot in started:
            print(f"\n----- bot log {bot.log_path} (last lines) -----\n{bot.log_tail(80)}")
