"""Text normalisation and tokenisation shared by indexing and querying.

Both sides go through the same steps so that a question matches the text whatever
script, width or case it is typed in: NFKC (full-width to half-width), case folding,
traditional to simplified Chinese (OpenCC), then jieba words and character bigrams for
Chinese and stemmed words for Latin script.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

import jieba
import opencc
import snowballstemmer

logger = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_IS_CJK = re.compile(f"[{_CJK}]")
# Latin words; hyphens and dots inside a word are dropped so CAR-T, car-t and cart agree.
_LATIN = re.compile(r"[a-z0-9]+(?:[-.·'’][a-z0-9]+)*")
_JOINERS = re.compile(r"[-.·'’]")

# Function words that say nothing about what a question is about.
ZH_STOPWORDS = frozenset("""
的 了 是 吗 呢 吧 啊 呀 嘛 么 在 和 与 及 或 而 也 都 就 还 又 很 太 更 最 被 把 让 给 对 从 向
于 为 以 之 其 这 那 哪 此 个 些 一 有 没 没有 不 会 能 可 可以 要 想 该 应该 得 地 着 过 来 去
我 你 他 她 它 我们 你们 他们 她们 咱们 自己 大家 人家 谁 什么 啥 怎么 怎样 怎么样 如何 为什么
为何 为啥 咋 咋样 多少 几 哪些 哪里 哪儿 哪个 是否 是不是 有没有 能否 吗 请问 请 告诉 一下 说说
讲讲 谈谈 聊聊 觉得 认为 看法 观点 问题 现在 目前 时候 方面 情况 什么样 这样 那样 这么 那么 如果
怎么办 办 做 还是 呢 哦 嗯 吗 呗 么 吧 喔 诶 所以 因为 但是 但 然后 以及 关于 对于 这个 那个
""".split())

EN_STOPWORDS = frozenset("""
a an the and or but if then else of to in on at by for with about from into over under as is are
was were be been being am do does did doing done have has had having it its it's this that these
those there here what which who whom whose why how when where whats what's i me my we us our you
your he him his she her they them their can could should would will shall may might must not no
yes so than too very just also any some all more most much many such only own same other s t
tell say said says please think thinks view views get gets got let lets like one ones does
make makes made making stay stays give gives gave take takes took go goes going went come comes
know knows need needs want wants way ways thing things really actually exactly mean means kind
sort lot lots well still even ever always often something anything everything someone anyone
happen happens happened
""".split())


class TextProcessor:
    """Normalises text and splits it into the terms the index is built on."""

    def __init__(self, userdict: Path | None = None) -> None:
        self._opencc = opencc.OpenCC("t2s")
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        if userdict and userdict.is_file():
            self._jieba.load_userdict(str(userdict))
        self._stemmer = snowballstemmer.stemmer("english")

    def add_word(self, word: str) -> None:
        """Keep a multi-character term whole when segmenting (e.g. synonym phrases)."""
        if _IS_CJK.search(word) and len(word) > 1:
            self._jieba.add_word(word, freq=2000)

    def normalize(self, text: str) -> str:
        text = unicodedata.normalize("NFKC", text).casefold()
        if _IS_CJK.search(text):
            text = self._opencc.convert(text)
        return text

    def latin_terms(self, normalized: str) -> list[str]:
        words = [_JOINERS.sub("", w) for w in _LATIN.findall(normalized)]
        return [self._stemmer.stemWord(w) for w in words if w not in EN_STOPWORDS]

    def chinese_words(self, normalized: str) -> list[str]:
        words: list[str] = []
        for run in _CJK_RUN.findall(normalized):
            words.extend(w for w in self._jieba.cut_for_search(run) if w not in ZH_STOPWORDS)
        return words

    @staticmethod
    def bigrams(normalized: str) -> list[str]:
        grams: list[str] = []
        for run in _CJK_RUN.findall(normalized):
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
        return grams

    def concept_words(self, normalized: str) -> list[str]:
        """What a question is about: whole jieba words (precise mode) and Latin words."""
        words: list[str] = []
        for run in _CJK_RUN.findall(normalized):
            words.extend(w for w in self._jieba.cut(run) if len(w) > 1 and w not in ZH_STOPWORDS)
        return list(dict.fromkeys(words + self.latin_terms(normalized)))

    def parts(self, word: str) -> list[str]:
        """The shorter dictionary words inside a Chinese compound (search-mode pieces)."""
        return [w for w in self._jieba.cut_for_search(word)
                if 1 < len(w) < len(word) and w not in ZH_STOPWORDS]

    def terms(self, normalized: str) -> list[str]:
        """Word-level terms: jieba words (multi-character) and stemmed Latin words."""
        return [w for w in self.chinese_words(normalized) if len(w) > 1] + \
            self.latin_terms(normalized)


def has_cjk(text: str) -> bool:
    return bool(_IS_CJK.search(text))
