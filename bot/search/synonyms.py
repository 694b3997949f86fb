"""Synonym groups: words readers use that the interview does not.

A group is a set of interchangeable terms (Chinese or English, words or phrases). When a
question contains one member, the terms of the other members are added to the query with
a lower weight, so "buyback" finds 对赌回购 and 插手 finds 越俎代庖.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .text import TextProcessor, has_cjk

logger = logging.getLogger(__name__)


class VocabularyError(Exception):
    """The synonyms file is unreadable or malformed; the message says where."""


@dataclass(frozen=True)
class _Member:
    text: str  # normalised
    pattern: re.Pattern[str] | None  # for Latin phrases: whole-word match
    group: int


class Synonyms:
    def __init__(self, groups: list[list[str]], processor: TextProcessor) -> None:
        self._processor = processor
        self._groups: list[list[str]] = []
        self._members: list[_Member] = []
        for raw in groups:
            members = [processor.normalize(str(m)).strip() for m in raw if str(m).strip()]
            members = list(dict.fromkeys(m for m in members if m))
            if len(members) < 2:
                continue
            index = len(self._groups)
            self._groups.append(members)
            for m in members:
                processor.add_word(m)
                pattern = None
                if not has_cjk(m):
                    words = [re.escape(w) for w in re.split(r"[\s\-]+", m) if w]
                    pattern = re.compile(r"(?<![a-z0-9])" + r"[\s\-]*".join(words) +
                                         r"(?![a-z0-9])")
                self._members.append(_Member(m, pattern, index))

    @classmethod
    def load(cls, path: Path | None, processor: TextProcessor) -> Synonyms:
        if path is None or not path.is_file():
            return cls([], processor)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "file"
            raise VocabularyError(f"{path.name}: {where}: YAML does not parse") from None
        groups = data.get("groups") if isinstance(data, dict) else None
        if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
            raise VocabularyError(f"{path.name}: 'groups' must be a list of lists of terms")
        return cls(groups, processor)

    def __len__(self) -> int:
        return len(self._groups)

    def matches(self, normalized: str) -> list[tuple[str, list[str]]]:
        """(member found in the question, the other members of its group) for each match."""
        found: list[tuple[str, list[str]]] = []
        seen_groups: set[int] = set()
        for member in self._members:
            if member.group in seen_groups:
                continue
            hit = (member.pattern.search(normalized) if member.pattern
                   else member.text in normalized)
            if hit:
                seen_groups.add(member.group)
                others = [m for m in self._groups[member.group] if m != member.text]
                found.append((member.text, others))
        return found
