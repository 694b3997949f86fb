"""Faults a running bot meets: the Bot API down at start or mid-run, a bad database URL,
and the token never showing up in logs."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from harness import Emulator, free_port, make_token

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_bot_started_before_the_api_connects_when_it_appears(bot_factory, tmp_path) -> None:
    port = free_port()
    emulator = Emulator(port=port, log_path=tmp_path / "emulator.log")
    bot = bot_factory(wait_ready=False, emulator=emulator,
                      env={"DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})
    try:
        deadline = time.monotonic() + 60  # the bot is up and finds the API down
        while "not reachable" not in bot.log() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert bot.alive and "not reachable" in bot.log()
        emulator.start()
        user = emulator.user(bot.token, language_code="zh-hans")
        user.send("新加坡为什么适合做区域总部?")
        assert "区域总部" in user.wait_reply(timeout=45).plain_text
    finally:
        bot.stop()
        emulator.close()


def test_api_going_away_and_back_mid_run_loses_and_repeats_nothing(bot_factory,
                                                                   tmp_path) -> None:
    emulator = Emulator(log_path=tmp_path / "emulator.log").start()
    bot = bot_factory(emulator=emulator,
                      env={"DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})
    try:
        user = emulator.user(bot.token, language_code="zh-hans")
        user.send("对赌回购是什么?")
        user.wait_reply()
        emulator.restart(down_for=3)  # the API disappears for 3 s, then comes back
        user.send("新加坡为什么适合做区域总部?")
        assert "区域总部" in user.wait_reply(timeout=45).plain_text
        user.expect_no_reply(within=2)
        assert len(user.messages()) == 2  # one answer per question, none twice
        assert bot.alive
    finally:
        bot.stop()
        emulator.close()


def test_token_never_appears_in_logs_at_debug(emulator, bot_factory, tmp_path) -> None:
    bot = bot_factory(env={"LOG_LEVEL": "DEBUG",
                           "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})
    user = emulator.user(bot.token, language_code="en")
    user.send("/start")
    user.wait_reply()
    user.send("Why is Indonesia attractive?")
    user.wait_reply()
    emulator.fault("sendMessage", kind="server_error", token=bot.token)
    user.send("Why is Singapore the regional headquarters?")
    time.sleep(2)
    bot.stop()
    log = bot.log()
    assert "DEBUG" in log and len(log) > 1000
    assert bot.token not in log
    assert bot.token.split(":")[1] not in log


def test_unreachable_database_is_one_clear_line_with_the_password_masked(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TELEGRAM_BOT_TOKEN": make_token(),
           "TELEGRAM_API_URL": "http://127.0.0.1:9/bot",
           "DATABASE_URL": f"postgresql://bot:hunter2secret@127.0.0.1:{free_port()}/db"}
    proc = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, capture_output=True,
                          text=True, timeout=90, cwd=REPO)
    assert proc.returncode == 1
    # Apart from the start-up log, one line says what is wrong, naming the masked URL.
    lines = [line for line in proc.stderr.splitlines() if "database" in line.lower()]
    assert len(lines) == 1, proc.stderr
    assert "postgresql://bot:***@127.0.0.1" in lines[0]
    assert "hunter2secret" not in proc.stderr + proc.stdout


def config_with(tmp_path: Path, **limits: int) -> Path:
    """A copy of config/ with some `limits` changed (vocabulary paths made absolute)."""
    import yaml

    folder = tmp_path / "config"
    folder.mkdir()
    data = yaml.safe_load((REPO / "config" / "bot.yaml").read_text(encoding="utf-8"))
    data["limits"].update(limits)
    data["vocabulary"] = {k: str(REPO / v) for k, v in data["vocabulary"].items()}
    data["seeds_dir"] = str(REPO / "seeds")
    (folder / "bot.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_flood_protection_slows_one_user_not_the_other(emulator, bot_factory, tmp_path) -> None:
    config = config_with(tmp_path, questions_per_minute=3)
    bot = bot_factory(env={"CONFIG_DIR": str(config),
                           "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})
    fast = emulator.user(bot.token, language_code="zh-hans")
    calm = emulator.user(bot.token, language_code="zh-hans")
    for _ in range(6):
        fast.send("对赌回购是什么?")
    # Count every message in the chat: early answers may arrive before the last send.
    deadline = time.monotonic() + 20
    while len(fast.messages()) < 4 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)  # and nothing more comes
    replies = fast.messages()
    assert sorted("稍等" in r.plain_text for r in replies) == [False, False, False, True]
    calm.send("新加坡为什么适合做区域总部?")
    assert "区域总部" in calm.wait_reply().plain_text
