"""Stage 2: raw articles become clean Documents (HTML extraction, chrome removal, language, date)."""
from .build import build_document

__all__ = ["build_document"]
