"""Load and validate interview content from a seeds folder.

A seeds folder holds, per interview, a YAML description and the source text it names.
Loading validates everything (verbatim text, paragraph coverage, ids, required fields)
and refuses to return a library with any problem in it: the bot never serves content it
cannot prove is quoted exactly.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from ..yaml_errors import YAML_LOADER, yaml_problem
from .model import Interview, Library, Localized, Metadata, Passage, Quote, Section
from .verbatim import FoldedText, fold, in_quotation_marks

logger = logging.getLogger(__name__)

MAX_PASSAGE_CHARS = 320
# Ids end up in callback data (at most 64 bytes), so they are kept short.
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")
_INTERVIEW_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$")


@dataclass(frozen=True)
class Problem:
    file: str
    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.item}: {self.reason}"


class ContentError(Exception):
    """Raised when content does not validate; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_library(seeds_dir: str | Path) -> Library:
    library, problems = validate(seeds_dir)
    if problems or library is None:
        raise ContentError(problems)
    return library


def validate(seeds_dir: str | Path) -> tuple[Library | None, list[Problem]]:
    """Check every interview in ``seeds_dir``; return the library (if clean) and problems."""
    seeds = Path(seeds_dir)
    if not seeds.is_dir():
        return None, [Problem(str(seeds), "folder", "does not exist or is not a folder")]
    files = sorted(p for p in seeds.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not files:
        return None, [Problem(str(seeds), "folder", "no interview YAML files found")]
    problems: list[Problem] = []
    interviews: list[Interview] = []
    seen_ids: dict[str, str] = {}
    for path in files:
        checker = _InterviewChecker(path)
        interview = checker.run()
        problems.extend(checker.problems)
        if interview is None:
            continue
        if interview.id in seen_ids:
            problems.append(Problem(path.name, f"id {interview.id}",
                                    f"duplicate interview id (also in {seen_ids[interview.id]})"))
            continue
        seen_ids[interview.id] = path.name
        interviews.append(interview)
    if problems:
        return None, problems
    return Library(tuple(interviews)), []


class _InterviewChecker:
    """Validates one interview file, collecting problems instead of stopping at the first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.name
        self.problems: list[Problem] = []
        # Folded source paragraph -> its indexes, so each lookup is one dictionary access.
        self._by_fold: dict[str, list[int]] = {}
        self._folded_passages: dict[str, FoldedText] = {}

    def problem(self, item: str, reason: str) -> None:
        self.problems.append(Problem(self.file, item, reason))

    # -- field helpers ---------------------------------------------------------------
    def text_field(self, data: Any, name: str, item: str) -> str:
        value = data.get(name) if isinstance(data, dict) else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(item, f"missing or empty field '{name}'")
            return ""
        return value.strip()

    def localized(self, data: Any, name: str, item: str) -> Localized:
        value = data.get(name) if isinstance(data, dict) else None
        if not isinstance(value, dict):
            self.problem(item, f"missing field '{name}' (needs zh and en)")
            return Localized("", "")
        return Localized(self.text_field(value, "zh", f"{item} {name}"),
                         self.text_field(value, "en", f"{item} {name}"))

    def asks(self, data: Any, item: str) -> str:
        """A passage's optional reader questions ({zh: [...], en: [...]}, either language
        may be left out), one per line."""
        value = data.get("asks") if isinstance(data, dict) else None
        if value is None:
            return ""
        if not isinstance(value, dict) or not value or set(value) - {"zh", "en"} or not all(
                isinstance(v, list) and all(isinstance(q, str) and q.strip() for q in v)
                for v in value.values()):
            self.problem(item, "field 'asks' must have zh and/or en lists of questions")
            return ""
        return "\n".join(q.strip() for lang in ("zh", "en") for q in value.get(lang, ()))

    def ident(self, data: Any, item: str, seen: set[str]) -> str:
        value = self.text_field(data, "id", item)
        if value and not _ID_RE.match(value):
            self.problem(item, f"id '{value}' must be 1-16 letters, digits, '-' or '_'")
        elif value in seen:
            self.problem(item, f"duplicate id '{value}'")
        seen.add(value)
        return value

    def entries(self, section: dict, s_item: str, kind: str, seen: set[str],
                required: bool) -> Iterator[tuple[str, str, dict]]:
        """(item name, id, mapping) for each entry of a section's passages or quotes."""
        values = section.get(f"{kind}s")
        if values is None and not required:
            return
        if not isinstance(values, list) or (required and not values):
            self.problem(s_item, f"needs a list of {kind}s" + (" (at least one)"
                                                                 if required else ""))
            return
        yield from self.items(values, f"{s_item} {kind}", kind, seen)

    def items(self, values: list, prefix: str, kind: str,
              seen: set[str]) -> Iterator[tuple[str, str, dict]]:
        """Each mapping of a list with its id checked, named "<kind> <id>" in problems."""
        for index, data in enumerate(values, 1):
            item = f"{prefix} #{index}"
            if not isinstance(data, dict):
                self.problem(item, "must be a mapping")
                continue
            ident = self.ident(data, item, seen)
            yield f"{kind} {ident or '#' + str(index)}", ident, data

    # -- main ----------------------------------------------------------------------
    def run(self) -> Interview | None:
        try:
            raw = self.path.read_text(encoding="utf-8")
            data = yaml.load(raw, Loader=YAML_LOADER)
        except UnicodeDecodeError as exc:
            self.problem("file", f"not UTF-8 text ({exc.reason})")
            return None
        except yaml.YAMLError as exc:
            where, reason = yaml_problem(exc)
            self.problem(where, f"YAML does not parse: {reason}")
            return None
        if not isinstance(data, dict):
            self.problem("file", "top level must be a mapping with id, source, metadata, sections")
            return None

        interview_id = self.text_field(data, "id", "interview")
        if interview_id and not _INTERVIEW_ID_RE.match(interview_id):
            self.problem("interview",
                         f"id '{interview_id}' must be 1-24 letters, digits, '-' or '_'")
        source_name = self.text_field(data, "source", "interview")
        source_text = None
        if source_name:
            source_path = self.path.parent / source_name
            try:
                source_text = source_path.read_text(encoding="utf-8")
            except FileNotFoundError:
                self.problem("source", f"source file '{source_name}' not found beside the YAML")
            except UnicodeDecodeError:
                self.problem("source", f"source file '{source_name}' is not UTF-8 text")

        meta = data.get("metadata")
        metadata = Metadata(
            title=self.localized(meta, "title", "metadata"),
            interviewee=self.localized(meta, "interviewee", "metadata"),
            role=self.localized(meta, "role", "metadata"),
            organisation=self.localized(meta, "organisation", "metadata"),
            outlet=self.localized(meta, "outlet", "metadata"),
            date=self.text_field(meta, "date", "metadata"),
            url=meta.get("url") if isinstance(meta, dict) else None,
        )
        if metadata.date and not re.match(r"^\d{4}-\d{2}-\d{2}$", metadata.date):
            self.problem("metadata", f"date '{metadata.date}' must be YYYY-MM-DD")

        examples = None
        if data.get("examples") is not None:
            ex = data["examples"]
            ok = isinstance(ex, dict) and all(
                isinstance(ex.get(k), list) and all(isinstance(q, str) for q in ex[k])
                for k in ("zh", "en"))
            if ok:
                examples = Localized("\n".join(ex["zh"]), "\n".join(ex["en"]))
            else:
                self.problem("examples", "must have zh and en lists of questions")

        skip = data.get("skip") or []
        if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
            self.problem("skip", "must be a list of source lines")
            skip = []

        sections_data = data.get("sections")
        if not isinstance(sections_data, list) or not sections_data:
            self.problem("sections", "missing or empty list of sections")
            return None

        folded = FoldedText(source_text) if source_text is not None else None
        paragraphs = _paragraphs(source_text) if source_text is not None else []
        for i, (_, line) in enumerate(paragraphs):
            self._by_fold.setdefault(fold(line), []).append(i)
        section_ids: set[str] = set()
        passage_ids: set[str] = set()
        quote_ids: set[str] = set()
        covered: dict[int, str] = {}  # paragraph index -> passage id
        headings: set[int] = set()
        sections: list[Section] = []

        for s_item, sid, s_data in self.items(sections_data, "section", "section", section_ids):
            title = self.localized(s_data, "title", s_item)
            summary = self.localized(s_data, "summary", s_item)
            heading = s_data.get("heading")
            if heading is not None:
                found = self._by_fold.get(fold(str(heading)), [])
                if source_text is not None and not found:
                    self.problem(s_item, f"heading '{heading}' is not a line of the source")
                headings.update(found)

            passages: list[Passage] = []
            for p_item, pid, p_data in self.entries(s_data, s_item, "passage", passage_ids,
                                                    required=True):
                text = self.text_field(p_data, "text", p_item)
                en = self.text_field(p_data, "en", p_item)
                asks = self.asks(p_data, p_item)
                exact = self.check_passage(p_item, pid, text, paragraphs, covered, source_text)
                if exact is not None and len(exact) > MAX_PASSAGE_CHARS:
                    self.problem(p_item, f"is {len(exact)} characters; at most "
                                         f"{MAX_PASSAGE_CHARS} allowed")
                passages.append(Passage(f"{interview_id}:{pid}", pid, interview_id, sid,
                                        exact or text, en, asks))

            quotes: list[Quote] = []
            for q_item, qid, q_data in self.entries(s_data, s_item, "quote", quote_ids,
                                                    required=False):
                text = self.text_field(q_data, "text", q_item)
                en = self.text_field(q_data, "en", q_item)
                exact, passage_key, said = text, "", False
                if text and folded is not None:
                    exact, passage_key, said = self.check_quote(q_item, text, passages, folded)
                quotes.append(Quote(f"{interview_id}:{qid}", qid, interview_id, sid, exact, en,
                                    passage_key, said))
            sections.append(Section(f"{interview_id}:{sid}", sid, interview_id, title, summary,
                                    tuple(passages), tuple(quotes), heading is not None))

        if source_text is not None:
            skipped = {i for s in skip for i in self._by_fold.get(fold(s), [])}
            for i, (line_no, line) in enumerate(paragraphs):
                if i in covered or i in headings or i in skipped:
                    continue
                preview = line if len(line) <= 30 else line[:30] + "…"
                self.problem(f"source line {line_no}",
                             f"paragraph not covered by any passage: {preview}")
        if self.problems:
            return None
        return Interview(interview_id, metadata, tuple(sections), examples, source_name)

    def check_passage(self, item: str, pid: str, text: str,
                      paragraphs: list[tuple[int, str]], covered: dict[int, str],
                      source_text: str | None) -> str | None:
        """A passage is one or more consecutive whole source paragraphs, each used once."""
        if not text or source_text is None:
            return None
        parts = [p for p in text.split("\n") if p.strip()]
        indexes: list[int] = []
        for n, part in enumerate(parts, 1):
            match = self._by_fold.get(fold(part), [])
            label = f"paragraph {n}" if len(parts) > 1 else "text"
            if not match:
                hint = _closest(part, source_text)
                self.problem(item, f"{label} is not a whole paragraph of the source, verbatim"
                                   + (f" (closest source text: {hint})" if hint else ""))
                return None
            free = [i for i in match if i not in covered] or match
            indexes.append(free[0])
        if any(b != a + 1 for a, b in zip(indexes, indexes[1:], strict=False)):
            self.problem(item, "its paragraphs are not consecutive in the source")
        for i in indexes:
            if i in covered:
                self.problem(item, f"source line {paragraphs[i][0]} is already in passage "
                                   f"{covered[i]}")
            else:
                covered[i] = pid
        return "\n".join(paragraphs[i][1] for i in indexes)

    def check_quote(self, item: str, text: str, passages: list[Passage],
                    folded: FoldedText) -> tuple[str, str, bool]:
        """A quote must occur verbatim in a passage of its own section: its exact text,
        that passage, and whether it is inside quotation marks there."""
        for passage in passages:
            folded_passage = self._folded_passages.get(passage.key)
            if folded_passage is None:
                folded_passage = self._folded_passages[passage.key] = FoldedText(passage.text)
            span = folded_passage.find(text)
            if span is not None:
                return (passage.text[span[0]:span[1]], passage.key,
                        in_quotation_marks(passage.text, *span))
        if folded.find(text) is not None:
            self.problem(item, "occurs in the source but not in a passage of its section")
        else:
            hint = _closest(text, folded.text)
            self.problem(item, "does not occur verbatim in the source"
                               + (f" (closest source text: {hint})" if hint else ""))
        return text, "", False


def _paragraphs(source: str) -> list[tuple[int, str]]:
    """Non-empty source lines as (1-based line number, stripped text)."""
    return [(n, line.strip()) for n, line in enumerate(source.splitlines(), 1) if line.strip()]


def _closest(excerpt: str, source: str) -> str:
    """The source text nearest to a mistyped excerpt, to make the error easy to fix."""
    if not excerpt:
        return ""
    result = fuzz.partial_ratio_alignment(fold(excerpt), source, score_cutoff=60)
    if result is None:
        return ""
    snippet = source[result.dest_start:result.dest_end]
    return snippet if len(snippet) <= 60 else snippet[:60] + "…"
