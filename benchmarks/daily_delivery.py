"""Daily insights to many subscribers: the real bot's delivery rate and the database time.

1. Through the Bot API emulator (node launcher.js on 127.0.0.1), `python -m bot run` with
   `daily.tick_seconds: 1`, subscriptions written straight into its SQLite store
   (`open_store(url).subscribe(...)`) before it starts, all due now (00:00 UTC):

   - limiter at Telegram's 30/s (limits.messages_per_second: 30): 1,500 subscribers (not all
     10,000, which would take 5.5 minutes at 30/s, unless --all-at-30; 300 with --quick).
     Target >= 27/s;
   - limiter out of the way (messages_per_second: 10000, per_chat_per_second: 0): all
     subscribers, the bot's own ceiling (claim -> language lookup -> sendMessage ->
     mark_sent, 16 at a time).

   Rate = sendMessage answers (200) from the first to the last, per second, as the emulator
   recorded them. Every chat is checked to get exactly one insight.

2. In-process, the store operations of one tick over all subscribers, SQLite (a file) and
   PostgreSQL (127.0.0.1:5432/test, a throw-away schema; INTERVIEW_BOT_TEST_PG_URL overrides):
   plan_tick once, then claim_delivery + mark_sent per subscriber, as the tick does them
   (one at a time here; the bot runs 16 in threads). Per-delivery milliseconds. The SQLite
   store is a copy of the bot's 10,000-subscriber store taken before the bot ran.

The 10,000-subscriber stores are filled (Store.subscribe) while the 30/s run waits on its
limiter; that run needs a fraction of a CPU, so its rate is not affected.

    python benchmarks/daily_delivery.py [--quick]

10,000 subscribers (--quick: 1,000). Needs node and `npm ci --prefix tests/e2e`. Timings are
printed, not asserted. Takes about 4 minutes (--quick: under 1).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
E2E_DIR = REPO_ROOT / "tests" / "e2e"
sys.path.insert(0, str(E2E_DIR))
sys.path.insert(0, str(REPO_ROOT))

from harness import (  # noqa: E402
    BotProcess,
    Emulator,
    make_token,
    missing_prerequisites,
    percentile,
)

from bot.content import load_library  # noqa: E402
from bot.daily import plan_tick  # noqa: E402
from bot.storage import Store, open_store  # noqa: E402
from bot.storage.testing import (  # noqa: E402
    isolated_pg_schema,
    pg_test_url,
    pg_unreachable_reason,
)

SEEDS = Path(os.environ.get("SEEDS_DIR") or REPO_ROOT / "seeds")
TELEGRAM_RATE = 30
RAISED_RATE = 10000
FIRST_CHAT = 500_000_001
BURST = 60  # the limiter (aiolimiter) lets a first burst of `rate` go at once: steady = after it
DUE_TIME, DUE_ZONE = "00:00", "UTC"  # due since midnight UTC: due now, whenever it runs


def bench_config(tmp: Path, name: str, rate: float) -> Path:
    """A copy of config/ with a 1 s tick and `rate` messages per second (above Telegram's 30:
    the per-chat pacing off too, though one insight per chat never waits for it)."""
    dst = tmp / name / "config"
    shutil.copytree(REPO_ROOT / "config", dst)
    path = dst / "bot.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["daily"]["tick_seconds"] = 1
    data["limits"]["messages_per_second"] = rate
    if rate > TELEGRAM_RATE:
        data["limits"]["per_chat_per_second"] = 0
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return dst


def subscribe_all(store: Store, n: int, threads: int = 1) -> None:
    """n subscriptions due now (Store.subscribe, as /subscribe does), from `threads` threads."""
    def chunk(k: int) -> None:
        for i in range(k, n, threads):
            store.subscribe(FIRST_CHAT + i, FIRST_CHAT + i, DUE_TIME, DUE_ZONE)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(chunk, range(threads)))


def prepare(tmp: Path, name: str, rate: float, n: int) -> dict[str, str]:
    """Config copy and a SQLite store with n due subscribers; returns the bot's environment."""
    db = tmp / name / "bot.sqlite3"
    config = bench_config(tmp, name, rate)
    store = open_store(f"sqlite:///{db}")
    try:
        subscribe_all(store, n)
    finally:
        store.close()
    return {"CONFIG_DIR": str(config), "SEEDS_DIR": str(SEEDS), "DATABASE_URL": f"sqlite:///{db}",
            "LOG_LEVEL": "WARNING"}


def deliver(emu: Emulator, tmp: Path, name: str, env: dict[str, str], rate: float,
            n: int) -> dict[str, float]:
    """Start the bot on n due subscribers and collect its sendMessage calls until all arrived."""
    bot = BotProcess([sys.executable, "-m", "bot", "run"], emu, make_token(), env=env,
                     log_path=tmp / name / "bot.log")
    ok_times: list[float] = []
    chats: Counter[int] = Counter()
    failed = 0
    try:
        cursor = emu.seq()
        started = time.time()
        bot.start(timeout=60)
        deadline = time.monotonic() + n / min(rate, 100) + 120
        last_progress = time.monotonic()
        while len(ok_times) < n and time.monotonic() < deadline:
            res = emu._get("calls", token=bot.token, method="sendMessage", since=cursor, wait=1)
            for call in res["calls"]:
                cursor = max(cursor, call["seq"])
                if call["status"] == 200:
                    ok_times.append(call["time"])
                    chats[int(call["params"]["chat_id"])] += 1
                else:
                    failed += 1
            if res["calls"]:
                last_progress = time.monotonic()
            elif time.monotonic() - last_progress > 30:
                break
            if not bot.alive:
                raise SystemExit(f"the bot died:\n{bot.log_tail()}")
        cpu = bot.cpu_seconds()
    finally:
        bot.stop()
    ok_times.sort()
    span = ok_times[-1] - ok_times[0] if len(ok_times) > 1 else float("nan")
    return {
        "n": n,
        "delivered": len(ok_times),
        "chats": len(chats),
        "duplicates": sum(c - 1 for c in chats.values() if c > 1),
        "errors": failed,
        "first_after": ok_times[0] - started if ok_times else float("nan"),
        "span": span,
        "rate": _rate(ok_times),
        "steady": _rate(ok_times[BURST:]),
        "cpu": cpu,
    }


def _rate(times: list[float]) -> float:
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan")


def time_store(store: Store, n: int, quote_ids: list[str]) -> dict[str, float]:
    """One tick's store work over n due subscribers: plan_tick once, then claim_delivery +
    mark_sent per subscriber."""
    now = datetime.now(UTC)
    started = time.perf_counter()
    plan = plan_tick(now, store, quote_ids)
    planned = time.perf_counter() - started
    assert len(plan) == n, (len(plan), n)
    claims: list[float] = []
    marks: list[float] = []
    for item in plan:
        t0 = time.perf_counter()
        assert store.claim_delivery(item.chat_id, item.local_date, item.quote_id, now)
        t1 = time.perf_counter()
        assert store.mark_sent(item.chat_id, item.local_date, now)
        claims.append(t1 - t0)
        marks.append(time.perf_counter() - t1)
    return {
        "plan_s": planned,
        "plan_ms": planned / n * 1000,
        "claim_ms": statistics.fmean(claims) * 1000,
        "mark_ms": statistics.fmean(marks) * 1000,
        "delivery_ms": (sum(claims) + sum(marks)) / n * 1000,
        "delivery_p99_ms": percentile(
            (c + m for c, m in zip(claims, marks, strict=True)), 99) * 1000,
    }


def open_pg(stack: ExitStack) -> str | None:
    """A throw-away PostgreSQL schema (dropped when `stack` closes), or None if unreachable."""
    if pg_unreachable_reason():
        return None
    return stack.enter_context(isolated_pg_schema())


def filled_store(url: str, n: int, threads: int) -> Store:
    store = open_store(url)
    subscribe_all(store, n, threads)
    return store


def copy_sqlite(url: str, dst: Path) -> str:
    """A copy of a closed SQLite store (its file, and WAL files should any be left)."""
    src = Path(url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")
    return f"sqlite:///{dst}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if i else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(cells, widths, strict=True))) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(headers), rule, *(fmt(r) for r in rows)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 subscribers (300 at 30/s)")
    parser.add_argument("--all-at-30", action="store_true",
                        help="deliver to all subscribers at 30/s too (10,000: about 6 minutes)")
    args = parser.parse_args()
    reason = missing_prerequisites()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    n = 1_000 if args.quick else 10_000
    n_limited = n if args.all_at_30 else (300 if args.quick else 1_500)

    tmp = Path(tempfile.mkdtemp(prefix="daily-bench-"))
    wall = time.perf_counter()
    quote_ids = [q.key for q in load_library(SEEDS).quotes]
    db: dict[str, dict[str, float] | str] = {}
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, tmp, ignore_errors=True)
        emu = Emulator(log_path=tmp / "emulator.log")
        stack.callback(emu.close)
        emu.start()
        pg_url = open_pg(stack)
        with ThreadPoolExecutor(2) as pool:
            # The big stores are filled while the rate-limited run waits on its limiter.
            raised_env = pool.submit(prepare, tmp, "raised", RAISED_RATE, n)
            pg_store = pool.submit(filled_store, pg_url, n, 4) if pg_url else None
            limited_env = prepare(tmp, "limited", TELEGRAM_RATE, n_limited)
            limited = deliver(emu, tmp, "limited", limited_env, TELEGRAM_RATE, n_limited)
            env = raised_env.result()
            sqlite_url = copy_sqlite(env["DATABASE_URL"], tmp / "timing.sqlite3")
            raised = deliver(emu, tmp, "raised", env, RAISED_RATE, n)
            if pg_store is not None:
                stack.callback(pg_store.result().close)
        emu.close()
        runs = [(f"limiter {TELEGRAM_RATE}/s", limited),
                (f"limiter off ({RAISED_RATE}/s)", raised)]
        # The same n due subscribers, now timed in-process without the bot running.
        store = open_store(sqlite_url)
        try:
            db["SQLite"] = time_store(store, n, quote_ids)
        finally:
            store.close()
        if pg_store is None:
            db["PostgreSQL"] = f"skipped: {pg_test_url()} unreachable"
        else:
            db["PostgreSQL"] = time_store(pg_store.result(), n, quote_ids)

    print(f"Daily delivery through the emulator: real bot, SQLite store, tick 1 s, "
          f"{n:,} subscribers ({n_limited:,} at {TELEGRAM_RATE}/s"
          f"{'' if n_limited == n else ', to keep it short'})")
    print(table(
        ["run", "subscribers", "delivered", "duplicates", "first after s", "span s", "msg/s",
         f"msg/s after {BURST}", "bot CPU s"],
        [[name, f"{r['n']:,}", f"{r['delivered']:,}", str(r["duplicates"]),
          f"{r['first_after']:.1f}", f"{r['span']:.1f}", f"{r['rate']:.1f}",
          f"{r['steady']:.1f}", f"{r['cpu']:.1f}"]
         for name, r in runs]))
    print(f"target at {TELEGRAM_RATE}/s: >= 27 msg/s. msg/s: delivered sendMessage calls from "
          f"the first to the last; after {BURST}: without the limiter's opening burst; "
          "first after: seconds from the bot's start")
    print()
    print(f"Store time of one tick, in-process, {n:,} subscribers "
          "(claim_delivery + mark_sent per delivery, one at a time)")
    rows = []
    for backend, r in db.items():
        if isinstance(r, str):
            rows.append([backend, r, "", "", "", "", ""])
            continue
        rows.append([backend, f"{r['plan_s'] * 1000:.0f}", f"{r['plan_ms']:.3f}",
                     f"{r['claim_ms']:.2f}", f"{r['mark_ms']:.2f}", f"{r['delivery_ms']:.2f}",
                     f"{r['delivery_p99_ms']:.2f}"])
    print(table(["backend", "plan_tick ms", "plan ms/sub", "claim ms", "mark_sent ms",
                 "per delivery ms", "p99 ms"], rows))
    print(f"\n(total {time.perf_counter() - wall:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
