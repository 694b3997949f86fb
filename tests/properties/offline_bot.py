"""The real Application on one private event loop, driven synchronously from hypothesis.

Updates are built like Telegram builds them (a bot_command entity only for a well-formed
command, UTF-16 lengths), and the Bot API stand-in refuses what Telegram refuses (too long
or unparsable HTML), so a reply that Telegram would reject surfaces as an error.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import itertools
import json
import logging
import re
import time
from typing import Any

import pytest
from telegram import Update
from telegram.ext import CallbackContext

from bot import daily_handlers
from bot.storage import open_store
from bot.storage import store as store_module
from tests.handlers.conftest import BOT_USER, OfflineRequest, start_offline
from tests.properties.telegram_html import (
    MAX_CALLBACK_ANSWER,
    MAX_CALLBACK_BYTES,
    MAX_TEXT,
    html_problems,
    plain,
)

ADMIN = 1
APOLOGIES = ("抱歉,出了点问题", "Sorry, something went wrong")
# The database is always up here: "try later" means a lock was held too long.
STORE_TROUBLE = ("暂时无法保存设置", "can't be saved right now")
SLOW_EXAMPLE_SECONDS = 20.0
SETTLE_SECONDS = 10.0
EXAMPLE_TIMEOUT_SECONDS = 60.0
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_ids = itertools.count(1)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class TelegramLikeRequest(OfflineRequest):
    """OfflineRequest that also refuses, like Telegram, text it could not send."""

    async def do_request(self, url: str, method: str, request_data=None, *args: Any,
                         **kwargs: Any) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.json_parameters) if request_data else {}
        text = params.get("text")
        if name in ("sendMessage", "editMessageText") and isinstance(text, str):
            refusal = None
            if not plain(text).strip():
                refusal = "Bad Request: message text is empty"
            elif html_problems(text):
                refusal = "Bad Request: can't parse entities"
            elif len(plain(text)) > MAX_TEXT:
                refusal = "Bad Request: message is too long"
            if refusal:
                self.calls.append((name, {k: v for k, v in params.items()}))
                return 400, json.dumps({"ok": False, "error_code": 400,
                                        "description": refusal}).encode()
        return await super().do_request(url, method, request_data, *args, **kwargs)


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class OfflineBot:
    """One bot with a SQLite store, kept for a whole test module."""

    def __init__(self, services, folder) -> None:
        settings = dataclasses.replace(services.settings, admins=frozenset({ADMIN}),
                                       questions_per_minute=10**9, messages_per_second=1e6)
        # A lock held too long shows up in seconds, not after SQLite's 30 s busy timeout.
        self._patch = pytest.MonkeyPatch()
        self._patch.setattr(store_module, "_SQLITE_BUSY_SECONDS", 5.0)
        self.store = open_store(f"sqlite:///{folder}/bot.sqlite3")
        self.services = dataclasses.replace(services, settings=settings, store=self.store)
        self.loop = asyncio.new_event_loop()
        self.request = TelegramLikeRequest()
        self.app, _ = self.loop.run_until_complete(start_offline(self.services, self.request))
        self.errors: list[BaseException] = []
        self.app.add_error_handler(self._record_error)  # handlers.on_error still runs
        self.log = _ErrorRecords()
        logging.getLogger().addHandler(self.log)
        self._idle = set(asyncio.all_tasks(self.loop))
        self.trouble: list[str] = []
        self._harness: set[asyncio.Task] = set()  # the tasks that drive an example

    async def _record_error(self, update: object, context) -> None:
        self.errors.append(context.error)

    def close(self) -> None:
        logging.getLogger().removeHandler(self.log)
        self.loop.run_until_complete(self.app.shutdown())
        self.loop.close()
        self.store.close()
        self._patch.undo()

    # -- driving ---------------------------------------------------------------------------
    def run(self, actions: list[tuple]) -> None:
        self.request.clear()
        self.errors.clear()
        self.log.records.clear()
        self.trouble.clear()
        started = time.monotonic()
        self.loop.run_until_complete(self._run_with_timeout(actions))
        took = time.monotonic() - started
        if took > SLOW_EXAMPLE_SECONDS:
            self.trouble.append(f"the example took {took:.0f} s")

    async def _run_with_timeout(self, actions: list[tuple]) -> None:
        """Run the example; one that hangs fails with the stacks of every task, not forever."""
        me = asyncio.current_task()
        self._harness = {me}
        task = asyncio.ensure_future(self._run(actions))
        self._harness.add(task)
        done, _ = await asyncio.wait({task}, timeout=EXAMPLE_TIMEOUT_SECONDS)
        if done:
            task.result()
            return
        for other in asyncio.all_tasks():
            if other is not me and other not in self._idle:
                stack = io.StringIO()
                other.print_stack(file=stack)
                self.trouble.append(f"hung after {EXAMPLE_TIMEOUT_SECONDS:.0f} s: "
                                    f"{stack.getvalue()}")
                other.cancel()
        await asyncio.gather(task, return_exceptions=True)

    async def _run(self, actions: list[tuple]) -> None:
        for action in actions:
            await getattr(self, f"_do_{action[0]}")(*action[1:])
        await self._settle()

    async def _settle(self) -> None:
        """Wait for tasks the handlers started (a broadcast runs in the background)."""
        deadline = time.monotonic() + SETTLE_SECONDS
        while True:
            pending = [t for t in asyncio.all_tasks() if not t.done()
                       and t not in self._idle and t not in self._harness]
            left = deadline - time.monotonic()
            if not pending:
                return
            if left <= 0:
                for task in pending:
                    self.trouble.append(f"background task still running: {task!r}"[:300])
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                return
            await asyncio.wait(pending, timeout=left)

    async def _feed(self, data: dict[str, Any]) -> None:
        data = {"update_id": next(_ids), **data}
        await self.app.process_update(Update.de_json(data, self.app.bot))

    @staticmethod
    def _user(user: dict) -> dict:
        out = {"id": user["id"], "is_bot": False, "first_name": "Ann"}
        if user.get("language_code") is not None:
            out["language_code"] = user["language_code"]
        return out

    @staticmethod
    def _chat(chat: dict) -> dict:
        return {"id": chat["id"], "type": chat["type"],
                **({"title": "Group"} if chat["type"] != "private" else {})}

    def _message(self, user: dict, chat: dict, **fields: Any) -> dict[str, Any]:
        return {"message_id": next(_ids), "date": int(time.time()), "chat": self._chat(chat),
                "from": self._user(user), **fields}

    async def _do_send(self, user: dict, chat: dict, text: str, entity: str = "telegram",
                       reply_to_bot: bool = False) -> None:
        fields: dict[str, Any] = {"text": text}
        if entity == "telegram":  # Telegram marks only a well-formed command
            match = _COMMAND.match(text)
            if match and (match.end() == len(text) or not text[match.end()].isalnum()):
                fields["entities"] = [{"type": "bot_command", "offset": 0,
                                       "length": match.end()}]
        elif entity == "first_word" and text.startswith("/"):  # a sloppy client
            fields["entities"] = [{"type": "bot_command", "offset": 0,
                                   "length": utf16_len(text.split()[0] if text.split()
                                                       else text)}]
        if reply_to_bot:
            fields["reply_to_message"] = {
                "message_id": 1, "date": int(time.time()), "chat": self._chat(chat),
                "from": BOT_USER, "text": "card"}
        await self._feed({"message": self._message(user, chat, **fields)})

    async def _do_raw(self, user: dict, chat: dict, fields: dict[str, Any]) -> None:
        await self._feed({"message": self._message(user, chat, **fields)})

    async def _do_press(self, user: dict, chat: dict, data: str, where: str = "message"
                        ) -> None:
        query: dict[str, Any] = {"id": str(next(_ids)), "from": self._user(user),
                                 "chat_instance": "ci", "data": data}
        if where == "message":
            query["message"] = {"message_id": 1000, "date": int(time.time()),
                                "chat": self._chat(chat), "from": BOT_USER, "text": "card"}
        elif where == "inaccessible":  # too old for the bot to see
            query["message"] = {"message_id": 1000, "date": 0, "chat": self._chat(chat)}
        else:  # a button under a message sent in inline mode
            query["inline_message_id"] = "inline-1"
        await self._feed({"callback_query": query})

    async def _do_follow(self, user: dict, chat: dict, index: int, suffix: str,
                         where: str = "message") -> None:
        """Press a button the bot sent during this example (with text appended)."""
        data = sent_buttons(self)
        if data:
            await self._do_press(user, chat, data[index % len(data)] + suffix, where)

    async def _do_inline(self, user: dict, query: str) -> None:
        await self._feed({"inline_query": {"id": str(next(_ids)), "from": self._user(user),
                                           "query": query, "offset": ""}})

    async def _do_tick(self) -> None:
        await daily_handlers.daily_tick(CallbackContext(self.app))

    # -- what was sent -------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Everything sent or done during the example that Telegram or a user would mind."""
        out = list(self.trouble)
        out += [f"error handler called: {e!r}" for e in self.errors]
        out += [f"ERROR log {r.name}: {r.getMessage()}" for r in self.log.records]
        for name, params in self.request.calls:
            for key, value in params.items():
                if isinstance(value, str):
                    try:
                        value.encode("utf-8")
                    except UnicodeEncodeError:
                        out.append(f"{name}.{key} cannot be sent as UTF-8: {value[:80]!r}")
            texts = []
            if name in ("sendMessage", "editMessageText"):
                texts.append(params.get("text", ""))
                if params.get("parse_mode") != "HTML":
                    out.append(f"{name} without parse_mode HTML")
            if name == "answerInlineQuery":
                results = params.get("results") or []
                if len(results) > 50:
                    out.append(f"{len(results)} inline results")
                for result in results:
                    texts.append(result["input_message_content"]["message_text"])
                    if not result.get("title"):
                        out.append("inline result without a title")
                    if len(str(result["id"]).encode()) > 64:
                        out.append(f"inline result id too long: {result['id']!r}")
            if name == "answerCallbackQuery":
                answer = params.get("text") or ""
                if len(answer) > MAX_CALLBACK_ANSWER:
                    out.append(f"callback answer over {MAX_CALLBACK_ANSWER}: {answer!r}")
                if any(a in answer for a in APOLOGIES + STORE_TROUBLE):
                    out.append(f"callback answer {answer!r}")
            for text in texts:
                if not isinstance(text, str):
                    out.append(f"{name} text is {type(text).__name__}")
                    continue
                if len(text) > MAX_TEXT:
                    out.append(f"{name} text of {len(text)} characters: {text[:80]!r}…")
                if not plain(text).strip():
                    out.append(f"{name} with empty text")
                out += [f"{name}: {p}" for p in html_problems(text)[:3]]
                if any(a in text for a in APOLOGIES):
                    out.append(f"{name} sent the apology: {text!r}")
                if any(a in text for a in STORE_TROUBLE):
                    out.append(f"{name} says the database is unavailable: {text!r}")
            for button in _buttons(params):
                data = button.get("callback_data")
                if data is not None and len(data.encode("utf-8", "surrogatepass")) > \
                        MAX_CALLBACK_BYTES:
                    out.append(f"callback_data over 64 bytes: {data!r}")
                if not button.get("text"):
                    out.append("a button without text")
        return out


def _buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    markup = params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def sent_buttons(bot: OfflineBot) -> list[str]:
    """The callback data of every button sent since the example started."""
    return [b["callback_data"] for _, p in bot.request.calls for b in _buttons(p)
            if "callback_data" in b]
