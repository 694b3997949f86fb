"""Strings a regular expression's every match contains, found from its parsed form: a
text with none of them cannot match, which is far cheaper to check than searching it
with a pattern that has no literal prefix (an alternation, a lookbehind first).

It reads the parse tree of ``re._parser``, a private module (Python 3.11 and later): any
part it does not know (a new opcode) counts as matching anything, which at worst finds
no strings, never wrong ones (see tests/search/test_literals.py)."""

from __future__ import annotations

import re
from itertools import product
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_MAX_STRINGS = 32  # a finite set of strings larger than this is not worked out
_MAX_CLASS = 16  # a character class of more characters counts as any character
_ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})

_Strings = frozenset[str]


def needed_literals(pattern: str) -> tuple[str, ...] | None:
    """Non-empty strings one of which is in any text the pattern finds a match in; None
    when no such set was found (a flag such as IGNORECASE, or a part that can be anything
    everywhere)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _needed(list(parsed))
    if not found or "" in found:
        return None
    return tuple(sorted(_shortest(found), key=lambda s: (-len(s), s)))


def _shortest(strings: _Strings) -> _Strings:
    """The strings but those with another of them inside (a text with 几家公司 has 几家)."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _rarity(strings: _Strings) -> tuple[int, int, int]:
    """How unlikely a text is to have one of the strings: their shortest one's length (a
    Chinese character counting as two letters, any length from three on as rare as any
    other), then the fewer strings the better (each is one check), then the longer."""
    shortest = min(len(s) * (1 if s.isascii() else 2) for s in strings)
    return min(3, shortest), -len(strings), shortest


def _better(a: _Strings | None, b: _Strings | None) -> _Strings | None:
    """Of two sets, the one a text is less likely to have (see _rarity)."""
    if a is None or "" in a:
        return b
    if b is None or "" in b:
        return a
    a, b = _shortest(a), _shortest(b)
    return a if _rarity(a) >= _rarity(b) else b


def _needed(items: list) -> _Strings | None:
    """A set one of which every match of a sequence contains: the strings of a stretch of
    parts with finitely many texts each (in a row, so joined), or one part's own."""
    best: _Strings | None = None
    run: _Strings = frozenset({""})
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None:
            best = _better(best, exact)
            joined = frozenset(a + b for a, b in product(run, exact))
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
            best = _better(best, run)
            run = exact
            continue
        best = _better(_better(best, run), _needed_item(op, av))
        run = frozenset({""})
    return _better(best, run)


def _needed_item(op, av) -> _Strings | None:
    """A set one of which every match of one part contains (None: none found)."""
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, items = av
        return None if add_flags or del_flags else _needed(list(items))
    if op is _c.ATOMIC_GROUP:
        return _needed(list(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _needed(list(branch))
            if not found or "" in found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _, items = av
        return _needed(list(items)) if low >= 1 else None
    return None


def _exact(op, av) -> _Strings | None:
    """Every text one part can match, when there are few ({""} for a part that matches
    no characters, such as a lookahead); None otherwise."""
    if op is _c.LITERAL:
        return frozenset({chr(av)})
    if op in _ZERO_WIDTH:
        return frozenset({""})
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None
        return frozenset(chars) if len(chars) <= _MAX_CLASS else None
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, items = av
        return None if add_flags or del_flags else _exact_sequence(list(items))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _exact_sequence(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_STRINGS else None
    if op in _REPEATS:
        low, high, items = av
        one = _exact_sequence(list(items))
        if one is None or high > 4:
            return None
        texts: set[str] = set()
        for count in range(low, high + 1):
            texts.update("".join(parts) for parts in product(one, repeat=count))
            if len(texts) > _MAX_STRINGS:
                return None
        return frozenset(texts)
    return None


def _exact_sequence(items: list) -> _Strings | None:
    """Every text a sequence of parts can match, when there are few."""
    texts: _Strings = frozenset({""})
    for op, av in items:
        exact = _exact(op, av)
        if exact is None:
            return None
        texts = frozenset(a + b for a, b in product(texts, exact))
        if len(texts) > _MAX_STRINGS:
            return None
    return texts
