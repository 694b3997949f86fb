"""The real bot process, polling the emulator, used the way people use it in Telegram."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bot.cli import answer_json  # noqa: E402
from bot.services import build_services  # noqa: E402

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def services():
    return build_services(config_dir=REPO / "config", seeds_dir=REPO / "seeds")


@pytest.fixture
def bot(bot_factory, tmp_path):
    return bot_factory(env={"DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3"})


def test_start_welcome_and_example_button(emulator, bot, services) -> None:
    ann = emulator.user(bot.token, first_name="Ann", language_code="zh-hans")
    ann.send("/start")
    welcome = ann.wait_reply()
    assert "王俊峰" in welcome.plain_text and "同写意" in welcome.plain_text
    assert 3 <= len(welcome.buttons) <= 4
    example = welcome.button_texts[0]
    ann.press(example, message=welcome)
    answer = ann.wait_reply()
    assert answer.text == answer_json(services, example)["reply"]


def test_commands_are_registered_in_chinese_and_english(emulator, bot) -> None:
    zh = [c["command"] for c in emulator.commands(bot.token)]
    en = emulator.commands(bot.token, language_code="en")
    assert {"start", "sections", "quote", "about", "lang", "help"} <= set(zh)
    assert any(c["description"] == "Browse sections" for c in en)


@pytest.mark.parametrize("question", [
    "对赌条款在中国为什么这么普遍?", "對賭沒有完成怎麼辦?", "Why is Indonesia attractive?",
    "君联怎么看in vivo CAR-T?",
])
def test_question_reply_is_the_ask_json_reply(emulator, bot, services, question) -> None:
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send(question)
    reply = user.wait_reply()
    expected = answer_json(services, question)
    assert expected["answered"]
    assert reply.text == expected["reply"]
    assert reply["parse_mode"] == "HTML"
    assert expected["source"].split("\n")[0][:20] in reply.plain_text


def test_english_card_has_translation_and_original(emulator, bot) -> None:
    user = emulator.user(bot.token, language_code="en")
    user.send("What does Legend Capital do for founders who miss buyback terms?")
    reply = user.wait_reply()
    assert "English translation" in reply.plain_text
    assert "Original text, verbatim" in reply.plain_text
    assert "更多时间与空间" in reply.plain_text or "新一轮融资" in reply.plain_text


def test_more_and_section_buttons(emulator, bot, services) -> None:
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send("君联如何帮助被投企业?")
    first = user.wait_reply()
    assert first.button_texts[0].startswith("更多")
    user.press(first.button_texts[0], message=first)
    second = user.wait_reply()
    assert second.text != first.text and "<blockquote>" in second.text
    user.press("本节摘要与金句", message=first)
    section = user.wait_reply()
    assert "本节摘要" in section.plain_text and "本节金句" in section.plain_text


def test_sections_navigation_edits_the_same_message(emulator, bot, services) -> None:
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send("/sections")
    toc = user.wait_reply()
    titles = [s.title.zh for s in services.library.sections]
    assert toc.button_texts == titles
    user.press(titles[0], message=toc)
    first = user.wait_edit(toc.message_id)
    assert titles[0] in first.plain_text
    user.press("下一节 ›", message=first)
    second = user.wait_edit(toc.message_id)
    assert titles[1] in second.plain_text
    user.press("‹ 上一节", message=second)
    back = user.wait_edit(toc.message_id)
    assert titles[0] in back.plain_text
    assert len(user.messages()) == 1  # navigation never added messages


def test_quote_another(emulator, bot, services) -> None:
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send("/quote")
    msg = user.wait_reply()
    quotes = {q.text for q in services.library.quotes}
    assert any(q in msg.plain_text for q in quotes)
    user.press("再来一句", message=msg)
    edited = user.wait_edit(msg.message_id)
    assert any(q in edited.plain_text for q in quotes)
    assert edited.button_texts == ["再来一句"]


def test_off_topic_is_not_covered(emulator, bot) -> None:
    user = emulator.user(bot.token, language_code="en")
    user.send("How do I bake bread?")
    reply = user.wait_reply()
    assert "does not cover" in reply.plain_text
    assert "<blockquote>" not in reply.text


def test_lang_switches_interface(emulator, bot) -> None:
    user = emulator.user(bot.token, language_code="zh-hans")
    user.send("/lang en")
    assert user.wait_reply().plain_text == "Switched to English."
    user.send("/sections")
    assert "Sections" in user.wait_reply().plain_text


def test_inline_query_offers_quotes(emulator, bot, services) -> None:
    user = emulator.user(bot.token, language_code="zh-hans")
    query_id = user.inline_query("对赌回购")
    answer = emulator.answer_for(query_id)
    results = answer["results"] if "results" in answer else answer["params"]["results"]
    assert 1 <= len(results) <= 10
    assert all(services.library.quote(r["id"]) is not None for r in results)


def test_group_only_mentions_are_answered(emulator, bot) -> None:
    group = emulator.group(title="Investors")
    ann = emulator.user(bot.token, first_name="Ann", language_code="zh-hans").in_chat(group)
    ann.send("今天午饭吃什么?")
    ann.expect_no_reply(within=1.5)
    username = emulator.bot_info(bot.token)["me"]["username"]
    ann.send(f"@{username} 对赌回购是什么?")
    reply = ann.wait_reply()
    assert "<blockquote>" in reply.text


def test_twenty_users_at_once(emulator, bot) -> None:
    users = [emulator.user(bot.token, language_code="zh-hans") for _ in range(20)]
    errors: list[BaseException] = []

    def ask(user) -> None:
        try:
            user.send("新加坡为什么适合做区域总部?")
            reply = user.wait_reply(timeout=30)
            assert "区域总部" in reply.plain_text
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors[:3]
