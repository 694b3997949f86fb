"""Question → ranked passages with a confidence, or an explicit "no answer".

Ranking is BM25 over several fields of each passage (jieba words and character bigrams
of the Chinese text, stemmed words of the English rendering, and the section's title and
summary), with queries expanded by synonyms and by fuzzy matches for misspelt Latin
words. Confidence is how much of the question the best passage accounts for, weighted by
how specific each question term is; a question whose specific terms the interview never
uses is not answered, however good its best BM25 score looks.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import distance, process

from ..content import Library, Passage, Quote
from .synonyms import Synonyms
from .text import TextProcessor

logger = logging.getLogger(__name__)

K1 = 1.2
B = 0.75
# Field weights: the passage itself counts most; its section's summary gives context.
FIELDS = {"zh": 1.0, "en": 0.9, "ctx": 0.25}
BIGRAM_WEIGHT = 0.5
PART_WEIGHT = 0.5
SYNONYM_WEIGHT = 0.8
OOV_FACTOR = 0.4
RANK_COVERAGE_POWER = 1.0
PART_CREDIT = 0.8
CONTEXT_CREDIT = 0.5
FUZZY_WEIGHT = 0.6
# General-language specificity: a Chinese word as common as 容易 or 时候 (its -log
# frequency in jieba's dictionary at or below SPEC_LO) says little about what a question
# is about; one as rare as SPEC_HI or rarer counts fully.
SPEC_LO = 7.0
SPEC_HI = 11.0
SPEC_MIN = 0.1
COMMON_EN_SPEC = 0.3


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


@dataclass
class _Concept:
    """One thing a question asks about, and what in a passage counts as mentioning it."""

    weight: float  # how specific it is (idf)
    terms: dict[str, float]  # the word itself (1.0), its synonyms, fuzzy corrections
    parts: list[str] = field(default_factory=list)  # pieces of a compound, for partial credit
    # Multi-word synonyms ("legend capital"): they count only when all their words appear.
    phrases: dict[tuple[str, ...], float] = field(default_factory=dict)


@dataclass
class _Query:
    concepts: list[_Concept]
    bigrams: list[str]


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
        self._expansions: dict[str, tuple] = {}
        self._quote_texts: dict[str, str] = {}
        self._quotes_by_passage: dict[str, list[Quote]] = {}
        for quote in library.quotes:
            self._quotes_by_passage.setdefault(quote.passage_key, []).append(quote)
        self._build()

    # -- indexing -------------------------------------------------------------------
    def _doc_fields(self, passage: Passage) -> dict[str, list[str]]:
        p = self.processor
        section = self.library.section_of(passage)
        zh = p.normalize(passage.text)
        en = p.normalize(passage.en)
        ctx = p.normalize(" ".join((section.title.zh, section.title.en, section.summary.zh,
                                    section.summary.en)))
        return {
            "zh": p.terms(zh),
            "bi": p.bigrams(zh),
            "en": p.latin_terms(en) + [w for w in p.chinese_words(en) if len(w) > 1],
            "ctx": p.terms(ctx),
        }

    @staticmethod
    def _bm25(docs: list[list[str]], n: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Per term: the ids of the documents containing it and its BM25 weight in each."""
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if n and lengths.sum() else 1.0
        per_term: dict[str, list[tuple[int, int]]] = {}
        for doc_id, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                per_term.setdefault(term, []).append((doc_id, tf))
        postings = {}
        for term, items in per_term.items():
            ids = np.fromiter((i for i, _ in items), dtype=np.int32, count=len(items))
            tfs = np.fromiter((t for _, t in items), dtype=np.float32, count=len(items))
            idf = math.log(1 + (n - len(items) + 0.5) / (len(items) + 0.5))
            norm = K1 * (1 - B + B * lengths[ids] / avg)
            postings[term] = (ids, (idf * tfs * (K1 + 1) / (tfs + norm)).astype(np.float32))
        return postings

    def _build(self) -> None:
        n = self.n_docs = len(self.passages)
        docs = [self._doc_fields(passage) for passage in self.passages]
        # Word postings: the fields' BM25 weights summed with the field weights.
        merged: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
        for name, field_weight in FIELDS.items():
            for term, (ids, values) in self._bm25([d[name] for d in docs], n).items():
                merged.setdefault(term, []).append((ids, field_weight * values))
        self._words: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, parts in merged.items():
            if len(parts) == 1:
                self._words[term] = parts[0]
                continue
            ids = np.concatenate([i for i, _ in parts])
            values = np.concatenate([v for _, v in parts])
            unique, inverse = np.unique(ids, return_inverse=True)
            summed = np.zeros(len(unique), dtype=np.float32)
            np.add.at(summed, inverse, values)
            self._words[term] = (unique.astype(np.int32), summed)
        self._bigrams = self._bm25([d["bi"] for d in docs], n)
        # Document frequency over all fields: how specific a question term is.
        df_any: Counter[str] = Counter()
        self._doc_terms: list[frozenset[str]] = []
        self._ctx_terms: list[frozenset[str]] = []
        for d in docs:
            own = frozenset(d["zh"]) | frozenset(d["en"]) | frozenset(d["bi"])
            ctx = frozenset(d["ctx"]) - own
            df_any.update(own | ctx)
            self._doc_terms.append(own)
            self._ctx_terms.append(ctx)
        self._df = df_any
        self._latin_vocab = sorted(t for t in df_any if t.isascii() and len(t) >= 4)

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
        parts = self.processor.parts(word) if not word.isascii() else []
        if word not in self._df and parts and any(p in self._df for p in parts):
            weight = max(self._idf(p) for p in parts if p in self._df) * \
                self._specificity(word)
        else:
            weight = self._weight(word)
        return _Concept(weight, {word: 1.0}, parts)

    # -- querying -------------------------------------------------------------------
    def _expansion(self, member: str, others: list[str]
                   ) -> tuple[set[str], dict[str, float], dict[tuple[str, ...], float]]:
        """A synonym member's own terms, and the terms and phrases of the rest of its group
        (cached: the vocabulary is fixed, and segmenting it for every question is slow)."""
        cached = self._expansions.get(member)
        if cached is not None:
            return cached
        p = self.processor
        member_terms = set(p.terms(member))
        expanded: dict[str, float] = {}
        phrases: dict[tuple[str, ...], float] = {}
        for other in others:
            words = p.concept_words(other)
            if len(words) == 1:
                expanded[words[0]] = SYNONYM_WEIGHT
            elif words:
                phrases[tuple(words)] = SYNONYM_WEIGHT
        expanded.update({t: 1.0 for t in member_terms})
        result = self._expansions[member] = (member_terms, expanded, phrases)
        return result

    def _parse(self, question: str) -> _Query:
        p = self.processor
        norm = p.normalize(question)
        concepts = [self._concept(word) for word in p.concept_words(norm)]

        # Synonyms: each matched member brings the terms of the rest of its group.
        for member, others in self.synonyms.matches(norm):
            member_terms, expanded, phrases = self._expansion(member, others)
            if not member_terms:  # a group of function words (为什么, 怎么, ...)
                continue
            expanded = dict(expanded)
            hit = [c for c in concepts if member_terms & c.terms.keys() or
                   any(t in member or member in t for t in c.terms)]
            for concept in hit:
                for term, weight in expanded.items():
                    concept.terms[term] = max(concept.terms.get(term, 0.0), weight)
                concept.phrases.update(phrases)
            if not hit:
                concepts.append(_Concept(max(self._weight(t) for t in member_terms), expanded,
                                         phrases=dict(phrases)))

        # Misspelt Latin words: the nearest indexed word, if close enough.
        for concept in concepts:
            word = next(iter(concept.terms)) if len(concept.terms) == 1 else ""
            if not word.isascii() or len(word) < 6 or word in self._df:
                continue
            match = process.extractOne(word, self._latin_vocab,
                                       scorer=distance.Levenshtein.distance,
                                       score_cutoff=1 if len(word) < 9 else 2)
            if match:
                concept.terms[match[0]] = FUZZY_WEIGHT
        return _Query(concepts, p.bigrams(norm))

    def _scores(self, query: _Query) -> np.ndarray:
        """BM25, counting each concept once: its best-matching term (word or synonym)."""
        scores = np.zeros(self.n_docs, dtype=np.float32)
        words = self._words
        for concept in query.concepts:
            best = np.zeros(self.n_docs, dtype=np.float32)
            candidates = [*concept.terms.items(), *((t, PART_WEIGHT) for t in concept.parts)]
            for term, weight in candidates:
                entry = words.get(term)
                if entry is not None:
                    ids, values = entry  # ids are unique: plain indexing is enough
                    best[ids] = np.maximum(best[ids], weight * values)
            for phrase, weight in concept.phrases.items():
                entries = [words.get(term) for term in phrase]
                if any(e is None for e in entries):
                    continue
                total = np.zeros(self.n_docs, dtype=np.float32)
                present = np.ones(self.n_docs, dtype=bool)
                for ids, values in entries:  # type: ignore[misc]
                    mask = np.zeros(self.n_docs, dtype=bool)
                    mask[ids] = True
                    present &= mask
                    total[ids] += values
                np.maximum(best, np.where(present, weight * total / len(phrase), 0), out=best)
            scores += best
        bigrams = self._bigrams
        for gram in dict.fromkeys(query.bigrams):
            entry = bigrams.get(gram)
            if entry is not None:
                ids, values = entry
                scores[ids] += BIGRAM_WEIGHT * values
        return scores

    def _has(self, doc_id: int, term: str) -> float:
        """1 when the passage itself has the term, less when only its section summary does."""
        if term in self._doc_terms[doc_id]:
            return 1.0
        return CONTEXT_CREDIT if term in self._ctx_terms[doc_id] else 0.0

    def _credit(self, doc_id: int, concept: _Concept) -> float:
        # A synonym or a corrected spelling is good evidence, but not as good as the word.
        own, ctx = self._doc_terms[doc_id], self._ctx_terms[doc_id]
        credit = 0.0
        for t, w in concept.terms.items():
            if w > credit:
                if t in own:
                    credit = w
                elif w * CONTEXT_CREDIT > credit and t in ctx:
                    credit = w * CONTEXT_CREDIT
        for phrase, weight in concept.phrases.items():
            if weight > credit:
                credit = max(credit, weight * min(self._has(doc_id, t) for t in phrase))
        if credit:
            return credit
        if concept.parts:
            found = sum(self._has(doc_id, part) for part in concept.parts)
            return PART_CREDIT * found / len(concept.parts)
        return 0.0

    def _confidence(self, query: _Query, doc_id: int, raw: float, best_raw: float) -> float:
        total = sum(c.weight for c in query.concepts)
        if total <= 0 or raw <= 0:
            return 0.0
        coverage = sum(c.weight * self._credit(doc_id, c) for c in query.concepts) / total
        # Passages far below the best one are less likely, even if they share words.
        relative = raw / best_raw if best_raw > 0 else 0.0
        return round(min(1.0, coverage * (0.75 + 0.25 * relative)), 4)

    def search(self, question: str, limit: int | None = None) -> Result:
        limit = limit or (1 + self.alternatives)
        query = self._parse(question[:2000])
        if not self.n_docs or not query.concepts:
            return Result(question, (), False, self.threshold)
        scores = self._scores(query)
        k = min(max(limit * 3, 10), self.n_docs)
        top = np.argpartition(-scores, k - 1)[:k] if k < self.n_docs else np.arange(self.n_docs)
        top = top[np.argsort(-scores[top], kind="stable")]
        best_raw = float(scores[top[0]])
        ranked: list[tuple[float, float, int]] = []
        for doc_id in top:
            raw = float(scores[doc_id])
            if raw <= 0:
                break
            ranked.append((self._confidence(query, int(doc_id), raw, best_raw), raw,
                           int(doc_id)))
        # Order by confidence, then by BM25: a passage that covers the whole question wins.
        ranked.sort(key=lambda item: -(item[0] ** RANK_COVERAGE_POWER) * item[1])
        hits = tuple(Hit(self.passages[d], conf, self._best_quote(query, self.passages[d]))
                     for conf, _, d in ranked[:limit])
        answered = bool(hits) and hits[0].score >= self.threshold
        return Result(question, hits, answered, self.threshold)

    def _best_quote(self, query: _Query, passage: Passage) -> Quote | None:
        quotes = self._quotes_by_passage.get(passage.key)
        if not quotes:
            return None
        terms = {t for c in query.concepts for t in c.terms}  # dict keys: the terms

        def overlap(quote: Quote) -> int:
            text = self._quote_texts.get(quote.key)
            if text is None:
                text = self._quote_texts[quote.key] = \
                    self.processor.normalize(quote.text) + "\n" + quote.en.lower()
            return sum(1 for t in terms if t in text)

        return max(quotes, key=overlap)
