"""Interview content: the data model and the validating loader (seeds → content)."""

from .loader import ContentError, Problem, load_library, validate
from .model import Interview, Library, Localized, Metadata, Passage, Quote, Section

__all__ = [
    "ContentError", "Interview", "Library", "Localized", "Metadata", "Passage", "Problem",
    "Quote", "Section", "load_library", "validate",
]
