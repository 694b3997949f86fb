"""Services built once at start-up: settings → content → text processing → matcher.

The command line, the Telegram application and the tests all build them here, so each
runs on exactly the same content and index.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings, load_settings
from .content import Library, load_library
from .search import Matcher, Synonyms, TextProcessor, index_cache

if TYPE_CHECKING:  # the command line never needs the database layer: keep start-up quick
    from .storage import Store

logger = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    library: Library
    processor: TextProcessor
    synonyms: Synonyms
    matcher: Matcher
    store: Store | None = None  # opened by the bot at start-up; the command line needs none

    def reload_content(self, seeds_dir: Path | None = None) -> None:
        """Re-read and validate the seeds; on any problem keep serving the old content."""
        library = load_library(seeds_dir or self.settings.seeds_dir)  # raises ContentError
        # (built here, not through the index cache, which serves start-up: a reload keeps the
        # vocabulary and processor it already has)
        self.matcher = Matcher(library, self.processor, self.synonyms,
                               self.settings.answer_threshold, self.settings.alternatives)
        self.library = library
        settle_heap(reload=True)


def settle_heap(reload: bool = False) -> None:
    """Take what start-up built (index, library, word frequencies) out of the garbage
    collector's full passes: it lives as long as the process, and scanning it again every
    few hundred questions costs each of those questions milliseconds (gc.freeze). Start-up
    leaves a few hundred unreachable objects, not worth a 15 ms collection first; on a
    reload the old content is unfrozen and collected, so it does not stay."""
    if reload:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def build_services(settings: Settings | None = None, seeds_dir: str | Path | None = None,
                   config_dir: str | Path | None = None) -> Services:
    """Load settings, content and vocabulary; raises ConfigError/ContentError/VocabularyError."""
    settings = settings or load_settings(config_dir=config_dir, seeds_dir=seeds_dir)
    library = load_library(settings.seeds_dir)
    processor = TextProcessor(settings.userdict)
    synonyms, matcher = index_cache.build(
        library, processor, settings.synonyms, settings.userdict, settings.answer_threshold,
        settings.alternatives, index_cache.cache_dir())
    settle_heap()
    logger.info("Loaded %d interview(s), %d passages, %d quotes, %d synonym groups",
                len(library.interviews), len(library.passages), len(library.quotes),
                len(synonyms))
    return Services(settings, library, processor, synonyms, matcher)
