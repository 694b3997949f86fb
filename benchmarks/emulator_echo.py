"""Baseline round trip through the Bot API emulator: user message -> minimal PTB echo bot -> reply.

This is the floor under the bot's own round-trip benchmark: the emulator (node launcher.js),
long polling, python-telegram-bot's dispatch and the harness's wait, with no bot logic.

    python benchmarks/emulator_echo.py [--n 200] [--json]

Needs node and `npm ci --prefix tests/e2e`. Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

E2E_DIR = Path(__file__).resolve().parent.parent / "tests" / "e2e"
sys.path.insert(0, str(E2E_DIR))

from harness import (  # noqa: E402
    BotProcess,
    Emulator,
    make_token,
    missing_prerequisites,
    round_trip_stats,
)


def run(n: int = 200, warmup: int = 5) -> dict[str, float]:
    with Emulator() as emu:
        bot = BotProcess([sys.executable, str(E2E_DIR / "echo_bot.py")], emu, make_token())
        bot.extra_env["ECHO_BOT_LOG_LEVEL"] = "WARNING"
        with bot:
            user = emu.user(bot.token, first_name="Bench")
            texts = [f"echo {i}" for i in range(warmup)] + [f"message {i}" for i in range(n)]
            started = time.perf_counter()
            stats = round_trip_stats(user, texts, timeout=10, warmup=warmup)
            stats["wall_seconds"] = time.perf_counter() - started
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="measured messages (default 200)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    reason = missing_prerequisites()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    stats = run(args.n)
    if args.json:
        print(json.dumps(stats))
    else:
        print(
            f"emulator echo round trip over {stats['n']} messages: "
            f"median {stats['median'] * 1000:.1f} ms, p90 {stats['p90'] * 1000:.1f} ms, "
            f"p99 {stats['p99'] * 1000:.1f} ms, mean {stats['mean'] * 1000:.1f} ms, "
            f"max {stats['max'] * 1000:.1f} ms ({stats['wall_seconds']:.1f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
