"""A small checker for the subset of Telegram HTML the bot sends: <b>, <i>, <blockquote>.

Telegram rejects a message whose HTML it cannot parse ("can't parse entities"), and every
'<', '>' and '&' that is not part of a tag or an entity must be escaped. This checker is
stricter than Telegram: only the three tags the bot uses, without attributes.
"""

from __future__ import annotations

import re
from html import unescape

MAX_TEXT = 4096
MAX_CALLBACK_BYTES = 64
MAX_CALLBACK_ANSWER = 200
ALLOWED_TAGS = frozenset({"b", "i", "blockquote"})

_SPECIAL = re.compile(r"[<>&]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)>")
_NAMED = re.compile(r"&(lt|gt|amp|quot);")
_NUMERIC = re.compile(r"&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,7}));")


def html_problems(text: str) -> list[str]:
    """Everything in ``text`` that is not well-formed Telegram HTML (empty when fine)."""
    problems: list[str] = []
    stack: list[str] = []
    i = 0
    while True:
        special = _SPECIAL.search(text, i)
        if special is None:
            break
        i = special.start()
        ch = text[i]
        if ch == "<":
            match = _TAG.match(text, i)
            if match is None:
                problems.append(f"raw '<' at {i}: {text[i:i + 20]!r}")
                i += 1
                continue
            closing, name = match.group(1), match.group(2)
            if name not in ALLOWED_TAGS:
                problems.append(f"tag <{closing}{name}> at {i} is not allowed")
            elif closing:
                if not stack or stack[-1] != name:
                    problems.append(f"</{name}> at {i} closes {stack[-1] if stack else 'nothing'}")
                else:
                    stack.pop()
            else:
                if name in stack:
                    problems.append(f"<{name}> at {i} nested in another <{name}>")
                stack.append(name)
            i = match.end()
            continue
        if ch == ">":
            problems.append(f"raw '>' at {i}: {text[max(0, i - 20):i + 1]!r}")
        else:  # "&"
            named = _NAMED.match(text, i)
            numeric = None if named else _NUMERIC.match(text, i)
            if named:
                i = named.end()
                continue
            if numeric:
                value = int(numeric.group(1)) if numeric.group(1) else int(numeric.group(2), 16)
                if not 0 < value <= 0x10FFFF:
                    problems.append(f"entity {numeric.group(0)} at {i} is out of range")
                i = numeric.end()
                continue
            problems.append(f"'&' at {i} starts no entity: {text[i:i + 12]!r}")
        i += 1
    if stack:
        problems.append(f"unclosed tags at the end: {stack}")
    return problems


def assert_telegram_html(text: str) -> None:
    assert isinstance(text, str), text
    problems = html_problems(text)
    assert not problems, f"{problems[:5]} in {text[:300]!r}"


def plain(text: str) -> str:
    """What the user reads: tags removed, entities decoded (independent of bot.render)."""
    return unescape(_TAG.sub("", text))
