"""Search speed: our matcher against a plain bm25s + jieba baseline.

    python benchmarks/search_speed.py [--quick]

1. Start-up to first answer, in fresh interpreters: ``build_services`` on the real seeds
   and config plus one ``matcher.search``, against a script that reads the same passages
   from the YAML, tokenises them with jieba (after NFKC, case folding and OpenCC t2s),
   builds a bm25s index and answers the same question. Ours is timed as the bot starts,
   reading the index it stored on an earlier start (``bot.search.index_cache``; a warm-up
   run writes it, as it writes the baseline's jieba cache), and also with that cache
   turned off, as on the first start after the content or vocabulary changed.
2. Per-question latency (median, p99) of ``Matcher.search`` against
   ``bm25s.BM25.retrieve(k=3)`` over the same passages, at the real size and at 100x and
   1000x synthetic content (valid interviews generated in a temporary folder and loaded
   through the validating loader), both measured in this process, interleaved, after
   ``settle_heap`` (gc.freeze of what start-up built, as the bot does; it is process-wide
   and so helps the baseline alike).

Timings are printed, never asserted. ``--quick`` runs sizes 1x and 100x with fewer runs
and questions (a smoke run of well under a minute).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CONFIG = ROOT / "config"
QUESTION_FILES = (ROOT / "tests" / "data" / "dev_questions.yaml",
                  ROOT / "tests" / "data" / "extra_questions.yaml")

# -- 1. start-up -----------------------------------------------------------------------

OURS_STARTUP = """\
import sys
from bot.services import build_services
services = build_services(config_dir=sys.argv[1], seeds_dir=sys.argv[2])
result = services.matcher.search(sys.argv[3])
print(len(result.hits), flush=True)
"""

BASELINE_STARTUP = """\
import logging, sys, unicodedata
from pathlib import Path
import bm25s, jieba, opencc, yaml
jieba.setLogLevel(logging.WARNING)
t2s = opencc.OpenCC("t2s")
def tokens(text):
    text = t2s.convert(unicodedata.normalize("NFKC", text).casefold())
    return [w for w in jieba.lcut(text) if any(c.isalnum() for c in w)]
texts = []
for path in sorted(Path(sys.argv[2]).glob("*.yaml")):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts += [p["text"] for s in data["sections"] for p in s["passages"]]
retriever = bm25s.BM25()
retriever.index([tokens(t) for t in texts], show_progress=False)
docs, _ = retriever.retrieve([tokens(sys.argv[3])], k=3, show_progress=False)
print(len(docs[0]), flush=True)
"""


def _first_answer_seconds(code: str, question: str, cache: str = "off") -> float:
    """Wall time from starting a fresh interpreter to its first answer on stdout
    (``cache``: our index cache's folder, or off)."""
    env = {**os.environ, "INTERVIEW_BOT_CACHE": cache}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(CONFIG), str(SEEDS), question],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    elapsed = time.perf_counter() - start
    _, err = proc.communicate()
    if proc.returncode != 0 or not line.strip():
        raise RuntimeError(f"start-up script failed (exit {proc.returncode}):\n{err}")
    return elapsed


STARTUP_LABELS = {"cached": "ours     (build_services + search)",
                  "built": "ours, index cache off (builds it)",
                  "base": "baseline (yaml + jieba + bm25s + t2s)"}


def compile_bot() -> None:
    """Both sides start from bytecode, as an installed package does: the libraries have
    theirs from pip, and the bot's own is written here, since an interpreter run with
    PYTHONDONTWRITEBYTECODE (set on some machines) would otherwise compile it from source
    on every start."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "bot")], check=True)


def print_startup(values: dict[str, float], shown: dict[str, str]) -> None:
    """One line per start-up (STARTUP_LABELS' keys) with what ``shown`` says of it, then
    the ratios against the baseline."""
    for name, label in STARTUP_LABELS.items():
        print(f"  {label:<39} {shown[name]}")
    print(f"  ratio ours/baseline {values['cached'] / values['base']:.2f}  (target <= 1.2); "
          f"with the index built: {values['built'] / values['base']:.2f}")
    print()


def startup(question: str, runs: int) -> None:
    print(f"== Start-up to first answer (fresh interpreter, median of {runs}) ==")
    compile_bot()
    # Ours as the bot starts (its index cache, in a folder of this run, written by the
    # warm-up run) and with no cache (the first start on new content builds the index).
    with tempfile.TemporaryDirectory(prefix="search-speed-cache-") as cache:
        series = {"cached": (OURS_STARTUP, cache), "built": (OURS_STARTUP, "off"),
                  "base": (BASELINE_STARTUP, "off")}
        for code, folder in series.values():  # warm disk cache, baseline's jieba.cache, ours
            _first_answer_seconds(code, question, folder)
        times: dict[str, list[float]] = {name: [] for name in series}
        for i in range(runs):  # rotate the order so drift hits all alike
            names = list(series)[i % 3:] + list(series)[:i % 3]
            for name in names:
                code, folder = series[name]
                times[name].append(_first_answer_seconds(code, question, folder))
    med = {name: float(np.median(values)) for name, values in times.items()}
    print_startup(med, {name: f"{med[name]:6.3f} s   runs: "
                              f"{' '.join(f'{t:.3f}' for t in times[name])}" for name in med})


# -- synthetic content ---------------------------------------------------------------

_ZH_SENTENCE = re.compile(r".+?(?:[。!?;!?;…]+[”’」』)]*|$)")
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_EN_TOKEN = re.compile(r"[A-Za-z]+|[^A-Za-z]+")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
_SUFFIXES = ("生物", "医药", "资本", "科技", "制药", "基因", "医疗", "药业", "创投", "健康")
_SYLLABLES = ("zhen", "yu", "bai", "tu", "kang", "hua", "xin", "rui", "bo", "tai", "heng",
              "jun", "lian", "ming", "an", "ke", "sheng", "yuan", "qi", "da", "feng", "lin")
_TOPICS = ("出海", "融资", "临床", "估值", "并购", "授权", "退出", "研发", "合规", "生态")


def _is_cjk_word(text: str) -> bool:
    return bool(_CJK_WORD.fullmatch(text))


class Synth:
    """Recombines the real interview's sentences with fresh words, names, codes and numbers.

    About a third of the content words of each recombined sentence are replaced: Chinese
    ones by words drawn from jieba's dictionary in proportion to their frequency, English
    ones by made-up words drawn from a Zipf distribution. So the synthetic content has a
    growing vocabulary and realistic word frequencies, not 1000 copies of the same words.
    """

    def __init__(self, seed: int = 20251125) -> None:
        import jieba

        self.rng = random.Random(seed)
        zh: list[str] = []
        en: list[str] = []
        for path in sorted(SEEDS.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for section in data["sections"]:
                texts = [(p["text"], p["en"]) for p in section["passages"]]
                texts.append((section["summary"]["zh"], section["summary"]["en"]))
                for text_zh, text_en in texts:
                    for line in text_zh.split("\n"):
                        zh += [s.strip() for s in _ZH_SENTENCE.findall(line) if len(s) >= 8]
                    en += [s.strip() for s in _EN_SENTENCE.split(text_en) if s.strip()]
        self.zh = [jieba.lcut(s) for s in dict.fromkeys(zh) if len(s) <= 120]
        self.en = [_EN_TOKEN.findall(s) for s in dict.fromkeys(en)]
        self.chars = sorted({c for s in self.zh for w in s for c in w if _is_cjk_word(c)})
        # Chinese content words of the general language, with their jieba frequencies.
        words, freqs = [], []
        with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as dictionary:
            for line in dictionary:
                word, freq, tag = line.split()
                if 2 <= len(word) <= 4 and tag[0] in "nva" and _is_cjk_word(word):
                    words.append(word)
                    freqs.append(int(freq))
        self.zh_words = words
        self.zh_cum = list(itertools.accumulate(freqs))
        # English: 40,000 made-up words spliced from real ones, ranked Zipf-like.
        real = sorted({w.lower() for s in self.en for w in s if w.isalpha() and len(w) >= 5})
        made: set[str] = set()
        while len(made) < 40_000:
            a, b = self.rng.sample(real, 2)
            made.add(a[:self.rng.randint(2, len(a) - 2)] + b[self.rng.randint(1, len(b) - 2):])
        self.en_words = sorted(made)
        self.rng.shuffle(self.en_words)
        self.en_cum = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(made))))

    def vary_zh(self, tokens: list[str]) -> str:
        r = self.rng
        return "".join(r.choices(self.zh_words, cum_weights=self.zh_cum)[0]
                       if len(t) >= 2 and _is_cjk_word(t) and r.random() < 0.35 else t
                       for t in tokens)

    def vary_en(self, tokens: list[str]) -> str:
        r = self.rng
        out = []
        for t in tokens:
            if len(t) >= 5 and t.isalpha() and r.random() < 0.35:
                word = r.choices(self.en_words, cum_weights=self.en_cum)[0]
                t = word.capitalize() if t[0].isupper() else word
            out.append(t)
        return "".join(out)

    def name(self) -> tuple[str, str]:
        r = self.rng
        zh = "".join(r.choices(self.chars, k=2)) + r.choice(_SUFFIXES)
        en = "".join(r.choices(_SYLLABLES, k=r.randint(2, 3))).capitalize() + " " + \
            r.choice(("Bio", "Pharma", "Capital", "Therapeutics", "Medical"))
        return zh, en

    def fact(self) -> tuple[str, str]:
        r = self.rng
        name_zh, name_en = self.name()
        year, n = r.randint(2001, 2035), r.randint(2, 999)
        code = f"{r.choice('ABCDEFGHJKLMNPRSTXYZ')}{r.choice('ABCDEFGHJKLMNPRSTXYZ')}-{n}"
        return r.choice((
            (f"{year}年,{name_zh}完成了{n}亿元融资。",
             f"In {year}, {name_en} raised {n} hundred million yuan."),
            (f"{name_zh}的{code}项目已进入{r.choice('一二三')}期临床。",
             f"{name_en}'s {code} programme has entered phase {r.randint(1, 3)} trials."),
            (f"{name_zh}已在{n % 60 + 2}个国家开展合作,覆盖{n}家医院。",
             f"{name_en} now works in {n % 60 + 2} countries with {n} hospitals."),
            (f"截至{year}年,{name_zh}的{code}授权交易总额约{n}亿美元。",
             f"By {year}, {name_en}'s {code} licensing deals totalled about ${n}00 million."),
        ))

    def paragraph(self, max_chars: int = 300) -> tuple[str, str]:
        r = self.rng
        fact_zh, fact_en = self.fact()  # keeps every paragraph new
        zh = [fact_zh, *(self.vary_zh(s) for s in r.sample(self.zh, r.randint(1, 2)))]
        en = [fact_en, *(self.vary_en(s) for s in r.sample(self.en, r.randint(1, 2)))]
        r.shuffle(zh)
        r.shuffle(en)
        while len("".join(zh)) > max_chars and len(zh) > 1:
            zh.pop()
        return "".join(zh)[:max_chars], " ".join(en)

    def interview(self, ident: str, n_passages: int) -> tuple[str, str]:
        """(YAML, source text) of one valid interview with ``n_passages`` passages."""
        r = self.rng
        q = json.dumps  # a JSON string is a valid YAML double-quoted scalar
        person_zh = "".join(r.choices(self.chars, k=3))
        person_en = "".join(r.choices(_SYLLABLES, k=2)).capitalize() + " " + \
            "".join(r.choices(_SYLLABLES, k=2)).capitalize()
        org_zh, org_en = self.name()
        title_zh = f"{org_zh}{person_zh}访谈{ident}"
        source: list[str] = []  # no title line: fewer lines for the loader to compare
        out = [
            f"id: {ident}",
            f"source: {ident}.txt",
            "language: zh",
            "metadata:",
            f"  title: {{zh: {q(title_zh, ensure_ascii=False)}, en: \"Interview {ident}\"}}",
            f"  interviewee: {{zh: {person_zh}, en: {person_en}}}",
            f"  role: {{zh: {org_zh}合伙人, en: \"Partner, {org_en}\"}}",
            f"  organisation: {{zh: {org_zh}, en: {org_en}}}",
            "  outlet: {zh: 合成媒体, en: Synthetic Media}",
            f"  date: \"20{r.randint(10, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\"",
            "sections:",
        ]
        sizes: list[int] = []
        left = n_passages
        while left > 0:  # sections of 3-5 passages (the real one: 35 in 6)
            take = min(left, r.randint(3, 5))
            sizes.append(take)
            left -= take
        seen: set[str] = set()
        for s_index, size in enumerate(sizes):
            topic = r.choice(_TOPICS)
            heading = None if s_index == 0 else f"第{s_index}部分 {org_zh}谈{topic}"
            if heading:
                source.append(heading)
            sum_zh = "".join(self.vary_zh(s) for s in r.sample(self.zh, 2))
            sum_en = " ".join(self.vary_en(s) for s in r.sample(self.en, 2))
            out += [
                f"  - id: s{s_index}",
                f"    heading: {q(heading, ensure_ascii=False) if heading else 'null'}",
                f"    title: {{zh: {topic}{s_index}, en: \"Part {s_index}\"}}",
                "    summary:",
                f"      zh: {q(sum_zh, ensure_ascii=False)}",
                f"      en: {q(sum_en, ensure_ascii=False)}",
                "    passages:",
            ]
            quote = ""
            for p_index in range(size):
                two = r.random() < 0.1  # some passages are two short paragraphs
                paras = []
                for _ in range(2 if two else 1):
                    zh, en = self.paragraph(150 if two else 300)
                    while zh in seen:
                        zh, en = self.paragraph(150 if two else 300)
                    seen.add(zh)
                    paras.append((zh, en))
                source += [zh for zh, _ in paras]
                text = "\n".join(zh for zh, _ in paras)
                en = "\n".join(e for _, e in paras)
                out += [
                    f"      - id: p{s_index}x{p_index}",
                    f"        text: {q(text, ensure_ascii=False)}",
                    f"        en: {q(en, ensure_ascii=False)}",
                ]
                if not quote:
                    quote = next((s for s in _ZH_SENTENCE.findall(paras[0][0])
                                  if len(s.strip()) >= 8), "").strip()
            if quote:
                out += [
                    "    quotes:",
                    f"      - id: q{s_index}",
                    f"        text: {q(quote, ensure_ascii=False)}",
                    "        en: \"A key sentence.\"",
                ]
        return "\n".join(out) + "\n", "\n".join(source) + "\n"


def write_seeds(folder: Path, synth: Synth, n_passages: int, chunks: int) -> list[Path]:
    """Interviews of 4-7 passages, spread over ``chunks`` sub-folders (each a seeds folder)."""
    dirs = [folder / f"part{i}" for i in range(chunks)]
    for d in dirs:
        d.mkdir(parents=True)
    made = i = 0
    while made < n_passages:
        n = min(n_passages - made, synth.rng.randint(4, 7))
        ident = f"syn-{i:05d}"
        text, source = synth.interview(ident, n)
        d = dirs[i % chunks]
        (d / f"{ident}.yaml").write_text(text, encoding="utf-8")
        (d / f"{ident}.txt").write_text(source, encoding="utf-8")
        made += n
        i += 1
    return dirs


def _load_interviews(folder: str) -> tuple:
    from bot.content import load_library

    return load_library(folder).interviews


def load_seeds(dirs: list[Path], workers: int = 2):
    """Load and validate each sub-folder with the project's loader, in parallel."""
    from bot.content import Library

    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(_load_interviews, [str(d) for d in dirs]))
    library = Library(tuple(i for part in parts for i in part))
    ids = [i.id for i in library.interviews]
    assert len(ids) == len(set(ids)), "duplicate interview ids"
    return library


# -- 2. per-question latency -----------------------------------------------------------


class Baseline:
    """Plain BM25: jieba words (NFKC, case folding, OpenCC t2s first) indexed by bm25s."""

    def __init__(self, texts: list[str]) -> None:
        import bm25s
        import jieba
        import opencc

        self._t2s = opencc.OpenCC("t2s")
        self._jieba = jieba
        self.retriever = bm25s.BM25()
        self.retriever.index([self.tokens(t) for t in texts], show_progress=False)

    def tokens(self, text: str) -> list[str]:
        text = self._t2s.convert(unicodedata.normalize("NFKC", text).casefold())
        return [w for w in self._jieba.lcut(text) if any(c.isalnum() for c in w)]

    def search(self, question: str):
        return self.retriever.retrieve([self.tokens(question)], k=3, show_progress=False)


def load_questions() -> list[str]:
    questions: list[str] = []
    for path in QUESTION_FILES:
        questions += [item["q"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return questions


WARMUP = 20  # questions asked of both before timing


def latency(ours: Callable[[str], object], base: Callable[[str], object],
            questions: list[str], n: int, warmup: int = WARMUP
            ) -> tuple[list[float], list[float]]:
    for q in questions[:warmup]:
        ours(q)
        base(q)
    t_ours: list[float] = []
    t_base: list[float] = []
    gc.collect()
    for i in range(n):
        q = questions[i % len(questions)]
        pair = ((ours, t_ours), (base, t_base))
        for fn, out in pair if i % 2 == 0 else pair[::-1]:
            start = time.perf_counter()
            fn(q)
            out.append(time.perf_counter() - start)
    return t_ours, t_base


def _ms(values: list[float]) -> tuple[float, float]:
    return float(np.median(values)) * 1e3, float(np.percentile(values, 99)) * 1e3


def _by_novelty(t_ours: list[float], t_base: list[float], distinct: int) -> str:
    """The timed runs (see latency) split into questions asked for the first time, which
    is when their words' concepts are worked out (the runs after the warm-up's questions
    up to the end of the first pass over all ``distinct`` ones), and questions asked
    again, with their ratios: p99 is mostly the former."""
    parts = []
    first = range(WARMUP, min(distinct, len(t_ours)))
    again = [i for i in range(len(t_ours)) if i not in first]
    for label, picked in (("first time", first), ("again", again)):
        if picked:
            (om, op), (bm, bp) = (_ms([t[i] for i in picked]) for t in (t_ours, t_base))
            parts.append(f"{label} {len(picked)}: ours {om:.2f} / {op:.2f}, base {bm:.2f} / "
                         f"{bp:.2f}, ratio {om / bm:.2f} / {op / bp:.2f}")
    return "; ".join(parts)


def per_question(sizes: list[int], n_questions: int) -> None:
    import jieba

    from bot.config import load_settings
    from bot.content import load_library
    from bot.search import Matcher, Synonyms, TextProcessor
    from bot.services import settle_heap

    jieba.setLogLevel(30)
    jieba.initialize()
    settings = load_settings(config_dir=CONFIG, seeds_dir=SEEDS)
    questions = load_questions()
    real_passages = None
    synth = Synth()

    print(f"== Per-question latency: {n_questions} questions (from {len(questions)}, cycled), "
          "interleaved, after a warm-up ==")
    print("  1x = the real seeds; 100x/1000x = synthetic interviews. load = (generate and)")
    print("  validate with bot.content, 2 processes; idx = index build only")
    header = (f"  {'size':>5} {'passages':>8} {'load s':>7} {'ours idx s':>10} "
              f"{'base idx s':>10} {'ours med/p99 ms':>16} {'base med/p99 ms':>16} "
              f"{'ratio med/p99':>13}")
    print(header)
    print("  " + "-" * (len(header) - 2))
    novelty: list[str] = []
    for size in sizes:
        start = time.perf_counter()
        if size == 1:
            library = load_library(SEEDS)
            real_passages = len(library.passages)
        else:
            with tempfile.TemporaryDirectory(prefix="search-speed-") as tmp:
                target = size * (real_passages or 35)
                dirs = write_seeds(Path(tmp), synth, target, chunks=8)
                library = load_seeds(dirs)
        load_s = time.perf_counter() - start

        # A fresh processor per size, as at start-up: no caches warmed by a smaller size.
        processor = TextProcessor(settings.userdict)
        synonyms = Synonyms.load(settings.synonyms, processor)
        gc.collect()
        start = time.perf_counter()
        matcher = Matcher(library, processor, synonyms, settings.answer_threshold,
                          settings.alternatives)
        ours_idx = time.perf_counter() - start
        gc.collect()
        start = time.perf_counter()
        baseline = Baseline([p.text for p in library.passages])
        base_idx = time.perf_counter() - start

        settle_heap()  # as build_services does at start-up; process-wide, so for both
        t_ours, t_base = latency(matcher.search, baseline.search, questions, n_questions)
        gc.unfreeze()
        (om, op), (bm, bp) = _ms(t_ours), _ms(t_base)
        print(f"  {f'{size}x':>5} {len(library.passages):>8} {load_s:>7.1f} {ours_idx:>10.2f} "
              f"{base_idx:>10.2f} {f'{om:.2f} / {op:.2f}':>16} {f'{bm:.2f} / {bp:.2f}':>16} "
              f"{f'{om / bm:.2f} / {op / bp:.2f}':>13}", flush=True)
        novelty.append(f"  {f'{size}x':>5} {_by_novelty(t_ours, t_base, len(questions))}")
        del matcher, baseline, library
    print("  ratio = ours / baseline (target: <= 1 at every size)")
    print("  the same runs, questions asked for the first time and again (med / p99 ms):")
    print("\n".join(novelty))
    print()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="sizes 1x and 100x only, fewer runs and questions (smoke run)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    questions = load_questions()
    print(f"search_speed: python {sys.version.split()[0]}, "
          f"{'quick' if args.quick else 'full'} run")
    print()
    startup(questions[0], runs=3 if args.quick else 5)
    per_question([1, 100] if args.quick else [1, 100, 1000], 60 if args.quick else 300)
    print(f"total {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
