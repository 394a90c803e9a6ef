"""What the first step of building a document gives, from HTML or from text alike."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import PageFacts


@dataclass(frozen=True)
class PageText(PageFacts):
    """A page's article text and what the page says about itself (its title, author, ...: :class:`PageFacts`)."""
    text: str
    # how the text was got from HTML: the trafilatura pass ("precision", "fallback" or "deep tree")
    method: str | None = None
    # lines dropped by a rule that notes itself (the line classifier): (line, "chrome:classifier p=0.93")
    removed: tuple[tuple[str, str], ...] = ()
