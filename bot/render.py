"""Reply rendering: content and search results → Telegram HTML text.

The command line and the Telegram handlers both call these functions, so `ask --json`
reports exactly the text the bot sends. Every piece of text is HTML-escaped; verbatim
excerpts are inserted unchanged apart from that escaping.
"""

from __future__ import annotations

import re
from html import escape, unescape

from .content import Interview, Library, Passage, Quote, Section
from .search import Matcher, Result, has_cjk
from .texts import t

MAX_MESSAGE = 4096
_TAG = re.compile(r"<[^>]+>")


# What tells the language a mixed question is written in (What is 对赌? / 君联的in vivo
# CAR-T项目): its grammar words, not the terms it borrows from the other language.
_EN_GRAMMAR = frozenset(
    "what whats why how who whom whose when where which is are was were does do did can "
    "could should would will the an about his he him they them their of for to and this "
    "that mean means think say says tell me".split())
# (and Cantonese ones: 君聯醫療基金嘅LP主要係邊啲人?)
_ZH_GRAMMAR = frozenset("的是吗嗎么麼呢啥咋哪谁誰怎为為吧了会會嘅係邊边啲咩乜冇咗喺佢點")
_LATIN_WORD = re.compile(r"[a-z]+")  # (what's: what)


def question_language(question: str, fallback: str = "zh") -> str:
    """English cards for questions written in Latin script, Chinese for Chinese ones; a
    question in both goes by whose grammar words it has (What is 对赌?: English), and by
    ``fallback`` when it has both or neither."""
    latin = re.search(r"[A-Za-z]", question) is not None
    if not has_cjk(question):
        return "en" if latin else fallback
    if not latin:
        return "zh"
    english = not _EN_GRAMMAR.isdisjoint(_LATIN_WORD.findall(question.lower()))
    chinese = not _ZH_GRAMMAR.isdisjoint(question)
    if english != chinese:
        return "en" if english else "zh"
    return fallback


def _source_line(interview: Interview, lang: str) -> str:
    m = interview.metadata
    if lang == "en":
        text = f"{m.outlet.en}, “{m.title.en}”, {m.date}"
    else:
        text = f"{m.outlet.zh}《{m.title.zh}》,{m.date}"
    return f"<i>{escape(t(lang, 'source_label'))}: {escape(text)}</i>"


def _speaker(interview: Interview, lang: str) -> str:
    m = interview.metadata
    return (f"{m.interviewee.en}, {m.role.en}" if lang == "en"
            else f"{m.interviewee.zh},{m.role.zh}")


def _by_article(interview: Interview, lang: str, key: str) -> str:
    """Who wrote an excerpt: the outlet's report, with the interviewee named."""
    m = interview.metadata
    return t(lang, key, outlet=m.outlet.get(lang), name=m.interviewee.get(lang))


def _attribution(interview: Interview, quote: Quote, lang: str) -> str:
    """The interviewee only for what they said (inside quotation marks in the source);
    narration and reported speech are the article's."""
    return _speaker(interview, lang) if quote.said else \
        _by_article(interview, lang, "article_words")


def _excerpt(passage: Passage, quote: Quote | None) -> str:
    """The passage verbatim, with the key quote in it (if any) in bold."""
    text = passage.text
    if quote is not None:
        start = text.find(quote.text)
        if start >= 0:
            end = start + len(quote.text)
            return (escape(text[:start]) + "<b>" + escape(text[start:end]) + "</b>" +
                    escape(text[end:]))
    return escape(text)


def _quoted(verbatim_html: str, attribution: str, english: str, lang: str) -> list[str]:
    """Verbatim text (already escaped) in a blockquote, with who said it below, then (on
    English cards only) its labelled translation."""
    parts = [f"<blockquote>{verbatim_html}</blockquote>\n<i>— {escape(attribution)}</i>"]
    if lang == "en":
        parts.append(_translation(english, lang))
    return parts


def _summary(section: Section, lang: str) -> str:
    """The section summary, labelled as editorial text."""
    return (f"<b>{escape(t(lang, 'summary_label'))}</b> ({escape(t(lang, 'summary_note'))}):\n"
            f"{escape(section.summary.get(lang))}")


def _translation(english: str, lang: str) -> str:
    """The English rendering, labelled as a translation (only on English cards)."""
    return (f"<b>{escape(t(lang, 'translation_label'))}</b> "
            f"({escape(t(lang, 'translation_note'))}):\n<i>{escape(english)}</i>")


def passage_card(library: Library, passage: Passage, quote: Quote | None, lang: str) -> str:
    """An answer card: section, verbatim excerpt, translation (en), summary, source."""
    section = library.section_of(passage)
    interview = library.interview_of(passage)
    parts = [f"<b>📖 {escape(section.title.get(lang))}</b>",
             *_quoted(_excerpt(passage, quote),
                      f"{t(lang, 'excerpt_label')} · {_by_article(interview, lang, 'excerpt_by')}",
                      passage.en, lang),
             _summary(section, lang),
             _source_line(interview, lang)]
    return fit("\n\n".join(parts))


def _bullets(lines: list[str]) -> str:
    """Plain-text lines as an escaped bullet list, one per line."""
    return "\n".join(f"• {escape(line)}" for line in lines)


def example_questions(library: Library, lang: str, count: int = 4) -> list[str]:
    questions: list[str] = []
    for interview in library.interviews:
        if interview.examples:
            questions.extend(q for q in interview.examples.get(lang).split("\n") if q)
    return questions[:count]


def not_covered_card(library: Library, lang: str) -> str:
    """The honest "not covered" reply, with topics and example questions to try (and where
    to find what the interview is: asked of the bot, its title or date is no passage)."""
    parts = [escape(t(lang, "not_covered")) + "\n" + escape(t(lang, "about_hint"))]
    parts.append(escape(t(lang, "topics")) + "\n" +
                 _bullets([s.title.get(lang) for s in library.sections]))
    examples = example_questions(library, lang)
    if examples:
        parts.append(escape(t(lang, "try_asking")) + "\n" + _bullets(examples))
    return fit("\n\n".join(parts))


def answer_card(library: Library, result: Result, lang: str) -> str:
    best = result.best
    if best is None:
        return not_covered_card(library, lang)
    return passage_card(library, best.passage, best.quote, lang)


MAX_QUESTION = 1000


def question_reply(library: Library, matcher: Matcher, question: str,
                   fallback_lang: str) -> tuple[str, Result | None, str]:
    """The reply to a question as typed: (HTML text, search result or None, card language).

    Both the Telegram handler and `ask --json` use this, so their texts are identical.
    """
    question = question.strip()
    lang = question_language(question, fallback_lang)
    if not question:
        examples = _bullets(example_questions(library, lang))
        return escape(t(lang, "empty_question")) + ("\n" + examples if examples else ""), \
            None, lang
    if len(question) > MAX_QUESTION:
        return escape(t(lang, "too_long", limit=MAX_QUESTION)), None, lang
    result = matcher.search(question)
    return answer_card(library, result, lang), result, lang


def section_card(library: Library, section: Section, lang: str) -> str:
    """A section's summary and its key quotes, verbatim (with translations in English)."""
    interview = library.interview_of(section)
    position = interview.sections.index(section) + 1
    parts = [f"<b>{position}/{len(interview.sections)} · {escape(section.title.get(lang))}</b>",
             _summary(section, lang)]
    if section.quotes:
        lines = []
        for quote in section.quotes:
            line = f"• {escape(quote.text)}"
            if lang == "en":
                line += f"\n  <i>{escape(quote.en)}</i>"
            lines.append(line)
        parts.append(f"<b>{escape(t(lang, 'key_quotes'))}</b> "
                     f"({escape(t(lang, 'excerpt_label'))}):\n" + "\n".join(lines))
    return fit("\n\n".join(parts))


def quote_card(library: Library, quote: Quote, lang: str) -> str:
    section = library.section_of(quote)
    interview = library.interview_of(quote)
    parts = [f"<b>💬 {escape(t(lang, 'quote_label'))} · {escape(section.title.get(lang))}</b>",
             *_quoted(escape(quote.text), _attribution(interview, quote, lang), quote.en, lang),
             _source_line(interview, lang)]
    return fit("\n\n".join(parts))


def daily_card(library: Library, quote: Quote, lang: str, day: str | None = None) -> str:
    """The daily insight: a key quote, its section and the section summary."""
    section = library.section_of(quote)
    interview = library.interview_of(quote)
    title = t(lang, "daily_title") + (f" · {day}" if day else "")
    parts = [f"<b>🌅 {escape(title)}</b>",
             f"<b>{escape(section.title.get(lang))}</b>",
             *_quoted(escape(quote.text), _attribution(interview, quote, lang), quote.en, lang),
             _summary(section, lang),
             _source_line(interview, lang)]
    return fit("\n\n".join(parts))


def about_card(library: Library, lang: str) -> str:
    blocks = []
    for interview in library.interviews:
        m = interview.metadata
        lines = [f"<b>{escape(m.title.get(lang))}</b>",
                 f"{escape(t(lang, 'interviewee'))}: {escape(_speaker(interview, lang))}",
                 f"{escape(t(lang, 'outlet'))}: {escape(m.outlet.get(lang))}",
                 f"{escape(t(lang, 'date'))}: {escape(m.date)}"]
        if m.url:
            lines.append(escape(m.url))
        blocks.append("\n".join(lines))
    return fit(f"<b>{escape(t(lang, 'about_title'))}</b>\n\n" + "\n\n".join(blocks))


def welcome_card(library: Library, lang: str) -> str:
    intro = []
    for interview in library.interviews:
        m = interview.metadata
        if lang == "en":
            intro.append(f"{m.interviewee.en} ({m.role.en}), “{m.title.en}”, "
                         f"{m.outlet.en}, {m.date}")
        else:
            intro.append(f"{m.interviewee.zh}({m.role.zh}),{m.outlet.zh}《{m.title.zh}》,"
                         f"{m.date}")
    return fit("\n\n".join([
        f"<b>{escape(t(lang, 'welcome'))}</b>",
        _bullets(intro),
        escape(t(lang, "welcome_usage")),
        escape(t(lang, "commands_help")),
    ]))


def help_card(lang: str) -> str:
    return escape(t(lang, "help")) + "\n\n" + escape(t(lang, "commands_help"))


def to_plain(html_text: str) -> str:
    """The card as a terminal shows it: tags removed, entities decoded."""
    return unescape(_TAG.sub("", html_text))


_TOKEN = re.compile(r"<(/?)(\w+)[^>]*>|&#?\w+;|.", re.DOTALL)


def fit(text: str, limit: int = MAX_MESSAGE) -> str:
    """Trim a card to Telegram's limit, preferably at a line break, never inside a tag or an
    entity, closing the tags left open."""
    if len(text) <= limit:
        return text
    kept: list[str] = []
    open_tags: list[str] = []
    size = 0
    last_break = None  # (len(kept), size, open tags) at the latest line break
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        closing = sum(len(tag) + 3 for tag in open_tags)
        if match.group(2) and not match.group(1):
            closing += len(match.group(2)) + 3  # this tag would need closing too
        if size + len(token) + closing + 1 > limit:  # +1 for the ellipsis
            break
        if token == "\n":
            last_break = (len(kept), size, list(open_tags))
        if match.group(2):
            if match.group(1):
                if open_tags and open_tags[-1] == match.group(2):
                    open_tags.pop()
            else:
                open_tags.append(match.group(2))
        kept.append(token)
        size += len(token)
    if last_break is not None and last_break[1] > limit // 2:
        kept, open_tags = kept[:last_break[0]], last_break[2]
    return "".join(kept) + "".join(f"</{tag}>" for tag in reversed(open_tags)) + "…"
