"""needed_literals: one of the strings it finds is in every text its pattern matches in, so
asked_types may skip a pattern for a question with none of them (the same kinds found)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.search import text
from bot.search.literals import needed_literals


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"价格(?!战)|(?<![a-z])price[a-z]*", ("price", "价格")),
    (r"(?:what|which)\s+year", ("year",)),
    (r"几(?:家|间)(?:公司|企业)?\s*$", ("几家", "几间")),
    (r"(?:\d+|[一二三])\s*岁", ("岁",)),
    (r"(?:foo)+bar?", ("foo",)),
    (r"a[^b]c|d", ("a", "d")),
    (r"x*", None),
    (r"(?i)price", None),
    (r"(?i:price)", None),
    (r".*", None),
])
def test_needed_literals(pattern: str, expected: tuple[str, ...] | None) -> None:
    found = needed_literals(pattern)
    assert (None if found is None else set(found)) == \
        (None if expected is None else set(expected))


_PATTERN_WORDS = sorted({word for _, word, key in text._ASK_ALWAYS if not key})


@pytest.mark.parametrize("word", _PATTERN_WORDS)
def test_every_match_has_a_needed_literal(word: str) -> None:
    source = text._type_source(word)
    literals = needed_literals(source)
    assert literals, f"{word}: no literals found"

    @settings(max_examples=30, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.from_regex(re.compile(source)))
    def check(sample: str) -> None:
        assert any(literal in sample for literal in literals)

    try:
        check()
    except Exception as exc:  # hypothesis could not generate matches (lookarounds)
        if "Unsatisfiable" not in type(exc).__name__:
            raise
