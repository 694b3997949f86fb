"""Reply rendering: escaping, Telegram's length limit, labels."""

from __future__ import annotations

from pathlib import Path

from bot.content import load_library
from bot.render import MAX_MESSAGE, fit, passage_card, quote_card, section_card, to_plain
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
