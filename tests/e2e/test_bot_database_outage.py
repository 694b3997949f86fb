"""The database goes away while the bot runs: subscription commands say "try again later",
questions are still answered, and everything works again when the database is back.

The bot talks to the real PostgreSQL server through a TCP proxy this test controls, so the
outage is real (connections cut and refused), not a mock."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


pytestmark = [pytest.mark.e2e, pytest.mark.postgres]


class TcpProxy:
    """127.0.0.1:<port> → 127.0.0.1:5432 until `cut()`; `restore()` listens again."""

    def __init__(self, target_port: int = 5432) -> None:
        self.target = ("127.0.0.1", target_port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._conns: list[socket.socket] = []
        self._server: socket.socket | None = None
        self._lock = threading.Lock()

    def restore(self) -> TcpProxy:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(16)
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()
        return self

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target, timeout=5)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        if self._server is not None:
            with contextlib.suppress(OSError):
                self._server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
            self._server.close()
            self._server = None
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._conns.clear()


def test_database_outage_mid_run(emulator, bot_factory, pg_url) -> None:
    proxy = TcpProxy().restore()
    url = pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    try:
        bot = bot_factory(env={"DATABASE_URL": url})
        user = emulator.user(bot.token, language_code="en")
        user.send("/subscribe 07:30 Europe/London")
        assert "07:30" in user.wait_reply().plain_text

        proxy.cut()  # the database is gone
        user.send("/subscribe 09:00")
        assert "try again later" in user.wait_reply(timeout=30).plain_text
        user.send("/settings")
        assert "try again later" in user.wait_reply(timeout=30).plain_text
        user.send("Why is Singapore a good regional headquarters?")
        assert "Singapore" in user.wait_reply(timeout=30).plain_text
        assert bot.alive

        proxy.restore()  # and back
        user.send("/settings")
        settings = user.wait_reply(timeout=30).plain_text
        assert "07:30" in settings and "Europe/London" in settings  # nothing was lost
    finally:
        proxy.cut()
