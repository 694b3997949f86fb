"""Inline keyboards. Callback data holds short ids only (always ≤ 64 bytes).

Callback data forms:
    ask:<n>            ask example question n
    more:<qid>:<n>     show hit n of the question cached under qid
    sec:<section key>  open a section (summary and key quotes) in a new message
    nav:<section key>  show a section in place of this message (Back / Next)
    toc                the table of contents
    quote              another random key quote
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from .content import Library, Section
from .render import example_questions

MAX_CALLBACK_BYTES = 64

_LABELS = {
    "zh": {"more": "更多相关段落 ›", "section": "本节摘要与金句", "back": "‹ 上一节",
           "next": "下一节 ›", "toc": "目录", "another": "再来一句"},
    "en": {"more": "More ›", "section": "Section", "back": "‹ Back", "next": "Next ›",
           "toc": "Contents", "another": "Another"},
}


def label(lang: str, key: str) -> str:
    return _LABELS.get(lang, _LABELS["zh"])[key]


def _button(text: str, data: str) -> InlineKeyboardButton:
    assert len(data.encode()) <= MAX_CALLBACK_BYTES, data
    return InlineKeyboardButton(text, callback_data=data)


def answer_keyboard(section: Section, qid: str | None, next_hit: int | None,
                    lang: str) -> InlineKeyboardMarkup:
    row = []
    if qid is not None and next_hit is not None:
        row.append(_button(label(lang, "more"), f"more:{qid}:{next_hit}"))
    row.append(_button(label(lang, "section"), f"sec:{section.key}"))
    return InlineKeyboardMarkup([row])


def _section_rows(library: Library, lang: str, prefix: str) -> list[list[InlineKeyboardButton]]:
    """One button per section, in content order."""
    return [[_button(s.title.get(lang), f"{prefix}:{s.key}")] for s in library.sections]


def _example_rows(library: Library, lang: str, count: int) -> list[list[InlineKeyboardButton]]:
    """One button per example question, up to ``count``."""
    return [[_button(q, f"ask:{lang}:{n}")]
            for n, q in enumerate(example_questions(library, lang, count))]


def sections_keyboard(library: Library, lang: str, nav: bool = False) -> InlineKeyboardMarkup:
    """The table of contents; with ``nav`` a press edits this message instead of replying."""
    return InlineKeyboardMarkup(_section_rows(library, lang, "nav" if nav else "sec"))


def not_covered_keyboard(library: Library, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(_example_rows(library, lang, 3) +
                                _section_rows(library, lang, "sec"))


def examples_keyboard(library: Library, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(_example_rows(library, lang, 4))


def section_nav_keyboard(library: Library, section: Section, lang: str) -> InlineKeyboardMarkup:
    sections = library.sections
    index = sections.index(section)
    row = []
    if index > 0:
        row.append(_button(label(lang, "back"), f"nav:{sections[index - 1].key}"))
    row.append(_button(label(lang, "toc"), "toc"))
    if index + 1 < len(sections):
        row.append(_button(label(lang, "next"), f"nav:{sections[index + 1].key}"))
    return InlineKeyboardMarkup([row])


def quote_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(label(lang, "another"), "quote")]])
