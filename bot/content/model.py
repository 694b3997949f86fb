"""Plain data objects for interview content.

Every ``text`` held here is an exact slice of the interview's source file: the loader
replaces what the YAML says with the matching source characters, so nothing shown as
the interviewee's words can drift from the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Localized:
    """A piece of editorial text in Chinese and English (never the interviewee's words)."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class Passage:
    """One paragraph (or two short neighbours) of the source, verbatim."""

    key: str  # globally unique and stable: "<interview id>:<passage id>"
    id: str
    interview_id: str
    section_id: str
    text: str
    en: str  # English rendering: a translation, labelled as such when shown
    # Questions readers ask that this passage answers, one per line (editorial, optional):
    # indexed for search in their words, which are often not the passage's; never shown.
    asks: str = ""


@dataclass(frozen=True)
class Quote:
    """A key sentence of the source worth sending alone, verbatim."""

    key: str
    id: str
    interview_id: str
    section_id: str
    text: str
    en: str
    passage_key: str  # the passage that contains it
    # Inside quotation marks in the source: the interviewee's own words. Otherwise the
    # writer's (narration, reported speech), and never shown as the interviewee's.
    said: bool = False


@dataclass(frozen=True)
class Section:
    key: str
    id: str
    interview_id: str
    title: Localized
    summary: Localized
    passages: tuple[Passage, ...]
    quotes: tuple[Quote, ...]
    # Whether the source gives it a heading: one without (an introduction, a closing) is
    # named by its place in the article, which its title says.
    headed: bool = True


@dataclass(frozen=True)
class Metadata:
    title: Localized
    interviewee: Localized
    role: Localized
    organisation: Localized
    outlet: Localized
    date: str
    url: str | None = None


@dataclass(frozen=True)
class Interview:
    id: str
    metadata: Metadata
    sections: tuple[Section, ...]
    examples: Localized | None = None  # newline-separated example questions, optional
    source_file: str = ""


@dataclass
class Library:
    """All interviews, with lookups by stable key (used in callback data)."""

    interviews: tuple[Interview, ...]
    passages: tuple[Passage, ...] = field(init=False)
    quotes: tuple[Quote, ...] = field(init=False)
    sections: tuple[Section, ...] = field(init=False)
    _by_key: dict[str, object] = field(init=False, repr=False)
    _quotes_in: dict[str, tuple[Quote, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.sections = tuple(s for i in self.interviews for s in i.sections)
        self.passages = tuple(p for s in self.sections for p in s.passages)
        self.quotes = tuple(q for s in self.sections for q in s.quotes)
        self._by_key = {}
        by_passage: dict[str, list[Quote]] = {}
        for quote in self.quotes:
            by_passage.setdefault(quote.passage_key, []).append(quote)
        self._quotes_in = {key: tuple(quotes) for key, quotes in by_passage.items()}
        for item in (*self.interviews, *self.sections, *self.passages, *self.quotes):
            key = item.id if isinstance(item, Interview) else item.key
            self._by_key[key] = item

    def _lookup(self, key: str, kind: type[_T]) -> _T | None:
        item = self._by_key.get(key)
        return item if isinstance(item, kind) else None

    def interview(self, interview_id: str) -> Interview | None:
        return self._lookup(interview_id, Interview)

    def section(self, key: str) -> Section | None:
        return self._lookup(key, Section)

    def passage(self, key: str) -> Passage | None:
        return self._lookup(key, Passage)

    def quote(self, key: str) -> Quote | None:
        return self._lookup(key, Quote)

    def quotes_in(self, passage: Passage) -> tuple[Quote, ...]:
        """The key quotes taken from a passage, in content order."""
        return self._quotes_in.get(passage.key, ())

    def section_of(self, item: Passage | Quote) -> Section:
        section = self.section(f"{item.interview_id}:{item.section_id}")
        assert section is not None  # guaranteed by the loader
        return section

    def interview_of(self, item: Passage | Quote | Section) -> Interview:
        interview = self.interview(item.interview_id)
        assert interview is not None
        return interview
