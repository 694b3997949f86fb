"""Locating excerpts in a source text, tolerating only cosmetic differences.

Content files may differ from the source in whitespace and in full-/half-width forms of
punctuation (，vs , or “ vs "), nothing else. Matching is done on a folded copy of both
texts, and the result is mapped back to the exact source characters.
"""

from __future__ import annotations

import unicodedata

# Quotation marks that are the same mark in another width or style.
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "＂": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "＇": "'"})


def fold_char(ch: str) -> str:
    """Fold one character: width forms to ASCII, curly quotes to straight, spaces to ''."""
    if ch.isspace():
        return ""
    folded = unicodedata.normalize("NFKC", ch) if unicodedata.category(ch)[0] in "PSZ" else ch
    return folded.translate(_QUOTES).replace(" ", "")


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


class FoldedText:
    """A source text folded for matching, with a map back to source offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts: list[str] = []
        starts: list[int] = []
        for i, ch in enumerate(text):
            f = fold_char(ch)
            for c in f:
                parts.append(c)
                starts.append(i)
        self.folded = "".join(parts)
        self._starts = starts

    def find_all(self, excerpt: str) -> list[tuple[int, int]]:
        """Source spans (start, end) where ``excerpt`` occurs, ignoring cosmetic differences."""
        needle = fold(excerpt)
        if not needle:
            return []
        spans = []
        starts = self._starts
        pos = self.folded.find(needle)
        while pos != -1:
            last = pos + len(needle) - 1
            # Only whole source characters: "…" folds to "...", and "." must not match it.
            whole = (pos == 0 or starts[pos - 1] != starts[pos]) and \
                (last + 1 == len(starts) or starts[last + 1] != starts[last])
            if whole:
                spans.append((starts[pos], starts[last] + 1))
            pos = self.folded.find(needle, pos + 1)
        return spans

    def find(self, excerpt: str) -> tuple[int, int] | None:
        spans = self.find_all(excerpt)
        return spans[0] if spans else None


_OPEN, _CLOSE = "“「", "”」"
_TRAILING = "。!?!?,,;;:…"


def in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies wholly inside quotation marks (“…” or 「…」) of its
    paragraph, its own outer marks and closing punctuation aside. In an interview article
    that is what the interviewee said; the rest (narration, reported speech: 王俊峰认为…)
    is the writer's."""
    while start < end and text[start] in _OPEN:
        start += 1
    while end > start and (text[end - 1] in _CLOSE or text[end - 1] in _TRAILING):
        end -= 1
    if start >= end:
        return False
    depth = 0
    for i in range(text.rfind("\n", 0, start) + 1, end):
        ch = text[i]
        if i >= start and depth == 0:
            return False
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return True
