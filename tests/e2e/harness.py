"""End-to-end harness: the Telegram Bot API emulator, bot processes and simulated users.

Everything talks to 127.0.0.1 only. The API is synchronous (httpx.Client) so it can be used
from plain or async pytest tests; every wait is bounded by a timeout.

    emu = Emulator().start()                      # node launcher.js on a free port
    bot = BotProcess([sys.executable, "-m", "bot", "run"], emu, token).start()
    ann = emu.user(token, first_name="Ann")
    ann.send("/start")
    reply = ann.wait_reply()                      # BotMessage (a dict with helpers)
    ann.press("Next", message=reply)
    edited = ann.wait_edit(reply.message_id)
    bot.stop(); emu.stop()
"""

from __future__ import annotations

import itertools
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

E2E_DIR = Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent.parent
LAUNCHER = E2E_DIR / "launcher.js"
NODE_MODULES = E2E_DIR / "node_modules"
HOST = "127.0.0.1"
DEFAULT_TIMEOUT = 10.0

__all__ = [
    "BotMessage",
    "BotProcess",
    "E2EError",
    "Emulator",
    "User",
    "compute_entities",
    "free_port",
    "make_token",
    "missing_prerequisites",
    "percentile",
    "proc_cpu_seconds",
    "round_trip",
    "round_trip_stats",
]


class E2EError(AssertionError):
    """A harness expectation failed (timeout, process died, bad control call)."""


# --------------------------------------------------------------------------------------------
# small helpers


def missing_prerequisites() -> str | None:
    """Why the e2e tests cannot run here, or None when node and node_modules are present."""
    if shutil.which("node") is None:
        return "node is not installed (the e2e tests need Node.js >= 18 for telegram-test-api)"
    if not (NODE_MODULES / "telegram-test-api" / "package.json").is_file():
        return "tests/e2e/node_modules is not installed: run `npm ci --prefix tests/e2e`"
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


_token_counter = itertools.count(1)


def make_token(bot_id: int | None = None) -> str:
    """A fresh, well-formed bot token "<id>:<secret>"; each token is a separate bot."""
    if bot_id is None:
        bot_id = 7_000_000_000 + os.getpid() % 100_000 * 1000 + next(_token_counter)
    return f"{bot_id}:TEST{secrets.token_hex(16)}"


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


_COMMAND_RE = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{4,32}(?!\w)")
_URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")
_HASHTAG_RE = re.compile(r"(?<![\w#])#\w*[^\W\d_]\w*")


def compute_entities(text: str) -> list[dict[str, Any]]:
    """MessageEntity dicts like Telegram attaches to a user's text (UTF-16 offsets).

    Covers bot_command (/start, /help@SomeBot), mention (@username), url and hashtag.
    """
    found: list[tuple[int, int, str]] = []
    taken: list[range] = []
    for kind, rx in (
        ("url", _URL_RE),
        ("bot_command", _COMMAND_RE),
        ("mention", _MENTION_RE),
        ("hashtag", _HASHTAG_RE),
    ):
        for m in rx.finditer(text):
            if any(m.start() in r or (m.end() - 1) in r for r in taken):
                continue
            taken.append(range(m.start(), m.end()))
            found.append((m.start(), m.end(), kind))
    found.sort()
    return [
        {"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])}
        for start, end, kind in found
    ]


def proc_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a live process has used (Linux /proc)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _die_with_parent() -> None:
    """preexec_fn: SIGTERM the child when the process that started it dies (Linux), so an
    interrupted pytest run leaves no emulator or bot behind."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _tail(path: Path | None, lines: int = 60) -> str:
    if path is None or not path.exists():
        return "(no log)"
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(text[-lines:])


class _Child:
    """One child process whose stdout and stderr go to `log_path` (Emulator, BotProcess)."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self._log_file = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def _running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _popen(
        self, cmd: Sequence[str], *, cwd: str | os.PathLike, env: Mapping[str, str]
    ) -> subprocess.Popen:
        """Start `cmd` in its own session, appending its output to the log; it gets SIGTERM
        when this process dies (Linux)."""
        self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - kept open for the child
        self.proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        return self.proc

    def _terminate(self, timeout: float) -> None:
        """SIGTERM, SIGKILL after `timeout`; then close the log."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._close_log()

    def _kill(self) -> None:
        """SIGKILL; then close the log."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        self._close_log()

    def _close_log(self) -> None:
        if self._log_file:
            self._log_file.close()
            self._log_file = None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


class BotMessage(dict):
    """One message the bot sent, as the emulator records it (edits applied).

    Keys: message_id, chat_id, date, method, text (as sent, e.g. with HTML tags), plain_text
    (what the user sees), parse_mode, entities, caption, reply_markup (any keyboard, as sent),
    edits, edit_date, history (earlier versions), deleted, params (the raw call), message (the
    Telegram Message object the bot got back), seq / edit_seq / deleted_seq.
    """

    @property
    def message_id(self) -> int:
        return self["message_id"]

    @property
    def text(self) -> str | None:
        return self.get("text")

    @property
    def plain_text(self) -> str | None:
        return self.get("plain_text", self.get("text"))

    @property
    def reply_markup(self) -> dict | None:
        return self.get("reply_markup")

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Inline keyboard buttons (row by row), or reply keyboard buttons as {"text": ...}."""
        markup = self.get("reply_markup") or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [b if isinstance(b, dict) else {"text": b} for row in rows for b in row]

    @property
    def button_texts(self) -> list[str]:
        return [b["text"] for b in self.buttons]

    @property
    def deleted(self) -> bool:
        return bool(self.get("deleted"))

    def find_button(self, label: str) -> dict[str, Any] | None:
        """The inline button whose text or callback_data equals `label`."""
        markup = self.get("reply_markup") or {}
        for row in markup.get("inline_keyboard") or []:
            for b in row:
                if label in (b.get("text"), b.get("callback_data")):
                    return b
        return None


# --------------------------------------------------------------------------------------------
# the emulator


class Emulator(_Child):
    """`node launcher.js` (telegram-test-api 4.2.1 + Telegram-faithful fixes) on 127.0.0.1."""

    def __init__(
        self,
        port: int | None = None,
        *,
        log_path: str | os.PathLike | None = None,
        state_path: str | os.PathLike | None = None,
        node: str = "node",
        verbose: bool = False,
    ) -> None:
        self._fixed_port = port is not None
        self.port = port or free_port()
        self._tmp = Path(tempfile.mkdtemp(prefix="tg-emulator-"))
        super().__init__(Path(log_path) if log_path else self._tmp / "emulator.log")
        self.state_path = Path(state_path) if state_path else self._tmp / "state.json"
        self.node = node
        self.verbose = verbose
        self._client = httpx.Client(
            timeout=httpx.Timeout(30.0, connect=5.0),
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
            trust_env=False,
        )
        self._user_ids = itertools.count(100_001)
        self._lock = threading.Lock()

    # URLs -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def api_url(self) -> str:
        """What the bot takes as TELEGRAM_API_URL / PTB base_url (the token is appended)."""
        return f"{self.url}/bot"

    @property
    def file_url(self) -> str:
        """PTB base_file_url."""
        return f"{self.url}/file/bot"

    # lifecycle --------------------------------------------------------------------------
    def start(self, timeout: float = 15.0) -> Emulator:
        reason = missing_prerequisites()
        if reason:
            raise E2EError(reason)
        for attempt in range(5):
            try:
                self._spawn(timeout)
                return self
            except _PortBusy:
                if self._fixed_port or attempt == 4:
                    raise E2EError(f"port {self.port} is in use") from None
                self.port = free_port()
        return self

    def _spawn(self, timeout: float) -> None:
        if self._running():
            return
        cmd = [self.node, str(LAUNCHER), "--port", str(self.port), "--state", str(self.state_path)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("TG_EMULATOR_")}
        if self.verbose:
            env["TG_EMULATOR_VERBOSE"] = "1"
        proc = self._popen(cmd, cwd=E2E_DIR, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = proc.poll()
            if code is not None:
                self._close_log()
                if code == 98:
                    raise _PortBusy
                raise E2EError(
                    f"emulator exited with {code} while starting:\n{_tail(self.log_path)}"
                )
            try:
                r = self._client.get(f"{self.url}/_test/health", timeout=1.0)
                if r.status_code == 200 and r.json()["result"]["pid"] == proc.pid:
                    return
            except (httpx.HTTPError, ValueError, KeyError):
                pass
            time.sleep(0.05)
        self.kill()
        raise E2EError(f"emulator did not come up in {timeout}s:\n{_tail(self.log_path)}")

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful stop (SIGTERM): the launcher saves its state for a later start()."""
        self._terminate(timeout)

    def kill(self) -> None:
        self._kill()

    def restart(self, down_for: float = 0.0, timeout: float = 15.0) -> None:
        """Stop and start again on the same port; chats, messages and counters survive."""
        self.stop()
        if down_for:
            time.sleep(down_for)
        self._fixed_port = True
        self._spawn(timeout)

    def close(self) -> None:
        self.stop()
        self._client.close()
        shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # control routes ---------------------------------------------------------------------
    def _get(self, route: str, timeout: float | None = None, **params: Any) -> Any:
        params = {k: v for k, v in params.items() if v is not None}
        wait = float(params.get("wait") or 0)
        r = self._client.get(
            f"{self.url}/_test/{route}", params=params, timeout=(timeout or 10.0) + wait
        )
        return self._result(r, route)

    def _post(self, route: str, body: Mapping[str, Any]) -> Any:
        r = self._client.post(f"{self.url}/_test/{route}", json=dict(body), timeout=10.0)
        return self._result(r, route)

    @staticmethod
    def _result(r: httpx.Response, route: str) -> Any:
        try:
            data = r.json()
        except ValueError:
            raise E2EError(f"/_test/{route}: HTTP {r.status_code} {r.text[:300]}") from None
        if not data.get("ok"):
            raise E2EError(f"/_test/{route}: {data.get('description')}")
        return data["result"]

    def health(self) -> dict[str, Any]:
        return self._get("health")

    def inject_update(self, token: str, update: Mapping[str, Any]) -> dict[str, Any]:
        """Queue a raw Update for the bot (update_id, ids, dates are filled in when missing).

        Returns {"update_id", "update", "seq"}.
        """
        return self._post("update", {"token": token, "update": dict(update)})

    def fault(
        self,
        method: str,
        *,
        kind: str | None = None,
        token: str | None = None,
        chat_id: int | str | None = None,
        count: int = 1,
        status: int | None = None,
        description: str | None = None,
        retry_after: int | None = None,
        delay_ms: int | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Make the next `count` calls of `method` fail (count=-1: until clear_faults()).

        kind presets: "blocked" (403 bot was blocked by the user), "deactivated" (403),
        "kicked" (403), "flood" (429 with parameters.retry_after), "chat_not_found" (400),
        "bad_request" (400), "server_error" (500), "bad_gateway" (502), "unauthorized" (401),
        "conflict" (409), "timeout" (the answer comes only after delay_ms, default 60 s, and
        the call is then carried out, as a timed-out Telegram request may still be),
        "disconnect" (the connection is dropped, the call is not carried out). Or give
        status/description yourself. method "*" = any method except getUpdates. chat_id
        limits the fault to calls for that chat.
        """
        spec: dict[str, Any] = {"method": method, "count": count}
        for key, value in (
            ("kind", kind),
            ("token", token),
            ("chat_id", chat_id),
            ("status", status),
            ("description", description),
            ("retry_after", retry_after),
            ("delay_ms", delay_ms),
            ("parameters", dict(parameters) if parameters else None),
        ):
            if value is not None:
                spec[key] = value
        return self._post("fault", spec)

    def clear_faults(self, token: str | None = None) -> None:
        self._post("faults/clear", {"token": token} if token else {})

    def faults(self) -> list[dict[str, Any]]:
        return self._get("faults")

    def messages(
        self,
        token: str,
        chat_id: int | None = None,
        *,
        include_deleted: bool = False,
    ) -> list[BotMessage]:
        """Everything the bot sent (to one chat, or to all), current state, oldest first."""
        res = self._get("messages", token=token, chat_id=chat_id)
        msgs = [BotMessage(m) for m in res["messages"]]
        return [m for m in msgs if include_deleted or not m.deleted]

    def _changes(self, token: str, chat_id: int, since: int, wait: float) -> dict[str, Any]:
        return self._get("messages", token=token, chat_id=chat_id, since=since, wait=wait)

    def calls(
        self, method: str | None = None, *, token: str | None = None, since: int = 0
    ) -> list[dict[str, Any]]:
        """Recorded Bot API calls: {method, token, params, status, result|error, time, seq}."""
        return self._get("calls", token=token, method=method, since=since)["calls"]

    def wait_call(
        self,
        method: str,
        *,
        token: str | None = None,
        since: int = 0,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> dict[str, Any]:
        """The first recorded call of `method` after seq `since` that matches `predicate`."""
        deadline = time.monotonic() + timeout
        cursor = since
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise E2EError(f"no {method} call within {timeout}s")
            res = self._get("calls", token=token, method=method, since=cursor, wait=min(left, 5))
            for call in res["calls"]:
                if predicate is None or predicate(call):
                    return call
            if res["calls"]:
                cursor = res["calls"][-1]["seq"]

    def seq(self) -> int:
        """The emulator's change counter; pass it as `since` to wait for later events."""
        return self.health()["seq"]

    def answer_for(self, query_id: str, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
        """The bot's answerCallbackQuery / answerInlineQuery for a query id (waits)."""
        res = self._get("callback_answer", id=query_id, wait=timeout)
        if res is None:
            raise E2EError(f"query {query_id} was not answered within {timeout}s")
        return res

    def bot_info(self, token: str, **me: Any) -> dict[str, Any]:
        """The bot's state in the emulator; keyword args change its getMe (e.g. username=...).

        Returns {me, commands: [{scope, language_code, commands}], webhook, profile,
        allowed_updates, delivered}.
        """
        return self._post("bot", {"token": token, "me": me})

    def commands(
        self, token: str, scope: Mapping[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands registered with setMyCommands for one scope (default scope by default)."""
        want = dict(scope or {"type": "default"})
        for entry in self.bot_info(token)["commands"]:
            if entry["scope"] == want and entry["language_code"] == language_code:
                return entry["commands"]
        return []

    def updates(self, token: str) -> dict[str, Any]:
        """{"pending": [unconfirmed updates], "delivered": [update ids handed out], ...}."""
        return self._get("updates", token=token)

    def reset(self, token: str | None = None) -> None:
        """Forget messages, updates, calls and faults (of one bot, or of all); ids keep growing."""
        self._post("reset", {"token": token} if token else {})

    # users ------------------------------------------------------------------------------
    def user(
        self,
        token: str,
        user_id: int | None = None,
        *,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        chat: Mapping[str, Any] | None = None,
    ) -> User:
        """A simulated user of the bot `token`, in their private chat unless `chat` is given."""
        with self._lock:
            uid = user_id if user_id is not None else next(self._user_ids)
        return User(
            self,
            token,
            uid,
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            chat=chat,
        )

    @staticmethod
    def group(
        chat_id: int | None = None, title: str = "Test group", *, supergroup: bool = True
    ) -> dict[str, Any]:
        """A group chat object to pass as User(chat=...) / user.in_chat(...)."""
        if chat_id is None:
            chat_id = -1_000_000_000_000 - secrets.randbelow(10**9)
        return {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": title}


class _PortBusy(Exception):
    pass


# --------------------------------------------------------------------------------------------
# users


class User:
    """A Telegram user talking to one bot; `chat` is their private chat unless given."""

    def __init__(
        self,
        emulator: Emulator,
        token: str,
        user_id: int,
        *,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        chat: Mapping[str, Any] | None = None,
    ) -> None:
        self.emulator = emulator
        self.token = token
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        if chat is None:
            chat = {"id": user_id, "type": "private", "first_name": first_name}
            if last_name:
                chat["last_name"] = last_name
            if username:
                chat["username"] = username
        self.chat = dict(chat)
        self._cursor = 0  # replies: bot messages created after this seq are new
        self._action_seq = 0  # seq when the last send/press happened
        self._last_pressed: int | None = None
        self.sent: list[dict[str, Any]] = []

    @property
    def chat_id(self) -> int:
        return self.chat["id"]

    @property
    def user_dict(self) -> dict[str, Any]:
        u: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            u["last_name"] = self.last_name
        if self.username:
            u["username"] = self.username
        if self.language_code:
            u["language_code"] = self.language_code
        return u

    def in_chat(self, chat: Mapping[str, Any]) -> User:
        """The same person writing in another chat (e.g. Emulator.group())."""
        return User(
            self.emulator,
            self.token,
            self.id,
            first_name=self.first_name,
            last_name=self.last_name,
            username=self.username,
            language_code=self.language_code,
            chat=chat,
        )

    def _mark(self, seq: int) -> None:
        self._cursor = seq
        self._action_seq = seq

    # actions ----------------------------------------------------------------------------
    def send(
        self,
        text: str,
        *,
        entities: Sequence[Mapping[str, Any]] | None = None,
        reply_to: int | Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
        keep_pending_replies: bool = False,
    ) -> dict[str, Any]:
        """Send a text message (entities for /commands, @mentions, URLs computed unless given).

        Replies the bot sent before this message are no longer waited for unless
        keep_pending_replies=True. Returns the Message the bot will receive.
        """
        body: dict[str, Any] = {
            "token": self.token,
            "from": self.user_dict,
            "chat": self.chat,
            "text": text,
            "entities": list(entities) if entities is not None else compute_entities(text),
        }
        if reply_to is not None:
            body["reply_to_message_id"] = (
                reply_to["message_id"] if isinstance(reply_to, Mapping) else int(reply_to)
            )
        if extra:
            body["extra"] = dict(extra)
        res = self.emulator._post("message", body)
        if keep_pending_replies:
            self._action_seq = res["seq"]
        else:
            self._mark(res["seq"])
        self.sent.append(res["message"])
        return res["message"]

    def edit(self, message: int | Mapping[str, Any], text: str) -> dict[str, Any]:
        """Edit one of this user's earlier messages (delivers an edited_message update)."""
        mid = message["message_id"] if isinstance(message, Mapping) else int(message)
        res = self.emulator._post(
            "message",
            {
                "token": self.token,
                "kind": "edited_message",
                "message_id": mid,
                "from": self.user_dict,
                "chat": self.chat,
                "text": text,
                "entities": compute_entities(text),
            },
        )
        self._mark(res["seq"])
        return res["message"]

    def send_update(self, update: Mapping[str, Any]) -> dict[str, Any]:
        """Inject a raw update (e.g. a message with a photo) as this user's last action."""
        res = self.emulator.inject_update(self.token, update)
        self._mark(res["seq"])
        return res["update"]

    def press(
        self,
        button: str,
        message: int | Mapping[str, Any] | None = None,
    ) -> str:
        """Press an inline button (by its text or callback_data) and return the callback query id.

        Without `message` the newest bot message in this chat with such a button is used.
        A reply-keyboard button is "pressed" by sending its text (returns "").
        """
        target: BotMessage | None = None
        if message is not None:
            mid = message["message_id"] if isinstance(message, Mapping) else int(message)
            target = next((m for m in self.messages() if m.message_id == mid), None)
            if target is None:
                raise E2EError(f"no bot message {mid} in chat {self.chat_id}")
        else:
            for m in reversed(self.messages()):
                if m.find_button(button) is not None:
                    target = m
                    break
            if target is None:
                for m in reversed(self.messages()):
                    if button in m.button_texts and "keyboard" in (m.reply_markup or {}):
                        self.send(button)
                        return ""
                raise E2EError(
                    f"no inline button {button!r} in chat {self.chat_id}; "
                    f"buttons: {[m.button_texts for m in self.messages()]}"
                )
        btn = target.find_button(button)
        if btn is None:
            if button in target.button_texts:  # reply keyboard on that message
                self.send(button)
                return ""
            raise E2EError(
                f"message {target.message_id} has no button {button!r}: {target.buttons}"
            )
        if "callback_data" not in btn:
            raise E2EError(f"button {button!r} is not a callback button: {btn}")
        res = self.emulator._post(
            "callback",
            {
                "token": self.token,
                "from": self.user_dict,
                "chat_id": self.chat_id,
                "message_id": target.message_id,
                "data": btn["callback_data"],
            },
        )
        self._mark(res["seq"])
        self._last_pressed = target.message_id
        return res["callback_query"]["id"]

    def inline_query(self, query: str, offset: str = "", chat_type: str | None = "sender") -> str:
        """Type `@bot query` in a chat: delivers an inline_query, returns its id."""
        iq: dict[str, Any] = {"from": self.user_dict, "query": query, "offset": offset}
        if chat_type:
            iq["chat_type"] = chat_type
        res = self.emulator.inject_update(self.token, {"inline_query": iq})
        self._mark(res["seq"])
        return res["update"]["inline_query"]["id"]

    # reading ----------------------------------------------------------------------------
    def messages(self, include_deleted: bool = False) -> list[BotMessage]:
        """What the bot sent to this chat, current state (edits applied), oldest first."""
        return self.emulator.messages(self.token, self.chat_id, include_deleted=include_deleted)

    def last_message(self) -> BotMessage | None:
        msgs = self.messages()
        return msgs[-1] if msgs else None

    def wait_replies(self, n: int, timeout: float = DEFAULT_TIMEOUT) -> list[BotMessage]:
        """The next `n` messages the bot sends to this chat (after the last send/press)."""
        deadline = time.monotonic() + timeout
        since = self._cursor
        got: list[BotMessage] = []
        while True:
            left = deadline - time.monotonic()
            res = self.emulator._changes(self.token, self.chat_id, since, max(0.0, min(left, 10)))
            for m in res["messages"]:
                if m["seq"] > self._cursor and all(g["seq"] != m["seq"] for g in got):
                    got.append(BotMessage(m))
            got.sort(key=lambda m: m["seq"])
            if len(got) >= n:
                got = got[:n]
                self._cursor = got[-1]["seq"]
                return got
            since = max(since, res["seq"])
            if left <= 0:
                raise E2EError(
                    f"expected {n} repl{'y' if n == 1 else 'ies'} in chat {self.chat_id} within "
                    f"{timeout}s, got {len(got)}: {[m.get('plain_text') for m in got]}"
                )

    def wait_reply(self, timeout: float = DEFAULT_TIMEOUT) -> BotMessage:
        """The next message the bot sends to this chat."""
        return self.wait_replies(1, timeout)[0]

    def wait_edit(
        self, message_id: int | Mapping[str, Any] | None = None, timeout: float = DEFAULT_TIMEOUT
    ) -> BotMessage:
        """A bot message of this chat once it is edited (or deleted) after the last action.

        Without message_id: the message whose button was pressed last.
        """
        if isinstance(message_id, Mapping):
            message_id = message_id["message_id"]
        mid = message_id if message_id is not None else self._last_pressed
        if mid is None:
            raise E2EError("wait_edit needs a message_id (no button was pressed)")
        deadline = time.monotonic() + timeout
        since = self._action_seq
        while True:
            left = deadline - time.monotonic()
            res = self.emulator._changes(self.token, self.chat_id, since, max(0.0, min(left, 10)))
            for m in res["messages"]:
                changed = max(m["edit_seq"], m["deleted_seq"])
                if m["message_id"] == mid and changed > self._action_seq:
                    return BotMessage(m)
            since = max(since, res["seq"])
            if left <= 0:
                raise E2EError(f"message {mid} in chat {self.chat_id} not edited within {timeout}s")

    def wait_answer(self, query_id: str, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
        """The bot's answer to a callback query / inline query ({text, show_alert, ...} or
        {results, cache_time, ...})."""
        return self.emulator.answer_for(query_id, timeout)

    def expect_no_reply(self, within: float = 1.0) -> None:
        """Fail if the bot sends anything to this chat within `within` seconds."""
        res = self.emulator._changes(self.token, self.chat_id, self._cursor, within)
        new = [m for m in res["messages"] if m["seq"] > self._cursor]
        if new:
            raise E2EError(f"unexpected repl{'y' if len(new) == 1 else 'ies'}: {new}")


# --------------------------------------------------------------------------------------------
# bot processes


class BotProcess(_Child):
    """A bot process (e.g. `python -m bot run`) polling the emulator with one token.

    The env gets TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL (plus TELEGRAM_API_FILE_URL and
    PYTHONUNBUFFERED=1); its output goes to `log_path`.
    """

    def __init__(
        self,
        cmd: Sequence[str],
        emulator: Emulator,
        token: str | None = None,
        *,
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike | None = None,
        log_path: str | os.PathLike | None = None,
    ) -> None:
        self.cmd = list(cmd)
        self.emulator = emulator
        self.token = token or make_token()
        self.extra_env = dict(env or {})
        self.cwd = Path(cwd) if cwd else REPO_ROOT
        if log_path is None:
            fd, name = tempfile.mkstemp(prefix="bot-", suffix=".log")
            os.close(fd)
            log_path = name
        super().__init__(Path(log_path))

    @property
    def alive(self) -> bool:
        return self._running()

    @property
    def returncode(self) -> int | None:
        return self.proc.poll() if self.proc else None

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "TELEGRAM_BOT_TOKEN": self.token,
                "TELEGRAM_API_URL": self.emulator.api_url,
                "TELEGRAM_API_FILE_URL": self.emulator.file_url,
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(self.extra_env)
        return env

    def start(self, wait_ready: bool = True, timeout: float = 30.0) -> BotProcess:
        """Start; with wait_ready, return once the bot polls getUpdates (or fail with its log)."""
        if self.alive:
            return self
        since = self.emulator.seq() if wait_ready else 0  # the emulator may not be up yet
        self._popen(self.cmd, cwd=self.cwd, env=self.env())
        if wait_ready:
            self.wait_polling(since=since, timeout=timeout)
        return self

    def wait_polling(self, since: int = 0, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if not self.alive:
                raise E2EError(
                    f"bot exited with {self.returncode} before polling:\n{self.log_tail()}"
                )
            left = deadline - time.monotonic()
            if left <= 0:
                raise E2EError(f"bot did not poll getUpdates within {timeout}s:\n{self.log_tail()}")
            res = self.emulator._get(
                "calls", token=self.token, method="getUpdates", since=since, wait=min(left, 0.5)
            )
            if res["calls"]:
                return

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM (PTB shuts down gracefully), SIGKILL after `timeout`."""
        self._terminate(timeout)
        return self.returncode

    def kill(self) -> int | None:
        """SIGKILL, no cleanup (simulates a crash)."""
        self._kill()
        return self.returncode

    def restart(self, wait_ready: bool = True, timeout: float = 30.0) -> BotProcess:
        self.stop()
        return self.start(wait_ready=wait_ready, timeout=timeout)

    def cpu_seconds(self) -> float:
        assert self.proc is not None
        return proc_cpu_seconds(self.proc.pid)

    def log_tail(self, lines: int = 60) -> str:
        return _tail(self.log_path, lines)

    def __enter__(self) -> BotProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --------------------------------------------------------------------------------------------
# round trips (benchmarks)


def round_trip(user: User, text: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[float, BotMessage]:
    """Seconds from the user's message entering the emulator to the bot's first reply."""
    t0 = time.perf_counter()
    user.send(text)
    reply = user.wait_reply(timeout)
    return time.perf_counter() - t0, reply


def percentile(samples: Iterable[float], p: float) -> float:
    """Nearest-rank percentile (`p` from 0 to 100): the sorted samples' value at rank
    round(p / 100 * n), kept within 1..n."""
    s = sorted(samples)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def round_trip_stats(
    user: User, texts: Iterable[str], timeout: float = DEFAULT_TIMEOUT, warmup: int = 3
) -> dict[str, float]:
    """Sequential round trips over `texts`, the first `warmup` of them not measured.

    Returns n, median, p90, p99, mean, min, max (seconds).
    """
    texts = list(texts)
    for t in texts[:warmup]:
        round_trip(user, t, timeout)
    samples = sorted(round_trip(user, t, timeout)[0] for t in texts[warmup:])
    if not samples:
        raise ValueError("no texts")
    return {
        "n": len(samples),
        "median": statistics.median(samples),
        "p90": percentile(samples, 90),
        "p99": percentile(samples, 99),
        "mean": statistics.fmean(samples),
        "min": samples[0],
        "max": samples[-1],
    }
