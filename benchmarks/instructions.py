"""Start-up and per-question cost in instructions (valgrind's callgrind), ours and baseline.

    python benchmarks/instructions.py [--questions N]

The same comparisons as ``search_speed.py`` at the real size (1x), counted in machine
instructions instead of seconds: a count does not depend on what else the machine is
doing, so two runs agree to a fraction of a percent where wall times on a shared machine
can differ by half. Each figure is one interpreter run under ``valgrind --tool=callgrind``
(about 50 times slower than natively; two at a time, which changes no count; about ten
minutes in all on 2 cores):

1. Start-up to first answer: the start-up scripts of ``search_speed.py`` (ours with the
   index cache written by an earlier start, ours building the index, the baseline).
2. Per question: one process builds both matchers, warms both up on 20 questions, then
   asks N questions (from the dev and extra sets, cycled) of ours, of the baseline, or of
   neither; a question's cost is the difference from "neither", divided by N.

Instructions are not time (cache misses, memory and I/O weigh differently), so this
complements the timings, it does not replace them. Needs valgrind on the PATH (Debian:
``apt-get install valgrind``); without it, says so and exits.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_speed  # noqa: E402  (the scripts and the baseline being compared)

ROOT = search_speed.ROOT

PER_QUESTION = """\
import sys
sys.path.insert(0, sys.argv[4])
import search_speed as bench
from bot.services import build_services, settle_heap
services = build_services(config_dir=sys.argv[1], seeds_dir=sys.argv[2])
baseline = bench.Baseline([p.text for p in services.library.passages])
settle_heap()
questions = bench.load_questions()
for q in questions[:bench.WARMUP]:
    services.matcher.search(q)
    baseline.search(q)
ask = {"ours": services.matcher.search, "base": baseline.search, "none": None}[sys.argv[3]]
if ask is not None:
    for i in range(int(sys.argv[5])):
        ask(questions[i % len(questions)])
print("done", flush=True)
"""

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(code: str, *args: str, cache: str = "off") -> int:
    """Instructions executed by a fresh interpreter running ``code`` with ``args``."""
    with tempfile.TemporaryDirectory(prefix="instructions-") as tmp:
        out = Path(tmp) / "callgrind.out"
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
             sys.executable, "-c", code, *args],
            cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, "INTERVIEW_BOT_CACHE": cache})
    found = _COLLECTED.search(proc.stderr)
    if proc.returncode != 0 or not found:
        raise RuntimeError(f"callgrind run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def startup(question: str) -> None:
    print("== Start-up to first answer (instructions, one run each) ==")
    search_speed.compile_bot()
    args = (str(search_speed.CONFIG), str(search_speed.SEEDS), question)
    with tempfile.TemporaryDirectory(prefix="instructions-cache-") as cache:
        # The cache written (and the baseline's jieba cache) by a native start, as the bot's
        # first start.
        subprocess.run([sys.executable, "-c", search_speed.OURS_STARTUP, *args], cwd=ROOT,
                       check=True, capture_output=True,
                       env={**os.environ, "INTERVIEW_BOT_CACHE": cache})
        runs = {"cached": (search_speed.OURS_STARTUP, cache),
                "built": (search_speed.OURS_STARTUP, "off"),
                "base": (search_speed.BASELINE_STARTUP, "off")}
        with ThreadPoolExecutor(2) as pool:
            futures = {name: pool.submit(instructions, code, *args, cache=folder)
                       for name, (code, folder) in runs.items()}
            counts = {name: future.result() for name, future in futures.items()}
    search_speed.print_startup(
        counts, {name: f"{count / 1e9:7.3f} G instructions" for name, count in counts.items()})


def per_question(n: int) -> None:
    print(f"== Per question at 1x (instructions; {n} questions, cycled, after a warm-up) ==")
    args = (str(search_speed.CONFIG), str(search_speed.SEEDS))
    bench_dir = str(Path(__file__).resolve().parent)
    with ThreadPoolExecutor(2) as pool:
        futures = {who: pool.submit(instructions, PER_QUESTION, *args, who, bench_dir, str(n))
                   for who in ("none", "ours", "base")}
        counts = {who: future.result() for who, future in futures.items()}
    ours = (counts["ours"] - counts["none"]) / n
    base = (counts["base"] - counts["none"]) / n
    print(f"  ours {ours / 1e3:8.0f} k instructions per question")
    print(f"  base {base / 1e3:8.0f} k instructions per question")
    print(f"  ratio ours/baseline {ours / base:.2f}  (target: <= 1)")
    print()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=300)
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not on the PATH (Debian: apt-get install valgrind)")
        return
    print(f"instructions: python {sys.version.split()[0]}, callgrind")
    print()
    startup(search_speed.load_questions()[0])
    per_question(args.questions)


if __name__ == "__main__":
    main()
