"""The matcher's shortcuts and memos against the plain computations they stand for: each
must give the same numbers, bit for bit, or an answer could change."""

from __future__ import annotations

import re

import numpy as np
import pytest

from bot.evaluation import load_questions
from bot.search import Matcher, engine, text
from bot.search import synonyms as synonyms_module
from bot.search.text import ANSWER_TYPES, answers_type
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def questions() -> list[str]:
    return [item["q"] for name in ("dev", "extra")
            for item in load_questions(DATA / f"{name}_questions.yaml")]


def _fresh_matcher(services) -> Matcher:
    return Matcher(services.library, services.processor, services.synonyms,
                   services.matcher.threshold, services.matcher.alternatives)


def _concepts(matcher: Matcher, questions: list[str]) -> list[engine._Concept]:
    found: dict[int, engine._Concept] = {}
    for question in questions:
        for concept in matcher._parse(question).concepts:
            found.setdefault(id(concept), concept)
    return list(found.values())


def _plain_scored(matcher: Matcher, concept: engine._Concept) -> tuple[np.ndarray, np.ndarray]:
    """A concept's scores one term and one phrase at a time, over every passage."""
    best = np.zeros(matcher.n_docs, dtype=np.float32)
    for phrase, weight in concept.phrases.items():
        postings = [matcher._passage_postings(t) for t in phrase]
        if any(p is None for p in postings):
            continue
        total = np.zeros(matcher.n_docs, dtype=np.float32)
        found = np.zeros(matcher.n_docs, dtype=np.int64)
        for ids, values in postings:  # type: ignore[misc]
            total[ids] += values
            found[ids] += 1
        ids = (found == len(phrase)).nonzero()[0]
        best[ids] = np.maximum(best[ids], weight * total[ids] / len(phrase))
    for term, weight in (*concept.terms.items(),
                         *((t, engine.PART_WEIGHT) for t in concept.parts)):
        if (postings := matcher._passage_postings(term)) is not None:
            ids, values = postings
            best[ids] = np.maximum(best[ids], np.float32(weight) * values)
    ids = (best > 0).nonzero()[0]
    return ids, best[ids]


def _plain_credited(matcher: Matcher, concept: engine._Concept
                    ) -> tuple[np.ndarray, np.ndarray]:
    """A concept's credits from each term's levels over every passage."""
    credit = np.zeros(matcher.n_docs)
    for term, weight in (*concept.terms.items(), *concept.places.items()):
        credit = np.maximum(credit, weight * matcher._levels(term))
    for phrase, weight in concept.phrases.items():
        credit = np.maximum(credit, weight * np.minimum.reduce(
            [matcher._levels(t) for t in phrase]))
    if concept.parts:
        found = matcher._levels(concept.parts[0])
        for part in concept.parts[1:]:
            found = found + matcher._levels(part)
        credit = np.where(credit > 0, credit, engine.PART_CREDIT * found / len(concept.parts))
    ids = (credit > 0).nonzero()[0]
    return ids, credit[ids]


def _same(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> bool:
    return a[0].tolist() == b[0].tolist() and a[1].dtype == b[1].dtype and \
        a[1].tolist() == b[1].tolist()


def test_evidence_is_what_term_by_term_arithmetic_gives(services, questions) -> None:
    # Postings joined from slices, phrases cached, one term's postings as they are,
    # synonym groups' evidence looked up whole: the same passages and the same float32
    # scores and float64 credits. Besides the questions' concepts, every synonym member's
    # own (its group merged into nothing else).
    matcher = _fresh_matcher(services)
    concepts = _concepts(matcher, questions)
    vocabulary = services.synonyms
    concepts += [matcher._member_concept(member, matcher._expansion(
                     member, vocabulary.others(member)))
                 for group in range(len(vocabulary)) for member in vocabulary.members(group)
                 if matcher._expansion(member, vocabulary.others(member))[0]]
    assert any(c.phrases for c in concepts) and any(c.parts for c in concepts)
    assert sum(1 for c in concepts if c.groups) > 1000
    assert any(len(c.groups) > 1 for c in concepts)
    for _ in range(2):  # phrases cold, then cached
        for concept in concepts:
            assert _same(matcher._scored(concept), _plain_scored(matcher, concept))
            assert _same(matcher._credited(concept), _plain_credited(matcher, concept))


def test_a_group_stands_for_a_member_only_where_its_own_terms_outdo_it(services) -> None:
    # A member whose words (as a synonym of the others) are not all among its own terms
    # would add, through its group's evidence, what its expansion lacks: its concept is
    # then worked out term by term.
    matcher = _fresh_matcher(services)
    vocabulary = services.synonyms
    member = next(m for m in vocabulary.members(0) if len(matcher._member_words(m)) == 1)
    others = vocabulary.others(member)
    assert matcher._expansion(member, others)[3] == 0
    matcher._expansions.clear()
    matcher._members[member] = (*matcher._member_words(member), "君联资本")
    expansion = matcher._expansion(member, others)
    assert expansion[3] is None
    concept = matcher._member_concept(member, expansion)
    assert not concept.groups
    assert _same(matcher._scored(concept), _plain_scored(matcher, concept))
    assert _same(matcher._credited(concept), _plain_credited(matcher, concept))


def test_credits_in_a_dict_answer_as_lookups_do(services, questions, monkeypatch) -> None:
    complete = _fresh_matcher(services)
    expected = [(complete.search(q), complete.search(q, limit=12)) for q in questions]
    assert any(c.evidence and c.evidence.complete for c in complete._concepts.values())
    monkeypatch.setattr(engine, "COMPLETE_CREDITS", -1)
    looked_up = _fresh_matcher(services)
    assert [(looked_up.search(q), looked_up.search(q, limit=12)) for q in questions] == expected
    assert not any(c.evidence and c.evidence.complete for c in looked_up._concepts.values())


def test_quote_terms_are_each_quotes_terms(services, questions) -> None:
    matcher = _fresh_matcher(services)
    concepts = _concepts(matcher, questions)
    for passage in matcher.passages:
        quotes = matcher.library.quotes_in(passage)
        for concept in concepts:
            evidence = matcher._evidence(concept)
            found = tuple(frozenset(t for t in evidence.terms if t in matcher._quote_texts[q.key])
                          for q in quotes)
            assert matcher._quote_terms(evidence, passage, quotes) == \
                (found if any(found) else ())


def test_spans_are_where_each_term_is(services, questions) -> None:
    matcher = _fresh_matcher(services)
    concepts = _concepts(matcher, questions)
    for doc in range(matcher.n_docs):
        text, latin = matcher._normalized[doc]
        for concept in concepts:
            terms = tuple(concept.terms)
            expected = []
            for term in terms:
                if term.isascii():
                    expected += [(1, i, i + 1) for i, word in enumerate(latin) if word == term]
                else:
                    expected += [(0, i, i + len(term)) for i in range(len(text))
                                 if text.startswith(term, i)]
            assert matcher._spans(terms, doc) == tuple(expected)


def test_kinds_of_fact_are_memoised_as_found(services) -> None:
    matcher = _fresh_matcher(services)
    for _ in range(2):
        for doc in range(matcher.n_docs):
            for kind in range(len(ANSWER_TYPES)):
                assert matcher._answers(kind, doc) == answers_type(kind, matcher._texts[doc])


def test_latin_terms_are_each_words_stem(services, questions) -> None:
    # Worked out once per word as found (stopwords remembered as none).
    processor = services.processor
    for _ in range(2):
        for question in questions:
            norm = processor.normalize(question)
            words = [text._JOINERS.sub("", w) for w in text._LATIN.findall(norm)]
            stems = [processor._stem(w) for w in words if w not in text.EN_STOPWORDS]
            assert processor.latin_terms(norm) == \
                [t for t in stems if t not in processor._stop_stems]


def _phrase_pattern(member) -> re.Pattern[str]:
    """The pattern a Latin phrase member stands for (see _Member.spans)."""
    words = [w for w in re.split(r"[\s\-]+", member.text) if w]
    return re.compile(r"(?<![a-z0-9])" + r"[\s\-]*".join(
        re.escape(w) + ("(?:e?s)?" if w[-1].isalpha() and w[-1] != "s" else "") for w in words)
        + r"(?![a-z0-9])")


def test_phrases_are_found_where_their_pattern_is(services, questions) -> None:
    # Matched by hand, as re.finditer would: on the questions, the passages, the members
    # themselves and texts made to try the plurals, gaps and word boundaries.
    synonyms, processor = services.synonyms, services.processor
    phrases = [m for ms in synonyms._latin.values() for m in ms if m.is_phrase] + \
        list(synonyms._latin_other)
    texts = [processor.normalize(t) for t in questions] + \
        [processor.normalize(p.en) for p in services.library.passages]
    made = []
    for m in phrases[::7]:
        words = [w for w in re.split(r"[\s\-]+", m.text) if w]
        made += [m.text, m.text + "s", "x" + m.text, m.text + "x", "-".join(words),
                 "  - ".join(w + "es" for w in words), "".join(words) + " " + m.text + "s.",
                 " ".join(words[:-1]) + " " + m.text]
    checked = 0
    for m in phrases:
        pattern = None
        for norm in texts + made:
            runs = set(synonyms_module._ALNUM.findall(norm))
            found = m.latin_match(norm, runs)
            if m.words and all(w in norm for w in m.words):
                pattern = pattern or _phrase_pattern(m)
                assert found == bool(pattern.search(norm)), (m.text, norm)
                assert list(m.spans(norm)) == [x.span() for x in pattern.finditer(norm)]
                checked += 1
            else:
                assert not found
    assert checked > 1000


def _plain_outermost(normalized: str, members: list) -> list:
    """Synonyms._outermost with every phrase's places found first, by pattern."""
    phrases = [m for m in members if m.is_phrase]
    spans = {id(m): [x.span() for x in _phrase_pattern(m).finditer(normalized)]
             for m in phrases}
    kept = []
    for m in members:
        inside = [sp for o in phrases if o.group != m.group and len(o.text) > len(m.text)
                  and m.text in o.text for sp in spans[id(o)]]
        own = spans.get(id(m)) or [x.span() for x in re.finditer(
            r"(?<![a-z0-9])" + re.escape(m.text) + r"(?![a-z0-9])", normalized)]
        if not inside or any(not any(a <= s0 and e0 <= b for a, b in inside)
                             for s0, e0 in own):
            kept.append(m)
    return kept


def test_synonym_matches_are_each_groups_first_member_found(services, questions) -> None:
    # Phrases' places only looked for when needed; each group's first member by sorting.
    synonyms, processor = services.synonyms, services.processor
    questions = [*questions, "What is the in vivo CAR-T bet-on agreement of Legend in Asia?"]
    outermost = 0
    for question in questions:
        norm = processor.normalize(question)
        runs = set(synonyms_module._ALNUM.findall(norm))
        latin = [m for r in runs for m in synonyms._starting(r)]
        latin = [m for m in dict.fromkeys(latin) if m.latin_match(norm, runs)]
        if len(latin) > 1:
            outermost += 1
            assert synonyms._outermost(norm, latin) == _plain_outermost(norm, latin)
        candidates = [m for ms in synonyms._cjk.values() for m in ms if m.text in norm]
        candidates = synonyms._outside_names(norm, candidates) if len(candidates) > 1 \
            else candidates
        candidates += _plain_outermost(norm, latin) if len(latin) > 1 else latin
        candidates += [m for r in runs - synonyms._words for m in synonyms._inflected(r)]
        first: dict[int, object] = {}
        for m in candidates:
            if m.group not in first or m.order < first[m.group].order:
                first[m.group] = m
        assert synonyms.matches(norm) == [(m.text, m.others) for m in sorted(
            first.values(), key=lambda m: m.order)]
    assert outermost


def test_short_words_are_judged_as_segmenting_them_would(services, questions) -> None:
    # parts() and _only_function_words() answer words of up to two or three characters
    # without jieba; the same words segmented give the same answers.
    processor = services.processor
    jieba = processor._jieba
    words = {w for q in questions for run in text._CJK_RUN.findall(processor.normalize(q))
             for w in (*jieba.cut(run, True), *jieba.cut_for_search(run, True))}
    chars = "的是我一么好投资钱"  # in stopwords, and not
    words |= {a + b for a in chars for b in chars} | {a + b + c for a in chars[:5]
                                                       for b in chars for c in chars[3:]}
    assert sum(len(w) <= 3 for w in words) > 100
    for word in words:
        pieces = [w for w in jieba.cut_for_search(word, False) if len(w) < len(word)]
        assert processor._only_function_words(word) == (
            bool(pieces) and all(w in text.ZH_STOPWORDS for w in pieces) and
            sum(map(len, pieces)) >= len(word)), word
        assert processor.parts(word) == [
            w for w in jieba.cut_for_search(word, True)
            if 1 < len(w) < len(word) and w not in text.ZH_STOPWORDS], word


def test_kinds_of_fact_are_found_as_their_whole_pattern_finds_them(services, questions
                                                                   ) -> None:
    # answers_type matches a kind's words one by one, a pattern only when its pieces are
    # all there: passages, questions and texts made of answering words.
    words = [w for _, answer in ANSWER_TYPES for w in answer.split()]
    rng = np.random.default_rng(0)
    made = []
    for _ in range(1500):
        parts = []
        for word in rng.choice(words, 3):
            word = word.replace("*", str(rng.choice(["", "s", "ing", "2", "-x"])))
            word = word.replace("~", str(rng.choice([" ", " a b ", "-", "", "一些", "。"])))
            word = word.replace("_", str(rng.choice([" ", "-", "_", ""])))
            parts.append(rng.choice(["", "x", " ", "1", "的"]) + word + rng.choice(["", "x", " "]))
        made.append("".join(parts))
    texts = [*services.matcher._texts, *map(services.processor.normalize, questions), *made,
             "2019年 3 years $5 million 15% 一月 march 3 deals"]
    found = 0
    for kind in range(len(ANSWER_TYPES)):
        whole = text._type_pattern(ANSWER_TYPES[kind][1])
        for sample in texts:
            expected = whole.search(sample) is not None
            found += expected
            assert answers_type(kind, sample) == expected, (kind, sample)
    assert found > 1000
