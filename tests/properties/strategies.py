"""Hypothesis strategies for hostile and realistic user text."""

from __future__ import annotations

import random
import string
from functools import lru_cache
from pathlib import Path
from zoneinfo import available_timezones

from hypothesis import strategies as st

from bot.content import Library, load_library

ROOT = Path(__file__).resolve().parents[2]

# Every code point, control characters and lone surrogates included.
ANY_CHAR = st.characters(exclude_categories=())
# What Telegram can deliver: valid UTF-8, so no lone surrogates.
VALID_CHAR = st.characters(exclude_categories=("Cs",))

EMOJI = st.one_of(
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
    st.sampled_from(["👨‍👩‍👧‍👦", "🇨🇳", "🇺🇸", "👍🏽", "❤️", "🏳️‍🌈", "1️⃣", "\u200d", "\ufe0f"]),
)
RTL = st.one_of(
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),
    st.sampled_from(["\u202e", "\u202d", "\u200f", "\u200e", "\u2067", "\u2069",
                     "مرحبا بالعالم", "שלום"]),
)
MARKUP = st.sampled_from([
    "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&", "<b>",
    "</b>", "<i>", "</blockquote>", "<blockquote>", "<script>alert(1)</script>",
    "<a href='https://example.com'>x</a>", '<img src=x onerror="alert(1)">', "<!--", "-->",
    "]]>", "<tg-spoiler>", "*bold*", "_it_", "__u__", "~s~", "||spoiler||", "`code`", "```",
    "[link](http://x.y)", "\\", "#", "> quote", "<<", ">>", "&&", "&;", "&#;",
])
SQL = st.sampled_from([
    "'; DROP TABLE users; --", '" OR 1=1 --', "' OR ''='", "%", "_", "%_%", "NULL",
    "UNION SELECT * FROM subscriptions", "\x00", "';", "/*", "*/", "SELECT 1;",
])
WHITESPACE = st.text(st.sampled_from(
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u200b\u2028\u2029"
    "\u202f\u205f\u3000\ufeff"), max_size=6)
LATIN = st.text(st.sampled_from(string.ascii_letters + "'-"), min_size=1, max_size=14)
FULLWIDTH = st.text(st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E), max_size=6)
CONTROL = st.text(st.characters(categories=["Cc", "Cf", "Co", "Cn"]), min_size=1, max_size=4)
SURROGATE = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3)
CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4)


@lru_cache(maxsize=1)
def library() -> Library:
    return load_library(ROOT / "seeds")


def _library_pieces() -> list[str]:
    lib = library()
    pieces: list[str] = []
    for section in lib.sections:
        pieces += [section.title.zh, section.title.en, section.summary.zh[:20]]
    for quote in lib.quotes:
        pieces += [quote.text, quote.en]
    for passage in lib.passages:
        pieces += [passage.text[i:i + 6] for i in range(0, len(passage.text), 6)]
        pieces += passage.en.split()
    for interview in lib.interviews:
        if interview.examples:
            pieces += interview.examples.zh.split("\n") + interview.examples.en.split("\n")
    return [p for p in pieces if p]


LIBRARY_PIECE = st.sampled_from(_library_pieces())


def fragments(surrogates: bool = False) -> st.SearchStrategy[str]:
    char = ANY_CHAR if surrogates else VALID_CHAR
    parts = [
        st.text(char, max_size=12),
        LIBRARY_PIECE, LIBRARY_PIECE,
        EMOJI, RTL, MARKUP, SQL, WHITESPACE, LATIN, FULLWIDTH, CONTROL, CJK,
        st.sampled_from(["?", "?", "吗", "为什么", "怎么", "what", "why", "how", " "]),
    ]
    if surrogates:
        parts.append(SURROGATE)
    return st.one_of(*parts)


def texts(surrogates: bool = False, max_parts: int = 8) -> st.SearchStrategy[str]:
    """Mixtures of all of the above, plus plain arbitrary text. Lone surrogates only when
    asked: Telegram delivers valid UTF-8 only, but the command line's argv can hold them
    (undecodable bytes become U+DC80..U+DCFF)."""
    char = ANY_CHAR if surrogates else VALID_CHAR
    return st.one_of(
        st.text(char),
        st.lists(fragments(surrogates), max_size=max_parts).map("".join),
    )


@lru_cache(maxsize=1)
def long_texts() -> list[str]:
    """Very long inputs (used as explicit examples: generating them is slow)."""
    rng = random.Random(20250101)
    noisy = "".join(chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0x4E00, 0x9FFF),
                                    rng.randrange(0xD800, 0xE000), rng.randrange(0, 0x20),
                                    rng.randrange(0x1F300, 0x1FAFF)]))
                    for _ in range(100_000))
    passage = library().passages[0].text
    valid = "".join(c for c in noisy if not 0xD800 <= ord(c) < 0xE000)
    return [
        "a" * 4096, "君联" * 2048, "<b>&" * 1024, valid[:4096],
        (passage * (4096 // len(passage) + 1))[:4096],
        "x" * 100_000, valid, " " * 100_000, (passage * (100_000 // len(passage) + 1)),
        "市场过热" * 25_000, "\x00" * 100_000, "\ud800" * 4096,
    ]


@lru_cache(maxsize=1)
def long_texts_with_surrogates() -> list[str]:
    rng = random.Random(7)
    return ["君\udcff" * 2048,
            "".join(chr(rng.randrange(0x4E00, 0xE000)) for _ in range(100_000))]


# -- /subscribe arguments ------------------------------------------------------------
ZONES = sorted(available_timezones())
DIGIT = st.sampled_from("0123456789０１２３４５６７８９")
_WIDE = str.maketrans("0123456789:", "０１２３４５６７８９：")
TIMEISH = st.one_of(
    st.builds(
        lambda pad1, h, sep, m, pad2: f"{pad1}{h}{sep}{m}{pad2}",
        WHITESPACE, st.text(DIGIT, max_size=3),
        st.sampled_from([":", "：", ".", "h", "H", "", "::"]), st.text(DIGIT, max_size=3),
        WHITESPACE),
    st.builds(
        lambda h, m, two_digits, wide, space: (
            (f"{h:02d}" if two_digits else str(h)) + f":{m:02d}"
        ).translate(_WIDE if wide else {}) + space,
        st.integers(0, 30), st.integers(0, 70), st.booleans(), st.booleans(),
        st.sampled_from(["", " ", "\t", "\u3000", "\n"])),
)


def _recase(name: str, flips: list[bool]) -> str:
    return "".join(c.swapcase() if flip else c for c, flip in zip(name, flips + [False] * 99,
                                                                   strict=False))


ZONEISH = st.one_of(
    st.builds(_recase, st.sampled_from(ZONES), st.lists(st.booleans(), max_size=40)),
    st.sampled_from(ZONES).map(lambda z: z.rsplit("/", 1)[-1].replace("_", " ")),
    st.builds(lambda prefix, sign, h, sep, m: f"{prefix}{sign}{h}{sep}{m}",
              st.sampled_from(["UTC", "GMT", "utc", "gmt", "Utc", "", "UT", "Etc/GMT"]),
              st.sampled_from(["+", "-", "±", "", "−", "＋"]), st.text(DIGIT, max_size=3),
              st.sampled_from([":", "", "：", "."]), st.text(DIGIT, max_size=3)),
    st.sampled_from(["UTC", "utc", "Z", "zulu", "GMT", "北京", "上海", "beijing", "Beijing",
                     "localtime", "Factory", "posixrules", "Asia/", "/", "Asia//Tokyo",
                     "../../etc/passwd", "Asia/Shanghai\x00", "America/Argentina/Buenos_Aires"]),
)


def schedule_args(surrogates: bool = False) -> st.SearchStrategy[str]:
    """One /subscribe argument: a time, a timezone, or something that looks like one."""
    return st.one_of(st.text(ANY_CHAR if surrogates else VALID_CHAR, max_size=20),
                     TIMEISH, ZONEISH)
