"""An offline bot: the real Application and handlers, with the HTTP layer replaced.

As in python-telegram-bot's own tests, updates are built with `Update.de_json` and fed to
`application.process_update`; what the bot would have sent is recorded instead.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import time
from typing import Any

import pytest
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.app import build_app
from bot.storage import open_store

BOT_USER = {"id": 999, "is_bot": True, "first_name": "Interview", "username": "interview_bot",
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": True}


class OfflineRequest(BaseRequest):
    """Answers Bot API calls like Telegram would, and records them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._ids = itertools.count(1000)
        # chat_id -> (HTTP status, description): sendMessage to that chat fails like Telegram
        self.failures: dict[int, tuple[int, str]] = {}

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.json_parameters) if request_data else {}
        params = {k: _decode(v) for k, v in params.items()}
        for key in ("chat_id", "message_id"):
            if isinstance(params.get(key), str) and params[key].lstrip("-").isdigit():
                params[key] = int(params[key])
        self.calls.append((name, params))
        chat = params.get("chat_id")
        if name == "sendMessage" and chat is not None and int(chat) in self.failures:
            status, description = self.failures[int(chat)]
            return status, json.dumps({"ok": False, "error_code": status,
                                       "description": description}).encode()
        result: Any = True
        if name == "getMe":
            result = BOT_USER
        elif name in ("sendMessage", "editMessageText"):
            chat_id = int(params.get("chat_id", 0))
            result = {
                "message_id": int(params.get("message_id") or next(self._ids)),
                "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
                "from": BOT_USER, "text": params.get("text", ""),
            }
            if params.get("reply_markup"):
                result["reply_markup"] = params["reply_markup"]
        elif name == "getUpdates":
            result = []
        return 200, json.dumps({"ok": True, "result": result}).encode()

    # -- helpers for assertions --------------------------------------------------------
    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [p for name, p in self.calls if name == method]

    def clear(self) -> None:
        self.calls.clear()


def _decode(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    markup = params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


class Chat:
    """Builds updates as a user in a chat would produce them."""

    def __init__(self, app, user_id: int = 42, chat_type: str = "private",
                 language_code: str = "zh-hans", chat_id: int | None = None) -> None:
        self.app = app
        self.user = {"id": user_id, "is_bot": False, "first_name": "Ann",
                     "language_code": language_code}
        self.chat = {"id": chat_id or user_id, "type": chat_type}
        if chat_type != "private":
            self.chat["title"] = "Group"
        self._ids = itertools.count(1)

    def _message(self, text: str, **extra: Any) -> dict[str, Any]:
        message = {"message_id": next(self._ids), "date": int(time.time()), "chat": self.chat,
                   "from": self.user, "text": text, **extra}
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(command)}]
        return message

    async def send(self, text: str, **extra: Any) -> None:
        data = {"update_id": next(_update_ids), "message": self._message(text, **extra)}
        await self.app.process_update(Update.de_json(data, self.app.bot))

    async def send_raw(self, message: dict[str, Any]) -> None:
        base = {"message_id": next(self._ids), "date": int(time.time()), "chat": self.chat,
                "from": self.user}
        data = {"update_id": next(_update_ids), "message": {**base, **message}}
        await self.app.process_update(Update.de_json(data, self.app.bot))

    async def press(self, data: str, message: dict[str, Any] | None = None) -> None:
        message = message or {"message_id": 1000, "date": int(time.time()), "chat": self.chat,
                              "from": BOT_USER, "text": "card"}
        update = {"update_id": next(_update_ids), "callback_query": {
            "id": str(next(_update_ids)), "from": self.user, "chat_instance": "ci",
            "data": data, "message": message}}
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def inline(self, query: str) -> None:
        update = {"update_id": next(_update_ids), "inline_query": {
            "id": str(next(_update_ids)), "from": self.user, "query": query, "offset": ""}}
        await self.app.process_update(Update.de_json(update, self.app.bot))


_update_ids = itertools.count(1)


async def start_offline(services, request: OfflineRequest | None = None):
    request = request or OfflineRequest()
    # No per-chat pacing offline: these tests send many messages to one chat in a row
    # (tests/test_ratelimit.py covers the limiter itself).
    settings = dataclasses.replace(services.settings, per_chat_per_second=0)
    app = build_app(dataclasses.replace(services, settings=settings), token="123456:TEST-TOKEN",
                    request=request)
    await app.initialize()
    return app, request


@contextlib.asynccontextmanager
async def running_offline(services):
    app, request = await start_offline(services)
    try:
        yield app, request
    finally:
        await app.shutdown()


@pytest.fixture
async def offline(services):
    async with running_offline(services) as started:
        yield started


@pytest.fixture
def stored_services(services, tmp_path):
    """The real content with a fresh SQLite store, and ADMIN user 1 as admin."""
    settings = dataclasses.replace(services.settings, admins=frozenset({1}))
    store = open_store(f"sqlite:///{tmp_path}/bot.sqlite3")
    yield dataclasses.replace(services, settings=settings, store=store)
    store.close()


@pytest.fixture
async def offline_stored(stored_services):
    async with running_offline(stored_services) as started:
        yield started
