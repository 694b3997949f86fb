"""The real bot through the Bot API emulator, next to the PTB echo bot baseline.

One emulator (node launcher.js on 127.0.0.1), three bot processes, each with its own token:

- bot:            `python -m bot run` with the project's limits (AIORateLimiter at
                  limits.messages_per_second, 30/s);
- bot, limiter raised: the same with limits.messages_per_second = 10000 and the per-chat
                  pacing off, to show what the sending limits cost;
- echo:           tests/e2e/echo_bot.py, the floor (emulator + long polling + PTB dispatch),
                  as in benchmarks/emulator_echo.py.

Measured:

1. round trip (user message -> the bot's reply), one question at a time from 50 users in
   turn (a chat is paced at ~1 message/s, as Telegram requires), median and p99 over 200
   questions (the `q` fields of tests/data/dev_questions.yaml and
   extra_questions.yaml, cycled), for each bot;
2. throughput: 50 users asking at once (one thread each, every user asks 4 questions one after
   the other = 200 answers), answers per second over the wall time, plus the median and p99
   round trip under that load.

Both tables show the wall time and the CPU seconds the bot, the emulator and this process (the
simulated users' threads) used during the measurement, to see who is the bottleneck.

The bots run with a copy of config/ in a temporary folder (DATABASE_URL in it too, LOG_LEVEL
WARNING): limits.questions_per_minute (per user) is raised there, because one benchmark user
asks far faster than a person may; everything else is the project's.

    python benchmarks/telegram_round_trip.py [--quick] [--keep]

--quick: 40 questions and 10 users. Needs node and `npm ci --prefix tests/e2e`.
Timings are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml
from emulator_echo import E2E_DIR  # also puts tests/e2e on sys.path
from harness import (
    BotProcess,
    Emulator,
    User,
    make_token,
    missing_prerequisites,
    percentile,
    proc_cpu_seconds,
    round_trip,
)

REPO_ROOT = E2E_DIR.parent.parent
QUESTION_FILES = [
    REPO_ROOT / "tests" / "data" / "dev_questions.yaml",
    REPO_ROOT / "tests" / "data" / "extra_questions.yaml",
]
WARMUP = 5
RAISED_RATE = 10000
SEQ_USERS = 50  # users taking turns in the sequential measurement
REPLY_TIMEOUT = 30.0


def load_questions() -> list[str]:
    """The `q` fields of the question files, in file order."""
    out: list[str] = []
    for path in QUESTION_FILES:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and str(item.get("q") or "").strip():
                out.append(str(item["q"]))
    if not out:
        raise SystemExit("no questions in " + ", ".join(str(p) for p in QUESTION_FILES))
    return out


def cycle(items: list[str], n: int, start: int = 0) -> list[str]:
    return [items[(start + i) % len(items)] for i in range(n)]


def bench_config(tmp: Path, name: str, **limits: float) -> Path:
    """A copy of config/ whose `limits` section has `limits` set; returns the folder."""
    src = REPO_ROOT / "config"
    dst = tmp / name / "config"
    shutil.copytree(src, dst)
    for path in sorted(dst.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("limits"), dict):
            data["limits"].update(limits)
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
            return dst
    raise SystemExit(f"no `limits` section in {src}/*.yaml")


def limit_of(config_dir: Path) -> float:
    """limits.messages_per_second of a config folder (30 when not set)."""
    for path in sorted(config_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("limits"), dict):
            return float(data["limits"].get("messages_per_second", 30))
    return 30.0


def bot_env(config_dir: Path, db: Path) -> dict[str, str]:
    return {
        "CONFIG_DIR": str(config_dir),
        # relative paths of a config folder are taken from its parent: keep the project's seeds
        "SEEDS_DIR": os.environ.get("SEEDS_DIR") or str(REPO_ROOT / "seeds"),
        "DATABASE_URL": f"sqlite:///{db}",
        "LOG_LEVEL": "WARNING",
    }


class Cpu:
    """CPU seconds used by the bot, the emulator and this process (the simulated users)."""

    def __init__(self, bot: BotProcess, emu: Emulator) -> None:
        self.bot, self.emu = bot, emu
        self.start = self._now()

    def _now(self) -> tuple[float, float, float]:
        assert self.emu.pid is not None
        return self.bot.cpu_seconds(), proc_cpu_seconds(self.emu.pid), time.process_time()

    def used(self) -> dict[str, float]:
        now = self._now()
        return {
            f"cpu_{k}": b - a
            for k, a, b in zip(("bot", "emu", "users"), self.start, now, strict=True)
        }


def sequential(emu: Emulator, bot: BotProcess, questions: list[str], n: int) -> dict[str, float]:
    """One question after the other, median / p99 round trip over `n`. The questions come
    from a pool of users in turn: Telegram (and the bot) pace each chat at about one message
    a second, and a person does not ask faster than that, so one chat would measure the
    pacing rather than the bot."""
    users = [emu.user(bot.token, first_name=f"Seq{i}") for i in range(SEQ_USERS)]
    for i, text in enumerate(cycle(questions, WARMUP, start=len(questions) - WARMUP)):
        round_trip(users[i % SEQ_USERS], text, REPLY_TIMEOUT)
    cpu = Cpu(bot, emu)
    started = time.perf_counter()
    samples = sorted(round_trip(users[i % SEQ_USERS], text, REPLY_TIMEOUT)[0]
                     for i, text in enumerate(cycle(questions, n)))
    stats = {"n": len(samples), "median": statistics.median(samples),
             "p99": percentile(samples, 99), "max": samples[-1],
             "wall": time.perf_counter() - started}
    return stats | cpu.used()


def throughput(
    emu: Emulator, bot: BotProcess, questions: list[str], users: int, per_user: int
) -> dict[str, float]:
    """`users` users at once, each asking `per_user` questions in turn; answers per second."""
    warm = emu.user(bot.token, first_name="Warm")
    for text in cycle(questions, WARMUP, start=7):
        round_trip(warm, text, REPLY_TIMEOUT)
    people: list[User] = [emu.user(bot.token, first_name=f"U{i}") for i in range(users)]
    barrier = threading.Barrier(users + 1)

    def ask(i: int) -> tuple[list[float], float]:
        texts = cycle(questions, per_user, start=i * per_user)
        barrier.wait(30)
        samples = [round_trip(people[i], text, REPLY_TIMEOUT)[0] for text in texts]
        return samples, time.perf_counter()

    with ThreadPoolExecutor(max_workers=users) as pool:
        futures = [pool.submit(ask, i) for i in range(users)]
        barrier.wait(30)
        cpu = Cpu(bot, emu)
        started = time.perf_counter()
        results = [f.result() for f in futures]
    wall = max(end for _, end in results) - started
    samples = [s for got, _ in results for s in got]
    return {
        "answers": len(samples),
        "wall": wall,
        "per_second": len(samples) / wall,
        "median": statistics.median(samples),
        "p99": percentile(samples, 99),
    } | cpu.used()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    head = fmt(headers)
    return "\n".join([head, "-" * len(head), *(fmt(r).rstrip() for r in rows)])


def run(n: int, users: int, per_user: int, keep: bool) -> int:
    questions = load_questions()
    tmp = Path(tempfile.mkdtemp(prefix="bench-telegram-"))
    ok = False
    bots: dict[str, BotProcess] = {}
    emu = Emulator(log_path=tmp / "emulator.log")
    t_all = time.perf_counter()
    try:
        emu.start()
        config = bench_config(tmp, "default", questions_per_minute=100000)
        raised = bench_config(
            tmp, "raised", questions_per_minute=100000, messages_per_second=RAISED_RATE,
            per_chat_per_second=0,
        )
        bots["bot"] = BotProcess(
            [sys.executable, "-m", "bot", "run"],
            emu,
            make_token(),
            env=bot_env(config, tmp / "bench.sqlite3"),
            log_path=tmp / "bot.log",
        )
        bots["raised"] = BotProcess(
            [sys.executable, "-m", "bot", "run"],
            emu,
            make_token(),
            env=bot_env(raised, tmp / "bench-raised.sqlite3"),
            log_path=tmp / "bot-raised.log",
        )
        bots["echo"] = BotProcess(
            [sys.executable, str(E2E_DIR / "echo_bot.py")],
            emu,
            make_token(),
            env={"ECHO_BOT_LOG_LEVEL": "WARNING"},
            log_path=tmp / "echo.log",
        )
        since = emu.seq()
        for bot in bots.values():
            bot.start(wait_ready=False)
        t0 = time.perf_counter()
        for bot in bots.values():
            bot.wait_polling(since=since, timeout=60)
        startup = time.perf_counter() - t0

        print(
            f"{len(questions)} questions cycled; sequential: {n} one at a time from "
            f"{SEQ_USERS} users "
            f"(+{WARMUP} warm-up); load: {users} users x {per_user} = {users * per_user} "
            f"answers; bots polling after {startup:.1f} s",
            flush=True,
        )
        names = ("bot", "raised", "echo")
        seq = {name: sequential(emu, bots[name], questions, n) for name in names}
        load = {name: throughput(emu, bots[name], questions, users, per_user) for name in names}

        labels = {
            "bot": f"bot (limiter {limit_of(config):g}/s)",
            "raised": f"bot (limiter {RAISED_RATE}/s)",
            "echo": "echo bot",
        }
        cpu_head = ["wall s", "CPU s bot/emu/users"]

        def cpu_cells(r: dict[str, float]) -> list[str]:
            return [
                f"{r['wall']:.2f}",
                f"{r['cpu_bot']:.2f}/{r['cpu_emu']:.2f}/{r['cpu_users']:.2f}",
            ]

        def versus_echo(
            results: dict[str, dict[str, float]], keys: list[str], width: int
        ) -> list[list[str]]:
            """Rows "<bot> / echo": each of `keys` divided by the echo bot's, the rest of the
            `width` cells blank."""
            return [
                [
                    f"{labels[k]} / echo",
                    *(f"{results[k][key] / results['echo'][key]:.2f}x" for key in keys),
                    *[""] * (width - 1 - len(keys)),
                ]
                for k in ("bot", "raised")
            ]

        print()
        print(f"Round trip, {n} questions one at a time, {SEQ_USERS} users taking turns (ms)")
        headers = ["", "median", "p99", "max", *cpu_head]
        rows = [
            [
                labels[k],
                ms(seq[k]["median"]),
                ms(seq[k]["p99"]),
                ms(seq[k]["max"]),
                *cpu_cells(seq[k]),
            ]
            for k in names
        ]
        rows += versus_echo(seq, ["median", "p99", "max"], len(headers))
        print(table(headers, rows))

        print()
        print(f"Throughput, {users} users at once, {per_user} questions each (answers/s; ms)")
        headers = ["", "answers/s", "median", "p99", *cpu_head]
        rows = [
            [
                labels[k],
                f"{load[k]['per_second']:.1f}",
                ms(load[k]["median"]),
                ms(load[k]["p99"]),
                *cpu_cells(load[k]),
            ]
            for k in names
        ]
        rows += versus_echo(load, ["per_second"], len(headers))
        print(table(headers, rows))
        print()
        problems = {
            name: [ln for ln in bot.log().splitlines() if "WARNING" in ln or "ERROR" in ln]
            for name, bot in bots.items()
        }
        for name, lines in problems.items():
            if lines:
                print(f"{name} log: {len(lines)} warning/error lines, e.g. {lines[0][:200]}")
        print(f"total {time.perf_counter() - t_all:.1f} s", flush=True)
        ok = True
        return 0
    except Exception as exc:  # noqa: BLE001 - report with the logs, then clean up
        print(f"benchmark failed: {exc}", file=sys.stderr)
        for name, bot in bots.items():
            print(f"--- {name} log ({bot.log_path}) ---\n{bot.log_tail(30)}", file=sys.stderr)
        return 1
    finally:
        for bot in bots.values():
            try:
                bot.stop()
            except Exception as exc:  # noqa: BLE001 - stop the others anyway
                print(f"stopping {bot.cmd}: {exc}", file=sys.stderr)
        emu.close()
        if ok and not keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"logs kept in {tmp}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="40 questions and 10 users")
    parser.add_argument("--n", type=int, help="sequential questions (default 200, quick 40)")
    parser.add_argument("--users", type=int, help="users at once (default 50, quick 10)")
    parser.add_argument("--per-user", type=int, default=4, help="questions per user (4)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs)")
    args = parser.parse_args()
    reason = missing_prerequisites()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    n = args.n or (40 if args.quick else 200)
    users = args.users or (10 if args.quick else 50)
    return run(n, users, args.per_user, args.keep)


if __name__ == "__main__":
    sys.exit(main())
