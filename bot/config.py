"""Settings: deployment values from the environment, everything else from config/*.yaml.

Kept Telegram-free so the command line and tests can build the same services the bot uses.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from .yaml_errors import yaml_problem

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    """A configuration problem a person must fix; the message says where and what."""


@dataclass(frozen=True)
class Settings:
    root: Path
    seeds_dir: Path
    userdict: Path | None
    synonyms: Path | None
    answer_threshold: float = 0.4
    alternatives: int = 2
    default_language: str = "zh"
    timezone: str = "Asia/Shanghai"
    daily_time: str = "08:30"
    daily_timezone: str = "Asia/Shanghai"
    tick_seconds: float = 20.0
    database_url: str = "sqlite:///data/interview-bot.sqlite3"
    messages_per_second: float = 30.0
    per_chat_per_second: float = 1.0
    questions_per_minute: int = 20
    admins: frozenset[int] = field(default_factory=frozenset)
    # From the environment only:
    token: str | None = None
    api_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    port: int = 8443

    @property
    def webhook_path(self) -> str:
        """The path Telegram posts to: the path part of WEBHOOK_URL."""
        return urlparse(self.webhook_url or "").path.lstrip("/")


def _default(name: str) -> Any:
    """A setting's default, as declared on Settings (so each is written once)."""
    return next(f.default for f in fields(Settings) if f.name == name)


def _read_yaml_dir(config_dir: Path) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    if not config_dir.is_dir():
        raise ConfigError(f"{config_dir}: config folder not found")
    for path in sorted(config_dir.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            where, reason = yaml_problem(exc)
            raise ConfigError(f"{path.name}: {where}: YAML does not parse: {reason}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path.name}: cannot be read: {exc}") from None
        if data is None:
            continue
        if not isinstance(data, dict):
            raise ConfigError(f"{path.name}: top level must be a mapping of settings")
        merged.update(data)
    return merged


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"config: '{name}' must be a mapping")
    return value


def _number(value: Any, name: str, kind: type = float, low: float | None = None,
            high: float | None = None) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"config: '{name}' must be a number, not {value!r}") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ConfigError(f"config: '{name}' must be between {low} and {high}, not {value!r}")
    return number


def _admin_ids(values: Any, source: str) -> set[int]:
    if isinstance(values, str):
        values = [v for v in values.replace(";", ",").replace(" ", ",").split(",") if v]
    if not isinstance(values, list):
        raise ConfigError(f"{source}: admins must be a list of Telegram user ids")
    ids = set()
    for value in values:
        try:
            ids.add(int(value))
        except (TypeError, ValueError):
            raise ConfigError(f"{source}: '{value}' is not a Telegram user id") from None
    return ids


def _config_db_url(url: str, root: Path) -> str:
    """A relative SQLite path in config/ is relative to the project, not to the cwd."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/"):
        return prefix + str(root / url[len(prefix):])
    return url


def load_settings(config_dir: str | Path | None = None, seeds_dir: str | Path | None = None,
                  env: dict[str, str] | None = None) -> Settings:
    """Read config/*.yaml and the environment; raise ConfigError on anything invalid."""
    env = dict(os.environ if env is None else env)
    config_path = Path(config_dir or env.get("CONFIG_DIR") or PROJECT_ROOT / "config")
    root = config_path.resolve().parent
    data = _read_yaml_dir(config_path)

    def path(value: Any) -> Path | None:
        if not value:
            return None
        p = Path(str(value))
        return p if p.is_absolute() else root / p

    def number(section: str, key: str, kind: type, low: float, high: float) -> Any:
        """A numeric setting (named as its key), its Settings default when not given."""
        value = _section(data, section).get(key, _default(key))
        return _number(value, f"{section}.{key}", kind, low, high)

    vocab = _section(data, "vocabulary")
    bot = _section(data, "bot")
    daily = _section(data, "daily")
    database = _section(data, "database")

    language = str(bot.get("default_language", _default("default_language")))
    if language not in ("zh", "en"):
        raise ConfigError(f"config: bot.default_language must be zh or en, not {language!r}")

    bot_zone = bot.get("timezone", _default("timezone"))
    daily_zone = daily.get("timezone", _default("daily_timezone"))
    for name, zone in (("bot.timezone", bot_zone), ("daily.timezone", daily_zone)):
        try:
            ZoneInfo(str(zone))
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"config: {name} {zone!r} is not an IANA timezone name, "
                              "e.g. Asia/Shanghai") from None
    daily_time = str(daily.get("time", _default("daily_time")))
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", daily_time)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ConfigError(f"config: daily.time {daily_time!r} must be HH:MM, e.g. 08:30")

    admins = _admin_ids(data.get("admins") or [], "config")
    if env.get("ADMIN_IDS"):
        admins |= _admin_ids(env["ADMIN_IDS"], "ADMIN_IDS")

    # --seeds and SEEDS_DIR are relative to where the command runs; config's to the project.
    override = seeds_dir or env.get("SEEDS_DIR")
    seeds = Path(override) if override else path(data.get("seeds_dir") or "seeds")
    port_text = env.get("PORT") or str(_default("port"))
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"PORT must be a number, not {port_text!r}") from None

    return Settings(
        root=root,
        seeds_dir=seeds,
        userdict=path(vocab.get("userdict")),
        synonyms=path(vocab.get("synonyms")),
        answer_threshold=number("search", "answer_threshold", float, 0, 1),
        alternatives=number("search", "alternatives", int, 0, 10),
        default_language=language,
        timezone=str(bot_zone),
        daily_time=daily_time,
        daily_timezone=str(daily_zone),
        tick_seconds=number("daily", "tick_seconds", float, 0.1, 3600),
        database_url=env.get("DATABASE_URL") or _config_db_url(
            str(database.get("url") or _default("database_url")), root),
        messages_per_second=number("limits", "messages_per_second", float, 0, 10000),
        per_chat_per_second=number("limits", "per_chat_per_second", float, 0, 1000),
        questions_per_minute=number("limits", "questions_per_minute", int, 1, 100000),
        admins=frozenset(admins),
        token=env.get("TELEGRAM_BOT_TOKEN") or None,
        api_url=env.get("TELEGRAM_API_URL") or None,
        webhook_url=env.get("WEBHOOK_URL") or None,
        webhook_secret=env.get("WEBHOOK_SECRET") or None,
        webhook_listen=env.get("WEBHOOK_LISTEN") or _default("webhook_listen"),
        port=port,
    )
