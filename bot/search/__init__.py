"""Question matching: normalisation, synonyms and BM25 ranking with a confidence."""

from .engine import Hit, Matcher, Result
from .synonyms import Synonyms, VocabularyError
from .text import TextProcessor, has_cjk

__all__ = ["Hit", "Matcher", "Result", "Synonyms", "TextProcessor", "VocabularyError", "has_cjk"]
