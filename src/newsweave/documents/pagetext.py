"""What the first step of building a document gives, from HTML or from text alike."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    """A page's article text and what the page says about itself (each None when it does not say)."""
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    # how the text was got from HTML: the trafilatura pass ("precision", "fallback" or "deep tree")
    method: str | None = None
