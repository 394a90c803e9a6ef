"""Remove page chrome from plain text copied from web pages (placeholder: the ingest issue refines it)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanedText:
    text: str
    title: str | None = None
    site: str | None = None


def clean_text(text: str) -> CleanedText:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    return CleanedText(text="\n\n".join(paragraphs))
