"""Question → ranked passages with a confidence, or an explicit "no answer".

Ranking is BM25 over several fields of each passage (jieba words and character bigrams
of the Chinese text, stemmed words of the English rendering, the words of the questions
readers ask that the passage answers, and the section's title and summary), with queries
expanded by synonyms and by fuzzy matches for misspelt Latin words. Confidence is how much
of the question the best passage accounts for, weighted by how specific each question term
is; a question whose specific terms the interview never uses is not answered, however good
its best BM25 score looks.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from itertools import chain, repeat

import numpy as np
from rapidfuzz import distance, process

from ..content import Library, Passage, Quote
from .sounds import Homophones
from .synonyms import Synonyms
from .text import (
    ANSWER_TYPES,
    COUNT_TYPES,
    NAMED_TYPES,
    WITH_NAME_TYPES,
    YEAR,
    ZH_STOPWORDS,
    TextProcessor,
    answers_type,
    asked_types,
    chinese_runs,
    context_spans,
    counts_in,
    has_cjk,
    one_character_nouns,
    set_aside,
)

logger = logging.getLogger(__name__)

K1 = 1.5
B = 0.75
# Field weights: the passage itself counts most; its section's summary gives context.
FIELDS = {"zh": 1.0, "en": 0.9, "ctx": 0.25, "syn": 0.3, "ask": 0.8, "prev": 0.3}
# A passage is also indexed by the synonyms of its words ("syn": the other members of every
# synonym group one of whose members its text or rendering has), so an English question
# reaches a passage through its Chinese words' English synonyms and vice versa; a question
# word found only that way counts this much as mentioned (across languages the members
# are translations of each other: fully).
DOC_SYNONYM_CREDIT = 1.0
BIGRAM_WEIGHT = 0.5
PART_WEIGHT = 0.5
SYNONYM_WEIGHT = 0.8
OOV_FACTOR = 0.36
PART_CREDIT = 0.8
CONTEXT_CREDIT = 0.5
# A name that a passage has only from the one before it, which it goes on from (see
# _CONTINUES): as much mentioned as its own words (但王俊峰强调,市场开拓需要下硬功夫 is
# about opening up Indonesia, which the passage before names), though it scores only
# through the "prev" field's weight, so the passage naming it still ranks first when the
# rest of the question fits both alike.
PREVIOUS_CREDIT = 1.0
# A question word found only in a passage's reader questions (see Passage.asks) counts
# this much as mentioned: below 0.5, so it does not count as a concept the passage matches
# (Matcher._features), since those questions also hold everyday words (公司, rates) that
# off-topic questions share.
ASK_CREDIT = 0.45
FUZZY_WEIGHT = 0.6
FUZZY_MIN = 6  # letters: shorter Latin words are not spelling-corrected
_LATIN_WORD = re.compile(r"[a-z]+")
# A run of Latin words (for pinyin: see Matcher._pinyin_run), and how many of them may
# spell one Chinese word.
_LATIN_RUN = re.compile(r"(?<![a-z0-9'’-])[a-z]+(?:\s[a-z]+)*(?![a-z0-9'’-])")
PINYIN_WORDS = 5
# Two Latin words next to each other, with nothing but a space between them.
_LATIN_PAIR = re.compile(r"(?<![a-z0-9'’-])(?=(([a-z]{2,})\s([a-z]{2,}))(?![a-z0-9'’-]))")
# How a passage that goes on from the one before it begins: a conjunction, a pronoun for
# what that one said, or the interviewee's words in quotation marks.
_CONTINUES = re.compile(r"\s*(?:但|而|然而|不过|同时|此外|另外|另一方面|对此|这种|这份|这些|这一|"
                        r"在此|话虽如此|因此|所以|比如|例如|具体|尽管|至此|他|其|[“\"])")
# A time a question names: a year, or a quarter (Q3, 三季度, 上个季度).
_TIME = re.compile(r"(?:19|20)\d\d|q[1-4]|\S{0,3}季度")
# What a Chinese company's name ends in (传奇生物, 药华医药, 恒瑞医药), where the name ends
# (not 生物医药产业, 生物科技初创: a field).
_COMPANY_SUFFIX = re.compile(r"(?:生物|医药|药业|制药|生技)(?![\u4e00-\u9fff])|"
                             r"(?:生物|医药|药业|制药|生技)(?=[的和与跟是在有吗呢及、])")
# Someone's view (OrbiMed's take on, Hillhouse's view of): a name the interview never uses
# before it is another party's, whose view no passage gives.
_VIEW_OF = re.compile(r"(?<![a-z0-9])([a-z][a-z0-9]+)['’]s\s+(?:take|takes|view|views|opinion|"
                      r"opinions|stance|position|thoughts|perspective|outlook)(?![a-z])")
# A question that asks about the interview as such (文中, the article, he, the
# interviewee or their organisation by name: see Matcher._about) in words of its own
# (ABOUT_WORDS or more, not just "is that in the interview?"): what the asker says of
# themselves before it is not what it asks (see Matcher._parse).
ABOUT_WORDS = 3
_ABOUT_THE_INTERVIEW = ("文中|文章|这篇|本文|访谈|采访|结尾|开头|他说|他讲|他认为|他觉得|他怎么|"
                        "他如何", "article piece interview ending intro conclusion he his")
# Words a question quotes (two characters or more). A question that quotes this many
# characters of its best passage is answered (「帮忙不添乱」落到实处是怎么做的): it asks about
# that passage, however few of its other words the passage has (unless it asks for a kind
# of fact or names something the passage lacks: 「海湾六国」具体是指哪六个国家?).
QUOTED_ENOUGH = 4
_OPENING_QUOTES = "“「『‘\""
_CLOSING_QUOTES = "”」』’\""
_QUOTED = re.compile(f"[{_OPENING_QUOTES}]([^{_OPENING_QUOTES}{_CLOSING_QUOTES}]{{2,40}})"
                     f"[{_CLOSING_QUOTES}]")
# What a question asks of a name (臻愈生物的创始人, BioMap's lead programme): the first word
# after the name's possessive (in the rest of its clause: _CLAUSE_REST), numbers and
# measure words aside (臻愈的首个临床试验: 临床试验).
_POSSESSIVE = re.compile(r"\s*(?:的|['’]s(?![a-z0-9]))\s*")
_CLAUSE_REST = re.compile(r"[^,.!?;:\s]{1,16}")
# A question checking what the asker half remembers or asks to have confirmed (君联投臻愈
# 好像是2021年的事? I recall it was 2022? 是2022年吧,帮我确认下; it started in 2018,
# correct?): a name or year it gives may be the one the asker got wrong, and the passage
# with the right one answers it. (What did he say about the NMPA asks what he said; it
# recalls nothing.)
_RECALLING = re.compile(r"好像|记得|印象中|没记错|确认|核实|核对|对吗|对不对|"
                        r"(?<![a-z])(?:i\s+(?:recall|remember)|if\s+i\s+remember|"
                        r"didn[’']?t\s+he\s+say|(?<!what\s)(?<!how\s)(?<!else\s)did\s+he\s+say|"
                        r"was\s+it|correct\s*\?|"
                        r"confirm|verify)(?![a-z])")
# ... or offers a guess after the question (with which company? BioMap?; which company
# did they co-host it with, BioMap?): a short question of its own at the end, or after a
# comma, naming it.
_GUESSED = re.compile(r"[?？,，]\s*[^?？,，\s][^?？,，]{0,24}[?？]\s*$")
# A question asking how many of a set it counts itself (how many of its ~200 companies, of
# the 200 …, how many; 其中有多少), and the numbers it gives.
_SUBSET = re.compile(r"(?<![a-z])how\s+many\s+of(?![a-z])|(?<![a-z])of\s+(?:\S+\s+){0,3}?~?\d|"
                     r"其中|当中|之中|里面?有?(?:多少|几)|中有?(?:多少|几)")
_DIGITS = re.compile(r"\d+")
# Names a passage lists side by side (阿斯利康、艾伯维等跨国巨头; AstraZeneca and AbbVie) are
# peers: one is no answer to a question about another (which company AbbVie bought), unless
# the question asks for others than the one it names (besides AbbVie, which MNCs).
_LISTED = re.compile(r"\s*(?:、|,|/|&|和|与|及|以及|跟|或|and|or)\s*")
_LIST_HEAD_AFTER = re.compile(r"\s*等(?:等)?([^,.!?;:，。！？；：、]{1,8})")
_LIST_HEAD_BEFORE = re.compile(r"((?:[a-z-]+\s+){1,3})(?:such\s+as|like|including)\s*$")
_OTHERS_ASKED = re.compile(r"除了|除开|之外|以外|另外|其他|其它|别的|还有哪|还有谁|还有什么|"
                           r"(?<![a-z])(?:besides|apart\s+from|aside\s+from|other\s+than|"
                           r"except|others?|else)(?![a-z])")
# General-language specificity: a Chinese word as common as 容易 or 时候 (its -log
# frequency in jieba's dictionary at or below SPEC_LO) says little about what a question
# is about; one as rare as SPEC_HI or rarer counts fully.
SPEC_LO = 7.5
SPEC_HI = 12.0
SPEC_MIN = 0.1
COMMON_EN_SPEC = 0.3
CACHE_SIZE = 100_000  # per-word caches: cleared when full
_MISSING = object()
# Question words next to each other (or one word apart) that a passage also has next to
# each other (PROXIMITY_GAP characters or one word apart) make it the likelier answer
# among passages that share the same words.
PROXIMITY_GAP = 2
PROXIMITY_BONUS = 0.6
PROXIMITY_DOCS = 3
FOREIGN_EXTRA = 0.2
# A question worded like one of a passage's reader questions (Passage.asks: the same words,
# or words of the same synonym group) is likelier answered by that passage: among the first
# ASK_MATCH_DOCS, each passage's ranking key grows by ASK_MATCH_BONUS times the Dice overlap
# of the question's words with its closest reader question, as an FAQ's nearest question.
ASK_MATCH_BONUS = 5.0
ASK_MATCH_DOCS = 5
# Passages within this share of the best one's confidence and of its score are all but
# tied with it: one of them that has the kind of fact a question asks for is the better
# answer. (0.85, or the ranking key instead of both, answers off-topic questions.)
ASK_TIE = 0.9
# A passage that mentions every name the question gives, when the best one does not, comes
# first from further down: within this share of the best one's confidence and of its score
# (see Matcher._tie_named). 印尼在君联的东南亚策略里扮演什么角色 wants the passage on
# Indonesia, not the one on Legend's Southeast Asian companies that ranks above it. (0.9
# and 0.75 before; 0.5-0.8 of either gain about the same, 0.4 and under takes wrong ones.)
NAMED_TIE_CONF = 0.6
NAMED_TIE_RAW = 0.6
# ... and one that has a term the question quotes in quotes itself, when the best one has it
# only unquoted, needs this share (see Matcher._tie_quoted).
QUOTED_TIE_RAW = 0.6
# Calibration of the best passage's confidence (see Matcher._features): logistic
# regression weights over its confidence, the number of question concepts it mentions (at
# most 3), the summed general-language specificity of question words the interview never
# uses, the next passage's confidence relative to it, whether the question names something
# the passage does not, and whether it asks for a kind of fact the passage has no word for.
# Fit (scripts/fit_calibration.py: off-topic questions weighted 3x, L2 0.1) on all 19,530
# test questions (tests/data); hard-coded so the bot has no fitting dependency.
CALIBRATION = {"bias": -4.23, "confidence": 4.77, "matched": 1.5, "foreign": -0.92,
               "second": 1.42, "absent_name": -4.67, "asks": -8.54}
# ... where the next passage's confidence relative to the best one's counts up to this much
# (see Matcher._features).
SECOND_CAP = 2.0
# A place within a region a question names (see Synonyms.within) counts this much as
# mentioning the region.
PLACE_CREDIT = 0.8
# Names (synonyms' names): one found in at most this share of passages is not the
# interview's own subject; it weighs this much more in coverage, and a passage mentions it
# when its credit is at least NAME_PRESENT: its own text or a synonym there, the passage it
# goes on from, or a place within the region there (Indonesia, in the passage before one
# about opening up the market there, for Southeast Asia); not only its section's summary.
NAME_SHARE = 0.5
NAME_BOOST = 2.0
NAME_PRESENT = PLACE_CREDIT * PREVIOUS_CREDIT
TOP_BLOCK = 64  # scores are bounded in blocks of this many to find the best (Matcher._top)
# Concepts are cached with what the index says about them (see Matcher._evidence); the
# cache is also cleared when that holds this many postings in all (large libraries).
POSTINGS_BUDGET = 20_000_000
# Evidence whose concept at most this many passages mention has all their credits in a dict.
COMPLETE_CREDITS = 64


def _edits_allowed(word: str) -> int:
    """How many edits a misspelling of a Latin word may have (swapping two neighbouring
    letters, compnaies for companies, is one)."""
    return 1 if len(word) < 9 else 2


def _nearest(word: str, candidates: list[str]) -> str | None:
    """The candidate within the allowed edits of a word, nearest first, if any."""
    match = process.extractOne(word, candidates, scorer=distance.OSA.distance,
                               score_cutoff=_edits_allowed(word))
    return match[0] if match else None


# A Latin letter or digit that is a word of its own, but the article (the t of "car t",
# not the a of "a burden")
_LONE_CHARACTER = re.compile(r"(?<!\S)(?!a(?!\S))[a-z0-9](?!\S)")


def _only_in(terms: Iterable[str], text: str, spans: list[tuple[int, int, bool]]) -> bool:
    """Whether the terms occur in a text, and only ever inside those spans."""
    found = False
    for term in terms:
        at = text.find(term)
        while at >= 0:
            if not any(a <= at and at + len(term) <= b for a, b, _ in spans):
                return False
            found = True
            at = text.find(term, at + 1)
    return found


def _set_aside(terms: Iterable[str], text: str, kept: str) -> bool:
    """Whether the terms occur in a text only where ``kept`` (the text with what it sets
    aside blanked out) has blanks (a Latin term as a word of its own: "america" is no word
    of Latin America)."""
    return any(_part_of(text, term) for term in terms) and \
        not any(_part_of(kept, term) for term in terms)


def _names_set_aside(query: _Query) -> frozenset[int]:
    """The names a question sets aside (which markets besides the US?, 除了美国还有谁): what
    it asks for is something else, which the passage need not name them beside."""
    if (kept := set_aside(query.norm)) == query.norm:
        return frozenset()
    return frozenset(i for i, c in enumerate(query.concepts)
                     if c.specific and _set_aside(c.terms, query.norm, kept))


def _quoted_in(term: str, text: str) -> bool:
    """Whether a text has a term between quotation marks (“冷静”, 「冷静」), not only in
    its running words."""
    at = text.find(term)
    while at >= 0:
        end = at + len(term)
        if at and text[at - 1] in _OPENING_QUOTES and end < len(text) and \
                text[end] in _CLOSING_QUOTES:
            return True
        at = text.find(term, at + 1)
    return False


def _first_tied(ranked: list[tuple[float, float, int]], fits: Callable[[int], bool],
                raw_share: float, raw_ends: bool, conf_share: float = ASK_TIE
                ) -> list[tuple[float, float, int]]:
    """The ranking with the first passage that ``fits``, among those all but tied with the
    best one (``conf_share`` of its confidence, ``raw_share`` of its score), moved to the
    front. Passages are looked at in rank order up to PROXIMITY_DOCS; one under the confidence
    share ends the search, one under the score share ends it too when ``raw_ends``, or is
    passed over."""
    best_conf, best_raw, _ = ranked[0]
    for i in range(1, min(len(ranked), PROXIMITY_DOCS)):
        conf, raw, doc = ranked[i]
        if conf < conf_share * best_conf or (raw_ends and raw < raw_share * best_raw):
            break
        if raw >= raw_share * best_raw and fits(doc):
            return [ranked[i], *ranked[:i], *ranked[i + 1:]]
    return ranked


def _part_of(whole: str, part: str) -> bool:
    """Whether ``part`` is part of ``whole``: anywhere in it, or for a Latin part, where
    one of its words begins ("capit" of "legend capital", not "use" of "hillhouse")."""
    at = whole.find(part)
    if at < 0 or not part[:1].isascii():
        return at >= 0
    while at > 0 and whole[at - 1].isascii() and whole[at - 1].isalnum():
        at = whole.find(part, at + 1)
        if at < 0:
            return False
    return True


def _liftable(ranked: list[tuple[float, float, int]], docs: int, bonus: float) -> int:
    """How many of the first ``docs`` ranked passages a bonus of up to ``bonus`` times their
    ranking key (confidence times score) could lift above the best one: only those are
    reordered by it."""
    keys = [conf * raw for conf, raw, _ in ranked[:docs]]
    reach = keys[0] / (1 + bonus)
    return sum(1 for key in keys if key > reach)


def _char_mask(word: str) -> int:
    """The letters (and digits) of a word as bits: one edit changes at most two of them."""
    mask = 0
    for ch in word:
        mask |= 1 << (ord(ch) % 64)
    return mask


# Where a passage mentions a term (bits of the presence codes), and the credit each
# combination earns: its own text (any field) counts fully, else the best of a synonym of
# its words, its section's title or summary, its reader questions and the names of the
# passage it goes on from.
_CTX, _SYN, _OWN, _ASK, _PREV = 1, 2, 4, 8, 16
_LEVELS = np.array([1.0 if code & _OWN else max(DOC_SYNONYM_CREDIT if code & _SYN else 0.0,
                                                 CONTEXT_CREDIT if code & _CTX else 0.0,
                                                 ASK_CREDIT if code & _ASK else 0.0,
                                                 PREVIOUS_CREDIT if code & _PREV else 0.0)
                    for code in range(32)])
_BITS = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def _popcount(values: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):  # numpy >= 2
        return np.bitwise_count(values)
    return _BITS[values.view(np.uint8)].reshape(len(values), -1).sum(axis=1)


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # confidence in 0..1
    quote: Quote | None


@dataclass(frozen=True)
class Result:
    question: str
    hits: tuple[Hit, ...]  # best first
    answered: bool
    threshold: float

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.answered and self.hits else None


# A synonym member's own terms, the terms and phrases of the rest of its group, and that
# group's index when its evidence (Matcher._group_postings) stands for those terms and
# phrases besides the member's own terms (None when it cannot: see Matcher._expansion).
_Expansion = tuple[set[str], dict[str, float], dict[tuple[str, ...], float], int | None]
# A concept's scored postings (passages ascending, BM25 contribution) and credited ones
# (passages ascending, credit 0..1).
_Postings = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


@dataclass(frozen=True, eq=False)
class _Evidence:
    """What the index says about one concept, whichever question asks about it. The arrays
    are never written to; the memos only ever gain entries (the same value, whichever
    thread computes it), for the few passages that questions rank high."""

    terms: tuple[str, ...]
    ids: np.ndarray  # the passages it scores in (ascending)
    values: np.ndarray  # its BM25 contribution there (float32)
    # The passages that mention it (ascending) and how well they do (0..1): looked up in
    # only when it is not complete.
    credit_ids: np.ndarray
    credits: np.ndarray
    known: bool  # the interview has one of its terms or parts
    # Memos per passage (id): its credit (complete: every passage that mentions it, filled
    # in at once; the others' credit is 0); where it has the terms (proximity).
    credit_of: dict[int, float] = field(default_factory=dict)
    complete: bool = False
    spans: dict[int, tuple[tuple[int, int, int], ...]] = field(default_factory=dict)
    # per passage key: its terms in each of the passage's quotes (() when in none of them)
    quote_terms: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)


@dataclass(eq=False)
class _Concept:
    """One thing a question asks about, and what in a passage counts as mentioning it.

    Shared by every question that reaches it the same way (the same word or synonym, with
    the same synonym groups merged in, in the same order), so what it leads to is worked
    out once: its content never changes once made; its memos only ever gain entries, the
    same whichever thread fills them in."""

    weight: float  # how specific it is (idf)
    terms: dict[str, float]  # the word itself (1.0), its synonyms, fuzzy corrections
    parts: tuple[str, ...] = ()  # pieces of a compound, for partial credit
    # Multi-word synonyms ("legend capital"): they count only when all their words appear.
    phrases: dict[tuple[str, ...], float] = field(default_factory=dict)
    name: bool = False  # it names something (synonyms' names: a place, a company)
    # A name the interview mentions only here and there, or not at all (see _named).
    specific: bool = False
    # Memos: per synonym member found in a question, this concept with the member's group
    # merged in (None: the member is not about it); with its misspelling corrected; as a
    # name (itself, or with the extra weight of a specific one); what the index says.
    merged: dict[str, _Concept | None] = field(default_factory=dict)
    corrected: _Concept | None = None
    named: _Concept | None = None
    # Only in the asker's description of themselves (see Matcher._contextual).
    context: bool = False
    contextual: _Concept | None = None
    unknown_name: _Concept | None = None  # as a name no passage has (Matcher._unknown_name)
    evidence: _Evidence | None = None
    # Terms that count as mentioning it, though they do not score (see _places_within).
    places: dict[str, float] = field(default_factory=dict)
    # What its evidence is worked out from, when synonym groups are merged into it: the
    # synonym groups whose evidence is looked up whole (worked out once at indexing, not
    # term by term for every concept they are merged into), and the terms and phrases
    # besides them (None: its terms and phrases, with no group).
    own: dict[str, float] | None = None
    own_phrases: dict[tuple[str, ...], float] = field(default_factory=dict)
    groups: tuple[int, ...] = ()

    def scored_terms(self) -> tuple[dict[str, float], dict[tuple[str, ...], float]]:
        """The terms and phrases whose postings its evidence is worked out from, besides
        its groups' evidence."""
        return (self.terms, self.phrases) if self.own is None else \
            (self.own, self.own_phrases)

    def derived(self, weight: float, terms: dict[str, float], **changes) -> _Concept:
        """A concept made from this one (with fresh memos): what its evidence is worked
        out from carried over, or replaced by ``changes``."""
        kept = {"parts": self.parts, "phrases": self.phrases, "own": self.own,
                "own_phrases": self.own_phrases, "groups": self.groups}
        return _Concept(weight, terms, **{**kept, **changes})


@dataclass
class _Query:
    concepts: list[_Concept]
    bigrams: list[str]
    ordered: int = 0  # the first concepts are the question's words, in its order
    words: list[str] = field(default_factory=list)  # those words
    norm: str = ""  # the normalised question
    asks: tuple[int, ...] = ()  # the kinds of fact it asks for (text.ANSWER_TYPES)
    names: frozenset[int] = frozenset()  # the name groups it mentions (synonyms' names)
    times: tuple[int, ...] = ()  # which concepts are times (_TIME), when two or more are
    owned: tuple[int, ...] = ()  # which concepts a name's possessive has (see _owned)
    years: tuple[int, ...] = ()  # which concepts are years
    # the name groups it mentions only in the asker's description of themselves (a
    # client asked me about 臻愈): a hint, not a name it gives (see _names_other)
    hinted: frozenset[int] = frozenset()


def _alternative_times(query: _Query, credits: list[float]) -> frozenset[int]:
    """The times a question names that a passage lacks, when it has another the question
    names (君联是哪年投的臻愈生物?2022还是2023?): alternatives, of which the passage
    gives the one, not times it fails to speak of."""
    if not any(credits[i] >= NAME_PRESENT for i in query.times):
        return frozenset()
    return frozenset(i for i in query.times if credits[i] < NAME_PRESENT)


def _slashed(query: _Query, credits: list[float]) -> frozenset[int]:
    """Words a question gives as alternatives with a slash (对台湾/中国药企, LNP/慢病毒)
    that a passage lacks, when it has the other: it speaks of one of them, which is what
    the question asks of either."""
    if "/" not in query.norm:
        return frozenset()
    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    at = 0
    for i, word in enumerate(query.words):
        found = query.norm.find(word, at)
        if found < 0:
            continue
        starts[found] = i
        ends[found + len(word)] = i
        at = found + len(word)
    missing = set()
    for slash in re.finditer(r"\s*/\s*", query.norm):
        left, right = ends.get(slash.start()), starts.get(slash.end())
        if left is None or right is None:  # (each word has its concept: credits[i])
            continue
        present = [credits[i] >= NAME_PRESENT for i in (left, right)]
        if any(present) and not all(present):
            missing.add(right if present[0] else left)
    return frozenset(missing)


class Matcher:
    """An index of every passage in a library; ``search`` is safe to call concurrently."""

    def __init__(self, library: Library, processor: TextProcessor, synonyms: Synonyms,
                 threshold: float = 0.4, alternatives: int = 2) -> None:
        self.library = library
        self.processor = processor
        self.synonyms = synonyms
        self.threshold = threshold
        self.alternatives = alternatives
        self.passages: tuple[Passage, ...] = library.passages
        self._expansions: dict[str, _Expansion] = {}
        self._concepts: dict[str, _Concept] = {}
        self._fuzzy_cache: dict[str, str | None] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._compounds: dict[tuple[str, tuple[str, ...]], _Concept] = {}  # see _compound
        self._member_concepts: dict[str, _Concept] = {}
        self._evidence_size = 0  # postings held by the evidence of the concepts above
        self._grams: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}
        self._phrases: dict[tuple[str, ...],
                            tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None] = {}
        self._quote_texts: dict[str, str] = {}
        self._quotes_text: dict[str, str] = {}  # per passage: its quotes' texts (_quote_terms)
        self._answered: dict[int, bool] = {}  # see _answers
        self._normalized: list[tuple[str, list[str]]] = []
        self._texts: list[str] = []  # normalised text and rendering (kinds of fact)
        # The name groups each passage mentions (places aside), besides its interview's
        # subject.
        self._names: list[frozenset[int]] = []
        self._subjects: dict[str, frozenset[int]] = {}
        self._organisations: dict[str, frozenset[int]] = {}  # see _organisation
        self._mentioned: list[frozenset[int]] = []  # every name group, places too
        self._peers: list[dict[int, tuple[frozenset[int], frozenset[str]]]] = []  # _listed
        self._latin_sets: dict[int, frozenset[str]] = {}  # see _latin_words
        self._respellings: dict[str, str | None] = {}  # see _respelled
        self._respelt_runs: dict[str, str] = {}  # see _heard
        self._pinyin_runs: dict[str, str] = {}  # see _pinyin_run
        self._about = self._about_pattern(library)
        self._names_by_len: dict[int, list[str]] = {}  # one-word Latin names, by length
        for name in synonyms.latin_names():
            self._names_by_len.setdefault(len(name), []).append(name)
        self._build()
        # Every synonym group's evidence, by group index, now rather than in the first
        # question to need it (its terms and phrases are looked up one by one). The
        # phrases' postings this cached are let go: only a member whose group cannot stand
        # for its others (see _expansion) needs them again, and they are cached again then.
        # Also each one-word member's word's group (for _ask_match).
        self._group_postings: list[_Postings] = []
        self._word_group: dict[str, int] = {}
        for group in range(len(synonyms)):
            terms, phrases = self._group_terms(group)
            self._group_postings.append(self._group_evidence(terms, phrases))
            for word in terms:
                self._word_group.setdefault(word, group)
        self._phrases.clear()
        # Each passage's reader questions as sets of words and synonym groups (_ask_match).
        self._asks: list[tuple[dict[str | int, tuple[int, ...]], tuple[int, ...]]] = [
            self._ask_index(passage.asks) for passage in self.passages]
        self._ask_matches: dict[tuple[frozenset[str | int], int], float] = {}  # memo
        # One-character nouns no passage, rendering or section has (猫, 伞): a question
        # with one on its own is about something the interview does not discuss.
        seen = set("".join(self._texts))
        for section in self.library.sections:
            seen.update(self.processor.normalize(section.title.zh + section.summary.zh))
            for passage in section.passages:
                seen.update(self.processor.normalize(passage.asks))
        self._foreign_nouns = one_character_nouns() - seen
        # The Chinese words of the index and the vocabulary by how they sound (_respelled).
        # (words of the language only: an index term may be a piece jieba's HMM made up)
        p = self.processor
        members = (m for g in range(len(synonyms)) for m in synonyms.members(g))
        words = {w: synonyms.group_of(w) for w in chain(self._df, members)
                 if has_cjk(w) and p.is_dictionary_word(w)}
        self._homophones = Homophones(words, [w for w in words if p.is_user_word(w)])
        # The names whose possessive asks about something of theirs that a passage must
        # have (see _owned): not an interview's own subject, whose view everything is
        # (君联的投资逻辑, Wang's take), nor a place (Singapore's role, 印尼的优势).
        subjects = frozenset().union(*map(self._subject, library.interviews))
        self._owners = frozenset(
            group for group in range(len(synonyms)) if group not in subjects and
            synonyms.is_name(synonyms.members(group)[0]) and
            not any(map(p.is_place, synonyms.members(group))))

    def _about_pattern(self, library: Library) -> re.Pattern[str]:
        """_ABOUT_THE_INTERVIEW's words, and each interviewee by name: in Chinese their
        full name and surname with 总 (王总, as executives are addressed), in English each
        word of it (wang); and their organisation by the names its synonym group gives it
        (君联资本, 君联, legend; its Chinese name alone when it has no group)."""
        chinese, latin = _ABOUT_THE_INTERVIEW
        words, names = latin.split(), []
        for interview in library.interviews:
            person = interview.metadata.interviewee
            if (zh := self.processor.normalize(person.zh).strip()) and has_cjk(zh):
                names += [zh, zh[0] + "总"]
            words += _LATIN_WORD.findall(self.processor.normalize(person.en))
            organisation = self.processor.normalize(interview.metadata.organisation.zh).strip()
            group = self.synonyms.group_of(organisation)
            for name in (organisation,) if group is None else self.synonyms.members(group):
                if has_cjk(name):
                    names.append(name)
                elif _LATIN_WORD.fullmatch(name):
                    words.append(name)
        alternatives = "|".join([chinese, *map(re.escape, dict.fromkeys(names))])
        return re.compile(alternatives + r"|(?<![a-z])(?:" +
                          "|".join(map(re.escape, dict.fromkeys(words))) + r")(?![a-z])")

    _ATTACHED = ("library", "processor", "synonyms", "passages")

    def __getstate__(self) -> dict:
        """For the index cache: the index without the content, processor and vocabulary
        it was built from (see ``attach``)."""
        state = dict(self.__dict__)
        for name in self._ATTACHED:
            del state[name]
        return state

    def attach(self, library: Library, processor: TextProcessor, synonyms: Synonyms) -> None:
        """After unpickling: the content, processor and vocabulary it was built from."""
        self.library = library
        self.processor = processor
        self.synonyms = synonyms
        self.passages = library.passages

    # -- indexing -------------------------------------------------------------------
    # Postings are flat arrays sorted by (term id, document), sliced through offsets per
    # term id; one vocabulary numbers every token (words, bigrams, section words).
    #
    # A section's title and summary ("ctx") are the same for all its passages, so they are
    # tokenised and scored once per section. A term's weight in a passage is the sum of its
    # field weights (zh + en + syn + prev + ask + ctx, in that order, in float32) where the
    # passage's own fields have the term, its section's ctx weight alone where only the
    # title or summary does; the word postings hold both. Presence postings say how each
    # passage mentions each token (_CTX, _SYN, _OWN, _ASK, _PREV bits), for credits.
    #
    # Questions are answered from concepts (see _Concept), each worked out against these
    # postings once (see _evidence): a question's scores are its concepts' postings and
    # its bigrams' added up, its credits lookups in its concepts' credit postings.

    def _doc_fields(self, passage: Passage) -> dict[str, list[str]]:
        p = self.processor
        zh = p.normalize(passage.text)
        en = p.normalize(passage.en)
        latin = p.latin_terms(en)
        self._normalized.append((zh, latin))  # kept for word positions (proximity)
        self._texts.append(zh + "\n" + en)
        fields = {
            "zh": p.terms(zh),
            "bi": p.bigrams(zh),
            "en": latin + [w for w in p.chinese_words(en) if len(w) > 1],
        }
        section = self.library.section_of(passage)
        if not section.headed:
            # (an introduction or a closing: a question that names it names its passages)
            fields["zh"] += p.terms(p.normalize(section.title.zh))
            fields["en"] += p.terms(p.normalize(section.title.en))
        # What readers ask that the passage answers, in their words (often not its own).
        asks = p.normalize(passage.asks) if passage.asks else ""
        fields["ask"] = p.terms(asks) if asks else []
        own = set(fields["zh"]) | set(fields["en"])
        syn: dict[str, None] = {}
        names: set[int] = set()
        matched: set[int] = set()  # every name group it mentions
        # The words of every name it mentions, but its interview's subject (see _build).
        named: dict[str, None] = {}
        subject = self._subject(self.library.interview_of(passage))
        # Across languages only (the question's own synonyms cover the same language): the
        # English members for the Chinese text, the Chinese members for the rendering.
        for text, latin_side in ((zh, True), (en, False)):
            for member, others in self.synonyms.matches(text):
                # A place is not the name a question asks for (of a company, a person).
                if (group := self.synonyms.name_group(member)) is not None:
                    matched.add(group)
                    if not any(map(p.is_place, (member, *others))):
                        names.add(group)
                    if group in subject:
                        continue
                    for one in (member, *others):
                        if len(words := self._member_words(one)) == 1:
                            named[words[0]] = None
                for other in others:
                    if other.isascii() != latin_side:
                        continue
                    words = self._member_words(other)
                    # (not a member's one word beside a letter or digit of its own: "car"
                    # of "car t" is a car, not CAR-T)
                    if len(words) == 1 and words[0] not in own and \
                            not _LONE_CHARACTER.search(other):
                        syn[words[0]] = None
        # A name's piece that names something else is not there (印度, India, in 印度尼西亚),
        # as a word or a bigram of its text, or a word of its reader questions.
        for key in ("zh", "en", "bi"):
            fields[key] = self._without_name_pieces(fields[key], matched)
        if fields["ask"]:
            fields["ask"] = self._without_name_pieces(fields["ask"],
                                                      self.synonyms.names_in(asks))
        fields["syn"] = list(syn)
        fields["named"] = list(named)
        self._names.append(frozenset(names) - subject)
        self._mentioned.append(frozenset(matched))
        self._peers.append(self._listed(names - subject, zh, en))
        return fields

    def _listed(self, names: set[int], *texts: str) -> dict[int, tuple[frozenset[int],
                                                                       frozenset[str]]]:
        """Each name's peers in a passage: the names listed beside it (see _LISTED), in its
        text or its rendering, and the words of what the list is of (阿斯利康、艾伯维等跨国巨头:
        MNCs, multinational giants such as ...); {} for the many passages that list none."""
        pairs: dict[int, set[int]] = {}
        heads: dict[int, set[str]] = {}
        for text in texts:
            spots = []
            for member, _ in self.synonyms.matches(text):
                if (group := self.synonyms.name_group(member)) in names:
                    start = text.find(member)
                    while start >= 0:
                        spots.append((start, start + len(member), group))
                        start = text.find(member, start + 1)
            spots.sort()
            run: list[tuple[int, int, int]] = []
            for spot in [*spots, None]:
                if spot is not None and run and spot[2] != run[-1][2] and \
                        _LISTED.fullmatch(text[run[-1][1]:spot[0]]):
                    run.append(spot)
                    continue
                if len(run) > 1:
                    head = self._list_head(text, run[0][0], run[-1][1])
                    for one in run:
                        pairs.setdefault(one[2], set()).update(o[2] for o in run)
                        heads.setdefault(one[2], set()).update(head)
                run = [spot] if spot is not None else []
        return {name: (frozenset(pairs[name] - {name}), frozenset(heads[name]))
                for name in pairs}

    def _list_head(self, text: str, start: int, end: int) -> set[str]:
        """The synonym group (its members) of what a list of names is of: the first after
        its 等 (阿斯利康、艾伯维等跨国巨头) or before its "such as"."""
        found = _LIST_HEAD_AFTER.match(text, end) or _LIST_HEAD_BEFORE.search(text, 0, start)
        if found is None:
            return set()
        fragment = found[1]
        matches = [(fragment.find(member), member, others)
                   for member, others in self.synonyms.matches(fragment)]
        if not matches:
            return set()
        _, member, others = min(matches)  # (the first: 跨国巨头, not 并购 after it)
        return {member, *others}

    def _without_name_pieces(self, words: list[str], named: Collection[int]) -> list[str]:
        """Words of a text but the names of groups it does not name, which are pieces of
        other words there (see _doc_fields)."""
        return [w for w in words if (g := self.synonyms.name_group(w)) is None or g in named]

    def _subject(self, interview) -> frozenset[int]:
        """The name groups of an interview's own subject (its interviewee and their
        organisation), which all its passages are about whether they name them or not."""
        subject = self._subjects.get(interview.id)
        if subject is None:
            meta = interview.metadata
            subject = self._subjects[interview.id] = self._names_in(
                meta.interviewee.zh, meta.interviewee.en, *self._organisation_names(meta))
        return subject

    def _organisation(self, interview) -> frozenset[int]:
        """The name groups of an interview's organisation (Legend Capital, 君联)."""
        found = self._organisations.get(interview.id)
        if found is None:
            found = self._organisations[interview.id] = self._names_in(
                *self._organisation_names(interview.metadata))
        return found

    @staticmethod
    def _organisation_names(meta) -> tuple[str, str]:
        return meta.organisation.zh, meta.organisation.en

    def _names_in(self, *texts: str) -> frozenset[int]:
        """The name groups some names of an interview's metadata are."""
        return self.synonyms.names_in(self.processor.normalize(" / ".join(texts)))

    def _member_words(self, member: str) -> tuple[str, ...]:
        """A synonym member's concept words (cached: members recur in passages, and every
        member of a group expands the others)."""
        cached = self._members.get(member)
        if cached is None:
            cached = self._members[member] = tuple(self.processor.concept_words(member))
        return cached

    def _ctx_terms_of(self, section) -> list[str]:
        p = self.processor
        return p.terms(p.normalize(" ".join((section.title.zh, section.title.en,
                                             section.summary.zh, section.summary.en))))

    @staticmethod
    def _pairs(docs: list[list[int]], n_keys: int) -> tuple[np.ndarray, np.ndarray]:
        """Unique (term id, document) keys, term-major and sorted, and their counts."""
        sizes = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
        flat = np.fromiter((t for d in docs for t in d), dtype=np.int64, count=int(sizes.sum()))
        keys = flat * n_keys + np.repeat(np.arange(len(docs), dtype=np.int64), sizes)
        return np.unique(keys, return_counts=True)

    @staticmethod
    def _bm25_values(tfs: np.ndarray, df: np.ndarray, lengths: np.ndarray, n: int,
                     avg: float) -> np.ndarray:
        """BM25 weights, element by element exactly as for one term at a time: the idf in
        double precision (math.log), then float32 arithmetic."""
        unique, inverse = np.unique(df, return_inverse=True)
        idf = np.array([math.log(1 + (n - d + 0.5) / (d + 0.5)) for d in unique.tolist()],
                       dtype=np.float64)[inverse].astype(np.float32)
        tfs = tfs.astype(np.float32)
        norm = K1 * (1 - B + B * lengths / avg)
        return (idf * tfs * (K1 + 1) / (tfs + norm)).astype(np.float32)

    @staticmethod
    def _avg(lengths: np.ndarray, n: int) -> float:
        return float(lengths.mean()) if n and lengths.sum() else 1.0

    @staticmethod
    def _offsets(term_ids: np.ndarray, n_terms: int) -> np.ndarray:
        return np.searchsorted(term_ids, np.arange(n_terms + 1, dtype=np.int64))

    def _build(self) -> None:
        n = self.n_docs = len(self.passages)
        library = self.library
        section_index: dict[str, int] = {}
        sections = []
        sec_of = np.zeros(n, dtype=np.int64)
        for i, passage in enumerate(self.passages):
            section = library.section_of(passage)
            j = section_index.get(section.key)
            if j is None:
                j = section_index[section.key] = len(sections)
                sections.append(section)
            sec_of[i] = j
        n_sec = len(sections)
        sec_size = np.bincount(sec_of, minlength=n_sec).astype(np.int64)

        vocab: dict[str, int] = {}
        ids = vocab.setdefault
        zh_docs, en_docs, bi_docs, syn_docs, ask_docs = [], [], [], [], []
        prev_docs: list[list[int]] = []
        previous: tuple[object, list[str]] | None = None
        for passage in self.passages:
            d = self._doc_fields(passage)
            section = library.section_of(passage)
            if previous is not None and previous[0] is section and \
                    _CONTINUES.match(passage.text):
                # A passage that goes on from the one before (但王俊峰强调, 而且, 这种)
                # is about what that one names too (印尼: the market there to develop).
                own = set(d["zh"]) | set(d["en"]) | set(d["syn"])
                prev_docs.append([ids(w, len(vocab)) for w in previous[1] if w not in own])
            else:
                prev_docs.append([])
            previous = (section, d["named"])
            ask_docs.append([ids(t, len(vocab)) for t in d["ask"]])
            syn_docs.append([ids(t, len(vocab)) for t in d["syn"]])
            zh_docs.append([ids(t, len(vocab)) for t in d["zh"]])
            en_docs.append([ids(t, len(vocab)) for t in d["en"]])
            bi_docs.append([ids(t, len(vocab)) for t in d["bi"]])
        ctx_docs = [[ids(t, len(vocab)) for t in self._ctx_terms_of(s)] for s in sections]
        self._vocab = vocab
        n_terms = len(vocab)
        n_keys = max(n, 1)
        s_keys = max(n_sec, 1)

        def field(docs: list[list[int]], weight: float | None = None):
            keys, tfs = self._pairs(docs, n_keys)
            terms, doc_ids = keys // n_keys, keys % n_keys
            lengths = np.fromiter((len(d) for d in docs), dtype=np.float32, count=len(docs))
            df = np.bincount(terms, minlength=n_terms)[terms]
            values = self._bm25_values(tfs, df, lengths[doc_ids], n, self._avg(lengths, n))
            return keys, terms, doc_ids, values if weight is None else weight * values

        zh_keys, _, _, zh_values = field(zh_docs, FIELDS["zh"])
        en_keys, _, _, en_values = field(en_docs, FIELDS["en"])
        bi_keys, bi_terms, bi_ids, bi_values = field(bi_docs)
        syn_keys, _, _, syn_values = field(syn_docs, FIELDS["syn"])
        prev_keys, _, _, prev_values = field(prev_docs, FIELDS["prev"])
        ask_keys, _, _, ask_values = field(ask_docs, FIELDS["ask"])

        # ctx: per section, with the document frequency and average length over passages.
        c_keys, c_tfs = self._pairs(ctx_docs, s_keys)
        c_terms, c_secs = c_keys // s_keys, c_keys % s_keys
        sec_len = np.fromiter((len(d) for d in ctx_docs), dtype=np.float32, count=n_sec)
        c_df = np.bincount(c_terms, weights=sec_size[c_secs], minlength=n_terms)
        c_df = np.rint(c_df).astype(np.int64)[c_terms]
        c_values = FIELDS["ctx"] * self._bm25_values(
            c_tfs, c_df, sec_len[c_secs], n, self._avg(sec_len[sec_of], n))

        # The passages of each section's (term, section) pairs: where only the title or
        # summary has the term.
        order = np.argsort(sec_of, kind="stable")
        starts = np.concatenate(([0], np.cumsum(sec_size)))
        reps = sec_size[c_secs]
        first = np.repeat(starts[c_secs] - np.concatenate(([0], np.cumsum(reps)[:-1])), reps)
        ctx_keys = np.repeat(c_terms, reps) * n_keys + \
            order[first + np.arange(int(reps.sum()), dtype=np.int64)]
        ctx_values = np.repeat(c_values, reps)

        # Words: zh + en + syn + prev + ask (+ ctx of the passage's section) where it has
        # the term, the ctx weight alone in the other passages of the sections that have it.
        own_keys = np.union1d(np.union1d(np.union1d(np.union1d(zh_keys, en_keys), syn_keys),
                                         ask_keys), prev_keys)
        own_values = np.zeros(len(own_keys), dtype=np.float32)
        own_values[np.searchsorted(own_keys, zh_keys)] = zh_values
        own_values[np.searchsorted(own_keys, en_keys)] += en_values
        own_values[np.searchsorted(own_keys, syn_keys)] += syn_values
        own_values[np.searchsorted(own_keys, prev_keys)] += prev_values
        own_values[np.searchsorted(own_keys, ask_keys)] += ask_values
        own_terms, own_ids = own_keys // n_keys, own_keys % n_keys
        found, where = self._lookup(c_keys, own_terms * s_keys + sec_of[own_ids])
        own_values[found] += c_values[where[found]]
        ctx_only = ~np.isin(ctx_keys, own_keys, assume_unique=True)
        word_keys = np.concatenate((own_keys, ctx_keys[ctx_only]))
        word_values = np.concatenate((own_values, ctx_values[ctx_only]))
        order = np.argsort(word_keys, kind="stable")
        word_keys, self._w_values = word_keys[order], word_values[order]
        self._w_ids = word_keys % n_keys
        self._w_off = self._offsets(word_keys // n_keys, n_terms).tolist()
        self._b_ids = bi_ids
        self._b_values = (BIGRAM_WEIGHT * bi_values).astype(np.float32)
        self._b_off = self._offsets(bi_terms, n_terms).tolist()

        # Presence, for credits: in a passage's own text (any field, bigrams too), only
        # through the synonyms of its words, only in its section's title or summary, only
        # in its reader questions.
        present = np.union1d(np.union1d(zh_keys, en_keys), bi_keys)
        mentioned = np.union1d(np.union1d(np.union1d(np.union1d(present, syn_keys), ctx_keys),
                                          ask_keys), prev_keys)
        codes = np.zeros(len(mentioned), dtype=np.uint8)
        codes[np.searchsorted(mentioned, ask_keys)] |= _ASK
        codes[np.searchsorted(mentioned, ctx_keys)] |= _CTX
        codes[np.searchsorted(mentioned, syn_keys)] |= _SYN
        codes[np.searchsorted(mentioned, prev_keys)] |= _PREV
        codes[np.searchsorted(mentioned, present)] |= _OWN
        self._m_ids, self._m_codes = mentioned % n_keys, codes
        self._m_off = self._offsets(mentioned // n_keys, n_terms).tolist()
        # Document frequency over all fields: how specific a question term is.
        df = np.bincount(mentioned // n_keys, minlength=n_terms)
        self._df: dict[str, int] = {t: int(df[i]) for t, i in vocab.items() if df[i]}
        latin = [t for t in self._df if t.isascii() and len(t) >= 4]
        latin.sort()
        self._latin_vocab = latin
        self._latin_len = np.fromiter(map(len, latin), dtype=np.int64, count=len(latin))
        self._latin_mask = np.fromiter(map(_char_mask, latin), dtype=np.uint64,
                                       count=len(latin))
        self._quote_texts = {q.key: self.processor.normalize(q.text) + "\n" + q.en.lower()
                             for q in library.quotes}

    @staticmethod
    def _lookup(sorted_keys: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which keys are in a sorted array, and where."""
        where = np.searchsorted(sorted_keys, keys)
        if not len(sorted_keys):
            return np.zeros(len(keys), dtype=bool), where
        np.minimum(where, len(sorted_keys) - 1, out=where)
        return sorted_keys[where] == keys, where

    def _idf(self, term: str) -> float:
        df = self._df.get(term, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))

    def _specificity(self, term: str) -> float:
        general = self.processor.general_idf(term)
        if general is None:
            return COMMON_EN_SPEC if self.processor.is_common_latin(term) else 1.0
        return min(1.0, max(SPEC_MIN, (general - SPEC_LO) / (SPEC_HI - SPEC_LO)))

    def _weight(self, term: str) -> float:
        """A concept's weight: its idf; a word the interview never uses counts less, so one
        unusual word does not sink an otherwise well-covered question; a word common in
        any Chinese text counts less still."""
        if term in self._df:
            return self._idf(term) * self._specificity(term)
        return OOV_FACTOR * self._idf(term) * self._specificity(term)

    def _concept(self, word: str) -> _Concept:
        """A question word's concept, before synonyms (cached per word)."""
        concept = self._concepts.get(word)
        if concept is None:
            parts = tuple(self.processor.parts(word)) if not word.isascii() else ()
            if len(self._concepts) >= CACHE_SIZE:  # questions can bring any number of words
                self._concepts.clear()
            # A year or a quarter names a time, as a name does a place: one the passage
            # does not have is something else (君联2019年投了什么: the interview has no 2019).
            concept = self._concepts[word] = _Concept(
                self._weight_with_parts(word, parts), {word: 1.0}, parts,
                name=_TIME.fullmatch(word) is not None)
        return concept

    def _weight_with_parts(self, word: str, parts: tuple[str, ...]) -> float:
        """A word's weight; one the interview never uses but some of whose parts it does
        weighs as its most specific such part."""
        known = [part for part in parts if part in self._df] if word not in self._df else []
        return max(map(self._idf, known)) * self._specificity(word) if known else \
            self._weight(word)

    def _compound(self, word: str, parts: tuple[str, ...]) -> _Concept:
        """A hyphenated compound's concept: unknown as one word (zero-sum), its words are
        its parts, for partial credit (cached per compound and parts)."""
        concept = self._compounds.get((word, parts))
        if concept is None:
            if len(self._compounds) >= CACHE_SIZE:
                self._compounds.clear()
            concept = self._compounds[(word, parts)] = _Concept(
                self._weight_with_parts(word, parts), {word: 1.0}, parts)
        return concept

    def _member_concept(self, member: str, expansion: _Expansion) -> _Concept:
        """The concept of a synonym none of the question's concepts is about (cached)."""
        concept = self._member_concepts.get(member)
        if concept is None:
            member_terms, expanded, phrases, group = expansion
            concept = _Concept(max(self._weight(t) for t in member_terms), dict(expanded),
                               phrases=dict(phrases), name=self.synonyms.is_name(member))
            if group is not None:
                concept.own = dict.fromkeys(member_terms, 1.0)
                concept.groups = (group,)
            if len(self._member_concepts) >= CACHE_SIZE:
                self._member_concepts.clear()
            self._member_concepts[member] = concept
        return concept

    def _merged(self, concept: _Concept, member: str, expansion: _Expansion
                ) -> _Concept | None:
        """A concept with a synonym member's group merged in, if the member is about it
        (shares a term with it, or one is part of the other)."""
        member_terms, expanded, phrases, group = expansion
        # (a name's member is about a concept only through whole words: "use" is no part of
        # Hillhouse, a fund the question may name beside it)
        part_of = _part_of if self.synonyms.name_group(member) is not None else \
            str.__contains__
        if member_terms.isdisjoint(concept.terms) and \
                not any(part_of(member, t) or part_of(t, member) for t in concept.terms):
            return None
        # A member is about a concept as a whole: "supply chain" adds itself to the concept
        # of "supply" as a phrase, so "chain" alone (a logic chain) does not mention it; a
        # member word's pieces (卖 of 卖产品) are not its synonyms either.
        words = self._member_words(member)
        if len(member_terms) > 1:
            whole = {words[0]} if len(words) == 1 else set()  # (a one-word member itself)
            others = member_terms - concept.terms.keys() - whole
            # (a word another member is, on its own, stays as that member's synonym)
            alone = {ws[0] for other in self.synonyms.others(member)
                     if len(ws := self._member_words(other)) == 1} & others
            expanded = {t: SYNONYM_WEIGHT if t in alone else w for t, w in expanded.items()
                        if t not in others or t in alone}
            member_terms = member_terms - others
            if len(words) > 1:
                phrases = {**phrases, words: 1.0}
        terms = dict(concept.terms)
        for term, weight in expanded.items():
            terms[term] = max(terms.get(term, 0.0), weight)
        own, own_phrases = concept.scored_terms()
        groups = concept.groups
        if group is None:
            own = dict(own)
            for term, weight in expanded.items():
                own[term] = max(own.get(term, 0.0), weight)
            own_phrases = {**own_phrases, **phrases}
        else:
            own = {**own, **dict.fromkeys(member_terms, 1.0)}  # (no weight is above 1.0)
            if len(words) > 1:
                own_phrases = {**own_phrases, words: 1.0}
            groups = groups if group in groups else (*groups, group)
        return _Concept(concept.weight, terms, concept.parts, {**concept.phrases, **phrases},
                        concept.name or self.synonyms.is_name(member),
                        own=own if groups else None, own_phrases=own_phrases if groups else {},
                        groups=groups)

    def _names_company(self, word: str, norm: str) -> bool:
        """Whether a Chinese word the interview never uses comes right before a company's
        suffix (传奇生物, 药华医药): it is a company's name."""
        if len(word) < 2 or word in self._df or not has_cjk(word):
            return False
        at = norm.find(word)
        return at >= 0 and _COMPANY_SUFFIX.match(norm, at + len(word)) is not None

    def _unknown_owners(self, norm: str) -> set[str]:
        """The terms of names the interview never uses whose view a question asks for
        (see _VIEW_OF)."""
        return {term for match in _VIEW_OF.finditer(norm) if not self._known_latin(match[1])
                for term in self.processor.latin_terms(match[1])}

    def _unknown_name(self, concept: _Concept) -> _Concept:
        """A name the interview never uses (a company's, see _names_company; someone whose
        view is asked for, see _unknown_owners): a name, one the passage lacks (cached on
        the word's concept)."""
        if concept.unknown_name is None:
            concept.unknown_name = concept.derived(concept.weight, concept.terms, name=True)
        return concept.unknown_name

    def _named(self, concept: _Concept) -> _Concept:
        """A question naming something the interview mentions only here and there
        (Indonesia, AbbVie) or not at all is about that first of all: the name weighs more.
        The interview's own subject, which it mentions everywhere, does not."""
        if not concept.name:
            return concept
        if concept.named is None:
            specific = max(self._df.get(t, 0) for t in concept.terms) <= \
                NAME_SHARE * self.n_docs
            places = self._places_within(concept)
            concept.named = concept.derived(
                concept.weight * (NAME_BOOST if specific else 1.0), concept.terms, name=True,
                specific=specific, places=places) if specific or places else concept
        return concept.named

    def _places_within(self, concept: _Concept) -> dict[str, float]:
        """The terms of the places within a region a concept names (Southeast Asia:
        Indonesia, Singapore), at PLACE_CREDIT: a passage about one of them mentions the
        region too, though it does not score as one that names it (nor the other way
        round). {} for any other concept."""
        places: dict[str, float] = {}
        for term in concept.terms:
            if (group := self.synonyms.name_group(term)) is not None:
                for place in self.synonyms.within(group):
                    # each member as one word (马来西亚: not also 西亚, West Asia)
                    for member in (place, *self.synonyms.others(place)):
                        words = self._member_words(member)
                        if len(words) == 1 and words[0] not in concept.terms:
                            places[words[0]] = PLACE_CREDIT
        return places

    @staticmethod
    def _contextual(concept: _Concept) -> _Concept:
        """A word of the asker's description of themselves (我们是台湾的生技新创, CFO at a
        Suzhou biotech here): it says who is asking, not what about, so it is no name (its
        absence from a passage does not count against it) and, when the interview lacks
        it, not a subject of its own either."""
        if concept.contextual is None:
            concept.contextual = concept.derived(concept.weight, concept.terms, context=True)
        return concept.contextual

    def _corrected(self, concept: _Concept) -> _Concept:
        """A misspelt Latin word's concept with the nearest indexed word, if close enough."""
        if concept.corrected is not None:
            return concept.corrected
        word = next(iter(concept.terms)) if len(concept.terms) == 1 else ""
        match = None
        if word.isascii() and len(word) >= FUZZY_MIN and word not in self._df:
            match = self._fuzzy(word)
        # (itself when there is nothing to correct: found as fast the next time; the word
        # is its only term, so its own terms, besides any group, are those two)
        terms = {word: 1.0, match: FUZZY_WEIGHT}
        concept.corrected = concept if match is None else concept.derived(
            concept.weight, terms, name=concept.name,
            own=None if concept.own is None else dict(terms))
        return concept.corrected

    def _fuzzy(self, word: str) -> str | None:
        """The nearest indexed Latin word, if close enough (cached per word; swapping two
        neighbouring letters, compnaies for companies, is one edit). Only words
        that could be that close are compared: a length within the allowed distance, and
        letter sets that differ by at most two letters per edit (an exact filter)."""
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        cutoff = _edits_allowed(word)
        candidates = np.flatnonzero(
            (np.abs(self._latin_len - len(word)) <= cutoff) &
            (_popcount(self._latin_mask ^ np.uint64(_char_mask(word))) <= 2 * cutoff))
        vocab = self._latin_vocab
        result = _nearest(word, [vocab[i] for i in candidates.tolist()])
        if len(self._fuzzy_cache) >= CACHE_SIZE:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[word] = result
        return result

    # -- querying -------------------------------------------------------------------
    def _expansion(self, member: str, others: tuple[str, ...]) -> _Expansion:
        """A synonym member's own terms, and the terms and phrases of the rest of its group
        (cached: the vocabulary is fixed, and segmenting it for every question is slow)."""
        cached = self._expansions.get(member)
        if cached is not None:
            return cached
        p = self.processor
        member_terms = set(p.terms(member))
        if not member_terms and len(member) == 1 and member not in ZH_STOPWORDS and \
                has_cjk(member):  # a one-character word (卷, 钱): itself
            member_terms = {member}
        expanded: dict[str, float] = {}
        phrases: dict[tuple[str, ...], float] = {}
        for other in others:
            words = self._member_words(other)
            if len(words) == 1:
                expanded[words[0]] = SYNONYM_WEIGHT
            elif words:
                phrases[words] = SYNONYM_WEIGHT
        expanded.update({t: 1.0 for t in member_terms})
        # The group's evidence (every member at SYNONYM_WEIGHT) stands for the others' when
        # the member's own terms, at 1.0, outdo what the member itself adds there: its
        # word, or a phrase of its words (which scores their mean and is credited their
        # least), at SYNONYM_WEIGHT.
        group = self.synonyms.group_of(member)
        if group is None or set(self.synonyms.members(group)) != {member, *others} or \
                not member_terms.issuperset(self._member_words(member)):
            group = None
        result = self._expansions[member] = (member_terms, expanded, phrases, group)
        return result

    def _respelled(self, norm: str) -> str:
        """The question with misspelt names spelt as their synonym group does (indonisia,
        singapre), so the group applies (印尼, 新加坡), and Chinese words typed by sound
        (对堵, 君连) spelt as the vocabulary's words they sound like (see sounds.py)."""
        for word in set(_LATIN_WORD.findall(norm)):
            if (right := self._respelling(word)) is not None:
                norm = re.sub(rf"(?<![a-z0-9]){word}(?![a-z0-9])", right, norm)
        if " " in norm:
            # a name typed as two words (astra zenica, bei gene), one of them no word the
            # index or the vocabulary knows
            for pair in _LATIN_PAIR.findall(norm):
                both, first, second = pair
                if not (self._known_latin(first) and self._known_latin(second)) and \
                        (right := self._pair_respelling(first + second)) is not None:
                    norm = norm.replace(both, right)
        for run, right in self._heard(norm):
            norm = norm.replace(run, right)
        if _LATIN_WORD.search(norm):
            norm = _LATIN_RUN.sub(self._pinyin_run, norm)
        return norm

    def _pinyin_run(self, match: re.Match[str]) -> str:
        """A run of Latin words with each stretch of PINYIN_WORDS or fewer that spells a
        specific Chinese word in pinyin (duidu huigou, ting guo yao) as that word, when one
        of its words is none the index or the vocabulary knows (cached per run)."""
        run = match[0]
        found = self._pinyin_runs.get(run)
        if found is None:
            tokens = run.split()
            unknown = [not self._known_latin(t) for t in tokens]
            out: list[str] = []
            i = 0
            while i < len(tokens):
                for n in range(min(PINYIN_WORDS, len(tokens) - i), 0, -1):
                    if any(unknown[i:i + n]) and \
                            (word := self._homophones.typed("".join(tokens[i:i + n]))):
                        out.append(word)
                        i += n
                        break
                else:
                    out.append(tokens[i])
                    i += 1
            found = " ".join(out)
            if len(self._pinyin_runs) >= CACHE_SIZE:
                self._pinyin_runs.clear()
            self._pinyin_runs[run] = found
        return found

    def _heard(self, norm: str) -> list[tuple[str, str]]:
        """Each run of Chinese characters of a question that has a slip of the ear, and
        the run respelt (cached per run)."""
        found = []
        for run in chinese_runs(norm):
            right = self._respelt_runs.get(run)
            if right is None:
                right = self._homophones.respelled(run, self.processor.words(run),
                                                   self._known_word)
                if len(self._respelt_runs) >= CACHE_SIZE:
                    self._respelt_runs.clear()
                self._respelt_runs[run] = right
            if right != run:
                found.append((run, right))
        return found

    def _known_word(self, token: str) -> bool:
        """Whether a token of a question is a word (or a function word) of its own, not a
        slip of the ear: a lone character only if it is a function word."""
        return token in ZH_STOPWORDS or token in self._df or \
            self.synonyms.group_of(token) is not None or \
            (len(token) > 1 and self.processor.is_dictionary_word(token))

    def _known_latin(self, word: str) -> bool:
        """Whether the index or the vocabulary knows a Latin word (or it is a function
        word)."""
        terms = self.processor.latin_terms(word)
        return not terms or terms[0] in self._df or self.synonyms.knows_stem(terms[0])

    def _pair_respelling(self, joined: str) -> str | None:
        """The one-word name two Latin words typed apart are, or misspell."""
        if len(joined) < FUZZY_MIN:
            return None
        if joined in self._names_by_len.get(len(joined), ()):
            return joined
        return self._respelling(joined)

    def _respelling(self, word: str) -> str | None:
        """The one-word name a Latin word of FUZZY_MIN letters or more misspells, when
        neither the index nor the vocabulary knows the word (cached per word). Only names:
        an English word one edit from another member is often a word itself (university
        and diversity)."""
        right = self._respellings.get(word, _MISSING)
        if right is not _MISSING:
            return right  # type: ignore[return-value]
        right = None
        if len(word) >= FUZZY_MIN and not self._known_latin(word):
            cutoff = _edits_allowed(word)
            by_len = self._names_by_len
            right = _nearest(word, [name for n in range(len(word) - cutoff, len(word) + cutoff + 1)
                                    for name in by_len.get(n, ())])
        if len(self._respellings) >= CACHE_SIZE:
            self._respellings.clear()
        self._respellings[word] = right
        return right

    def _parse(self, question: str) -> _Query:
        p = self.processor
        norm = self._respelled(p.normalize(question))
        words = p.concept_words(norm)
        matches = self.synonyms.matches(norm)
        unknown: dict[str, tuple[str, ...]] = {}
        if "-" in norm:
            # A hyphenated word that a synonym member of two words or more is (going-global:
            # going global; out-licensing) is that member's concept, not a word of its own
            # the interview lacks besides it; a compound the interview does not know as one
            # word otherwise has its words as parts (zero-sum).
            joined = [re.sub(r"[\s-]", "", member) for member, _ in matches
                      if " " in member or "-" in member]
            words = [word for word in words
                     if not (word.isascii() and word not in self._df and
                             any(word in whole for whole in joined))]
            unknown = {word: parts for word, parts in p.latin_compounds(norm).items()
                       if parts and word not in self._df and
                       not self.synonyms.knows_stem(word)}
        concepts = [self._compound(word, parts) if (parts := unknown.get(word)) else
                    self._concept(word) for word in words]
        company = _COMPANY_SUFFIX.search(norm) is not None
        owners = self._unknown_owners(norm) if "'s " in norm or "’s " in norm else set()
        if company or owners:
            concepts = [self._unknown_name(c) if word in owners or
                        (company and self._names_company(word, norm)) else c
                        for word, c in zip(words, concepts, strict=True)]
        ordered = len(concepts)
        names: set[int] = set()
        named_by: dict[int, list[str]] = {}  # each name group's members in the question

        # Synonyms: each matched member brings the terms of the rest of its group to the
        # concepts it is about, or is a concept of its own.
        for member, others in matches:
            if (group := self.synonyms.name_group(member)) is not None:
                names.add(group)
                named_by.setdefault(group, []).append(member)
            expansion = self._expansion(member, others)
            if not expansion[0]:  # a group of function words (为什么, 怎么, ...)
                continue
            hit = False
            for i, concept in enumerate(concepts):
                merged = concept.merged.get(member, _MISSING)
                if merged is _MISSING:
                    merged = concept.merged[member] = self._merged(concept, member, expansion)
                if merged is not None:
                    concepts[i] = merged
                    hit = True
            if not hit:
                concepts.append(self._member_concept(member, expansion))
        # A question word that is a member of a group some other word of the question
        # was found for (一窝蜂 and 挤在): its own group too.
        for i, (word, concept) in enumerate(zip(words, concepts[:ordered], strict=False)):
            if len(concept.terms) == 1 and (others := self.synonyms.others(word)):
                merged = concept.merged.get(word, _MISSING)
                if merged is _MISSING:
                    merged = concept.merged[word] = self._merged(
                        concept, word, self._expansion(word, others))
                if merged is not None:
                    concepts[i] = merged
        if not self._foreign_nouns.isdisjoint(norm):
            # (on its own: not within a word of the question, 猫粮 say)
            concepts += [self._concept(ch) for ch in dict.fromkeys(norm)
                         if ch in self._foreign_nouns and not any(ch in w for w in words)]
        asking = norm
        asks: tuple[int, ...] | None = None
        hinted: frozenset[int] = frozenset()
        if spans := context_spans(norm):
            hinted = frozenset(group for group, members in named_by.items()
                               if _only_in(members, norm, spans))
            concepts = [self._contextual(c) if _only_in(c.terms, norm, spans) else c
                        for c in concepts]
            # A role the asker gives asks for no kind of fact (Retail investor here: ...),
            # though what else they say of themselves may (我有淋巴瘤, 我今年35岁), unless
            # the question asks for a kind of its own (我想去君联求职,他们做了多少年医疗投资?
            # asks for a length of time, not about jobs).
            rest = asking
            for start, end, role in reversed(spans):
                rest = rest[:start] + "," + rest[end:]
                if role:
                    asking = asking[:start] + "," + asking[end:]
            if rest != asking:
                asks = asked_types(set_aside(rest), p.words) or (
                    () if self._about.search(rest) and
                    len(p.concept_words(rest)) >= ABOUT_WORDS else None)
        concepts = [self._corrected(self._named(c)) for c in concepts]
        times = tuple(i for i, word in enumerate(words) if _TIME.fullmatch(word))
        owned = self._owned(norm, words, names) if names & self._owners else ()
        return _Query(concepts, p.bigrams(norm), ordered, words, norm,
                      asks if asks is not None else asked_types(set_aside(asking), p.words),
                      frozenset(names), times if len(times) > 1 else (), owned,
                      tuple(i for i in times if YEAR.fullmatch(words[i])), hinted)

    def _owned(self, norm: str, words: list[str], names: set[int]) -> tuple[int, ...]:
        """Which of a question's words are what it asks of a name besides its interview's
        subject (see _POSSESSIVE and _owners): a passage that names 臻愈生物 but not its
        founder does not answer who the founder is."""
        owned = []
        for group in names & self._owners:
            for member in self.synonyms.members(group):
                at = norm.find(member)
                while at >= 0:
                    end = at + len(member)
                    if (possessive := _POSSESSIVE.match(norm, end)) is not None and \
                            (i := self._word_at(norm, possessive.end(), words)) is not None:
                        owned.append(i)
                    at = norm.find(member, end)
        return tuple(dict.fromkeys(owned))

    def _word_at(self, norm: str, at: int, words: list[str]) -> int | None:
        """The index of the question word at a place in it (a number or measure word
        there skipped: 首个临床试验), if any."""
        rest = _CLAUSE_REST.match(norm, at)
        if rest is None:
            return None
        if norm[at].isascii():
            terms = self.processor.latin_terms(rest[0].split("-")[0])
            return words.index(terms[0]) if terms and terms[0] in words else None
        for token, tag in self.processor.tagged(rest[0]):
            if tag[:1] == "m" or tag == "q":
                at += len(token)
                continue
            found = [w for w in words if norm.startswith(w, at)]
            return words.index(max(found, key=len)) if found else None
        return None

    def _places(self, words: list[str], norm: str) -> list[tuple[int, int, int]]:
        """Where each question word is: (0, start, end) in characters for Chinese words,
        (1, i, i + 1) for the i-th Latin word (stopwords not counted)."""
        latin = {}
        for i, term in enumerate(self.processor.latin_terms(norm)):
            latin.setdefault(term, i)
        places, cursor = [], 0
        for word in words:
            if word in latin:
                places.append((1, latin[word], latin[word] + 1))
                continue
            at = norm.find(word, cursor)
            if at < 0:
                at = norm.find(word)
            cursor = max(cursor, at + len(word))
            places.append((0, at, at + len(word)))
        return places

    def _ranges(self, offsets: list[int], terms: Iterable[tuple[str, float]]
                ) -> list[tuple[int, int, float]]:
        """Where each weighted term's postings are in a flat array (start, end), with its
        weight; terms with no postings there left out."""
        found = []
        for term, weight in terms:
            tid = self._vocab.get(term)
            if tid is not None and (b := offsets[tid + 1]) > (a := offsets[tid]):
                found.append((a, b, weight))
        return found

    def _passage_postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """A word's passages (ascending) and weights in them, None for none."""
        tid = self._vocab.get(term)
        if tid is None:
            return None
        a, b = self._w_off[tid], self._w_off[tid + 1]
        return (self._w_ids[a:b], self._w_values[a:b]) if b > a else None

    def _phrase(self, phrase: tuple[str, ...]
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """A multi-word synonym's passages where all its words score (ascending) and the
        sum of their weights there (in the phrase's order, in float32); the passages that
        mention all its words and the least of their levels there (_LEVELS). None when a
        word scores nowhere. Cached per phrase: the same synonym groups are merged into
        many concepts."""
        cached = self._phrases.get(phrase, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        postings = [self._passage_postings(term) for term in phrase]
        result = None
        if all(p is not None for p in postings):
            total = np.zeros(self.n_docs, dtype=np.float32)
            found = np.zeros(self.n_docs, dtype=np.int64)
            for ids, values in postings:  # type: ignore[misc]
                total[ids] += values
                found[ids] += 1
            ids = (found == len(phrase)).nonzero()[0]
            levels = np.minimum.reduce([self._levels(t) for t in phrase])
            mentioned = (levels > 0).nonzero()[0]
            result = (ids, total[ids], mentioned, levels[mentioned])
        if len(self._phrases) >= CACHE_SIZE:
            self._phrases.clear()
        self._phrases[phrase] = result
        return result

    def _best(self, ids: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per passage, the largest of its (positive) values; passages ascending."""
        best = np.zeros(self.n_docs, dtype=values.dtype)
        np.maximum.at(best, ids, values)
        found = (best > 0).nonzero()[0]
        return found, best[found]

    def _group_terms(self, group: int
                     ) -> tuple[dict[str, float], dict[tuple[str, ...], float]]:
        """A synonym group's one-word members' words and other members' phrases, each at
        SYNONYM_WEIGHT."""
        terms: dict[str, float] = {}
        phrases: dict[tuple[str, ...], float] = {}
        for member in self.synonyms.members(group):
            words = self._member_words(member)
            if len(words) == 1:
                terms[words[0]] = SYNONYM_WEIGHT
            elif words:
                phrases[words] = SYNONYM_WEIGHT
        return terms, phrases

    def _group_evidence(self, terms: dict[str, float],
                        phrases: dict[tuple[str, ...], float]) -> _Postings:
        """A synonym group's scored and credited postings from its terms and phrases
        (_group_terms; worked out once, at indexing: see self._group_postings)."""
        concept = _Concept(0.0, terms, phrases=phrases)
        return (*self._scored(concept), *self._credited(concept))

    def _scored(self, concept: _Concept) -> tuple[np.ndarray, np.ndarray]:
        """A concept's BM25 contribution in every passage where it has one (ascending): the
        best of its terms (word, synonyms, corrections, weighted), parts, phrases and
        synonym groups."""
        # Postings joined from slices (one numpy call, not an index array per term); a
        # phrase scores the mean of its words (times its weight, in float32) where all of
        # them occur, weighted 1.0 below (x * 1.0 == x), as a group's best is.
        ids: list[np.ndarray] = []
        values: list[np.ndarray] = []
        weights: list[float] = []
        sizes: list[int] = []
        terms, phrases = concept.scored_terms()
        for group in concept.groups:
            found_ids, found_values, _, _ = self._group_postings[group]
            ids.append(found_ids)
            values.append(found_values)
            weights.append(1.0)
            sizes.append(len(found_ids))
        for phrase, weight in phrases.items():
            if (found := self._phrase(phrase)) is not None:
                ids.append(found[0])
                values.append(weight * found[1] / len(phrase))
                weights.append(1.0)
                sizes.append(len(found[0]))
        phrased = len(ids)
        for a, b, weight in self._ranges(self._w_off, (
                *terms.items(), *((t, PART_WEIGHT) for t in concept.parts))):
            ids.append(self._w_ids[a:b])
            values.append(self._w_values[a:b])
            weights.append(weight)
            sizes.append(b - a)
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if len(ids) == 1 and not phrased:  # x * 1.0 == x: no need for a copy
            return ids[0], values[0] if weights[0] == 1.0 else weights[0] * values[0]
        joined = np.concatenate(values)
        if any(w != 1.0 for w in weights):
            joined = joined * np.repeat(np.array(weights, dtype=np.float32), sizes)
        return self._best(np.concatenate(ids), joined)

    def _levels(self, term: str) -> np.ndarray:
        """How each passage mentions a term (_LEVELS; 0 where it does not)."""
        levels = np.zeros(self.n_docs)
        tid = self._vocab.get(term)
        if tid is not None:
            a, b = self._m_off[tid], self._m_off[tid + 1]
            levels[self._m_ids[a:b]] = _LEVELS[self._m_codes[a:b]]
        return levels

    def _credited(self, concept: _Concept) -> tuple[np.ndarray, np.ndarray]:
        """How well each passage that mentions a concept mentions it (0..1; ascending): the
        best of its terms (and places, see _places_within), w where the passage has it, w/2
        where only its section does (a synonym or a corrected spelling is good evidence, but
        not as good as the word); a phrase where all its words are there; else the share of
        its parts there; synonym groups as worked out on their own."""
        terms, phrases = concept.scored_terms()
        ranges = self._ranges(self._m_off, (*terms.items(), *concept.places.items()))
        ids = [self._m_ids[a:b] for a, b, _ in ranges]
        codes = [self._m_codes[a:b] for a, b, _ in ranges]
        weights = [weight for _, _, weight in ranges]
        sizes = [b - a for a, b, _ in ranges]
        if len(ids) == 1 and not phrases and not concept.parts and not concept.groups:
            # One term: its passages are distinct and ascending, their levels positive.
            return ids[0], weights[0] * _LEVELS[codes[0]]
        credit = np.zeros(self.n_docs)
        if ids:
            np.maximum.at(credit, np.concatenate(ids), np.repeat(np.array(weights), sizes) *
                          _LEVELS[np.concatenate(codes)])
        for group in concept.groups:
            _, _, found_ids, found_credits = self._group_postings[group]
            best = credit[found_ids]  # (distinct passages)
            np.maximum(best, found_credits, out=best)
            credit[found_ids] = best
        for phrase, weight in phrases.items():
            if (found := self._phrase(phrase)) is not None and len(found[2]):
                best = credit[found[2]]  # max(credit, 0.0) == credit elsewhere
                np.maximum(best, weight * found[3], out=best)
                credit[found[2]] = best
        if concept.parts:
            # The parts' levels added part after part (x + 0.0 == x where a part is not),
            # then their share where no term or phrase is: only those passages computed.
            found = np.zeros(self.n_docs)
            for a, b, _ in self._ranges(self._m_off, ((part, 1.0) for part in concept.parts)):
                found[self._m_ids[a:b]] += _LEVELS[self._m_codes[a:b]]
            shared = (found > 0).nonzero()[0]
            shared = shared[~(credit[shared] > 0)]
            credit[shared] = PART_CREDIT * found[shared] / len(concept.parts)
        ids = (credit > 0).nonzero()[0]
        return ids, credit[ids]

    def _evidence(self, concept: _Concept) -> _Evidence:
        """What the index says about a concept (worked out once per concept: questions
        share their concepts). The concepts are forgotten when their evidence holds
        POSTINGS_BUDGET postings in all."""
        evidence = concept.evidence
        if evidence is not None:
            return evidence
        ids, values = self._scored(concept)
        credit_ids, credits = self._credited(concept)
        # Few passages mention it: their credits at once (a dict is cheaper to look up in
        # than the arrays, and fills in no later); they count twice against the budget.
        complete = len(credit_ids) <= COMPLETE_CREDITS
        evidence = _Evidence(
            tuple(concept.terms), ids, values, credit_ids, credits,
            any(t in self._df for t in (*concept.terms, *concept.parts)),
            dict(zip(credit_ids.tolist(), credits.tolist(), strict=True)) if complete else {},
            complete)
        size = len(ids) + len(credit_ids) * (1 + complete) + 1
        if self._evidence_size + size > POSTINGS_BUDGET:
            self._concepts.clear()
            self._member_concepts.clear()
            self._compounds.clear()
            self._evidence_size = 0
        self._evidence_size += size
        concept.evidence = evidence
        return evidence

    def _gram(self, gram: str) -> tuple[np.ndarray, np.ndarray] | None:
        """A bigram's passages and weights (BIGRAM_WEIGHT included), for self._grams."""
        tid = self._vocab.get(gram)
        postings = None
        if tid is not None:
            a, b = self._b_off[tid], self._b_off[tid + 1]
            if b > a:
                postings = (self._b_ids[a:b], self._b_values[a:b])
        if len(self._grams) >= CACHE_SIZE:
            self._grams.clear()
        self._grams[gram] = postings
        return postings

    def _scores(self, evidence: list[_Evidence], bigrams: list[str]) -> np.ndarray:
        """BM25, counting each concept once (its best-matching term), plus the question's
        bigrams: added one after the other, in float32 (np.add.at adds in order)."""
        ids = [e.ids for e in evidence]
        values = [e.values for e in evidence]
        cached = self._grams
        for gram in dict.fromkeys(bigrams):
            postings = cached.get(gram, _MISSING)
            if postings is _MISSING:
                postings = self._gram(gram)
            if postings is not None:
                ids.append(postings[0])
                values.append(postings[1])
        # Zeros up to a whole number of blocks (see _top); the scores are the first n_docs.
        scores = np.zeros(-(-self.n_docs // TOP_BLOCK) * TOP_BLOCK, dtype=np.float32)
        if ids:
            np.add.at(scores, np.concatenate(ids), np.concatenate(values))
        return scores

    def _top(self, padded: np.ndarray, k: int) -> tuple[list[int], list[float], bool]:
        """The best k passages that have a score (best first), their scores, and whether
        this is exactly the pick of np.argpartition over all the scores plus a stable
        argsort (the ranking's order ever since). When no two of the best k + 1 scores
        are equal there is only one such pick, found more cheaply: by sorting the passages
        that have a score (one block of scores), or only those at or above the k-th best
        block maximum, a bound at most the k-th best score (many blocks). Otherwise every
        passage at or above the k-th best score comes back, equal ones in id order, and
        search checks whether argpartition's choice among them could matter. (Any blocks
        of passages bound it so; block j is every passage j + i * (number of blocks),
        whose maxima are one vectorised maximum over rows, not a reduction per block.)"""
        scores = padded[:self.n_docs]
        blocks = padded.reshape(TOP_BLOCK, -1)
        if blocks.shape[1] == 1:
            listed = scores.tolist()
            passages = (scores > 0).nonzero()[0].tolist()
            passages.sort(key=listed.__getitem__, reverse=True)
            ordered = [listed[i] for i in passages]
        elif blocks.shape[1] > k:
            maxima = blocks.max(axis=0)
            bound = np.partition(maxima, len(maxima) - k)[len(maxima) - k]
            found = ((scores >= bound) if bound > 0 else (scores > 0)).nonzero()[0]
            values = scores[found]
            order = np.argsort(-values, kind="stable")
            passages, ordered = found[order].tolist(), values[order].tolist()
        else:
            passages, ordered = self._partitioned(scores, k)
            return passages, ordered, True
        best = ordered[:k + 1]
        if len(set(best)) == len(best):  # sorted best first: no two equal, all decreasing
            return passages[:k], ordered[:k], True
        last = ordered[k - 1] if len(ordered) >= k else 0.0  # the k-th best score
        cut = next((i for i, v in enumerate(ordered) if v < last), len(ordered))
        return passages[:cut], ordered[:cut], False

    def _partitioned(self, scores: np.ndarray, k: int) -> tuple[list[int], list[float]]:
        """The best k passages that have a score as the ranking always picked them."""
        negated = -scores
        top = np.argpartition(negated, k - 1)[:k] if k < self.n_docs else np.arange(self.n_docs)
        top = top[np.argsort(negated[top], kind="stable")]
        top = top[scores[top] > 0]
        return top.tolist(), scores[top].tolist()

    @staticmethod
    def _ties_matter(ranked: list[tuple[float, float, int]], k: int, shown: int) -> bool:
        """Whether the first ``shown`` of passages ranked from _top's inexact answer could
        differ had argpartition picked and ordered the equal scores: one of them is among
        the k-th best scores, which do not all fit in k, or has the same confidence and
        score as another passage (their order would then be argpartition's)."""
        head = ranked[:shown]
        if len(ranked) > k:
            last = min(raw for _, raw, _ in ranked)
            if any(raw == last for _, raw, _ in head):
                return True
        pairs = Counter((conf, raw) for conf, raw, _ in ranked)
        return any(pairs[conf, raw] > 1 for conf, raw, _ in head)

    @staticmethod
    def _coverage(evidence: list[_Evidence], weights: list[float], docs: list[int]
                  ) -> list[float]:
        """Per passage: the concepts' weights times how well it mentions each (0..1),
        added concept after concept. Credits are looked up once per concept and passage
        (then in Evidence.credit_of). A concept few passages mention (all of them in its
        memo) is added only where they are: x + weight * 0.0 == x elsewhere."""
        coverage = [0.0] * len(docs)  # 0.0 + x == x, as in sum()
        where: dict[int, int] | None = None
        for e, weight in zip(evidence, weights, strict=True):
            memo = e.credit_of
            if e.complete:
                if len(memo) <= 2 * len(docs):
                    if where is None:
                        where = {d: i for i, d in enumerate(docs)}
                    for d, credit in memo.items():
                        if (i := where.get(d)) is not None:
                            coverage[i] += weight * credit
                    continue
                get = memo.get
                coverage = [c + weight * get(d, 0.0) for c, d in zip(coverage, docs, strict=True)]
                continue
            try:
                coverage = [c + weight * memo[d] for c, d in zip(coverage, docs, strict=True)]
            except KeyError:
                missing = [d for d in docs if d not in memo]
                if len(e.credit_ids):  # (a passage past the last one is compared with it)
                    at = np.minimum(e.credit_ids.searchsorted(missing), len(e.credit_ids) - 1)
                    found = np.where(e.credit_ids[at] == missing, e.credits[at], 0.0).tolist()
                else:
                    found = [0.0] * len(missing)
                memo.update(zip(missing, found, strict=True))
                coverage = [c + weight * memo[d] for c, d in zip(coverage, docs, strict=True)]
        return coverage

    def _ranked(self, evidence: list[_Evidence], weights: list[float], covered: float,
                doc_ids: list[int], raws: list[float]) -> list[tuple[float, float, int]]:
        """(confidence, score, passage) of each passage, best first: by confidence, then by
        BM25 (a passage that covers the whole question wins). Passages far below the best
        one are less likely, even if they share words."""
        if sum(weights) <= 0:
            ranked = [(0.0, raw, doc_id) for raw, doc_id in zip(raws, doc_ids, strict=True)]
        else:
            top = raws[0] if raws else 0.0
            # (x if x < 1.0 else 1.0: min(1.0, x), without a call)
            ranked = [(round(x if (x := coverage / covered * (0.75 + 0.25 * raw / top)) < 1.0
                             else 1.0, 4), raw, doc_id)
                      for raw, doc_id, coverage in zip(
                          raws, doc_ids, self._coverage(evidence, weights, doc_ids), strict=True)]
        ranked.sort(key=lambda item: -item[0] * item[1])
        return ranked

    def search(self, question: str, limit: int | None = None) -> Result:
        limit = limit or (1 + self.alternatives)
        query = self._parse(question[:2000])
        if not self.n_docs or not query.concepts:
            return Result(question, (), False, self.threshold)
        evidence = [self._evidence(c) for c in query.concepts]
        scores = self._scores(evidence, query.bigrams)
        k = min(max(limit * 3, 10), self.n_docs)
        doc_ids, raws, exact = self._top(scores, k)
        weights = [c.weight for c in query.concepts]
        total = sum(weights)
        # Words the interview has nothing for (not even a synonym or a piece of the word):
        # the question is about something else too, and counts less as covered.
        unknown = [i for i, (c, e) in enumerate(zip(query.concepts, evidence, strict=True))
                   if not e.known and not c.phrases and not c.context]
        foreign = FOREIGN_EXTRA * sum(weights[i] for i in unknown)
        ranked = self._ranked(evidence, weights, total + foreign, doc_ids, raws)
        if not exact and self._ties_matter(ranked, k, max(limit, PROXIMITY_DOCS, 2)):
            ranked = self._ranked(evidence, weights, total + foreign,
                                  *self._partitioned(scores[:self.n_docs], k))
        if query.ordered > 1 and total > 0 and len(ranked) > 1 and \
                (n := _liftable(ranked, PROXIMITY_DOCS, PROXIMITY_BONUS)) > 1:
            places = self._places(query.words, query.norm)
            ranked[:n] = sorted(ranked[:n], key=lambda item: -item[0] * item[1] * (
                1 + PROXIMITY_BONUS * self._proximity(query, places, evidence, item[2]) / total))
        if len(ranked) > 1 and ranked[0][0] > 0 and query.words and \
                (n := _liftable(ranked, ASK_MATCH_DOCS, ASK_MATCH_BONUS)) > 1:
            asked = self._ask_items(query.words)
            ranked[:n] = sorted(ranked[:n], key=lambda item: -item[0] * item[1] * (
                1 + ASK_MATCH_BONUS * self._ask_match(asked, item[2])))
        if len(ranked) > 1 and ranked[0][0] > 0:
            ranked = self._tie_quoted(query, ranked)
        if query.asks and len(ranked) > 1 and ranked[0][0] > 0:
            ranked = self._tie_answering(query, ranked)
        # (the names it sets aside: worked out once, for the tie and the confidence)
        aside = _names_set_aside(query) if ranked and ranked[0][0] > 0 else frozenset()
        promoted = self._tie_named(query, evidence, ranked, aside) if len(ranked) > 1 and \
            ranked[0][0] > 0 else ranked
        if ranked and ranked[0][0] > 0:
            calibrated = self._confidence(query, evidence, unknown, promoted, aside)
            if promoted is not ranked:
                # (no surer than the passage it came before: coming first for the name it
                # has, it does not turn a question the best one could not answer into one)
                calibrated = min(calibrated, self._confidence(query, evidence, unknown, ranked,
                                                              aside))
            ranked = promoted
            scale = calibrated / ranked[0][0]
            # (a passage ranked below the best one is no surer an answer, though it may be
            # surer of the fewer words it has: the next-best are shown as such)
            ranked = [(round(min(calibrated, conf * scale), 4), raw, d)
                      for conf, raw, d in ranked[:limit]]
        hits = tuple(Hit(self.passages[d], conf, self._best_quote(evidence, self.passages[d]))
                     for conf, _, d in ranked[:limit])
        answered = bool(hits) and hits[0].score >= self.threshold
        return Result(question, hits, answered, self.threshold)

    def _confidence(self, query: _Query, evidence: list[_Evidence], unknown: list[int],
                    ranked: list[tuple[float, float, int]], aside: frozenset[int]) -> float:
        """The calibrated confidence of the first of ``ranked`` (see _calibrated; ``aside``:
        the names the question sets aside, see _names_set_aside)."""
        credits = [e.credit_of.get(ranked[0][2], 0.0) for e in evidence]
        excused = _alternative_times(query, credits) or \
            self._corrected_years(query, credits, ranked[0][2]) or \
            self._wrong_guesses(query, credits, ranked[0][2]) or _slashed(query, credits)
        excused |= aside
        return self._calibrated(query, [evidence[i] for i in unknown
                                        if credits[i] < 0.5 and i not in excused],
                                ranked, credits, excused)

    def _corrected_years(self, query: _Query, credits: list[float], doc: int
                         ) -> frozenset[int]:
        """Years a question names that the passage lacks, when the passage matches all the
        rest of it and gives a year of its own (君联是2022年领投的臻愈生物?: 2023): a premise
        the passage corrects, not a time it fails to speak of."""
        missing = [i for i in query.years if credits[i] < NAME_PRESENT]
        if not missing or not YEAR.search(self._texts[doc]):
            return frozenset()
        if any(credit < 0.5 and i not in missing and not query.concepts[i].context
               for i, credit in enumerate(credits)):
            return frozenset()
        return frozenset(missing)

    def _wrong_guesses(self, query: _Query, credits: list[float], doc: int) -> frozenset[int]:
        """Names a question offers as a guess after asking for a name (which big pharmas
        bought in? Pfizer and Novartis?) that the passage lacks, when it names others of
        its own: the guess is wrong and the passage gives the right names."""
        guess = _GUESSED.search(query.norm)
        if guess is None or not any(kind in NAMED_TYPES for kind in query.asks):
            return frozenset()
        missing = frozenset(
            i for i, (concept, word) in enumerate(zip(query.concepts, query.words, strict=False))
            if concept.name and credits[i] < NAME_PRESENT and
            query.norm.find(word) >= guess.start())
        if not missing or not self._names[doc] - query.names:
            return frozenset()
        return missing

    def _ask_index(self, asks: str) -> tuple[dict[str | int, tuple[int, ...]], tuple[int, ...]]:
        """A passage's reader questions (one per line) as where each word, or the synonym
        group of a word, is among them, and how many such each has."""
        where: dict[str | int, list[int]] = {}
        sizes: list[int] = []
        p = self.processor
        for line in asks.splitlines():
            items = self._ask_items(p.concept_words(p.normalize(line)))
            if items:
                for item in items:
                    where.setdefault(item, []).append(len(sizes))
                sizes.append(len(items))
        return {item: tuple(found) for item, found in where.items()}, tuple(sizes)

    def _ask_items(self, words: Iterable[str]) -> frozenset[str | int]:
        """Words as reader questions are matched: each one-word synonym member as its
        group, any other word as itself."""
        return frozenset(self._word_group.get(w, w) for w in words)

    def _ask_match(self, asked: frozenset[str | int], doc: int) -> float:
        """How closely a question's words (and synonym groups) match the closest of a
        passage's reader questions: 2 * shared / (both sizes added), 0 for none (memoised
        per words and passage, as concepts are per word)."""
        where, sizes = self._asks[doc]
        if not where:
            return 0.0
        key = (asked, doc)
        found = self._ask_matches.get(key)
        if found is None:
            shared = Counter(chain.from_iterable(map(where.get, asked, repeat(()))))
            n = len(asked)
            found = max((2 * count / (n + sizes[ask]) for ask, count in shared.items()),
                        default=0.0)
            if len(self._ask_matches) >= CACHE_SIZE:
                self._ask_matches.clear()
            self._ask_matches[key] = found
        return found

    def _tie_answering(self, query: _Query, ranked: list[tuple[float, float, int]]
                       ) -> list[tuple[float, float, int]]:
        """Among passages all but tied with the best one (ASK_TIE of its confidence and of
        its score), one that has the kind of fact the question asks for comes first: three
        passages about Legend's ecosystem, and "how many companies" wants the one that
        counts them."""
        best = ranked[0][2]
        if self._answers_asked(query, best, outright=True):
            return ranked
        # (one that has it only vaguely gives way to one that has it outright)
        vaguely = self._answers_asked(query, best)
        return _first_tied(ranked, lambda doc: self._answers_asked(query, doc, outright=vaguely),
                           ASK_TIE, raw_ends=True)

    def _tie_quoted(self, query: _Query, ranked: list[tuple[float, float, int]]
                    ) -> list[tuple[float, float, int]]:
        """Among passages all but tied with the best one, one that has a term of the
        question (one it quotes, or a Chinese word of it) in quotes itself comes first when
        the best one has it only unquoted: the interview quotes a term where it explains it
        (“积极主动”体现在…, after 积极主动的增值服务是我们的立身之本), and 君联说的积极
        主动具体指什么 asks for that. (Measured with (0.3, 0.45, 0.6) of the best score:
        the same.)"""
        terms = [t for t in _QUOTED.findall(query.norm) if len(t) >= 2]
        terms += [w for w in query.words if len(w) >= 2 and has_cjk(w)]

        def quotes(doc: int) -> bool:
            text = self._texts[doc]
            return any(_quoted_in(term, text) for term in terms)

        best = self._texts[ranked[0][2]]
        if not any(term in best for term in terms) or quotes(ranked[0][2]):
            return ranked
        return _first_tied(ranked, quotes, QUOTED_TIE_RAW, raw_ends=False)

    def _tie_named(self, query: _Query, evidence: list[_Evidence],
                   ranked: list[tuple[float, float, int]], aside: frozenset[int]
                   ) -> list[tuple[float, float, int]]:
        """Among passages close to the best one (NAMED_TIE_CONF of its confidence and
        NAMED_TIE_RAW of its score), one that mentions every specific name of the question
        (but those it sets aside, ``aside``) comes first when the best one lacks one."""
        # (not one the question sets aside: besides Indonesia, where else ...)
        named = [i for i, c in enumerate(query.concepts)
                 if c.specific and not c.context and i not in aside]

        def has_all(doc: int) -> bool:
            return all(evidence[i].credit_of.get(doc, 0.0) >= NAME_PRESENT for i in named)

        if not named or has_all(ranked[0][2]):
            return ranked
        return _first_tied(ranked, has_all, NAMED_TIE_RAW, raw_ends=False,
                           conf_share=NAMED_TIE_CONF)

    def _answers_asked(self, query: _Query, doc: int, outright: bool = False) -> bool:
        """Whether a passage has every kind of fact the question asks for (a name or a count:
        one the question does not give, see _names_other and _counts_other; ``outright``:
        not only vaguely, see text.VAGUE_ANSWERS)."""
        return all((self._answers(kind, doc, outright) and
                    (kind not in WITH_NAME_TYPES or self._names_other(query, doc)) and
                    (kind not in COUNT_TYPES or self._counts_other(query, doc))) or
                   (kind in NAMED_TYPES and self._names_other(query, doc))
                   for kind in query.asks)

    def _calibrated(self, query: _Query, foreign: list[_Evidence],
                    ranked: list[tuple[float, float, int]], credits: list[float],
                    excused: frozenset[int] = frozenset()) -> float:
        """The best passage's confidence, calibrated by a tiny logistic regression over
        its features (see ``_features`` and CALIBRATION); 0.4 (the default threshold) is
        where it is even."""
        features = self._features(query, foreign, ranked, credits, excused)
        z = CALIBRATION["bias"] + sum(CALIBRATION[name] * value
                                      for name, value in features.items())
        if z < 0 and not features["asks"] and not features["absent_name"] and \
                self._quotes_passage(query, ranked[0][2], QUOTED_ENOUGH):
            z = 0.0  # (see QUOTED_ENOUGH)
        # 1 / (1 + 1.5 e^-z): 0.4 at z = 0, rising towards 1 as z grows.
        return round(1.0 / (1.0 + 1.5 * math.exp(-max(-30.0, min(30.0, z)))), 4)

    def _features(self, query: _Query, foreign: list[_Evidence],
                  ranked: list[tuple[float, float, int]], credits: list[float],
                  excused: frozenset[int] = frozenset()) -> dict[str, float]:
        """What tells an answerable question from an off-topic one that shares a word or
        two with the interview: how many of the question's concepts the best passage
        mentions (off-topic questions rarely match more than one), how specific the words
        are that the interview never uses (减肥, bitcoin: a topic of their own), how close
        the next passage comes (a real topic is usually discussed in more than one passage:
        the interview repeats its key quotes), whether the question names something
        (Japan, the FDA) the passage does not or asks for something of a name's that it
        lacks (臻愈生物的创始人: see _owned), and whether it asks for a kind of fact (a
        price, a year, a rate) or is about a subject (semiconductors) the passage has no
        word for, or for what the interview's organisation does in a place the passage
        tells of others in (see _others_there). (``excused``: concepts whose absence does
        not count, see _alternative_times and _corrected_years.)"""
        best = ranked[0][0]
        return {
            "confidence": best,
            "matched": min(sum(1 for c in credits if c >= 0.5), 3),
            # (a common English word the interview lacks is no subject: random, seems)
            "foreign": 0.0 if self._quotes_passage(query, ranked[0][2]) else
            sum(self._specificity(e.terms[0]) for e in foreign
                if not self.processor.is_common_latin(e.terms[0])),
            # (at most SECOND_CAP: a passage ranked below the best can be far surer of the
            # question's few words it has, and a best passage that covers a twentieth of the
            # question is then no surer an answer)
            "second": min(SECOND_CAP, ranked[1][0] / best) if len(ranked) > 1 else 0.0,
            "absent_name": float(not _RECALLING.search(query.norm) and (any(
                c.specific and credit < NAME_PRESENT and i not in excused
                for i, (c, credit) in enumerate(zip(query.concepts, credits, strict=True)))
                or self._lacks_owned(query, credits, excused))),
            "asks": float(not self._answers_asked(query, ranked[0][2]) or
                          self._others_there(query, ranked[0][2])),
        }

    def _others_there(self, query: _Query, doc: int) -> bool:
        """Whether the question asks what the interview's organisation does in a place (君联在
        中东有没有投项目, does Legend invest in Japanese biotech) and the passage naming that
        place is about others there: none of its reader questions names the organisation
        (BD buyers in Europe and Japan, companies localising in the Gulf). A question that
        also names the interviewee asks for their view, which the passage gives."""
        interview = self.library.interview_of(self.passages[doc])
        organisation = self._organisation(interview)
        subject = self._subject(interview)
        if not query.names & organisation or query.names & (subject - organisation):
            return False
        places = query.names - subject - self._owners
        where, lines = self._asks[doc]
        return bool(lines and places) and organisation.isdisjoint(where) and \
            not places.isdisjoint(self._mentioned[doc])

    @staticmethod
    def _lacks_owned(query: _Query, credits: list[float], excused: frozenset[int]) -> bool:
        """Whether the passage lacks what the question asks of a name (see _owned): it
        does not mention it as a concept it matches (credit below 0.5, as in "matched")."""
        return any(credits[i] < 0.5 and not query.concepts[i].context and i not in excused
                   for i in query.owned)

    def _quotes_passage(self, query: _Query, doc: int, least: int = 2) -> bool:
        """Whether the question quotes words of the passage (“心气”这种东西太虚了,…), at
        least ``least`` characters of them: it is about what the passage says, whatever
        other words it uses."""
        text = self._texts[doc]
        return any(len(quoted) >= least and quoted in text
                   for quoted in _QUOTED.findall(query.norm))

    def _answers(self, kind: int, doc: int, outright: bool = False) -> bool:
        """Whether a passage has a word of that kind of fact (``outright``: not only a
        vague one; memoised per passage and kind: some kinds' patterns take a fraction of a
        millisecond over a passage)."""
        key = (doc * len(ANSWER_TYPES) + kind) * 2 + outright
        found = self._answered.get(key)
        if found is None:
            found = answers_type(kind, self._texts[doc], outright)
            if len(self._answered) >= CACHE_SIZE:
                self._answered.clear()
            self._answered[key] = found
        return found

    def _names_other(self, query: _Query, doc: int) -> bool:
        """Whether a passage names something the question does not (besides its
        interview's own subject, and the names it lists as peers of the question's, see
        _LISTED), or one the asker half remembers and the passage has
        (哪家公司?好像叫真愈还是什么), offers as a guess (with which company? BioMap?) or
        names only in telling of themselves (a client asked me about 臻愈): the passage
        confirms the name."""
        names = self._names[doc]
        listed = self._peers[doc]
        given = query.names - query.hinted
        if (shared := query.names & listed.keys()) and not _OTHERS_ASKED.search(query.norm):
            for name in shared:
                peers, head = listed[name]
                if not any(head.intersection(c.terms) for c in query.concepts):
                    names = names - peers
        if names - given:
            return True
        if not names & given:
            return False
        guess = _GUESSED.search(query.norm)
        return _RECALLING.search(query.norm) is not None or (
            guess is not None and not names.isdisjoint(self.synonyms.names_in(guess[0])))

    def _counts_other(self, query: _Query, doc: int) -> bool:
        """Whether a passage gives a count the question does not give itself, when it asks
        how many of those (see _SUBSET): how many of Legend's ~200 companies have listed is
        not answered by the passage counting those 200 (近200家). A count offered to be
        confirmed (how many portfolio cos does Legend have, ~200?) is answered."""
        given = _DIGITS.findall(query.norm)
        return not given or not _SUBSET.search(query.norm) or any(
            not count.isdigit() or count not in given for count in counts_in(self._texts[doc]))

    def _latin_words(self, doc: int) -> frozenset[str]:
        """The Latin words of a passage's English rendering (built when first needed from
        what indexing kept): only a word there has positions to look for."""
        words = self._latin_sets.get(doc)
        if words is None:
            words = frozenset(self._normalized[doc][1])
            if len(self._latin_sets) >= CACHE_SIZE:
                self._latin_sets.clear()
            self._latin_sets[doc] = words
        return words

    def _proximity(self, query: _Query, places: list[tuple[int, int, int]],
                   evidence: list[_Evidence], doc: int) -> float:
        """The weight of question words close together (only the passage's missing words
        between them) that the passage has next to each other (the mean of each pair)."""
        found = []
        for concept, place, e in zip(query.concepts, places, evidence, strict=False):
            spans = e.spans.get(doc)
            if spans is None:
                spans = e.spans[doc] = self._spans(e.terms, doc)
            if spans:
                found.append((concept.weight, place, spans))
        bonus = 0.0
        for (w1, p1, first), (w2, p2, second) in zip(found, found[1:], strict=False):
            if p1[0] == p2[0] and p2[1] - p1[2] <= (PROXIMITY_GAP if p1[0] == 0 else 1) and \
                    self._near(first, second):
                bonus += (w1 + w2) / 2
        return bonus

    def _spans(self, terms: tuple[str, ...], doc: int) -> tuple[tuple[int, int, int], ...]:
        """Where a passage has any of a concept's terms (as in _places): in characters of
        its normalised text, or the i-th Latin word of its English rendering (stopwords not
        counted, so "the ideal founder" has ideal and founder next to each other)."""
        text, latin = self._normalized[doc]
        words = self._latin_words(doc)
        spans: list[tuple[int, int, int]] = []
        for term in terms:
            if term.isascii():
                if term in words:  # (list.count and list.index: each a scan in C)
                    at = -1
                    for _ in range(latin.count(term)):
                        at = latin.index(term, at + 1)
                        spans.append((1, at, at + 1))
                continue
            at = text.find(term)
            while at >= 0:
                spans.append((0, at, at + len(term)))
                at = text.find(term, at + 1)
        return tuple(spans)

    @staticmethod
    def _near(first: tuple[tuple[int, int, int], ...],
              second: tuple[tuple[int, int, int], ...]) -> bool:
        for fa, sa, ea in first:
            gap = PROXIMITY_GAP if fa % 2 == 0 else 1
            for fb, sb, eb in second:
                if fa == fb and (0 <= sb - ea <= gap or 0 <= sa - eb <= gap):
                    return True
        return False

    def _best_quote(self, evidence: list[_Evidence], passage: Passage) -> Quote | None:
        """The passage's quote with the most question terms (the first of those)."""
        quotes = self.library.quotes_in(passage)
        if len(quotes) < 2:
            return quotes[0] if quotes else None
        found = []
        for e in evidence:
            sets = e.quote_terms.get(passage.key)
            if sets is None:
                sets = self._quote_terms(e, passage, quotes)
            if sets:
                found.append(sets)
        if not found:
            return quotes[0]
        if len(found) == 1:
            counts = [len(terms) for terms in found[0]]
        else:  # a term of two concepts counts once
            counts = [len(frozenset().union(*terms)) for terms in zip(*found, strict=True)]
        return quotes[counts.index(max(counts))]

    def _quote_terms(self, evidence: _Evidence, passage: Passage, quotes: tuple[Quote, ...]
                     ) -> tuple[frozenset[str], ...]:
        """A concept's terms in each of a passage's quotes, () when in none (memoised).
        Only the terms in any of them are looked for in each (terms are words: none has
        the NUL that joins the quotes' texts)."""
        joined = self._quotes_text.get(passage.key)
        if joined is None:
            joined = self._quotes_text[passage.key] = "\0".join(
                self._quote_texts[q.key] for q in quotes)
        present = [t for t in evidence.terms if t in joined]
        found: tuple[frozenset[str], ...] = ()
        if present:
            found = tuple(frozenset(t for t in present if t in self._quote_texts[q.key])
                          for q in quotes)
        evidence.quote_terms[passage.key] = found
        return found
