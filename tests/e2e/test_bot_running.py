"""Running the bot: webhook mode, restarts with old buttons, start-up failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from harness import free_port, make_token

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_webhook_mode_answers_and_checks_the_secret(emulator, bot_factory, tmp_path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-webhook"
    bot = bot_factory(wait_ready=False, env={
        "WEBHOOK_URL": url, "WEBHOOK_SECRET": "s3cret-token", "WEBHOOK_LISTEN": "127.0.0.1",
        "PORT": str(port), "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})
    emulator.wait_call("setWebhook", token=bot.token, timeout=30)
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send("新加坡为什么适合做区域总部?")
    assert "区域总部" in user.wait_reply(timeout=15).plain_text
    # A request without the secret token is refused by the bot's own web server.
    forged = {"update_id": 999999, "message": {"message_id": 1, "date": 0, "text": "hi",
                                               "chat": {"id": 1, "type": "private"}}}
    response = httpx.post(url, json=forged, timeout=5)
    assert response.status_code == 403
    wrong = httpx.post(url, json=forged, timeout=5,
                       headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
    assert wrong.status_code == 403
    assert bot.alive


def test_old_buttons_after_a_restart(emulator, bot_factory, tmp_path) -> None:
    bot = bot_factory(env={"DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send("君联如何帮助被投企业?")
    answer = user.wait_reply()
    user.send("/sections")
    toc = user.wait_reply()
    bot.restart()
    # Section buttons carry stable ids: they still work.
    user.press(toc.button_texts[1], message=toc)
    assert toc.button_texts[1] in user.wait_edit(toc.message_id).plain_text
    # "More" needed the question, which the restart forgot: a polite note, no crash.
    query_id = user.press(answer.button_texts[0], message=answer)
    note = user.wait_answer(query_id)
    assert "过期" in str(note)
    assert bot.alive


def test_invalid_content_stops_start_up_with_the_problems(tmp_path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    source = (REPO / "seeds" / "000_6262fc8895287f98.txt").read_bytes()
    (seeds / "000_6262fc8895287f98.txt").write_bytes(source)
    text = (REPO / "seeds" / "wang-junfeng-2025.yaml").read_text(encoding="utf-8")
    (seeds / "interview.yaml").write_text(text.replace("双向奔赴", "双向奔走", 1),
                                          encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "TELEGRAM_BOT_TOKEN": make_token(), "HOME": str(tmp_path),
           "TELEGRAM_API_URL": "http://127.0.0.1:9/bot"}
    proc = subprocess.run([sys.executable, "-m", "bot", "--seeds", str(seeds), "run"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert proc.returncode == 1
    assert "interview.yaml:" in proc.stderr and "verbatim" in proc.stderr
