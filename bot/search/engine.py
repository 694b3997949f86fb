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
from rapidfuzz import fuzz, process

from ..content import Library, Passage, Quote
from .synonyms import Synonyms
from .text import TextProcessor

logger = logging.getLogger(__name__)

K1 = 1.2
B = 0.75
# Field weights: the passage itself counts most; its section's summary gives context.
FIELDS = {"zh": 1.0, "bi": 0.35, "en": 0.9, "ctx": 0.25}
SYNONYM_WEIGHT = 0.7
FUZZY_WEIGHT = 0.6


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
class _Field:
    postings: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


@dataclass
class _Query:
    # term -> weight, per field
    weights: dict[str, dict[str, float]]
    # Concepts the question is about: (idf weight, the terms that count as matching it)
    concepts: list[tuple[float, set[str]]]


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

    def _build(self) -> None:
        n = len(self.passages)
        self.n_docs = n
        docs = [self._doc_fields(passage) for passage in self.passages]
        self._fields: dict[str, _Field] = {}
        df_any: Counter[str] = Counter()
        for name in FIELDS:
            lengths = np.array([len(d[name]) for d in docs], dtype=np.float32)
            avg = float(lengths.mean()) if n and lengths.sum() else 1.0
            per_term: dict[str, list[tuple[int, int]]] = {}
            for doc_id, d in enumerate(docs):
                for term, tf in Counter(d[name]).items():
                    per_term.setdefault(term, []).append((doc_id, tf))
            fld = _Field()
            for term, items in per_term.items():
                ids = np.fromiter((i for i, _ in items), dtype=np.int32, count=len(items))
                tfs = np.fromiter((t for _, t in items), dtype=np.float32, count=len(items))
                idf = math.log(1 + (n - len(items) + 0.5) / (len(items) + 0.5))
                norm = K1 * (1 - B + B * lengths[ids] / avg)
                fld.postings[term] = (ids, (idf * tfs * (K1 + 1) / (tfs + norm)).astype(
                    np.float32))
            self._fields[name] = fld
        # Document frequency over all fields: how specific a question term is.
        for d in docs:
            df_any.update(set(d["zh"]) | set(d["en"]) | set(d["ctx"]) | set(d["bi"]))
        self._df = df_any
        self._doc_terms = [frozenset(d["zh"]) | frozenset(d["en"]) | frozenset(d["ctx"]) |
                           frozenset(d["bi"]) for d in docs] if n <= 5000 else None
        self._latin_vocab = sorted(t for t in df_any if t.isascii() and len(t) >= 4)

    def _idf(self, term: str) -> float:
        df = self._df.get(term, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))

    # -- querying -------------------------------------------------------------------
    def _parse(self, question: str) -> _Query:
        p = self.processor
        norm = p.normalize(question)
        weights: dict[str, dict[str, float]] = {name: {} for name in FIELDS}

        def add(terms: list[str], weight: float, fields: tuple[str, ...]) -> None:
            for term in terms:
                for name in fields:
                    bag = weights[name]
                    bag[term] = max(bag.get(term, 0.0), weight)

        words = p.terms(norm)
        grams = p.bigrams(norm)
        add(words, 1.0, ("zh", "en", "ctx"))
        add(grams, 1.0, ("bi",))

        concepts: list[tuple[float, set[str]]] = []
        for word in dict.fromkeys(words):
            concepts.append((self._idf(word), {word}))

        # Synonyms: each matched member brings the terms of the rest of its group.
        for member, others in self.synonyms.matches(norm):
            member_terms = set(p.terms(member)) or {member}
            expanded: set[str] = set()
            for other in others:
                other_terms = p.terms(other)
                add(other_terms, SYNONYM_WEIGHT, ("zh", "en", "ctx"))
                add(p.bigrams(other), SYNONYM_WEIGHT, ("bi",))
                expanded.update(other_terms)
            # The member's concept is matched by any of its group's terms.
            hit = [c for c in concepts if c[1] & member_terms]
            if hit:
                for _, terms in hit:
                    terms.update(expanded)
            else:
                concepts.append((max(self._idf(t) for t in member_terms), member_terms |
                                 expanded))

        # Misspelt Latin words: the nearest indexed word, if close enough.
        for word in p.latin_terms(norm):
            if word in self._df or len(word) < 4 or not self._latin_vocab:
                continue
            match = process.extractOne(word, self._latin_vocab, scorer=fuzz.ratio,
                                       score_cutoff=80)
            if match:
                add([match[0]], FUZZY_WEIGHT, ("zh", "en", "ctx"))
                for _, terms in concepts:
                    if word in terms:
                        terms.add(match[0])
        return _Query(weights, concepts)

    def _scores(self, query: _Query) -> np.ndarray:
        scores = np.zeros(self.n_docs, dtype=np.float32)
        for name, field_weight in FIELDS.items():
            postings = self._fields[name].postings
            for term, weight in query.weights[name].items():
                entry = postings.get(term)
                if entry is not None:
                    ids, values = entry
                    scores[ids] += (field_weight * weight) * values
        return scores

    def _has(self, doc_id: int, term: str) -> bool:
        if self._doc_terms is not None:
            return term in self._doc_terms[doc_id]
        for fld in self._fields.values():
            entry = fld.postings.get(term)
            if entry is not None:
                ids = entry[0]
                pos = int(np.searchsorted(ids, doc_id))
                if pos < len(ids) and ids[pos] == doc_id:
                    return True
        return False

    def _confidence(self, query: _Query, doc_id: int, raw: float, best_raw: float) -> float:
        total = sum(w for w, _ in query.concepts)
        if total <= 0 or raw <= 0:
            return 0.0
        covered = sum(w for w, terms in query.concepts
                      if any(self._has(doc_id, t) for t in terms))
        coverage = covered / total
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
        ranked.sort(key=lambda item: (-item[0], -item[1]))
        hits = tuple(Hit(self.passages[d], conf, self._best_quote(query, self.passages[d]))
                     for conf, _, d in ranked[:limit])
        answered = bool(hits) and hits[0].score >= self.threshold
        return Result(question, hits, answered, self.threshold)

    def _best_quote(self, query: _Query, passage: Passage) -> Quote | None:
        quotes = self._quotes_by_passage.get(passage.key)
        if not quotes:
            return None
        terms = {t for _, ts in query.concepts for t in ts}

        def overlap(quote: Quote) -> int:
            norm = self.processor.normalize(quote.text)
            return sum(1 for t in terms if t in norm or t in quote.en.lower())

        return max(quotes, key=overlap)
