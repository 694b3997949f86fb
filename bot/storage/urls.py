"""Database URL handling: accept the forms hosting platforms hand out, never print passwords."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["UnsupportedURL", "mask_url", "normalise_url"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
# Query parameters libpq accepts that may carry a secret.
_SECRET_PARAM = re.compile(r"(?i)([?&](?:password|pass|pwd|sslpassword)=)[^&]*")
# "user:password@host/db" pasted without its scheme.
_BARE_CREDENTIALS = re.compile(r"^[^/:@]+:[^@]*@")
_PG_SCHEMES = {"postgres", "postgresql", "postgresql+psycopg"}


class UnsupportedURL(ValueError):
    """The text is not a database URL this bot can use (message is safe to show)."""


def mask_url(url: str) -> str:
    """Return ``url`` with any password replaced by ``***``, safe for logs and error messages.

    Works on malformed input too: when unsure where the password ends, more is masked, not less.
    """
    text = str(url)
    cut = text.find("://")
    if cut != -1:
        head, rest = text[: cut + 3], text[cut + 3 :]
    elif _BARE_CREDENTIALS.match(text):
        head, rest = "", text
    else:
        head, rest = "", ""
    at = rest.rfind("@")
    if at != -1:
        userinfo = rest[:at]
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        text = head + userinfo + rest[at:]
    return _SECRET_PARAM.sub(r"\1***", text)


def _scrub(message: str, url: str) -> str:
    """Remove the URL and anything that could be its password from a parser's message."""
    message = message.replace(url, mask_url(url))
    rest = url.split("://", 1)[-1]
    userinfo = rest[: rest.rfind("@")] if "@" in rest else ""
    if ":" in userinfo:
        password = userinfo.split(":", 1)[1]
        if password:
            message = message.replace(password, "***")
    return message


def normalise_url(url: str) -> URL:
    """Turn what an operator configured into a SQLAlchemy URL for psycopg 3 or SQLite.

    ``postgres://`` and ``postgresql://`` (Heroku, Render, Fly...) get the psycopg driver;
    a URL without a scheme is a filesystem path to a SQLite file.
    """
    text = (url or "").strip()
    if not text:
        raise UnsupportedURL("the database URL is empty")
    match = _SCHEME.match(text)
    if not match and ("://" in text or _BARE_CREDENTIALS.match(text)):
        raise UnsupportedURL(f"cannot parse database URL {mask_url(text)}: no valid scheme")
    if not match:
        path = Path(text).expanduser()
        return URL.create("sqlite", database=str(path))
    scheme = match.group(1).lower()
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError) as exc:
        reason = _scrub(str(exc), text)
        raise UnsupportedURL(f"cannot parse database URL {mask_url(text)}: {reason}") from None
    if scheme in _PG_SCHEMES:
        return parsed.set(drivername="postgresql+psycopg")
    if scheme in {"sqlite", "sqlite+pysqlite"}:
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            database = str(Path(database).expanduser())
        return parsed.set(drivername="sqlite", database=database)
    raise UnsupportedURL(
        f"unsupported database URL {mask_url(text)}: use postgresql://... or sqlite:///path"
    )


def is_memory_sqlite(url: URL) -> bool:
    """True for ``sqlite://`` / ``sqlite:///:memory:``, which need a single shared connection."""
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")
