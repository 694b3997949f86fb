"""Property 1: the matcher takes any text and only ever returns verbatim library content."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.properties.strategies import long_texts, long_texts_with_surrogates, texts

SURROGATE_BUG = (
    "bot/search/text.py TextProcessor.normalize passes text with CJK and a lone "
    "surrogate to OpenCC.convert, whose text.encode('utf-8') raises UnicodeEncodeError "
    "(reachable from the command line: `interview-bot ask $'君联\\xff'` crashes)")


def check_result(services, question: str, result, limit: int) -> None:
    library = services.library
    passages = {p.key: p for p in library.passages}
    assert result.question == question
    assert len(result.hits) <= limit
    for hit in result.hits:
        assert isinstance(hit.score, float) and not math.isnan(hit.score)
        assert 0.0 <= hit.score <= 1.0, hit.score
        assert hit.passage.key in passages
        assert hit.passage.text == passages[hit.passage.key].text
        assert hit.passage in library.passages
        if hit.quote is not None:
            assert hit.quote.passage_key == hit.passage.key
            assert hit.quote.text in hit.passage.text
            assert hit.quote in library.quotes
    assert len({hit.passage.key for hit in result.hits}) == len(result.hits)
    if result.answered:
        assert result.best is not None
        assert result.best is result.hits[0]
        assert result.best.score >= result.threshold
    else:
        assert result.best is None


def check_search(services, question: str, limit: int | None = None) -> None:
    """Search (with the matcher's own limit when none is given) and check the result."""
    result = services.matcher.search(question, limit=limit)
    check_result(services, question, result, limit or 1 + services.matcher.alternatives)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=texts())
@example(question="")
@example(question=" \t\n\u3000")
@example(question="\x00\x1b[31m\u202e")
@example(question="'; DROP TABLE users; --")
@example(question="<b>对赌</b> &amp; *回购*")
@example(question="对赌条款在中国为什么这么普遍?")
def test_search_never_fails_and_returns_library_text(services, question: str) -> None:
    check_search(services, question)


@settings(max_examples=500, deadline=None)
@given(question=texts(), limit=st.integers(min_value=1, max_value=40))
def test_search_with_any_limit(services, question: str, limit: int) -> None:
    check_search(services, question, limit)


@pytest.mark.parametrize("index", range(len(long_texts())))
def test_search_very_long_text(services, index: int) -> None:
    question = long_texts()[index]
    check_search(services, question)


@settings(max_examples=500, deadline=None, report_multiple_bugs=False)
@given(question=texts(surrogates=True))
@example(question="君联\udcff")
def test_search_accepts_lone_surrogates(services, question: str) -> None:
    check_search(services, question)


@pytest.mark.parametrize("index", range(len(long_texts_with_surrogates())))
def test_search_very_long_text_with_surrogates(services, index: int) -> None:
    question = long_texts_with_surrogates()[index]
    check_search(services, question)
