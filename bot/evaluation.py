"""Scoring the matcher on a question file, so retrieval quality is measured, not guessed.

A question file is a YAML list of ``{kind, q, gold}``; kind is zh, zh-Hant, en (answerable;
correct when the answer's verbatim source contains one of the gold strings) or oos
(off-topic; correct when the bot says it has no answer).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .content.verbatim import fold
from .search import Matcher
from .yaml_errors import YAML_LOADER, yaml_problem

OFF_TOPIC = "oos"


@dataclass
class Miss:
    kind: str
    question: str
    got: str  # the excerpt answered with, or "(no answer)"
    score: float


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    top1: dict[str, float] = field(default_factory=dict)
    top3: dict[str, float] = field(default_factory=dict)
    off_topic_rejected: float = 1.0
    wrongly_rejected: float = 0.0
    misses: list[Miss] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        if self.counts.get("overall"):  # a file may hold off-topic questions only
            out.append(f"{'kind':<9}{'n':>4}{'top-1':>8}{'top-3':>8}")
            for kind in self.top1:
                out.append(f"{kind:<9}{self.counts[kind]:>4}{self.top1[kind]:>8.3f}"
                           f"{self.top3[kind]:>8.3f}")
        n_oos = self.counts.get(OFF_TOPIC, 0)
        out.append(f"off-topic rejected: {self.off_topic_rejected:.3f} (n={n_oos})")
        out.append(f"answerable wrongly rejected: {self.wrongly_rejected:.3f} "
                   f"(n={self.counts.get('overall', 0)})")
        return out


def load_questions(path: str | Path) -> list[dict]:
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        where, reason = yaml_problem(exc)
        raise ValueError(f"{path}: {where}: {reason}") from None
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of questions")
    questions = []
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or \
                not isinstance(item.get("kind"), str):
            raise ValueError(f"{path}: item {n}: needs 'kind' and 'q'")
        if item["kind"] != OFF_TOPIC and not item.get("gold"):
            raise ValueError(f"{path}: item {n}: answerable questions need 'gold' strings")
        questions.append(item)
    return questions


def evaluate(matcher: Matcher, questions: list[dict]) -> Report:
    hits1: dict[str, int] = defaultdict(int)
    hits3: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    rejected_oos = 0
    wrongly_rejected = 0
    report = Report()
    for item in questions:
        kind, question = item["kind"], item["q"]
        result = matcher.search(question, limit=3)
        counts[kind] += 1
        if kind == OFF_TOPIC:
            if not result.answered:
                rejected_oos += 1
            else:
                report.misses.append(Miss(kind, question, result.hits[0].passage.text[:40],
                                          result.hits[0].score))
            continue
        counts["overall"] += 1
        gold = [fold(g) for g in item["gold"]]

        def correct(text: str, gold: list[str] = gold) -> bool:
            folded = fold(text)
            return any(g in folded for g in gold)

        if not result.answered:
            wrongly_rejected += 1
        ranked = [h.passage.text for h in result.hits] if result.answered else []
        first = bool(ranked) and correct(ranked[0])
        any3 = any(correct(text) for text in ranked[:3])
        for key in (kind, "overall"):
            hits1[key] += first
            hits3[key] += any3
        if not first:
            got = ranked[0][:40] if ranked else "(no answer)"
            score = result.hits[0].score if result.hits else 0.0
            report.misses.append(Miss(kind, question, got, score))
    kinds = [k for k in ("zh", "zh-Hant", "en") if counts.get(k)]
    kinds += sorted(k for k in counts if k not in (*kinds, OFF_TOPIC, "overall"))
    kinds.append("overall")
    report.counts = dict(counts)
    for kind in kinds:
        n = counts.get(kind, 0)
        report.top1[kind] = hits1[kind] / n if n else 0.0
        report.top3[kind] = hits3[kind] / n if n else 0.0
    if counts.get(OFF_TOPIC):
        report.off_topic_rejected = rejected_oos / counts[OFF_TOPIC]
    if counts.get("overall"):
        report.wrongly_rejected = wrongly_rejected / counts["overall"]
    return report
