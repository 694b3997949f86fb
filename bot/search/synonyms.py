"""Synonym groups: words readers use that the interview does not.

A group is a set of interchangeable terms (Chinese or English, words or phrases). When a
question contains one member, the terms of the other members are added to the query with
a lower weight, so "buyback" finds 对赌回购 and 插手 finds 越俎代庖.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

import yaml

from ..yaml_errors import YAML_LOADER, yaml_problem
from .text import EN_STOPWORDS, TextProcessor, chinese_runs, has_cjk, occurrences

logger = logging.getLogger(__name__)


class VocabularyError(Exception):
    """The synonyms file is unreadable or malformed; the message says where."""


_ALNUM = re.compile(r"[a-z0-9]+")
# (a verb's particles that are no stopwords already: up, over, in and on are)
_PARTICLES = frozenset({"off", "out", "down", "back", "away"})
# two neighbouring words (overlapping pairs: the second word is looked ahead for)
_PAIR = re.compile(r"(?<![a-z0-9])([a-z]+)(?=[\s-]+([a-z]+)(?![a-z0-9]))")
_KEY = 3  # Latin members are indexed by the first letters of their first word
_CACHE_SIZE = 100_000  # per-word caches: cleared when full
_order = attrgetter("order")


_WORD_GAP = re.compile(r"[\s\-]+")  # between a Latin phrase's words
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SUFFIXES = ("es", "s", "")  # a plural, in the order a greedy (?:e?s)? tries them


@dataclass(eq=False)  # members are compared by identity
class _Member:
    text: str  # normalised
    group: int
    order: int  # position in the file: the first member found in a group is the one used
    head: str = ""  # for Latin phrases: the first word's letters and digits
    others: tuple[str, ...] = ()  # the other members of its group
    words: tuple[str, ...] = ()  # for Latin phrases: their words, worked out when first needed
    plural: tuple[bool, ...] = ()  # for each word: whether it may also be in the plural
    # For Latin members: a piece any text that has the member has (a phrase's longest
    # word; a word itself), checked first: most phrases a question's words could begin
    # (in vivo, the norm, a burden for in, the, a) are not there.
    rare: str = ""

    @property
    def is_phrase(self) -> bool:
        """Matched by words (see spans), not as one run of letters and digits."""
        return self.text != self.head

    def latin_match(self, normalized: str, runs: set[str]) -> bool:
        """Whether the text has the member as whole words; a member of letters and digits
        only is one of the text's runs of them."""
        if self.text == self.head:
            return self.text in runs
        if not self.words:
            self.words = tuple(w for w in _WORD_GAP.split(self.text) if w)
            # Each word also in its plural ("ways out", "big pharmas", "exit windows").
            self.plural = tuple(w[-1].isalpha() and w[-1] != "s" for w in self.words)
        # Every word is in the text, or the phrase cannot be there (cheaper to check first).
        if not all(w in normalized for w in self.words):
            return False
        return next(self.spans(normalized), None) is not None

    def spans(self, normalized: str) -> Iterator[tuple[int, int]]:
        """Where the phrase is, as ``re.finditer`` would find the pattern
        ``(?<![a-z0-9])`` word ``(?:e?s)?`` ``[\\s\\-]*`` word ... ``(?![a-z0-9])``: a
        hand-written match, because compiling a pattern per phrase cost start-up 12 ms
        (the renderings have the words of hundreds of phrases)."""
        words, text = self.words, normalized
        if not words:
            return
        first, at = words[0], normalized.find(words[0])
        while at >= 0:
            end = -1
            if at == 0 or text[at - 1] not in _WORD_CHARS:
                end = self._end(text, at, 0)
            if end >= 0:
                yield at, end
                at = text.find(first, end)
            else:
                at = text.find(first, at + 1)

    def _end(self, text: str, at: int, k: int) -> int:
        """Where a match of words[k:] starting at ``at`` ends (-1: none), trying the
        choices in the order the pattern's greedy parts would."""
        word = self.words[k]
        if not text.startswith(word, at):
            return -1
        after = at + len(word)
        for suffix in _SUFFIXES if self.plural[k] else ("",):
            if suffix and not text.startswith(suffix, after):
                continue
            end = after + len(suffix)
            if k == len(self.words) - 1:
                if end < len(text) and text[end] in _WORD_CHARS:
                    continue
                return end
            gap = end
            while gap < len(text) and (text[gap].isspace() or text[gap] == "-"):
                gap += 1
            for start in range(gap, end - 1, -1):
                found = self._end(text, start, k + 1)
                if found >= 0:
                    return found
        return -1


# General nouns a name is often written together with (see Synonyms).
_AFTER_NAMES = ("公司", "企业", "药企", "药厂", "市场", "政府")


class Synonyms:
    def __init__(self, groups: list[list[str]], processor: TextProcessor,
                 names: list[list[str]] | None = None,
                 common: list[list[str]] | None = None,
                 regions: dict[str, list[str]] | None = None) -> None:
        """``names`` are groups too, whose members name something (a person, a company,
        a place, an agency): a question about Japan is not answered by a passage about
        Indonesia, however much else they share. ``common`` are groups of words of the
        general language (应该, 应当): their members say as little about a question as
        the words do anywhere (other members count as fully specific words). ``regions``
        say which named places lie within a named region (Indonesia in Southeast Asia), by
        a member of each: a passage about the one speaks of the other."""
        self._processor = processor
        self._groups: list[list[str]] = []
        self._names: set[int] = set()  # indices of the groups that are names
        self._group_of: dict[str, int] = {}
        # Candidates by first character (Chinese) or first letters (Latin), so a question is
        # checked against the few members that could occur in it, not against all of them.
        self._cjk: dict[str, list[_Member]] = {}
        self._latin: dict[str, list[_Member]] = {}
        self._latin_other: list[_Member] = []  # Latin members not starting with a letter
        self._runs: dict[str, tuple[_Member, ...]] = {}  # see _starting
        # One-word Latin members by stem: a word no member spells out is matched by the
        # shorter members of its stem, which it inflects (localizing: localize, drugmakers:
        # drugmaker; not back: backing).
        self._stemmed: dict[str, list[_Member]] = {}
        self._words: set[str] = set()  # every one-word Latin member as written
        self._inflections: dict[str, tuple[_Member, ...]] = {}  # see _inflected
        self._others: dict[str, tuple[str, ...]] = {}  # per member: its group's others
        self._common: set[int] = set()  # indices of the groups of general words (common)
        order = 0
        first_common = len(groups) + len(names or [])
        for n, raw in enumerate([*groups, *(names or []), *(common or [])]):
            members = [processor.normalize(str(m)).strip() for m in raw if str(m).strip()]
            members = list(dict.fromkeys(m for m in members if m))
            if len(members) < 2:
                continue
            index = len(self._groups)
            self._groups.append(members)
            self._group_of.update((m, index) for m in members)
            if len(groups) <= n < first_common:
                self._names.add(index)
            elif n >= first_common:
                self._common.add(index)
            for i, m in enumerate(members):  # (members are distinct: the others by slicing)
                processor.add_word(m, general=n >= first_common)
                order += 1
                others = self._others[m] = (*members[:i], *members[i + 1:])
                if has_cjk(m):
                    self._cjk.setdefault(m[0], []).append(_Member(m, index, order,
                                                                  others=others))
                    continue
                head = _ALNUM.match(m)
                member = _Member(m, index, order, head=head.group() if head else "",
                                 others=others, rare=max(_WORD_GAP.split(m), key=len))
                if head:
                    self._latin.setdefault(member.head[:_KEY], []).append(member)
                    if member.text == member.head:
                        self._words.add(member.text)
                        for stem in processor.latin_terms(member.text):
                            self._stemmed.setdefault(stem, []).append(member)
                else:
                    self._latin_other.append(member)
        self._cjk_heads = frozenset(self._cjk)
        self._keep_names_apart(processor)
        # per region's name group: a member of each place group within it
        self._within: dict[int, tuple[str, ...]] = {}
        for region, places in (regions or {}).items():
            group = self._group_of.get(processor.normalize(region).strip())
            if group is not None:
                self._within[group] = tuple(processor.normalize(p).strip() for p in places)

    @classmethod
    def load(cls, path: Path | None, processor: TextProcessor) -> Synonyms:
        if path is None or not path.is_file():
            return cls([], processor)
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
        except yaml.YAMLError as exc:
            where, reason = yaml_problem(exc)
            raise VocabularyError(f"{path.name}: {where}: YAML does not parse: {reason}") \
                from None
        groups = data.get("groups") if isinstance(data, dict) else None
        if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
            raise VocabularyError(f"{path.name}: 'groups' must be a list of lists of terms")
        extra = {}
        for key in ("names", "common"):
            extra[key] = data.get(key) or []
            if not isinstance(extra[key], list) or \
                    not all(isinstance(g, list) for g in extra[key]):
                raise VocabularyError(f"{path.name}: '{key}' must be a list of lists of terms")
        regions = data.get("regions") or {}
        if not isinstance(regions, dict) or \
                not all(isinstance(v, list) for v in regions.values()):
            raise VocabularyError(f"{path.name}: 'regions' must map a region to a list of places")
        named = {str(term).strip().casefold() for group in extra["names"] for term in group}
        for region, places in regions.items():
            for term in (region, *places):
                if str(term).strip().casefold() not in named:
                    raise VocabularyError(f"{path.name}: regions: '{term}' is in no group of "
                                          "'names'")
        # A term in two groups would take a question to either, whichever came first.
        first_group: dict[str, list] = {}
        for group in groups:
            for term in group:
                key = str(term).strip().casefold()
                other = first_group.setdefault(key, group)
                if other is not group:
                    raise VocabularyError(
                        f"{path.name}: '{term}' is in two groups ([{other[0]}, ...] and "
                        f"[{group[0]}, ...]); each term belongs to one group")
        return cls(groups, processor, extra["names"], extra["common"], regions)

    def __len__(self) -> int:
        return len(self._groups)

    def __getstate__(self) -> dict:
        """For the index cache: everything but the processor (see ``attach``)."""
        state = dict(self.__dict__)
        del state["_processor"]
        return state

    def attach(self, processor: TextProcessor) -> None:
        """Use a freshly started processor after unpickling: it is given the members as
        words, in the same order, exactly as when the vocabulary was built."""
        for index, members in enumerate(self._groups):
            for word in members:
                processor.add_word(word, general=index in self._common)
        self._keep_names_apart(processor)
        self._processor = processor

    def _keep_names_apart(self, processor: TextProcessor) -> None:
        """A name with a general noun after it is two words (日本公司, 美国市场: Japan, and
        companies), though jieba's dictionary has some such compounds as one word, in which
        the name would be lost."""
        for index in sorted(self._names):
            for member in self._groups[index]:
                if has_cjk(member):
                    for noun in _AFTER_NAMES:
                        processor.keep_apart(member + noun)

    def group_of(self, member: str) -> int | None:
        """The index of a member's group (its last one, as ``others``), None for none."""
        return self._group_of.get(member)

    def members(self, group: int) -> tuple[str, ...]:
        """A group's members, normalised, in file order."""
        return tuple(self._groups[group])

    def others(self, member: str) -> tuple[str, ...]:
        """The other members of a member's group (() for a word that is no member)."""
        return self._others.get(member, ())

    def latin_names(self) -> list[str]:
        """The one-word Latin members that name something (see ``names``), sorted."""
        return sorted(w for w in self._words if self.is_name(w))

    def knows_stem(self, stem: str) -> bool:
        """Whether a Latin word of this stem is (an inflection of) a one-word member."""
        return stem in self._stemmed

    def name_group(self, member: str) -> int | None:
        """The name group (see ``names``) of a member returned by ``matches``, None when
        it does not name anything."""
        group = self._group_of.get(member)
        return group if group in self._names else None

    def within(self, group: int) -> tuple[str, ...]:
        """A member of each named place that lies within a name group's region (see
        ``regions``; () for a group that is no region)."""
        return self._within.get(group, ())

    def is_name(self, member: str) -> bool:
        return self.name_group(member) is not None

    def names_in(self, normalized: str) -> frozenset[int]:
        """The name groups a normalised text mentions."""
        return frozenset(g for m, _ in self.matches(normalized)
                         if (g := self.name_group(m)) is not None)

    def _starting(self, run: str) -> tuple[_Member, ...]:
        """The Latin members whose first word a run of letters and digits starts with
        (cached per run: questions repeat their words)."""
        members = self._runs.get(run)
        if members is None:
            found = []
            for size in range(1, min(_KEY, len(run)) + 1):
                for member in self._latin.get(run[:size], ()):
                    if (len(member.head) <= _KEY) == (size == len(member.head)) and \
                            run.startswith(member.head):
                        found.append(member)
            if len(self._runs) >= _CACHE_SIZE:
                self._runs.clear()
            members = self._runs[run] = tuple(found)
        return members

    def _inflected(self, run: str) -> tuple[_Member, ...]:
        """The shorter one-word members of a run's stem (cached per run, as _starting)."""
        members = self._inflections.get(run)
        if members is None:
            members = tuple(m for stem in self._processor.latin_terms(run)
                            for m in self._stemmed.get(stem, ()) if len(m.text) < len(run))
            if len(self._inflections) >= _CACHE_SIZE:
                self._inflections.clear()
            self._inflections[run] = members
        return members

    @staticmethod
    def _pairs(normalized: str) -> set[str]:
        """Each two neighbouring words (a space or hyphen between them, nothing else),
        joined; not a function word (the me-too is no theme), nor a verb's particle (to
        pay off is not a payoff)."""
        return {a + b for a, b in _PAIR.findall(normalized)
                if a not in EN_STOPWORDS and b not in EN_STOPWORDS and b not in _PARTICLES}

    @staticmethod
    def _outermost(normalized: str, members: list[_Member]) -> list[_Member]:
        """The Latin members found that are not only ever a word of a longer member of
        another group found there ("bet-on agreement": the buyback group, not also bet's).
        Where a phrase is is only looked for when a member found is a word of it."""
        phrases = [m for m in members if m.is_phrase]
        if not phrases:
            return members
        spans: dict[int, list[tuple[int, int]]] = {}

        def spans_of(phrase: _Member) -> list[tuple[int, int]]:
            found = spans.get(id(phrase))
            if found is None:
                found = spans[id(phrase)] = list(phrase.spans(normalized))
            return found

        kept = []
        for m in members:
            outer = [o for o in phrases if o.group != m.group and len(o.text) > len(m.text)
                     and m.text in o.text]
            if not outer:
                kept.append(m)
                continue
            inside = [sp for o in outer for sp in spans_of(o)]
            own = (spans_of(m) if m.is_phrase else []) or [x.span() for x in re.finditer(
                r"(?<![a-z0-9])" + re.escape(m.text) + r"(?![a-z0-9])", normalized)]
            if not inside or any(not any(a <= s0 and e0 <= b for a, b in inside)
                                 for s0, e0 in own):
                kept.append(m)
        return kept

    def _whole_names(self, normalized: str, members: list[_Member]) -> list[_Member]:
        """The Chinese members found, names only where one starts a word of the text's
        segmentation somewhere: 君联想帮它们 is 君联 想 帮, and names no 联想 (a name may
        end inside a word: 美国公司, 中东国家)."""
        bounds: set[int] = set()
        at = 0
        for run in chinese_runs(normalized):
            at = normalized.index(run, at)
            for word in self._processor.words(run):
                bounds.add(at)
                at += len(word)
        return [m for m in members if m.group not in self._names or
                not bounds.isdisjoint(occurrences(normalized, m.text))]

    def _outside_names(self, normalized: str, members: list[_Member]) -> list[_Member]:
        """The Chinese members found that are not only ever a piece of a name found there
        (恒瑞医药 names a company: it does not also speak of 医药), nor only ever straddle
        one's edge (沙特有没有: 特有 is no word there)."""
        names = [m for m in members if m.group in self._names and len(m.text) > 1]
        if not names:
            return members
        kept = []
        for m in members:
            size = len(m.text)
            spans = [(i, i + len(o.text)) for o in names if o.group != m.group and
                     (len(o.text) > 2 or m.text not in o.text)
                     for i in occurrences(normalized, o.text)]
            # (an occurrence inside a name, or overlapping one without holding it whole)
            if not spans or any(not any(a < i + size and i < b and not (i <= a and b <= i + size)
                                        for a, b in spans)
                                for i in occurrences(normalized, m.text)):
                kept.append(m)
        return kept

    def matches(self, normalized: str) -> list[tuple[str, tuple[str, ...]]]:
        """(member found in the question, the other members of its group) for each match."""
        cjk = self._cjk
        candidates = [member for ch in self._cjk_heads.intersection(normalized)
                      for member in cjk[ch] if member.text in normalized]
        if any(m.group in self._names for m in candidates):
            candidates = self._whole_names(normalized, candidates)
        if len(candidates) > 1:
            candidates = self._outside_names(normalized, candidates)
        runs = set(_ALNUM.findall(normalized))
        if runs or self._latin_other:
            latin: list[_Member] = list(self._latin_other)
            for run in runs:
                latin.extend(self._starting(run))
            latin = [m for m in dict.fromkeys(latin)
                     if m.rare in normalized and m.latin_match(normalized, runs)]
            if len(latin) > 1:
                latin = self._outermost(normalized, latin)
            candidates.extend(latin)
            for run in runs - self._words:
                candidates.extend(self._inflected(run))
            # A one-word member written as two words (micro manage, health care, start-up):
            # each pair of neighbouring words joined, as written or inflected.
            if len(runs) > 1:
                for pair in self._pairs(normalized):
                    if pair in self._words:
                        candidates.extend(m for m in self._starting(pair) if m.text == pair)
                    else:
                        candidates.extend(self._inflected(pair))
        # Each group's first member (in file order) found, in file order.
        candidates.sort(key=_order)
        groups: set[int] = set()
        found = []
        for member in candidates:
            if member.group not in groups:
                groups.add(member.group)
                found.append((member.text, member.others))
        return found
