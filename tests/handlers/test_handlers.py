"""Handlers, in-process on an offline bot: what a user sees for each thing they do."""

from __future__ import annotations

import html
import random

from bot import render
from bot.cli import answer_json
from bot.render import to_plain
from tests.handlers.conftest import BOT_USER, Chat, buttons


def all_callback_data(request) -> list[str]:
    return [b["callback_data"] for name, p in request.calls for b in buttons(p)
            if "callback_data" in b]


async def test_start_welcomes_with_interview_details_and_example_buttons(offline) -> None:
    app, request = offline
    await Chat(app).send("/start")
    (msg,) = request.sent()
    assert "王俊峰" in msg["text"] and "同写意" in msg["text"] and "2025-11-25" in msg["text"]
    examples = buttons(msg)
    assert 3 <= len(examples) <= 4
    assert all(b["callback_data"].startswith("ask:") for b in examples)
    assert msg["parse_mode"] == "HTML"


async def test_example_button_asks_that_question(offline) -> None:
    app, request = offline
    chat = Chat(app)
    await chat.send("/start")
    first = buttons(request.sent()[0])[0]
    request.clear()
    await chat.press(first["callback_data"])
    (answer,) = request.sent()
    assert answer["text"] == answer_json(app.bot_data["services"], first["text"])["reply"]


async def test_question_gets_the_same_card_as_ask_json(offline, services) -> None:
    app, request = offline
    question = "对赌条款在中国为什么这么普遍?"
    await Chat(app).send(question)
    (msg,) = request.sent()
    expected = answer_json(services, question)
    assert expected["answered"]
    assert msg["text"] == expected["reply"]
    # The card rests on a passage about 对赌, quoted verbatim, and shows it.
    assert "对赌" in expected["source"]
    assert any(expected["source"] == p.text for p in services.library.passages)
    assert html.escape(expected["source"][:15]) in msg["text"]  # the card opens with it
    labels = [b["callback_data"].split(":")[0] for b in buttons(msg)]
    assert labels == ["more", "sec"]


async def test_english_question_gets_english_card_with_original(offline, services) -> None:
    app, request = offline
    await Chat(app, language_code="en").send("Why is Indonesia attractive?")
    (msg,) = request.sent()
    text = msg["text"]
    assert "English translation" in text and "印尼" in text
    assert "Original text, verbatim" in text


async def test_off_topic_question_says_not_covered_with_section_buttons(offline, services):
    app, request = offline
    await Chat(app).send("明天上海会下雨吗?")
    (msg,) = request.sent()
    assert "没有谈到" in msg["text"]
    assert "/about" in msg["text"]  # where the interview's title and date are
    assert "<blockquote>" not in msg["text"]  # never a random passage
    sections = [b for b in buttons(msg) if b["callback_data"].startswith("sec:")]
    assert len(sections) == len(services.library.sections)


async def test_more_shows_next_passages_then_says_no_more(offline, services) -> None:
    app, request = offline
    chat = Chat(app)
    await chat.send("君联如何帮助被投企业?")
    shown = [request.sent()[0]]
    seen_texts = {shown[0]["text"]}
    for _ in range(10):
        more = [b for b in buttons(shown[-1]) if b["callback_data"].startswith("more:")]
        if not more:
            break
        request.clear()
        await chat.press(more[0]["callback_data"])
        sent = request.sent()
        assert len(sent) == 1
        assert sent[0]["text"] not in seen_texts
        seen_texts.add(sent[0]["text"])
        shown.append(sent[0])
    assert len(shown) >= 2


async def test_more_after_restart_says_expired(offline) -> None:
    app, request = offline
    await Chat(app).press("more:0123456789ab:1")
    (answer,) = request.sent("answerCallbackQuery")
    assert "过期" in answer["text"]
    assert not request.sent()


async def test_section_button_and_navigation_edit_in_place(offline, services) -> None:
    app, request = offline
    chat = Chat(app)
    await chat.send("/sections")
    (toc,) = request.sent()
    data = [b["callback_data"] for b in buttons(toc)]
    assert len(data) == len(services.library.sections)
    assert all(d.startswith("nav:") for d in data)
    request.clear()
    await chat.press(data[1])
    (edit,) = request.sent("editMessageText")
    section = services.library.sections[1]
    assert section.title.zh in edit["text"] and section.summary.zh in edit["text"]
    for quote in section.quotes:
        assert quote.text.replace("&", "&amp;") in edit["text"] or len(edit["text"]) > 4000
    nav = [b["callback_data"] for b in buttons(edit)]
    assert nav == [f"nav:{services.library.sections[0].key}", "toc",
                   f"nav:{services.library.sections[2].key}"]


async def test_quote_and_another(offline, services) -> None:
    app, request = offline
    chat = Chat(app)
    await chat.send("/quote")
    (msg,) = request.sent()
    assert any(q.text in msg["text"] for q in services.library.quotes)
    assert [b["callback_data"] for b in buttons(msg)] == ["quote"]
    request.clear()
    await chat.press("quote")
    (edit,) = request.sent("editMessageText")
    assert any(q.text in edit["text"] for q in services.library.quotes)


async def test_another_quote_is_never_the_one_shown(offline, services, monkeypatch) -> None:
    # Whatever the draw, pressing "another" on a quote's card shows a different quote
    # (the same one would leave the card as it was: the button would seem broken).
    app, request = offline
    chat = Chat(app)
    library = services.library
    monkeypatch.setattr(random, "choice", lambda seq: seq[0])
    for shown in (library.quotes[0], library.quotes[-1]):
        card = {"message_id": 1000, "date": 0, "chat": chat.chat, "from": BOT_USER,
                "text": to_plain(render.quote_card(library, shown, "zh"))}
        request.clear()
        await chat.press("quote", message=card)
        (edit,) = request.sent("editMessageText")
        assert shown.text not in to_plain(edit["text"])
        assert any(q.text in to_plain(edit["text"]) for q in library.quotes)


async def test_lang_switches_interface_language(offline) -> None:
    app, request = offline
    chat = Chat(app, language_code="zh-hans")
    await chat.send("/lang en")
    await chat.send("/help")
    assert request.sent()[0]["text"] == "Switched to English."
    assert "Send me a question" in request.sent()[1]["text"]
    request.clear()
    await chat.send("/lang klingon")
    assert "/lang zh" in request.sent()[0]["text"]


async def test_default_language_follows_telegram_language_code(offline) -> None:
    app, request = offline
    await Chat(app, user_id=7, language_code="en-GB").send("/help")
    assert "Send me a question" in request.sent()[0]["text"]


async def test_inline_query_offers_matching_quotes(offline, services) -> None:
    app, request = offline
    chat = Chat(app)
    await chat.inline("对赌回购")
    (call,) = request.sent("answerInlineQuery")
    results = call["results"]
    assert 1 <= len(results) <= 10
    quote = services.library.quote(results[0]["id"])
    assert quote is not None
    assert quote.text in results[0]["input_message_content"]["message_text"]
    request.clear()
    await chat.inline("")
    (call,) = request.sent("answerInlineQuery")
    assert len(call["results"]) == 10


async def test_group_chatter_is_ignored_but_mentions_are_answered(offline) -> None:
    app, request = offline
    group = Chat(app, chat_type="supergroup", chat_id=-100123)
    await group.send("大家中午吃什么?")
    assert not request.sent()
    await group.send("@interview_bot 对赌回购是什么?",
                     entities=[{"type": "mention", "offset": 0, "length": 14}])
    (msg,) = request.sent()
    assert "<blockquote>" in msg["text"]


async def test_unknown_command_and_non_text_get_polite_replies(offline) -> None:
    app, request = offline
    chat = Chat(app)
    await chat.send("/frobnicate now")
    await chat.send_raw({"sticker": {"file_id": "x", "file_unique_id": "y", "width": 1,
                                     "height": 1, "is_animated": False, "is_video": False,
                                     "type": "regular"}})
    texts = [m["text"] for m in request.sent()]
    assert texts == ["没有这个命令。发送 /help 查看可用命令。", "我只能读懂文字问题,请用文字提问。"]


async def test_every_callback_data_fits_64_bytes(offline, services) -> None:
    app, request = offline
    chat = Chat(app)
    for text in ("/start", "/sections", "/quote", "明天会下雨吗", "BD出海处在什么阶段?"):
        await chat.send(text)
    for section in services.library.sections:
        await chat.press(f"sec:{section.key}")
    data = all_callback_data(request)
    assert data and all(len(d.encode()) <= 64 for d in data)


async def test_a_failing_handler_gets_a_polite_error_and_the_bot_goes_on(offline, monkeypatch):
    app, request = offline
    services = app.bot_data["services"]

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services.matcher, "search", broken)
    await Chat(app).send("对赌回购")
    assert request.sent()[-1]["text"] == "抱歉,出了点问题,请稍后再试。"
    monkeypatch.undo()
    request.clear()
    await Chat(app).send("对赌回购")
    assert "<blockquote>" in request.sent()[0]["text"]
