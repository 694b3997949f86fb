"""The `interview-bot` command: run the bot, or answer questions with no Telegram token.

    interview-bot                 run the bot if TELEGRAM_BOT_TOKEN is set, else answer
                                  questions typed here
    interview-bot run             run the bot (polling, or webhook when WEBHOOK_URL is set)
    interview-bot ask [--json] [QUESTION]
    interview-bot eval FILE
    interview-bot validate [DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from . import render
from .config import ConfigError, load_settings
from .content import ContentError, validate
from .evaluation import evaluate, load_questions
from .search import VocabularyError
from .services import Services, build_services

logger = logging.getLogger(__name__)

TOKEN_VAR = "TELEGRAM_BOT_TOKEN"


class RedactingFormatter(logging.Formatter):
    """Formats records, then removes secrets (the bot token) from the whole text,
    tracebacks included: Bot API URLs carry the token."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        self._secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, "[token]")
        return text


def setup_logging(default: str = "WARNING") -> None:
    level = os.environ.get("LOG_LEVEL", default).upper()
    logging.basicConfig(level=getattr(logging, level, logging.INFO))
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                   [os.environ.get(TOKEN_VAR, "")])
    for handler in logging.getLogger().handlers:
        handler.setFormatter(formatter)
    # httpx logs every request URL, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def answer_json(services: Services, question: str) -> dict[str, Any]:
    """One question as the JSON object `ask --json` prints."""
    library = services.library
    reply, result, lang = render.question_reply(library, services.matcher, question,
                                                services.settings.default_language)
    best = result.best if result else None
    out: dict[str, Any] = {
        "question": question,
        "answered": bool(result and result.answered),
        "score": result.hits[0].score if result and result.hits else 0.0,
        "interview": None, "section": None, "source": None, "quote": None, "summary": None,
        "reply": reply,
        "alternatives": [],
    }
    if best is not None:
        section = library.section_of(best.passage)
        out.update(
            interview=best.passage.interview_id,
            section=section.title.get(lang),
            source=best.passage.text,
            quote=best.quote.text if best.quote else None,
            summary=section.summary.get(lang),
            alternatives=[{"section": library.section_of(h.passage).title.get(lang),
                           "source": h.passage.text, "score": h.score}
                          for h in result.hits[1:1 + services.settings.alternatives]],
        )
    return out


def plain_reply(services: Services, question: str) -> str:
    text, _, _ = render.question_reply(services.library, services.matcher, question,
                                       services.settings.default_language)
    return render.to_plain(text) + "\n"


def _questions(lines: Iterable[str]) -> Iterable[str]:
    for line in lines:
        line = line.strip()
        if line:
            yield line


def cmd_ask(services: Services, args: argparse.Namespace, stdin: TextIO) -> int:
    questions = [" ".join(args.question)] if args.question else _questions(stdin)
    for question in questions:
        if args.json:
            print(json.dumps(answer_json(services, question), ensure_ascii=False), flush=True)
        else:
            print(plain_reply(services, question), flush=True)
    return 0


def cmd_eval(services: Services, args: argparse.Namespace) -> int:
    try:
        questions = load_questions(args.file)
    except (OSError, ValueError) as exc:
        print(f"cannot read questions: {exc}", file=sys.stderr)
        return 1
    report = evaluate(services.matcher, questions)
    if args.verbose:
        for miss in report.misses:
            print(f"MISS [{miss.kind}] {miss.question} -> {miss.got} ({miss.score:.2f})")
    print("\n".join(report.lines()))
    return 0


def cmd_validate(directory: str | None, config_dir: str | None) -> int:
    seeds = directory or str(load_settings(config_dir=config_dir).seeds_dir)
    library, problems = validate(seeds)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    assert library is not None
    print(f"ok: {len(library.interviews)} interview(s), {len(library.passages)} passages, "
          f"{len(library.quotes)} quotes")
    return 0


def cmd_interactive(services: Services, stdin: TextIO) -> int:
    print(f"{TOKEN_VAR} is not set, so the Telegram bot is not started: type a question "
          "and press Enter (Ctrl-D to quit).", flush=True)
    for question in _questions(stdin):
        print(plain_reply(services, question), flush=True)
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="interview-bot", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", help="content folder (default: env SEEDS_DIR or config)")
    ap.add_argument("--config", help="config folder (default: ./config of the project)")
    sub = ap.add_subparsers(dest="command")
    sub.add_parser("run", help="run the Telegram bot")
    ask = sub.add_parser("ask", help="answer a question (or one per line from stdin)")
    ask.add_argument("--json", action="store_true", help="print JSON (one line per question)")
    ask.add_argument("question", nargs="*")
    ev = sub.add_parser("eval", help="score a question file")
    ev.add_argument("file")
    ev.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    val = sub.add_parser("validate", help="check all content")
    val.add_argument("dir", nargs="?")
    return ap


def main(argv: list[str] | None = None, stdin: TextIO | None = None) -> int:
    args = parser().parse_args(argv)
    stdin = stdin or sys.stdin
    running = args.command == "run" or (args.command is None and os.environ.get(TOKEN_VAR))
    setup_logging("INFO" if running else "WARNING")  # the question prompt stays uncluttered
    try:
        if args.command == "validate":
            return cmd_validate(args.dir or args.seeds, args.config)
        settings = load_settings(config_dir=args.config, seeds_dir=args.seeds)
        if running:
            if not settings.token:
                print(f"Set {TOKEN_VAR} to the bot's token (from @BotFather) to run the bot.",
                      file=sys.stderr)
                return 2
            from .app import run_bot  # Telegram is only imported when it is needed

            return run_bot(build_services(settings))
        services = build_services(settings)
        if args.command == "ask":
            return cmd_ask(services, args, stdin)
        if args.command == "eval":
            return cmd_eval(services, args)
        return cmd_interactive(services, stdin)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("content is invalid; fix the problems above (see `interview-bot validate`)",
              file=sys.stderr)
        return 1
    except (ConfigError, VocabularyError) as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
