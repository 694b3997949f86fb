"""The built vocabulary and index, kept on disk between runs.

Building them segments every passage and thousands of synonym members with jieba, which
is most of what start-up does besides loading jieba's own dictionary (itself read from
jieba's cache). The same content always builds the same index, so it is stored under a
key made of everything it is built from: the content as loaded, the vocabulary files,
the source of the modules that build it and the versions of the libraries they use. A
missing, stale or unreadable file is simply rebuilt; a cache that cannot be written is
not an error. ``INTERVIEW_BOT_CACHE`` sets the folder (``off`` turns the cache off;
default ``$XDG_CACHE_HOME/interview-bot`` or ``~/.cache/interview-bot``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from ..content import Library
from . import engine, sounds, synonyms, text
from .engine import Matcher
from .synonyms import Synonyms
from .text import TextProcessor

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when what is stored changes shape
_LIBRARIES = ("jieba", "rjieba", "numpy", "opencc", "snowballstemmer", "PyStemmer", "rapidfuzz",
              "PyYAML", "pypinyin")


def cache_dir(env: dict[str, str] | None = None) -> Path | None:
    """Where the index is kept, or None when the cache is turned off."""
    env = os.environ if env is None else env
    chosen = env.get("INTERVIEW_BOT_CACHE", "").strip()
    if chosen.lower() in ("off", "0", "no", "false", "none"):
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = env.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "interview-bot"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def cache_key(library: Library, synonyms_file: Path | None, userdict: Path | None,
              threshold: float, alternatives: int) -> str:
    """A digest of everything the index is built from."""
    digest = hashlib.blake2b(digest_size=20)

    def add(data: bytes) -> None:
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)

    add(f"{FORMAT} {sys.version} {threshold!r} {alternatives!r}".encode())
    for name in _LIBRARIES:
        add(f"{name}={_version(name)}".encode())
    for module in (engine, sounds, synonyms, text, sys.modules[Library.__module__]):
        add(Path(module.__file__ or "").read_bytes())
    for path in (synonyms_file, userdict):
        add(path.read_bytes() if path is not None and path.is_file() else b"-")
    add(repr(library).encode("utf-8"))
    return digest.hexdigest()


def build(library: Library, processor: TextProcessor, synonyms_file: Path | None,
          userdict: Path | None, threshold: float = 0.4, alternatives: int = 2,
          folder: Path | None = None) -> tuple[Synonyms, Matcher]:
    """The vocabulary and the index over ``library``: from the cache when it holds them
    for exactly these inputs, else built (raising what building raises) and stored."""
    path = None
    if folder is not None:
        try:
            key = cache_key(library, synonyms_file, userdict, threshold, alternatives)
            path = folder / f"index-{key}.pickle"
            with path.open("rb") as stored:
                vocabulary, index = pickle.load(stored)
            vocabulary.attach(processor)
            index.attach(library, processor, vocabulary)
            return vocabulary, index
        except FileNotFoundError:
            pass
        except Exception as exc:  # unreadable or from other code: rebuilt below
            logger.warning("Index cache %s not used (%s); rebuilding", path, exc)
    vocabulary = Synonyms.load(synonyms_file, processor)
    index = Matcher(library, processor, vocabulary, threshold, alternatives)
    if path is not None:
        _store(path, (vocabulary, index))
    return vocabulary, index


def _store(path: Path, built: tuple[Synonyms, Matcher]) -> None:
    """Write atomically (a reader never sees half a file); failures are only logged."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("index-*.pickle"):  # other content's: stale now
            if old != path:
                old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".index-",
                                         delete=False) as out:
            temporary = out.name
            pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as exc:
        logger.info("Index cache not written to %s: %s", path.parent, exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
