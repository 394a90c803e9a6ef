"""HTML pages through trafilatura: main text plus title, author, date and site name."""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None


def extract_html(html: str, url: str | None = None) -> ExtractedPage:
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True, favor_recall=False)
    if result is None:
        return ExtractedPage(text="")
    return ExtractedPage(text=result.text or "", title=result.title, author=result.author,
                         published=result.date, site=result.sitename)
