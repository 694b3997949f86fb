"""Reply rendering: escaping, Telegram's length limit, labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_library
from bot.render import (
    MAX_MESSAGE,
    daily_card,
    fit,
    passage_card,
    question_language,
    quote_card,
    section_card,
    to_plain,
)
from tests.conftest import MINI_YAML, write_mini


def test_fit_trims_at_a_line_break_and_closes_tags() -> None:
    text = "<b>title</b>\n" + "\n".join(f"<i>line {n} &amp; more</i>" for n in range(800))
    out = fit(text)
    assert len(out) <= MAX_MESSAGE and out.endswith("…")
    assert out.count("<i>") == out.count("</i>")
    assert fit("short") == "short"


def test_fit_never_cuts_an_entity_or_leaves_a_tag_open() -> None:
    text = "<blockquote>" + "a&amp;b " * 1000 + "</blockquote>"
    out = fit(text)
    assert len(out) <= MAX_MESSAGE
    assert out.count("<blockquote>") == out.count("</blockquote>")
    assert "&am…" not in out and not out[:-1].endswith("&")


def test_content_is_escaped_everywhere(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace('en: "The first paragraph."', 'en: "<script>x</script> & co"')
    yaml_text = yaml_text.replace("summary: {zh: 背景。, en: Background.}",
                                  'summary: {zh: "背景<b>。", en: "A < B & C"}')
    library = load_library(write_mini(tmp_path / "seeds", yaml_text))
    passage = library.passage("mini:p01")
    card = passage_card(library, passage, None, "en")
    assert "<script>" not in card and "&lt;script&gt;" in card
    assert "A &lt; B &amp; C" in card
    assert "背景&lt;b&gt;。" in passage_card(library, passage, None, "zh")
    assert to_plain(card).count("<script>x</script> & co") == 1


def test_labels_say_what_is_verbatim_and_what_is_not(services) -> None:
    library = services.library
    quote = library.quotes[0]
    zh, en = quote_card(library, quote, "zh"), quote_card(library, quote, "en")
    assert quote.text in zh and quote.text in en
    assert "English translation" in en and quote.en.replace("'", "&#x27;") in en
    section = section_card(library, library.sections[1], "en")
    assert "editorial, not the interviewee's words".replace("'", "&#x27;") in section


def test_only_what_the_interviewee_said_is_shown_as_theirs(tmp_path: Path) -> None:
    # q01 is inside quotation marks in the source (“市场过热时,…”他说。); q02 is the
    # writer's sentence: it must never be signed with the interviewee's name.
    library = load_library(write_mini(tmp_path / "seeds"))
    said, narrated = library.quote("mini:q01"), library.quote("mini:q02")
    assert said.said and not narrated.said
    for lang, speaker, article in (("zh", "— 张三,测试公司合伙人", "测试媒体报道原文,非张三原话"),
                                   ("en", "— Zhang San, Partner, Test Co",
                                    "Test Media&#x27;s report, verbatim, not Zhang San&#x27;s")):
        for card in (quote_card, daily_card):
            assert speaker in card(library, said, lang)
            assert article not in card(library, said, lang)
            assert speaker not in card(library, narrated, lang)
            assert article in card(library, narrated, lang)
        # a passage mixes the writer's words and the interviewee's: signed by the outlet
        passage = passage_card(library, library.passage("mini:p02"), said, lang)
        assert speaker not in passage and ("测试媒体报道" in passage or "Test Media" in passage)


def test_the_articles_own_sentences_are_not_signed_by_wang(services) -> None:
    library = services.library

    def quote(start: str):
        return next(q for q in library.quotes if q.text.startswith(start))

    # (checked by hand against the source) the writer's: the opening line, a sentence
    # about him, one that starts with a term in quotation marks, reported speech
    for start in ("中国生物医药的二十年", "尽管赛道日渐火热", "“积极主动”体现在", "热潮从来是"):
        assert not quote(start).said
        assert "非王俊峰原话" in quote_card(library, quote(start), "zh")
    # his: inside “…”, also with ‘…’ nested in it
    for start in ("市场过热时", "不跟热点,纵有‘屠龙技’", "积极主动的增值服务"):
        assert quote(start).said
        assert "— 王俊峰,君联资本联席首席投资官" in quote_card(library, quote(start), "zh")


@pytest.mark.parametrize(("question", "expected"), [
    ("君联怎么看内卷?", "zh"),
    ("How does Legend see involution?", "en"),
    # a question in both scripts goes by its grammar words, not the terms it borrows
    ("What is 对赌?", "en"),
    ("Why is BD出海 such a big deal", "en"),
    ("What's 王俊峰's view on 对赌?", "en"),
    ("in vivo CAR-T哪条技术路线会胜出?", "zh"),
    ("君联的in vivo CAR-T项目", "zh"),
    ("license out是不是只能卖给美国公司", "zh"),
    # Cantonese grammar words are Chinese ones
    ("君聯醫療基金嘅LP主要係邊啲人?", "zh"),
])
def test_the_card_is_in_the_language_the_question_is_written_in(question, expected) -> None:
    for interface in ("zh", "en"):
        assert question_language(question, interface) == expected


@pytest.mark.parametrize("question", ["How does 君联的生态 help?", "A轮融资", "🙂", "2025"])
def test_an_undecided_question_gets_the_interface_language(question) -> None:
    assert question_language(question, "zh") == "zh"
    assert question_language(question, "en") == "en"
