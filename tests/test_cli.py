"""The command line, as someone without a Telegram token uses it."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from bot.cli import answer_json, main
from tests.conftest import ROOT


def test_ask_json_fields(services) -> None:
    out = answer_json(services, "对赌没有达成怎么办?")
    assert set(out) == {"question", "answered", "score", "interview", "section", "source",
                        "quote", "summary", "reply", "alternatives"}
    assert out["answered"] and 0 < out["score"] <= 1
    assert out["interview"] == "wang-junfeng-2025"
    assert len(out["source"]) <= 320
    assert out["source"] in {p.text for p in services.library.passages}
    assert out["quote"] is None or out["quote"] in out["source"]
    assert 1 <= len(out["alternatives"]) <= 2
    assert all(set(a) == {"section", "source", "score"} for a in out["alternatives"])
    assert "<blockquote>" in out["reply"]


def test_ask_json_off_topic(services) -> None:
    out = answer_json(services, "How do I bake bread?")
    assert out["answered"] is False
    assert out["source"] is None and out["quote"] is None and out["alternatives"] == []
    assert "does not cover" in out["reply"]


def test_ask_json_reads_one_question_per_line_in_order(capsys) -> None:
    stdin = io.StringIO("对赌回购\n\nWhy is Indonesia attractive?\n明天会下雨吗\n")
    assert main(["ask", "--json"], stdin=stdin) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["question"] for d in lines] == ["对赌回购", "Why is Indonesia attractive?",
                                             "明天会下雨吗"]
    assert [d["answered"] for d in lines] == [True, True, False]


def test_ask_prints_plain_text_reply(capsys) -> None:
    assert main(["ask", "新加坡为什么适合做区域总部?"]) == 0
    out = capsys.readouterr().out
    assert "区域总部" in out and "<b>" not in out


def test_no_token_answers_typed_questions_after_one_line(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "bot"], input="对赌回购\n", env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    first, rest = proc.stdout.split("\n", 1)
    assert "TELEGRAM_BOT_TOKEN" in first
    assert proc.stderr == ""  # one line says why, nothing else
    assert "对赌" in rest


def test_run_without_token_names_the_variable_and_exits_2(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "TELEGRAM_BOT_TOKEN" in proc.stderr


def test_broken_config_yaml_gives_a_clear_error(tmp_path, capsys) -> None:
    (tmp_path / "bot.yaml").write_text("search: [unclosed\n", encoding="utf-8")
    assert main(["--config", str(tmp_path), "ask", "x"]) == 1
    err = capsys.readouterr().err
    assert "bot.yaml: line 2" in err and "YAML does not parse" in err


@pytest.mark.parametrize("setting, message", [
    ("bot:\n  timezone: Mars/Base\n", "bot.timezone 'Mars/Base' is not an IANA timezone"),
    ("daily:\n  time: '25:00'\n", "daily.time '25:00' must be HH:MM"),
    ("search:\n  answer_threshold: 2\n", "'search.answer_threshold' must be between 0 and 1"),
    ("limits:\n  questions_per_minute: lots\n", "must be a number"),
])
def test_invalid_settings_are_named(tmp_path, capsys, setting, message) -> None:
    (tmp_path / "bot.yaml").write_text(setting, encoding="utf-8")
    assert main(["--config", str(tmp_path), "ask", "x"]) == 1
    assert message in capsys.readouterr().err


def test_eval_scores_a_file_of_off_topic_questions_only(tmp_path, capsys) -> None:
    questions = tmp_path / "oos.yaml"
    questions.write_text('- {kind: oos, q: "How do I bake bread?"}\n'
                         '- {kind: oos, q: "明天会下雨吗"}\n', encoding="utf-8")
    assert main(["eval", str(questions)]) == 0
    out = capsys.readouterr().out
    assert "off-topic rejected: 1.000 (n=2)" in out
    assert "top-1" not in out  # no table of answerable kinds when there are none


def test_eval_names_where_a_question_file_does_not_parse(tmp_path, capsys) -> None:
    questions = tmp_path / "broken.yaml"
    questions.write_text('- {kind: zh, q: "对赌", gold: [对赌\n', encoding="utf-8")
    assert main(["eval", str(questions)]) == 1
    err = capsys.readouterr().err
    assert "broken.yaml: line 2, column 1" in err and "Traceback" not in err
